"""Signings and document details through the whole pipeline (facts-format.md annotation rules)."""

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _facts(text, published="2023-05-10", province="Lào Cai", title=None):
    return extract_article(Article("t", text, title, published, province))


def _signings(facts):
    return sorted((tuple(sorted(s.parties)), s.date, s.period, s.document) for s in facts.signings)


def test_with_pairs_one_party_with_each_other():
    f = _facts(
        "Sáng 9/5, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Công an tỉnh, "
        "Bộ Chỉ huy Quân sự tỉnh và Hội Nông dân tỉnh giai đoạn 2023 - 2028."
    )
    assert _signings(f) == [
        (("Ban Dân vận Tỉnh ủy", "Bộ Chỉ huy Quân sự tỉnh"), "2023-05-09", (2023, 2028), None),
        (("Ban Dân vận Tỉnh ủy", "Công an tỉnh"), "2023-05-09", (2023, 2028), None),
        (("Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"), "2023-05-09", (2023, 2028), None),
    ]


def test_between_with_and_joint_lists():
    f = _facts(
        "Chiều 2-3, lễ ký kết chương trình phối hợp giữa Hội Liên hiệp Phụ nữ tỉnh với Tỉnh đoàn và "
        "Liên đoàn Lao động tỉnh đã diễn ra."
    )
    assert [tuple(sorted(s.parties)) for s in f.signings] == [
        ("Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"),
        ("Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh"),
    ]
    g = _facts(
        "Ngày 12/4, Công an tỉnh, Ủy ban MTTQ Việt Nam tỉnh và Sở Tư pháp đã ký kết quy chế phối hợp "
        "nhiệm kỳ 2024-2029."
    )
    assert _signings(g) == [
        (("Công an tỉnh", "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "2023-04-12", (2024, 2029), None)
    ]


def test_a_signed_document_with_its_symbol_and_the_issue_date():
    f = _facts(
        "Ngày 27 tháng 10 năm 2022, UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh đã thống nhất ban hành "
        "Quy chế phối hợp số 05/QCPH-UBND-UBMTTQ giai đoạn 2022-2026.",
        published=None,
    )
    assert _signings(f) == [
        (
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân tỉnh"),
            "2022-10-27",
            (2022, 2026),
            "05/QCPH-UBND-UBMTTQ",
        )
    ]
    (doc,) = f.documents
    assert (doc.symbol, doc.kind, doc.issued, doc.period) == (
        "05/QCPH-UBND-UBMTTQ",
        "quy chế",
        "2022-10-27",
        (2022, 2026),
    )
    assert sorted(doc.parties) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân tỉnh"]


def test_reviewed_old_documents_are_not_signings():
    f = _facts(
        "Chiều 15/5, Công an tỉnh và Hội Cựu chiến binh tỉnh tổng kết Chương trình phối hợp số "
        "12-CTr/CAT-HCCB, ngày 3-6-2018 của Công an tỉnh và Hội Cựu chiến binh tỉnh giai đoạn 2018 - 2023. "
        "Trước đó, năm 2013 hai bên đã ký kết chương trình phối hợp với Tỉnh đoàn."
    )
    assert f.signings == []
    (doc,) = f.documents
    assert (doc.kind, doc.issued, doc.period, doc.parties) == (
        "chương trình",
        "2018-06-03",
        (2018, 2023),
        ["Công an tỉnh", "Hội Cựu chiến binh tỉnh"],
    )


def test_document_details_shared_and_issuers_from_codes():
    f = _facts(
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; "
        "Kế hoạch số 91-KH/BDVTU-CAT về công tác dân vận. Ban Dân vận Tỉnh ủy và Công an tỉnh dự họp."
    )
    docs = {d.symbol: (d.kind, d.issued, d.parties) for d in f.documents}
    assert docs["217-QĐ/TW"] == ("quyết định", "2013-12-12", ["Bộ Chính trị"])
    assert docs["218-QĐ/TW"] == ("quyết định", "2013-12-12", ["Bộ Chính trị"])
    assert docs["91-KH/BDVTU-CAT"] == ("kế hoạch", None, ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"])


def test_headline_signing_is_used_only_when_the_body_has_none():
    title = "Hội Nông dân tỉnh và Bộ CHQS tỉnh ký kết chương trình phối hợp"
    f = _facts(title + "\n\nHai bên thống nhất nhiều nội dung giai đoạn 2023-2027.", title=title)
    assert [tuple(sorted(s.parties)) for s in f.signings] == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]
    f2 = _facts(
        title + "\n\nSáng 8/5, Thường trực Hội Nông dân tỉnh ký kết chương trình với Bộ CHQS tỉnh.", title=title
    )
    assert [tuple(sorted(s.parties)) for s in f2.signings] == [
        ("Bộ Chỉ huy Quân sự tỉnh", "Thường trực Hội Nông dân tỉnh")
    ]


@pytest.mark.parametrize(
    "published,url,expected",
    [
        ("2021-03-31", None, "2021-03-31"),
        # No page date: the day and month stay undated even where the URL's month stamp gives the year, as the
        # real pages are annotated ("when published is null the date is null even where the year can be inferred").
        (None, "https://bao.vn/chinh-tri/202403/ky-ket-123/", None),
        (None, None, None),
    ],
)
def test_event_date_without_a_year(published, url, expected):
    f = extract_article(
        Article(
            "u", "Ngày 31-3, Công an tỉnh và Tỉnh đoàn ký kết chương trình phối hợp.", None, published, "Hà Nam", url
        )
    )
    assert f.signings[0].date == expected


def test_a_document_named_by_its_old_signing_is_not_an_event():
    f = _facts(
        "Sau 5 năm thực hiện chương trình phối hợp đã ký kết giữa Công an tỉnh và Tỉnh đoàn, nhiều mô hình ra đời."
    )
    assert f.signings == []


def test_anaphoric_subject_and_two_signings_in_one_sentence():
    f = _facts(
        "Ban Dân vận Tỉnh ủy tổ chức hội nghị. Ban đã ký Kế hoạch phối hợp với Báo Lào Cai năm 2023, "
        "đồng thời ký Chương trình phối hợp giữa Ban Dân vận Tỉnh ủy với Sở Y tế giai đoạn 2023 - 2025."
    )
    assert _signings(f) == [
        (("Ban Dân vận Tỉnh ủy", "Báo Lào Cai"), None, (2023, 2023), None),
        (("Ban Dân vận Tỉnh ủy", "Sở Y tế"), None, (2023, 2025), None),
    ]


def test_passive_signing_takes_the_period_before_the_verb():
    f = _facts(
        "Chương trình phối hợp giữa Bộ CHQS tỉnh và Hội Cựu chiến binh tỉnh giai đoạn 2021-2025 "
        "đã được ký kết chiều 5/6.",
        published="2021-06-06",
    )
    assert _signings(f) == [(("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh"), "2021-06-05", (2021, 2025), None)]


# --- class 1: central signers ---------------------------------------------------------------------------------


def test_central_bodies_sign_without_a_provincial_level():
    title = "Bộ Tư lệnh BĐBP ký kết quy chế phối hợp với Trung ương Hội Cựu chiến binh Việt Nam"
    f = _facts(
        title + "\n\nSáng 2/8, Bộ Tư lệnh BĐBP và Trung ương Hội Cựu chiến binh Việt Nam ký kết quy chế "
        "phối hợp giai đoạn 2023 - 2028. Dự có đại diện Bộ Tư lệnh BĐBP và Công an tỉnh.",
        published="2023-08-03",
        province="Hà Nội",
        title=title,
    )
    names = {a.name: a.sector for a in f.agencies}
    assert names == {
        "Bộ Tư lệnh Bộ đội Biên phòng": "military",
        "Trung ương Hội Cựu chiến binh Việt Nam": "front",
        "Công an tỉnh": "police",
    }
    assert _signings(f) == [
        (("Bộ Tư lệnh Bộ đội Biên phòng", "Trung ương Hội Cựu chiến binh Việt Nam"), "2023-08-02", (2023, 2028), None)
    ]


# --- class 3: short forms of local bodies are the placed body ----------------------------------------------


def test_short_forms_of_district_and_commune_bodies_join_the_placed_one():
    title = "Ban Dân vận Huyện ủy ký kết chương trình phối hợp với Đảng ủy xã"
    f = _facts(
        title + "\n\nChiều 6/4, Ban Dân vận Huyện ủy Bắc Hà ký kết chương trình phối hợp với Đảng ủy xã "
        "Bản Liền giai đoạn 2022 - 2025. Ban Dân vận Huyện ủy sẽ hướng dẫn, Đảng ủy xã cam kết thực hiện.",
        published="2022-04-07",
        title=title,
    )
    assert [a.name for a in f.agencies] == ["Ban Dân vận Huyện ủy Bắc Hà", "Đảng ủy xã Bản Liền"]
    assert _signings(f) == [(("Ban Dân vận Huyện ủy Bắc Hà", "Đảng ủy xã Bản Liền"), "2022-04-06", (2022, 2025), None)]


def test_two_placed_bodies_leave_the_short_form_alone():
    f = _facts(
        "Sáng 3/3, Ủy ban nhân dân phường Tân An và Ủy ban nhân dân phường Tân Lập ký kết quy chế phối "
        "hợp. Ủy ban nhân dân phường có trách nhiệm báo cáo.",
        published="2024-03-04",
        province="Đắk Lắk",
    )
    # (round s33: the bare name stands for both, no body of its own, as `real/da28`'s gold leaves a bare "Công an
    # phường" out beside the wards' police it names; it is folded into neither)
    assert [a.name for a in f.agencies] == [
        "Ủy ban nhân dân phường Tân An",
        "Ủy ban nhân dân phường Tân Lập",
    ]


def test_merged_board_with_va_keeps_its_place_and_coreference():
    title = "Ban Tuyên giáo và Dân vận Thị ủy ký kết với Công an thị xã"
    f = _facts(
        title + "\n\nNgày 14/5, Ban Tuyên giáo và Dân vận Thị ủy Kỳ Anh và Công an thị xã Kỳ Anh ký kết kế "
        "hoạch phối hợp năm 2025. Ban Tuyên giáo và Dân vận Thị ủy chủ trì tổ chức.",
        published="2025-05-15",
        province="Hà Tĩnh",
        title=title,
    )
    assert [a.name for a in f.agencies] == ["Ban Tuyên giáo và Dân vận Thị ủy Kỳ Anh", "Công an thị xã Kỳ Anh"]
    assert [tuple(sorted(s.parties)) for s in f.signings] == [
        ("Ban Tuyên giáo và Dân vận Thị ủy Kỳ Anh", "Công an thị xã Kỳ Anh")
    ]


def test_short_front_committee_takes_viet_nam_from_the_article():
    f = _facts(
        "Ngày 5/6, Ủy ban MTTQ Việt Nam tỉnh và Công an tỉnh ký kết chương trình phối hợp. "
        "Ủy ban MTTQ tỉnh sẽ chủ trì.",
        published="2023-06-06",
    )
    assert [a.name for a in f.agencies] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Công an tỉnh"]


# --- class 4: document details stay in the document's own clause --------------------------------------------


def test_a_later_clause_period_is_not_the_reviewed_documents():
    f = _facts(
        "Sáng 12/9, Ban Dân vận Huyện ủy Con Cuông và Công an huyện Con Cuông sơ kết Chương trình số "
        "08-CTr/BDVHU-CAH ngày 15/4/2021 và ký kết chương trình phối hợp giai đoạn 2024 - 2029 với "
        "Đảng ủy xã Môn Sơn.",
        published="2024-09-13",
        province="Nghệ An",
    )
    (doc,) = f.documents
    assert (doc.symbol, doc.issued, doc.period) == ("08-CTr/BDVHU-CAH", "2021-04-15", None)
    assert {s.period for s in f.signings} == {(2024, 2029)}


def test_a_document_keeps_its_own_period_before_a_semicolon():
    f = _facts(
        "Hai bên tổng kết Kế hoạch số 21-KH/BDVTU-CAT ngày 2/3/2019 giai đoạn 2019 - 2023; đồng thời "
        "ký kết kế hoạch mới giai đoạn 2024 - 2028.",
        published="2024-01-20",
    )
    (doc,) = f.documents
    assert (doc.issued, doc.period) == ("2019-03-02", (2019, 2023))


def test_a_document_signed_at_the_event_is_issued_on_the_event_date_unless_printed():
    # The convention of the dev gold (daklak-2017-10-27) and tests/fixtures/unseen*: the signing date.
    f = _facts(
        "Sáng 20/7, tại thành phố Yên Bái đã diễn ra hội nghị triển khai công tác phối hợp năm 2022 của hai "
        "lực lượng.\n\nTại hội nghị, Bộ Chỉ huy Quân sự tỉnh và Hội Cựu chiến "
        "binh tỉnh ký kết Chương trình phối hợp số 33/CTrPH-BCHQS-HCCB giai đoạn 2022 - 2027.",
        published="2022-07-21",
        province="Yên Bái",
    )
    (doc,) = f.documents
    assert (doc.symbol, doc.issued, doc.period) == ("33/CTrPH-BCHQS-HCCB", "2022-07-20", (2022, 2027))
    assert f.signings[0].date == "2022-07-20"
    g = _facts(
        "Chương trình phối hợp số 33/CTrPH-BCHQS-HCCB, ngày 18/7/2022 được ký kết giữa Bộ Chỉ huy Quân sự "
        "tỉnh và Hội Cựu chiến binh tỉnh.",
        published="2022-07-21",
    )
    assert g.documents[0].issued == "2022-07-18"


# --- class 5: parties from issuer codes when the sentence names none ------------------------------------------


def test_parties_from_issuer_codes_use_the_articles_names():
    f = _facts(
        "Ngày 10/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị sơ kết Quy chế "
        "số 11/QCPH-MTTQ-CA-BCHQS-BĐBP. Công an tỉnh báo cáo kết quả.",
        published="2023-03-11",
        province="Điện Biên",
    )
    (doc,) = f.documents
    # (BCHQS and BĐBP name bodies this page never mentions: the symbol's letters alone invent no party, round s35)
    assert doc.parties == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên",
        "Công an tỉnh",
    ]


def test_parties_from_district_codes_and_code_table_names():
    f = _facts(
        "Hội nghị đánh giá Chương trình số 04-CTr/BDVHU-CAH ngày 9/1/2020 về dân vận.",
        published="2023-02-01",
        province="Quảng Trị",
    )
    # (codes of bodies the page never names invent no party, round s35)
    assert f.documents[0].parties == []
    g = _facts(
        "Sáu năm thực hiện Chương trình số 17-CTr/BDVTU-BCHQS ngày 14/8/2018, Ban Dân vận Tỉnh ủy Phú Thọ "
        "đã phối hợp tốt.",
        published="2024-08-14",
        province="Phú Thọ",
    )
    assert g.documents[0].parties == ["Ban Dân vận Tỉnh ủy Phú Thọ"]


def test_no_parties_guessed_from_central_or_ambiguous_codes():
    f = _facts(
        "Thực hiện Chương trình số 09/CTr-BCA-MTTW và Kế hoạch số 12-KH/BDVTU-BCH trong tình hình mới.",
        published="2023-02-01",
    )
    docs = {d.symbol: d.parties for d in f.documents}
    assert docs == {"09/CTr-BCA-MTTW": [], "12-KH/BDVTU-BCH": []}


def test_central_document_parties_from_between():
    f = _facts(
        "Chương trình phối hợp số 05/CTrPH-BCA-TWHND giữa Bộ Công an và Trung ương Hội Nông dân Việt Nam "
        "được triển khai.",
        published="2023-02-01",
    )
    assert f.documents[0].parties == ["Bộ Công an", "Trung ương Hội Nông dân Việt Nam"]


def test_a_signed_document_is_issued_by_its_signers():
    f = _facts(
        "Chiều 19/11, Ủy ban nhân dân thị xã An Nhơn và Ủy ban MTTQ Việt Nam thị xã An Nhơn ký kết Quy chế "
        "phối hợp số 03/QCPH-UBND-MTTQ nhiệm kỳ 2019 - 2024.",
        published="2019-11-20",
        province="Bình Định",
    )
    assert sorted(f.documents[0].parties) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã An Nhơn",
        "Ủy ban nhân dân thị xã An Nhơn",
    ]


def test_a_provincial_short_form_is_the_provincial_command_not_the_central_one():
    # "BĐBP tỉnh" stands for the article's "Bộ Chỉ huy BĐBP tỉnh"; "Bộ Tư lệnh BĐBP" is the
    # national command and must survive as its own agency beside it.
    f = _facts(
        "Sáng 3/4, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh và Hội Cựu chiến binh tỉnh ký kết "
        "kế hoạch phối hợp giai đoạn 2023 - 2027.\n\nTheo kế hoạch, BĐBP tỉnh và Hội Cựu chiến "
        "binh tỉnh sẽ tổ chức tuần tra chung.\n\nKế hoạch cụ thể hóa Chương trình số "
        "21/CTrPH-BTL-HCCB giữa Bộ Tư lệnh BĐBP và Trung ương Hội Cựu chiến binh Việt Nam.",
        province="Hà Giang",
    )
    names = [a.name for a in f.agencies]
    assert "Bộ Tư lệnh Bộ đội Biên phòng" in names
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in names
    assert not any(n.startswith("Bộ đội Biên phòng") for n in names), names
    assert _signings(f) == [
        (("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Cựu chiến binh tỉnh"), "2023-04-03", (2023, 2027), None)
    ]
