"""Classes of error found by reading the extraction of real news excerpts in round s25 (the texts here are made up in
their image): the Party's central boards named "... Trung ương Đảng", a province's border guard and customs named
without their head word, one department written "và" and then with a dash, an association counted over provinces,
the unions of science associations and of youth as big-city pages print them, an outlet's name and code as the
dateline, and the principal's title before "Thừa ủy quyền"/"Thay mặt"."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text, published="2024-10-30", province="An Giang"):
    return extract(text, published, province)


# --- the Party's central boards and office by their full names ---


@pytest.mark.parametrize(
    "body",
    [
        "Văn phòng Trung ương Đảng",
        "Ban Tổ chức Trung ương Đảng",
        "Ủy ban Kiểm tra Trung ương Đảng",
        "Ban Tuyên giáo và Dân vận Trung ương Đảng",
        "Ban Đối ngoại Trung ương Đảng",
    ],
)
def test_a_central_party_board_named_with_dang_signs(body):
    facts = _facts(f"Tin\n\nNgày 5/3, {body} và Bộ Quốc phòng ký kết quy chế phối hợp.", province=None)
    assert party_sets(facts) == [tuple(sorted([body, "Bộ Quốc phòng"]))]


def test_the_board_named_again_without_dang_is_the_same_agency():
    facts = _facts(
        "Tin\n\nNgày 5/3, Ban Dân vận Trung ương Đảng và Bộ Công an ký kết quy chế phối hợp.\n\n"
        "Theo quy chế, Ban Dân vận Trung ương sẽ phối hợp với Bộ Công an tuyên truyền.",
        province=None,
    )
    assert agency_names(facts) == ["Ban Dân vận Trung ương Đảng", "Bộ Công an"]
    # (the Party's committee after the Centre's name is no part of a board's name)
    facts = _facts("Tin\n\nNgày 5/3, Ban Dân vận Trung ương và Đảng ủy Công an Trung ương ký kết.", province=None)
    assert agency_names(facts) == ["Ban Dân vận Trung ương", "Đảng ủy Công an Trung ương"]


# --- short forms of a province's border guard and customs, in a caption ---


def test_a_caption_naming_the_border_guard_and_customs_short_adds_no_body_and_no_signing():
    facts = _facts(
        "Tin\n\nChiều 30/10, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang và Cục Hải quan An Giang đã tổ chức hội nghị "
        "ký kết Kế hoạch phối hợp.\n\nHội nghị Hải quan và Biên phòng An Giang ký kết quy chế phối hợp trong giai "
        "đoạn mới.\n\nBiên phòng An Giang và Hải quan An Giang sẽ tuần tra chung."
    )
    assert agency_names(facts) == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "Cục Hải quan An Giang"]
    assert party_sets(facts) == [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "Cục Hải quan An Giang")]


def test_the_border_guard_short_with_the_province_is_the_province_s_beside_the_central_command():
    # (no province given: the article's is read from the page; "Biên phòng An Giang" prints it, so it is no bare
    # "Biên phòng" of the central command the page names too)
    text = (
        "Tin\n\nThực hiện Quy chế phối hợp số 3929/QC-BĐBP-TCHQ ngày 4/9/2019 giữa Bộ Tư lệnh Bộ đội Biên phòng và "
        "Tổng cục Hải quan, chiều 30/10, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang và Cục Hải quan An Giang đã tổ "
        "chức hội nghị ký kết Kế hoạch phối hợp.\n\nHội nghị Hải quan và Biên phòng An Giang ký kết quy chế phối "
        "hợp trong giai đoạn mới."
    )
    facts = _facts(text, published=None, province=None)
    assert party_sets(facts) == [("Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", "Cục Hải quan An Giang")]


def test_the_border_guard_named_short_alone_is_still_an_agency():
    facts = _facts("Tin\n\nBiên phòng An Giang và Hội Nông dân tỉnh An Giang ký kết chương trình phối hợp.")
    assert party_sets(facts) == [("Biên phòng An Giang", "Hội Nông dân tỉnh An Giang")]


# --- a department written with "và" and then with a dash ---


def test_a_department_is_named_by_its_written_out_and_over_a_dashed_shorthand_printed_more_often():
    facts = _facts(
        "Tin\n\nChiều ngày 12-8, Sở Nông nghiệp và PTNT và Bộ Chỉ huy Bộ đội biên phòng tỉnh đã tổ chức lễ ký kết quy "
        "chế phối hợp.\n\nTrên cơ sở đó, Sở Nông nghiệp-PTNT và lực lượng biên phòng tỉnh đã ký kết phối hợp.\n\n"
        "Sở Nông nghiệp-PTNT và Bộ chỉ huy Bộ đội biên phòng tỉnh định kỳ tổ chức giao ban.",
        province="Quảng Bình",
    )
    assert "Sở Nông nghiệp và Phát triển nông thôn" in agency_names(facts)
    assert not [a for a in agency_names(facts) if "Nông nghiệp -" in a]


# --- an association counted over places ---


@pytest.mark.parametrize("count", ["hai tỉnh", "ba huyện", "2 tỉnh"])
def test_an_association_in_lower_case_counted_over_places_is_no_agency(count):
    facts = _facts(f"Tin\n\nNgày 5/3, Hội phụ nữ {count} cùng nhau vận động chị em tham gia bảo vệ biên giới.")
    assert agency_names(facts) == []


def test_an_association_in_lower_case_placed_by_its_level_still_is():
    facts = _facts("Tin\n\nNgày 5/3, Hội người mù tỉnh và Công an tỉnh ký kết chương trình phối hợp.")
    assert party_sets(facts) == [("Công an tỉnh", "Hội người mù tỉnh")]


# --- the unions of science associations and of youth as big-city pages print them ---


@pytest.mark.parametrize(
    "body",
    [
        "Liên hiệp các hội Khoa học Kỹ thuật Thành phố Hồ Chí Minh",
        "Liên hiệp Thanh niên Thành phố Hồ Chí Minh",
    ],
)
def test_a_bloc_member_printed_without_its_and_or_its_hoi_is_a_party(body):
    facts = _facts(
        f"Tin\n\nNgày 28/4, Hội Chữ thập Đỏ Thành phố Hồ Chí Minh và {body} ký kết giao ước thi đua năm 2022.",
        province="Hồ Chí Minh",
    )
    assert party_sets(facts) == [tuple(sorted(["Hội Chữ thập Đỏ Thành phố Hồ Chí Minh", body]))]


# --- the outlet as the dateline, by its name and its code ---


@pytest.mark.parametrize("dateline", ["Báo Cà Mau (CMO) ", "Báo Cà Mau (CMO) - "])
def test_an_outlet_s_name_and_code_opening_the_lead_is_no_agency(dateline):
    facts = _facts(
        f"Tin\n\n{dateline}Năm 2019, Ban Dân vận Tỉnh ủy Cà Mau và Công an tỉnh ký kết chương trình phối hợp.",
        province="Cà Mau",
    )
    assert agency_names(facts) == ["Ban Dân vận Tỉnh ủy Cà Mau", "Công an tỉnh"]


def test_an_outlet_that_signs_is_still_an_agency():
    facts = _facts(
        "Tin\n\nBáo Gia Lai (GLO) và Công an tỉnh ký kết chương trình phối hợp ngày 5/3.", province="Gia Lai"
    )
    assert party_sets(facts) == [("Báo Gia Lai", "Công an tỉnh")]


# --- the principal's title before the person who acts on its behalf ---


@pytest.mark.parametrize(
    "opening, position",
    [
        ("Thừa ủy quyền của Chủ tịch nước, ông Phạm Thiện Nghĩa – Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Thừa ủy quyền Chủ tịch nước, đồng chí Phạm Thiện Nghĩa, Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Thay mặt Chủ tịch UBND tỉnh, đồng chí Phạm Thiện Nghĩa, Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ"),
        (
            "Được sự ủy quyền của Thủ tướng Chính phủ, đồng chí Phạm Thiện Nghĩa, Phó Chủ tịch UBND tỉnh",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_the_title_of_whom_a_person_acts_for_is_not_the_person_s(opening, position):
    facts = _facts(f"Tin\n\n{opening} trao Huân chương Bảo vệ Tổ quốc cho Công an phường 1.", province="Đồng Tháp")
    assert positions_by_name(facts) == {"Phạm Thiện Nghĩa": [position]}


def test_an_attendee_introduced_by_cua_keeps_the_titles_before_the_name():
    facts = _facts(
        "Tin\n\nHội nghị có sự tham dự của Ủy viên Trung ương Đảng, Tư lệnh BĐBP, Trung tướng Hoàng Xuân Chiến.",
        province="Quảng Ngãi",
    )
    assert positions_by_name(facts) == {"Hoàng Xuân Chiến": ["Ủy viên Trung ương Đảng", "Tư lệnh Bộ đội Biên phòng"]}


# --- a steering committee named after its campaign, in quotation marks ---


@pytest.mark.parametrize(
    "title",
    [
        "Phó Trưởng Ban Chỉ đạo phong trào “Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”",
        "Trưởng Ban Chỉ đạo Trung ương phong trào “Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”",
    ],
)
def test_a_title_named_after_a_quoted_campaign_is_read_to_the_closing_mark(title):
    facts = _facts(
        f"Tin\n\nTham dự có ông Hoàng Công Thủy, Thứ trưởng Bộ Công an, {title}; đại diện các ban.", province=None
    )
    assert positions_by_name(facts) == {"Hoàng Công Thủy": ["Thứ trưởng Bộ Công an", title]}


# --- mass organisations by their initials after "Hội" ---


def test_the_red_cross_and_the_elderly_s_association_by_their_initials_sign_and_title():
    facts = _facts(
        "Tin\n\nÔng Nguyễn Đình Chiến - Chủ tịch Hội CTĐ tỉnh, chủ trì hội nghị.\n\n"
        "Hội CTĐ tỉnh và Hội NCT tỉnh ký kết chương trình phối hợp.",
        province="Quảng Trị",
    )
    assert party_sets(facts) == [("Hội Chữ thập đỏ tỉnh", "Hội Người cao tuổi tỉnh")]
    assert positions_by_name(facts) == {"Nguyễn Đình Chiến": ["Chủ tịch Hội Chữ thập đỏ tỉnh"]}


# --- a bare short form beside a placed body, the province's level printed only in a title ---


def test_a_level_printed_only_in_a_title_does_not_keep_a_bare_short_form_apart():
    facts = _facts(
        "Tin\n\nKý kết chương trình phối hợp giữa Hội Nông dân với các đồn Biên phòng.\n\nChiều ngày 19/12/2019, Hội "
        "Nông dân huyện tổ chức Hội nghị ký kết giữa Hội Nông dân với các Đồn Biên phòng đóng quân trên địa bàn huyện "
        "giai đoạn 2019 - 2025. Đến dự có đồng chí Trần Văn Bến, Chủ tịch Hội Nông dân tỉnh.",
        province="Quảng Trị",
    )
    assert agency_names(facts) == ["Hội Nông dân huyện"]
    assert party_sets(facts) == [("Hội Nông dân huyện",)]


# --- bodies of countries, a steering committee's name, a national paper ---


def test_an_association_of_countries_is_no_agency():
    facts = _facts("Tin\n\nGiới thiệu về tổ chức và hoạt động của Hội Nông dân các nước nhằm tăng thêm nhận thức.")
    assert agency_names(facts) == []


def test_a_steering_committee_s_name_does_not_run_over_a_time_clause():
    facts = _facts(
        "Tin\n\nVới vai trò là thành viên Ban Chỉ đạo thực hiện phong trào toàn dân bảo vệ ANTQ, những năm qua, Trung "
        "ương Hội Nông dân Việt Nam đã phối hợp chặt chẽ với Bộ Công an.",
        province=None,
    )
    assert not [a for a in agency_names(facts) if a.startswith("Ban Chỉ đạo")]
    assert "Trung ương Hội Nông dân Việt Nam" in agency_names(facts)


def test_the_national_broadcaster_s_paper_is_read_whole():
    facts = _facts("Tin\n\nTrung ương Hội Nông dân Việt Nam và Báo Tiếng nói Việt Nam ký kết chương trình phối hợp.")
    assert party_sets(facts) == [("Báo Tiếng nói Việt Nam", "Trung ương Hội Nông dân Việt Nam")]


# --- the parties of a document the signed one carries out ---


def test_the_parties_of_an_agreement_the_programme_carries_out_do_not_sign_it():
    facts = _facts(
        "Tin\n\nNgày 14/11, Ban Tuyên giáo Tỉnh ủy Bắc Giang và Sở Tư pháp tổ chức ký kết chương trình phối hợp.\n\n"
        "Đây là hai đơn vị đầu tiên ký kết Chương trình phối hợp nhằm cụ thể hóa thỏa thuận hợp tác giữa Ban Thường "
        "vụ Tỉnh ủy Bắc Giang và Ban Thường vụ Tỉnh ủy Thái Nguyên.",
        published="2023-11-15",
        province="Bắc Giang",
    )
    assert party_sets(facts) == [("Ban Tuyên giáo Tỉnh ủy Bắc Giang", "Sở Tư pháp")]


# --- a review of what was signed a year or years ago ---


@pytest.mark.parametrize(
    "review", ["sơ kết 01 năm ký kết chương trình phối hợp", "tổng kết 5 năm ký kết chương trình phối hợp"]
)
def test_a_review_of_the_years_since_a_signing_reports_no_signing(review):
    facts = _facts(
        f"Tin\n\nChiều 10/11/2023, Hội Nông dân tỉnh tổ chức Hội nghị {review} với Công an tỉnh.",
        published="2023-11-11",
        province="Cà Mau",
    )
    assert party_sets(facts) == []


def test_a_review_then_a_new_signing_the_same_day_is_the_day_s():
    facts = _facts(
        "Tin\n\nChiều 10/11/2023, Hội Nông dân tỉnh và Công an tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện quy chế "
        "phối hợp và ký kết quy chế phối hợp giai đoạn 2023-2028.",
        published="2023-11-11",
        province="Cà Mau",
    )
    assert [(tuple(sorted(s.parties)), s.date) for s in facts.signings] == [
        (("Công an tỉnh", "Hội Nông dân tỉnh"), "2023-11-10")
    ]


def test_the_parties_of_the_plan_a_signing_is_part_of_do_not_sign():
    facts = _facts(
        "Tin\n\nSáng 22/5, Công an quận Gò Vấp phối hợp với trường THCS Nguyễn Du tổ chức Lễ ký kết chương trình phối "
        "hợp thực hiện mô hình Cổng trường an toàn giao thông năm 2023.\n\nHoạt động ký kết lần này nằm trong kế hoạch "
        "phối hợp giữa Bộ Công an, Bộ Giáo dục và Đào tạo về việc tăng cường công tác tuyên truyền giai đoạn "
        "2023-2025.",
        published="2023-05-23",
        province="Hồ Chí Minh",
    )
    assert party_sets(facts) == [("Công an quận Gò Vấp",)]


def test_a_fuller_form_only_the_headline_prints_does_not_name_the_body():
    # ("TP Huế" in the headline of an article placed in the province's old name: the body's "– Huế" names the court)
    facts = _facts(
        "VKSND và TAND khu vực 3 - TP Huế ký kết Quy chế phối hợp liên ngành\n\nChiều ngày 28/8/2025, Viện kiểm sát "
        "nhân dân khu vực 3 - Huế và Tòa án nhân dân khu vực 3 – Huế đã tổ chức Lễ ký kết Quy chế phối hợp.",
        published="2025-08-29",
        province="Thừa Thiên Huế",
    )
    assert agency_names(facts) == ["Tòa án nhân dân khu vực 3 - Huế", "Viện kiểm sát nhân dân khu vực 3 - Huế"]
