"""The members of an emulation bloc and the bodies of places whose kind is printed apart from their list.

Classes of round s16's blind sets and of the blocs missed on the earlier ones (made-up sentences): a bloc's members
listed under a bloc named in lower case ("trong khối thi đua số 3, gồm") or at the head of a long clause; a bloc's
members in brackets after it; departments listed by their bare names after "09 Sở, ngành ... gồm:"; a plural head
before a list of places joined to the body before it ("A và các Đài PT-TH Quảng Nam, Quảng Trị"); the kind of body
of listed places printed before a clause that qualifies them ("Công an các huyện có tuyến quốc lộ 25 đi qua gồm:
..."); the provinces of a bloc whose kind is printed in the same clause apart from the list, or in another sentence
with the bloc or the list's count."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, positions_by_name

_ASSOCIATIONS = (
    "Hội Nạn nhân chất độc da cam/dioxin tỉnh",
    "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh",
    "Hội Người cao tuổi tỉnh",
    "Hội Chữ thập đỏ tỉnh",
)


def test_a_blocs_members_listed_under_the_bloc_in_lower_case_sign_its_pact():
    facts = extract(
        "Ký kết giao ước thi đua\n\nNgày 5/3, lãnh đạo 4 tổ chức Hội trong Cụm thi đua 3 ký Giao ước thi đua năm "
        "2023. Tham gia ký kết có lãnh đạo của 04/04 Hội trong khối thi đua số 3, gồm: "
        + ", ".join(_ASSOCIATIONS)
        + ".",
        "2023-03-06",
        "Hòa Bình",
    )
    assert party_sets(facts) == [tuple(sorted(_ASSOCIATIONS))]


def test_a_bloc_named_at_the_head_of_a_long_clause_before_its_members():
    facts = extract(
        "Khối thi đua các hội\n\nChiều 20/1, các đơn vị trong Khối thi đua các tổ chức hội do Đảng, Nhà nước giao "
        "nhiệm vụ ký kết giao ước thi đua năm 2026. Khối thi đua các tổ chức hội do Đảng, Nhà nước giao nhiệm vụ tỉnh "
        "Phú Thọ có 4 tổ chức hội cấp tỉnh, bao gồm các Hội: Chữ thập đỏ, Luật gia, Khuyến học và Người mù.",
        "2026-01-21",
        "Phú Thọ",
    )
    assert party_sets(facts) == [("Hội Chữ thập đỏ", "Hội Khuyến học", "Hội Luật gia", "Hội Người mù")]


def test_a_blocs_members_in_brackets_after_it():
    facts = extract(
        "Giao ước thi đua\n\nChiều 25/3/2021, Khối thi đua các cơ quan văn hóa - xã hội đã tổ chức Hội nghị ký kết "
        "giao ước thi đua năm 2021. Tham dự có đại diện các đơn vị trong Khối (Ban Dân tộc, Sở Y tế; Sở Giáo dục và "
        "Đào tạo; Sở Văn hóa, Thể thao và Du lịch và Đài Phát thanh - Truyền hình tỉnh).",
        "2021-03-26",
        "Quảng Trị",
    )
    assert party_sets(facts) == [
        (
            "Ban Dân tộc",
            "Sở Giáo dục và Đào tạo",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Y tế",
            "Đài Phát thanh - Truyền hình tỉnh",
        )
    ]


def test_departments_listed_by_their_bare_names_after_counted_departments():
    facts = extract(
        "Khối thi đua Văn hóa - Xã hội\n\nNgày 30/3/2021, Khối thi đua Văn hóa - Xã hội tổ chức Hội nghị ký kết giao "
        "ước thi đua năm 2021. Tham dự có lãnh đạo của 05 Sở, ngành thuộc Khối thi đua, gồm: Giáo dục và Đào tạo, "
        "Văn hóa, Thể thao và Du lịch, Y tế, Đài Phát thanh và Truyền hình tỉnh và Bảo hiểm xã hội tỉnh.",
        "2021-03-31",
        "Quảng Ngãi",
    )
    assert {
        ("Sở Giáo dục và Đào tạo", "state"),
        ("Sở Văn hóa, Thể thao và Du lịch", "state"),
        ("Sở Y tế", "state"),
    } <= named_sectors(facts)
    assert party_sets(facts) == [
        (
            "Bảo hiểm xã hội tỉnh",
            "Sở Giáo dục và Đào tạo",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Y tế",
            "Đài Phát thanh và Truyền hình tỉnh",
        )
    ]


def test_a_bare_name_that_is_no_department_ends_the_list():
    facts = extract(
        "Hội nghị\n\nNgày 3/4/2022, các sở, ngành gồm: Y tế, Tư pháp, Phạm Văn Đồng và Bảo hiểm xã hội tỉnh dự hội "
        "nghị.",
        "2022-04-04",
        "Quảng Ngãi",
    )
    names = {name for name, _ in named_sectors(facts)}
    assert {"Sở Y tế", "Sở Tư pháp"} <= names
    assert not any("Phạm Văn Đồng" in name for name in names)


def test_a_plural_head_spread_over_places_joins_the_body_before_it():
    facts = extract(
        "Tuyên truyền biển đảo\n\nNgày 29/3/2024, Bộ Tư lệnh Vùng Cảnh sát biển 2 và các Đài PT-TH Quảng Nam, Quảng "
        "Trị ký kết quy chế phối hợp tuyên truyền biển đảo.",
        "2024-03-30",
        "Quảng Nam",
    )
    assert party_sets(facts) == [
        (
            "Bộ Tư lệnh Vùng Cảnh sát biển 2",
            "Đài Phát thanh - Truyền hình Quảng Nam",
            "Đài Phát thanh - Truyền hình Quảng Trị",
        )
    ]


def test_the_kind_of_listed_places_printed_before_a_clause_that_qualifies_them():
    facts = extract(
        "An toàn giao thông\n\nNgày 4/6/2022, Phòng Cảnh sát giao thông Công an tỉnh Gia Lai ký kết quy chế phối hợp "
        "với Công an các huyện có tuyến quốc lộ 25 đi qua gồm: Chư Sê; Phú Thiện và Krông Pa.",
        "2022-06-05",
        "Gia Lai",
    )
    assert {
        ("Công an huyện Chư Sê", "police"),
        ("Công an huyện Phú Thiện", "police"),
        ("Công an huyện Krông Pa", "police"),
    } <= named_sectors(facts)


def test_a_counted_committee_of_qualified_districts_spread_over_their_names():
    facts = extract(
        "Quy chế phối hợp\n\nChiều 22/1/2024, Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn và Huyện ủy 3 huyện biên giới "
        "tỉnh Lạng Sơn gồm: Đình Lập, Lộc Bình và Cao Lộc đã ký kết quy chế phối hợp năm 2024.",
        "2024-01-23",
        "Lạng Sơn",
    )
    assert party_sets(facts) == [
        (
            "Huyện ủy Cao Lộc",
            "Huyện ủy Lộc Bình",
            "Huyện ủy Đình Lập",
            "Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn",
        )
    ]


def test_the_police_of_a_blocs_provinces_listed_in_brackets_apart_from_the_kind():
    facts = extract(
        "Cụm thi đua số 7\n\nNgày 26/2/2013 diễn ra Hội nghị ký kết giao ước thi đua năm 2013 giữa Công an các tỉnh "
        "nằm trong cụm thi đua số 7 (Đắk Nông, Đắk Lắk, Lâm Đồng, Gia Lai).",
        "2013-02-27",
        "",
    )
    assert party_sets(facts) == [
        ("Công an tỉnh Gia Lai", "Công an tỉnh Lâm Đồng", "Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Nông")
    ]


def test_the_kind_of_a_blocs_provinces_printed_in_another_sentence_with_the_count():
    facts = extract(
        "Cụm thi đua số II\n\n4 tỉnh cụm thi đua số II gồm: tỉnh Lai Châu, Điện Biên, Sơn La và Hà Giang đã tổ chức "
        "Hội nghị ký kết giao ước thi đua năm 2016.\n\nNăm 2016, Công an 4 tỉnh Cụm thi đua số II thông qua kế hoạch "
        "thực hiện phong trào thi đua.",
        "2016-03-02",
        "",
    )
    assert party_sets(facts) == [
        ("Công an tỉnh Hà Giang", "Công an tỉnh Lai Châu", "Công an tỉnh Sơn La", "Công an tỉnh Điện Biên")
    ]


def test_a_youth_union_of_a_bloc_named_again_before_its_provinces_each_at_its_level():
    facts = extract(
        "Giao ước thi đua\n\nNgày 25-2-2012, Cụm Đoàn thanh niên các tỉnh, thành đồng bằng sông Hồng đã tổ chức ký "
        "giao ước thi đua năm 2012. Đoàn thanh niên cụm này bao gồm 3 tỉnh, thành: Hà Nội, Hải Phòng, Nam Định.",
        "2012-02-26",
        "",
    )
    assert party_sets(facts) == [
        ("Đoàn thanh niên thành phố Hà Nội", "Đoàn thanh niên thành phố Hải Phòng", "Đoàn thanh niên tỉnh Nam Định")
    ]


def test_provinces_of_a_bloc_with_no_kind_of_body_name_no_body():
    facts = extract(
        "Cụm thi đua Tây Nam Bộ\n\nLãnh đạo 4 tỉnh trong Cụm thi đua các tỉnh miền Tây Nam Bộ ký kết giao ước thi đua "
        "năm 2024, gồm: Sóc Trăng, Cà Mau, Tiền Giang và Kiên Giang. Kinh tế của các tỉnh trong Cụm tăng trưởng khá.",
        "2024-03-01",
        "",
    )
    assert not any(
        place in a.name for a in facts.agencies for place in ("Sóc Trăng", "Cà Mau", "Tiền Giang", "Kiên Giang")
    )


def test_a_blocs_provinces_bodies_are_named_as_the_article_prints_one_of_them():
    facts = extract(
        "Giao ước thi đua\n\nChiều 17/3/2022, Cụm Thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2022. Sở "
        "Tài nguyên và Môi trường Hà Nam chủ trì Hội nghị. Cụm Thi đua số 1 gồm 3 tỉnh, thành phố: Hà Nội, Hà Nam và "
        "Nam Định. Lãnh đạo Sở Tài nguyên và Môi trường 3 tỉnh, thành phố cùng dự.",
        "2022-03-18",
        "",
    )
    assert party_sets(facts) == [
        (
            "Sở Tài nguyên và Môi trường Hà Nam",
            "Sở Tài nguyên và Môi trường Hà Nội",
            "Sở Tài nguyên và Môi trường Nam Định",
        )
    ]


def test_the_short_form_of_a_department_of_culture_and_sport():
    facts = extract(
        "CATP và Sở VH-TT ký kết quy chế phối hợp\n\nĐÀ NẴNG- Chiều 11-4, CATP và Sở VH-TT tổ chức lễ ký kết Quy chế "
        "phối hợp về bảo vệ an ninh trong lĩnh vực văn hóa, thể thao.",
        "2018-04-12",
        "Đà Nẵng",
    )
    assert ("Sở Văn hóa - Thể thao", "state") in named_sectors(facts)
    assert party_sets(facts) == [("Công an thành phố", "Sở Văn hóa - Thể thao")]


def test_a_members_role_in_the_bloc_after_a_dash_keeps_the_list_going():
    facts = extract(
        "Giao ước thi đua\n\nNgày 24-2-2023, Khối thi đua các cơ quan tham mưu, tổng hợp gồm 4 đơn vị: Cục Thống kê "
        "tỉnh - đơn vị trưởng khối; Văn phòng UBND tỉnh; Ban Quản lý Khu Kinh tế Vân Phong; Ban Dân tộc tỉnh ký kết "
        "giao ước thi đua năm 2023.",
        "2023-02-24",
        "Khánh Hòa",
    )
    assert ("Ban Quản lý Khu Kinh tế Vân Phong", "state") in named_sectors(facts)
    assert party_sets(facts) == [
        (
            "Ban Dân tộc tỉnh",
            "Ban Quản lý Khu Kinh tế Vân Phong",
            "Cục Thống kê tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh",
        )
    ]


def test_a_clause_after_a_semicolon_with_no_subject_goes_on_with_the_one_before():
    facts = extract(
        "Mặt trận ký kết chương trình phối hợp\n\nTại hội nghị, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ký kết "
        "Chương trình phối hợp tuyên truyền giai đoạn 2021 - 2025 với Đài Phát thanh - Truyền hình tỉnh; tiến hành ký "
        "kết Chương trình phối hợp công tác với Sở Thông tin và Truyền thông, giai đoạn 2021 - 2025.",
        "2021-06-01",
        "Ninh Thuận",
    )
    assert party_sets(facts) == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Thông tin và Truyền thông"),
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đài Phát thanh - Truyền hình tỉnh"),
    ]


def test_the_member_units_named_as_such_before_their_list_are_the_blocs():
    facts = extract(
        "Khối thi đua Nội chính\n\nVừa qua, Khối thi đua Nội chính tỉnh đã tiến hành ký kết giao ước thi đua năm "
        "2018. Đến dự có đại diện lãnh đạo của đơn vị thành viên gồm: Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và Tòa án "
        "nhân dân tỉnh.",
        "2018-03-01",
        "Quảng Nam",
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Tòa án nhân dân tỉnh")]


def test_a_unit_of_the_defence_or_the_public_security_ministry_is_in_its_sector():
    facts = extract(
        "Khối thi đua thanh tra\n\nNgày 15/3/2017, Thanh tra Bộ Quốc phòng, Thanh tra Bộ Công an và Thanh tra Bộ Tư "
        "pháp ký kết giao ước thi đua năm 2017.",
        "2017-03-16",
        "",
    )
    assert {
        ("Thanh tra Bộ Quốc phòng", "military"),
        ("Thanh tra Bộ Công an", "police"),
        ("Thanh tra Bộ Tư pháp", "state"),
    } <= named_sectors(facts)


def test_the_emulation_boards_name_across_its_dash_or_comma_in_a_title_after_a_name():
    facts = extract(
        "Giao ước thi đua\n\nTham dự hội nghị có ông Phan Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng Trung ương, "
        "cùng lãnh đạo các tỉnh. Đến dự có đồng chí Võ Nguyên Huân – Phó trưởng Ban Thi đua, Khen thưởng tỉnh và các "
        "đồng chí lãnh đạo.",
        "2024-03-01",
        "Quảng Nam",
    )
    positions = positions_by_name(facts)
    assert positions["Phan Văn Hùng"] == ["Phó Trưởng ban Thi đua - Khen thưởng Trung ương"]
    assert positions["Võ Nguyên Huân"] == ["Phó trưởng Ban Thi đua, Khen thưởng tỉnh"]


def test_the_organisations_of_a_union_in_a_title_before_a_name_are_no_verb():
    facts = extract(
        "Hợp tác\n\nPhát biểu tại buổi lễ, Chủ tịch Liên hiệp các tổ chức hữu nghị thành phố Nguyễn Ngọc Kỳ cho biết "
        "hai bên sẽ phối hợp chặt chẽ.",
        "2024-07-19",
        "Hà Nội",
    )
    assert positions_by_name(facts) == {"Nguyễn Ngọc Kỳ": ["Chủ tịch Liên hiệp các tổ chức hữu nghị thành phố"]}


def test_a_signing_held_as_the_days_programme_with_a_hyphenated_short_form_in_brackets():
    facts = extract(
        "Tuyên truyền biển đảo\n\nNgày 29/3/2024, Bộ Tư lệnh Vùng Cảnh sát biển 2 phối hợp với các Đài Phát thanh - "
        "truyền hình (PT-TH) Quảng Nam, Quảng Trị và Bình Định tổ chức chương trình ký kết quy chế phối hợp tuyên "
        "truyền biển đảo.",
        "2024-03-30",
        "Quảng Nam",
    )
    assert party_sets(facts) == [
        (
            "Bộ Tư lệnh Vùng Cảnh sát biển 2",
            "Đài Phát thanh - truyền hình Bình Định",
            "Đài Phát thanh - truyền hình Quảng Nam",
            "Đài Phát thanh - truyền hình Quảng Trị",
        )
    ]


def test_a_programme_named_by_its_past_signing_is_still_no_event():
    facts = extract(
        "Sơ kết\n\nNgày 5/4/2024, Công an tỉnh và Sở Y tế sơ kết chương trình ký kết năm 2020.",
        "2024-04-06",
        "Quảng Nam",
    )
    assert party_sets(facts) == []


def test_the_standing_boards_of_listed_provinces_party_committees_each_at_its_committee():
    facts = extract(
        "Đồng hành với ngư dân\n\nNgày 24/8/2022, Ban Thường vụ Đảng ủy Cảnh sát biển Việt Nam ký kết chương trình "
        "phối hợp với Ban Thường vụ 3 tỉnh, thành ủy gồm: Quảng Ninh, Hải Phòng và Quảng Bình.",
        "2022-08-24",
        "",
    )
    assert {
        ("Ban Thường vụ Tỉnh ủy Quảng Ninh", "party"),
        ("Ban Thường vụ Thành ủy Hải Phòng", "party"),
        ("Ban Thường vụ Tỉnh ủy Quảng Bình", "party"),
    } <= named_sectors(facts)
    board = "Ban Thường vụ Đảng ủy Cảnh sát biển Việt Nam"
    assert party_sets(facts) == [
        ("Ban Thường vụ Thành ủy Hải Phòng", board),
        ("Ban Thường vụ Tỉnh ủy Quảng Bình", board),
        ("Ban Thường vụ Tỉnh ủy Quảng Ninh", board),
    ]


def test_provinces_listed_as_signers_are_the_bodies_the_article_lists_with_the_same_provinces():
    facts = extract(
        "Phối hợp chữa cháy giữa các tỉnh\n\nCác tỉnh trong khu vực gồm: Nam Định, Thái Bình, Ninh Bình, Hà Nam vừa tổ "
        "chức ký kết quy chế phối hợp trong công tác chữa cháy.\n\nTheo quy chế, Công an các tỉnh: Nam Định, Thái "
        "Bình, Ninh Bình, Hà Nam sẽ cung cấp thông tin cho nhau.",
        "2021-05-10",
        "Nam Định",
    )
    assert party_sets(facts) == [
        ("Công an tỉnh Hà Nam", "Công an tỉnh Nam Định", "Công an tỉnh Ninh Bình", "Công an tỉnh Thái Bình")
    ]


def test_a_blocs_leader_and_deputy_are_positions_of_the_persons_who_hold_them():
    facts = extract(
        "Giao ước thi đua\n\nTham dự có đồng chí Nguyễn Văn Tùng – Viện trưởng VKSND tỉnh Trà Vinh – Cụm trưởng Cụm "
        "thi đua số 13. Tại buổi lễ, đồng chí Lâm Thanh Vân – Cụm phó thông qua bản đăng ký thi đua. Năm 2018, Khối "
        "Xây dựng lực lượng do Phòng PV28 làm Khối trưởng.",
        "2024-03-01",
        "Trà Vinh",
    )
    assert positions_by_name(facts) == {
        "Nguyễn Văn Tùng": ["Viện trưởng Viện Kiểm sát nhân dân tỉnh Trà Vinh", "Cụm trưởng Cụm thi đua số 13"],
        "Lâm Thanh Vân": ["Cụm phó"],
    }


def test_the_places_counted_and_listed_in_brackets_are_signing_parties():
    facts = extract(
        "Quy chế phối hợp\n\nNgày 5/3/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Huyện ủy 3 huyện biên giới (Tân Châu, "
        "Tân Biên và Bến Cầu) ký kết quy chế phối hợp.",
        "2024-03-06",
        "Tây Ninh",
    )
    assert party_sets(facts) == [
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Huyện ủy Bến Cầu", "Huyện ủy Tân Biên", "Huyện ủy Tân Châu")
    ]
