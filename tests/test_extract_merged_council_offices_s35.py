"""The one office of a province's National Assembly delegation, People's Council and People's Committee, merged in
many provinces from 2021 ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", or spelled out): one body, as "Sở Văn hóa, Thể
thao và Du lịch" is, not the delegation's office and two bodies listed with it (round s35, from a black-box tester's
pages). Made-up sentences."""

import pytest
from _signing_helpers import agency_names, extract, party_sets, positions_by_name

OFFICE = "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh"


def _facts(text, province="Bắc Ninh", published="2022-07-05"):
    return extract(f"Tin văn phòng\n\n{text}", published, province)


@pytest.mark.parametrize(
    "office",
    [
        "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
        "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh",
    ],
)
def test_the_merged_office_signs_as_one_body(office):
    facts = _facts(f"Sáng 4/7, Ban Tổ chức Tỉnh ủy ký kết quy chế phối hợp với {office}.")
    assert agency_names(facts) == ["Ban Tổ chức Tỉnh ủy", OFFICE]
    assert party_sets(facts) == [("Ban Tổ chức Tỉnh ủy", OFFICE)]


def test_the_head_of_the_merged_office():
    facts = _facts("Dự buổi làm việc có ông Ngô Đức Khang, Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh.")
    assert positions_by_name(facts) == {"Ngô Đức Khang": [f"Chánh {OFFICE}"]}
    assert agency_names(facts) == []


@pytest.mark.parametrize(
    ("office", "name"),
    [
        # (controls: the office of the delegation and the council alone, of the council and the committee alone)
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
        ("Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    ],
)
def test_controls_the_offices_of_two_bodies(office, name):
    facts = _facts(f"Sáng 4/7, Ban Tổ chức Tỉnh ủy ký kết quy chế phối hợp với {office}.")
    assert party_sets(facts) == [("Ban Tổ chức Tỉnh ủy", name)]
