"""A reviewed document's old signing retold in a later passive sentence, as round s35's helpers printed it (made-up
texts in the image of their pages): the partner "với" names after the verb is a party too, and the date printed
after it is the document's issue date ("Chương trình được A ký kết với B ngày 15-3-2011"), no act of the page."""

from _signing_helpers import extract, signing_tuples

REVIEW = (
    "Ngày 12-5, hội nghị tổng kết Chương trình phối hợp số 03-CTr/ĐUK-HCCB giai đoạn 2012 - 2016 được tổ chức. "
    "Chương trình được Đảng ủy Khối cơ quan tỉnh ký kết với Hội Cựu chiến binh tỉnh ngày 20-4-2012."
)


def _document(facts, symbol):
    return next(d for d in facts.documents if d.symbol == symbol)


def test_the_partner_after_the_retold_verb_is_a_party_and_its_date_the_issue_date():
    facts = extract(f"Tin\n\n{REVIEW}", "2016-05-13", "Gia Lai")
    doc = _document(facts, "03-CTr/ĐUK-HCCB")
    assert sorted(doc.parties) == ["Hội Cựu chiến binh tỉnh", "Đảng ủy Khối cơ quan tỉnh"]
    assert doc.issued == "2012-04-20"
    assert signing_tuples(facts) == []


def test_control_retold_signers_without_partner_keep_their_reading():
    text = (
        "Sáng 3/6, hai cơ quan sơ kết Quy chế phối hợp số 02/QCPH-TU. Quy chế được Ban Tuyên giáo Tỉnh ủy và "
        "Hội Nông dân tỉnh ký kết tháng 8/2021."
    )
    facts = extract(f"Tin\n\n{text}", "2023-06-04", "Nghệ An")
    doc = _document(facts, "02/QCPH-TU")
    assert sorted(doc.parties) == ["Ban Tuyên giáo Tỉnh ủy", "Hội Nông dân tỉnh"]
    assert signing_tuples(facts) == []


def test_control_a_signing_of_the_page_with_a_partner_stays():
    text = "Ngày 20-4-2016, Đảng ủy Khối cơ quan tỉnh ký kết chương trình phối hợp với Hội Cựu chiến binh tỉnh."
    facts = extract(f"Tin\n\n{text}", "2016-04-21", "Gia Lai")
    assert signing_tuples(facts) == [(("Hội Cựu chiến binh tỉnh", "Đảng ủy Khối cơ quan tỉnh"), "2016-04-20", "")]
