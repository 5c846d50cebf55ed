"""A signing told as put off or called off is no signing, as round s33's helpers printed it (made-up texts in the image
of their pages): "lễ ký kết ... được tổ chức vào ngày 20/8, nhưng đã tạm hoãn", "Lễ ký kết ... đã phải hoãn", "... bị
hủy". A signing done at last after its postponements, in the same sentence or the next, stays."""

import pytest
from _signing_helpers import extract, signing_tuples


def _signings(text, published="2021-09-14", province="Kon Tum"):
    return signing_tuples(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize(
    "text",
    [
        "Theo kế hoạch, lễ ký kết quy chế phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với Hội Cựu chiến binh tỉnh giai đoạn "
        "2021 - 2026 được tổ chức vào ngày 10/9, nhưng đã tạm hoãn để tập trung phòng, chống dịch.",
        "Lễ ký kết chương trình phối hợp giữa Tỉnh đoàn với Công an tỉnh đã phải hoãn vì mưa lũ.",
        "Lễ ký kết chương trình phối hợp giữa Tỉnh đoàn và Hội Nông dân tỉnh dự định vào sáng 10/9 bị hủy do dịch "
        "bệnh.",
    ],
)
def test_a_signing_put_off_or_called_off_is_no_signing(text):
    assert _signings(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # done after its postponements, counted before
        (
            "Sáng 13/9, Tỉnh đoàn ký kết chương trình phối hợp với Công an tỉnh sau hai lần phải hoãn vì dịch.",
            [(("Công an tỉnh", "Tỉnh đoàn"), "2021-09-13", "")],
        ),
        # put off in one sentence, done in the next
        (
            "Lễ ký kết giữa Tỉnh đoàn với Công an tỉnh dự kiến vào tháng 8, nhưng đều phải hoãn do dịch. Sáng 13/9, "
            "Tỉnh đoàn và Công an tỉnh đã chính thức ký kết chương trình phối hợp giai đoạn 2021 - 2026.",
            [(("Công an tỉnh", "Tỉnh đoàn"), "2021-09-13", "2021-2026")],
        ),
    ],
)
def test_controls_a_signing_done_after_its_postponements_stays(text, expected):
    assert _signings(text) == expected
