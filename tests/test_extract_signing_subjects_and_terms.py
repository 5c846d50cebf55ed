"""Signing sentences of round s17: a group's members named in brackets, a subject's unnamed members before "với",
the day's "chương trình ký kết" held by a verb other than "tổ chức", a contract told by its past signing, a tally
of signings, and the term of a strategic agreement."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors, party_sets, signing_tuples

UNION = "Huyện đoàn"
FARMERS = "Hội Nông dân huyện"
WOMEN = "Hội Liên hiệp Phụ nữ huyện"
LABOUR = "Phòng Lao động - Thương binh và Xã hội huyện"


def test_members_of_a_plural_group_named_in_brackets_are_its_parties():
    for group in ("các tổ chức chính trị – xã hội", "3 đơn vị", "các đoàn thể"):
        text = (
            f"Sáng 14/4/2023, Mặt trận và {group} (Huyện đoàn, Hội Nông dân, Hội LHPN huyện) đã ký kết chương "
            "trình phối hợp với Phòng LĐTB&XH huyện về giải quyết việc làm."
        )
        facts = extract(text, "2023-04-15", "Quảng Nam")
        assert party_sets(facts) == [tuple(sorted((UNION, FARMERS, WOMEN, LABOUR)))], group


def test_a_bracketed_note_after_a_body_still_names_no_party():
    text = (
        "Ngày 14/4/2023, Huyện đoàn (đơn vị thường trực của Hội đồng Đội huyện, Hội Nông dân huyện) đã ký kết "
        "chương trình phối hợp với Phòng LĐTB&XH huyện."
    )
    assert party_sets(extract(text, "2023-04-15", "Quảng Nam")) == [tuple(sorted((UNION, LABOUR)))]


def test_a_programme_of_signing_held_or_taking_place_is_the_event():
    for verb in ("đã thực hiện", "đã diễn ra"):
        text = f"Ngày 14/4/2023, Huyện đoàn {verb} chương trình ký kết phối hợp với Phòng LĐTB&XH huyện."
        assert party_sets(extract(text, "2023-04-15", "Quảng Nam")) == [tuple(sorted((UNION, LABOUR)))], verb


def test_a_subject_with_its_unnamed_members_before_voi_signs_with_the_partner():
    text = (
        "Tại hội nghị ngày 14/8/2015, Ban Thường trực Ủy ban MTTQ Việt Nam quận 2 và các tổ chức thành viên với "
        "Công an quận đã ký kết chương trình phối hợp."
    )
    facts = extract(text, "2015-08-15", "Thành phố Hồ Chí Minh")
    assert party_sets(facts) == [("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam quận 2", "Công an quận")]


def test_a_contract_told_by_its_past_signing_is_no_act():
    text = (
        "Ngày 01/3/2017, Sở Lao động - Thương binh và Xã hội tỉnh tổ chức lễ ký hợp đồng dịch vụ chi trả trợ cấp. "
        "Theo Quyết định số 15/QĐ-UBND ngày 20/01/2017 của UBND tỉnh và nội dung hợp đồng đã ký kết, từ ngày "
        "01/4/2017 việc chi trả được thực hiện tại 3 huyện."
    )
    assert party_sets(extract(text, "2017-03-02", "Bắc Kạn")) == []


def test_a_tally_of_programmes_signed_over_the_years_is_no_act():
    text = (
        "Ngày 25/4/2019, Hội Cựu chiến binh Việt Nam báo cáo tổng kết 10 năm. Trung ương Hội đã ký kết nhiều "
        "chương trình phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh và Hội Liên hiệp Phụ nữ Việt Nam."
    )
    assert party_sets(extract(text, "2019-04-26", "")) == []


def test_a_strategic_agreement_s_term_is_the_signing_s_with_a_horizon_after_it():
    text = (
        "Chiều 26/7/2022, UBND tỉnh và Sở Thông tin và Truyền thông tổ chức lễ ký kết thỏa thuận hợp tác chiến "
        "lược về chuyển đổi số của tỉnh giai đoạn 2022 – 2025, định hướng đến năm 2030."
    )
    facts = extract(text, "2022-07-27", "Hà Tĩnh")
    assert [(parties, term) for parties, _date, term in signing_tuples(facts)] == [
        (("Sở Thông tin và Truyền thông", "Ủy ban nhân dân tỉnh"), "2022-2025")
    ]


def test_a_master_plan_s_term_is_still_no_signing_s():
    text = (
        "Ngày 5/3/2023, UBND tỉnh và Sở Xây dựng ký kết chương trình phối hợp triển khai Quy hoạch tỉnh thời kỳ "
        "2021 – 2030."
    )
    facts = extract(text, "2023-03-06", "Hà Tĩnh")
    assert [term for _parties, _date, term in signing_tuples(facts)] == [""]


def test_a_term_whose_last_year_is_mistyped_in_its_century():
    text = "Ngày 23/5/2013, Hội Nông dân tỉnh và Sở Tư pháp ký kết thỏa thuận phối hợp giai đoạn 2013-1016."
    facts = extract(text, "2013-05-24", "Nghệ An")
    assert [term for _parties, _date, term in signing_tuples(facts)] == ["2013-2016"]


def test_a_bloc_s_pact_is_signed_by_the_units_whose_leaders_attend():
    text = (
        "Ngày 08/3/2018, Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh tổ chức Hội nghị ký kết giao ước thi "
        "đua năm 2018. Tham dự Hội nghị có lãnh đạo các đơn vị: Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh, Công ty "
        "Điện lực tỉnh, Truyền tải điện Ninh Thuận và Cục Thống kê tỉnh."
    )
    facts = extract(text, "2018-03-09", "Ninh Thuận")
    assert signing_tuples(facts) == [
        (("Bảo hiểm xã hội tỉnh", "Cục Thống kê tỉnh", "Kho bạc Nhà nước tỉnh"), "2018-03-08", "2018-2018")
    ]


def test_a_bloc_s_departments_named_bare_after_a_colon():
    text = (
        "Ngày 07/3/2018, Khối thi đua các cơ quan tham mưu Văn hóa - Xã hội tỉnh tổ chức Hội nghị ký kết giao ước thi "
        "đua năm 2018. Tham dự có lãnh đạo các Sở, ngành: Văn hóa, Thể thao và Du lịch; Y tế; Ban Dân tộc tỉnh."
    )
    facts = extract(text, "2018-03-09", "Ninh Thuận")
    assert party_sets(facts) == [("Ban Dân tộc tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế")]


def test_attending_leaders_with_no_bloc_s_pact_before_sign_nothing():
    text = (
        "Ngày 08/3/2018, Sở Nội vụ tổ chức hội nghị tổng kết công tác thi đua. Tham dự Hội nghị có lãnh đạo các đơn "
        "vị: Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh và Cục Thống kê tỉnh."
    )
    assert party_sets(extract(text, "2018-03-09", "Ninh Thuận")) == []


def test_a_partner_and_the_wards_in_brackets_after_it():
    text = (
        "Dịp này, Sư đoàn 320 đã ký kết quy chế kết nghĩa với Bộ Chỉ huy Quân sự tỉnh, phường (Pleiku, Diên Hồng, "
        "Hội Phú)."
    )
    assert party_sets(extract(text, "2025-12-20", "Gia Lai")) == [("Bộ Chỉ huy Quân sự tỉnh", "Sư đoàn 320")]


def test_a_term_after_a_document_the_ceremony_s_speech_cites_is_that_document_s():
    text = (
        "Chiều 30/5/2017, Viện Kiểm sát nhân dân tỉnh và Báo Lạng Sơn ký kết quy chế phối hợp tuyên truyền. Phát biểu "
        "tại lễ ký kết, đồng chí Phó Bí thư Thường trực Tỉnh ủy đánh giá cao sự chủ động của các cơ quan trong việc cụ "
        "thể hóa Kế hoạch số 87-KH/BCĐ ngày 8/9/2015 của Ban Chỉ đạo Cải cách tư pháp tỉnh về tuyên truyền giai đoạn "
        "2015-2020."
    )
    facts = extract(text, "2017-05-31", "Lạng Sơn")
    assert [term for _parties, _date, term in signing_tuples(facts)] == [""]


def test_a_congress_s_term_is_no_signing_s():
    text = (
        "Chiều 14/12/2023, Ủy ban MTTQ Việt Nam tỉnh ký kết kế hoạch phối hợp với Báo Trà Vinh về tuyên truyền Đại hội "
        "đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029."
    )
    facts = extract(text, "2023-12-15", "Trà Vinh")
    assert [term for _parties, _date, term in signing_tuples(facts)] == [""]


def test_a_bloc_named_after_the_pact_signs_by_the_units_in_it():
    text = (
        "Ngày 16/02/2023, Sở Giao thông vận tải tham dự Lễ ký kết Giao ước thi đua năm 2023 của Khối thi đua các cơ "
        "quan tham mưu kinh tế tỉnh. Dự có lãnh đạo các đơn vị trong khối: Sở Xây dựng, Sở Công thương, Quỹ Đầu tư "
        "phát triển tỉnh và Ban Quản lý các khu công nghiệp tỉnh."
    )
    facts = extract(text, "2023-02-17", "Ninh Thuận")
    assert party_sets(facts) == [
        ("Ban Quản lý các khu công nghiệp tỉnh", "Quỹ Đầu tư phát triển tỉnh", "Sở Công thương", "Sở Xây dựng")
    ]


def test_a_bloc_s_members_between_semicolons_past_a_name_not_read():
    text = (
        "Chiều 13/3/2019, đại diện lãnh đạo các Ban, cơ quan trong Khối (gồm: Văn phòng Tỉnh ủy; Ban Tổ chức; Ban Dân "
        "vận Tỉnh ủy; Trường Chính trị Nguyễn Văn Cừ; Báo Bắc Ninh) thống nhất ký kết giao ước thi đua năm 2019."
    )
    facts = extract(text, "2019-03-14", "Bắc Ninh")
    assert party_sets(facts) == [
        ("Ban Dân vận Tỉnh ủy", "Báo Bắc Ninh", "Trường Chính trị Nguyễn Văn Cừ", "Văn phòng Tỉnh ủy")
    ]


def test_a_bloc_s_pact_signed_by_the_unions_listed_before_the_bloc_and_its_owner():
    text = (
        "Ngày 6/10/2020, Đoàn Thanh niên Công an các tỉnh Quảng Nam, Quảng Ngãi, Bình Định thuộc Cụm thi đua số 7 - Bộ "
        "Công an tổ chức hội nghị ký kết giao ước thi đua thực hiện phong trào từ tháng 9.2020 đến tháng 5.2021."
    )
    facts = extract(text, "2020-10-07", "Quảng Nam")
    union = "Đoàn Thanh niên Công an tỉnh"
    assert signing_tuples(facts) == [
        (tuple(sorted(f"{union} {p}" for p in ("Quảng Nam", "Quảng Ngãi", "Bình Định"))), "2020-10-06", "2020-2021")
    ]
    assert not any(name.startswith("Công an tỉnh") for name, _sector in named_sectors(facts))


def test_one_body_before_a_bloc_s_pact_signs_nothing_alone():
    text = "Ngày 5/3/2019, Công an tỉnh tổ chức cho Khối thi đua các phòng nghiệp vụ ký kết giao ước thi đua năm 2019."
    assert party_sets(extract(text, "2019-03-06", "Quảng Nam")) == []


def test_a_bloc_s_youth_union_and_each_unit_s_union_name_no_body():
    text = (
        "Ngày 15/9/2022, Đoàn Thanh niên Cụm thi đua số 8 tổ chức hội nghị. Đại diện Đoàn thanh niên các đơn vị trong "
        "cụm ký kết giao ước thi đua."
    )
    facts = extract(text, "2022-09-16", "Long An")
    assert named_sectors(facts) == set()


def test_members_in_brackets_then_a_body_after_the_bracket():
    text = (
        "Ngày 17/01/2020, Hội phụ nữ các đơn vị Lực lượng vũ trang (Hội Phụ nữ Công an tỉnh, Hội Phụ nữ Bộ Chỉ huy "
        "Quân sự tỉnh) và Liên đoàn Lao động tỉnh tổ chức ký kết Giao ước thi đua năm 2020."
    )
    facts = extract(text, "2020-01-18", "Kon Tum")
    assert party_sets(facts) == [
        ("Hội Phụ nữ Bộ Chỉ huy Quân sự tỉnh", "Hội Phụ nữ Công an tỉnh", "Liên đoàn Lao động tỉnh")
    ]


def test_a_between_list_goes_on_past_a_name_not_read_but_not_past_a_firm():
    text = (
        "Ngày 30/5/2022, lễ ký kết chương trình phối hợp giữa Hội LHPN huyện, Công an huyện, Ban Vì sự tiến bộ phụ "
        "nữ, Tòa án nhân dân huyện được tổ chức."
    )
    assert party_sets(extract(text, "2022-05-31", "Hà Tĩnh")) == [
        ("Công an huyện", "Hội Liên hiệp Phụ nữ huyện", "Tòa án nhân dân huyện")
    ]
