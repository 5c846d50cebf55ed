"""A signing only agreed on, for a time still to come ("hai bên thống nhất ký kết chương trình phối hợp mới sau khi sắp
xếp bộ máy hoàn tất"): no signing of the page (round s35, helper K)."""

import pytest
from _signing_helpers import extract, signing_tuples


def _signings(text, published="2025-02-20", province="Yên Bái"):
    return signing_tuples(extract(f"Tin\n\n{text}", published, province))


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 19/2, Bộ Chỉ huy Quân sự tỉnh và Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết. Do Sở "
        "sẽ hợp nhất vào Sở Nội vụ từ ngày 1/3/2025, hai bên thống nhất ký kết chương trình phối hợp mới sau khi sắp "
        "xếp bộ máy hoàn tất.",
        "Ngày 19/2, Tỉnh đoàn và Hội Cựu chiến binh tỉnh tổ chức hội nghị. Hai bên thống nhất ký kết quy chế phối hợp "
        "trong thời gian tới.",
    ],
)
def test_a_signing_agreed_for_later_is_no_signing(text):
    assert _signings(text) == []


def test_control_a_signing_agreed_and_done_stays():
    assert _signings(
        "Ngày 19/2, Tỉnh đoàn và Hội Cựu chiến binh tỉnh thống nhất ký kết chương trình phối hợp giai đoạn 2025 - 2030."
    ) == [(("Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"), "2025-02-19", "2025-2030")]
