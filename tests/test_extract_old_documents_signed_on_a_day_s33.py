"""A reviewed document told by the day it was signed (round s33, helper W's class 3 and probe p18): "Chương trình số X
giữa A và B ký ngày D" is a participle of the old document, no act of the day; it gives the document its date and its
parties (counted too: "giữa hai đơn vị"), and a new signing in the same sentence keeps its own term."""

from _signing_helpers import extract, signing_tuples


def _facts(text):
    return extract(f"Tin\n\n{text}", "2024-11-20", "Bình Định")


def test_a_reviewed_document_signed_on_a_day_is_no_signing():
    facts = _facts(
        "Sáng 19/11, hai đơn vị sơ kết Quy chế phối hợp số 21/QC-HND-CAT giữa Hội Nông dân tỉnh và Công an tỉnh "
        "ký ngày 3/6/2021."
    )
    assert facts.signings == []
    (doc,) = facts.documents
    assert doc.issued == "2021-06-03"
    assert sorted(doc.parties) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_a_new_signing_after_a_review_keeps_its_own_term():
    facts = _facts(
        "Chiều 19/11, Hội Cựu chiến binh tỉnh và Sở Giáo dục và Đào tạo tổng kết Chương trình phối hợp số "
        "11/CTr-CCB-SGD giữa hai đơn vị ký ngày 4/3/2019 giai đoạn 2019 - 2024; đồng thời ký kết chương trình phối hợp "
        "giai đoạn 2025 - 2029."
    )
    assert [(s[1], s[2]) for s in signing_tuples(facts)] == [("2024-11-19", "2025-2029")]
    (doc,) = facts.documents
    assert doc.issued == "2019-03-04"
    assert doc.period == (2019, 2024)
    assert sorted(doc.parties) == ["Hội Cựu chiến binh tỉnh", "Sở Giáo dục và Đào tạo"]


def test_control_the_day_s_signing_of_a_numbered_document_stays():
    facts = _facts(
        "Sáng 19/11, Hội Nông dân tỉnh và Công an tỉnh ký kết Quy chế phối hợp số 30/QC-HND-CAT giai đoạn 2024 - 2029."
    )
    assert [(s[1], s[2]) for s in signing_tuples(facts)] == [("2024-11-19", "2024-2029")]
