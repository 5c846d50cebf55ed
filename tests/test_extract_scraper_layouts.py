"""``phoihop extract`` on the JSON the common news scrapers write (``batch.readers.FIELD_ALIASES``).

The fixtures (``fixtures/scrapers``, see its README) hold three made-up reports in our own layout and in the layouts
of news-please (its JSON files and its library's dicts as JSON Lines), trafilatura ``--json``, newspaper4k's CLI and
goose3's ``Article.infos``; each must give the facts of our layout, the article's id aside (a record without one is
named after its address). news-please, newspaper and goose3 keep the headline out of the text; the reader puts it back
as the first line, and the second report states its signing in the headline only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phoihop.batch.readers import FALLBACK_BODIES, FIELD_ALIASES, InputProblem, read_file
from phoihop.cli import main

SCRAPERS = Path(__file__).resolve().parent / "fixtures" / "scrapers"
LAYOUTS = ["news-please", "news-please.jsonl", "trafilatura.jsonl", "newspaper4k.json", "goose3.json"]


def _facts_by_url(folder: Path) -> dict[str, dict]:
    """The facts files in ``folder`` by the article's address, without the article's id (in the facts and their
    evidence)."""
    found = {}
    for path in sorted(folder.glob("*.json")):
        facts = json.loads(path.read_text(encoding="utf-8"))
        aid = facts.pop("id")
        text = json.dumps(facts, ensure_ascii=False, sort_keys=True).replace(json.dumps(aid, ensure_ascii=False), '""')
        found[facts["url"]] = json.loads(text)
    return found


@pytest.fixture(scope="module")
def ours(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("ours") / "facts"
    assert main(["extract", str(SCRAPERS / "ours.jsonl"), "--facts", str(out)]) == 0
    return _facts_by_url(out)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_scrapers_records_give_the_facts_of_our_layout(layout, ours, tmp_path, capsys):
    out = tmp_path / "facts"
    assert main(["extract", str(SCRAPERS / layout), "--facts", str(out)]) == 0
    assert "warning" not in capsys.readouterr().err  # (news-please's "None" for a date it did not find says nothing)
    facts = _facts_by_url(out)
    assert facts == ours
    assert len(facts) == 3 and all(f["published"] and f["title"] for f in facts.values())


def test_a_signing_only_the_headline_states_is_read_when_the_headline_is_out_of_the_text(ours):
    # news-please's maintext, newspaper's text and goose3's cleaned_text leave the headline out
    signings = ours["https://baonghean.example.vn/xa-hoi/nong-dan-bien-phong-67890.html"]["signings"]
    assert signings and signings[0]["evidence"][0]["start"] == 0


def test_records_without_an_id_are_named_after_their_address():
    ids = [r.article.id for r in read_file(SCRAPERS / "news-please.jsonl")]
    assert ids[0] == "baohanam.example.vn_chinh-tri_ban-dan-van-cong-an-ky-ket-12345.html"
    # (news-please's own files are one article each, named after it by the file)
    assert read_file(SCRAPERS / "news-please" / "quangtri-mttq-toa-an.json").__next__().article.id == (
        "quangtri-mttq-toa-an"
    )


def test_two_different_texts_in_a_record_are_an_error_naming_file_line_and_fields(tmp_path, capsys):
    out = tmp_path / "facts"
    assert main(["extract", str(SCRAPERS / "bad" / "two-texts.jsonl"), "--facts", str(out)]) == 1
    err = capsys.readouterr().err
    where = SCRAPERS / "bad" / "two-texts.jsonl"
    assert f"error: {where}:2: article 'hai-than-bai' has two different texts, 'text' and 'maintext'" in err
    assert [p.name for p in out.glob("*.json")] == ["mot-than-bai.json"]


def _read(obj: dict, **where) -> list:
    path = where.pop("path")
    path.write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    return list(read_file(path))


@pytest.mark.parametrize(
    "given,expected",
    [
        ({"date_publish": "2024-03-05 08:30:00"}, "2024-03-05"),  # news-please
        ({"publish_date": "2024-03-05T08:30:00+07:00"}, "2024-03-05"),  # newspaper4k, goose3
        ({"date": "2024-03-05"}, "2024-03-05"),  # trafilatura
        ({"date_publish": "None"}, None),  # news-please when it found none: no warning
        ({"date_publish": None, "publish_date": "2024-03-05"}, "2024-03-05"),
        ({"published": "2024-03-05", "date": "2024-06-01"}, "2024-03-05"),  # our own name wins
    ],
)
def test_each_scrapers_date_field_is_read(given, expected, tmp_path):
    items = _read({"id": "a", "text": "Ban Dân vận ký kết.", **given}, path=tmp_path / "a.jsonl")
    assert len(items) == 1 and items[0].article.published == expected


def test_a_date_that_is_no_date_is_named_by_its_field(tmp_path):
    items = _read({"id": "a", "text": "Ban Dân vận ký kết.", "date_publish": "hôm qua"}, path=tmp_path / "a.jsonl")
    assert [str(p.message) for p in items if isinstance(p, InputProblem)] == [
        "article 'a': 'date_publish' 'hôm qua' is not a date; ignored"
    ]


def test_the_same_text_twice_is_no_conflict_and_a_missing_one_names_every_field(tmp_path):
    same = _read({"id": "a", "text": "Ký kết.", "maintext": " Ký kết. "}, path=tmp_path / "a.jsonl")
    assert same[0].article.text == "Ký kết."
    none = _read({"id": "b", "maintext": " ", "title": "Tiêu đề"}, path=tmp_path / "b.jsonl")
    others = ", ".join(repr(k) for k in FIELD_ALIASES["text"][1:] + FALLBACK_BODIES)
    assert none[0].message == f"article 'b' has no 'text' (nor {others})"


def test_the_title_is_put_first_only_when_the_texts_opening_lacks_it(tmp_path):
    title = "Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp"
    body = "Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị ký kết quy chế."
    # a lead that repeats the headline's first words is no headline
    (read,) = _read({"id": "a", "title": title, "maintext": body}, path=tmp_path / "a.jsonl")
    assert read.article.text == f"{title}\n\n{body}"
    # a headline after a stamp (as pages print it) is the text's opening
    stamped = f"Thứ năm, 17/11/2016\n\n{title.upper()}\n\n{body}"
    (read,) = _read({"id": "b", "title": title, "text": stamped}, path=tmp_path / "b.jsonl")
    assert read.article.text == stamped


def test_a_long_address_makes_an_id_of_bounded_length_that_stays_distinct(tmp_path):
    base = "https://baohanam.example.vn/" + "ky-ket-phoi-hop-" * 20
    path = tmp_path / "long.jsonl"
    path.write_text(
        "".join(json.dumps({"url": f"{base}{n}.html", "maintext": "Ký kết."}) + "\n" for n in (1, 2)), encoding="utf-8"
    )
    ids = [r.article.id for r in read_file(path)]
    assert len(set(ids)) == 2 and all(len(i.encode("utf-8")) <= 200 for i in ids)


def test_trafilaturas_own_json_is_read_as_it_writes_it(tmp_path):
    # The installed trafilatura (a dependency) writes the record: a change of its field names shows here.
    import trafilatura

    page = Path(__file__).resolve().parent / "fixtures" / "news_pages" / "classic-da01-nghean-2022.html"
    written = trafilatura.extract(
        page.read_text(encoding="utf-8"), output_format="json", with_metadata=True, url="https://example.vn/a.html"
    )
    record = json.loads(written)
    path = tmp_path / "trafilatura.jsonl"
    path.write_text(written + "\n", encoding="utf-8")  # (one line: trafilatura writes its JSON unindented)
    (read,) = read_file(path)
    assert read.article.id == "example.vn_a.html"
    assert read.article.text == record["text"] and read.article.text.startswith(record["title"])
    assert (read.article.title, read.article.published, read.article.url) == (
        record["title"],
        record["date"],
        "https://example.vn/a.html",
    )
