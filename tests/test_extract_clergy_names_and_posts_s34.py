"""Persons of the faiths as round s34's helpers printed them (made-up texts in the image of their pages): a Catholic's
baptismal name printed before the Kinh name is part of the name; a priest and a pastor joined by "và" are two persons;
the head of a Protestant board and a bishop's see are posts."""

import pytest
from _signing_helpers import extract, positions_by_name


def _persons(text, province="Đắk Lắk"):
    return positions_by_name(extract(f"Tin\n\n{text}", "2019-11-20", province))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Đến chúc mừng có Linh mục Antôn Lê Văn Thành, Chánh xứ Giáo xứ Buôn Hồ.",
            {"Antôn Lê Văn Thành": ["Chánh xứ Giáo xứ Buôn Hồ"]},
        ),
        (
            "Tiếp đoàn có Giám mục Gioan Nguyễn Văn Sáu, Giám mục Giáo phận Ban Mê Thuột.",
            {"Gioan Nguyễn Văn Sáu": ["Giám mục Giáo phận Ban Mê Thuột"]},
        ),
        (
            "Đoàn đã thăm ông Đaminh Trần Quốc Bảo, Quản xứ Giáo xứ Thánh Tâm.",
            {"Đaminh Trần Quốc Bảo": ["Quản xứ Giáo xứ Thánh Tâm"]},
        ),
    ],
)
def test_a_baptismal_name_before_a_kinh_name_is_printed_with_it(text, expected):
    assert _persons(text) == expected


def test_a_priest_and_a_pastor_joined_by_and_are_two_persons_each_with_a_post():
    text = (
        "Dự buổi gặp mặt có Linh mục Phêrô Đỗ Văn Khang, quản xứ Giáo xứ Cư Kuin và Mục sư Y Bhin Êban, Hội trưởng "
        "Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh."
    )
    assert _persons(text) == {
        "Phêrô Đỗ Văn Khang": ["quản xứ Giáo xứ Cư Kuin"],
        "Y Bhin Êban": ["Hội trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh"],
    }


def test_the_head_of_a_protestant_board_is_a_post():
    text = "Mục sư Y Krăk Niê, Phó Hội trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam tỉnh phát biểu."
    assert _persons(text) == {"Y Krăk Niê": ["Phó Hội trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam tỉnh"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        # controls: a monk's dharma name, a Kinh name with no saint's name, a Buddhist board's head
        (
            "Dự có Hòa thượng Thích Minh Đức, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.",
            {"Thích Minh Đức": ["Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"]},
        ),
        (
            "Linh mục Trần Văn Hòa, Chánh xứ Giáo xứ Châu Sơn tặng quà.",
            {"Trần Văn Hòa": ["Chánh xứ Giáo xứ Châu Sơn"]},
        ),
        (
            "Đồng chí Y Giang Niê, Chủ tịch UBND xã Ea Kao và đồng chí Lê Văn Bình, Bí thư Đảng ủy xã dự.",
            {"Y Giang Niê": ["Chủ tịch Ủy ban nhân dân xã Ea Kao"], "Lê Văn Bình": ["Bí thư Đảng ủy xã"]},
        ),
    ],
)
def test_controls_of_the_faiths(text, expected):
    assert _persons(text) == expected
