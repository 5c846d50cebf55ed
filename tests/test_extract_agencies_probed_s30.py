"""Agencies as the helpers' made-up pages of round s30 print them, and the classes left over from round s29 (the texts
here are made up in their image)."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, party_sets


def _facts(text, province="Nghệ An"):
    return extract(f"Tin\n\n{text}", "2024-05-20", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            # (a school named for two trades, the second of each printed in lower case)
            "Công đoàn Trường Đại học Sư phạm Kỹ thuật Vinh và Công an phường Trường Thi ký kết chương trình phối hợp.",
            ("Công an phường Trường Thi", "Công đoàn Trường Đại học Sư phạm Kỹ thuật Vinh"),
        ),
        (
            "Đoàn Thanh niên Trường Cao đẳng Kinh tế - Kỹ thuật Nghệ An và Công an tỉnh ký kết chương trình phối hợp.",
            ("Công an tỉnh", "Đoàn Thanh niên Trường Cao đẳng Kinh tế - Kỹ thuật Nghệ An"),
        ),
    ],
)
def test_the_union_of_a_school_named_for_its_trades_keeps_the_whole_name(text, parties):
    facts = _facts(text)
    assert party_sets(facts) == [parties]
    assert set(agency_names(facts)) == set(parties)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu Công an tỉnh và Cục Thuế tỉnh ký kết "
            "quy chế phối hợp.",
            ("Cục Thuế tỉnh", "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu Công an tỉnh"),
        ),
        (
            # (the unit's code in brackets, blanked, is no room for "và" to join the next body to the name)
            "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) và Kiểm toán Nhà nước ký kết quy "
            "chế phối hợp.",
            ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "Kiểm toán Nhà nước"),
        ),
        (
            "Cục Cảnh sát giao thông (C08) và Kiểm toán Nhà nước ký kết quy chế phối hợp.",
            ("Cục Cảnh sát giao thông", "Kiểm toán Nhà nước"),
        ),
    ],
)
def test_the_crimes_a_police_department_investigates_are_listed_in_its_name(text, parties):
    assert party_sets(_facts(text, "Thanh Hóa")) == [parties]


@pytest.mark.parametrize(
    "text, department",
    [
        (
            "Phòng Cảnh sát kinh tế, Công an thành phố Hải Phòng và Sở Công Thương ký kết quy chế phối hợp. Phòng "
            "Cảnh sát kinh tế đã phát hiện 20 vụ.",
            "Phòng Cảnh sát kinh tế Công an thành phố Hải Phòng",
        ),
        (
            "Phòng Cảnh sát hình sự - Công an thành phố Hải Phòng và Sở Giáo dục và Đào tạo ký kết chương trình "
            "phối hợp.",
            "Phòng Cảnh sát hình sự Công an thành phố Hải Phòng",
        ),
    ],
)
def test_a_police_department_before_a_comma_and_its_province_s_police_is_named_with_it(text, department):
    facts = _facts(text, "Hải Phòng")
    names = agency_names(facts)
    assert department in names
    assert not [n for n in names if n.startswith("Phòng") and n != department]
    assert [p for p in party_sets(facts) if department in p]


def test_a_police_department_listed_before_several_police_is_no_unit_of_the_first():
    facts = _facts(
        "Phòng Cảnh sát giao thông, Công an huyện Quỳnh Lưu, Công an huyện Diễn Châu ký kết quy chế phối hợp.",
        "Nghệ An",
    )
    assert "Phòng Cảnh sát giao thông" in agency_names(facts)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            # (real/dc04 in its image: a partner whose name holds a comma)
            "BTL Vùng Cảnh sát biển 2 đã ký kết phối hợp với Trung tâm phối hợp tìm kiếm, cứu nạn hàng hải khu vực "
            "II, trong thực hiện chức năng quản lý nhà nước.",
            ("Bộ Tư lệnh Vùng Cảnh sát biển 2", "Trung tâm phối hợp tìm kiếm, cứu nạn hàng hải khu vực II"),
        ),
        (
            "Sáng 5/4, Trung tâm Phối hợp TKCN hàng hải Việt Nam và Bộ Tư lệnh Vùng Cảnh sát biển 1 ký kết quy chế "
            "phối hợp.",
            ("Bộ Tư lệnh Vùng Cảnh sát biển 1", "Trung tâm Phối hợp Tìm kiếm cứu nạn hàng hải Việt Nam"),
        ),
    ],
)
def test_the_maritime_rescue_coordination_centres_are_agencies(text, parties):
    assert party_sets(_facts(text, "Đà Nẵng")) == [parties]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            # (real/db08 in its image: the chamber of commerce's branch, a member of the Front, in a joint programme)
            "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, Hội Chữ thập đỏ thành phố và Phòng Thương mại và Công "
            "nghiệp Việt Nam chi nhánh Khánh Hòa ký kết chương trình phối hợp.",
            (
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
                "Hội Chữ thập đỏ thành phố",
                "Phòng Thương mại và Công nghiệp Việt Nam chi nhánh Khánh Hòa",
            ),
        ),
        (
            "Phòng Thương mại và Công nghiệp Việt Nam và Bộ Công an ký kết quy chế phối hợp.",
            ("Bộ Công an", "Phòng Thương mại và Công nghiệp Việt Nam"),
        ),
    ],
)
def test_the_chamber_of_commerce_and_its_branches_are_front_members(text, parties):
    facts = _facts(text, "Hà Nội")
    assert sorted(party_sets(facts)) == [tuple(sorted(parties))]
    chamber = next(p for p in parties if p.startswith("Phòng Thương mại"))
    assert (chamber, "front") in named_sectors(facts)


@pytest.mark.parametrize(
    "text, offices",
    [
        (
            "Đến dự có đại diện lãnh đạo Phòng Tham mưu, Phòng Chính trị, Phòng Hậu cần - Kỹ thuật Bộ CHQS tỉnh.",
            [
                "Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh",
                "Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh",
                "Phòng Hậu cần - Kỹ thuật Bộ Chỉ huy Quân sự tỉnh",
            ],
        ),
        (
            "Phòng Hậu cần, Phòng Kỹ thuật và Phòng Tham mưu Bộ chỉ huy quân sự tỉnh Phú Yên đã chuẩn bị phương tiện.",
            [
                "Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh Phú Yên",
                "Phòng Kỹ thuật Bộ Chỉ huy Quân sự tỉnh Phú Yên",
                "Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Phú Yên",
            ],
        ),
    ],
)
def test_staff_offices_listed_before_one_named_with_its_command_are_that_command_s(text, offices):
    facts = _facts(text, "Bình Định")
    # (names as printed: the scorer reads them case-folded)
    assert sorted(n.casefold() for n, _ in named_sectors(facts)) == sorted(o.casefold() for o in offices)
    assert {s for _, s in named_sectors(facts)} == {"military"}


@pytest.mark.parametrize(
    "text, cell",
    [
        (
            "Chi bộ Đội vận động quần chúng Đồn Biên phòng Mỹ Lý và Chi bộ bản Xốp Lau ký kết chương trình phối hợp.",
            "Chi bộ Đội vận động quần chúng Đồn Biên phòng Mỹ Lý",
        ),
        (
            "Chi bộ Đội Trinh sát Đồn Biên phòng Nậm Cắn và Chi bộ bản Huồi Khe ký kết quy chế phối hợp.",
            "Chi bộ Đội Trinh sát Đồn Biên phòng Nậm Cắn",
        ),
    ],
)
def test_the_party_cell_of_a_border_post_s_team_signs_not_the_post(text, cell):
    facts = _facts(text)
    assert [p for p in party_sets(facts) if cell in p]
    assert (cell, "party") in named_sectors(facts)
    assert not [n for n in agency_names(facts) if n.startswith("Đồn")]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh ký kết quy chế phối hợp với Bộ Chỉ huy BĐBP "
            "tỉnh.",
            ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ),
        (
            "Nghiệp đoàn nghề cá xã Hải Lý và Đồn Biên phòng Hải Lý đã ký kết quy chế phối hợp.",
            ("Nghiệp đoàn nghề cá xã Hải Lý", "Đồn Biên phòng Hải Lý"),
        ),
        (
            "Hải đội dân quân thường trực tỉnh và Đồn Biên phòng Cửa Hội ký kết quy chế phối hợp.",
            ("Hải đội dân quân thường trực tỉnh", "Đồn Biên phòng Cửa Hội"),
        ),
        (
            "Đồn Biên phòng Cửa khẩu cảng Nghi Sơn và Chi cục Hải quan cửa khẩu cảng Nghi Sơn đã ký kết quy chế phối "
            "hợp.",
            ("Chi cục Hải quan cửa khẩu cảng Nghi Sơn", "Đồn Biên phòng Cửa khẩu cảng Nghi Sơn"),
        ),
        (
            "Công an tỉnh ký kết quy chế phối hợp với Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp.",
            ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Công an tỉnh"),
        ),
    ],
)
def test_the_coast_s_disaster_fishery_militia_customs_and_zone_bodies(text, parties):
    assert [tuple(sorted(p)) for p in party_sets(_facts(text, "Thanh Hóa"))] == [tuple(sorted(parties))]


def test_search_and_rescue_is_spelled_out_in_a_post():
    facts = _facts("Dự có ông Nguyễn Ngọc Sơn, Giám đốc Trung tâm Phối hợp TKCN hàng hải khu vực I.")
    assert facts.persons[0].positions == ["Giám đốc Trung tâm Phối hợp Tìm kiếm cứu nạn hàng hải khu vực I"]


def test_border_posts_printed_in_lower_case_before_their_names_are_agencies():
    names = agency_names(_facts("Tới dự có đại diện các đồn biên phòng Trà Lĩnh, Sóc Giang, Lý Vạn.", "Cao Bằng"))
    assert sorted(n.casefold() for n in names) == sorted(
        f"đồn biên phòng {p}".casefold() for p in ("Trà Lĩnh", "Sóc Giang", "Lý Vạn")
    )


def test_a_number_counting_a_noun_after_a_lower_case_post_names_no_post():
    names = agency_names(_facts("Hội Phụ nữ đã cung cấp cho đồn biên phòng 15 nguồn tin có giá trị.", "Lạng Sơn"))
    assert not [n for n in names if n.startswith("Đồn")]
    assert agency_names(_facts("Ngày 25/3, đồn biên phòng 721 tổ chức tuyên truyền.", "Lạng Sơn")) == [
        "Đồn biên phòng 721"
    ]
