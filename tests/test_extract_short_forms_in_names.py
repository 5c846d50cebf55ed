"""Bodies written by their short forms read as their full names do: a counted head ("VKSND 6 tỉnh"), a full name
set down by its initials in a list of bodies ("Bộ CHQS, Công an, BĐBP"), a short form joined by "&" ("Đài PT&TH"),
the police as "CA", the central committee of an association by its initials ("Trung ương HND Việt Nam")."""

from __future__ import annotations

from _signing_helpers import extract, party_sets


def test_a_counted_head_in_short_form_refers_to_the_bodies_listed_later():
    # "Viện kiểm sát nhân dân 6 tỉnh" was read; "VKSND 6 tỉnh" lost the six provincial procuracies
    facts = extract(
        "Ký quy chế\n\nNgày 27/4/2023, Hội nghị ký kết quy chế phối hợp giữa Viện kiểm sát quân sự với VKSND 3 tỉnh "
        "trên địa bàn Quân khu 1 đã được Viện kiểm sát quân sự Quân khu 1 tổ chức. Có mặt có lãnh đạo VKSND các "
        "tỉnh Lạng Sơn, Cao Bằng và Bắc Kạn.",
        "2023-04-28",
        "Lạng Sơn",
    )
    assert party_sets(facts) == [
        ("Viện Kiểm sát nhân dân tỉnh Bắc Kạn", "Viện kiểm sát quân sự Quân khu 1"),
        ("Viện Kiểm sát nhân dân tỉnh Cao Bằng", "Viện kiểm sát quân sự Quân khu 1"),
        ("Viện Kiểm sát nhân dân tỉnh Lạng Sơn", "Viện kiểm sát quân sự Quân khu 1"),
    ]


def test_full_names_written_by_their_initials_in_a_list_of_bodies_are_bodies():
    facts = extract(
        "Hội nghị\n\nNgày 5/1/2022, UBND tỉnh chủ trì hội nghị về phối hợp giữa các lực lượng Bộ CHQS, Công an, "
        "BĐBP và Bộ Tư lệnh Vùng cảnh sát biển 2.",
        "2022-01-06",
        "Quảng Trị",
    )
    names = {a.name for a in facts.agencies}
    assert {"Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Bộ Tư lệnh Vùng cảnh sát biển 2"} <= names
    # the force itself, named by its short name, is no body
    assert "Công an" not in names


def test_radio_and_television_stations_by_their_short_forms():
    facts = extract(
        "Ký kết\n\nSáng 18/8, Công an tỉnh, Đài PT&TH tỉnh đã tổ chức ký kết kế hoạch phối hợp giữa 2 đơn vị.",
        "2022-08-19",
        "Bà Rịa - Vũng Tàu",
    )
    # (printed with "&", the name reads "và"; with "-", it keeps the dash)
    assert party_sets(facts) == [("Công an tỉnh", "Đài Phát thanh và Truyền hình tỉnh")]
    facts = extract(
        "Ký kết\n\nSáng 18/8, Hội Nông dân tỉnh và Đài PTTH tỉnh ký kết chương trình phối hợp.", "2022-08-19", "Huế"
    )
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Đài Phát thanh - Truyền hình tỉnh")]


def test_the_merged_provincial_paper_and_broadcaster_in_either_spelling():
    facts = extract(
        "Ký kết\n\nChiều 8/12, Công an tỉnh Thanh Hóa, Báo và Đài Phát thanh - Truyền hình Thanh Hóa đã tổ chức lễ "
        "ký kết quy chế phối hợp. Các sự kiện do Báo và Đài PT-TH Thanh Hóa tổ chức được bảo vệ.",
        "2025-12-09",
        "Thanh Hóa",
    )
    assert [(a.name, a.sector) for a in facts.agencies] == [
        ("Công an tỉnh Thanh Hóa", "police"),
        ("Báo và Đài Phát thanh - Truyền hình Thanh Hóa", "party"),
    ]
    assert party_sets(facts) == [("Báo và Đài Phát thanh - Truyền hình Thanh Hóa", "Công an tỉnh Thanh Hóa")]


def test_the_police_written_ca_before_a_level():
    facts = extract(
        "Ký kết\n\nSáng 5/3, CA tỉnh và Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp.",
        "2013-03-06",
        "Đồng Tháp",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Hội Cựu chiến binh tỉnh")]


def test_the_central_committee_of_an_association_by_its_initials():
    facts = extract("Tin\n\nLãnh đạo Trung ương HND Việt Nam thăm gian hàng.", "2025-12-21", "Thanh Hóa")
    assert [a.name for a in facts.agencies] == ["Trung ương Hội Nông dân Việt Nam"]


def test_a_name_the_page_spells_out_goes_before_the_table_s_reading_of_its_short_form():
    # "Báo và PTTH Huế" read by the table is "Phát thanh - Truyền hình"; the page spells the body with a comma
    facts = extract(
        "Ký kết\n\nBáo và Phát thanh, Truyền hình Huế và UBND xã A Lưới ký kết quy chế phối hợp. Báo và PTTH Huế "
        "đang thực hiện các kênh truyền thông. Báo và PTTH Huế đề xuất hợp tác.",
        "2025-09-01",
        "Huế",
    )
    assert "Báo và Phát thanh, Truyền hình Huế" in [a.name for a in facts.agencies]


def test_a_short_form_s_joints_read_against_the_long_form_s_parts():
    # "LĐTB&XH" has two parts, "Lao động - Thương binh và Xã hội" three: the table's name stands
    facts = extract("Ký kết\n\nCông an tỉnh đã phối hợp với Sở LĐTB&XH ký kết kế hoạch phối hợp.", "2019-05-01", "Huế")
    assert "Sở Lao động - Thương binh và Xã hội" in [a.name for a in facts.agencies]


def test_the_coast_guard_as_a_whole_and_the_front_committee_by_its_short_name():
    facts = extract(
        "Ký kết\n\nChiều 24.8, lãnh đạo Đảng ủy Cảnh sát biển Việt Nam và lãnh đạo Tỉnh ủy Bình Định đã tổ chức ký kết "
        "Chương trình.",
        "2022-08-24",
        "Bình Định",
    )
    assert party_sets(facts) == [("Tỉnh ủy Bình Định", "Đảng ủy Cảnh sát biển Việt Nam")]
    facts = extract(
        "Tin\n\nCông an thành phố và Ủy ban Mặt trận thành phố Hội An ký kết kế hoạch phối hợp.",
        "2021-05-01",
        "Quảng Nam",
    )
    assert party_sets(facts) == [("Công an thành phố Hội An", "Ủy ban Mặt trận thành phố Hội An")]
