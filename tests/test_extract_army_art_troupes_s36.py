"""The army's art troupes and theatres, named after the region, corps or force they belong to (round s36, made-up
sentences): a unit of the army, military, not its parent."""

from __future__ import annotations

import pytest
from _signing_helpers import extract, named_sectors, party_sets


def _facts(text):
    return extract(f"Văn hóa\n\n{text}", "2023-11-20", "Nghệ An")


@pytest.mark.parametrize(
    "troupe",
    ["Đoàn Nghệ thuật Quân khu 4", "Đoàn Văn công Quân khu 7", "Nhà hát Ca múa nhạc Quân đội"],
)
def test_a_troupe_of_the_army_signs_by_its_own_name(troupe):
    facts = _facts(f"Ngày 18/11, {troupe} và Tỉnh đoàn Nghệ An ký kết chương trình phối hợp giai đoạn 2023-2028.")
    assert party_sets(facts) == [tuple(sorted((troupe, "Tỉnh đoàn Nghệ An")))]
    assert (troupe, "military") in named_sectors(facts)


def test_control_the_region_itself_signs_as_the_region():
    facts = _facts("Ngày 18/11, Quân khu 4 và Tỉnh đoàn Nghệ An ký kết chương trình phối hợp giai đoạn 2023-2028.")
    assert party_sets(facts) == [("Quân khu 4", "Tỉnh đoàn Nghệ An")]


def test_control_a_province_s_troupe_is_no_body():
    facts = _facts("Đoàn Nghệ thuật Khmer tỉnh Sóc Trăng biểu diễn phục vụ bà con.")
    assert named_sectors(facts) == set()
