"""A province's regional defence command of the 2025 reform, numbered and named after the seat of its area, printed
"Bộ Chỉ huy Phòng thủ khu vực N - X" as well as "Ban Chỉ huy ..." (round s34, from a black-box tester's page of
2026)."""

import pytest
from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Quảng Ngãi", published="2026-03-05"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, command",
    [
        ("Dự lễ có đại diện Bộ Chỉ huy Phòng thủ khu vực 3 - Ba Tơ.", "Bộ Chỉ huy Phòng thủ khu vực 3 - Ba Tơ"),
        ("Bộ Chỉ huy Phòng thủ khu vực 4 tổ chức diễn tập.", "Bộ Chỉ huy Phòng thủ khu vực 4"),
    ],
)
def test_a_regional_defence_command_is_the_army_s(text, command):
    assert named_sectors(_facts(text)) == {(command, "military")}


def test_a_regional_defence_command_signs_with_a_commune_s_police():
    facts = _facts("Sáng 4/3, Bộ Chỉ huy Phòng thủ khu vực 1 - Đức Phổ và Công an xã Đức Phổ ký kết quy chế phối hợp.")
    assert party_sets(facts) == [("Bộ Chỉ huy Phòng thủ khu vực 1 - Đức Phổ", "Công an xã Đức Phổ")]


def test_the_command_s_chief_keeps_it_in_his_post_and_it_is_no_agency_there():
    facts = _facts("Dự có Thượng tá Lê Văn An, Chỉ huy trưởng Bộ Chỉ huy Phòng thủ khu vực 3 - Ba Tơ.")
    assert positions_by_name(facts) == {"Lê Văn An": ["Chỉ huy trưởng Bộ Chỉ huy Phòng thủ khu vực 3 - Ba Tơ"]}
    assert named_sectors(facts) == set()


def test_the_board_form_is_read_as_before():
    facts = _facts("Ban Chỉ huy Phòng thủ khu vực 2 - Kon Plông và Công an tỉnh dự lễ.")
    assert ("Ban Chỉ huy Phòng thủ khu vực 2 - Kon Plông", "military") in named_sectors(facts)
