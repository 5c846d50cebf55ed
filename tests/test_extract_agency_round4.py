"""Agency and title classes of the fourth round (made-up sentences of other provinces): organisations named
with the body they sit in, judgment-enforcement and regional judicial bodies, bare Party organs in a list,
and title chains (a body's name read as a person, a repeated body, out-of-table short forms)."""

from __future__ import annotations

from phoihop.extract.agencies import find_agencies
from phoihop.extract.article import Article
from phoihop.extract.normalize import normalize
from phoihop.extract.pipeline import extract_article


def _facts(text: str, province: str | None = "Cao Bằng", published: str = "2024-04-10"):
    return extract_article(Article("t", text, published=published, province=province))


def _agencies(text: str, province: str | None = "Cao Bằng"):
    return sorted((a.name, a.sector) for a in _facts(text, province).agencies)


def _persons(text: str):
    return {p.name: p.positions for p in _facts(text).persons}


def _names(text):
    return [(a.canonical, a.sector) for a in find_agencies(normalize(text).text) if not a.in_title]


# --- an organisation inside a body, named with the body ---------------------------------------------


def test_youth_union_of_the_government_is_one_front_body():
    text = "Ngày 8/4, Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Cao Bằng ký kết kế hoạch phối hợp."
    assert _agencies(text) == [("Tỉnh Đoàn Cao Bằng", "front"), ("Đoàn Thanh niên Chính phủ", "front")]


def test_womens_union_of_the_provincial_police_is_a_front_body():
    text = "Sáng 12/4, Hội Phụ nữ Công an tỉnh Cao Bằng tổ chức ký kết giao ước thi đua giai đoạn 2024 - 2026."
    assert _agencies(text) == [("Hội Phụ nữ Công an tỉnh Cao Bằng", "front")]


def test_youth_cell_of_a_border_post_is_a_front_body():
    text = "Chi đoàn Đồn Biên phòng Trà Lĩnh kết nghĩa với Đoàn Thanh niên xã Quang Hán."
    assert _names(text) == [
        ("Chi đoàn Đồn Biên phòng Trà Lĩnh", "front"),
        ("Đoàn Thanh niên xã Quang Hán", "front"),
    ]


def test_party_committee_of_a_command_needs_no_level_word():
    text = "Chiều 4/4, Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng cùng Huyện ủy Hà Quảng sơ kết quy chế phối hợp."
    assert ("Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng", "party") in _agencies(text)


def test_numbered_office_of_a_procuracy_takes_the_procuracys_sector():
    text = "Dự lễ có Phòng 7 VKSND tỉnh và đại diện các phòng nghiệp vụ."
    assert _names(text) == [("Phòng 7 Viện Kiểm sát nhân dân tỉnh", "state")]


def test_a_bare_womens_union_before_a_comma_stays_the_association():
    text = "Hội Phụ nữ tỉnh, Hội Nông dân tỉnh và Công an tỉnh cùng dự."
    assert _names(text) == [
        ("Hội Phụ nữ tỉnh", "front"),
        ("Hội Nông dân tỉnh", "front"),
        ("Công an tỉnh", "police"),
    ]


def test_a_city_after_a_listed_commune_locates_it():
    text = "Chi đoàn Đồn Biên phòng Bắc Sơn kết nghĩa với Đoàn Thanh niên xã Vạn Ninh, TP. Móng Cái."
    assert ("Đoàn Thanh niên xã Móng Cái", "front") not in _names(text)
    assert ("Đoàn Thanh niên xã Vạn Ninh", "front") in _names(text)


def test_local_youth_union_in_general_is_no_agency():
    text = "Chi đoàn Đồn Biên phòng Trà Lĩnh kết nghĩa với Đoàn thanh niên địa phương."
    assert _names(text) == [("Chi đoàn Đồn Biên phòng Trà Lĩnh", "front")]


# --- judgment enforcement and the regional courts of 2025 ---------------------------------------------


def test_judgment_enforcement_offices_are_state_bodies():
    text = "Ngày 9/4, Cục thi hành án dân sự tỉnh Cao Bằng, Chi cục THADS huyện Bảo Lạc và Sở Tư pháp ký kết quy chế."
    assert _agencies(text) == [
        ("Chi cục Thi hành án dân sự huyện Bảo Lạc", "state"),
        ("Cục thi hành án dân sự tỉnh Cao Bằng", "state"),
        ("Sở Tư pháp", "state"),
    ]


def test_regional_court_procuracy_and_enforcement_share_their_area():
    text = "Dự hội nghị có lãnh đạo Tòa án, Viện Kiểm sát và Thi hành án khu vực 3."
    assert _names(text) == [
        ("Tòa án khu vực 3", "state"),
        ("Viện Kiểm sát khu vực 3", "state"),
        ("Thi hành án khu vực 3", "state"),
    ]


def test_enforcement_office_abbreviated_after_its_level():
    text = "Lãnh đạo VKSND tỉnh và THADS tỉnh ký kết quy chế phối hợp."
    assert _names(text) == [("Viện Kiểm sát nhân dân tỉnh", "state"), ("Thi hành án dân sự tỉnh", "state")]


def test_enforcement_as_an_activity_is_no_body():
    text = "Công tác thi hành án dân sự năm 2023 đạt kết quả tốt. Thi hành án là khâu cuối cùng."
    assert _names(text) == []


def test_procuracy_without_peoples_is_the_same_body_as_with_it():
    text = (
        "Ngày 3/4, Viện kiểm sát nhân dân tỉnh và Ủy ban MTTQ Việt Nam tỉnh ký kết quy chế phối hợp. "
        "Theo quy chế, Viện kiểm sát tỉnh sẽ thông tin định kỳ."
    )
    names = [n for n, _ in _agencies(text)]
    assert "Viện kiểm sát nhân dân tỉnh" in names
    assert "Viện kiểm sát tỉnh" not in names


# --- bare Party organs, doubled committee words, a Vụ that is no department -----------------------------


def test_organs_of_a_party_committee_listed_with_other_bodies_are_agencies():
    text = "Dự hội nghị có lãnh đạo Ủy ban Kiểm tra, Văn phòng Đảng ủy, Công an, Ban Chỉ huy Quân sự xã."
    assert _names(text) == [
        ("Ủy ban Kiểm tra", "party"),
        ("Văn phòng Đảng ủy", "party"),
        ("Công an xã", "police"),
        ("Ban Chỉ huy Quân sự xã", "military"),
    ]


def test_a_bare_party_organ_alone_is_no_agency():
    assert _names("Theo Ủy ban Kiểm tra, năm qua không có vi phạm.") == []


def test_a_bare_party_organ_named_with_its_committee_before_is_that_body():
    text = (
        "Ban Tuyên giáo Tỉnh ủy, Sở Tư pháp tổ chức hội nghị. Dự có cán bộ của Ban Tuyên giáo, Sở Tư pháp và "
        "Tòa án nhân dân tỉnh."
    )
    assert ("Ban Tuyên giáo", "party") not in _agencies(text)


def test_a_meeting_room_of_the_committee_heads_no_list():
    text = "Sáng 2/4, tại phòng họp Đảng ủy, Đảng ủy phường Sông Hiến tổ chức hội nghị giao ban."
    assert _names(text) == [("Đảng ủy phường Sông Hiến", "party")]


def test_a_duty_of_the_year_in_an_all_caps_headline_is_no_department():
    assert _names("TRIỂN KHAI NHIỆM VỤ NĂM 2025 CỦA KHỐI NỘI CHÍNH") == []


# --- titles -------------------------------------------------------------------------------------------


def test_youth_union_in_a_title_is_not_read_as_a_person():
    text = (
        "Ngày 8/4, anh Lý Văn Hòa - Ủy viên Ban Thường vụ T.Ư Đoàn, Bí thư Đoàn Thanh niên Chính phủ và anh "
        "Nông Đức Mạnh, Bí thư Tỉnh Đoàn Cao Bằng đã ký kế hoạch phối hợp."
    )
    persons = _persons(text)
    assert "Đoàn Thanh" not in persons
    assert persons["Lý Văn Hòa"] == ["Ủy viên Ban Thường vụ Trung ương Đoàn", "Bí thư Đoàn Thanh niên Chính phủ"]


def test_a_body_after_a_complete_title_is_no_part_of_it():
    text = (
        "Dưới sự chủ trì của Đại tá Hoàng Văn Lộc - Giám đốc Công an tỉnh, Công an tỉnh và Sở Y tế đã ký kết "
        "chương trình phối hợp."
    )
    assert _persons(text)["Hoàng Văn Lộc"] == ["Giám đốc Công an tỉnh"]


def test_a_body_after_a_bare_title_is_its_body():
    assert _persons("Đại tá Hoàng Văn Lộc, Chính ủy, Bộ CHQS tỉnh dự lễ.")["Hoàng Văn Lộc"] == [
        "Chính ủy Bộ Chỉ huy Quân sự tỉnh"
    ]


def test_area_defence_command_abbreviated_in_a_title_chain():
    text = "Dự lễ có Đại tá Ma Văn Tùng – Chính ủy BCH Phòng thủ khu vực 2 – Hòa An; cùng lãnh đạo xã."
    assert _persons(text)["Ma Văn Tùng"] == ["Chính ủy Ban Chỉ huy Phòng thủ khu vực 2 - Hòa An"]


def test_central_front_committee_abbreviated_in_a_title_is_spelled_out():
    text = "Dự có đồng chí Hà Văn Lâm - Ủy viên Bộ Chính trị, Chủ tịch UBTƯMTTQ Việt Nam."
    assert _persons(text)["Hà Văn Lâm"] == [
        "Ủy viên Bộ Chính trị",
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]


def test_a_name_like_a_province_after_a_form_of_address_is_a_person():
    text = (
        "Sáng 2/4, các đồng chí: Lò Văn Sáu - Ủy viên Bộ Chính trị và đồng chí Trần Thái Bình - Ủy viên Trung "
        "ương Đảng, Viện trưởng VKSND tối cao chủ trì hội nghị."
    )
    assert _persons(text)["Trần Thái Bình"] == [
        "Ủy viên Trung ương Đảng",
        "Viện trưởng Viện Kiểm sát nhân dân tối cao",
    ]


def test_deputy_head_of_a_general_department():
    assert _persons("Thiếu tướng Đinh Văn Quý, Phó Tổng cục trưởng Tổng cục Cảnh sát dự lễ.")["Đinh Văn Quý"] == [
        "Phó Tổng cục trưởng Tổng cục Cảnh sát"
    ]


def test_bare_front_committee_is_the_one_named_with_its_level():
    text = (
        "Đồng chí Lục Văn Sơn – Trưởng Công an xã và đồng chí Bế Thị Lan – Chủ tịch Ủy ban Mặt trận Tổ quốc Việt "
        "Nam xã ký kết chương trình phối hợp. Chương trình phát huy vai trò của lực lượng Công an xã, Ủy ban Mặt "
        "trận Tổ quốc và các tổ chức chính trị - xã hội."
    )
    names = [n for n, _ in _agencies(text)]
    assert "Ủy ban Mặt trận Tổ quốc" not in names


def _titled_agencies(title: str, body: str):
    facts = extract_article(Article("t", f"{title}\n{body}", published="2024-04-10", province="Cao Bằng", title=title))
    return sorted((a.name, a.sector) for a in facts.agencies)


def test_headline_short_form_of_a_party_committee_goes_by_the_texts_name():
    title = "Sơ kết quy chế phối hợp giữa Đảng ủy BĐBP tỉnh với Huyện ủy Bảo Lâm"
    body = "Chiều 4/4, Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng cùng Huyện ủy Bảo Lâm sơ kết quy chế phối hợp."
    assert _titled_agencies(title, body) == [
        ("Huyện ủy Bảo Lâm", "party"),
        ("Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng", "party"),
    ]


def test_headline_service_name_is_the_body_the_text_names():
    title = "Biên phòng Cao Bằng phối hợp bảo vệ biên giới"
    body = (
        "Chiều 4/4, Đảng ủy Bộ đội Biên phòng tỉnh Cao Bằng và Huyện ủy Bảo Lâm sơ kết quy chế. Năm qua, Ban "
        "Thường vụ Đảng ủy BĐBP tỉnh Cao Bằng duy trì trao đổi thông tin."
    )
    names = [n for n, _ in _titled_agencies(title, body)]
    assert "Biên phòng Cao Bằng" not in names
    assert "Đảng ủy Bộ đội Biên phòng tỉnh Cao Bằng" in names


def test_hard_wrapped_page_keeps_names_and_titles_whole():
    text = (
        "Liên ngành Tòa án nhân dân và Viện kiểm sát nhân dân tỉnh tổ chức hội nghị.\n\n"
        "Sáng ngày 12/5/2022, Liên ngành Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh Cao\n"
        "Bằng đã tổ chức hội nghị sơ kết quy chế phối hợp trong việc tổ chức phiên tòa rút kinh\n"
        "nghiệm. Liên ngành Tòa án nhân dân và Viện kiểm sát nhân dân huyện Hòa An tham\n"
        "dự tại điểm cầu trực tuyến. Dự Hội nghị có đồng chí Hoàng Thị Mai, Trưởng ban\n"
        "pháp chế Hội đồng nhân dân huyện, đồng chí Lương Văn Đức, Viện trưởng Viện kiểm sát nhân\n"
        "dân huyện, đồng chí Nông Văn Thịnh, Chánh án Tòa án nhân dân huyện cùng toàn thể thẩm phán.\n"
    )
    persons = _persons(text)
    assert persons["Lương Văn Đức"] == ["Viện trưởng Viện kiểm sát nhân dân huyện"]
    assert persons["Nông Văn Thịnh"] == ["Chánh án Tòa án nhân dân huyện"]


def test_short_lines_of_a_page_are_not_joined():
    from phoihop.extract.hard_wraps import join_hard_wraps

    text = "Công an tỉnh ký kết với\nHội Nông dân\nChiều 3/4, hai bên\nký kết\nvà trao\nquà\ncho\nhọc sinh."
    assert join_hard_wraps(text) == text


def test_a_body_naming_an_anniversary_is_no_agency():
    text = (
        "Hoạt động chào mừng kỷ niệm 80 năm Ngày thành lập Hội LHPN Việt Nam. Ngày 2/4, Hội Phụ nữ Công an tỉnh "
        "và Tỉnh Đoàn Cao Bằng ký kết chương trình phối hợp."
    )
    names = [n for n, _ in _agencies(text)]
    assert not any(n.startswith("Hội Liên hiệp Phụ nữ") for n in names)


def test_long_name_of_a_ministry_department_in_a_title():
    text = "Dự có Đại tá Vi Văn Hậu, Phó Cục trưởng Cục Xây dựng phong trào toàn dân bảo vệ ANTQ – Bộ Công an."
    assert _persons(text)["Vi Văn Hậu"] == [
        "Phó Cục trưởng Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc - Bộ Công an"
    ]


def test_the_women_of_a_body_are_not_the_body():
    text = (
        "Ngày 19/4, Hội Phụ nữ Công an tỉnh Cao Bằng tổ chức ký kết giao ước thi đua. Phong trào nhằm xây dựng "
        "phụ nữ Công an tỉnh Cao Bằng có bản lĩnh vững vàng, tạo khí thế thi đua trong phụ nữ Công an tỉnh."
    )
    assert _agencies(text) == [("Hội Phụ nữ Công an tỉnh Cao Bằng", "front")]


def test_unit_of_a_body_named_by_its_bracketed_short_name():
    text = (
        "Ngày 4/5, Liên hiệp các Hội Khoa học và Kỹ thuật Cao Bằng (Liên hiệp hội) và Hội Nông dân tỉnh ký kết "
        "chương trình phối hợp. Tham dự có Ban Thường vụ Liên hiệp hội; lãnh đạo Hội Nông dân tỉnh."
    )
    assert ("Ban Thường vụ Liên hiệp hội", "front") in _agencies(text)


def test_a_bracketed_remark_is_no_short_name():
    text = "Ngày 4/5, Hội Nông dân tỉnh (đứng giữa ảnh) ký kết chương trình. Ban Thường vụ đứng giữa ảnh cùng dự."
    assert _agencies(text) == [("Hội Nông dân tỉnh", "front")]


def test_trade_union_and_party_cell_of_a_department_take_their_own_kind():
    text = "Công đoàn Sở Y tế tỉnh và Chi bộ Văn phòng UBND tỉnh ký kết chương trình phối hợp."
    assert _names(text) == [
        ("Công đoàn Sở Y tế tỉnh", "front"),
        ("Chi bộ Văn phòng Ủy ban nhân dân tỉnh", "party"),
    ]


def test_police_department_name_stops_at_a_verb():
    text = "Chi đoàn Phòng Cảnh sát giao thông kết nghĩa với Chi đoàn Ngân hàng Chính sách xã hội tỉnh."
    assert _names(text) == [
        ("Chi đoàn Phòng Cảnh sát giao thông", "front"),
        ("Chi đoàn Ngân hàng Chính sách xã hội tỉnh", "front"),
    ]


def test_staff_office_before_its_command_with_or_without_a_dash():
    text = (
        "Phòng Chính trị - Bộ chỉ huy quân sự tỉnh cùng Ban Tuyên giáo Huyện ủy Hòa An ký kết. Phòng Hậu cần - "
        "Kỹ thuật Bộ CHQS tỉnh và Phòng Công tác chính trị Công an tỉnh dự."
    )
    assert _names(text) == [
        ("Phòng Chính trị Bộ chỉ huy quân sự tỉnh", "military"),
        ("Ban Tuyên giáo Huyện ủy Hòa An", "party"),
        ("Phòng Hậu cần - Kỹ thuật Bộ Chỉ huy Quân sự tỉnh", "military"),
        ("Phòng Công tác chính trị Công an tỉnh", "police"),
    ]


def test_organs_listed_before_an_organ_named_with_its_committee_share_the_committee():
    text = "Dự hội nghị có lãnh đạo Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy và Sở Nội vụ."
    assert _names(text) == [
        ("Ban Tuyên giáo Tỉnh ủy", "party"),
        ("Ban Dân vận Tỉnh ủy", "party"),
        ("Văn phòng Tỉnh ủy", "party"),
        ("Sở Nội vụ", "state"),
    ]


def test_organ_of_every_committee_is_a_category():
    text = "Quy chế phối hợp giữa UBKT Đảng ủy Quân sự tỉnh với UBKT các Huyện ủy, Thành ủy được thông qua."
    assert _names(text) == [("Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh", "party")]
