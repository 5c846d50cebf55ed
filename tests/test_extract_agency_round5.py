"""Agency and title classes of the fifth round (made-up sentences of other provinces and numbers): police and army
schools, numbered units with their arm, associations with their national name or level, forest boards, bank
branches, steering committees, police departments of the ministry, and the heads of such bodies."""

from __future__ import annotations

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _facts(text: str, province: str | None = "Bắc Kạn", published: str = "2024-05-14"):
    return extract_article(Article("t", text, published=published, province=province))


def _agencies(text: str, province: str | None = "Bắc Kạn"):
    return sorted((a.name, a.sector) for a in _facts(text, province).agencies)


def _positions(text: str):
    return {p.name: p.positions for p in _facts(text).persons}


# --- schools and academies of the police and the army ------------------------------------------------


def test_a_police_university_is_a_police_body():
    text = "Trường Đại học An ninh nhân dân và Ủy ban nhân dân tỉnh Tây Ninh ký kết chương trình phối hợp."
    assert ("Trường Đại học An ninh nhân dân", "police") in _agencies(text)


def test_a_numbered_police_college_keeps_its_number():
    text = "Trường Cao đẳng Cảnh sát nhân dân II ký kết chương trình phối hợp với Công an tỉnh Bến Tre."
    assert ("Trường Cao đẳng Cảnh sát nhân dân II", "police") in _agencies(text)


def test_the_political_academy_of_the_police_is_no_army_academy():
    text = "Học viện Chính trị Công an nhân dân và Tỉnh ủy Hà Nam ký kết chương trình phối hợp."
    assert ("Học viện Chính trị Công an nhân dân", "police") in _agencies(text)


def test_an_army_hospital_is_named_by_its_number():
    text = "Bệnh viện Quân y 87 và Sở Y tế tỉnh Phú Yên ký kết chương trình phối hợp."
    assert ("Bệnh viện Quân y 87", "military") in _agencies(text)


# --- numbered units with their arm --------------------------------------------------------------------


def test_a_border_guard_flotilla_names_its_force_before_the_number():
    text = "Hải đoàn Biên phòng 48 ký kết quy chế phối hợp với Ủy ban nhân dân huyện Phú Quý."
    assert ("Hải đoàn Biên phòng 48", "military") in _agencies(text)


def test_a_border_guard_squadron_names_its_force_after_the_number():
    text = "Hải đội 3 Biên phòng và Đồn Biên phòng Cát Bà ký kết chương trình phối hợp."
    assert ("Hải đội 3 Biên phòng", "military") in _agencies(text)


# --- associations: national name, level word ----------------------------------------------------------


def test_an_association_keeps_its_national_name():
    text = "Hội Luật gia Việt Nam và Bộ Tư pháp ký kết chương trình phối hợp."
    assert ("Hội Luật gia Việt Nam", "front") in _agencies(text)


def test_the_central_body_of_an_association_keeps_its_national_name():
    text = "Trung ương Hội Chữ thập đỏ Việt Nam và Bộ Y tế ký kết chương trình phối hợp."
    assert ("Trung ương Hội Chữ thập đỏ Việt Nam", "front") in _agencies(text)


def test_an_association_of_any_name_takes_its_level_word():
    text = "Hội Cựu giáo chức tỉnh, Hội Khuyến học tỉnh và Hội Sinh vật cảnh tỉnh ký kết chương trình phối hợp."
    assert _agencies(text) == [
        ("Hội Cựu giáo chức tỉnh", "front"),
        ("Hội Khuyến học tỉnh", "front"),
        ("Hội Sinh vật cảnh tỉnh", "front"),
    ]


def test_a_counted_level_after_an_association_is_no_part_of_its_name():
    text = "Lãnh đạo Hội Nông dân ba tỉnh Hòa Bình, Sơn La và Điện Biên ký kết chương trình phối hợp."
    assert not [n for n, _ in _agencies(text) if "ba tỉnh" in n]


def test_the_national_front_committee_stays_a_front_body():
    text = "Cục An ninh nội địa - Bộ Công an và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ký kết kế hoạch phối hợp."
    assert ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front") in _agencies(text)


# --- forest boards, bank branches, steering committees, police departments ------------------------------


def test_a_forest_protection_board_is_named_after_its_forest():
    text = "Ban Quản lý rừng phòng hộ Na Rì và Hạt Kiểm lâm huyện Na Rì ký kết quy chế phối hợp."
    assert _agencies(text) == [
        ("Ban Quản lý rừng phòng hộ Na Rì", "state"),
        ("Hạt Kiểm lâm huyện Na Rì", "state"),
    ]


def test_a_bank_branch_named_after_the_bank_keeps_the_branch():
    text = "Ngân hàng Chính sách xã hội chi nhánh tỉnh Bắc Kạn và Hội Nông dân tỉnh ký kết văn bản liên tịch."
    assert ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Bắc Kạn", "state") in _agencies(text)


def test_a_numbered_steering_committee_of_a_party_committee_is_a_party_body():
    text = "Ban Chỉ đạo 35 Tỉnh ủy và Ban Tuyên giáo Tỉnh ủy ký kết quy chế phối hợp."
    assert ("Ban Chỉ đạo 35 Tỉnh ủy", "party") in _agencies(text)


def test_a_numbered_steering_committee_with_a_level_is_a_state_body():
    text = "Công an huyện cùng các ngành thực hiện chương trình do Ban Chỉ đạo 389 huyện đề ra."
    assert ("Ban Chỉ đạo 389 huyện", "state") in _agencies(text)


def test_a_department_of_the_ministry_named_for_a_police_service_is_a_police_body():
    text = "Cục Cảnh sát giao thông và Ủy ban nhân dân tỉnh Hà Nam ký kết kế hoạch phối hợp."
    assert ("Cục Cảnh sát giao thông", "police") in _agencies(text)


def test_a_long_department_name_runs_to_its_last_word():
    text = "Dự có đại diện Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc - Bộ Công an và Công an tỉnh."
    assert ("Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc", "police") in _agencies(text)


# --- titles of the heads of such bodies --------------------------------------------------------------------


def test_the_head_of_a_forest_protection_post_has_a_position():
    text = "Đồng chí Ma Văn Toàn, Hạt trưởng Hạt Kiểm lâm huyện Ba Bể phát biểu."
    assert _positions(text) == {"Ma Văn Toàn": ["Hạt trưởng Hạt Kiểm lâm huyện Ba Bể"]}


def test_the_head_of_a_numbered_steering_committee_keeps_its_number_and_level():
    text = "Đồng chí Hoàng Văn Lực, Trưởng Ban Chỉ đạo 389 huyện phát biểu."
    assert _positions(text) == {"Hoàng Văn Lực": ["Trưởng Ban Chỉ đạo 389 huyện"]}


# --- the command word of an abbreviated military command, by level ---------------------------------------


def test_a_glued_command_abbreviation_of_a_district_is_a_ban_chi_huy():
    text = "BCHQS huyện Chợ Đồn và Công an huyện Chợ Đồn ký kết quy chế phối hợp."
    assert ("Ban Chỉ huy Quân sự huyện Chợ Đồn", "military") in _agencies(text)


def test_a_command_of_a_bare_city_in_a_province_is_a_ban_chi_huy():
    text = "Đồng chí Thiếu tá Đinh Văn Hải - Phó Chỉ huy trưởng, Tham mưu trưởng BCH QS TP phát biểu."
    assert _positions(text) == {"Đinh Văn Hải": ["Phó Chỉ huy trưởng", "Tham mưu trưởng Ban Chỉ huy Quân sự Thành phố"]}


def test_a_command_of_a_central_city_stays_a_bo_chi_huy():
    text = "Đảng ủy BCHQS TP Đà Nẵng ký kết quy chế phối hợp với Thành ủy."
    assert ("Đảng ủy Bộ Chỉ huy Quân sự Thành phố Đà Nẵng", "party") in _agencies(text, "Đà Nẵng")


def test_a_city_command_named_bare_or_by_its_service_is_the_one_named_with_the_city():
    text = (
        "Đảng ủy BCHQS TP Bắc Kạn vừa ký kết quy chế phối hợp với Thành ủy Bắc Kạn.\n\n"
        "Theo quy chế, Đảng ủy Quân sự thành phố sẽ hướng dẫn các phường. Đảng ủy Ban CHQS thành phố "
        "báo cáo kết quả hằng năm."
    )
    assert [n for n, s in _agencies(text) if s == "party"] == [
        "Thành ủy Bắc Kạn",
        "Đảng ủy Ban Chỉ huy Quân sự Thành phố Bắc Kạn",
    ]


def test_a_bare_city_command_is_the_one_of_the_city_named_in_the_text():
    text = (
        "Đảng ủy BCHQS TP Tam Điệp vừa ký kết quy chế phối hợp với Thành ủy Tam Điệp.\n\n"
        "Theo quy chế, Đảng ủy Quân sự thành phố sẽ hướng dẫn các phường."
    )
    assert [n for n, s in _agencies(text, "Ninh Bình") if s == "party"] == [
        "Thành ủy Tam Điệp",
        "Đảng ủy Ban Chỉ huy Quân sự Thành phố Tam Điệp",
    ]


# --- one body under its short and its full name ------------------------------------------------------------


def test_a_border_command_named_without_its_force_is_named_as_printed():
    text = "Ban Dân vận Tỉnh ủy và BCH Quân sự, BCH Biên phòng, Công an tỉnh ký kết chương trình phối hợp."
    assert ("Bộ Chỉ huy Biên phòng tỉnh", "military") in _agencies(text)


def test_the_short_and_the_full_name_of_a_border_command_are_one_body():
    text = (
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh và Hội Nông dân tỉnh ký kết quy chế phối hợp.\n\n"
        "Theo quy chế, Bộ Chỉ huy Biên phòng tỉnh chủ trì tuyên truyền ở các xã biên giới biển."
    )
    assert [n for n, s in _agencies(text, "Hà Tĩnh") if s == "military"] == [
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh"
    ]


# --- titles of units: fields joined by "và", the parent body after a comma ---------------------------------


def test_a_unit_title_whose_fields_va_joins_runs_to_its_end():
    text = (
        "Dự lễ có chị Lò Thị Hương, Phó Bí thư Tỉnh Đoàn, Trưởng Ban Xây dựng Đoàn và thanh niên trường học; "
        "anh Lý A Páo."
    )
    assert _positions(text)["Lò Thị Hương"] == [
        "Phó Bí thư Tỉnh Đoàn",
        "Trưởng Ban Xây dựng Đoàn và thanh niên trường học",
    ]


def test_a_va_before_a_clause_still_ends_the_title():
    text = "Chị Lò Thị Hương, Trưởng Ban Xây dựng Đoàn và đại diện các chi đoàn dự lễ ký kết."
    assert _positions(text)["Lò Thị Hương"] == ["Trưởng Ban Xây dựng Đoàn"]


def test_the_body_of_a_unit_title_after_a_comma_belongs_to_the_title():
    text = "Tham dự có anh Hà Văn Khánh, Phó Trưởng ban Văn nghệ, Báo Nhân dân."
    assert _positions(text) == {"Hà Văn Khánh": ["Phó Trưởng ban Văn nghệ, Báo Nhân dân"]}


def test_a_standing_deputy_before_a_comma_takes_no_body():
    text = "Tham dự có anh Hà Văn Khánh, Phó Trưởng ban Thường trực, Ban Tuyên giáo Tỉnh ủy."
    assert _positions(text) != {"Hà Văn Khánh": ["Phó Trưởng ban Thường trực, Ban Tuyên giáo Tỉnh ủy"]}


# --- the Youth Union named bare --------------------------------------------------------------------------


def test_a_bare_youth_union_is_the_one_union_of_a_level_the_article_names():
    text = (
        "Đoàn Thanh niên và Bộ đội Biên phòng ký kết chương trình phối hợp\n\n"
        "Ngày 2-5, Tỉnh Đoàn và Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã ký kết chương trình phối hợp."
    )
    assert [n for n, s in _agencies(text, "Thái Bình") if s == "front"] == ["Tỉnh Đoàn"]


def test_a_bare_youth_union_next_to_a_unit_of_the_union_only_stays_bare():
    text = (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết chương trình.\n\n"
        "Ban Thường vụ Tỉnh đoàn giao các cơ sở đoàn thực hiện."
    )
    names = [n for n, s in _agencies(text, "Thái Bình") if s == "front"]
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" in names


def test_mass_organisations_at_the_grassroots_are_a_category():
    text = (
        "Quận Đoàn và Hội Cựu chiến binh quận khen thưởng 5 tập thể của Đoàn Thanh niên và Hội Cựu chiến binh "
        "cấp cơ sở."
    )
    assert _agencies(text, "Đà Nẵng") == [("Hội Cựu chiến binh quận", "front"), ("Quận Đoàn", "front")]


# --- police departments named without a level -----------------------------------------------------------------


def test_a_police_department_named_by_its_code_is_an_agency_without_a_level():
    text = "Khối thi đua do Phòng PC06 làm Khối trưởng, Phòng PA03 làm Khối phó đã ký kết giao ước thi đua năm 2024."
    names = [n for n, _ in _agencies(text)]
    assert "Phòng PC06" in names and "Phòng PA03" in names


def test_a_police_department_takes_no_district_level_of_a_list():
    text = "Tham gia có Phòng Cảnh sát giao thông, Ban Chỉ huy Quân sự huyện Bạch Thông và Công an huyện Bạch Thông."
    names = [n for n, _ in _agencies(text)]
    assert "Phòng Cảnh sát giao thông" in names
    assert "Phòng Cảnh sát giao thông huyện Bạch Thông" not in names


# --- broadcasters and the committee of an association ----------------------------------------------------------


def test_a_broadcaster_abbreviated_with_spaces_round_its_dash_is_spelt_out():
    text = "Liên hiệp các tổ chức hữu nghị tỉnh phối hợp cùng Đài PT- TH Lạng Sơn tổ chức hội nghị."
    assert ("Đài Phát thanh - Truyền hình Lạng Sơn", "state") in _agencies(text, "Lạng Sơn")


def test_a_national_broadcaster_is_a_state_body():
    text = "Đài Tiếng nói Việt Nam và Bộ Chỉ huy Quân sự tỉnh Lạng Sơn ký kết chương trình phối hợp."
    assert ("Đài Tiếng nói Việt Nam", "state") in _agencies(text, "Lạng Sơn")


def test_the_committee_of_an_association_is_in_the_associations_sector():
    text = "Năm 2021, Ủy ban Hội LHTN Việt Nam tỉnh Cà Mau chọn xã Đất Mũi làm điểm ra quân."
    assert _agencies(text, "Cà Mau") == [("Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Cà Mau", "front")]


# --- departments of 2025 by their short forms, border control posts, fisheries surveillance ------------------


def test_the_departments_of_2025_are_spelt_out_from_their_short_forms():
    text = "Sở NN&MT tỉnh và Sở DT&TG tỉnh ký kết chương trình phối hợp."
    assert _agencies(text) == [
        ("Sở Dân tộc và Tôn giáo tỉnh", "state"),
        ("Sở Nông nghiệp và Môi trường tỉnh", "state"),
    ]


def test_a_border_control_post_is_named_after_its_port():
    text = "Trạm Kiểm soát Biên phòng Cảng Cửa Lò và Công an phường Nghi Thủy ký kết quy chế phối hợp."
    assert ("Trạm Kiểm soát Biên phòng Cảng Cửa Lò", "military") in _agencies(text, "Nghệ An")


def test_a_regional_fisheries_surveillance_office_is_a_state_body():
    text = "Chi cục Kiểm ngư Vùng III và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Thuận ký kết quy chế phối hợp."
    assert ("Chi cục Kiểm ngư Vùng III", "state") in _agencies(text, "Bình Thuận")


def test_the_fire_service_department_keeps_its_full_name_and_its_force():
    text = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Thái Bình và Sở Xây dựng ký kết."
    assert ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Thái Bình", "police") in _agencies(
        text, "Thái Bình"
    )


def test_a_border_control_post_of_a_gate_keeps_the_gate_word():
    text = "Trạm Kiểm soát Biên phòng Cửa khẩu Cảng Chân Mây ký kết với Công an xã Lộc Vĩnh."
    assert ("Trạm Kiểm soát Biên phòng Cửa khẩu Cảng Chân Mây", "military") in _agencies(text, "Huế")


def test_a_post_after_comma_kiem_is_the_persons_too():
    text = (
        "Thượng tá Lê Văn Tài, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Tây Ninh, kiêm Chỉ huy trưởng Ban Chỉ huy "
        "Bộ đội Biên phòng tỉnh Tây Ninh cho biết tình hình ổn định."
    )
    assert _positions(text) == {
        "Lê Văn Tài": [
            "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Tây Ninh",
            "Chỉ huy trưởng Ban Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh",
        ]
    }


# --- Party bodies of 2025 ----------------------------------------------------------------------------------------


def test_the_party_committee_of_the_partys_own_bodies_is_one_body():
    text = "Đảng ủy Ủy ban nhân dân tỉnh và Đảng ủy các cơ quan Đảng tỉnh ký kết quy chế phối hợp."
    assert ("Đảng ủy các cơ quan Đảng tỉnh", "party") in _agencies(text, "Điện Biên")


def test_the_party_committee_of_the_front_and_the_mass_organisations_is_one_body():
    text = "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh và Đảng ủy Công an tỉnh ký kết quy chế phối hợp."
    assert _agencies(text, "Điện Biên") == [
        ("Đảng ủy Công an tỉnh", "party"),
        ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "party"),
    ]


def test_the_policy_and_strategy_board_of_a_provincial_committee_is_a_party_body():
    text = "Ban Chính sách, chiến lược Tỉnh ủy và Văn phòng Tỉnh ủy ký kết quy chế phối hợp."
    assert ("Ban Chính sách, chiến lược Tỉnh ủy", "party") in _agencies(text, "Điện Biên")


# --- regional branches of 2025 -------------------------------------------------------------------------------


def test_a_regional_customs_branch_is_named_by_its_numbered_area():
    text = "Chi cục Hải quan khu vực IV và Công an tỉnh Bình Định ký kết quy chế phối hợp."
    assert ("Chi cục Hải quan khu vực IV", "state") in _agencies(text, "Bình Định")


def test_a_regional_tax_branch_is_a_state_body():
    text = "Chi cục Thuế khu vực 3 và Ủy ban nhân dân phường Quy Nhơn ký kết quy chế phối hợp."
    assert ("Chi cục Thuế khu vực 3", "state") in _agencies(text, "Bình Định")


def test_a_body_of_ho_chi_minh_city_named_with_the_glued_short_form():
    text = "Lễ ký kết chương trình phối hợp giữa Công an tỉnh Bình Định với Công an TPHCM được tổ chức tại Quy Nhơn."
    assert ("Công an Thành phố Hồ Chí Minh", "police") in _agencies(text, "Bình Định")


def test_the_farmers_union_by_its_three_letter_short_form():
    text = "Hội LHPN tỉnh, HND tỉnh và LĐLĐ tỉnh ký kết chương trình phối hợp."
    assert ("Hội Nông dân tỉnh", "front") in _agencies(text)


def test_the_body_of_a_unit_title_before_the_clause_belongs_to_the_title():
    text = "Đồng chí Trần Văn Dũng, Trưởng phòng Tham mưu, Bộ Chỉ huy BĐBP tỉnh phát biểu tại hội nghị."
    assert _positions(text) == {"Trần Văn Dũng": ["Trưởng phòng Tham mưu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]}


def test_a_department_paired_with_a_placed_provincial_body_takes_its_province():
    text = "Sở Ngoại vụ và Bộ Chỉ huy Quân sự tỉnh Sơn La ký kết quy chế phối hợp công tác."
    assert ("Sở Ngoại vụ tỉnh Sơn La", "state") in _agencies(text, "Điện Biên")


def test_a_department_in_a_longer_list_stays_as_it_stands():
    text = "Ba chi đoàn: Viện kiểm sát nhân dân, Sở Tư pháp, Tòa án nhân dân tỉnh Sơn La ký giao ước kết nghĩa."
    assert "Chi đoàn Sở Tư pháp tỉnh Sơn La" not in [n for n, _ in _agencies(text, "Điện Biên")]


def test_a_party_committee_set_before_its_body_with_a_dash_is_that_bodys_committee():
    text = "Năm 2024, được Đảng ủy - Bộ Chỉ huy Quân sự tỉnh trực tiếp lãnh đạo, Phòng Chính trị hoàn thành nhiệm vụ."
    assert _agencies(text, "Hưng Yên") == [
        ("Bộ Chỉ huy Quân sự tỉnh", "military"),
        ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "party"),
    ]


def test_a_dashed_party_committee_in_a_title_names_no_agency():
    text = "Đồng chí Lê Văn Phúc, Bí thư Đảng ủy - Bộ Chỉ huy Quân sự tỉnh phát biểu."
    assert ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "party") not in _agencies(text, "Hưng Yên")


def test_a_central_numbered_steering_committee_is_a_party_body():
    text = "Thực hiện hướng dẫn của Ban Chỉ đạo 35 Trung ương, Ban Tuyên giáo Tỉnh ủy và Công an tỉnh ký kết quy chế."
    assert ("Ban Chỉ đạo 35 Trung ương", "party") in _agencies(text)
