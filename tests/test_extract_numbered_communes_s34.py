"""Communes and wards the gazetteer knows only with the number after their name (a commune split in two and numbered,
"Sơn Kim 1", "Sơn Kim 2"; a ward "Cổ Nhuế 1"): a head shared over a list of them, or a bare committee listed before one,
reaches each numbered name whole (round s34, from a black-box tester's page of 2022)."""

import pytest
from _signing_helpers import extract, named_sectors, party_sets


def _facts(text, province="Hà Tĩnh", published="2022-06-09"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, province, expected",
    [
        (
            "Buổi ra quân có đại diện Đảng ủy, UBND các xã Sơn Kim 1, Sơn Kim 2.",
            "Hà Tĩnh",
            {
                ("Đảng ủy xã Sơn Kim 1", "party"),
                ("Đảng ủy xã Sơn Kim 2", "party"),
                ("Ủy ban nhân dân xã Sơn Kim 1", "state"),
                ("Ủy ban nhân dân xã Sơn Kim 2", "state"),
            },
        ),
        (
            # (the number is no count before a verb: "Cổ Nhuế 2 dự lễ")
            "Đại diện Đảng ủy, UBND các phường Cổ Nhuế 1 và Cổ Nhuế 2 dự lễ.",
            "Hà Nội",
            {
                ("Đảng ủy phường Cổ Nhuế 1", "party"),
                ("Đảng ủy phường Cổ Nhuế 2", "party"),
                ("Ủy ban nhân dân phường Cổ Nhuế 1", "state"),
                ("Ủy ban nhân dân phường Cổ Nhuế 2", "state"),
            },
        ),
    ],
)
def test_a_shared_head_reaches_each_numbered_commune_of_a_list(text, province, expected):
    assert named_sectors(_facts(text, province=province)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sáng 8/6, Đảng ủy, UBND xã Sơn Kim 1 tổ chức hội nghị sơ kết.",
            {("Đảng ủy xã Sơn Kim 1", "party"), ("Ủy ban nhân dân xã Sơn Kim 1", "state")},
        ),
        (
            "Công an, Ban CHQS xã Sơn Kim 2 tổ chức diễn tập.",
            {("Công an xã Sơn Kim 2", "police"), ("Ban Chỉ huy Quân sự xã Sơn Kim 2", "military")},
        ),
    ],
)
def test_a_bare_head_listed_before_a_numbered_commune_takes_the_number_too(text, expected):
    assert named_sectors(_facts(text)) == expected


def test_numbered_communes_sign_each_by_its_whole_name():
    facts = _facts("Hội Nông dân các xã Sơn Kim 1, Sơn Kim 2 và Sơn Tây ký kết giao ước thi đua.")
    assert party_sets(facts) == [
        ("Hội Nông dân xã Sơn Kim 1", "Hội Nông dân xã Sơn Kim 2", "Hội Nông dân xã Sơn Tây"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (controls: communes named without a number, and a count after a commune's name)
        (
            "Dự lễ có đại diện Đảng ủy, UBND các xã Sơn Tây, Sơn Hồng.",
            {
                ("Đảng ủy xã Sơn Tây", "party"),
                ("Đảng ủy xã Sơn Hồng", "party"),
                ("Ủy ban nhân dân xã Sơn Tây", "state"),
                ("Ủy ban nhân dân xã Sơn Hồng", "state"),
            },
        ),
        ("UBND xã Sơn Tây 2 năm liền đạt danh hiệu xã văn hóa.", {("Ủy ban nhân dân xã Sơn Tây", "state")}),
    ],
)
def test_communes_without_a_number_are_read_as_before(text, expected):
    assert named_sectors(_facts(text)) == expected
