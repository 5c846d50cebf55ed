"""Names of the K'Ho, Mạ, M'Nông and Chu Ru peoples as round s34's helpers printed them (made-up texts in the image of
their pages): a clan name of two syllables, neither a family name, opens the name where a Kinh name has its family
name ("Bon Niêng Ha Thủy", "Kră Jăn Ha Lim"); the person is kept with the posts around the name."""

import pytest
from _signing_helpers import extract, positions_by_name


def _persons(text, province="Lâm Đồng"):
    return positions_by_name(extract(f"Tin\n\n{text}", "2026-03-12", province))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tham dự buổi làm việc có đồng chí Bon Niêng Ha Mai, Phó Chủ tịch UBND xã Lạc Dương.",
            {"Bon Niêng Ha Mai": ["Phó Chủ tịch Ủy ban nhân dân xã Lạc Dương"]},
        ),
        (
            "Bà Kơ Să Ha Bình, Chủ tịch Hội Liên hiệp Phụ nữ xã phát biểu tại buổi lễ.",
            {"Kơ Să Ha Bình": ["Chủ tịch Hội Liên hiệp Phụ nữ xã"]},
        ),
        (
            "Thượng tá Kră Jăn Ha Tiến, Phó Trưởng Công an xã Đam Rông 1 báo cáo kết quả phối hợp.",
            {"Kră Jăn Ha Tiến": ["Phó Trưởng Công an xã Đam Rông 1"]},
        ),
        (
            "Phó Bí thư Đảng ủy xã Tou Prong Đông trao quà cho các hộ nghèo.",
            {"Tou Prong Đông": ["Phó Bí thư Đảng ủy xã"]},
        ),
    ],
)
def test_a_clan_name_of_two_syllables_opens_a_persons_name(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # controls: a Kinh name of the same given names, a clan whose first word is a family name, a village of the
        # M'Nông named "Bon" is a place, no person
        (
            "Dự có đồng chí Nguyễn Thị Ha Mai, Phó Chủ tịch UBND xã Lạc Dương.",
            {"Nguyễn Thị Ha Mai": ["Phó Chủ tịch Ủy ban nhân dân xã Lạc Dương"]},
        ),
        (
            "Ông Liêng Jrang Ha Sơn, Trưởng thôn Đạ Nghịt phát biểu.",
            {"Liêng Jrang Ha Sơn": ["Trưởng thôn Đạ Nghịt"]},
        ),
        (
            "Đồng chí Điểu Khanh, Bí thư Đảng ủy xã Bon Phặng dự lễ ký kết.",
            {"Điểu Khanh": ["Bí thư Đảng ủy xã Bon Phặng"]},
        ),
    ],
)
def test_controls_of_highland_names(text, expected):
    assert _persons(text) == expected
