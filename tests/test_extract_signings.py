"""Signings and document details through the whole pipeline (facts-format.md annotation rules)."""

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _facts(text, published="2023-05-10", province="Lào Cai", title=None):
    return extract_article(Article("t", text, title, published, province))


def _signings(facts):
    return sorted((tuple(sorted(s.parties)), s.date, s.period, s.document) for s in facts.signings)


def test_with_pairs_one_party_with_each_other():
    f = _facts("Sáng 9/5, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Công an tỉnh, "
               "Bộ Chỉ huy Quân sự tỉnh và Hội Nông dân tỉnh giai đoạn 2023 - 2028.")
    assert _signings(f) == [
        (("Ban Dân vận Tỉnh ủy", "Bộ Chỉ huy Quân sự tỉnh"), "2023-05-09", (2023, 2028), None),
        (("Ban Dân vận Tỉnh ủy", "Công an tỉnh"), "2023-05-09", (2023, 2028), None),
        (("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"), "2023-05-09", (2023, 2028), None)]


def test_between_with_and_joint_lists():
    f = _facts("Chiều 2-3, lễ ký kết chương trình phối hợp giữa Hội Liên hiệp Phụ nữ tỉnh với Tỉnh đoàn và "
               "Liên đoàn Lao động tỉnh đã diễn ra.")
    assert [tuple(sorted(s.parties)) for s in f.signings] == [
        ("Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"), ("Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh")]
    g = _facts("Ngày 12/4, Công an tỉnh, Ủy ban MTTQ Việt Nam tỉnh và Sở Tư pháp đã ký kết quy chế phối hợp "
               "nhiệm kỳ 2024-2029.")
    assert _signings(g) == [(("Công an tỉnh", "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
                             "2023-04-12", (2024, 2029), None)]


def test_a_signed_document_with_its_symbol_and_the_issue_date():
    f = _facts("Ngày 27 tháng 10 năm 2022, UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh đã thống nhất ban hành "
               "Quy chế phối hợp số 05/QCPH-UBND-UBMTTQ giai đoạn 2022-2026.", published=None)
    assert _signings(f) == [(("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân tỉnh"), "2022-10-27",
                             (2022, 2026), "05/QCPH-UBND-UBMTTQ")]
    (doc,) = f.documents
    assert (doc.symbol, doc.kind, doc.issued, doc.period) == ("05/QCPH-UBND-UBMTTQ", "quy chế", "2022-10-27",
                                                              (2022, 2026))
    assert sorted(doc.parties) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân tỉnh"]


def test_reviewed_old_documents_are_not_signings():
    f = _facts("Chiều 15/5, Công an tỉnh và Hội Cựu chiến binh tỉnh tổng kết Chương trình phối hợp số "
               "12-CTr/CAT-HCCB, ngày 3-6-2018 của Công an tỉnh và Hội Cựu chiến binh tỉnh giai đoạn 2018 - 2023. "
               "Trước đó, năm 2013 hai bên đã ký kết chương trình phối hợp với Tỉnh đoàn.")
    assert f.signings == []
    (doc,) = f.documents
    assert (doc.kind, doc.issued, doc.period, doc.parties) == (
        "chương trình", "2018-06-03", (2018, 2023), ["Công an tỉnh", "Hội Cựu chiến binh tỉnh"])


def test_document_details_shared_and_issuers_from_codes():
    f = _facts("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; "
               "Kế hoạch số 91-KH/BDVTU-CAT về công tác dân vận. Ban Dân vận Tỉnh ủy và Công an tỉnh dự họp.")
    docs = {d.symbol: (d.kind, d.issued, d.parties) for d in f.documents}
    assert docs["217-QĐ/TW"] == ("quyết định", "2013-12-12", ["Bộ Chính trị"])
    assert docs["218-QĐ/TW"] == ("quyết định", "2013-12-12", ["Bộ Chính trị"])
    assert docs["91-KH/BDVTU-CAT"] == ("kế hoạch", None, ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"])


def test_headline_signing_is_used_only_when_the_body_has_none():
    title = "Hội Nông dân tỉnh và Bộ CHQS tỉnh ký kết chương trình phối hợp"
    f = _facts(title + "\n\nHai bên thống nhất nhiều nội dung giai đoạn 2023-2027.", title=title)
    assert [tuple(sorted(s.parties)) for s in f.signings] == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]
    f2 = _facts(title + "\n\nSáng 8/5, Thường trực Hội Nông dân tỉnh ký kết chương trình với Bộ CHQS tỉnh.",
                title=title)
    assert [tuple(sorted(s.parties)) for s in f2.signings] == [
        ("Bộ Chỉ huy Quân sự tỉnh", "Thường trực Hội Nông dân tỉnh")]


@pytest.mark.parametrize("published,url,expected", [
    ("2021-03-31", None, "2021-03-31"),
    (None, "https://bao.vn/chinh-tri/202403/ky-ket-123/", "2024-03-31"),
])
def test_event_date_without_a_year(published, url, expected):
    f = extract_article(Article("u", "Ngày 31-3, Công an tỉnh và Tỉnh đoàn ký kết chương trình phối hợp.",
                                None, published, "Hà Nam", url))
    assert f.signings[0].date == expected


def test_a_document_named_by_its_old_signing_is_not_an_event():
    f = _facts("Sau 5 năm thực hiện chương trình phối hợp đã ký kết giữa Công an tỉnh và Tỉnh đoàn, "
               "nhiều mô hình ra đời.")
    assert f.signings == []


def test_anaphoric_subject_and_two_signings_in_one_sentence():
    f = _facts("Ban Dân vận Tỉnh ủy tổ chức hội nghị. Ban đã ký Kế hoạch phối hợp với Báo Lào Cai năm 2023, "
               "đồng thời ký Chương trình phối hợp giữa Ban Dân vận Tỉnh ủy với Sở Y tế giai đoạn 2023 - 2025.")
    assert _signings(f) == [(("Ban Dân vận Tỉnh ủy", "Báo Lào Cai"), None, (2023, 2023), None),
                            (("Ban Dân vận Tỉnh ủy", "Sở Y tế"), None, (2023, 2025), None)]


def test_passive_signing_takes_the_period_before_the_verb():
    f = _facts("Chương trình phối hợp giữa Bộ CHQS tỉnh và Hội Cựu chiến binh tỉnh giai đoạn 2021-2025 "
               "đã được ký kết chiều 5/6.", published="2021-06-06")
    assert _signings(f) == [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"), "2021-06-05", (2021, 2025), None)]
