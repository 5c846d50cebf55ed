"""A caption's note of where a signer stands in the photo ("(bên trái)", "(phải)", "(thứ hai từ trái sang)") after
his title, found in round s28 by setting signers' titles into captions (the texts here are made up in their image):
the note ended no title, so the bodies the titles name were lost as parties, and the signing with them."""

import pytest
from _signing_helpers import extract, party_sets, positions_by_name


def _facts(text):
    return extract(text, "2025-03-06", "Quảng Trị")


@pytest.mark.parametrize("note", ["(bên trái)", "(trái)", "(đứng giữa)", "(thứ hai từ trái sang)", "(ngồi bên phải)"])
@pytest.mark.parametrize(
    "caption",
    [
        "Đồng chí Nguyễn Văn An, Trưởng Ban Dân vận Tỉnh ủy {N} và Đại tá Trần Văn Bình, Giám đốc Công an tỉnh ký kết "
        "chương trình phối hợp. Ảnh: Văn Hùng",
        "Đồng chí Nguyễn Văn An, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Trần Văn Bình, Giám đốc Công an tỉnh {N} ký kết "
        "chương trình phối hợp.",
        "Trưởng Ban Dân vận Tỉnh ủy Nguyễn Văn An {N} và Giám đốc Công an tỉnh Trần Văn Bình ký kết chương trình phối "
        "hợp.",
    ],
)
def test_a_note_of_where_the_signer_stands_ends_his_title(caption, note):
    facts = _facts("Tin\n\n" + caption.replace("{N}", note))
    assert party_sets(facts) == [("Ban Dân vận Tỉnh ủy", "Công an tỉnh")]
    assert positions_by_name(facts) == {
        "Nguyễn Văn An": ["Trưởng Ban Dân vận Tỉnh ủy"],
        "Trần Văn Bình": ["Giám đốc Công an tỉnh"],
    }
