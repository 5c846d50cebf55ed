"""A title printed before its holder's name ends in that name: "đồng chí Trưởng ban Dân vận Thành ủy Nguyễn Lan Hương
ký kết". The agency grammar reads capitalised syllables after a committee as its place; the person reader's name
takes them back, so the body the signer stands for is the committee's organ, not an organ "of Nguyễn Lan Hương"."""

from __future__ import annotations

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _facts(text: str, province: str = "Hà Nội"):
    return extract_article(Article("t", text, published="2016-05-10", province=province))


def test_a_signer_titled_before_the_name_signs_for_the_body_of_the_title():
    facts = _facts(
        "Ngày 9/5, Công an thành phố và Ban Dân vận Thành ủy tổ chức hội nghị. Thiếu tướng Đoàn Duy Khương, Giám đốc "
        "Công an thành phố và đồng chí Trưởng ban Dân vận Thành ủy Nguyễn Lan Hương ký kết Chương trình phối hợp."
    )
    assert sorted(a.name for a in facts.agencies) == ["Ban Dân vận Thành ủy", "Công an thành phố"]
    assert [sorted(s.parties) for s in facts.signings] == [["Ban Dân vận Thành ủy", "Công an thành phố"]]
    assert ("Nguyễn Lan Hương", ["Trưởng ban Dân vận Thành ủy"]) in [(p.name, p.positions) for p in facts.persons]


def test_a_place_named_after_a_person_stays_the_body_s_place():
    # "Công an phường Trần Hưng Đạo": the gazetteer knows the ward, so no person's name is cut off the body.
    facts = _facts(
        "Ngày 9/5, Công an phường Trần Hưng Đạo và Hội Phụ nữ phường ký kết chương trình phối hợp.", "Hà Nội"
    )
    assert "Công an phường Trần Hưng Đạo" in [a.name for a in facts.agencies]


def test_a_body_after_a_short_title_without_a_name_is_no_actor():
    # "CT UBND tỉnh tặng Bằng khen": the chair acts, the committee is named in his title only
    facts = _facts("Nhân dịp này, CT UBND tỉnh tặng Bằng khen cho 6 tập thể. PCT UBND tỉnh dự hội nghị.", "Quảng Trị")
    assert [a.name for a in facts.agencies] == []
