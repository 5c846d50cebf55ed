"""Bodies, persons and signings of round s18: the commune's boards and departments of 2025, the provincial funds,
the city's one bloc committee, the procuracy's investigating body, the anti-corruption steering committees, the
police's institutes, the armed forces listed among "các sở:", an island district, the gazetteer's older "qui"
spelling, Thái family names, a middle name that ends no name, the country that ends a body's name, a period told for
one partner of a list, and the roles of an emulation bloc's members set off by a dash."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, positions_by_name, signing_tuples

from phoihop.extract import lexicon


def test_a_commune_s_party_board_and_department_of_2025():
    text = (
        "Ngày 25-10, Ban Xây dựng Đảng Đảng ủy xã Ia Pnôn và Phòng Văn hóa - Xã hội xã Ia Pnôn tổ chức lễ kết nghĩa "
        "với buôn Ling. Phòng Kinh tế, Hạ tầng và Đô thị phường Pleiku cũng dự."
    )
    names = named_sectors(extract(text, "2025-10-26", "Gia Lai"))
    assert ("Ban Xây dựng Đảng Đảng ủy xã Ia Pnôn", "party") in names
    assert ("Phòng Văn hóa - Xã hội xã Ia Pnôn", "state") in names
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị phường Pleiku", "state") in names


def test_a_province_s_funds_are_state_bodies_that_sign():
    text = (
        "Ngày 22/9/2018, Quỹ Bảo vệ và Phát triển rừng tỉnh Kon Tum và Quỹ Đầu tư phát triển tỉnh ký kết quy chế "
        "phối hợp giai đoạn 2018 - 2022."
    )
    facts = extract(text, "2018-09-23", "Kon Tum")
    assert party_sets(facts) == [("Quỹ Bảo vệ và Phát triển rừng tỉnh Kon Tum", "Quỹ Đầu tư phát triển tỉnh")]
    assert {sector for _name, sector in named_sectors(facts)} == {"state"}


def test_the_city_s_bloc_committee_and_its_inspection_commission():
    text = (
        "UBKT Đảng ủy Quân sự thành phố và UBKT Đảng ủy các Khối ký kết quy chế phối hợp nhiệm kỳ 2015 - 2020. "
        "Ban Thường vụ Đảng ủy các Khối cũng dự."
    )
    facts = extract(text, "2016-03-01", "Hải Phòng")
    assert party_sets(facts) == [("Ủy ban Kiểm tra Đảng ủy Quân sự thành phố", "Ủy ban Kiểm tra Đảng ủy các Khối")]
    assert ("Ban Thường vụ Đảng ủy các Khối", "party") in named_sectors(facts)


def test_the_procuracy_s_investigating_body_and_a_dashed_department_name():
    text = (
        "Tham dự có lãnh đạo Cơ quan điều tra VKSND tối cao cùng đại diện lãnh đạo Vụ Thi đua - Khen thưởng VKSND "
        "tối cao."
    )
    names = {name for name, _sector in named_sectors(extract(text, "2020-03-01", ""))}
    assert "Cơ quan điều tra Viện Kiểm sát nhân dân tối cao" in names
    assert "Vụ Thi đua - Khen thưởng" in names
    assert "Vụ Thi đua" not in names


def test_the_anti_corruption_steering_committee_in_a_title_chain():
    text = (
        "Dự có Đại tướng Ngô Văn Lịch, Ủy viên Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, Chủ nhiệm Tổng cục "
        "Chính trị. Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực cũng họp."
    )
    facts = extract(text, "2016-12-23", "Hà Nội")
    assert positions_by_name(facts)["Ngô Văn Lịch"] == [
        "Ủy viên Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
        "Chủ nhiệm Tổng cục Chính trị",
    ]
    assert ("Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực", "party") in named_sectors(facts)


def test_the_police_s_research_institute_signs():
    text = "Văn phòng Bộ Công an ký quy chế phối hợp với Viện Chiến lược và Khoa học Công an."
    facts = extract(text, "2019-05-01", "")
    assert party_sets(facts) == [("Viện Chiến lược và Khoa học Công an", "Văn phòng Bộ Công an")]
    assert ("Viện Chiến lược và Khoa học Công an", "police") in named_sectors(facts)


def test_the_police_and_the_military_listed_among_the_departments():
    text = (
        "Dự hội nghị có lãnh đạo các sở: Công an, Văn hóa, Thể thao và Du lịch, Thông tin và Truyền thông, Hội Nhà "
        "báo tỉnh. Lãnh đạo các Sở, ngành: Quân sự, Tư pháp, Y tế cũng dự."
    )
    names = named_sectors(extract(text, "2019-05-18", "Thái Nguyên"))
    assert {
        ("Công an tỉnh", "police"),
        ("Bộ Chỉ huy Quân sự tỉnh", "military"),
        ("Sở Văn hóa, Thể thao và Du lịch", "state"),
        ("Sở Thông tin và Truyền thông", "state"),
        ("Sở Tư pháp", "state"),
    } <= names
    assert ("Công an", "police") not in names


def test_an_island_district_s_level_word():
    text = "Công an huyện đảo Lý Sơn ký kết quy chế phối hợp với Đồn Biên phòng Lý Sơn."
    facts = extract(text, "2020-06-01", "Quảng Ngãi")
    assert party_sets(facts) == [("Công an huyện đảo Lý Sơn", "Đồn Biên phòng Lý Sơn")]


def test_the_gazetteer_is_read_in_the_text_s_quy_spelling():
    # the gazetteer spells the island district "Phú Quí"; the pipeline reads every "qui" as "quy"
    assert "Phú Quý" in lexicon.district_names()
    assert "Phú Quí" not in lexicon.district_names()


def test_thai_family_names_in_a_list_under_a_shared_title():
    text = "Dự có các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Lô Xuân Vinh, Tòng Văn Thắng, Vi Mỹ Sơn."
    positions = positions_by_name(extract(text, "2021-04-20", "Nghệ An"))
    assert set(positions) == {"Lô Xuân Vinh", "Tòng Văn Thắng", "Vi Mỹ Sơn"}
    assert all(p == ["Phó Trưởng Ban Dân tộc tỉnh"] for p in positions.values())


def test_a_woman_s_middle_name_ends_no_name_but_a_man_s_given_name_may_be_van():
    text = "Đồng chí Tòng Thị phóng, Phó Chủ tịch Quốc hội dự. Đồng chí Đinh Bạt Văn, Chỉ huy trưởng phát biểu."
    names = set(positions_by_name(extract(text, "2015-06-01", "Hà Nội")))
    assert "Tòng Thị" not in names
    assert "Đinh Bạt Văn" in names


def test_the_country_ends_a_body_s_name_unless_the_run_is_addressed():
    text = (
        "Dự có ông Phạm Thành Long, Ủy viên Ban Thường vụ Hội Trường Sơn Việt Nam; đồng chí Nguyễn Việt Nam phát biểu."
    )
    positions = positions_by_name(extract(text, "2023-08-26", "Khánh Hòa"))
    assert set(positions) == {"Phạm Thành Long", "Nguyễn Việt Nam"}
    assert positions["Phạm Thành Long"] == ["Ủy viên Ban Thường vụ Hội Trường Sơn Việt Nam"]


def test_a_partner_s_own_term_told_in_a_later_clause():
    text = (
        "Chiều 31/8, Hội LHPN tỉnh ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh giai đoạn 2023-2027 và "
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh giai đoạn 2023 - 2025. Theo đó, Hội LHPN tỉnh ký kết với Bộ Chỉ huy Quân "
        "sự tỉnh chương trình giai đoạn 2023 - 2027, ký kết với Bộ Chỉ huy Bộ đội Biên phòng tỉnh chương trình giai "
        "đoạn 2023 - 2025."
    )
    tuples = signing_tuples(extract(text, "2023-09-01", "Kon Tum"))
    assert sorted(tuples) == [
        (("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2023-08-31", "2023-2025"),
        (("Bộ Chỉ huy Quân sự tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"), "2023-08-31", "2023-2027"),
    ]


def test_bloc_members_named_by_a_role_set_off_by_a_dash_sign_the_pact():
    text = (
        "Sáng ngày 09/3/2018, Sở Tư pháp Lạng Sơn – đơn vị Phó trưởng Khu vực thi đua đã tham gia ký kết giao ước "
        "thi đua Khu vực thi đua Khối cơ quan tư pháp các tỉnh miền núi phía Bắc. Hội nghị được tổ chức tại Cục Thi "
        "hành án dân sự tỉnh Sơn La – đơn vị Phó trưởng Khu vực thi đua."
    )
    facts = extract(text, "2018-03-10", "Lạng Sơn")
    assert party_sets(facts) == [("Cục Thi hành án dân sự tỉnh Sơn La", "Sở Tư pháp Lạng Sơn")]


def test_the_bloc_s_head_and_deputy_named_by_their_roles_sign():
    text = (
        "Vừa qua, Khối thi đua Nội chính tỉnh tổ chức Hội nghị ký kết giao ước thi đua năm 2017. Năm 2017, Khối do "
        "Công an tỉnh làm Trưởng Khối, đơn vị Sở Tư pháp tỉnh là Phó trưởng Khối."
    )
    facts = extract(text, "2017-03-01", "Quảng Nam")
    assert party_sets(facts) == [("Công an tỉnh", "Sở Tư pháp tỉnh")]


def test_a_level_s_youth_union_by_its_full_name():
    text = (
        "Ngày 13-3-2012, Sở NN và PTNT và Tỉnh Đoàn TNCS Hồ Chí Minh ký kết chương trình phối hợp. Thành đoàn Thanh "
        "niên cộng sản Hồ Chí Minh cũng dự."
    )
    facts = extract(text, "2012-03-14", "Nam Định")
    assert party_sets(facts) == [
        ("Sở Nông nghiệp và Phát triển nông thôn", "Tỉnh Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    ]
    assert ("Thành đoàn Thanh niên cộng sản Hồ Chí Minh", "front") in named_sectors(facts)


def test_the_issuers_of_a_cited_document_do_not_sign():
    text = (
        "Ngày 13-3-2012, Sở Tư pháp và Tỉnh đoàn ký kết chương trình phối hợp thực hiện Nghị quyết số 3196 của Bộ Tư "
        "pháp với Trung ương Đoàn TNCS Hồ Chí Minh về phổ biến pháp luật cho thanh niên."
    )
    facts = extract(text, "2012-03-14", "Nam Định")
    assert party_sets(facts) == [("Sở Tư pháp", "Tỉnh đoàn")]
    document = next(d for d in facts.documents if d.symbol == "3196")
    assert sorted(document.parties) == ["Bộ Tư pháp", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


def test_a_department_s_initials_joined_any_way_the_page_likes():
    text = (
        "Sáng 1-7, Tỉnh đoàn và Sở VH-TTDL ký kết chương trình phối hợp. Sở NN-PTNT, Sở LĐ-TBXH và Sở TN & MT cũng dự. "
        "Phòng Cảnh sát PCCC và Phòng Cảnh sát PC&CC Công an tỉnh dự."
    )
    facts = extract(text, "2022-07-02", "Đồng Nai")
    assert party_sets(facts) == [("Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn")]
    names = {name for name, _sector in named_sectors(facts)}
    assert {
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Tài nguyên và Môi trường",
    } <= names


def test_departments_listed_with_their_provinces():
    text = (
        "Ngày 11/8, 3 sở: Văn hóa, Thể thao và Du lịch Hưng Yên; Du lịch Nghệ An; Văn hóa, Thể thao và Du lịch Hải "
        "Dương phối hợp tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2023 - 2025."
    )
    facts = extract(text, "2023-08-12", "Hưng Yên")
    assert party_sets(facts) == [
        (
            "Sở Du lịch Nghệ An",
            "Sở Văn hóa, Thể thao và Du lịch Hưng Yên",
            "Sở Văn hóa, Thể thao và Du lịch Hải Dương",
        )
    ]


def test_media_bodies_named_without_a_joiner_and_a_city_s_own_station():
    text = (
        "Đài Phát thanh Truyền hình Quảng Ninh và Đài Truyền hình thành phố ký kết thỏa thuận hợp tác. Đài Tiếng nói "
        "nhân dân thành phố cũng dự."
    )
    facts = extract(text, "2020-05-01", "Thành phố Hồ Chí Minh")
    assert party_sets(facts) == [("Đài Phát thanh Truyền hình Quảng Ninh", "Đài Truyền hình thành phố")]
    assert ("Đài Tiếng nói nhân dân thành phố", "state") in named_sectors(facts)


def test_the_unions_of_a_bloc_of_bodies_and_a_population_sub_department():
    text = (
        "Đoàn Thanh niên Khối cơ quan và Hội Cựu chiến binh Khối cơ quan ký kết chương trình phối hợp. Chi cục Dân số "
        "– Kế hoạch hóa gia đình tỉnh cũng dự."
    )
    facts = extract(text, "2015-05-01", "Bình Dương")
    assert party_sets(facts) == [("Hội Cựu chiến binh Khối cơ quan", "Đoàn Thanh niên Khối cơ quan")]
    assert ("Chi cục Dân số - Kế hoạch hóa gia đình tỉnh", "state") in named_sectors(facts)


def test_a_steering_committee_named_for_its_work_then_its_party_committee():
    text = "Chiều 17/11, Ban Chỉ đạo phối hợp hoạt động Huyện ủy Tiên Phước sơ kết chương trình phối hợp."
    names = named_sectors(extract(text, "2023-11-18", "Quảng Nam"))
    assert names == {("Ban Chỉ đạo phối hợp hoạt động Huyện ủy Tiên Phước", "party")}


def test_the_central_youth_union_named_only_by_its_short_form_is_no_agency():
    text = "Ngày 5/3/2018, Bộ Tư pháp và T.Ư Đoàn ký kết chương trình phối hợp giai đoạn 2018 - 2022."
    facts = extract(text, "2018-03-06", "")
    assert signing_tuples(facts) == [(("Bộ Tư pháp",), "2018-03-05", "2018-2022")]
    assert named_sectors(facts) == {("Bộ Tư pháp", "state")}


def test_the_central_youth_union_s_short_form_after_its_full_name_is_an_agency():
    text = (
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động phong trào. Ngày 5/3/2018, Bộ Tư pháp và T.Ư Đoàn "
        "ký kết chương trình phối hợp."
    )
    facts = extract(text, "2018-03-06", "")
    assert party_sets(facts) == [("Bộ Tư pháp", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]


def test_the_subject_that_organises_the_act_with_unnamed_partners_signs_alone():
    text = (
        "Chiều 09/01/2019, BCHQS huyện đã phối hợp với các phòng, ngành, đoàn thể tổ chức Hội nghị ký kết phối hợp "
        "thực hiện nhiệm vụ quân sự - quốc phòng năm 2019. Hội Nông dân huyện phối hợp với Công an huyện tổ chức "
        "hội nghị ký kết quy chế phối hợp."
    )
    facts = extract(text, "2019-01-10", "Hà Tĩnh")
    assert party_sets(facts) == [("Ban Chỉ huy Quân sự huyện",), ("Công an huyện", "Hội Nông dân huyện")]


def test_the_literature_and_arts_union_by_its_short_form_is_the_union_named_in_full():
    text = (
        "Sở VH-TT&DL, Hội VHNT, Ban Dân tộc tỉnh ký kết chương trình phối hợp\n\nSáng 7/8, Sở VH-TT&DL, Hội Văn học - "
        "Nghệ thuật và Ban Dân tộc tỉnh đã tổ chức lễ ký kết chương trình phối hợp."
    )
    names = {name for name, _sector in named_sectors(extract(text, "2012-08-08", "Quảng Ngãi"))}
    assert "Hội VHNT" not in names
    assert any(name.startswith("Hội Văn học - Nghệ thuật") for name in names)


def test_names_and_partners_that_open_with_a_capital_outside_a_to_z():
    # "Ủ", "Â", "Ứ" are capitals too: "cùng Ủy ban ..." is a partner, "kết nghĩa với Ủy ban ..." the act, "Đoàn xã Ân
    # Sơn" a commune's youth union
    text = (
        "Ngày 5/3/2020, Hội Nông dân tỉnh ký kết chương trình phối hợp cùng Ủy ban Mặt trận Tổ quốc tỉnh. Ngày "
        "6/3/2020, Đồn Biên phòng Vĩnh Xương kết nghĩa với Ủy ban nhân dân xã Ân Phú. Ngày 7/3/2020, Huyện đoàn Phù "
        "Cát và Đoàn xã Ân Sơn đã ký bản giao ước kết nghĩa, có sự chứng kiến của lãnh đạo Đảng ủy, UBND xã."
    )
    facts = extract(text, "2020-03-08", "An Giang")
    assert party_sets(facts) == [
        ("Huyện đoàn Phù Cát", "Đoàn xã Ân Sơn"),
        ("Hội Nông dân tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ("Đồn Biên phòng Vĩnh Xương", "Ủy ban nhân dân xã Ân Phú"),
    ]


def test_departments_whose_names_open_with_a_capital_outside_a_to_z():
    names = {name for name, _sector in named_sectors(extract("Cục Ứng phó sự cố và Vụ Ủy thác đầu tư dự.", "", ""))}
    assert names == {"Cục Ứng phó sự cố", "Vụ Ủy thác đầu tư"}


def test_a_break_after_tp_before_a_city_s_name_is_no_sentence_end():
    # a scraper cut the text at every full stop; "TP." before "Cần Thơ" is the city's level word, "TP." before
    # "Phát biểu" is the city named in short, ending its sentence
    text = (
        "Sáng 26/6/2011, Thành Đoàn và Công an TP.\nCần Thơ ký kết kế hoạch phối hợp giai đoạn 2011-2015. Dự có ông "
        "Trần Văn An, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam TP.\nPhát biểu tại hội nghị, ông Trần Văn An "
        "nhấn mạnh ý nghĩa của kế hoạch."
    )
    facts = extract(text, "2011-06-27", "Cần Thơ")
    assert signing_tuples(facts) == [(("Công an Thành phố Cần Thơ", "Thành Đoàn"), "2011-06-26", "2011-2015")]
    assert positions_by_name(facts)["Trần Văn An"] == ["Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam Thành phố"]
