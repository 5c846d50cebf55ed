"""A title whose body's name holds a dash, ending at a bare level word before the ";" of a list of guests ("bà A,
Trưởng phòng Lao động - Thương binh và Xã hội huyện; anh B, Bí thư Huyện đoàn"): the title ends at the ";" and stays
the person's (round s35, helper K)."""

import pytest
from _signing_helpers import extract, positions_by_name


def _positions(text):
    return positions_by_name(extract(f"Tin\n\n{text}", "2024-05-17", "Lào Cai"))


@pytest.mark.parametrize(
    "tail",
    [
        "huyện; ông Lý Văn Sử, Bí thư Huyện đoàn.",
        # (the level's place named, too)
        "huyện Bát Xát; ông Lý Văn Sử, Bí thư Huyện đoàn.",
    ],
)
def test_the_title_before_the_semicolon_stays(tail):
    positions = _positions(f"Dự hội nghị có bà Hoàng Thị Dung, Trưởng phòng Lao động - Thương binh và Xã hội {tail}")
    assert positions["Hoàng Thị Dung"] == ["Trưởng phòng Lao động - Thương binh và Xã hội " + tail.split(";")[0]]
    assert positions["Lý Văn Sử"] == ["Bí thư Huyện đoàn"]


def test_control_the_title_at_the_sentence_s_end_stays():
    positions = _positions("Dự hội nghị có bà Hoàng Thị Dung, Trưởng phòng Lao động - Thương binh và Xã hội huyện.")
    assert positions["Hoàng Thị Dung"] == ["Trưởng phòng Lao động - Thương binh và Xã hội huyện"]
