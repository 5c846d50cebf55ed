"""A head shared by a pair of places the count "hai" announces and a dash joins ("Công an hai tỉnh Quảng Trị - Quảng
Bình"), found in round s28 by setting the bodies of neighbouring provinces into the sentence of a signing (the texts
here are made up in their image): the second place was lost, and with it the second party."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text):
    return extract(text, "2025-04-10", "Quảng Trị")


@pytest.mark.parametrize(
    "printed, first, second",
    [
        ("Công an hai tỉnh Quảng Trị - Quảng Bình", "Công an tỉnh Quảng Trị", "Công an tỉnh Quảng Bình"),
        ("Hội Nông dân hai tỉnh Quảng Trị – Quảng Bình", "Hội Nông dân tỉnh Quảng Trị", "Hội Nông dân tỉnh Quảng Bình"),
        ("Công an 2 tỉnh Quảng Trị-Quảng Bình", "Công an tỉnh Quảng Trị", "Công an tỉnh Quảng Bình"),
        (
            "BĐBP hai tỉnh Quảng Trị - Quảng Bình",
            "Bộ đội Biên phòng tỉnh Quảng Trị",
            "Bộ đội Biên phòng tỉnh Quảng Bình",
        ),
        ("Hội Nông dân hai huyện Gio Linh - Vĩnh Linh", "Hội Nông dân huyện Gio Linh", "Hội Nông dân huyện Vĩnh Linh"),
    ],
)
def test_a_counted_pair_joined_by_a_dash_is_two_bodies(printed, first, second):
    facts = _facts(f"Tin\n\nSáng 5/3, {printed} ký kết quy chế phối hợp.")
    assert party_sets(facts) == [tuple(sorted((first, second)))]


@pytest.mark.parametrize(
    "printed, names",
    [
        (
            "Công an hai tỉnh Quảng Trị và Bà Rịa - Vũng Tàu",
            ["Công an tỉnh Bà Rịa - Vũng Tàu", "Công an tỉnh Quảng Trị"],
        ),
        (
            "Công an hai phường Xuân Hương - Đà Lạt và Cam Ly - Đà Lạt",
            ["Công an phường Cam Ly - Đà Lạt", "Công an phường Xuân Hương - Đà Lạt"],
        ),
    ],
)
def test_a_place_whose_name_holds_a_dash_stays_one(printed, names):
    facts = _facts(f"Tin\n\nSáng 5/3, {printed} ký kết quy chế phối hợp.")
    assert agency_names(facts) == names


def test_a_dash_after_an_uncounted_body_joins_no_second_place():
    # (a regional court named with its province: one body)
    facts = _facts("Tin\n\nSáng 5/3, Tòa án nhân dân khu vực 1 - Quảng Trị ký kết quy chế phối hợp với Công an tỉnh.")
    assert party_sets(facts) == [("Công an tỉnh", "Tòa án nhân dân khu vực 1 - Quảng Trị")]


def test_a_place_shared_back_over_a_body_named_by_its_own_name_after_it():
    facts = _facts(
        "Tin\n\nSáng 20/8, Công an huyện, Ban CHQS huyện Lộc Ninh và Đồn Biên phòng Lộc Tấn tổ chức lễ ký kết kết "
        "nghĩa."
    )
    assert party_sets(facts) == [
        ("Ban Chỉ huy Quân sự huyện Lộc Ninh", "Công an huyện Lộc Ninh", "Đồn Biên phòng Lộc Tấn")
    ]
