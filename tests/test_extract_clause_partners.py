"""Who signs when the signing verb is the second predicate of a sentence, or when a unit is named with its
command right after it: "A tổ chức hội nghị sơ kết ... với B, ký kết chương trình năm 2020" is a signing of A and
B; "Sư đoàn 2 Quân khu 5" is one party, the division."""

from __future__ import annotations

from _signing_helpers import extract, party_sets


def test_the_partner_of_a_first_predicate_signs_the_second():
    facts = extract(
        "Sơ kết\n\nĐoàn Thanh niên tỉnh Gia Lai vừa tổ chức hội nghị sơ kết chương trình phối hợp hoạt động năm 2019 "
        "với Sư đoàn 2, ký kết chương trình phối hợp hoạt động năm 2020.",
        "2019-12-20",
        "Gia Lai",
    )
    assert party_sets(facts) == [("Sư đoàn 2", "Đoàn Thanh niên tỉnh Gia Lai")]
    assert facts.signings[0].period == (2020, 2020)


def test_a_unit_named_with_its_command_after_it_is_one_party():
    for sentence in (
        "Đoàn Thanh niên tỉnh Gia Lai và Sư đoàn 2 Quân khu 5 ký kết chương trình phối hợp năm 2020.",
        "Đoàn Thanh niên tỉnh Gia Lai ký kết chương trình phối hợp năm 2020 với Sư đoàn 2 Quân khu 5.",
        "Đoàn Thanh niên tỉnh Gia Lai vừa tổ chức hội nghị sơ kết chương trình năm 2019 với Sư đoàn 2 Quân khu 5, "
        "ký kết chương trình phối hợp năm 2020.",
    ):
        facts = extract("Ký kết\n\n" + sentence, "2019-12-20", "Gia Lai")
        assert party_sets(facts) == [("Sư đoàn 2", "Đoàn Thanh niên tỉnh Gia Lai")], sentence
        # the command stays a body the article names
        assert "Quân khu 5" in [a.name for a in facts.agencies]


def test_a_body_between_a_first_predicate_and_a_comma_that_is_not_its_partner_signs_alone():
    # "tại" makes the body a place of the first predicate, not its partner: the verb's subject is the list before
    facts = extract(
        "Ký kết\n\nHội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tại Trường Chính trị tỉnh, ký kết "
        "chương trình phối hợp giai đoạn 2021-2025.",
        "2021-03-05",
        "Quảng Bình",
    )
    assert party_sets(facts) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]


def test_a_twinning_between_a_unit_named_by_its_bare_head_and_a_ward():
    # the ward is no body: the unit's twinning keeps the named party alone
    facts = extract(
        "Kết nghĩa\n\nChiều 28/8, tại Lữ đoàn 297 đã diễn ra Lễ kết nghĩa giữa Lữ đoàn và phường Vân Phú, tỉnh "
        "Phú Thọ.",
        "2025-08-29",
        "Phú Thọ",
    )
    assert party_sets(facts) == [("Lữ đoàn 297",)]


def test_departments_named_with_their_ministries_after_commas_and_a_bracketed_short_form():
    facts = extract(
        "Tin\n\nCục Cửa khẩu Bộ đội Biên phòng (BĐBP), Bộ Quốc phòng và Cục An ninh Cửa khẩu, Tổng cục An ninh, Bộ "
        "Công an vừa ký thỏa thuận về phối hợp.",
        "2016-05-01",
        "",
    )
    assert party_sets(facts) == [("Cục An ninh Cửa khẩu", "Cục Cửa khẩu Bộ đội Biên phòng")]


def test_partners_after_a_hub_separated_by_semicolons_where_a_name_has_a_comma():
    facts = extract(
        "Tin\n\nNgày 5/1, Cục Chính trị Quân khu 2 tổ chức hội nghị ký kết quy chế phối hợp giữa Cục Chính trị "
        "Quân khu 2 với Ban Tuyên giáo và Dân vận Tỉnh ủy; Báo và Phát thanh, truyền hình Phú Thọ giai đoạn 2026-2030.",
        "2026-01-06",
        "Phú Thọ",
    )
    assert party_sets(facts) == [
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Cục Chính trị Quân khu 2"),
        ("Báo và Phát thanh, truyền hình Phú Thọ", "Cục Chính trị Quân khu 2"),
    ]


def test_the_border_guard_command_by_its_short_name():
    facts = extract("Tin\n\nBộ VHTTDL ký kết chương trình phối hợp với Bộ Tư lệnh Biên phòng.", "2017-05-01", "")
    assert party_sets(facts) == [("Bộ Tư lệnh Biên phòng", "Bộ Văn hóa, Thể thao và Du lịch")]


def test_a_body_named_as_the_owner_of_a_listed_kind_of_units_does_not_sign():
    facts = extract(
        "Tin\n\nTại buổi lễ, đại diện Công an huyện, các cơ sở giáo dục trực thuộc Phòng GD&ĐT huyện, Hội Nông dân "
        "huyện và Huyện đoàn đã ký kết quy chế phối hợp.",
        "2023-05-01",
        "Quảng Trị",
    )
    assert party_sets(facts) == [("Công an huyện", "Huyện đoàn", "Hội Nông dân huyện")]


def test_an_association_by_its_short_form_nncddc():
    facts = extract(
        "Tin\n\nNgày 24/7, Hội Doanh nhân trẻ Việt Nam và Hội NNCĐDC/dioxin Việt Nam đã ký Thỏa thuận hợp tác.",
        "2019-07-25",
        "",
    )
    assert party_sets(facts) == [("Hội Doanh nhân trẻ Việt Nam", "Hội Nạn nhân chất độc da cam/dioxin Việt Nam")]


def test_this_unit_stands_for_the_body_named_last_before_it():
    facts = extract(
        "Ký kết\n\nTin từ Kho bạc Nhà nước (KBNN) tỉnh cho biết: Đơn vị này và Công an tỉnh vừa ký kết quy chế phối "
        "hợp mới giữa hai đơn vị.",
        "2020-05-01",
        "Bà Rịa - Vũng Tàu",
    )
    assert party_sets(facts) == [("Công an tỉnh", "Kho bạc Nhà nước tỉnh")]
