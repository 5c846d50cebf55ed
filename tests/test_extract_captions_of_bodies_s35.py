"""A photo's caption that opens with a body's name after "Ảnh:" (round s35, made-up texts in the image of a tester's
page): the label credits no photographer, the caption's bodies are read whole ("Ban Dân vận Huyện ủy", not a new
"Huyện ủy" after a credit "Ảnh: Ban Dân")."""

import pytest
from _signing_helpers import agency_names, extract, party_sets


def _facts(text, province="Sóc Trăng", published="2024-03-13"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_caption_of_a_board_named_bare_signs_as_the_board_the_text_names():
    facts = _facts(
        "Ngày 12/3, Ban Dân vận Huyện ủy Cù Lao Dung và Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết.\n"
        "Ảnh: Ban Dân vận Huyện ủy và Hội Cựu chiến binh huyện ký kết chương trình phối hợp giai đoạn 2024 - 2027."
    )
    assert "Huyện ủy" not in agency_names(facts)
    assert party_sets(facts) == [("Ban Dân vận Huyện ủy Cù Lao Dung", "Hội Cựu chiến binh huyện")]


def test_a_caption_opening_with_a_mass_organisation():
    facts = _facts(
        "Ngày 12/3, Công an tỉnh tổ chức hội nghị.\n"
        "Ảnh: Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp năm 2024."
    )
    assert agency_names(facts) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


@pytest.mark.parametrize(
    "credit",
    [
        # (a photographer's name, at a line's end or before the next sentence, stays a credit)
        "Ảnh: Hồng Nhung",
        "Ảnh: Quốc Bảo Tham dự lễ ký có lãnh đạo các sở.",
    ],
)
def test_controls_a_photographer_s_name_stays_a_credit(credit):
    facts = _facts(f"Ngày 12/3, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp.\n{credit}")
    assert agency_names(facts) == ["Công an tỉnh", "Hội Nông dân tỉnh"]
    assert not facts.persons or all(p.name not in ("Hồng Nhung", "Quốc Bảo") for p in facts.persons)
