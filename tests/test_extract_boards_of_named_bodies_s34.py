"""Boards named with the body they serve, which the grammar cut back to that body or left at a dash (round s34, from
black-box testers' pages): a military command's boards of its branches and services ("Ban Quân y Bộ CHQS tỉnh"), the
Front's and the mass organisations' boards named by fields joined by dashes ("Ban Tổ chức - Kiểm tra Hội ND tỉnh"), and
the National Assembly Standing Committee's boards ("Ban Dân nguyện của Ủy ban Thường vụ Quốc hội")."""

import pytest
from _signing_helpers import extract, named_sectors, party_sets, positions_by_name


def _facts(text, province="Quảng Trị", published="2019-05-14"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ban Quân y Bộ CHQS tỉnh cử 10 y, bác sĩ hỗ trợ khu cách ly tập trung.",
            {("Ban Quân y Bộ Chỉ huy Quân sự tỉnh", "military")},
        ),
        (
            "Ban Dân quân tự vệ Ban CHQS huyện Gio Linh tổ chức tập huấn.",
            {("Ban Dân quân tự vệ Ban Chỉ huy Quân sự huyện Gio Linh", "military")},
        ),
    ],
)
def test_a_military_command_s_board_of_a_branch_is_a_body_of_the_command_s_kind(text, expected):
    assert named_sectors(_facts(text)) == expected


def test_a_command_s_board_signs_by_its_whole_name():
    facts = _facts("Sáng 13/5, Ban Tác chiến Bộ Chỉ huy BĐBP tỉnh và Công an tỉnh ký kết quy chế phối hợp.")
    board = "Ban Tác chiến Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    assert (board, "military") in named_sectors(facts)
    assert party_sets(facts) == [(board, "Công an tỉnh")]


def test_boards_of_mass_organisations_named_by_fields_joined_by_dashes():
    facts = _facts(
        "Dự hội nghị có đại diện Ban Tổ chức - Chính sách - Kiểm tra Hội CCB tỉnh, Ban Kinh tế - Xã hội Hội ND tỉnh "
        "và Ban Tổ chức - Kiểm tra Tỉnh đoàn."
    )
    assert named_sectors(facts) == {
        ("Ban Tổ chức - Chính sách - Kiểm tra Hội Cựu chiến binh tỉnh", "front"),
        ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "front"),
        ("Ban Tổ chức - Kiểm tra Tỉnh đoàn", "front"),
    }


def test_a_front_committee_s_boards_of_one_field_and_of_two():
    facts = _facts(
        "Ban Phong trào Ủy ban MTTQ tỉnh, Ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh phối hợp với Ban Dân tộc tỉnh "
        "tổ chức hội nghị."
    )
    assert named_sectors(facts) == {
        ("Ban Phong trào Ủy ban Mặt trận Tổ quốc tỉnh", "front"),
        ("Ban Dân tộc - Tôn giáo Ủy ban Mặt trận Tổ quốc tỉnh", "front"),
        ("Ban Dân tộc tỉnh", "state"),
    }


def test_a_dashed_board_s_head_keeps_his_whole_post():
    facts = _facts("Dự có ông Trần Văn Hòa, Trưởng Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh.")
    assert positions_by_name(facts) == {"Trần Văn Hòa": ["Trưởng Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh"]}
    assert named_sectors(facts) == set()


@pytest.mark.parametrize(
    "text, board",
    [
        (
            "Văn phòng Đoàn ĐBQH tỉnh chuyển kiến nghị của cử tri tới Ban Dân nguyện của Ủy ban Thường vụ Quốc hội.",
            "Ban Dân nguyện của Ủy ban Thường vụ Quốc hội",
        ),
        (
            "Ban Công tác đại biểu thuộc UBTVQH làm việc với Thường trực HĐND tỉnh.",
            "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội",
        ),
    ],
)
def test_a_board_of_the_national_assembly_standing_committee_is_named_with_it(text, board):
    sectors = named_sectors(_facts(text))
    assert (board, "state") in sectors
    assert ("Ủy ban Thường vụ Quốc hội", "state") not in sectors


@pytest.mark.parametrize(
    "text, expected",
    [
        # (controls: the State's boards of one field, a people's council's board, a Party board, the Assembly's council)
        (
            "Ban Dân tộc tỉnh và Ban Tôn giáo tỉnh phối hợp với Công an tỉnh tổ chức hội nghị.",
            {("Ban Dân tộc tỉnh", "state"), ("Ban Tôn giáo tỉnh", "state"), ("Công an tỉnh", "police")},
        ),
        (
            "Ban Tổ chức Tỉnh ủy, Ban Văn hóa - Xã hội HĐND tỉnh và Hội đồng Dân tộc của Quốc hội dự hội nghị.",
            {
                ("Ban Tổ chức Tỉnh ủy", "party"),
                ("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh", "state"),
                ("Hội đồng Dân tộc của Quốc hội", "state"),
            },
        ),
    ],
)
def test_other_boards_are_read_as_before(text, expected):
    assert named_sectors(_facts(text)) == expected
