"""Standing boards after a delegation, the Centre's short form with a dot, a review between subject and verb, the
naming the signing sentence uses, two documents of one act, and the navy's and air force's units.

Classes of round s14's blind sets (made-up sentences): "Đoàn đại biểu Quốc hội tỉnh, Thường trực HĐND tỉnh" lists
two bodies (the delegation's name is no deputy's title); "T.Ư Hội Cựu chiến binh" is the Centre's body; "tổ chức hội
nghị sơ kết tình hình ... tại địa bàn giáp ranh và ký kết" keeps its subject; "ủy ban MTTQ" in lower case before its
short form is a body; the parties are named as the sentence that signs names them; a plan with a quoted name keeps its
own year beside the programme signed with it; the women's union of a brigade; the navy's commands, its political
department and its institutes; a region numbered in Roman figures; the air force by its short form "PK-KQ"; a plural
subject a few words before its verb; the Government's national committees; "VKSND thành phố A và các huyện B, C"; the
army's broadcaster; the Buddhist Sangha and the Khmer monks' association as Front members; the ethnic affairs board
named bare."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets


def test_a_standing_board_listed_after_the_delegation_is_a_party():
    facts = extract(
        "Ký kết quy chế\n\nSáng 17/02, Đoàn đại biểu Quốc hội tỉnh, Thường trực HĐND tỉnh, UBND tỉnh, Ủy ban MTTQ "
        "Việt Nam tỉnh ký kết Quy chế phối hợp công tác giai đoạn 2021-2026.",
        "2022-02-17",
        "Lào Cai",
    )
    assert party_sets(facts) == [
        (
            "Thường trực Hội đồng nhân dân tỉnh",
            "Đoàn đại biểu Quốc hội tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Ủy ban nhân dân tỉnh",
        )
    ]


def test_a_deputy_title_still_marks_the_body_after_it():
    facts = extract(
        "Tiếp xúc cử tri\n\nÔng Nguyễn Văn An, đại biểu Quốc hội tỉnh, Thường trực HĐND tỉnh dự buổi ký kết chương "
        "trình phối hợp giữa Sở Tư pháp và Hội Luật gia tỉnh.",
        "2022-02-17",
        "Lào Cai",
    )
    assert party_sets(facts) == [("Hội Luật gia tỉnh", "Sở Tư pháp")]


def test_the_centre_printed_with_a_dot_names_the_central_body():
    facts = extract(
        "Phối hợp\n\nNgày 5-11, Bộ trưởng Y tế và Chủ tịch Hội Cựu chiến binh Việt Nam ký Nghị quyết liên tịch ban "
        "hành Quy chế phối hợp công tác giữa Bộ Y tế và T.Ư Hội Cựu chiến binh Việt Nam.",
        "2010-11-06",
        "",
    )
    assert party_sets(facts) == [("Bộ Y tế", "Trung ương Hội Cựu chiến binh Việt Nam")]


def test_the_centres_short_form_is_the_body_named_in_full_before():
    facts = extract(
        "Kiểm tra\n\nĐoàn kiểm tra Trung ương Hội Nông dân Việt Nam làm việc tại tỉnh. Đoàn kiểm tra việc thực hiện "
        "chương trình phối hợp giữa T.Ư Hội ND và Bộ Tư lệnh BĐBP giai đoạn 2019 - 2025.",
        "2024-05-16",
        "Cao Bằng",
    )
    names = {a.name for a in facts.agencies}
    assert "Trung ương Hội Nông dân Việt Nam" in names
    assert "Trung ương Hội Nông dân" not in names


def test_a_review_between_the_subject_and_the_verb_keeps_the_subject():
    facts = extract(
        "An ninh giáp ranh\n\nUBND quận Ngũ Hành Sơn vừa phối hợp UBND thị xã Điện Bàn tổ chức hội nghị sơ kết tình "
        "hình an ninh trật tự tại địa bàn giáp ranh năm 2021 và ký kết quy chế phối hợp năm 2022.",
        "2022-01-20",
        "Quảng Nam",
    )
    assert party_sets(facts) == [("Ủy ban nhân dân quận Ngũ Hành Sơn", "Ủy ban nhân dân thị xã Điện Bàn")]
    assert facts.signings[0].period == (2022, 2022)


def test_a_body_that_witnesses_in_the_gap_is_still_no_subject():
    facts = extract(
        "Ký kết\n\nUBND tỉnh chứng kiến lễ ký kết quy chế phối hợp giữa Sở Tư pháp và Hội Luật gia tỉnh.",
        "2022-01-20",
        "Quảng Nam",
    )
    assert party_sets(facts) == [("Hội Luật gia tỉnh", "Sở Tư pháp")]


def test_a_front_committee_in_lower_case_before_its_short_form():
    facts = extract(
        "Quy chế\n\nSáng 1/3, Ủy ban nhân dân (UBND) và ủy ban MTTQ Việt Nam tỉnh Thanh Hóa đã ký kết quy chế phối "
        "hợp hoạt động nhiệm kỳ 2012 - 2016.",
        "2012-03-02",
        "Thanh Hóa",
    )
    assert party_sets(facts) == [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa")]


def test_the_parties_are_named_as_the_sentence_that_signs_names_them():
    facts = extract(
        "Phối hợp\n\nMới đây, Tỉnh đoàn và Hội Cựu Thanh niên xung phong tỉnh đã tổ chức ký kết chương trình phối hợp "
        "giai đoạn 2022 - 2025.\n\nBan Thường vụ Tỉnh đoàn và Hội Cựu Thanh niên xung phong tỉnh đã thống nhất ban "
        "hành Chương trình phối hợp giai đoạn 2022 - 2025 với 4 nội dung.",
        "2022-08-01",
        "Bình Thuận",
    )
    assert party_sets(facts) == [("Hội Cựu Thanh niên xung phong tỉnh", "Tỉnh đoàn")]


def test_a_caption_naming_the_bodies_still_folds_into_the_standing_boards_that_sign():
    facts = extract(
        "Ủy ban MTTQ hai tỉnh ký kết\n\nNgày 3/4, Ban Thường trực Ủy ban MTTQ tỉnh Quảng Trị và Ban Thường trực Ủy ban "
        "MTTQ tỉnh Savannakhet ký kết chương trình phối hợp giai đoạn 2022-2025.\n\nỦy ban MTTQ tỉnh Quảng Trị và "
        "Ủy ban MTTQ tỉnh Hà Tĩnh ký kết chương trình phối hợp giai đoạn 2022-2025.",
        "2022-04-04",
        "Quảng Trị",
    )
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh Quảng Trị",) in [
        tuple(p for p in ps if "Quảng Trị" in p) for ps in party_sets(facts)
    ]


def test_a_plan_with_a_quoted_name_keeps_its_own_year_beside_the_programme():
    facts = extract(
        "Ký kết Chương trình phối hợp giai đoạn 2022-2025 giữa BĐBP và Ban Dân tộc tỉnh\n\nChiều 30-3, Bộ Chỉ huy "
        "BĐBP tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức Hội nghị ký kết Chương trình phối hợp giai đoạn 2022-2025 "
        "và Kế hoạch phối hợp “Vận động đồng bào các dân tộc tham gia bảo vệ biên giới” năm 2022.",
        "2022-03-31",
        "Lai Châu",
    )
    assert sorted(s.period for s in facts.signings) == [(2022, 2022), (2022, 2025)]
    assert {tuple(sorted(s.parties)) for s in facts.signings} == {
        ("Ban Dân tộc tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
    }


def test_a_campaigns_quoted_name_still_keeps_its_year():
    facts = extract(
        "Phối hợp\n\nNgày 2/3, Công an tỉnh và Tỉnh đoàn ký kết chương trình phối hợp thực hiện phong trào “Tuổi trẻ "
        "chung tay vì an ninh Tổ quốc” năm 2019.",
        "2022-03-03",
        "Lai Châu",
    )
    assert [s.period for s in facts.signings] == [None]


def test_the_womens_union_of_a_brigade_is_one_body():
    facts = extract(
        "Kết nghĩa\n\nSáng 12-3, đã diễn ra Lễ kết nghĩa giữa Hội Phụ nữ Lữ đoàn 26 (Quân chủng PK-KQ) với Hội Liên "
        "hiệp Phụ nữ phường Khương Mai (quận Thanh Xuân, Thành phố Hà Nội). Dự lễ có đại diện Ban Phụ nữ Quân chủng "
        "PK-KQ.",
        "2018-03-12",
        "Hà Nội",
    )
    assert party_sets(facts) == [("Hội Liên hiệp Phụ nữ phường Khương Mai", "Hội Phụ nữ Lữ đoàn 26")]
    assert ("Ban Phụ nữ Quân chủng Phòng không - Không quân", "military") in named_sectors(facts)
    assert ("Quân chủng Phòng không - Không quân", "military") in named_sectors(facts)


def test_the_youth_union_of_a_navy_region_is_one_body():
    facts = extract(
        "Phối hợp\n\nĐoàn Thanh niên Vùng 4 Hải quân và Tỉnh đoàn ký kết chương trình phối hợp năm 2023.",
        "2023-03-12",
        "Khánh Hòa",
    )
    assert party_sets(facts) == [("Tỉnh đoàn", "Đoàn Thanh niên Vùng 4 Hải quân")]


def test_the_navys_commands_department_and_institute():
    facts = extract(
        "Tuyên truyền biển đảo\n\nThực hiện chỉ đạo của Bộ Tư lệnh Quân chủng Hải quân, Viện Kỹ thuật Hải quân tổ chức "
        "hội nghị ký kết phối hợp tuyên truyền biển đảo với Ban Tuyên giáo Tỉnh ủy. Bộ Tư lệnh Vùng V Hải quân và "
        "Tỉnh đoàn ký kết kế hoạch phối hợp. Dự có đại diện Cục Chính trị Hải quân.",
        "2025-11-20",
        "Phú Thọ",
    )
    agencies = named_sectors(facts)
    for name in ("Bộ Tư lệnh Quân chủng Hải quân", "Viện Kỹ thuật Hải quân", "Bộ Tư lệnh Vùng V Hải quân"):
        assert (name, "military") in agencies
    assert ("Cục Chính trị Hải quân", "military") in agencies
    assert ("Ban Tuyên giáo Tỉnh ủy", "Viện Kỹ thuật Hải quân") in party_sets(facts)
    assert ("Bộ Tư lệnh Vùng V Hải quân", "Tỉnh đoàn") in party_sets(facts)


def test_a_plural_subject_further_before_its_verb_stands_for_the_bodies_named_before():
    facts = extract(
        "Bảo vệ rừng giáp ranh\n\nNgày 28/10/2016, Hạt Kiểm lâm huyện Hoài Nhơn và Hạt Kiểm lâm huyện Ba Tơ sơ kết "
        "công tác bảo vệ rừng vùng giáp ranh. Thực hiện Nghị định số 133/2015/NĐ-CP ngày 28/12/2015 của Chính phủ, "
        "ngày 21/9/2016, các hạt kiểm lâm vùng giáp ranh đã tiến hành ký kết quy chế phối hợp bảo vệ rừng.",
        "2016-10-30",
        "Quảng Ngãi",
    )
    assert party_sets(facts) == [("Hạt Kiểm lâm huyện Ba Tơ", "Hạt Kiểm lâm huyện Hoài Nhơn")]


def test_the_governments_national_committee_and_its_office():
    facts = extract(
        "Phòng cháy rừng\n\nNgày 24/5/2016, tại Cục Kiểm lâm đã diễn ra ký kết Quy chế phối hợp giữa Văn phòng Ủy ban "
        "quốc gia Tìm kiếm Cứu nạn và Cục Kiểm lâm.",
        "2016-05-25",
        "",
    )
    assert party_sets(facts) == [("Cục Kiểm lâm", "Văn phòng Ủy ban quốc gia Tìm kiếm Cứu nạn")]


def test_a_placed_bodys_head_is_shared_by_another_levels_places_after_it():
    facts = extract(
        "Giao ước thi đua\n\nNgày 09/02/2023, Viện kiểm sát nhân dân thành phố Long Xuyên và các huyện Phú Tân, Châu "
        "Thành, Chợ Mới tổ chức Lễ ký kết giao ước thi đua năm 2023.",
        "2023-02-10",
        "An Giang",
    )
    assert party_sets(facts) == [
        (
            "Viện kiểm sát nhân dân huyện Châu Thành",
            "Viện kiểm sát nhân dân huyện Chợ Mới",
            "Viện kiểm sát nhân dân huyện Phú Tân",
            "Viện kiểm sát nhân dân thành phố Long Xuyên",
        )
    ]


def test_a_levels_list_after_a_placed_body_names_no_places():
    facts = extract(
        "Hội nghị\n\nCông an thành phố Long Xuyên và các huyện, thị xã ký kết giao ước thi đua năm 2023.",
        "2023-02-10",
        "An Giang",
    )
    assert party_sets(facts) == [("Công an thành phố Long Xuyên",)]


def test_the_armys_broadcaster_and_the_assemblys_television():
    facts = extract(
        "Ra mắt\n\nTại lễ ra mắt, Trung tâm PT-TH Quân đội đã ký kết quy chế phối hợp với Cục Chính trị Quân khu 9. "
        "UBND tỉnh Lào Cai và Truyền hình Quốc hội Việt Nam ký kết chương trình phối hợp.",
        "2022-05-25",
        "Cần Thơ",
    )
    assert party_sets(facts) == [
        ("Cục Chính trị Quân khu 9", "Trung tâm Phát thanh - Truyền hình Quân đội"),
        ("Truyền hình Quốc hội Việt Nam", "Ủy ban nhân dân tỉnh Lào Cai"),
    ]
    assert ("Trung tâm Phát thanh - Truyền hình Quân đội", "military") in named_sectors(facts)


def test_religious_organisations_of_the_front():
    facts = extract(
        "Tôn giáo\n\nSáng 2-8, tại trụ sở Ban Trị sự GHPGVN tỉnh, đã diễn ra lễ ký kết quy chế phối hợp giữa Ban Dân "
        "tộc "
        "- Tôn giáo tỉnh với Ban Trị sự GHPGVN tỉnh và Hội Đoàn kết Sư sãi Yêu nước (ĐKSSYN) tỉnh. Trung ương Giáo hội "
        "Phật giáo Việt Nam và Trung ương Hội Liên hiệp Thanh niên Việt Nam cũng ký kết chương trình phối hợp.",
        "2021-08-03",
        "Bạc Liêu",
    )
    assert party_sets(facts) == [
        ("Ban Dân tộc - Tôn giáo tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
        ("Ban Dân tộc - Tôn giáo tỉnh", "Hội Đoàn kết Sư sãi Yêu nước tỉnh"),
        ("Trung ương Giáo hội Phật giáo Việt Nam", "Trung ương Hội Liên hiệp Thanh niên Việt Nam"),
    ]
    assert ("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "front") in named_sectors(facts)


def test_the_ethnic_affairs_board_named_bare_and_of_every_locality():
    facts = extract(
        "Dân tộc\n\nBan Dân tộc và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2022-2025. Ban Dân tộc các "
        "địa phương phối hợp với Bộ đội Biên phòng vận động đồng bào.",
        "2022-05-21",
        "Quảng Trị",
    )
    assert party_sets(facts) == [("Ban Dân tộc", "Hội Nông dân tỉnh")]
    assert [a.name for a in facts.agencies if a.name.startswith("Ban Dân tộc")] == ["Ban Dân tộc"]


def test_a_second_list_that_runs_to_the_verb_is_read_without_failing():
    facts = extract(
        "Tôn giáo\n\nBan Dân tộc - Tôn giáo tỉnh và Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Hội Đoàn kết Sư sãi "
        "Yêu nước tỉnh ký kết quy chế phối hợp.",
        "2021-08-03",
        "Bạc Liêu",
    )
    assert len(facts.agencies) == 3


def test_a_headline_names_its_parties_before_a_colon():
    facts = extract(
        "Công đoàn Viên chức tỉnh và Sở VH,TT&DL: Ký chương trình phối hợp\n\nTheo đó, hai bên tập trung tuyên "
        "truyền về xây dựng gia đình.",
        "2019-04-03",
        "Hà Giang",
    )
    assert party_sets(facts) == [("Công đoàn Viên chức tỉnh", "Sở Văn hóa, Thể thao và Du lịch")]


def test_a_place_before_a_headlines_colon_is_no_party():
    facts = extract(
        "Bạc Liêu: Ký kết quy chế phối hợp\n\nSáng 2-8, Sở Tư pháp và Hội Luật gia tỉnh ký kết quy chế phối hợp.",
        "2021-08-03",
        "Bạc Liêu",
    )
    assert party_sets(facts) == [("Hội Luật gia tỉnh", "Sở Tư pháp")]


def test_the_sanghas_board_by_its_initials_and_a_venue_named_so():
    facts = extract(
        "Tôn giáo\n\nSáng 2-8, tại trụ sở BTS GHPGVN tỉnh, đã diễn ra lễ ký kết quy chế phối hợp giữa Ban Dân tộc - "
        "Tôn giáo tỉnh với BTS GHPGVN tỉnh.",
        "2021-08-03",
        "Bạc Liêu",
    )
    assert party_sets(facts) == [("Ban Dân tộc - Tôn giáo tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")]
    assert ("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "front") in named_sectors(facts)


def test_a_headline_that_signs_does_not_rename_the_bodys_standing_board():
    facts = extract(
        "Tỉnh đoàn và Hội Cựu TNXP tỉnh ký kết chương trình phối hợp\n\nBan Thường vụ Tỉnh đoàn và Hội Cựu Thanh niên "
        "xung phong tỉnh đã thống nhất ban hành Chương trình phối hợp giai đoạn 2022 - 2025.",
        "2022-08-01",
        "Bình Thuận",
    )
    assert party_sets(facts) == [("Ban Thường vụ Tỉnh đoàn", "Hội Cựu Thanh niên xung phong tỉnh")]


def test_a_blocs_members_listed_with_semicolons_sign_its_pact():
    facts = extract(
        "Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2023\n\nSáng ngày 27/4, Khối Thi đua Văn hóa - Xã "
        "hội tổ chức Hội nghị ký kết giao ước thi đua năm 2023. Tham dự Hội nghị có đại diện lãnh đạo của 03 sở, ngành "
        "là thành viên thuộc khối gồm: Sở Thông tin và Truyền thông; Sở Y tế; Sở Văn hóa, Thể thao và Du lịch. Khối "
        "Thi đua Văn hóa - Xã hội đã thực hiện ký kết giao ước thi đua năm 2023.",
        "2023-04-28",
        "Quảng Ngãi",
    )
    assert party_sets(facts) == [("Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế")]


def test_the_sides_as_the_passives_agent_leave_the_parties_named_before():
    facts = extract(
        "Phối hợp\n\nĐó là nội dung trong Chương trình phối hợp giai đoạn 2024 – 2029 giữa Bộ TN-MT và T.Ư Hội Cựu "
        "chiến binh Việt Nam được đại diện lãnh đạo 2 đơn vị ký kết chiều 25.1.",
        "2024-01-26",
        "",
    )
    assert party_sets(facts) == [("Bộ Tài nguyên và Môi trường", "Trung ương Hội Cựu chiến binh Việt Nam")]
    assert facts.signings[0].period == (2024, 2029)


def test_the_sides_that_sign_after_a_body_named_before_them_are_the_pair_named_earlier():
    facts = extract(
        "Phối hợp\n\nHội nghị sơ kết quy chế phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh và Viện Kiểm sát nhân dân tỉnh. "
        "Ngày 5/3, tại kỳ họp của Quốc hội, hai cơ quan đã ký kết quy chế phối hợp mới.",
        "2024-03-06",
        "Kon Tum",
    )
    assert party_sets(facts) == [("Viện Kiểm sát nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")]


def test_the_agent_orange_victims_association_and_the_navy_named_with_the_country():
    facts = extract(
        "Phối hợp\n\nHội Cựu chiến binh tỉnh và Hội Nạn nhân chất độc da cam/đioxin tỉnh ký kết chương trình phối hợp. "
        "Tỉnh ủy và Đảng ủy Quân chủng Hải quân Việt Nam ký kết chương trình phối hợp.",
        "2021-10-22",
        "Hà Giang",
    )
    assert party_sets(facts) == [
        ("Hội Cựu chiến binh tỉnh", "Hội Nạn nhân chất độc da cam/đioxin tỉnh"),
        ("Tỉnh ủy", "Đảng ủy Quân chủng Hải quân Việt Nam"),
    ]


def test_a_departments_branch_whose_name_holds_a_comma_and_an_and():
    facts = extract(
        "An toàn thực phẩm\n\nChi cục Quản lý chất lượng nông, lâm sản và thủy sản tỉnh ký kết chương trình phối hợp "
        "với Hội Nông dân tỉnh.",
        "2019-04-03",
        "Tuyên Quang",
    )
    assert party_sets(facts) == [("Chi cục Quản lý chất lượng nông, lâm sản và thủy sản tỉnh", "Hội Nông dân tỉnh")]


def test_a_head_over_provinces_listed_without_a_level_keeps_their_names_as_printed():
    facts = extract(
        "Hàng hải\n\nBộ Tư lệnh Vùng Cảnh sát biển 1 ký kết quy chế phối hợp với các Cảng vụ Hàng hải: Quảng Ninh, "
        "Thái Bình và Nam Định.",
        "2016-05-03",
        "Hải Phòng",
    )
    assert ("Bộ Tư lệnh Vùng Cảnh sát biển 1", "Cảng vụ Hàng hải Quảng Ninh") in party_sets(facts)


def test_the_voice_of_vietnam_in_a_title_before_its_heads_name():
    facts = extract(
        "Phối hợp\n\nChiều 28/5, tại Hà Nội, Chủ tịch Trung ương Hội Nông dân Việt Nam Nguyễn Quốc Cường và Tổng Giám "
        "đốc Đài Tiếng nói Việt Nam Nguyễn Đăng Tiến đã ký chương trình phối hợp giai đoạn 2012-2020.",
        "2012-05-29",
        "",
    )
    assert party_sets(facts) == [("Trung ương Hội Nông dân Việt Nam", "Đài Tiếng nói Việt Nam")]
    assert ("Nguyễn Đăng Tiến", ["Tổng Giám đốc Đài Tiếng nói Việt Nam"]) in [
        (p.name, p.positions) for p in facts.persons
    ]


def test_signers_titled_before_their_names_who_represent_the_two_sides():
    facts = extract(
        "Phối hợp\n\nChiều 27.3, Bộ trưởng Bộ LĐ-TB-XH Đào Ngọc Dung và Bí thư thứ nhất T.Ư Đoàn TNCS Hồ Chí Minh Lê "
        "Quốc Phong đã đại diện hai đơn vị, ký kết chương trình phối hợp công tác giai đoạn 2017 - 2022.",
        "2017-03-28",
        "",
    )
    assert party_sets(facts) == [
        ("Bộ Lao động - Thương binh và Xã hội", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    ]


def test_signers_titled_after_their_names_who_represent_the_two_sides():
    facts = extract(
        "Bộ Công an và Thông tấn xã Việt Nam ký kết Nghị quyết liên tịch\n\nChiều 21-10, tại Hà Nội, Trung tướng Trần "
        "Đại Quang, Bộ trưởng Bộ Công an và đồng chí Nguyễn Đức "
        "Lợi, Tổng Giám đốc Thông tấn xã Việt Nam thay mặt lãnh đạo hai cơ quan ký kết Nghị quyết liên tịch.",
        "2013-10-22",
        "",
    )
    assert party_sets(facts) == [("Bộ Công an", "Thông tấn xã Việt Nam")]


def _positions(facts):
    return {p.name: p.positions for p in facts.persons}


def test_a_title_chain_closed_by_a_dash_and_a_name_is_that_names():
    facts = extract(
        "Hội nghị\n\nTham dự có Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ KH&CN Chu Ngọc Anh, Ủy viên dự khuyết BCH "
        "Trung ương Đảng, Bí thư thứ nhất BCH Trung ương Đoàn - Lê Quốc Phong.",
        "2016-11-26",
        "",
    )
    assert _positions(facts) == {
        "Chu Ngọc Anh": ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bộ trưởng Bộ Khoa học và Công nghệ"],
        "Lê Quốc Phong": [
            "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
            "Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn",
        ],
    }


def test_a_chain_after_a_name_without_titles_before_it_stays_that_names():
    facts = extract(
        "Hội nghị\n\nÔng Nguyễn Văn An, Bí thư Tỉnh ủy - Trưởng Đoàn ĐBQH tỉnh phát biểu.",
        "2016-11-26",
        "Bạc Liêu",
    )
    assert _positions(facts) == {"Nguyễn Văn An": ["Bí thư Tỉnh ủy", "Trưởng Đoàn Đại biểu Quốc hội tỉnh"]}


def test_a_boards_name_across_a_dash_after_a_lower_case_ban_and_rarer_family_names():
    facts = extract(
        "Tôn giáo\n\nTham dự có các ông Trần Hoàng Duyên, Trưởng ban Dân tộc - Tôn giáo tỉnh; Cáp Kim Thánh, Chủ tịch "
        "Liên minh HTX tỉnh; Đường Anh Ngữ, Phó Chủ tịch Ủy ban MTTQ tỉnh.",
        "2021-08-03",
        "Bạc Liêu",
    )
    assert _positions(facts) == {
        "Trần Hoàng Duyên": ["Trưởng ban Dân tộc - Tôn giáo tỉnh"],
        "Cáp Kim Thánh": ["Chủ tịch Liên minh Hợp tác xã tỉnh"],
        "Đường Anh Ngữ": ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"],
    }


def test_a_party_committees_head_shared_by_a_place_of_another_level_after_it():
    facts = extract(
        "Kết nghĩa\n\nChiều 15/8, Đảng ủy phường Sơn Trà và xã Trà Leng tổ chức ký kết biên bản kết nghĩa, hợp tác.",
        "2025-08-16",
        "Đà Nẵng",
    )
    assert party_sets(facts) == [("Đảng ủy phường Sơn Trà", "Đảng ủy xã Trà Leng")]


def test_the_date_a_figure_is_counted_to_dates_no_signing():
    facts = extract(
        "Phòng chống ma túy\n\n(ANTV) - Công an TPHCM và Sở Giáo dục và Đào tạo TPHCM đã ký kết kế hoạch phối hợp giai "
        "đoạn 2024-2030.\n\nTính đến ngày 14-12-2023, trên địa bàn thành phố có hơn 24.000 người nghiện.",
        None,
        "Thành phố Hồ Chí Minh",
    )
    assert [(s.date, s.period) for s in facts.signings] == [(None, (2024, 2030))]


def test_a_period_inside_a_campaigns_quoted_name_is_no_term():
    facts = extract(
        "Giao ước thi đua\n\nNgày 23/8/2022, Hội Phụ nữ Công an tỉnh tổ chức lễ ký kết giao ước thi đua và triển khai "
        "Phong trào “Phụ nữ công an giai đoạn 2022-2026”. Cùng ngày, Công an tỉnh và Tỉnh đoàn ký kết chương trình "
        "phối hợp thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc” giai đoạn 2022-2025.",
        "2022-08-24",
        "Thừa Thiên Huế",
    )
    assert sorted((tuple(sorted(s.parties)), s.period) for s in facts.signings) == [
        (("Công an tỉnh", "Tỉnh đoàn"), (2022, 2025)),
        (("Hội Phụ nữ Công an tỉnh",), None),
    ]


def test_a_youth_unions_base_in_lower_case_and_its_units_parent_after_thuoc():
    facts = extract(
        "Phối hợp\n\nĐoàn Thanh niên cộng sản Hồ Chí Minh thị xã Ninh Hòa và đoàn cơ sở Hải đội 322 thuộc Hải đoàn 32 "
        "cũng đã tiến hành ký kết chương trình phối hợp giai đoạn 2019-2022.",
        "2019-04-26",
        "Khánh Hòa",
    )
    assert party_sets(facts) == [
        ("Đoàn Thanh niên cộng sản Hồ Chí Minh thị xã Ninh Hòa", "Đoàn cơ sở Hải đội 322"),
    ]


def test_only_a_province_follows_tinh_where_a_line_break_was_lost():
    facts = extract(
        "Phối hợp\n\nNgày 07/4/2014, Liên hiệp các Hội Khoa học và Kỹ thuật và Hội Nông dân tỉnh Thông tin chi tiết "
        "xem tại đây đã ký kết chương trình phối hợp. Hội Nông dân tỉnh Tuyên Quang dự.",
        "2014-04-08",
        "Thừa Thiên Huế",
    )
    names = {a.name for a in facts.agencies}
    assert "Hội Nông dân tỉnh" in names and "Hội Nông dân tỉnh Tuyên Quang" in names
    assert not any("Thông" in n for n in names)


def test_the_articles_own_city_committee_is_not_another_citys():
    facts = extract(
        "Hợp tác\n\nNgày 18/10/2023, Ban Thường vụ Thành ủy TPHCM và Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị "
        "trao đổi kinh nghiệm. Tại hội nghị, hai thành phố đã ký kết biên bản ghi nhớ hợp tác toàn diện giai đoạn "
        "2023 – 2025.",
        "2023-10-19",
        "Thành phố Hồ Chí Minh",
    )
    assert party_sets(facts) == [
        ("Ban Thường vụ Thành ủy Hà Nội", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"),
    ]


def test_a_commanders_title_names_the_command_he_signs_for():
    facts = extract(
        "Phối hợp\n\nChiều 5/4, ông Hầu A Lềnh, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc và Trung tướng Lê Đức Thái, Tư "
        "lệnh "
        "Bộ đội Biên phòng đã ký Chương trình phối hợp giai đoạn 2022 - 2025. Cán bộ, chiến sĩ Bộ đội Biên phòng tham "
        "gia.",
        "2022-04-06",
        "",
    )
    assert party_sets(facts) == [("Bộ Tư lệnh Bộ đội Biên phòng", "Ủy ban Dân tộc")]
    assert "Bộ đội Biên phòng" not in {a.name for a in facts.agencies}
