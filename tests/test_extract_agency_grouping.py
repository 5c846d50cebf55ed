"""Agency classes of the second round on real news pages (made-up sentences): shared levels and heads of
lists, the name a group goes by, names to reject."""

from __future__ import annotations

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _agencies(text: str, province: str | None = "Hà Giang", published: str = "2023-05-10"):
    facts = extract_article(Article("t", text, published=published, province=province))
    return sorted((a.name, a.sector) for a in facts.agencies)


# --- a shared level at the end of a list of mass organisations ------------------------------------

def test_mass_organisations_share_the_level_that_ends_their_list():
    text = ("Sáng 5/5, UBND tỉnh ký quy chế phối hợp với Hội Nông dân, Hội Cựu chiến binh, "
            "Hội LHPN và LĐLĐ tỉnh.")
    assert _agencies(text) == sorted([
        ("Ủy ban nhân dân tỉnh", "state"), ("Hội Nông dân tỉnh", "front"),
        ("Hội Cựu chiến binh tỉnh", "front"), ("Hội Liên hiệp Phụ nữ tỉnh", "front"),
        ("Liên đoàn Lao động tỉnh", "front")])


def test_bracketed_short_forms_do_not_break_a_shared_placed_level():
    text = "Hội Cựu chiến binh (CCB) và Hội Cựu Công an nhân dân (CAND) huyện Bắc Mê vừa ký kết chương trình phối hợp."
    assert _agencies(text) == [("Hội Cựu Công an nhân dân huyện Bắc Mê", "front"),
                               ("Hội Cựu chiến binh huyện Bắc Mê", "front")]


def test_association_before_another_kind_of_body_takes_only_a_placed_level():
    assert _agencies("Hội Nông dân và Bộ CHQS tỉnh Cao Bằng ký kết chương trình.", province="Hà Giang") == [
        ("Bộ Chỉ huy Quân sự tỉnh Cao Bằng", "military"), ("Hội Nông dân tỉnh Cao Bằng", "front")]
    assert ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "front") in _agencies(
        "Đoàn TNCS Hồ Chí Minh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình.")


def test_national_association_keeps_its_national_name():
    assert ("Hội Nông dân Việt Nam", "front") in _agencies(
        "Hội Nông dân Việt Nam và Hội Cựu chiến binh tỉnh ký kết chương trình.")


# --- Front committee spellings -----------------------------------------------------------------------

def test_front_committee_spellings_keep_the_committee():
    text = ("Ban Thường trực Ủy ban MTTQVN huyện Vị Xuyên ký kết với Công an huyện Vị Xuyên; "
            "UB MTTQ Việt Nam xã Thanh Thủy và Ủy ban TW MTTQ Việt Nam cùng dự.")
    assert _agencies(text) == sorted([
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vị Xuyên", "front"),
        ("Công an huyện Vị Xuyên", "police"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Thủy", "front"),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front")])
