"""Classes of error found in round s27 by reading the signing sentences of a national news crawl (Dân trí,
VietNamNet, Báo Mới, 2013-2020) and by setting bodies of every kind and dates of every printing into the sentence
of a signing (the texts here are made up in their image): a month and year that put an act years back, a contract
signed with a firm, a body located by its district after a comma in a subject list, the statistics office's
branches, the police's departments and teams named by their field or short form, the army's political
departments named with their parent, and dates opened by "mùng", a weekday or "sáng sớm"."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, signing_tuples


def _facts(text, published="2025-03-06", province="Quảng Trị"):
    return extract(text, published, province)


# --- a month and year before the verb: a signing years back, retold ---


@pytest.mark.parametrize(
    "opening",
    ["Tháng 12/2015,", "Vào tháng 3 năm 2019,", "Từ tháng 5.2018,", "Trong tháng 10-2020,"],
)
def test_a_month_of_an_earlier_year_before_the_verb_retells_an_old_signing(opening):
    text = (
        "Tin\n\nSáng 5/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận.\n"
        f"{opening} Công an tỉnh và Hội Nông dân tỉnh đã ký kết Chương trình phối hợp giai đoạn 2015-2020."
    )
    assert party_sets(_facts(text)) == []


def test_a_month_of_the_pages_year_before_the_verb_is_todays_signing():
    text = "Tin\n\nTháng 3/2025, Công an tỉnh và Hội Nông dân tỉnh ký kết Chương trình phối hợp."
    assert party_sets(_facts(text)) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_a_term_written_by_its_months_is_no_time_of_the_act():
    text = (
        "Tin\n\nSáng 5/3, Công an tỉnh và Hội Nông dân tỉnh ký kết Chương trình phối hợp thực hiện từ tháng 1/2021 "
        "đến tháng 12/2025."
    )
    assert party_sets(_facts(text)) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


# --- a twinning with a commune or a village; a signing "since" a year is an old one ---


def test_a_post_twinned_with_a_commune_signs_alone():
    text = "Tin\n\nSáng 5/3, Đồn Biên phòng Cửa Tùng kết nghĩa với xã Vĩnh Thái."
    assert party_sets(_facts(text)) == [("Đồn Biên phòng Cửa Tùng",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đồn Biên phòng Cửa Tùng kết nghĩa với xã Vĩnh Thái từ năm 2010.",
        "Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp từ năm 2018 đến nay.",
    ],
)
def test_a_signing_since_an_earlier_year_is_an_old_one(sentence):
    assert party_sets(_facts(f"Tin\n\n{sentence}")) == []


def test_a_term_from_an_earlier_year_to_a_later_one_is_no_since():
    text = (
        "Tin\n\nSáng 5/3, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn từ năm 2024 đến "
        "năm 2026."
    )
    assert signing_tuples(_facts(text)) == [(("Công an tỉnh", "Hội Nông dân tỉnh"), "2025-03-05", "2024-2026")]


# --- a contract is no cooperation document, where the partner comes before it ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 5/3, UBND tỉnh ký kết với Công ty CP Đầu tư Trung Nam hợp đồng BT dự án đường ven biển.",
        "Dự án được UBND tỉnh ký kết với Công ty CP Đầu tư Trung Nam vào giữa năm 2024 theo hình thức hợp đồng BT.",
    ],
)
def test_a_contract_named_after_the_partner_is_no_signing(sentence):
    assert party_sets(_facts(f"Tin\n\n{sentence}")) == []


def test_an_agreement_named_before_a_contract_it_concerns_is_a_signing():
    text = "Tin\n\nSáng 5/3, Công an tỉnh ký kết với Sở Y tế quy chế phối hợp trong thực hiện các hợp đồng mua sắm."
    assert party_sets(_facts(text)) == [("Công an tỉnh", "Sở Y tế")]


def test_an_agreement_with_a_firm_keeps_the_named_body():
    text = "Tin\n\nSáng 5/3, UBND tỉnh ký kết với Tập đoàn Viettel thỏa thuận hợp tác về chuyển đổi số."
    assert party_sets(_facts(text)) == [("Ủy ban nhân dân tỉnh",)]


# --- a body located by its district or province after a comma, first in a subject list ---


@pytest.mark.parametrize(
    "subject, body",
    [
        ("UBND xã Vĩnh Thái, huyện Vĩnh Linh", "Ủy ban nhân dân xã Vĩnh Thái"),
        ("Đảng ủy xã Vĩnh Thái, huyện Vĩnh Linh, tỉnh Quảng Trị", "Đảng ủy xã Vĩnh Thái"),
        ("UBND phường 1, thành phố Đông Hà", "Ủy ban nhân dân phường 1"),
        ("Công an xã Gio Mỹ, huyện Gio Linh", "Công an xã Gio Mỹ"),
    ],
)
def test_a_body_located_after_a_comma_stays_in_the_subject_list(subject, body):
    text = f"Tin\n\nSáng 5/3, {subject} và Hội Nông dân tỉnh ký kết chương trình phối hợp."
    assert party_sets(_facts(text)) == [tuple(sorted([body, "Hội Nông dân tỉnh"]))]


def test_an_unknown_place_after_a_comma_still_ends_the_list():
    # ("Tổ 5" is no district or province: the comma before it is a list's, and the sentence names no second body)
    text = "Tin\n\nSáng 5/3, UBND xã Vĩnh Thái, huyện Trăng Khuyết và Hội Nông dân tỉnh ký kết chương trình phối hợp."
    assert party_sets(_facts(text)) == [("Hội Nông dân tỉnh",)]


# --- bodies the grammar cut or lost ---


@pytest.mark.parametrize(
    "body, name",
    [
        # the statistics office's branches before 2025 (the "Chi" was dropped)
        ("Chi cục Thống kê huyện Gio Linh", "Chi cục Thống kê huyện Gio Linh"),
        ("Chi cục Thống kê khu vực 3", "Chi cục Thống kê khu vực 3"),
        # the fisheries surveillance's flotillas
        ("Chi đội Kiểm ngư số 2", "Chi đội Kiểm ngư số 2"),
        # police departments by their security field (a list, with the force after it) or their code with the force
        ("Phòng An ninh chính trị nội bộ Công an tỉnh", "Phòng An ninh chính trị nội bộ Công an tỉnh"),
        ("Phòng An ninh kinh tế Công an tỉnh", "Phòng An ninh kinh tế Công an tỉnh"),
        ("Phòng PC06 Công an tỉnh", "Phòng PC06 Công an tỉnh"),
        # police departments and teams by their service's short form
        ("Phòng CSGT Công an tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
        ("Phòng CSHS Công an tỉnh", "Phòng Cảnh sát hình sự Công an tỉnh"),
        ("Đội CSGT-TT Công an huyện Gio Linh", "Đội Cảnh sát giao thông - Trật tự Công an huyện Gio Linh"),
        ("Đội CSGT số 1", "Đội Cảnh sát giao thông số 1"),
        (
            "Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện Gio Linh",
            "Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện Gio Linh",
        ),
        # the army's political departments with their parent
        ("Cục Dân vận Tổng cục Chính trị", "Cục Dân vận Tổng cục Chính trị"),
        ("Phòng Dân vận Cục Chính trị Quân khu 4", "Phòng Dân vận Cục Chính trị Quân khu 4"),
        ("Ban Tuyên huấn Bộ đội Biên phòng tỉnh", "Ban Tuyên huấn Bộ đội Biên phòng tỉnh"),
        # a provincial command's units named by their arm, no number
        ("Tiểu đoàn Huấn luyện - Cơ động", "Tiểu đoàn Huấn luyện - Cơ động"),
        ("Đại đội Dân quân thường trực", "Đại đội Dân quân thường trực"),
        # a district's or commune's one office of its council and committee
        ("Văn phòng HĐND và UBND xã Vĩnh Linh", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Vĩnh Linh"),
        ("Văn phòng HĐND - UBND huyện Gio Linh", "Văn phòng Hội đồng nhân dân - Ủy ban nhân dân huyện Gio Linh"),
    ],
)
def test_a_body_of_a_rarer_kind_signs_under_its_whole_name(body, name):
    facts = _facts(f"Tin\n\nSáng 5/3, {body} và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2025-2030.")
    assert party_sets(facts) == [tuple(sorted([name, "Hội Nông dân tỉnh"]))]


@pytest.mark.parametrize(
    "body, name",
    [
        # the 2025 board of propaganda and mass mobilisation, central boards and offices by their initials
        ("Ban TG&DV Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        ("BTGDV Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        ("BDVTW", "Ban Dân vận Trung ương"),
        ("VP Tỉnh ủy", "Văn phòng Tỉnh ủy"),
        ("Ban TĐ-KT tỉnh", "Ban Thi đua - Khen thưởng tỉnh"),
        ("CĐVC tỉnh", "Công đoàn Viên chức tỉnh"),
        ("Hội CTNXP tỉnh", "Hội Cựu Thanh niên xung phong tỉnh"),
        ("ĐTN Công an tỉnh", "Đoàn Thanh niên Công an tỉnh"),
        ("Phòng CSGT CA tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
        # a military region by its initials, the number glued or not
        ("BTL QK4", "Bộ Tư lệnh Quân khu 4"),
        ("Cục Chính trị QK 7", "Cục Chính trị Quân khu 7"),
        # mass organisations, commands, posts, boards and steering committees by their initials
        ("Hội PN tỉnh", "Hội Phụ nữ tỉnh"),
        ("HLHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Liên đoàn LĐ tỉnh", "Liên đoàn Lao động tỉnh"),
        ("BCH QS huyện Gio Linh", "Ban Chỉ huy Quân sự huyện Gio Linh"),
        ("Đồn BPCK Quốc tế Lao Bảo", "Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo"),
        ("BQL KKT tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
        ("Đảng ủy Khối CCQ tỉnh", "Đảng ủy Khối Các cơ quan tỉnh"),
        ("BCĐ 35 tỉnh", "Ban Chỉ đạo 35 tỉnh"),
        # the 2025 area defence command by its run-together initials with its number
        ("Ban CHPTKV 2 - Đồng Hới", "Ban Chỉ huy Phòng thủ khu vực 2 - Đồng Hới"),
    ],
)
def test_a_body_by_a_short_form_real_pages_print(body, name):
    facts = _facts(f"Tin\n\nSáng 5/3, {body} và Hội Nông dân tỉnh ký kết chương trình phối hợp.")
    assert party_sets(facts) == [tuple(sorted([name, "Hội Nông dân tỉnh"]))]


def test_the_area_command_s_initials_without_a_number_are_the_article_s_short_form():
    facts = _facts(
        "Tin\n\nSáng 5/3, Đảng ủy Ban Chỉ huy phòng thủ khu vực 1 - Vạn An (Ban CHPTKV) ký kết quy chế phối hợp với "
        "Hội Nông dân tỉnh."
    )
    assert "Ban Chỉ huy Phòng thủ khu vực" not in agency_names(facts)


def test_a_head_of_an_organising_board_by_its_initials():
    facts = _facts("Tin\n\nDự có ông Lê Văn Em, Ủy viên Ban Thường vụ, Trưởng BTC Tỉnh ủy.")
    assert [(p.name, p.positions) for p in facts.persons] == [
        ("Lê Văn Em", ["Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Tỉnh ủy"])
    ]


def test_a_military_region_paper_credited_in_a_dateline_is_no_body():
    facts = _facts("Tin\n\n(QK7 Online) - Sáng 5/3, Đồn Biên phòng Long Sơn kết nghĩa với Chi đoàn ấp 5.")
    assert "Quân khu 7" not in agency_names(facts)


def test_an_office_chief_by_the_office_initials_is_a_title():
    facts = _facts("Tin\n\nDự có nguyên Chánh VP Thành ủy Đào Tấn Bằng và các đại biểu.")
    assert agency_names(facts) == []
    assert [(p.name, p.positions) for p in facts.persons] == [("Đào Tấn Bằng", ["nguyên Chánh Văn phòng Thành ủy"])]


def test_a_unit_named_by_its_arm_is_a_partner_not_an_unread_name():
    # (a capitalised name the grammar does not read in the partner slot drops the one-party reading)
    facts = _facts("Tin\n\nSáng 5/3, Hội Nông dân tỉnh ký kết chương trình phối hợp với Đại đội Trinh sát.")
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Đại đội Trinh sát")]


def test_a_numbered_unit_keeps_its_number_after_the_arm():
    facts = _facts("Tin\n\nSáng 5/3, Hội Nông dân tỉnh ký kết chương trình phối hợp với Đại đội Công binh 25.")
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Đại đội Công binh 25")]


def test_a_police_department_by_its_field_is_listed_with_the_next_body():
    # (a free run of words after "Phòng An ninh" took "... kinh tế và Phòng ..." and lost both)
    facts = _facts(
        "Tin\n\nSáng 5/3, Hội Nông dân tỉnh ký kết quy chế phối hợp với Phòng An ninh kinh tế Công an tỉnh và Phòng "
        "An ninh chính trị nội bộ Công an tỉnh."
    )
    assert party_sets(facts) == [
        ("Hội Nông dân tỉnh", "Phòng An ninh chính trị nội bộ Công an tỉnh"),
        ("Hội Nông dân tỉnh", "Phòng An ninh kinh tế Công an tỉnh"),
    ]


def test_a_bare_security_department_after_several_forces_is_no_agency_of_its_own():
    facts = _facts(
        "Tin\n\nSáng 5/3, Phòng An ninh kinh tế Công an tỉnh Quảng Trị và Phòng An ninh kinh tế Công an tỉnh Quảng "
        "Bình ký kết kế hoạch phối hợp, bảo đảm an ninh trong các lĩnh vực do Phòng An ninh kinh tế phụ trách."
    )
    assert "Phòng An ninh kinh tế" not in agency_names(facts)


def test_a_word_after_the_security_police_is_no_field():
    facts = _facts("Tin\n\nVụ việc của nguyên Phó trưởng phòng An ninh thoát kỷ luật vì hết thời hiệu.")
    assert not [a for a in agency_names(facts) if a.startswith("Phòng An ninh")]


# --- a unit of the province's committee printed in lower case ---


@pytest.mark.parametrize(
    "body", ["Ban Dân vận tỉnh ủy", "Ủy ban Kiểm tra tỉnh ủy", "Văn phòng tỉnh ủy", "Ban Thường vụ tỉnh đoàn"]
)
def test_a_committee_in_lower_case_is_no_place_after_tinh(body):
    # (the name was cut to "Ban Dân vận tỉnh": "ủy" read as a place that names no province)
    facts = _facts(f"Tin\n\nSáng 5/3, {body} và Hội Nông dân tỉnh ký kết chương trình phối hợp.")
    assert party_sets(facts) == [tuple(sorted([body, "Hội Nông dân tỉnh"]))]


# --- dates ---


@pytest.mark.parametrize(
    "opening, date",
    [
        ("Ngày mồng 5/3", "2025-03-05"),
        ("Sáng mùng 5/3", "2025-03-05"),
        ("Thứ Năm (5/3)", "2025-03-05"),
        ("Sáng sớm 5/3", "2025-03-05"),
        ("Sáng hôm qua, 4/3", "2025-03-04"),
        ("Chủ nhật, 2/3", "2025-03-02"),
    ],
)
def test_a_day_opened_by_mung_a_weekday_or_an_early_hour_dates_the_signing(opening, date):
    text = f"Tin\n\n{opening}, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết Chương trình phối hợp giai đoạn 2025-2030."
    assert signing_tuples(_facts(text)) == [(("Ban Dân vận Tỉnh ủy", "Công an tỉnh"), date, "2025-2030")]


def test_a_number_after_an_ordinal_is_no_date():
    text = "Tin\n\nĐây là lần thứ 2 (5/3) hai bên gặp nhau. Công an tỉnh và Tỉnh Đoàn ký kết quy chế phối hợp."
    assert [d for _, d, _ in signing_tuples(_facts(text))] == [""]


# --- titles by their initials ---


@pytest.mark.parametrize(
    "title, position",
    [
        ("CHT Bộ CHQS tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
        ("PCHT Ban CHQS huyện Gio Linh", "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Gio Linh"),
        ("Phó CT HĐND tỉnh", "Phó Chủ tịch Hội đồng nhân dân tỉnh"),
        ("PCT TT UBND tỉnh", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"),
        ("PBT TT Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"),
    ],
)
def test_a_title_by_its_initials_is_spelled_out(title, position):
    facts = _facts(f"Tin\n\nDự hội nghị có ông Trần Văn Bình, {title}.")
    assert [(p.name, p.positions) for p in facts.persons] == [("Trần Văn Bình", [position])]


def test_a_general_department_and_its_ministry_in_apposition_are_one_party():
    facts = _facts(
        "Tin\n\nSáng 5/3, Tổng cục Hậu cần - Kỹ thuật, Bộ Công an và Hội Nông dân tỉnh ký kết chương trình phối hợp."
    )
    assert party_sets(facts) == [("Hội Nông dân tỉnh", "Tổng cục Hậu cần - Kỹ thuật")]
    assert ("Tổng cục Hậu cần - Kỹ thuật", "police") in {(a.name, a.sector) for a in facts.agencies}


# --- a village elder and the clergy addressed by their standing ---


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tham dự có già làng Hồ Văn Dũng.", "Hồ Văn Dũng"),
        ("Già làng A Lăng Hùng phát biểu tại buổi lễ.", "A Lăng Hùng"),
        ("Tham dự có Mục sư Nguyễn Văn Hòa.", "Nguyễn Văn Hòa"),
    ],
)
def test_a_person_addressed_as_a_village_elder_or_a_pastor_is_named(text, name):
    assert [p.name for p in _facts(f"Tin\n\n{text}").persons] == [name]


@pytest.mark.parametrize("text", ["Hội nghị biểu dương già làng Tây Nguyên tiêu biểu.", "Tặng quà già làng Kon Tum."])
def test_a_place_after_the_elders_is_no_name(text):
    assert _facts(f"Tin\n\n{text}").persons == []
