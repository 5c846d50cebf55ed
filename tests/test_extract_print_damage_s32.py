"""Print and OCR damage as round s32's helper printed it (made-up texts in the image of their pages): a syllable broken
at a line's end by a hyphen, "Uy ban" without its mark, "C.A" for the police before a level."""

import pytest
from _signing_helpers import extract, party_sets, positions_by_name


def _facts(text):
    return extract(f"Tin\n\n{text}", "2021-05-04", "Hà Giang")


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 5/3/2021, Uy ban MTTQ Việt Nam tỉnh và Công an tỉnh Hà Giang ký kết chương trình phối hợp.",
            ("Công an tỉnh Hà Giang", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang"),
        ),
        (
            "Ngày 5/3/2021, Uy ban nhân dân tỉnh và Công an tỉnh Hà Giang ký kết quy chế phối hợp.",
            ("Công an tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang"),
        ),
        (
            "Ngày 5/3/2021, C.A tỉnh và Hội Nông dân tỉnh Hà Giang ký kết chương trình phối hợp.",
            ("Công an tỉnh Hà Giang", "Hội Nông dân tỉnh Hà Giang"),
        ),
        (
            "Ngày 5/3/2021, Công an tỉnh và Hội Cựu chiến binh tỉ-\nnh Hà Giang ký kết chương trình phối hợp.",
            ("Công an tỉnh Hà Giang", "Hội Cựu chiến binh tỉnh Hà Giang"),
        ),
    ],
)
def test_damaged_names_sign(text, parties):
    assert party_sets(_facts(text)) == [parties]


@pytest.mark.parametrize(
    "text, name, position",
    [
        ("Dự có Thượng tá Lò Văn Sơn, Trưởng C.A huyện.", "Lò Văn Sơn", "Trưởng Công an huyện"),
        (
            "Dự có bà Lê Thị Hạnh, Chủ tịch Uy ban MTTQ Việt Nam tỉnh.",
            "Lê Thị Hạnh",
            "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        ),
        (
            "Dự có Đại tá Trần Văn Hùng, Chính ủy Bộ Chỉ huy Quân sự tỉ-\nnh.",
            "Trần Văn Hùng",
            "Chính ủy Bộ Chỉ huy Quân sự tỉnh",
        ),
    ],
)
def test_damaged_titles_are_read_whole(text, name, position):
    assert positions_by_name(_facts(text)) == {name: [position]}


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 7-11, Bộ Chỉ huy Bộ đội Biên phòng (BCH BĐBP) tỉnh Long An ký kết quy chế phối hợp với Công an tỉnh "
            "Long An.",
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Long An", "Công an tỉnh Long An"),
        ),
        (
            "Ngày 7-11, Ban Chỉ huy Quân sự (Ban CHQS) huyện Đức Huệ ký kết quy chế phối hợp với Công an huyện Đức "
            "Huệ.",
            ("Ban Chỉ huy Quân sự huyện Đức Huệ", "Công an huyện Đức Huệ"),
        ),
        (
            "Ngày 7-11, Hội Cựu chiến binh (Hội CCB) tỉnh Long An ký kết chương trình phối hợp với Công an tỉnh Long "
            "An.",
            ("Công an tỉnh Long An", "Hội Cựu chiến binh tỉnh Long An"),
        ),
    ],
)
def test_a_short_form_of_two_parts_defined_in_brackets_inside_a_name(text, parties):
    assert party_sets(extract(f"Tin\n\n{text}", "2018-11-10", "Long An")) == [parties]
