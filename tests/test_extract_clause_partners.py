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
