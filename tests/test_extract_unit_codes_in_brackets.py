"""A unit's code in brackets between its name and its parent ("Phòng An ninh kinh tế (PA04) Công an tỉnh"), as police
pages print their departments (round s29; the texts are made up in that image): the code cut the unit off its parent,
and the signing went to the parent alone."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text):
    return extract(text, "2024-04-10", "Quảng Trị")


@pytest.mark.parametrize(
    "printed, name",
    [
        ("Phòng An ninh kinh tế (PA04) Công an tỉnh", "Phòng An ninh kinh tế Công an tỉnh"),
        ("Phòng Cảnh sát hình sự (PC02) Công an tỉnh", "Phòng Cảnh sát hình sự Công an tỉnh"),
        ("Phòng Cảnh sát giao thông (PC08) Công an tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
        ("Cục Cảnh sát hình sự (C02) Bộ Công an", "Cục Cảnh sát hình sự Bộ Công an"),
    ],
)
def test_the_unit_signs_under_its_parent_across_its_code(printed, name):
    facts = _facts(f"Tin\n\nNgày 12/3, {printed} và Viện KSND tỉnh ký kết quy chế phối hợp.")
    assert party_sets(facts) == [tuple(sorted((name, "Viện Kiểm sát nhân dân tỉnh")))]


def test_a_code_after_a_comma_leaves_the_parent_its_own_body():
    # ("Phòng PC02, Công an tỉnh": the comma ends the unit's name; the parent after it is named as printed)
    facts = _facts("Tin\n\nNgày 12/3, Phòng Cảnh sát hình sự (PC02), Công an tỉnh dự hội nghị.")
    assert "Công an tỉnh" in agency_names(facts)


def test_a_bracket_that_spells_its_words_is_still_a_short_form():
    facts = _facts(
        "Tin\n\nNgày 12/3, Bộ Chỉ huy Quân sự (CHQS) tỉnh và Công an tỉnh ký kết quy chế phối hợp. "
        "Lãnh đạo Bộ CHQS tỉnh phát biểu."
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh")]
