"""A photo's caption that opens with a unit head's post after "Ảnh:" (round s35, made-up texts in the image of a
tester's page): "Thứ trưởng", "Cục trưởng", "Đồn trưởng", "Hiệu trưởng" name the person's post, not a photographer
whose name would end at the word in lower case ("Ảnh: Thứ" and a post "trưởng" left to the person)."""

import pytest
from _signing_helpers import extract, positions_by_name


def _positions(text, province="Quảng Trị", published="2024-05-16"):
    return positions_by_name(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize("post", ["Thứ trưởng", "Cục trưởng", "Đồn trưởng", "Hiệu trưởng", "Viện trưởng"])
def test_a_caption_opening_with_a_unit_head_s_post_gives_the_post_whole(post):
    positions = _positions(
        "Sáng 15/5, Đồn Biên phòng Cà Lú và Hội Nông dân xã Ba Nang ký kết chương trình phối hợp.\n"
        f"Ảnh: {post} Hồ Văn Minh và Chủ tịch Hội Nông dân xã Lê Văn Tư ký kết. Ảnh: Thanh Hải"
    )
    assert positions["Hồ Văn Minh"] == [post]


def test_control_a_photographer_s_credit_stays_a_credit():
    positions = _positions(
        "Sáng 15/5, Đồn Biên phòng Cà Lú và Hội Nông dân xã Ba Nang ký kết chương trình phối hợp.\n"
        "Quang cảnh lễ ký kết. Ảnh: Trưởng Thanh Hải"
    )
    assert "Trưởng Thanh Hải" not in positions and not any(n.endswith("Thanh Hải") for n in positions)
