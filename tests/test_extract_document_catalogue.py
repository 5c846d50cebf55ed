# ruff: noqa: E501  (the catalogue holds whole sentences, one per line)
"""A catalogue of the ways pages cite a document (made-up sentences): Party and State number-and-symbol forms, a
number with its year only ("Thông tư liên tịch số 01/2021"), a bare number after the kind word ("Thông tư 06 quy định
về ..."), the kind by its short form ("TTLT 01/2017"), issue dates and periods; two documents of one number and
different years stay two."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

# (sentence, "symbol | kind | issued | period || ...")
DOCUMENTS = [
    (
        "Thực hiện Thông tư liên tịch số 01/2017/TTLT-VKSNDTC-BCA-BQP ngày 29/12/2017 quy định việc thực hiện một số quy định của Bộ luật Tố tụng hình sự năm 2015 về tiếp nhận tin báo.",
        "01/2017/TTLT-VKSNDTC-BCA-BQP | thông tư | 2017-12-29 |",
    ),
    (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Công an tỉnh tổ chức hội nghị.",
        "05-CT/TW | chỉ thị | 2016-05-15 |",
    ),
    ("Hai bên ký Quy chế phối hợp số 01/QCPH-CAT-HND ngày 8/11/2024.", "01/QCPH-CAT-HND | quy chế | 2024-11-08 |"),
    (
        "Căn cứ Thông tư liên tịch số 01/2017/TTLT-VKSNDTC-BCA-BQP ngày 29/12/2017 về tiếp nhận tin báo.",
        "01/2017/TTLT-VKSNDTC-BCA-BQP | thông tư | 2017-12-29 |",
    ),
    (
        "Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.",
        "35-NQ/TW | nghị quyết | |",
    ),
    (
        "Theo Kế hoạch số 123/KH-UBND ngày 2/3/2024 của UBND tỉnh giai đoạn 2024 - 2025.",
        "123/KH-UBND | kế hoạch | 2024-03-02 | 2024-2025",
    ),
    (
        "Thực hiện Nghị định số 03/2019/NĐ-CP của Chính phủ về phối hợp giữa Bộ Công an và Bộ Quốc phòng.",
        "03/2019/NĐ-CP | nghị định | |",
    ),
    (
        "Chương trình phối hợp số 07/CTrPH-BCA-MTTW ngày 17/10/2023 giữa Bộ Công an với Ủy ban Trung ương MTTQ Việt Nam giai đoạn 2023 - 2033.",
        "07/CTrPH-BCA-MTTW | chương trình | 2023-10-17 | 2023-2033",
    ),
    ("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.", "01-KL/TW | kết luận | 2021-05-18 |"),
    ("Thực hiện Quyết định 1234/QĐ-UBND của UBND tỉnh.", "1234/QĐ-UBND | quyết định | |"),
    (
        "Thực hiện Hướng dẫn số 12-HD/BDVTW ngày 5/6/2023 của Ban Dân vận Trung ương.",
        "12-HD/BDVTW | hướng dẫn | 2023-06-05 |",
    ),
    (
        "Thực hiện Thông tư liên tịch số 01/2021 đối với TTLT 01/2017 ngày 29/12/2017.",
        "01/2021 | thông tư | | || 01/2017 | thông tư | 2017-12-29 |",
    ),
    ("Thực hiện Nghị định 03/2019 của Chính phủ.", "03/2019 | nghị định | |"),
    ("Thực hiện Thông tư liên tịch số 01/2021 của liên ngành.", "01/2021 | thông tư | |"),
    ("Thực hiện Thông tư số 01/2021 của liên ngành.", "01/2021 | thông tư | |"),
    ("Thực hiện TTLT 01/2017 ngày 29/12/2017.", "01/2017 | thông tư | 2017-12-29 |"),
    ("Thực hiện Thông tư liên tịch 01/2017 ngày 29/12/2017.", "01/2017 | thông tư | 2017-12-29 |"),
    ("Liên ngành Trung ương ban hành Thông tư 06 quy định về giải quyết tố giác.", "06 | thông tư | |"),
    # bare numbers listed after one document word are each a document of that kind
    ("Thực hiện Nghị quyết 01, 02 của Chính phủ.", "01 | nghị quyết | | || 02 | nghị quyết | |"),
    (
        "Thực hiện Nghị quyết số 01, 02 và 05 của Chính phủ.",
        "01 | nghị quyết | | || 02 | nghị quyết | | || 05 | nghị quyết | |",
    ),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dự án theo Giấy phép xây dựng số 01/GPXD ngày 11/5/2017.",
        "Dự án có Giấy xác nhận đăng ký kế hoạch bảo vệ môi trường số 07/GXN - STNMT ngày 24/4/2017.",
        "Hai bên thực hiện Hợp đồng số 15/HĐKT-CTX ngày 2/3/2024.",
    ],
)
def test_a_licence_a_certificate_or_a_contract_is_no_document(sentence):
    facts = extract_article(Article("t", "Tin\n\n" + sentence, published="2024-11-09", province="Gia Lai"))
    assert facts.documents == []


def _expected(spec: str):
    docs = []
    for item in spec.split(" || "):
        symbol, kind, issued, period = (x.strip() for x in item.split("|"))
        docs.append((symbol, kind, issued, tuple(int(y) for y in period.split("-")) if period else None))
    return sorted(docs)


@pytest.mark.parametrize(("sentence", "expected"), DOCUMENTS)
def test_the_document_is_read_with_its_kind_date_and_period(sentence, expected):
    facts = extract_article(Article("t", "Tin\n\n" + sentence, published="2024-11-09", province="Gia Lai"))
    got = sorted((d.symbol, d.kind, d.issued or "", tuple(d.period) if d.period else None) for d in facts.documents)
    assert got == _expected(expected)
