"""Signings that are not the article's event, found in round s28 by setting signing sentences of review and request
into the pipeline (the texts here are made up in their image): a signing one body asks another for, and the
signing of a document whose issue date, printed after it, lies years before the page."""

import pytest
from _signing_helpers import extract, party_sets, signing_tuples


def _facts(text, published="2025-04-10", province="Quảng Trị"):
    return extract(text, published, province)


@pytest.mark.parametrize("request_verb", ["đề nghị", "yêu cầu", "kiến nghị", "đề xuất", "mong muốn"])
def test_a_signing_one_body_asks_of_another_is_no_signing(request_verb):
    text = f"Tin\n\nBan Dân vận Tỉnh ủy {request_verb} Công an tỉnh và Hội Nông dân tỉnh ký kết Chương trình phối hợp."
    assert party_sets(_facts(text)) == []


def test_a_signing_made_at_anothers_request_is_the_event():
    text = (
        "Tin\n\nSáng 5/3, theo đề nghị của Ban Dân vận Tỉnh ủy, Công an tỉnh và Hội Nông dân tỉnh ký kết Chương trình "
        "phối hợp."
    )
    assert party_sets(_facts(text)) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_a_request_in_a_headline_run_on_into_the_lead_leaves_the_ceremony():
    text = (
        "Tin\n\nTướng công an đề nghị làm rõNgày 14-10, tại lễ ký kết quy chế phối hợp giữa Cục An toàn thực phẩm và "
        "Cục Cảnh sát điều tra tội phạm về môi trường, nhiều ý kiến được nêu."
    )
    assert party_sets(_facts(text)) == [("Cục An toàn thực phẩm", "Cục Cảnh sát điều tra tội phạm về môi trường")]


@pytest.mark.parametrize("issued", ["ngày 12/4/2016", "ngày 12/4/2023", "ngày 02-6-2020"])
def test_the_signing_of_a_document_dated_years_back_is_retold(issued):
    text = f"Tin\n\nBan Dân vận Tỉnh ủy và Công an tỉnh đã ký kết Chương trình phối hợp số 05 {issued}."
    assert party_sets(_facts(text)) == []


@pytest.mark.parametrize(
    "issued, published",
    [("ngày 1/3/2025", "2025-04-10"), ("ngày 28/12/2024", "2025-01-06")],
)
def test_a_document_dated_this_year_or_at_the_years_turn_is_signed_at_the_event(issued, published):
    text = f"Tin\n\nSáng 5/1, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết Chương trình phối hợp số 05 {issued}."
    facts = _facts(text, published=published)
    assert [parties for parties, _, _ in signing_tuples(facts)] == [("Ban Dân vận Tỉnh ủy", "Công an tỉnh")]
