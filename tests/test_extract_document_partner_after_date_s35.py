"""A document's partner told after its issue date ("A tổng kết Chương trình phối hợp số X ngày D với B giai đoạn
..."): the subject that reviews it and the partner are its parties (round s35, helper K)."""

from _signing_helpers import extract


def _document_parties(text, published="2025-02-20", province="Yên Bái"):
    facts = extract(f"Tin\n\n{text}", published, province)
    return [(d.symbol, sorted(d.parties)) for d in facts.documents]


def test_the_partner_after_the_date_is_a_party():
    assert _document_parties(
        "Ngày 19/2, Tỉnh đoàn tổng kết Chương trình phối hợp số 12/CTrPH ngày 5/4/2021 với Hội Cựu chiến "
        "binh tỉnh giai đoạn 2021 - 2025."
    ) == [("12/CTrPH", ["Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"])]


def test_control_the_issuers_after_of_stay():
    assert _document_parties(
        "Ngày 19/2, Tỉnh đoàn tổng kết Chương trình phối hợp số 12/CTrPH ngày 5/4/2021 của Tỉnh đoàn và Hội Cựu "
        "chiến binh tỉnh."
    ) == [("12/CTrPH", ["Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"])]
