"""A document's term read from the year that opens the next clause of its sentence (round s34's helper M, made-up
sentences in the image of its page): "Thực hiện Chương trình số X ngày D giữa A và B, năm 2014 C và E đã ký kết ..."
tells C's and E's act of 2014; the programme named before has no term [2014, 2014]."""

from _signing_helpers import extract


def _documents(text, province="Đắk Nông", published="2017-09-12"):
    facts = extract(f"Tin\n\n{text}", published, province)
    return {d.symbol: d for d in facts.documents}


def test_the_year_opening_the_next_clause_is_no_term_of_the_document_before():
    docs = _documents(
        "Trước đó, thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 1/8/2013 giữa Bộ Công an và Ban Thường trực "
        "Ủy ban Trung ương MTTQ Việt Nam, năm 2014 Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh đã ký kết chương trình "
        "phối hợp giai đoạn 2014 - 2016."
    )
    assert docs["09/CTr-BCA-MTTW"].period is None


def test_control_a_year_after_the_document_in_its_own_clause_is_its_term():
    docs = _documents(
        "Ngày 5/3, Công an tỉnh và Hội Nông dân tỉnh ký kết Kế hoạch phối hợp số 12/KH-CAT-HND năm 2017, thực hiện "
        "trên địa bàn toàn tỉnh."
    )
    assert docs["12/KH-CAT-HND"].period == (2017, 2017)
