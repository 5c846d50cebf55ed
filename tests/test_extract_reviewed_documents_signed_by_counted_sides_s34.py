"""A review that names its document by the old signing of its counted sides, as round s33's helpers printed it (made-up
texts in the image of their pages): "sơ kết Chương trình ... số X do hai đơn vị ký ngày D", "tổng kết Chương trình ...
số X được hai bên ký kết ngày D" is a relative clause on the document, no act of the review's day, and D is the
document's issue date."""

import pytest
from _signing_helpers import extract, signing_tuples


def _facts(text, published="2014-04-11", province="Bạc Liêu"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 10-4, Công an tỉnh và Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết Chương trình phối hợp số "
        "05/CTr-CA-CCB do hai đơn vị ký ngày 2-3-2010.",
        "Ngày 10-4, Công an tỉnh và Hội Cựu chiến binh tỉnh tổng kết Chương trình phối hợp số 05/CTr-CA-CCB được hai "
        "bên ký kết ngày 2-3-2010.",
    ],
)
def test_a_document_named_by_its_counted_sides_old_signing_is_no_act_and_dated(text):
    facts = _facts(text)
    assert signing_tuples(facts) == []
    assert facts.documents[0].issued == "2010-03-02"


def test_control_the_day_s_passive_signing_of_a_document_that_opens_the_sentence_stays():
    text = (
        "Sáng 10-4, Chương trình phối hợp số 05/CTr-CA-CCB được hai bên ký kết giữa Công an tỉnh và Hội Cựu chiến "
        "binh tỉnh."
    )
    assert signing_tuples(_facts(text)) == [(("Công an tỉnh", "Hội Cựu chiến binh tỉnh"), "2014-04-10", "")]
