"""National academies and councils, the army's arms, youth unions of institutions, degrees before names, and lists
opened by a bracket.

Classes of round s15's blind sets (made-up sentences): a ministry's department whose name holds a word that opens a
verb elsewhere ("Cục Bảo vệ thực vật"); the two national academies of sciences; the Party's theory council; the army's
arms ("Binh chủng Công binh"); the police political academy by its short form; the councils for spreading the law;
the traffic safety board by its short form; a sector's trade union before the verb of its sentence; the youth union of
a hospital, a school or a company; an academic or medical degree before a name; a title naming a dashed unit and the
body the unit belongs to; an association listed with "và" before the next body; places counted and listed in
brackets; a bank's branch named after the bank or before it."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def test_a_department_name_with_a_word_that_opens_a_verb_elsewhere_is_read_whole():
    facts = extract(
        "Hợp tác về nông nghiệp\n\nSáng 12/5, Cục Bảo vệ thực vật và Hội Làm vườn Việt Nam ký kết thỏa thuận hợp tác.",
        "2023-05-12",
        "",
    )
    assert ("Cục Bảo vệ thực vật", "state") in named_sectors(facts)
    assert party_sets(facts) == [("Cục Bảo vệ thực vật", "Hội Làm vườn Việt Nam")]


def test_the_national_academies_are_state_bodies():
    facts = extract(
        "Hợp tác khoa học\n\nChiều 3/4, Viện Hàn lâm Khoa học và Công nghệ Việt Nam và UBND tỉnh Sơn La ký kết "
        "chương trình hợp tác giai đoạn 2024-2028. Viện Hàn lâm Khoa học xã hội Việt Nam cử đại diện dự.",
        "2024-04-03",
        "Sơn La",
    )
    assert {
        ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "state"),
        ("Viện Hàn lâm Khoa học xã hội Việt Nam", "state"),
    } <= named_sectors(facts)
    assert party_sets(facts) == [("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Ủy ban nhân dân tỉnh Sơn La")]


def test_the_partys_theory_council_by_the_centres_short_form():
    facts = extract(
        "Nghiên cứu lý luận\n\nChiều 9-8, Hội đồng Lý luận T.Ư và Tổng cục Chính trị QĐND Việt Nam ký kết chương trình "
        "phối hợp nghiên cứu giai đoạn 2023-2026.",
        "2023-08-09",
        "",
    )
    assert ("Hội đồng Lý luận Trung ương", "party") in named_sectors(facts)
    assert party_sets(facts) == [("Hội đồng Lý luận Trung ương", "Tổng cục Chính trị Quân đội nhân dân Việt Nam")]


def test_an_arm_of_the_army_is_a_body_of_its_own():
    facts = extract(
        "Kết nghĩa\n\nNgày 20/3, Binh chủng Công binh và Tỉnh đoàn Hà Nam ký kết chương trình phối hợp.",
        "2022-03-20",
        "Hà Nam",
    )
    assert ("Binh chủng Công binh", "military") in named_sectors(facts)
    assert party_sets(facts) == [("Binh chủng Công binh", "Tỉnh đoàn Hà Nam")]


def test_the_police_political_academy_by_its_short_form_is_police():
    facts = extract(
        "Phối hợp đào tạo\n\nNgày 2/6, Học viện Chính trị CAND và Công an tỉnh Hòa Bình ký kết quy chế phối hợp.",
        "2024-06-02",
        "Hòa Bình",
    )
    assert ("Học viện Chính trị Công an nhân dân", "police") in named_sectors(facts)
    assert ("Học viện Chính trị", "military") not in named_sectors(facts)


def test_the_councils_for_spreading_the_law_are_state_bodies():
    facts = extract(
        "Phổ biến pháp luật\n\nSở Tư pháp tham mưu Hội đồng phối hợp PBGDPL tỉnh ban hành kế hoạch năm 2024 theo "
        "hướng dẫn của Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương.",
        "2024-02-01",
        "Hà Tĩnh",
    )
    assert {
        ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "state"),
        ("Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương", "state"),
    } <= named_sectors(facts)


def test_the_traffic_safety_board_by_its_short_form_and_in_a_title():
    facts = extract(
        "Ra quân\n\nÔng Lê Văn Hải, Phó Chủ tịch UBND tỉnh, Trưởng Ban ATGT tỉnh phát biểu. Ban ATGT tỉnh ký kết "
        "chương trình phối hợp với Tỉnh đoàn. Mọi người chấp hành trật tự ATGT.",
        "2017-01-10",
        "Vĩnh Long",
    )
    assert ("Ban An toàn giao thông tỉnh", "state") in named_sectors(facts)
    assert positions_by_name(facts)["Lê Văn Hải"] == [
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Trưởng Ban An toàn giao thông tỉnh",
    ]
    assert party_sets(facts) == [("Ban An toàn giao thông tỉnh", "Tỉnh đoàn")]


def test_a_sectors_trade_union_ends_before_the_verb_of_its_sentence():
    facts = extract(
        "Ký quy chế\n\nChiều 5-12, Công đoàn ngành Y tế tổ chức lễ ký kết quy chế phối hợp với Hội Chữ thập đỏ tỉnh.",
        "2023-12-05",
        "Yên Bái",
    )
    assert ("Công đoàn ngành Y tế", "front") in named_sectors(facts)
    assert not any("tổ chức" in name for name, _ in named_sectors(facts))


def test_the_youth_union_of_a_hospital_a_school_or_a_company_is_a_front_body():
    facts = extract(
        "Kết nghĩa\n\nChiều 14-3, Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Phú Yên và Đoàn Trường Đại học Phú Yên ký "
        "giao ước thi đua giữa 2 đơn vị. Đoàn Thanh niên phường 9 kết nghĩa với Chi đoàn Công ty Điện lực Phú Yên.",
        "2021-03-14",
        "Phú Yên",
    )
    assert {
        ("Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Phú Yên", "front"),
        ("Đoàn Trường Đại học Phú Yên", "front"),
        ("Chi đoàn Công ty Điện lực Phú Yên", "front"),
    } <= named_sectors(facts)
    assert ("Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Phú Yên", "Đoàn Trường Đại học Phú Yên") in party_sets(facts)


def test_a_person_named_like_a_schools_youth_union_is_no_agency():
    facts = extract(
        "Ký kết\n\nĐồng chí Đoàn Trường Sơn, Phó Chủ tịch UBND tỉnh dự lễ ký kết giữa Tỉnh đoàn và Hội Nông dân tỉnh.",
        "2021-03-14",
        "Phú Yên",
    )
    assert not any(name.startswith("Đoàn Trường") for name, _ in named_sectors(facts))


def test_a_degree_before_a_name_marks_the_next_person_and_is_no_position():
    facts = extract(
        "Hợp tác\n\nÔng Trần Văn Lộc, Chủ tịch UBND tỉnh Bạc Liêu và PGS.TS. Sử Minh Khoa, Hiệu trưởng Trường Chính "
        "trị tỉnh, ký kết thỏa thuận. Bác sĩ Ngô Thị Lan, Giám đốc Sở Y tế dự.",
        "2025-03-01",
        "Bạc Liêu",
    )
    positions = positions_by_name(facts)
    assert positions["Trần Văn Lộc"] == ["Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu"]
    assert positions["Sử Minh Khoa"] == ["Hiệu trưởng Trường Chính trị tỉnh"]
    assert positions["Ngô Thị Lan"] == ["Giám đốc Sở Y tế"]


def test_a_title_naming_a_dashed_unit_keeps_the_body_the_unit_belongs_to():
    facts = extract(
        "Giám sát\n\nĐoàn do bà Đỗ Thu Trang, Phó Trưởng ban Dân chủ - Pháp luật UBTWMTTQ Việt Nam làm Trưởng đoàn "
        "làm việc với Viện KSND tỉnh.",
        "2014-07-01",
        "Kiên Giang",
    )
    assert positions_by_name(facts)["Đỗ Thu Trang"] == [
        "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    ]


def test_an_association_listed_before_the_next_body_with_va():
    facts = extract(
        "Khuyến học\n\nSáng 2/3, Hội Khuyến học và Tỉnh Đoàn Gia Lai ký kết chương trình phối hợp. Hội Bảo trợ người "
        "khuyết tật và trẻ mồ côi tỉnh cử đại diện dự.",
        "2019-03-02",
        "Gia Lai",
    )
    names = {name for name, _ in named_sectors(facts)}
    assert {"Hội Khuyến học", "Tỉnh Đoàn Gia Lai", "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"} <= names
    assert party_sets(facts) == [("Hội Khuyến học", "Tỉnh Đoàn Gia Lai")]


def test_places_counted_and_listed_in_brackets_name_one_body_each():
    # (the signing's parties are not read from such a list yet: the agencies are)
    facts = extract(
        "Sơ kết\n\nĐảng ủy BĐBP tỉnh và Huyện ủy 3 huyện biên giới (Mường Lát, Quan Sơn và Quan Hóa) tổ chức hội "
        "nghị sơ kết quy chế phối hợp giai đoạn 2020-2025.",
        "2020-06-01",
        "Thanh Hóa",
    )
    assert {("Huyện ủy Mường Lát", "party"), ("Huyện ủy Quan Sơn", "party"), ("Huyện ủy Quan Hóa", "party")} <= (
        named_sectors(facts)
    )


def test_a_bracket_after_a_count_that_lists_no_places_spreads_nothing():
    facts = extract(
        "Ký kết\n\nCông an 2 xã (cũ) và Hội Nông dân huyện Quan Sơn ký kết chương trình phối hợp.",
        "2020-06-01",
        "Thanh Hóa",
    )
    assert not any(name.startswith("Công an xã") for name, _ in named_sectors(facts))


def test_a_banks_branch_named_after_the_bank_or_before_it_is_one_agency():
    facts = extract(
        "Ký kết chương trình phối hợp giữa Ủy ban MTTQ tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sóc "
        "Trăng\n\nChiều 9/6, Ngân hàng Chính sách xã hội chi nhánh tỉnh Sóc Trăng tổ chức hội nghị, ký kết chương "
        "trình phối hợp giữa Ủy ban MTTQ tỉnh với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sóc Trăng.",
        "2023-06-09",
        "Sóc Trăng",
    )
    branches = [name for name, _ in named_sectors(facts) if "Chính sách xã hội" in name]
    assert len(branches) == 1
    assert len(party_sets(facts)) == 1
