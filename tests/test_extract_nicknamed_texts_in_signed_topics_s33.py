"""A signing's term after a text its topic cites by nickname (round s33, helper V's class A): "Đề án 06", "Nghị quyết
57" have their terms in their full titles, so a period closing the signed programme's topic is the programme's (and
the act's), not the nickname's; a signed plan's own term is the act's."""

import pytest
from _signing_helpers import extract, signing_tuples


def _facts(text, published="2025-04-09", province="Hà Tĩnh"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, period",
    [
        (
            "Sáng 8/4, Hội Liên hiệp Phụ nữ tỉnh ký kết chương trình phối hợp với Công an tỉnh trong thực hiện "
            "Đề án 06 và phòng, chống lừa đảo qua mạng giai đoạn 2025 - 2028.",
            "2025-2028",
        ),
        (
            "Sáng 8/4, Sở Tư pháp ký kết quy chế phối hợp với Công an tỉnh về hỗ trợ triển khai Nghị quyết 57 "
            "giai đoạn 2025 - 2030.",
            "2025-2030",
        ),
    ],
)
def test_a_term_after_a_nicknamed_text_is_the_signing_s(text, period):
    facts = _facts(text)
    assert [s[2] for s in signing_tuples(facts)] == [period]
    assert all(d.period is None for d in facts.documents if "/" not in d.symbol)


def test_a_signed_plan_s_own_term_is_the_act_s():
    facts = _facts(
        "Ngày 8/4, Công an xã Thạch Hà và Đoàn Thanh niên xã Thạch Hà ký kết Kế hoạch phối hợp số 07/KH-CAX-ĐTN "
        "triển khai Đề án 06 và phong trào “Bình dân học vụ số” năm 2025."
    )
    plan = next(d for d in facts.documents if d.symbol == "07/KH-CAX-ĐTN")
    assert plan.period == (2025, 2025)
    assert [s[2] for s in signing_tuples(facts)] == ["2025-2025"]


@pytest.mark.parametrize(
    "text, symbol, period",
    [
        # a numbered text ("số") keeps the term printed after it
        (
            "Ngày 8/4, Sở Nội vụ ký kết kế hoạch phối hợp với Công an tỉnh thực hiện Kế hoạch số 90/KH-UBND "
            "ngày 2/3/2025 của UBND tỉnh giai đoạn 2025 - 2026.",
            "90/KH-UBND",
            (2025, 2026),
        ),
        # a nickname cited with no signing before it keeps its term
        (
            "Năm 2024, tỉnh triển khai Đề án 06 giai đoạn 2022 - 2025 trên toàn địa bàn.",
            "06",
            (2022, 2025),
        ),
    ],
)
def test_controls_a_numbered_or_unsigned_text_keeps_its_term(text, symbol, period):
    periods = {d.symbol: d.period for d in _facts(text).documents}
    assert periods[symbol] == period
