"""A caption that retells a hub's "với" signing, as round s33's helpers printed it (made-up texts in the image of
their pages): "Ảnh: Đại diện lãnh đạo Tỉnh đoàn, Công an tỉnh, Bộ CHQS tỉnh ký kết ..." after "Ban Thường vụ Tỉnh đoàn
Đắk Lắk ký kết ... với Công an tỉnh, Bộ CHQS tỉnh" names the hub by its body, without the place its organ's name
carries: no joint signing of all."""

from _signing_helpers import extract, signing_tuples


def _signings(text, province=None):
    return signing_tuples(extract(f"Tin\n\n{text}", "2021-05-12", province))


def test_a_caption_naming_the_hub_s_body_without_its_place_repeats_the_pairs():
    text = (
        "Sáng 11/5, Ban Thường vụ Hội Nông dân Gia Lai ký kết chương trình phối hợp với Công an tỉnh, Bộ Chỉ huy "
        "Quân sự tỉnh giai đoạn 2021 - 2026.\nẢnh: Lãnh đạo Hội Nông dân, Công an tỉnh, Bộ CHQS tỉnh ký kết chương "
        "trình phối hợp."
    )
    assert sorted(parties for parties, _, _ in _signings(text)) == [
        ("Ban Thường vụ Hội Nông dân Gia Lai", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Ban Thường vụ Hội Nông dân Gia Lai", "Công an tỉnh"),
    ]


def test_control_a_joint_act_of_other_bodies_stays():
    text = (
        "Sáng 11/5, Ban Thường vụ Hội Nông dân Gia Lai ký kết chương trình phối hợp với Công an tỉnh, Bộ Chỉ huy "
        "Quân sự tỉnh giai đoạn 2021 - 2026.\nCùng dịp, Hội Cựu chiến binh tỉnh, Công an tỉnh và Bộ CHQS tỉnh ký kết "
        "kế hoạch liên tịch năm 2021."
    )
    assert ("Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Hội Cựu chiến binh tỉnh") in [
        parties for parties, _, _ in _signings(text)
    ]
