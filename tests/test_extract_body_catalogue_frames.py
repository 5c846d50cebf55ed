"""A catalogue of bodies of every kind (Party, State, armed forces, Front; central, provincial, district and commune;
the 2025 reorganisation's; their short forms as provincial pages print them), each set into five signing sentences:
the subject beside another body, the partner after "với", the middle of a list of three, the first after "giữa", the
subject alone before "với". Each must come out as a party under its whole name (round s27: 290 of the 2,235 sentences
came out wrong at `8c197c5`). The catalogue of rounds s5 and s19 (`test_extract_body_catalogue.py`) names each kind
once as a partner; this one prints the short forms and the 2025 bodies pages print, in five places of the sentence."""

import re
from pathlib import Path

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_articles

CATALOGUE = Path(__file__).parent / "fixtures" / "body_catalogue" / "bodies.txt"
FRAMES = (
    "Sáng 5/3, {X} và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2025-2030.",
    "Sáng 5/3, Hội Nông dân tỉnh ký kết chương trình phối hợp với {X}.",
    "Sáng 5/3, Hội Nông dân tỉnh, {X} và Tỉnh Đoàn ký kết chương trình phối hợp.",
    "Sáng 5/3, tại hội trường, đã diễn ra Lễ ký kết quy chế phối hợp giữa {X} và Hội Nông dân tỉnh.",
    "Sáng 5/3, {X} ký kết chương trình phối hợp với Hội Nông dân tỉnh.",
)


def _entries() -> list[tuple[str, str]]:
    out = []
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            printed, _, name = line.partition(" => ")
            out.append((printed.strip(), (name or printed).strip()))
    return out


def _key(name: str) -> str:
    """A name as the scorer compares it: case and the spacing of dashes aside."""
    return re.sub(r"\s*-\s*", " - ", name).casefold()


@pytest.mark.parametrize("frame", FRAMES)
def test_every_body_of_the_catalogue_signs_under_its_whole_name(frame):
    entries = _entries()
    articles = [
        Article(f"b{i}", "Tin\n\n" + frame.replace("{X}", printed), None, "2025-04-10", "Quảng Trị")
        for i, (printed, _) in enumerate(entries)
    ]
    wrong = []
    for (printed, name), facts in zip(entries, extract_articles(articles), strict=True):
        parties = {_key(p) for s in facts.signings for p in s.parties}
        if _key(name) not in parties:
            wrong.append((printed, sorted(parties)))
    assert wrong == []


def test_the_catalogue_holds_every_kind_of_body():
    printed = [p for p, _ in _entries()]
    assert len(printed) >= 140
    for head in ("Ban Dân vận", "Công an", "Đồn B", "Quân khu", "Hội ", "Sở ", "Ủy ban", "Tòa án", "Viện K", "Đảng ủy"):
        assert any(head in p or head in n for p, n in _entries()), head
