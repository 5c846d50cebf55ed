"""Bodies round s34's black-box helpers found cut, split or missed (made-up sentences in the image of their pages on
the sea and islands, veterans, trade unions and firms, defence education): numbered units named with their force and
province, radar stations, the liaison boards of a formation's veterans, firms' trades printed with one capital, a
sector union before a verb, a command's school, a member university after a dash, defence education's short forms, a
lower-case head shared by placed bodies; and the page furniture that named bodies: a unit credited with the page, a
writer's force in brackets, another article's teaser under its outlet's dateline."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Nghệ An", published="2023-06-20"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hải đội 2 BĐBP Nghệ An đã cứu 46 ngư dân gặp nạn trên biển.", "Hải đội 2 Bộ đội Biên phòng Nghệ An"),
        ("Hải đội 3 BĐBP tỉnh tuần tra vùng biển.", "Hải đội 3 Bộ đội Biên phòng tỉnh"),
        ("Đại đội 5 BĐBP Hà Tĩnh trao quà.", "Đại đội 5 Bộ đội Biên phòng Hà Tĩnh"),
    ],
)
def test_a_numbered_unit_of_a_province_s_border_force_keeps_the_force_and_province(text, name):
    assert agency_names(_facts(text)) == [name]


def test_control_a_numbered_flotilla_alone_stays_a_body():
    assert agency_names(_facts("Hải đội 101 đã tuần tra vùng biển quanh đảo.")) == ["Hải đội 101"]


def test_a_radar_station_by_its_number_signs():
    facts = _facts("Ngày 9/5, UBND xã Ninh Vân ký kết quy chế phối hợp với Trạm Ra đa 590.", "Khánh Hòa")
    assert ("Trạm Ra đa 590", "military") in named_sectors(facts)
    assert party_sets(facts) == [("Trạm Ra đa 590", "Ủy ban nhân dân xã Ninh Vân")]


def test_a_radar_station_after_a_border_post_is_no_post_of_its_own_name():
    facts = _facts(
        "Ngày 15/1, Đảng ủy đặc khu Cồn Cỏ, Đồn Biên phòng Cồn Cỏ và Trạm Ra-đa 480 ký kết quy chế phối hợp.",
        "Quảng Trị",
        "2026-01-16",
    )
    assert party_sets(facts) == [("Trạm Ra-đa 480", "Đảng ủy đặc khu Cồn Cỏ", "Đồn Biên phòng Cồn Cỏ")]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ngày 8/5, Ban Liên lạc Cựu chiến binh Trung đoàn 52 Tây Tiến tổ chức gặp mặt kỷ niệm.",
            "Ban Liên lạc Cựu chiến binh Trung đoàn 52 Tây Tiến",
        ),
        ("Ban Liên lạc CCB Sư đoàn 968 trao tặng 50 triệu đồng.", "Ban Liên lạc Cựu chiến binh Sư đoàn 968"),
        ("Đại diện Ban Liên lạc Cựu chiến binh Mặt trận 579 dự họp.", "Ban Liên lạc Cựu chiến binh Mặt trận 579"),
    ],
)
def test_a_formation_s_veterans_liaison_board_is_one_body_of_the_front(text, name):
    assert named_sectors(_facts(text)) == {(name, "front")}


def test_control_a_liaison_board_before_another_body_stops_at_its_number():
    facts = _facts("Ban Liên lạc CCB Sư đoàn 968 và Hội CCB tỉnh dự lễ.")
    assert agency_names(facts) == ["Ban Liên lạc Cựu chiến binh Sư đoàn 968", "Hội Cựu chiến binh tỉnh"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Ngày 4/3, Công đoàn cơ sở Công ty TNHH Điện tử Kim Long ký kết quy chế phối hợp với Công an xã Yên Phong.",
            "Công đoàn cơ sở Công ty TNHH Điện tử Kim Long",
        ),
        (
            "Ngày 14-7, Công đoàn Tổng công ty Dịch vụ Công ích Sài Gòn ký kết chương trình với Công an quận 3.",
            "Công đoàn Tổng công ty Dịch vụ Công ích Sài Gòn",
        ),
    ],
)
def test_a_firm_s_trade_printed_with_one_capital_stays_in_its_union_s_name(text, name):
    facts = _facts(text, "Bắc Ninh", "2026-08-01")
    assert name in agency_names(facts)
    assert any(name in parties for parties in party_sets(facts))


def test_control_a_firm_named_before_a_verb_stops_at_it():
    facts = _facts("Công đoàn Công ty Hoa Sen tặng quà cho Công an xã Yên Phong.")
    assert "Công đoàn Công ty Hoa Sen" in agency_names(facts)


def test_the_industrial_and_export_zones_board_sharing_its_zone_word():
    facts = _facts(
        "Ngày 8-3, Công an thành phố Đà Nẵng làm việc với Ban Quản lý các Khu công nghiệp và chế xuất Đà Nẵng.",
        "Đà Nẵng",
    )
    assert "Ban Quản lý các Khu công nghiệp và chế xuất Đà Nẵng" in agency_names(facts)


def test_a_sector_union_s_name_ends_before_a_verb():
    facts = _facts(
        "Năm 2024, Công đoàn Viên chức tỉnh làm Khối trưởng, Công đoàn ngành Y tế làm Khối phó. Ngày 7-10, Công "
        "đoàn ngành Giáo dục trao 50 suất quà. Công đoàn ngành Giao thông vận tải tỉnh dự.",
        "Đồng Nai",
    )
    assert agency_names(facts) == [
        "Công đoàn Viên chức tỉnh",
        "Công đoàn ngành Giao thông vận tải tỉnh",
        "Công đoàn ngành Giáo dục",
        "Công đoàn ngành Y tế",
    ]


def test_a_command_s_military_school_is_one_body():
    facts = _facts("Sáng 12-3, Trường Quân sự Bộ Tư lệnh TPHCM khai giảng lớp bồi dưỡng.", "TP Hồ Chí Minh")
    assert agency_names(facts) == ["Trường Quân sự Bộ Tư lệnh Thành phố Hồ Chí Minh"]


def test_a_member_school_with_its_university_after_a_dash():
    facts = _facts(
        "Ngày 27/5, Đoàn Thanh niên Trường Đại học Sư phạm - Đại học Thái Nguyên được tặng Bằng khen.", "Thái Nguyên"
    )
    assert agency_names(facts) == ["Đoàn Thanh niên Trường Đại học Sư phạm - Đại học Thái Nguyên"]


def test_defence_education_s_short_forms_are_spelled_out_in_bodies_and_posts():
    facts = _facts(
        "Đồng chí Đặng Huy Hậu, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng GDQP&AN tỉnh phát biểu. Ông Lê Văn Tám, "
        "Giám đốc Trung tâm GDQP-AN Trường Đại học Cần Thơ dự. Ngày 5/6, Hội đồng GDQP&AN tỉnh tổ chức hội nghị.",
        "Quảng Ninh",
    )
    posts = positions_by_name(facts)
    assert posts["Đặng Huy Hậu"][-1] == "Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh"
    assert posts["Lê Văn Tám"] == ["Giám đốc Trung tâm Giáo dục quốc phòng và an ninh Trường Đại học Cần Thơ"]
    assert "Hội đồng Giáo dục quốc phòng và an ninh tỉnh" in agency_names(facts)


def test_a_lower_case_head_before_a_short_form_shared_by_placed_districts():
    facts = _facts(
        "Sở GD&ĐT chỉ đạo các phòng GD&ĐT huyện Mường Nhé, Nậm Pồ, Mường Chà bố trí thời lượng.", "Điện Biên"
    )
    assert agency_names(facts) == [
        "Phòng Giáo dục và Đào tạo huyện Mường Chà",
        "Phòng Giáo dục và Đào tạo huyện Mường Nhé",
        "Phòng Giáo dục và Đào tạo huyện Nậm Pồ",
        "Sở Giáo dục và Đào tạo",
    ]


def test_control_a_lower_case_head_before_a_short_form_alone_is_a_kind():
    assert agency_names(_facts("Các phòng CSGT tăng cường tuần tra.")) == []


def test_a_signer_signs_for_his_post_not_the_steering_committee_he_sits_on_by_it():
    facts = _facts(
        "Sáng 12/4, Công an tỉnh ký kết quy chế phối hợp với Hội Nông dân tỉnh.\n\nDự lễ có Đại tá Lê Văn Hùng, Giám "
        "đốc Công an tỉnh, Phó Trưởng Ban Chỉ đạo 138 tỉnh; bà Trần Thị Mai, Chủ tịch Hội Nông dân tỉnh.\n\nĐại tá "
        "Lê Văn Hùng và bà Trần Thị Mai ký kết quy chế.",
        "Nghệ An",
        "2021-04-12",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_a_signer_signs_for_his_post_not_the_council_he_chairs_by_it():
    facts = _facts(
        "Sáng 25/9, Bộ GD&ĐT ký kết chương trình phối hợp với Bộ Quốc phòng giai đoạn 2020 - 2025.\n\nDự lễ có "
        "Thượng tướng Trần Đơn, Thứ trưởng Bộ Quốc phòng, Phó Chủ tịch Thường trực Hội đồng GDQP&AN Trung ương; ông "
        "Nguyễn Văn Phúc, Thứ trưởng Bộ GD&ĐT.\n\nThứ trưởng Nguyễn Văn Phúc và Thượng tướng Trần Đơn ký kết chương "
        "trình phối hợp.",
        None,
        "2020-09-25",
    )
    assert party_sets(facts) == [("Bộ Giáo dục và Đào tạo", "Bộ Quốc phòng")]


@pytest.mark.parametrize(
    "credit",
    ["Phòng Tham mưu", "Vụ GDQP&AN", "Thanh Tú (BĐBP Tuyên Quang)"],
)
def test_a_unit_or_a_writer_s_force_credited_below_the_report_is_no_body_of_it(credit):
    facts = _facts(
        f"Ngày 5/5, Đồn Biên phòng Lũng Cú kết nghĩa với Ủy ban nhân dân xã Má Lé.\n\n{credit}\n\nLượt xem: 1.208",
        "Tuyên Quang",
    )
    assert agency_names(facts) == ["Đồn Biên phòng Lũng Cú", "Ủy ban nhân dân xã Má Lé"]


def test_another_article_s_lead_under_the_outlet_s_dateline_again_is_a_teaser():
    facts = _facts(
        "(KGO) - Sáng 8-5, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác phối hợp.\n\nQuang cảnh hội "
        "nghị. Ảnh: Minh Châu\n\n(KGO) - Chiều 7-5, Hội Nông dân tỉnh tổ chức hội nghị tập huấn ...",
        "Kiên Giang",
    )
    assert agency_names(facts) == ["Hội Cựu chiến binh tỉnh"]


def test_control_the_outlet_s_dateline_once_is_the_report():
    facts = _facts("(KGO) - Chiều 7-5, Hội Nông dân tỉnh tổ chức hội nghị tập huấn ...", "Kiên Giang")
    assert agency_names(facts) == ["Hội Nông dân tỉnh"]


def test_a_department_s_board_named_bare_later_is_the_board_named_with_it():
    facts = _facts(
        "Sáng 5/3, Ban Tôn giáo Sở Nội vụ phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị. Thời gian qua, Ban Tôn "
        "giáo phối hợp với Công an tỉnh theo dõi các sinh hoạt tôn giáo.",
        "Tây Ninh",
    )
    assert agency_names(facts) == ["Ban Dân vận Tỉnh ủy", "Ban Tôn giáo Sở Nội vụ", "Công an tỉnh"]


def test_a_military_region_s_paper_by_its_code_opening_the_lead_is_no_body():
    facts = _facts("QK4 - Chiều 9/5, Báo Nghệ An ký kết chương trình phối hợp với Bộ CHQS tỉnh.")
    assert agency_names(facts) == ["Báo Nghệ An", "Bộ Chỉ huy Quân sự tỉnh"]


def test_a_general_department_s_banner_over_its_provincial_department_is_furniture():
    facts = _facts(
        "TỔNG CỤC THI HÀNH ÁN DÂN SỰ - CỤC THADS TỈNH TRÀ VINH\nTin tức - Sự kiện | Ngày đăng: 26/03/2015\nNgày "
        "25/3/2015, Chi cục Thi hành án dân sự huyện Cầu Kè ký kết quy chế phối hợp với Công an huyện Cầu Kè.",
        "Trà Vinh",
        "2015-03-26",
    )
    assert agency_names(facts) == ["Chi cục Thi hành án dân sự huyện Cầu Kè", "Công an huyện Cầu Kè"]


def test_control_the_merged_outlet_of_2025_stays_one_body():
    facts = _facts(
        "Ngày 5/9, Ban Tuyên giáo và Dân vận Tỉnh ủy ký kết chương trình phối hợp với Báo và Phát thanh, Truyền hình "
        "Thanh Hóa.",
        "Thanh Hóa",
        "2025-09-05",
    )
    assert "Báo và Phát thanh, Truyền hình Thanh Hóa" in agency_names(facts)


def test_the_union_of_the_industrial_and_export_zones_sharing_its_zone_word():
    facts = _facts(
        "Dự có đại diện Công an quận Liên Chiểu và Công đoàn các Khu công nghiệp và chế xuất Đà Nẵng.", "Đà Nẵng"
    )
    assert "Công đoàn các Khu công nghiệp và chế xuất Đà Nẵng" in agency_names(facts)
