"""A document "A và B từng ký" is told as once signed, as round s33's helpers printed it (made-up texts in the image of
their pages): "từng" right before the verb tells it as past like "đã", so the bodies before it issue the document,
and it is no act of the page ("từng" before a noun is "each": "đại diện từng đơn vị ký kết" still signs)."""

import pytest
from _signing_helpers import extract, signing_tuples


def _facts(text, published="2020-11-05", province="Vĩnh Long"):
    return extract(f"Tin\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2015, Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh từng ký Chương trình phối hợp số 11/CTrPH-HND-BCH "
        "giai đoạn 2015 - 2020.",
        "Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh đã từng ký kết Chương trình phối hợp số 11/CTrPH-HND-BCH.",
    ],
)
def test_the_bodies_that_once_signed_a_document_are_its_parties_and_no_act(text):
    facts = _facts(text)
    assert sorted(facts.documents[0].parties) == ["Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"]
    assert signing_tuples(facts) == []


def test_a_signing_once_done_with_no_year_is_no_act_of_the_page():
    text = "Hội Nông dân tỉnh từng ký kết quy chế phối hợp với Bộ Chỉ huy Quân sự tỉnh."
    assert signing_tuples(_facts(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "từng" before a noun: "each"
        (
            "Sáng 4/11, đại diện từng đơn vị ký kết quy chế phối hợp giữa Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự "
            "tỉnh.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"), "2020-11-04", "")],
        ),
        (
            "Sáng 4/11, Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết Chương trình phối hợp số 11/CTrPH-HND-BCH.",
            [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"), "2020-11-04", "")],
        ),
    ],
)
def test_controls_signings_of_the_page_stay(text, expected):
    assert signing_tuples(_facts(text)) == expected
