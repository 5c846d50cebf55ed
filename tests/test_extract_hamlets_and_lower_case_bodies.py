"""Commune pages as a helper's made-up district-portal pages of round s29 print them (the texts here are made up in
their image): the hamlet word "khu" of Phú Thọ and Hòa Bình ("Chi hội Phụ nữ khu 5", "Chi đoàn khu Xoan"), and a
body's name typed all in lower case before its place ("công an phường Nhơn Hưng", "hội nông dân xã Tân Phú"): the
signings between them were lost."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Phú Thọ"):
    return extract(f"Tin\n\n{text}", "2024-05-04", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 8-3, Chi hội Phụ nữ khu 5 ký kết chương trình phối hợp với Chi hội Cựu chiến binh khu 5.",
            ("Chi hội Cựu chiến binh khu 5", "Chi hội Phụ nữ khu 5"),
        ),
        (
            "Ngày 8-3, Chi hội Phụ nữ khu Xoan ký kết chương trình phối hợp với Chi đoàn khu Xoan.",
            ("Chi hội Phụ nữ khu Xoan", "Chi đoàn khu Xoan"),
        ),
    ],
)
def test_the_cells_of_a_hamlet_named_khu_sign(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_an_area_is_no_hamlet():
    assert agency_names(_facts("Chi hội Phụ nữ khu vực phía Bắc đã tổ chức nhiều hoạt động.")) == []


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 5-3, công an phường Nhơn Hưng đã ký kết quy chế phối hợp với ban chỉ huy quân sự phường Nhơn Hưng.",
            ("ban chỉ huy quân sự phường nhơn hưng", "công an phường nhơn hưng"),
        ),
        (
            "Ngày 5-3, hội nông dân xã Tân Phú ký kết chương trình phối hợp với hội liên hiệp phụ nữ xã Tân Phú.",
            ("hội liên hiệp phụ nữ xã tân phú", "hội nông dân xã tân phú"),
        ),
        (
            "Ngày 4/3, đảng ủy xã Diễn Kỷ ký kết quy chế phối hợp với công an xã Diễn Kỷ.",
            ("công an xã diễn kỷ", "đảng ủy xã diễn kỷ"),
        ),
    ],
)
def test_a_body_in_lower_case_before_its_place_signs(text, parties):
    assert [tuple(sorted(p.casefold() for p in ps)) for ps in party_sets(_facts(text, "Bình Định"))] == [parties]


def test_a_kind_in_lower_case_with_no_place_is_no_body():
    assert agency_names(_facts("Người dân đã báo cho công an xã để xử lý kịp thời.")) == []
