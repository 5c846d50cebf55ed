"""The police's unit for the administrative management of social order (PC06, C06, the district teams), which every
page on Đề án 06 names, with its field written by initials: "Phòng Cảnh sát QLHC về TTXH Công an tỉnh" was cut at
"về" to "Phòng Cảnh sát QLHC" and lost its police (round s35, from a black-box tester's pages)."""

import pytest
from _signing_helpers import extract, named_sectors


def _facts(text, province="Yên Bái", published="2023-06-20"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Công an tỉnh họp với Sở Tư pháp. Dự có lãnh đạo Phòng Cảnh sát QLHC về TTXH Công an tỉnh.",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh",
        ),
        (
            "Bộ Công an làm việc với Bộ Tư pháp, có đại diện Cục Cảnh sát QLHC về TTXH (C06).",
            "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        ),
        (
            "Đội Cảnh sát QLHC về TTXH Công an huyện Văn Chấn đến từng thôn làm căn cước cho người dân.",
            "Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện Văn Chấn",
        ),
        (
            "Lãnh đạo Phòng CSQLHC về TTXH Công an tỉnh báo cáo tiến độ cấp tài khoản định danh.",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh",
        ),
    ],
)
def test_the_social_order_unit_with_its_field_by_initials_is_named_in_full(text, expected):
    assert (expected, "police") in named_sectors(_facts(text))


def test_the_unit_by_initials_acts_by_its_whole_name():
    facts = _facts("Phòng Cảnh sát QLHC về TTXH phối hợp với Bảo hiểm xã hội tỉnh rà soát dữ liệu.")
    assert ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "police") in named_sectors(facts)
    assert not any(name.endswith("QLHC") for name, _ in named_sectors(facts))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dự có lãnh đạo Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh.",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh",
        ),
        (
            "Dự có lãnh đạo Cục Cảnh sát quản lý hành chính về trật tự xã hội.",
            "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        ),
        (
            "Dự có lãnh đạo Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh.",
            "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh",
        ),
    ],
)
def test_control_the_units_named_in_full_read_as_before(text, expected):
    assert (expected, "police") in named_sectors(_facts(text))


def test_control_about_after_another_department_still_ends_its_name():
    facts = _facts("Phòng Cảnh sát hình sự về việc xác minh đã báo cáo Công an tỉnh.")
    assert ("Phòng Cảnh sát hình sự", "police") in named_sectors(facts)
