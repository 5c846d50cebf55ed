"""Lists that print levels each, bloc lists with roles, numbered units, echelons, short forms of central bodies.

Classes of round s12's blind sets (made-up sentences): a list whose members print their own level lends none to the
one printed bare; a member named by its own name stands in a list that shares its last member's level; a bloc's
members listed with their roles after a dash sign its pact, also when the pact names the bloc after it; numbered units
listed after one head are each a body; a unit and the higher echelon after it are one party; "T.Ư Đoàn"; the
science unions' short form; a body's other name in brackets; "Đảng ủy, chỉ huy" before a unit."""

from __future__ import annotations

import pytest
from _signing_helpers import extract, party_sets


def _names(facts):
    return {a.name for a in facts.agencies}


def test_a_list_printing_each_level_lends_none_to_the_bare_member():
    facts = extract(
        "Tin\n\nKhối thi đua gồm Ủy ban MTTQ tỉnh, Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh "
        "và Liên hiệp các Hội Khoa học và Kỹ thuật, Hội Liên hiệp Phụ nữ tỉnh.",
        "2024-02-22",
        "Phú Yên",
    )
    assert "Liên hiệp các Hội Khoa học và Kỹ thuật" in _names(facts)


def test_a_list_printing_one_level_before_shares_the_last_members():
    facts = extract(
        "Tin\n\nUBND tỉnh ký kết quy chế phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân, Hội Cựu chiến binh, "
        "Liên đoàn Lao động tỉnh.",
        "2016-05-10",
        "Kon Tum",
    )
    assert {"Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"} <= _names(facts)


def test_a_member_named_by_its_own_name_stands_in_a_list_that_shares_a_level():
    facts = extract(
        "Tin\n\nKhối thi đua gồm: Bộ Chỉ huy Quân sự, Công an, Trại giam Xuân Lộc, Tòa án nhân dân và Cơ quan Thi hành "
        "án dân sự tỉnh.",
        "2025-03-01",
        "Đồng Nai",
    )
    names = _names(facts)
    assert {"Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Tòa án nhân dân tỉnh"} <= names
    assert "Trại giam Xuân Lộc" in names and "Cơ quan Thi hành án dân sự tỉnh" in names


def test_a_blocs_members_listed_with_their_roles_sign_its_pact_named_after_it():
    facts = extract(
        "Tin\n\nNgày 12/3/2024 đã diễn ra Hội nghị ký kết Giao ước thi đua năm 2024 của các thành viên trong Cụm thi "
        "đua số 03.\n\nCụm thi đua số 3 gồm 04 đơn vị: Công an tỉnh Cà Mau – Cụm trưởng, Công an tỉnh Bạc Liêu – Cụm "
        "phó, Công an tỉnh Sóc Trăng và Công an tỉnh Kiên Giang.",
        "2024-03-13",
        "",
    )
    assert len(facts.signings) == 1 and len(facts.signings[0].parties) == 4


def test_numbered_units_listed_after_one_head_are_each_a_body():
    facts = extract(
        "Tin\n\nChiều 5/9, các Đồn Biên phòng 627, 629 và 631 đã ký kết quy chế phối hợp với Ủy ban MTTQ Việt Nam "
        "huyện Mường Tè. Các Tiểu đoàn 1, 2, 3 trực thuộc Lữ đoàn 414 dự.",
        "2025-09-06",
        "Lai Châu",
    )
    assert {f"Đồn Biên phòng {n}" for n in (627, 629, 631)} | {f"Tiểu đoàn {n}" for n in (1, 2, 3)} <= _names(facts)
    # (listed jointly before the verb, they sign together with the partner after "với")
    assert len(facts.signings) == 1 and len(facts.signings[0].parties) == 4


def test_a_number_that_a_date_goes_on_from_is_no_unit():
    facts = extract("Tin\n\nTiểu đoàn 1, 2/9 là ngày Quốc khánh.", "2025-09-06", "Lai Châu")
    assert "Tiểu đoàn 2" not in _names(facts)


def test_a_unit_and_the_higher_echelon_after_a_dash_are_one_party():
    facts = extract(
        "Tin\n\nChiều 21/12, Tiểu đoàn Bộ binh 2 - Trung đoàn 9 và Đoàn Thanh niên phường Thủy Dương ký kết chương "
        "trình phối hợp.",
        "2025-12-22",
        "Huế",
    )
    assert party_sets(facts) == [("Tiểu đoàn Bộ binh 2", "Đoàn Thanh niên phường Thủy Dương")]


@pytest.mark.parametrize(
    "listed,parties",
    [
        # (round s24: a comma list of units and commands is of partners, not a unit and its command)
        (
            "Trung đoàn 95, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sư đoàn 10 (Quân đoàn 3)",
            {"Trung đoàn 95", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sư đoàn 10"},
        ),
        ("Bộ Chỉ huy Quân sự tỉnh, Lữ đoàn 168, Sư đoàn 10", {"Bộ Chỉ huy Quân sự tỉnh", "Lữ đoàn 168", "Sư đoàn 10"}),
        # (a brigade or a division serves no province's command)
        (
            "Sở Y tế, Lữ đoàn 168, Bộ Chỉ huy Quân sự tỉnh và Tỉnh đoàn",
            {"Sở Y tế", "Lữ đoàn 168", "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn"},
        ),
        # (a unit named up its chain, and a unit with its command, stay one party)
        ("Tiểu đoàn 3, Lữ đoàn 229, Quân khu 3", {"Tiểu đoàn 3"}),
        ("Tiểu đoàn 3, Lữ đoàn 229", {"Tiểu đoàn 3"}),
        (
            "Đoàn Trinh sát số 2, Bộ Tư lệnh Cảnh sát biển và Phòng Tham mưu, Bộ Tư lệnh Vùng 4 Hải quân",
            {"Đoàn Trinh sát số 2", "Phòng Tham mưu"},
        ),
    ],
)
def test_units_listed_by_commas_are_partners_and_a_unit_with_its_command_is_one(listed, parties):
    facts = extract(
        f"Tin\n\nChiều 26/3, hội nghị ký kết chương trình phối hợp đã được Hội Cựu chiến binh tỉnh cùng {listed} tổ "
        "chức.",
        "2018-03-27",
        "Kon Tum",
    )
    assert party_sets(facts) == [tuple(sorted({"Hội Cựu chiến binh tỉnh", *parties}))]


def test_a_short_form_defined_in_brackets_and_glued_to_a_number_is_spelled_out():
    facts = extract(
        "Tin\n\nChiều 21/12, Tiểu đoàn Bộ binh (BB)2 tổ chức Lễ kết nghĩa với Trường THPT Phú Lộc. Theo đó, Tiểu đoàn "
        "BB2 và nhà trường thống nhất phối hợp.",
        "2025-12-22",
        "Huế",
    )
    assert _names(facts) == {"Tiểu đoàn Bộ binh 2"}
    assert party_sets(facts) == [("Tiểu đoàn Bộ binh 2",)]


def test_a_unit_working_with_a_school_keeps_its_twinning():
    facts = extract(
        "Tin\n\nChiều 21/12, Tiểu đoàn 5 đã phối hợp với Trường THPT Phú Lộc tổ chức Lễ kết nghĩa.", "2025-12-22", "Huế"
    )
    assert party_sets(facts) == [("Tiểu đoàn 5",)]


def test_the_youth_unions_central_committee_by_its_short_form_only_is_no_party():
    # facts-format: a central body named only by a short form, its full name never given, is no agency
    facts = extract(
        "Tin\n\nChiều 27.11, T.Ư Đoàn và Bộ GD-ĐT ký kết chương trình phối hợp giai đoạn 2025 - 2030. Dự có anh Lê Văn "
        "Hải, Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn, và các Bí thư T.Ư Đoàn: anh Trần Văn Nam, Chủ tịch "
        "T.Ư Hội Sinh viên Việt Nam; chị Ngô Thị Hà, Chủ tịch Hội đồng Đội T.Ư.",
        "2025-11-28",
        "",
    )
    assert party_sets(facts) == [("Bộ Giáo dục và Đào tạo",)]
    positions = {p.name: p.positions for p in facts.persons}
    assert positions["Lê Văn Hải"][0] == "Ủy viên dự khuyết Trung ương Đảng"
    assert positions["Ngô Thị Hà"][0] == "Bí thư Trung ương Đoàn"


def test_the_science_unions_short_form_is_the_union_named_in_full():
    facts = extract(
        "Tin\n\nTại Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng, Liên hiệp Hội Hải Phòng và Liên hiệp "
        "Hội tỉnh Thái Bình ký kết giao ước thi đua năm 2024.",
        "2024-03-30",
        "Hải Phòng",
    )
    assert party_sets(facts) == [
        ("Liên hiệp Hội tỉnh Thái Bình", "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng")
    ]


def test_a_bodys_other_name_in_brackets_is_that_body():
    facts = extract(
        "Tin\n\nĐồn Biên phòng Chi Ma (Đồn Biên phòng 41) ký kết quy chế phối hợp với UBND xã Mẫu Sơn.",
        "2024-07-16",
        "Lạng Sơn",
    )
    assert "Đồn Biên phòng 41" not in _names(facts)


def test_the_party_committee_before_a_units_command():
    facts = extract(
        "Tin\n\nTham dự có đại diện Đảng ủy, chỉ huy Lữ đoàn 273; lãnh đạo phường Pleiku.", "2025-10-17", "Gia Lai"
    )
    assert {"Đảng ủy Lữ đoàn 273", "Lữ đoàn 273"} <= _names(facts)


def test_a_joint_subject_signs_with_each_partner_after_with():
    facts = extract(
        "Tin\n\nSáng 9-10, Sở Giáo dục và Đào tạo tỉnh, Hội Khuyến học tỉnh ký kết phối hợp với các đơn vị: Công an "
        "tỉnh, Bộ Chỉ huy Quân sự tỉnh, Tỉnh đoàn.",
        "2023-10-10",
        "Bến Tre",
    )
    hosts = ("Hội Khuyến học tỉnh", "Sở Giáo dục và Đào tạo tỉnh")
    assert party_sets(facts) == sorted(
        tuple(sorted((*hosts, partner))) for partner in ("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn")
    )


def test_a_placed_committee_word_takes_no_level_after_its_place():
    facts = extract(
        "Tin\n\nNgày 26-11, đại diện Tỉnh đoàn Hà Giang tỉnh ký kết hợp tác với Đoàn Thanh niên Đài Truyền hình Việt "
        "Nam.",
        "2023-11-27",
        "Hà Giang",
    )
    assert party_sets(facts) == [("Tỉnh đoàn Hà Giang", "Đoàn Thanh niên Đài Truyền hình Việt Nam")]


def test_a_rarer_family_name_after_a_comrade():
    facts = extract(
        "Tin\n\nĐầu năm 2025, dự hội nghị có đồng chí Đầu Văn Hùng, Phó Chủ tịch UBND tỉnh.", "2025-01-10", "Nghệ An"
    )
    assert [p.name for p in facts.persons] == ["Đầu Văn Hùng"]


def test_a_box_of_other_provinces_headlines_without_a_label_is_furniture():
    facts = extract(
        "Ký kết chương trình phối hợp\n\nChiều 19-6, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa và Sở Nông nghiệp và "
        "Phát triển nông thôn đã tổ chức Hội nghị ký kết chương trình phối hợp.\n\n"
        "Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn tập huấn công tác Mặt trận năm 2023\n\n"
        "Ủy ban MTTQ tỉnh Bến Tre tập huấn Trưởng ban công tác Mặt trận năm 2023\n\n"
        "Ủy ban MTTQ thành phố Đà Nẵng trao 40 suất học bổng cho học sinh nghèo vượt khó\n\n"
        "Tại buổi lễ, hai bên thống nhất những nội dung phối hợp.",
        "2023-06-20",
        "Thanh Hóa",
    )
    names = _names(facts)
    assert not any("Bắc Kạn" in n or "Bến Tre" in n or "Đà Nẵng" in n for n in names)


def test_captions_in_a_row_stay_in_the_report():
    facts = extract(
        "Ký kết\n\nChiều 5/3, Đảng ủy Quân sự thành phố và Đảng ủy 7 phường ký kết quy chế phối hợp lãnh đạo.\n\n"
        "Đồng chí Đại tá Lê Văn Chí - Phó Chính ủy Bộ CHQS tỉnh phát biểu chỉ đạo tại hội nghị\n\n"
        "Đồng chí Bùi Văn Nhân - Bí thư Thành ủy Dĩ An phát biểu chỉ đạo và ký kết quy chế\n\n"
        "Các đại biểu tham dự hội nghị ký kết quy chế phối hợp lãnh đạo năm 2022\n\n"
        "Theo quy chế, các bên phối hợp chặt chẽ.",
        "2022-03-06",
        "Bình Dương",
    )
    assert {p.name for p in facts.persons} == {"Lê Văn Chí", "Bùi Văn Nhân"}


def test_the_public_security_departments_named_for_their_work():
    facts = extract(
        "Tin\n\nVề phía Bộ Công an, có đại diện lãnh đạo Cục Xây dựng phong trào bảo vệ ANTQ, Cục Tổ chức cán bộ.",
        "2024-05-10",
        "Nghệ An",
    )
    sectors = {a.name: a.sector for a in facts.agencies}
    assert sectors["Cục Tổ chức cán bộ"] == "police"
    assert sectors["Cục Xây dựng phong trào bảo vệ ANTQ"] == "police"


def test_a_body_named_with_a_bare_district_is_placed_there():
    facts = extract(
        "Tin\n\nNgày 5/3, Phòng giao dịch Ngân hàng Chính sách xã hội Bắc Quang ký kết chương trình phối hợp với Công "
        "an xã Việt Vinh.",
        "2025-03-06",
        "Tuyên Quang",
    )
    assert party_sets(facts) == [("Công an xã Việt Vinh", "Phòng giao dịch Ngân hàng Chính sách xã hội Bắc Quang")]


def test_a_persons_name_after_a_body_is_no_district():
    facts = extract(
        "Tin\n\nNgày 5/3, Hội Nông dân tỉnh ký kết chương trình phối hợp với Công an tỉnh. Chủ tịch Hội Nông dân Lê "
        "Văn Hải phát biểu.",
        "2025-03-06",
        "Tuyên Quang",
    )
    assert not any("Lê Văn Hải" in a.name for a in facts.agencies)


def test_monks_named_by_their_dharma_names_after_their_ranks():
    facts = extract(
        "Tin\n\nDự có ông Lê Văn Minh, Chủ tịch UB.MTTQVN thị xã Tân Châu; các Phó Ban Trị sự Giáo hội Phật giáo Việt "
        "Nam TP Thủ Đức: Hòa thượng Thích Minh Quang, Thượng tọa Thích Thiện Tâm cùng đại diện các đoàn thể.",
        "2024-05-10",
        "An Giang",
    )
    positions = {p.name: p.positions for p in facts.persons}
    assert positions["Lê Văn Minh"] == ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Tân Châu"]
    assert "Thích Minh Quang" in positions and "Thích Thiện Tâm" in positions


def test_a_count_after_a_numbered_unit_is_no_unit():
    facts = extract("Tin\n\nNgày 5/9, Tiểu đoàn 1, 2 đồng chí chỉ huy và Quân khu 4, 10 năm qua.", "2025-09-06", "")
    assert not {"Tiểu đoàn 2", "Quân khu 10"} & _names(facts)


def test_a_steering_committee_named_for_its_work_and_level():
    facts = extract(
        "Tin\n\nNăm 2024, Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh tổ chức hội nghị, bám sát chỉ đạo của "
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực của Trung ương. Ban Chỉ đạo đã họp.",
        "2024-01-20",
        "Yên Bái",
    )
    assert _names(facts) == {
        "Ban Chỉ đạo điều hành phối hợp công tác Dân vận tỉnh",
        "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực của Trung ương",
    }


def test_viec_opens_a_sentence_where_a_page_lost_its_line_breaks():
    facts = extract(
        "Tin\n\nLãnh đạo hai bên ký kết chương trình phối hợp. Ảnh: Ký kết giữa Sở Tư pháp và Tỉnh đoàn Việc ký kết "
        "chương trình nhằm tăng cường phối hợp.",
        "2024-04-10",
        "Quảng Trị",
    )
    assert "Tỉnh đoàn Việc" not in _names(facts) and not any(n.endswith("Việc") for n in _names(facts))
