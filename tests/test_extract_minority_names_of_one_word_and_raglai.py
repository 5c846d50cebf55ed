"""Names of the Central Highlands and the south-central coast that the name runs missed (round s29, from helpers'
made-up review and post-2025 pages; the texts here are made up in their image): a one-word name with its apostrophe
after a rank or a lower-case address ("Đại tá K’Brơi, Chính ủy ...", "ông K'Mák, Chủ tịch ..."), and the Raglai
family name "Pi Năng" read as "Năng"."""

import pytest
from _signing_helpers import extract, positions_by_name


def _positions(sentence, province="Lâm Đồng"):
    return positions_by_name(extract(f"Tin\n\n{sentence}", "2024-05-04", province))


@pytest.mark.parametrize(
    "sentence, name, position",
    [
        ("Dự hội nghị có Đại tá K’Brơi, Chính ủy Bộ CHQS tỉnh.", "K'Brơi", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
        ("Dự hội nghị có ông K'Mák, Chủ tịch UBND xã Lộc Bắc.", "K'Mák", "Chủ tịch Ủy ban nhân dân xã Lộc Bắc"),
        (
            "Đến dự có Đại tá K'Bròn - Phó Giám đốc Công an tỉnh Lâm Đồng.",
            "K'Bròn",
            "Phó Giám đốc Công an tỉnh Lâm Đồng",
        ),
    ],
)
def test_a_one_word_name_after_a_rank_or_an_address_is_a_person(sentence, name, position):
    assert _positions(sentence)[name] == [position]


def test_a_one_word_name_without_a_title_after_it_is_no_person():
    # (an apostrophe word alone may be a place or a term: "K'Long" the stream)
    assert _positions("Người dân ven suối K'Long đã được hỗ trợ.") == {}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Dự hội nghị có bà Pi Năng Thị Lành - Phó Chủ tịch UBND huyện Khánh Vĩnh.", "Pi Năng Thị Lành"),
        (
            "Dự có ông Pi Năng Thanh Hải - Chủ tịch UBND huyện Khánh Vĩnh và bà Cao Thị Hoa - Phó Chủ tịch UBND huyện "
            "Khánh Sơn.",
            "Pi Năng Thanh Hải",
        ),
    ],
)
def test_the_raglai_family_name_opens_the_name(sentence, name):
    assert name in _positions(sentence, "Khánh Hòa")
