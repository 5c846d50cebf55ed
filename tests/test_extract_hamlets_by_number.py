"""Round s31's commune pages (made-up texts in the image of helpers D's and H's pages): a residential block's cell named
by its number after "số", and a named hamlet's numbered part."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text):
    return extract(f"Tin\n\n{text}", "2025-09-28", "Thái Nguyên")


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Sáng 26/9, Chi bộ tổ dân phố số 5 ký kết kết nghĩa với Chi bộ thôn Nà Pài.",
            ("Chi bộ thôn Nà Pài", "Chi bộ tổ dân phố số 5"),
        ),
        (
            "Sáng 26/9, Ban công tác Mặt trận tổ dân phố số 12 ký kết quy chế phối hợp với Công an phường Phan Đình "
            "Phùng.",
            ("Ban công tác Mặt trận tổ dân phố số 12", "Công an phường Phan Đình Phùng"),
        ),
    ],
)
def test_a_block_s_cell_named_by_its_number_signs(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_named_hamlet_s_numbered_part_is_in_the_name():
    assert agency_names(_facts("Dự có đại diện Chi bộ bon Bu Prăng 2 và Chi bộ thôn 4.")) == [
        "Chi bộ bon Bu Prăng 2",
        "Chi bộ thôn 4",
    ]


def test_a_count_after_a_hamlet_s_name_is_no_part_of_it():
    assert agency_names(_facts("Chi bộ thôn Nà Pài 5 năm liền đạt danh hiệu trong sạch vững mạnh.")) == [
        "Chi bộ thôn Nà Pài"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, người có uy tín đã cung cấp cho các đồn biên phòng 214 nguồn tin có giá trị.",
        "Trung đội dân quân cơ động 2 năm liền đạt danh hiệu đơn vị huấn luyện giỏi.",
        "Năm 2023, các đồn biên phòng 120 lần phối hợp tuần tra biên giới.",
    ],
)
def test_a_number_that_counts_names_no_unit(text):
    assert not [a for a in agency_names(_facts(text)) if any(c.isdigit() for c in a)]


def test_a_post_named_by_its_number_after_a_plural_stays():
    facts = extract("Tin\n\nDự có các đồn biên phòng 721, 723, 725.", "2010-05-05", "Gia Lai")
    assert {"Đồn biên phòng 721", "Đồn biên phòng 723"} <= set(agency_names(facts))


def test_a_verb_after_a_sub_department_ends_its_name():
    facts = _facts("Sở Nông nghiệp chỉ đạo Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản thanh tra, kiểm tra tàu cá.")
    assert "Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản" in agency_names(facts)


def test_a_front_cell_spreads_over_the_hamlets_listed_after_a_plural():
    facts = extract(
        "Tin\n\nBan công tác Mặt trận các ấp Bình Thạnh, Bình Hòa được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen.",
        "2026-01-20",
        "An Giang",
    )
    assert agency_names(facts) == [
        "Ban công tác Mặt trận ấp Bình Hòa",
        "Ban công tác Mặt trận ấp Bình Thạnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]
