"""Firms, terms of other plans, plural titles, a body's printed place, steering committees, joint circulars.

A firm is a partner but no body of the facts format: the body that signs with it keeps its signing alone, wherever
the firm is named ("giữa Công ty X và A", "A và VNPT tại địa bàn tỉnh X đã ký kết"). The term of a master plan named
in a signing sentence is not the signed text's. A title of several people ("thủ trưởng các ngành") after a ";" is
no post of the person before it. A body printed whole with its place is named so, not by the form a list's end
lent it."""

from __future__ import annotations

from _signing_helpers import extract, party_sets, signing_tuples


def test_a_firm_first_after_between_leaves_the_body_its_signing():
    facts = extract(
        "Ký kết\n\nNgày 5/01/2026, tại Trụ sở Công ty TNHH MTV Apatit Việt Nam đã diễn ra Lễ ký kết Quy chế phối hợp "
        "về đảm bảo an ninh trật tự giữa Công ty Apatit Việt Nam và Công an phường Cam Đường.",
        "2026-01-06",
        "Lào Cai",
    )
    assert signing_tuples(facts) == [(("Công an phường Cam Đường",), "2026-01-05", "")]


def test_a_firm_first_after_between_then_with_signs_with_each_body_apart():
    facts = extract(
        "Ký kết\n\nNgày 5/01/2026 đã diễn ra Lễ ký kết Quy chế phối hợp giữa Tập đoàn Than Khoáng sản với Công an "
        "phường Cam Đường và Công an xã Hợp Thành.",
        "2026-01-06",
        "Lào Cai",
    )
    assert party_sets(facts) == [("Công an phường Cam Đường",), ("Công an xã Hợp Thành",)]


def test_a_cooperative_by_its_short_form_is_a_firm():
    facts = extract(
        "Ký kết\n\nLễ ký kết thỏa thuận hợp tác giữa HTX Nông nghiệp số và Hội Nông dân huyện Cao Phong.",
        "2018-05-02",
        "Hòa Bình",
    )
    assert party_sets(facts) == [("Hội Nông dân huyện Cao Phong",)]


def test_a_body_between_subject_and_verb_that_is_no_body_may_carry_its_place():
    # "tại" places the firm's branch; the procuracy is still the subject of the signing
    for partner in ("VNPT tại địa bàn tỉnh Đắk Lắk", "Công ty Bảo Minh tại Buôn Ma Thuột"):
        facts = extract(
            f"Ký kết\n\nVừa qua, Viện kiểm sát nhân dân tỉnh Đắk Lắk và {partner} đã ký kết thỏa thuận hợp tác "
            "giai đoạn 2024-2027.",
            "2024-06-10",
            "Đắk Lắk",
        )
        assert signing_tuples(facts) == [(("Viện kiểm sát nhân dân tỉnh Đắk Lắk",), "", "2024-2027")], partner


def test_a_brand_in_capitals_after_between_is_not_read_as_a_firm():
    # "VOV" may be a body's short form: "giữa VOV và UBND tỉnh, Đài PT-TH" is no signing of the two after it
    facts = extract(
        "Hợp tác\n\nTổng Giám đốc phát biểu: “Chương trình sẽ tạo ra sự phối hợp tốt hơn nữa giữa VOV và UBND tỉnh "
        "Nghệ An, Đài PT-TH Nghệ An và các cơ quan báo chí của tỉnh”.",
        "2017-07-11",
        "Nghệ An",
    )
    assert party_sets(facts) == []


def test_the_term_of_a_master_plan_in_the_signing_sentence_is_not_the_signings():
    facts = extract(
        "Ký kết\n\nLễ ký kết biên bản ghi nhớ giữa UBND tỉnh Khánh Hòa và Tập đoàn IPPG.\nBiên bản ghi nhớ được ký "
        "kết sau khi Thủ tướng Chính phủ có văn bản số 783/TTg-QHĐP ngày 23/6/2020 về việc đề nghị tổ chức lập Quy "
        "hoạch tỉnh Khánh Hòa thời kỳ 2021 – 2030, tầm nhìn đến năm 2050.",
        "2020-07-01",
        "Khánh Hòa",
    )
    assert [s.period for s in facts.signings] == [None]
    assert [d.period for d in facts.documents] == [None]


def test_a_programmes_own_term_is_still_read_next_to_a_plan():
    facts = extract(
        "Ký kết\n\nSở Kế hoạch và Đầu tư và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn 2021-2025 "
        "nhằm thực hiện Quy hoạch tỉnh thời kỳ 2021-2030.",
        "2021-04-01",
        "Khánh Hòa",
    )
    assert [s.period for s in facts.signings] == [(2021, 2025)]


def test_a_plural_title_after_a_semicolon_is_not_the_persons_post():
    facts = extract(
        "Ký kết\n\nTham dự hội nghị có đồng chí Lại Hợp Mạnh - Tỉnh ủy viên, Viện trưởng Viện kiểm sát nhân dân "
        "tỉnh; thủ trưởng các ngành Công an, Tòa án, Hội Liên hiệp Phụ nữ tỉnh.",
        "2020-10-20",
        "Thái Bình",
    )
    assert [(p.name, p.positions) for p in facts.persons] == [
        ("Lại Hợp Mạnh", ["Tỉnh ủy viên", "Viện trưởng Viện kiểm sát nhân dân tỉnh"])
    ]


def test_a_body_printed_with_its_place_keeps_that_form_over_a_lent_level():
    # the first mention takes "tỉnh Bắc Giang" from the list's end; the page prints the department as "Sở Tư pháp
    # Bắc Giang" where it signs
    facts = extract(
        "Ký kết\n\nThực hiện Kế hoạch liên ngành giữa Sở Tư pháp và Hội LHPN tỉnh Bắc Giang về tổ chức tổng kết; ngày "
        "21/12/2017, Sở Tư pháp Bắc Giang và Hội Liên hiệp Phụ nữ tỉnh đã ký kết Chương trình phối hợp giai đoạn "
        "2017-2022.",
        "2017-12-22",
        "Bắc Giang",
    )
    names = [a.name for a in facts.agencies]
    assert "Sở Tư pháp Bắc Giang" in names
    assert "Sở Tư pháp tỉnh Bắc Giang" not in names


def test_a_national_steering_committee_and_its_office_are_bodies():
    facts = extract(
        "Ký kết\n\nNgày 12/5, Văn phòng Thường trực Ban chỉ đạo 389 quốc gia và Tổng cục Quản lý thị trường ký kết "
        "Quy chế phối hợp trong công tác tham mưu cho Ban chỉ đạo 389 Quốc gia.",
        "2020-05-12",
        "Hà Nội",
    )
    names = {a.name: a.sector for a in facts.agencies}
    assert names["Văn phòng Thường trực Ban chỉ đạo 389 quốc gia"] == "state"
    assert names["Ban chỉ đạo 389 Quốc gia"] == "state"
    assert party_sets(facts) == [("Tổng cục Quản lý thị trường", "Văn phòng Thường trực Ban chỉ đạo 389 quốc gia")]


def test_a_department_third_in_a_list_keeps_its_name_as_printed_after_a_placed_first_member():
    # a list of three (the first placed by its committee word), not a pair: the department does not take the level
    # of the list's end, as in "Viện KSND, Sở Tư pháp, Tòa án nhân dân tỉnh X"
    facts = extract(
        "Ký kết\n\nQuy chế do Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và Hội Nhà báo tỉnh Đắk Nông ký kết "
        "vào sáng 3/5.",
        "2024-05-03",
        "Đắk Nông",
    )
    assert [a.name for a in facts.agencies] == [
        "Ban Tuyên giáo Tỉnh ủy Đắk Nông",
        "Sở Thông tin và Truyền thông",
        "Hội Nhà báo tỉnh Đắk Nông",
    ]


def test_a_level_only_the_headline_prints_does_not_name_the_body():
    # "one body, one agency, named by its fullest mention in the body (not the headline)"
    facts = extract(
        "Thành đoàn và Sở Tư pháp thành phố Hải Phòng ký kết Kế hoạch tuyên truyền pháp luật\n\nNgày 04/3/2019, Thành "
        "đoàn Hải Phòng đã phối hợp với Sở Tư pháp ký kết Kế hoạch phối hợp tuyên truyền giai đoạn 2019 - 2022.",
        "2019-03-05",
        "Hải Phòng",
    )
    assert "Sở Tư pháp" in [a.name for a in facts.agencies]


def test_a_headline_form_the_body_prints_inside_a_longer_name_keeps_its_level():
    facts = extract(
        "Hội Nông dân tỉnh Kon Tum thăm và làm việc với Hội Nông dân tỉnh Quảng Ngãi\n\nNgày 09/5/2025, Thường trực "
        "Hội Nông dân tỉnh Kon Tum đã đến làm việc với Hội Nông dân tỉnh Quảng Ngãi về hoạt động của tổ chức Hội "
        "Nông dân.",
        "2025-05-10",
        "Kon Tum",
    )
    names = [a.name for a in facts.agencies]
    assert "Hội Nông dân tỉnh Kon Tum" in names
    assert "Hội Nông dân" not in names


def test_the_issuers_of_a_joint_circular_named_before_or_by_do():
    # "A, B vừa ban hành Thông tư liên tịch số X"; "thông tư liên tịch số X do A cùng B ban hành": both issue it
    facts = extract(
        "Tin\n\nTòa án nhân dân tối cao, Ủy ban Trung ương MTTQ Việt Nam vừa ban hành Thông tư liên tịch số 01/2004 "
        "hướng dẫn về việc chuẩn bị nhân sự.",
        "2004-03-02",
        "",
    )
    assert [d.parties for d in facts.documents] == [
        ["Tòa án nhân dân tối cao", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    ]
    facts = extract(
        "Tin\n\nĐó là nội dung thông tư liên tịch số 17 do Bộ Lao động - Thương binh và Xã hội cùng Bộ Tài chính ban "
        "hành ngày 9/5.",
        "2005-05-20",
        "",
    )
    assert [d.parties for d in facts.documents] == [["Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính"]]


def test_the_board_of_a_high_tech_park_is_a_body():
    facts = extract(
        "Tin\n\nSáng nay, Thành đoàn và Ban quản lý khu công nghệ cao TP HCM đã cùng ký bản cam kết phổ cập tin học.",
        "2005-06-01",
        "Hồ Chí Minh",
    )
    assert "Ban quản lý khu công nghệ cao Thành phố Hồ Chí Minh" in [a.name for a in facts.agencies]
