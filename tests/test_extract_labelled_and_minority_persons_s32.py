"""Persons as round s32's helpers printed them (made-up texts in the image of their pages): authors, artists,
athletes and the prestigious of a village named by their label; plural labels before a list of names; a minority's
name with a space after its apostrophe; a hamlet's name after the title set after an addressed person; a title that
ends where a word of feeling or telling starts."""

import pytest
from _signing_helpers import extract, positions_by_name


def _persons(text, province="Lào Cai"):
    return positions_by_name(extract(f"Tin\n\n{text}", "2021-06-10", province))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Giải A thuộc về tác giả Trần Thị Mỹ Linh, Báo Lào Cai với loạt bài về thủy điện nhỏ.",
            {"Trần Thị Mỹ Linh": []},
        ),
        ("Vở diễn do NSND Lê Quang Vinh dàn dựng.", {"Lê Quang Vinh": []}),
        ("Ở nội dung 10 km nam, vận động viên Giàng A Chính về nhất.", {"Giàng A Chính": []}),
        (
            "Phát biểu tại buổi lễ, nhà báo Trần Quang Minh cho biết hội viên đã tham gia trại sáng tác.",
            {"Trần Quang Minh": []},
        ),
        (
            "NSND Thu Hiền, Phó Chủ tịch Hội Nghệ sĩ Sân khấu tỉnh biểu diễn tại chương trình.",
            {"Thu Hiền": ["Phó Chủ tịch Hội Nghệ sĩ Sân khấu tỉnh"]},
        ),
        (
            "Các em Lò Thị Hoa, Vàng Thị Mai, Giàng A Sử được Đồn Biên phòng Si Pa Phìn nhận đỡ đầu.",
            {"Lò Thị Hoa": [], "Vàng Thị Mai": [], "Giàng A Sử": []},
        ),
        (
            "Tại buổi gặp mặt, các người có uy tín: Giàng A Páo (bản Huổi Lếch), Lý Xè Phù (bản Sín Chải) đã phát "
            "biểu.",
            {"Giàng A Páo": [], "Lý Xè Phù": []},
        ),
        (
            "Bộ Giao thông vận tải có 2 Thứ trưởng Nguyễn Ngọc Đông và Nguyễn Nhật bị khiển trách.",
            {"Nguyễn Ngọc Đông": ["Thứ trưởng"], "Nguyễn Nhật": ["Thứ trưởng"]},
        ),
    ],
)
def test_persons_named_by_a_label_or_under_a_plural_one(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text, name, position",
    [
        (
            "Tham dự có bà K' Điệu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
            "K' Điệu",
            "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        ),
        ("Dự hội nghị có ông K’ Brơi, Chủ tịch UBND xã Lạc Dương.", "K' Brơi", "Chủ tịch Ủy ban nhân dân xã Lạc Dương"),
        (
            "Phát biểu, ông Ka' Sóc, Bí thư Đảng ủy xã Đinh Trang Thượng, cảm ơn Đồn Biên phòng.",
            "Ka' Sóc",
            "Bí thư Đảng ủy xã Đinh Trang Thượng",
        ),
    ],
)
def test_a_minority_s_name_with_a_space_after_its_apostrophe(text, name, position):
    assert _persons(text, "Lâm Đồng") == {name: [position]}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ông Sình Dì Gai, Trưởng thôn Lô Lô Chải cho biết, năm học này trẻ đã ra lớp đầy đủ.",
            {"Sình Dì Gai": ["Trưởng thôn Lô Lô Chải"]},
        ),
        (
            "Ông Lý A Sừ, Trưởng bản Ma Lù Thàng, xã Huổi Luông cho biết, mỗi tháng đi tuần tra 2 lần.",
            {"Lý A Sừ": ["Trưởng bản Ma Lù Thàng"]},
        ),
        (
            "Ông Chảo Láo Tả, Trưởng thôn Cốc Phương xúc động: “Năm nào bộ đội cũng về”.",
            {"Chảo Láo Tả": ["Trưởng thôn Cốc Phương"]},
        ),
        # controls: titled names listed one after another, a title before a full name, "nông thôn"
        (
            "Dưới sự chỉ đạo của Bí thư chi bộ Vũ Xuân Thắng, Trưởng thôn Vũ Quốc Trọng, thôn An Thị đã dồn đổi ruộng.",
            {"Vũ Xuân Thắng": ["Bí thư chi bộ"], "Vũ Quốc Trọng": ["Trưởng thôn"]},
        ),
        (
            "Dự có Trưởng bản Lò Văn Hặc và Bí thư Chi bộ bản Giàng A Lử.",
            {"Lò Văn Hặc": ["Trưởng bản"], "Giàng A Lử": ["Bí thư Chi bộ bản"]},
        ),
        (
            "Dự có ông Lê Văn Hai, Thứ trưởng Bộ Giao thông vận tải; Thứ trưởng Bộ Nông nghiệp và Phát triển nông "
            "thôn Phùng Đức Tiến.",
            {
                "Lê Văn Hai": ["Thứ trưởng Bộ Giao thông vận tải"],
                "Phùng Đức Tiến": ["Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"],
            },
        ),
    ],
)
def test_a_hamlet_after_the_title_of_an_addressed_person_is_no_second_person(text, expected):
    assert _persons(text) == expected


def test_a_bracket_the_names_opened_is_no_part_of_their_shared_title():
    persons = _persons("Sau đó thêm 2 phó hiệu trưởng của trường (bà Trần Kim Oanh và ông Lê Ngọc Hà) bị bắt.")
    assert persons == {
        "Trần Kim Oanh": ["phó hiệu trưởng của trường"],
        "Lê Ngọc Hà": ["phó hiệu trưởng của trường"],
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vở diễn có sự tham gia của NSƯT Hồng Nhung.", {"Hồng Nhung": []}),
        ("Các nghệ sĩ NSƯT Thanh Tâm, NSƯT Thành Cường góp mặt.", {"Thanh Tâm": [], "Thành Cường": []}),
        # control: no honorary title, no stage name
        ("Vở diễn có sự tham gia của Hồng Nhung.", {}),
    ],
)
def test_an_artist_s_honorary_title_marks_a_stage_name(text, expected):
    assert _persons(text) == expected


def test_a_plural_label_and_a_copula_open_a_list_of_names():
    persons = _persons("UBND tỉnh tặng Bằng khen cho 3 người có uy tín là Giàng A Páo, Lý Xè Phù và Vàng A Dế.")
    assert persons == {"Giàng A Páo": [], "Lý Xè Phù": [], "Vàng A Dế": []}
