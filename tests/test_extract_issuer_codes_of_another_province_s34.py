"""An old document's issuers read from its symbol's codes, where its sentence names them in another province than the
page's ("Ban Dân vận Tỉnh ủy Quảng Bình (cũ) và Công an tỉnh Quảng Bình đã thực hiện chương trình số 05-CTr/BDVTU-CAT"
on a page about Quảng Trị after the merger), as round s34's helpers printed them (made-up texts in the image of their
pages): each code is the body of the document's sentence, not the page's own police."""

import pytest
from _signing_helpers import extract

_OLD_PROGRAMME = (
    "Ban Dân vận Tỉnh ủy Quảng Bình (cũ) và Công an tỉnh Quảng Bình đã thực hiện chương trình phối hợp số "
    "05-CTr/BDVTU-CAT giai đoạn 2021 - 2025."
)


def _parties(text):
    facts = extract(f"Hội nghị tổng kết\n\n{text}", "2025-09-20", "Quảng Trị")
    return {d.symbol: sorted(d.parties) for d in facts.documents}


@pytest.mark.parametrize(
    "text",
    [
        _OLD_PROGRAMME,
        "Ngày 19-9, Công an tỉnh tổ chức hội nghị tổng kết công tác dân vận. " + _OLD_PROGRAMME,
    ],
)
def test_a_code_is_the_body_the_document_s_sentence_names(text):
    assert _parties(text)["05-CTr/BDVTU-CAT"] == ["Ban Dân vận Tỉnh ủy Quảng Bình", "Công an tỉnh Quảng Bình"]


def test_control_a_code_of_the_page_s_own_body():
    text = (
        "Ban Dân vận Tỉnh ủy và Công an tỉnh đã thực hiện chương trình phối hợp số 05-CTr/BDVTU-CAT giai đoạn "
        "2021 - 2025."
    )
    assert _parties(text)["05-CTr/BDVTU-CAT"] == ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"]
