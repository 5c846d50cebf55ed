"""Shapes of signings from the helpers' made-up pages of round s29 (armed forces, the northern border, the Mekong;
the texts here are made up in their image): two documents signed at one conference by different parties, each with
its own term."""

import pytest
from _signing_helpers import extract, signing_tuples


def test_the_term_of_a_second_act_of_other_parties_is_not_the_first_one_s():
    facts = extract(
        "Tin\n\nChiều 18/9, Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp với Sở Nội vụ. Cũng tại hội nghị, Bộ CHQS "
        "tỉnh và Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp giai đoạn 2025 - 2030.",
        "2025-09-19",
        "Thái Bình",
    )
    assert signing_tuples(facts) == [
        (("Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ"), "2025-09-18", ""),
        (("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"), "2025-09-18", "2025-2030"),
    ]


def test_one_act_worded_two_ways_keeps_its_term():
    # (real/da20: the lead's "chương trình" is the same act as the list's "quy chế")
    facts = extract(
        "Tin\n\nUBND tỉnh đã tổ chức ký kết chương trình phối hợp với UBMTTQVN tỉnh và các đoàn thể giai đoạn "
        "2016-2020.\n\nUBND tỉnh ký kết quy chế phối hợp với UBMTTQ Việt Nam tỉnh, Hội Nông dân, Hội Cựu chiến binh "
        "tỉnh.",
        "2016-05-04",
        "Kon Tum",
    )
    assert {period for _, _, period in signing_tuples(facts)} == {"2016-2020"}


def test_a_plan_carrying_out_a_quoted_campaign_has_the_year_printed_after_it():
    # (the plan of the year; a bare campaign's year, "hưởng ứng phong trào “X” năm 2017", stays the campaign's)
    facts = extract(
        'Tin\n\nNgày 9/3, Công an huyện ký kết kế hoạch phối hợp thực hiện cuộc vận động "Toàn dân tham gia bảo vệ '
        'biên giới" năm 2024 với Hội Nông dân huyện.',
        "2024-03-10",
        "Yên Bái",
    )
    assert signing_tuples(facts) == [(("Công an huyện", "Hội Nông dân huyện"), "2024-03-09", "2024-2024")]


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Chiều 5/5, Bộ Chỉ huy Quân sự tỉnh và\nHội Liên hiệp Phụ nữ tỉnh ký kết chương trình phối hợp.",
            [("Bộ Chỉ huy Quân sự tỉnh", "Hội Liên hiệp Phụ nữ tỉnh")],
        ),
        (
            "Sáng 18/5, Ban Chỉ huy Quân sự huyện Kinh Môn và Hội Nông dân\nhuyện Kinh Môn đã ký kết chương trình phối "
            "hợp.",
            [("Ban Chỉ huy Quân sự huyện Kinh Môn", "Hội Nông dân huyện Kinh Môn")],
        ),
        (
            "Sáng 12-4, Bộ Tư lệnh Vùng Cảnh sát biển 1 đã ký kết quy chế phối hợp với Cục Hải quan thành phố "
            "Hải Phòng\n"
            "và Bộ Chỉ huy Bộ đội Biên phòng thành phố.",
            [
                ("Bộ Tư lệnh Vùng Cảnh sát biển 1", "Cục Hải quan thành phố Hải Phòng"),
                ("Bộ Chỉ huy Bộ đội Biên phòng thành phố", "Bộ Tư lệnh Vùng Cảnh sát biển 1"),
            ],
        ),
    ],
)
def test_a_line_s_end_inside_a_clause_ends_no_sentence(text, parties):
    facts = extract(f"Tin\n\n{text}", "2022-05-20", "Hải Phòng")
    assert sorted(tuple(sorted(p)) for p, _, _ in signing_tuples(facts)) == sorted(tuple(sorted(p)) for p in parties)


def test_a_caption_without_its_full_stop_above_a_paragraph_keeps_its_break():
    facts = extract(
        "Tin\n\nLãnh đạo hai đơn vị ký kết quy chế\nSáng 5/5, Công an tỉnh và Hội Nông dân tỉnh ký kết quy chế "
        "phối hợp.",
        "2022-05-20",
        "Hải Phòng",
    )
    assert [p for p, _, _ in signing_tuples(facts)] == [("Công an tỉnh", "Hội Nông dân tỉnh")]


@pytest.mark.parametrize(
    "members",
    [
        "(1) Văn phòng Tỉnh ủy; (2) Ban Tổ chức Tỉnh ủy; (3) Ban Nội chính Tỉnh ủy; (4) Ủy ban Kiểm tra Tỉnh ủy; (5) "
        "Trường Chính trị tỉnh",
        "Văn phòng Tỉnh ủy; Ban Tổ chức Tỉnh ủy; Ban Nội chính Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy; Trường Chính trị tỉnh",
    ],
)
def test_a_bloc_s_members_numbered_or_parted_by_semicolons_sign_its_pact(members):
    facts = extract(
        f"Tin\n\nKhối thi đua có 05 đơn vị, gồm: {members}. Ngày 5/3, thủ trưởng 5 đơn vị ký kết giao ước thi đua.",
        "2024-03-06",
        "Nghệ An",
    )
    assert [len(p) for p, _, _ in signing_tuples(facts)] == [5]


def test_the_counted_units_of_a_listed_group_sign_together():
    facts = extract(
        "Tin\n\nCụm gồm 4 đơn vị: Công an huyện A Lưới; Công an huyện Nam Đông; Công an huyện Phú Lộc; Công an thị xã "
        "Hương Trà. Ngày 5/3, lãnh đạo 4 đơn vị ký kết quy chế phối hợp.",
        "2024-03-06",
        "Thừa Thiên Huế",
    )
    assert [p for p, _, _ in signing_tuples(facts)] == [
        ("Công an huyện A Lưới", "Công an huyện Nam Đông", "Công an huyện Phú Lộc", "Công an thị xã Hương Trà")
    ]


@pytest.mark.parametrize(
    "purpose", ["trong việc tham mưu Tỉnh ủy", "trong việc giúp UBND tỉnh", "về việc tham mưu UBND tỉnh"]
)
def test_a_purpose_clause_s_body_is_no_partner(purpose):
    facts = extract(
        f"Tin\n\nSáng 20/2, Thanh tra tỉnh ký kết quy chế phối hợp với Công an tỉnh {purpose} giải quyết khiếu nại.",
        "2025-02-21",
        "Nghệ An",
    )
    assert [p for p, _, _ in signing_tuples(facts)] == [("Công an tỉnh", "Thanh tra tỉnh")]


def test_a_bloc_s_deputy_after_its_head_s_role_is_a_body():
    # (real/dc01: "trưởng khối, B" read as a title with its body; a bloc's role ends at the comma)
    facts = extract(
        "Tin\n\nNăm 2017, Khối thi đua có 10 đơn vị, trong đó Công an huyện Hiệp Hòa giữ vai trò trưởng khối, Công an "
        "huyện Việt Yên làm phó khối.",
        "2017-02-22",
        "Bắc Giang",
    )
    assert sorted(a.name for a in facts.agencies) == ["Công an huyện Hiệp Hòa", "Công an huyện Việt Yên"]
