"""A document's term read from the wrong phrase, as round s33's helpers printed them (made-up texts in the image of
their pages): a moment of a year ("đã được tổng kết đầu năm 2016", "cuối năm 2020") is no term, and "từ nay đến hết
năm 2020" bounds the term the signing opens ([the signing's year, 2020]), not a one-year term."""

import pytest
from _signing_helpers import extract


def _periods(text, published, province="Quảng Ninh"):
    return {d.symbol: d.period for d in extract(f"Tin\n\n{text}", published, province).documents}


@pytest.mark.parametrize(
    "text, symbol, period",
    [
        (
            "Chương trình mới thay thế Chương trình phối hợp số 14/CTr-BCA-TWHLHPN ngày 5/6/2012 giữa Bộ Công an với "
            "Trung ương Hội Liên hiệp Phụ nữ Việt Nam, đã được tổng kết đầu năm 2017.",
            "14/CTr-BCA-TWHLHPN",
            None,
        ),
        (
            "Ngày 3/4, Công an thành phố Cẩm Phả và Ban CHQS thành phố Cẩm Phả ký kết Kế hoạch phối hợp số "
            "41/KH-CA-BCHQS về tuần tra vũ trang từ nay đến hết năm 2019.",
            "41/KH-CA-BCHQS",
            (2017, 2019),
        ),
    ],
)
def test_a_moment_or_a_bound_of_a_year_is_no_one_year_term(text, symbol, period):
    assert _periods(text, "2017-04-04")[symbol] == period


@pytest.mark.parametrize(
    "text, symbol, period",
    [
        (
            "Ngày 3/4, Công an thành phố Cẩm Phả và Ban CHQS thành phố Cẩm Phả ký kết Kế hoạch phối hợp số "
            "41/KH-CA-BCHQS năm 2017.",
            "41/KH-CA-BCHQS",
            (2017, 2017),
        ),
        (
            "Ngày 3/4, Công an thành phố Cẩm Phả và Ban CHQS thành phố Cẩm Phả ký kết Chương trình phối hợp số "
            "42/CTr-CA-BCHQS giai đoạn 2017 - 2022.",
            "42/CTr-CA-BCHQS",
            (2017, 2022),
        ),
    ],
)
def test_controls_a_year_s_plan_and_a_range_keep_their_terms(text, symbol, period):
    assert _periods(text, "2017-04-04")[symbol] == period
