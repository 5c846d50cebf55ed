"""A date a list of documents shares ("các Quyết định số 217-QĐ/TW và số 218-QĐ/TW cùng ngày 12/12/2013 của Bộ Chính
trị": both of the same day), as round s35's helpers printed it (made-up texts in the image of their pages): each
document of the list takes the date, as each already takes the issuer."""

import pytest
from _signing_helpers import extract


def _details(text, published="2019-05-21"):
    facts = extract(f"Tin\n\n{text}", published, None)
    return {d.symbol: (d.issued, sorted(d.parties)) for d in facts.documents}


@pytest.mark.parametrize(
    "text",
    [
        "Hội thảo góp ý sửa đổi các Quy định số 124-QĐ/TW và số 125-QĐ/TW cùng ngày 2/2/2018 của Ban Bí thư.",
        "Hội thảo góp ý sửa đổi Quy định số 124-QĐ/TW và Quy định số 125-QĐ/TW cùng ngày 2/2/2018 của Ban Bí thư.",
        "Hội thảo góp ý sửa đổi các Quy định số 124-QĐ/TW và số 125-QĐ/TW ngày 2/2/2018 của Ban Bí thư.",
    ],
)
def test_listed_documents_share_the_date_printed_after_the_list(text):
    assert _details(text) == {
        "124-QĐ/TW": ("2018-02-02", ["Ban Bí thư"]),
        "125-QĐ/TW": ("2018-02-02", ["Ban Bí thư"]),
    }


def test_a_document_of_another_kind_keeps_its_own_date():
    # (the date and the issuer after a list of two kinds are the last document's)
    text = (
        "Hai bên quán triệt Nghị định số 35/2019/NĐ-CP và Thông tư số 18/2019/TT-BTP cùng ngày 5/3/2019 của Bộ Tư pháp."
    )
    details = _details(text)
    assert details["18/2019/TT-BTP"][0] == "2019-03-05"
    assert details["35/2019/NĐ-CP"][0] is None
