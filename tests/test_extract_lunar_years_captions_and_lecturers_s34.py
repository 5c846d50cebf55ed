"""Persons as round s34's helpers printed them (made-up texts in the image of their pages): a lunar year after "Tết",
"năm", "Xuân" is no person; a caption whose label a rank or a post follows names its people; a lecturer's post in
lower case with its faculty or school."""

import pytest
from _signing_helpers import extract, positions_by_name


def _persons(text, province="Quảng Nam", published="2024-02-05"):
    return positions_by_name(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/2, Đồn Biên phòng Ba gặp mặt già làng, trưởng thôn ở 5 xã nhân dịp Tết Giáp Thìn 2024.",
        "Các đơn vị tổ chức vui Xuân Ất Tỵ cho bà con, trưởng bản ở các xã biên giới.",
        "Trưởng thôn các thôn đã cùng nhân dân đón năm Bính Ngọ an toàn.",
    ],
)
def test_a_lunar_year_after_its_cue_is_no_person(text):
    assert _persons(text) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        # controls: family names that are heavenly stems, with no cue word before them
        ("Ông Giáp Văn Thìn, Chủ tịch UBND xã phát biểu.", {"Giáp Văn Thìn": ["Chủ tịch Ủy ban nhân dân xã"]}),
        ("Dự có ông Đinh Dậu, Trưởng thôn 3.", {"Đinh Dậu": ["Trưởng thôn 3"]}),
    ],
)
def test_a_stem_s_family_name_stays_a_person(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ảnh: Trung tá Bh'riu Pố, Chính trị viên Đồn Biên phòng Ga Ry tặng quà cho học sinh. Ảnh: K.T",
            {"Bh'riu Pố": ["Chính trị viên Đồn Biên phòng Ga Ry"]},
        ),
        (
            "Ảnh: Phó Chủ tịch UBND tỉnh Trần Anh Tuấn phát biểu chỉ đạo tại hội nghị. Ảnh: T.H",
            {"Trần Anh Tuấn": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]},
        ),
        # control: a photographer's name after the label stays a credit
        ("Lễ ký kết quy chế phối hợp. Ảnh: Minh Đức", {}),
    ],
)
def test_a_caption_opening_with_a_rank_or_a_post_after_its_label(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Báo cáo viên gồm: Thượng tá, TS Lê Văn Dũng, Trưởng khoa Quân sự; Thiếu tá, ThS Ksor Nhiên, giảng viên "
            "khoa Chính trị.",
            {"Lê Văn Dũng": ["Trưởng khoa Quân sự"], "Ksor Nhiên": ["giảng viên khoa Chính trị"]},
        ),
        # control: "giảng viên" alone is the profession that labels a list, no post
        (
            "Chuyên đề do các giảng viên: Đại tá Nguyễn Văn Lực, Hiệu trưởng Trường Quân sự tỉnh; Thượng tá Trần "
            "Minh Quân, Trưởng phòng Tham mưu trình bày.",
            {
                "Nguyễn Văn Lực": ["Hiệu trưởng Trường Quân sự tỉnh"],
                "Trần Minh Quân": ["Trưởng phòng Tham mưu"],
            },
        ),
    ],
)
def test_a_lecturer_s_post_with_its_faculty(text, expected):
    assert _persons(text, "Gia Lai", "2026-04-09") == expected
