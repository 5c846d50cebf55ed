"""Named units (round s35, made-up texts in the image of a tester's central pages): the Youth Union's boards named with
its central or provincial committee, and a unit word right before its parent in brackets, named as "Phòng Tham mưu
(Công an tỉnh)" was; the parent stays an agency of its own."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors


def _facts(text, province="Hà Tĩnh", published="2021-04-08"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, board",
    [
        (
            "Dự lễ ký có đại diện Ban Mặt trận Trung ương Đoàn và Ban Tuyên giáo Trung ương Đoàn.",
            "Ban Mặt trận Trung ương Đoàn",
        ),
        (
            "Ban Thanh niên Trường học Trung ương Đoàn phối hợp tổ chức cuộc thi.",
            "Ban Thanh niên Trường học Trung ương Đoàn",
        ),
        ("Ban Công tác Thiếu nhi Tỉnh đoàn phát động cuộc thi vẽ tranh.", "Ban Công tác Thiếu nhi Tỉnh đoàn"),
    ],
)
def test_a_board_of_the_youth_union_named_with_its_committee(text, board):
    assert (board, "front") in named_sectors(_facts(text, province=None))


@pytest.mark.parametrize(
    "text, unit, parent",
    [
        (
            "Tham dự có lãnh đạo Phòng Chính trị (Bộ Chỉ huy Quân sự tỉnh) và Hội Cựu chiến binh tỉnh.",
            ("Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh", "military"),
            ("Bộ Chỉ huy Quân sự tỉnh", "military"),
        ),
        (
            "Cùng dự có Ban Tuyên giáo (Hội Nông dân tỉnh) và Sở Tư pháp.",
            ("Ban Tuyên giáo Hội Nông dân tỉnh", "front"),
            ("Hội Nông dân tỉnh", "front"),
        ),
    ],
)
def test_a_unit_word_before_its_parent_in_brackets_is_that_unit(text, unit, parent):
    sectors = named_sectors(_facts(text))
    assert unit in sectors
    assert parent in sectors


@pytest.mark.parametrize(
    "text, names",
    [
        # (a unit that stands as a name was read with its bracketed parent before)
        (
            "Tham dự có lãnh đạo Phòng Tham mưu (Công an tỉnh) và Công an huyện Kỳ Anh.",
            ["Công an huyện Kỳ Anh", "Công an tỉnh", "Phòng Tham mưu Công an tỉnh"],
        ),
        # (a short form in brackets after a body is no parent)
        (
            "Ban Dân vận Tỉnh ủy (BDV) và Công an tỉnh ký kết quy chế phối hợp.",
            ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"],
        ),
        # (the Front's boards read as before)
        ("Ban Phong trào Ủy ban MTTQ tỉnh tổ chức hội nghị.", ["Ban Phong trào Ủy ban Mặt trận Tổ quốc tỉnh"]),
    ],
)
def test_controls_units_read_as_before(text, names):
    assert agency_names(_facts(text)) == names
