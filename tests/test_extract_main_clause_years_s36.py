"""A year that opens the main clause after a fronted phrase citing a document, as round s36's helpers printed it
(made-up texts in the image of their pages): "Thực hiện Chỉ thị số 12-CT/TU ..., năm 2014, quỹ các cấp ..." tells
when the main clause's act took place, no one-year term of the directive; a year after the document's name or
subject, with no comma, stays its term."""

import pytest
from _signing_helpers import extract


def _periods(text, published, province="Tuyên Quang"):
    return {d.symbol: d.period for d in extract(f"Tin\n\n{text}", published, province).documents}


@pytest.mark.parametrize(
    "text, symbol",
    [
        (
            "Thực hiện Chỉ thị số 07-CT/TU ngày 20/8/2015 của Ban Thường vụ Tỉnh ủy về vận động ủng hộ người nghèo, "
            "năm 2015, quỹ các cấp đã tiếp nhận hơn 5 tỷ đồng.",
            "07-CT/TU",
        ),
        (
            "Thực hiện Kế hoạch số 31/KH-UBND ngày 6/1/2015 của UBND tỉnh, năm 2015 toàn tỉnh tuyển chọn 700 thanh "
            "niên nhập ngũ.",
            "31/KH-UBND",
        ),
        (
            "Theo Chỉ thị số 09/CT-UBND ngày 15/10/2014 của UBND tỉnh, trong năm 2015 các xã rà soát xong hộ nghèo.",
            "09/CT-UBND",
        ),
    ],
)
def test_a_year_opening_the_main_clause_is_no_term_of_the_cited_document(text, symbol):
    assert _periods(text, "2015-09-10")[symbol] is None


@pytest.mark.parametrize(
    "text, symbol, period",
    [
        (
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 31/KH-UBND ngày 6/1/2015 về tuyển chọn công dân nhập ngũ năm "
            "2015.",
            "31/KH-UBND",
            (2015, 2015),
        ),
        (
            "Thực hiện Chương trình phối hợp số 05/CTr-CAT-MTTQ giữa Công an tỉnh và Ủy ban MTTQ tỉnh giai đoạn "
            "2015 - 2020, năm 2015 các huyện đã tổ chức 40 buổi tuyên truyền.",
            "05/CTr-CAT-MTTQ",
            (2015, 2020),
        ),
        (
            "Thực hiện Kế hoạch phối hợp số 12/KH-CAT-HND năm 2015 giữa Công an tỉnh và Hội Nông dân tỉnh, các xã đã "
            "ra mắt 30 tổ tự quản.",
            "12/KH-CAT-HND",
            (2015, 2015),
        ),
    ],
)
def test_control_a_year_or_a_term_printed_with_the_document_stays(text, symbol, period):
    assert _periods(text, "2015-09-10")[symbol] == period
