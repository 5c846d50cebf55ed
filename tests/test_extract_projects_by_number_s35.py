"""A national project called by the number of the decision that approved it, without "số" and symbol ("Đề án 1928 về
...", "Đề án 06 ở ..."), as round s35's helpers printed it (made-up texts in the image of their pages): the corpora
keep such a document with its number as the symbol (README-da, README-db: "Đề án 06" -> 06)."""

import pytest
from _signing_helpers import extract


def _documents(text, published="2018-09-12"):
    return [(d.symbol, d.kind) for d in extract(f"Tin\n\n{text}", published, "Hà Nam").documents]


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("Công an tỉnh và Sở Tư pháp phối hợp thực hiện Đề án 1928 về phổ biến pháp luật trong nhà trường.", "1928"),
        ("Công an tỉnh và Sở Tư pháp phối hợp thực hiện Đề án 1956 của Thủ tướng Chính phủ.", "1956"),
        ("Công an tỉnh và Hội Nông dân tỉnh phối hợp triển khai Đề án 06 ở các xã vùng sâu.", "06"),
    ],
)
def test_a_project_by_its_number_is_a_document(text, symbol):
    assert _documents(text) == [(symbol, "đề án")]


@pytest.mark.parametrize(
    "text",
    [
        # (a bare year after a document word is the year, no number)
        "Công an tỉnh và Sở Tư pháp triển khai kế hoạch 2018 về phổ biến pháp luật.",
        "Công an tỉnh và Sở Tư pháp xây dựng đề án 2019 về chuyển đổi số.",
    ],
)
def test_a_year_after_a_document_word_stays_no_number(text):
    assert _documents(text) == []
