"""A headline printed with no final stop ends at its line: a name in it does not run on into the next line, a line of
another kind (round s36's helper M: "... ký kết quy chế phối hợp với Đồn Biên phòng" then the line "Trang thông tin
điện tử huyện Đức Huệ" gave "Đồn Biên phòng Trang"). A name broken inside a clause, which the hard-wrap joiner
mends, still reads whole. Made-up pages."""

from __future__ import annotations

from _signing_helpers import agency_names, extract


def _agencies(text: str) -> list[str]:
    return agency_names(extract(text, "2024-05-20", "Tây Ninh"))


def test_headline_post_does_not_take_the_site_name_as_its_place():
    text = (
        "Công an xã Bình Hòa Bắc ký kết quy chế phối hợp với Đồn Biên phòng\n"
        "Trang thông tin điện tử xã Bình Hòa Bắc\n"
        "Sáng 19/5, Công an xã Bình Hòa Bắc ký kết quy chế phối hợp với Đồn Biên phòng Bình Hòa Bắc."
    )
    assert _agencies(text) == ["Công an xã Bình Hòa Bắc", "Đồn Biên phòng Bình Hòa Bắc"]


def test_headline_post_in_a_caption_page_does_not_take_the_next_line():
    text = (
        "Hội Cựu chiến binh tỉnh phối hợp với Đồn Biên phòng\n"
        "Trang tin tức tổng hợp\n"
        "Sáng 19/5, Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp với Đồn Biên phòng Phước Tân."
    )
    assert _agencies(text) == ["Hội Cựu chiến binh tỉnh", "Đồn Biên phòng Phước Tân"]


def test_control_a_name_broken_inside_a_clause_still_reads_whole():
    text = (
        "Tin\n\nSáng 19/5, Bộ Chỉ huy Quân sự tỉnh và Hội Nông dân\nhuyện Bến Cầu đã ký kết chương trình phối hợp "
        "giai đoạn 2024 - 2029."
    )
    assert _agencies(text) == ["Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân huyện Bến Cầu"]


def test_control_a_headline_name_with_its_place_stays():
    text = (
        "Công an xã Bình Hòa Bắc ký kết với Đồn Biên phòng Bình Hòa Bắc\nSáng 19/5, hai đơn vị ký kết quy chế phối hợp."
    )
    assert _agencies(text) == ["Công an xã Bình Hòa Bắc", "Đồn Biên phòng Bình Hòa Bắc"]
