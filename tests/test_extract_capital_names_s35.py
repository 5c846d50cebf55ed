"""Round s35: persons' names printed in capitals inside a sentence ("đồng chí ĐẶNG THỊ HUYỀN TRANG, Trưởng Ban ..."),
read as names in title case where a form of address, a rank or a title after them marks a person; made-up sentences."""

import pytest
from _signing_helpers import extract, positions_by_name


def _facts(text, province="Quảng Ninh", published="2022-06-10"):
    return extract(f"Tin\n\n{text}", published, province)


def test_names_in_capitals_after_an_address_and_a_rank():
    facts = _facts(
        "Dự lễ có đồng chí VŨ THỊ THU HƯƠNG, Trưởng Ban Dân vận Tỉnh ủy và Thượng tá ĐỖ MẠNH CƯỜNG, Phó Giám đốc Công "
        "an tỉnh."
    )
    assert positions_by_name(facts) == {
        "Vũ Thị Thu Hương": ["Trưởng Ban Dân vận Tỉnh ủy"],
        "Đỗ Mạnh Cường": ["Phó Giám đốc Công an tỉnh"],
    }


def test_a_caption_s_name_in_capitals_before_its_title():
    facts = _facts("Phát biểu tại hội nghị, NGUYỄN HỮU THẮNG, Chủ tịch Hội Nông dân tỉnh đề nghị các cấp hội phối hợp.")
    assert positions_by_name(facts) == {"Nguyễn Hữu Thắng": ["Chủ tịch Hội Nông dân tỉnh"]}


@pytest.mark.parametrize(
    "text",
    [
        # (controls: a byline in capitals, a body's short form after an address, a headline all in capitals)
        "Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết quy chế phối hợp.\nLÊ HOÀNG - MINH ANH",
        "Ông bà con trong thôn ủng hộ UBND xã.",
    ],
)
def test_controls_no_person(text):
    assert positions_by_name(_facts(text)) == {}
