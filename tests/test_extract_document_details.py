"""Document details over an article: one document per printing and its back-references, issue
dates printed before or after the symbol, periods of the right document (made-up sentences)."""

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _docs(text, published="2024-05-10"):
    facts = extract_article(Article("t", text, published=published, province="Phú Yên"))
    return [(d.symbol, d.kind, d.issued, d.period) for d in facts.documents]


def test_a_headline_back_reference_is_the_body_document_with_its_details():
    text = (
        "Kết quả 3 năm thực hiện Đề án 05 của Tỉnh ủy\n\n"
        "Kể từ khi Ban Thường vụ Tỉnh ủy ban hành Đề án số 05-ĐA/TU, ngày 12/3/2021 về phát triển "
        "văn hóa cơ sở giai đoạn 2021-2025, các cấp ủy đã vào cuộc. Đề án 05 được triển khai rộng rãi."
    )
    assert _docs(text) == [("05-ĐA/TU", "đề án", "2021-03-12", (2021, 2025))]


def test_a_bare_back_reference_before_the_full_symbol_takes_its_name():
    text = (
        "Sơ kết Chỉ thị 02 tại huyện\n\n"
        "Sáng 4/5, UBND huyện tổ chức sơ kết 5 năm thực hiện Chỉ thị 02/CT-UBND của UBND tỉnh, "
        "giai đoạn 2019-2024."
    )
    assert _docs(text) == [("02/CT-UBND", "chỉ thị", None, (2019, 2024))]


def test_the_date_of_the_act_of_issuing_printed_before_the_document():
    text = (
        "Tin tức\n\nNgày 15/01/2023, UBND tỉnh có Công văn số 215/UBND-KT chỉ đạo việc phòng chống dịch. "
        "Trước đó, ngày 2/8/2020, Đảng ủy Quân sự tỉnh đã xây dựng Quy chế phối hợp số 07/QC-PH với Đảng ủy xã."
    )
    assert _docs(text) == [("215/UBND-KT", "công văn", "2023-01-15", None), ("07/QC-PH", "quy chế", "2020-08-02", None)]


def test_a_date_before_a_document_that_is_only_implemented_is_no_issue_date():
    text = "Tin tức\n\nNgày 15/01/2023, Công an tỉnh tổ chức sơ kết thực hiện Quy chế số 07/QC-CAT-VKS."
    assert _docs(text) == [("07/QC-CAT-VKS", "quy chế", None, None)]


def test_the_period_of_an_unnumbered_programme_is_not_the_numbered_documents():
    text = (
        "Tin tức\n\nThời gian qua, triển khai Quyết định số 99/QĐ-TTg của Thủ tướng Chính phủ về ngày hội "
        "cùng Chương trình phối hợp giữa Hội Nông dân và Công an tỉnh giai đoạn 2018-2022, nhiều mô hình ra đời. "
        "Hai bên ký kết chương trình phối hợp giữa 2 đơn vị, giai đoạn 2023-2027 nhằm triển khai "
        "Quyết định 417 ngày 3-5-2021 của Ban Bí thư."
    )
    assert _docs(text) == [("99/QĐ-TTg", "quyết định", None, None), ("417", "quyết định", "2021-05-03", None)]


def test_a_document_issued_by_an_act_dated_at_the_end_of_its_clause():
    # "A có Công văn số X ... vào ngày D": the date of the act of issuing, printed after the document
    from phoihop.extract.article import Article
    from phoihop.extract.pipeline import extract_article

    text = (
        "UBND tỉnh có Công văn số 640/UBND-NC chỉ đạo việc phối hợp ngăn chặn tình trạng vượt biên trên địa bàn tỉnh "
        "vào ngày 24/02/2021. Công văn số 640/UBND-NC nêu rõ trách nhiệm của các sở, ngành."
    )
    facts = extract_article(Article("t", text, published="2021-02-25", province="Kon Tum"))
    assert [(d.symbol, d.issued) for d in facts.documents] == [("640/UBND-NC", "2021-02-24")]
