"""A photo's caption that names no body retells the page's signing (round s33, helpers T's class 3 and U's class 4):
"Ký kết quy chế phối hợp. Ảnh: ...", "Hai bên ký kết ... Ảnh: ..." under a told signing are no second signing of the
bodies the sentence before the caption names."""

import pytest
from _signing_helpers import extract, party_sets


def _party_sets(text):
    return party_sets(extract(f"Tin\n\n{text}", "2019-10-03", "Bến Tre"))


LEAD = "Sáng 2/10, Hội Nông dân tỉnh ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh giai đoạn 2019 - 2024."
PAIR = [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]


@pytest.mark.parametrize(
    "caption",
    ["Ký kết chương trình phối hợp. Ảnh: T.L", "Hai bên ký kết chương trình phối hợp. Ảnh: Minh Tâm"],
)
@pytest.mark.parametrize(
    "before",
    [
        "Sở Y tế và Công an tỉnh cũng tham gia đoàn kiểm tra liên ngành.",
        "Sở Y tế, Công an tỉnh đã phối hợp kiểm tra 12 cơ sở kinh doanh.",
    ],
)
def test_a_caption_with_no_body_retells_the_page_s_signing(caption, before):
    text = f"{LEAD} {before}\n\n{caption}"
    assert _party_sets(text) == PAIR


def test_control_a_caption_told_alone_takes_the_pair_of_the_page():
    text = (
        "Sáng 2/10, Hội Nông dân tỉnh làm việc với Bộ Chỉ huy Quân sự tỉnh.\n\n"
        "Hai bên ký kết chương trình phối hợp. Ảnh: T.L"
    )
    assert _party_sets(text) == PAIR
