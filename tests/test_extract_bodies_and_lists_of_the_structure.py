"""Round s19's classes that the body catalogue (test_extract_body_catalogue.py) does not hold, found by putting the
state's structure (not any page's names) through signing sentences: a time word ends a name read in plain words, a
short form is no sub-department's name, a Party board is not shared with a Youth Union committee, the neighbouring
countries' provinces and commands, departments and associations listed under one plural head, bodies listed with
semicolons, the page's curved quotes in a name, a short sentence inside a paragraph that dates the event; then, from
round s19's blind wave (oh, oi, ok), the central external relations board, the army's youth affairs board, press
titles of ministries and unions, a space a page lost before a body's name; and a group named at a level with its
members, a plural head in lower case, and a head spread over our province and a neighbour's."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, signing_tuples


def test_a_time_word_ends_a_name_read_in_plain_words():
    text = (
        "Sáng 5/3, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Cục Cảnh sát giao thông giai đoạn 2024-2030. "
        "Phòng Cảnh sát hình sự nhiệm kỳ trước đã làm tốt."
    )
    facts = extract(text, "2024-03-06", "Quảng Trị")
    assert party_sets(facts) == [("Ban Dân vận Tỉnh ủy", "Cục Cảnh sát giao thông")]
    assert signing_tuples(facts)[0][1:] == ("2024-03-05", "2024-2030")
    names = {name for name, _sector in named_sectors(facts)}
    assert "Phòng Cảnh sát hình sự" in names


def test_any_sub_department_of_a_province_s_department_by_its_capitalised_name():
    text = (
        "Ngày 5/3, Chi cục Thú y và Chi cục Văn thư - Lưu trữ ký kết quy chế phối hợp. "
        "Chi cục Trưởng Chi cục DS-KHHGĐ thành phố dự."
    )
    facts = extract(text, "2024-03-06", "Quảng Trị")
    assert party_sets(facts) == [("Chi cục Thú y", "Chi cục Văn thư - Lưu trữ")]
    names = {name for name, _sector in named_sectors(facts)}
    assert "Cục Thú y" not in names
    assert not any(name.startswith("Chi cục DS") for name in names)


def test_a_party_board_is_not_shared_with_a_youth_union_committee():
    text = "Sáng 5/3, tại hội trường đã diễn ra lễ ký kết quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và Tỉnh đoàn."
    facts = extract(text, "2024-03-06", "Quảng Trị")
    assert party_sets(facts) == [("Ban Dân vận Tỉnh ủy", "Tỉnh đoàn")]
    text = "Thường trực Thị ủy Quảng Trị, Huyện ủy Gio Linh và Ban Thường vụ Tỉnh đoàn, Huyện đoàn Cam Lộ dự."
    names = {name for name, _sector in named_sectors(extract(text, "2024-03-06", "Quảng Trị"))}
    assert {"Thường trực Huyện ủy Gio Linh", "Ban Thường vụ Huyện đoàn Cam Lộ"} <= names


def test_the_neighbouring_countries_provinces_place_their_bodies():
    text = (
        "Sáng 5/3, Bộ Chỉ huy Quân sự tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) ký kết kế hoạch "
        "hợp tác. Sở An ninh tỉnh Khăm Muộn và Ty Công an tỉnh Prây Veng cũng dự."
    )
    facts = extract(text, "2024-03-06", "Quảng Trị")
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "Bộ Chỉ huy Quân sự tỉnh Savannakhet")]
    names = named_sectors(facts)
    assert ("Sở An ninh tỉnh Khăm Muộn", "police") in names
    assert ("Ty Công an tỉnh Prây Veng", "police") in names
    # a word that names no province is still cut off after "tỉnh"
    facts = extract("Sáng 5/3, Hội Nông dân tỉnh Thông tin về kết quả.", "2024-03-06", "Quảng Trị")
    assert ("Hội Nông dân tỉnh", "front") in named_sectors(facts)


def test_departments_listed_under_one_plural_head():
    text = "Sáng 5/3, Hội Nông dân tỉnh ký kết chương trình phối hợp với các sở Tư pháp, Nội vụ và Y tế."
    assert party_sets(extract(text, "2024-03-06", "Quảng Trị")) == [
        ("Hội Nông dân tỉnh", "Sở Nội vụ"),
        ("Hội Nông dân tỉnh", "Sở Tư pháp"),
        ("Hội Nông dân tỉnh", "Sở Y tế"),
    ]
    # the last item ends before the words that go on with the sentence
    text = (
        "Sáng 5/3, Hội Nông dân tỉnh ký kết chương trình phối hợp với các sở: Tư pháp, Nội vụ và Y tế giai đoạn "
        "2024-2030."
    )
    assert ("Hội Nông dân tỉnh", "Sở Y tế") in party_sets(extract(text, "2024-03-06", "Quảng Trị"))


def test_associations_listed_under_one_head_with_the_level_at_the_end():
    text = "Sáng 5/3, các Hội: Chữ thập đỏ, Luật gia và Khuyến học tỉnh ký kết chương trình phối hợp với Sở Y tế."
    facts = extract(text, "2024-03-06", "Quảng Trị")
    assert ("Hội Khuyến học tỉnh", "front") in named_sectors(facts)
    assert party_sets(facts) == [("Hội Chữ thập đỏ", "Hội Khuyến học tỉnh", "Hội Luật gia", "Sở Y tế")]


def test_bodies_listed_with_semicolons_sign_together():
    text = (
        "Sáng 5/3, Ban Dân vận Tỉnh ủy; Hội Nông dân tỉnh; Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp "
        "giai đoạn 2024-2030."
    )
    assert party_sets(extract(text, "2024-03-06", "Quảng Trị")) == [
        ("Ban Dân vận Tỉnh ủy", "Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh")
    ]


def test_cambodian_military_commands_with_or_without_the_level_word():
    text = (
        "Ngày 5/3, Ban Chỉ huy Quân sự huyện Tân Hưng ký kết với Chi khu Quân sự Me Sang và Tiểu khu Quân sự Prey "
        "Veng. Tiểu khu Quân sự tỉnh Svay Rieng cũng dự."
    )
    names = named_sectors(extract(text, "2024-03-06", "Long An"))
    for name in ("Chi khu Quân sự Me Sang", "Tiểu khu Quân sự Prey Veng", "Tiểu khu Quân sự tỉnh Svay Rieng"):
        assert (name, "military") in names
    assert ("Tiểu khu Quân sự", "military") not in names


def test_a_name_keeps_the_page_s_curved_quotes():
    text = (
        "Sáng 5/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Thường trực Ban Vận động “Ngày vì người nghèo” tỉnh "
        "ký kết quy chế phối hợp."
    )
    facts = extract(text, "2024-03-06", "Vĩnh Long")
    assert ("Thường trực Ban Vận động “Ngày vì người nghèo” tỉnh", "front") in named_sectors(facts)
    assert "Thường trực Ban Vận động “Ngày vì người nghèo” tỉnh" in facts.signings[0].parties
    # straight quotes on the page stay straight
    facts = extract(text.replace("“", '"').replace("”", '"'), "2024-03-06", "Vĩnh Long")
    assert ('Thường trực Ban Vận động "Ngày vì người nghèo" tỉnh', "front") in named_sectors(facts)


def test_a_short_sentence_inside_a_paragraph_dates_the_event():
    text = (
        "Tin tức\nHội LHPN tỉnh vừa phối hợp với Bộ CHQS tỉnh tổ chức Hội nghị sơ kết và ký kết chương trình phối "
        "hợp giai đoạn 2024-2030. Hội nghị diễn ra sáng 5/3."
    )
    assert signing_tuples(extract(text, "2024-03-06", "Quảng Trị"))[0][1] == "2024-03-05"
    # a short line of its own (a dateline, a caption) still dates nothing
    text = (
        "Tin tức\nẢnh chụp sáng 1/3.\nHội LHPN tỉnh phối hợp với Bộ CHQS tỉnh tổ chức Hội nghị sơ kết và ký kết "
        "chương trình phối hợp giai đoạn 2024-2030."
    )
    assert signing_tuples(extract(text, "2024-03-06", "Quảng Trị"))[0][1] == ""


def test_central_boards_the_army_s_affairs_boards_and_press_titles():
    text = (
        "Sáng 5/3, Bộ Ngoại giao và Ban Đối ngoại Trung ương ký quy chế phối hợp. Ban Thanh niên Quân đội và Báo "
        "Thiếu niên Tiền phong và Nhi đồng ký kết thỏa thuận hợp tác. Ngày thành lập Quân đội nhân dân Việt Nam. "
        "Tạp chí Lao động và CĐ đăng tin."
    )
    facts = extract(text, "2020-03-06", "")
    assert party_sets(facts) == [
        ("Ban Thanh niên Quân đội", "Báo Thiếu niên Tiền phong và Nhi đồng"),
        ("Ban Đối ngoại Trung ương", "Bộ Ngoại giao"),
    ]
    names = named_sectors(facts)
    assert ("Ban Đối ngoại Trung ương", "party") in names
    assert ("Ban Thanh niên Quân đội", "military") in names
    assert ("Tạp chí Lao động và Công đoàn", "front") in names
    assert not any(name.startswith("Quân đội") for name, _sector in names)


def test_a_space_lost_before_a_body_s_name_is_put_back():
    text = "Ngày 29/11, lễ ký ghi nhớ hợp tác giữa Báo Thái NguyênBáo Thế giới và Việt Nam diễn ra. VinFast tài trợ."
    names = {name for name, _sector in named_sectors(extract(text, "2024-11-30", "Thái Nguyên"))}
    assert {"Báo Thái Nguyên", "Báo Thế giới và Việt Nam"} <= names


def test_a_body_and_a_group_named_at_a_level_with_its_members_sign_together():
    for text in (
        "Sáng 5/3, Bộ Chỉ huy Quân sự tỉnh và 4 tổ chức chính trị - xã hội tỉnh (Hội Nông dân, Hội Cựu chiến binh, Hội "
        "Liên hiệp Phụ nữ, Tỉnh đoàn) ký kết chương trình phối hợp giai đoạn 2024-2030.",
        "Sáng 5/3, Bộ Chỉ huy Quân sự tỉnh và các tổ chức chính trị - xã hội tỉnh gồm Hội Nông dân, Hội Cựu chiến "
        "binh, Hội Liên hiệp Phụ nữ và Tỉnh đoàn ký kết chương trình phối hợp giai đoạn 2024-2030.",
    ):
        assert party_sets(extract(text, "2024-03-06", "Quảng Trị")) == [
            (
                "Bộ Chỉ huy Quân sự tỉnh",
                "Hội Cựu chiến binh tỉnh",
                "Hội Liên hiệp Phụ nữ tỉnh",
                "Hội Nông dân tỉnh",
                "Tỉnh đoàn",
            )
        ]


def test_associations_under_a_plural_head_in_lower_case():
    text = "Sáng 5/3, Bộ Chỉ huy Quân sự tỉnh và các hội: Nông dân, Cựu chiến binh ký kết chương trình phối hợp."
    facts = extract(text, "2024-03-06", "Quảng Trị")
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh", "Hội Nông dân")]


def test_a_head_spread_over_our_province_and_a_neighbour_s():
    text = (
        "Sáng 5/3, Bộ Chỉ huy Quân sự các tỉnh Quảng Trị, Savannakhet và Salavan ký kết kế hoạch hợp tác giai đoạn "
        "2024-2026."
    )
    assert party_sets(extract(text, "2024-03-06", "Quảng Trị")) == [
        ("Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "Bộ Chỉ huy Quân sự tỉnh Salavan", "Bộ Chỉ huy Quân sự tỉnh Savannakhet")
    ]
