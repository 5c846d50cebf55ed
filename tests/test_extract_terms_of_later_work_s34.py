"""A document's term read from a year that belongs to other work, as round s33's helpers printed them (made-up texts
in the image of their pages): a year that a later clause gives the next work ("..., bàn phương hướng phối hợp năm
2011") and a lone year long after the document's issue date (the year of the work reviewed under it) are no term."""

import pytest
from _signing_helpers import extract


def _periods(text, published, province="Quảng Bình"):
    return {d.symbol: d.period for d in extract(f"Tin\n\n{text}", published, province).documents}


@pytest.mark.parametrize(
    "text, symbol",
    [
        (
            "Ngày 27-12, Công an tỉnh và Hội Cựu chiến binh tỉnh đánh giá kết quả thực hiện Chương trình phối hợp số "
            "08/CTr-CA-CCB ngày 5-6-2008, bàn phương hướng phối hợp năm 2012.",
            "08/CTr-CA-CCB",
        ),
        (
            "Sáng 28-12, Huyện đoàn và Ban CHQS huyện Lệ Thủy sơ kết Quy chế phối hợp số 17/QC-HĐ-BCHQS ngày "
            "2-4-2009, đồng thời triển khai nhiệm vụ năm 2012.",
            "17/QC-HĐ-BCHQS",
        ),
        # the year of the work reviewed, three years after the document's issue date
        (
            "Ngày 27-12, Công an tỉnh và Hội Cựu chiến binh tỉnh đánh giá kết quả thực hiện Chương trình phối hợp số "
            "08/CTr-CA-CCB ngày 5-6-2008 năm 2011.",
            "08/CTr-CA-CCB",
        ),
    ],
)
def test_a_year_of_later_work_is_no_term_of_the_document(text, symbol):
    assert _periods(text, "2011-12-29")[symbol] is None


@pytest.mark.parametrize(
    "text, symbol, period",
    [
        # a plan issued in December for the next year
        (
            "Ngày 27-12, Công an tỉnh và Hội Cựu chiến binh tỉnh ký kết Kế hoạch phối hợp số 21/KH-CA-CCB ngày "
            "27-12-2011 năm 2012.",
            "21/KH-CA-CCB",
            (2012, 2012),
        ),
        # a range printed with the document, before the next work's year
        (
            "Ngày 27-12, Công an tỉnh và Hội Cựu chiến binh tỉnh sơ kết Chương trình phối hợp số 08/CTr-CA-CCB ngày "
            "5-6-2008 giai đoạn 2008 - 2013, bàn phương hướng phối hợp năm 2012.",
            "08/CTr-CA-CCB",
            (2008, 2013),
        ),
    ],
)
def test_controls_terms_printed_with_the_document_stay(text, symbol, period):
    assert _periods(text, "2011-12-29")[symbol] == period


def test_the_year_printed_with_the_document_is_kept_over_the_next_work_s():
    text = (
        "Ngày 27-12, Công an tỉnh và Hội Cựu chiến binh tỉnh tổng kết Kế hoạch phối hợp số 30/KH-CA-CCB năm 2011, "
        "triển khai nhiệm vụ năm 2012."
    )
    assert _periods(text, "2011-12-29")["30/KH-CA-CCB"] == (2011, 2011)
