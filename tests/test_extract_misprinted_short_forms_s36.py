"""Short forms of the table as provincial pages misprint them (round s36, made-up sentences): two letters swapped, a
letter doubled, the head word without its tone mark, the level word glued to the initials. Read as the table's row
where the slip is one step from that row only and stands where a body's name opens."""

from __future__ import annotations

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name


def _facts(text):
    return extract(f"Tin địa phương\n\n{text}", "2023-09-04", "Điện Biên")


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 1/9, UNBD huyện Tuần Giáo ký kết quy chế phối hợp với Công an huyện Tuần Giáo.",
            ("Công an huyện Tuần Giáo", "Ủy ban nhân dân huyện Tuần Giáo"),
        ),
        (
            "Ngày 1/9, Ủy ban MTTTQ tỉnh và Công an tỉnh ký kết chương trình phối hợp.",
            ("Công an tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ),
        (
            "Ngày 1/9, Bô CHQS tỉnh ký kết chương trình phối hợp với Hội Cựu chiến binh tỉnh.",
            ("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"),
        ),
        (
            "Ngày 1/9, Hôi LHPN huyện Mường Ảng và Đoàn Thanh niên huyện Mường Ảng ký kết chương trình phối hợp.",
            ("Hội Liên hiệp Phụ nữ huyện Mường Ảng", "Đoàn Thanh niên huyện Mường Ảng"),
        ),
        (
            "Ngày 1/9, BCHQShuyện Điện Biên Đông ký kết quy chế phối hợp với Hội Nông dân huyện Điện Biên Đông.",
            ("Ban Chỉ huy Quân sự huyện Điện Biên Đông", "Hội Nông dân huyện Điện Biên Đông"),
        ),
    ],
)
def test_a_misprinted_short_form_signs_as_the_tables_row(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_misprinted_short_form_in_a_title_is_spelled_out():
    facts = _facts("Dự hội nghị có ông Lò Văn Phong, Phó Chủ tịch UBDN huyện Tủa Chùa.")
    assert positions_by_name(facts) == {"Lò Văn Phong": ["Phó Chủ tịch Ủy ban nhân dân huyện Tủa Chùa"]}


def test_control_the_tables_own_spelling_is_unchanged():
    facts = _facts("Ngày 1/9, UBND huyện Tuần Giáo ký kết quy chế phối hợp với Công an huyện Tuần Giáo.")
    assert party_sets(facts) == [("Công an huyện Tuần Giáo", "Ủy ban nhân dân huyện Tuần Giáo")]


def test_control_a_slip_away_from_a_body_s_head_is_left_alone():
    # ("MTQT" out of a body's head position: a code, read as printed, no body)
    facts = _facts("Mã hồ sơ MTQT được cấp cho Công an tỉnh.")
    assert agency_names(facts) == ["Công an tỉnh"]


def test_control_a_given_name_before_initials_is_no_head_word():
    facts = _facts("Ngày 1/9, anh Lò Văn Khôi cùng UBND xã Mường Nhé ký kết biên bản với Công an xã Mường Nhé.")
    assert "Khối" not in " ".join(agency_names(facts))


def test_control_a_short_form_the_page_defines_in_brackets_is_its_own():
    # ("ĐĐBQH" is one slip from the table's "ĐBQH", but the page spells it out itself)
    facts = _facts(
        "Ngày 1/9, Văn phòng Đoàn Đại biểu Quốc hội (ĐĐBQH) tỉnh họp. Sau đó ĐĐBQH tỉnh Điện Biên ký kết quy chế phối "
        "hợp với Công an tỉnh Điện Biên."
    )
    assert party_sets(facts) == [("Công an tỉnh Điện Biên", "Đoàn Đại biểu Quốc hội tỉnh Điện Biên")]
