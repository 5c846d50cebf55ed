"""A document named in a sentence after its signing's ("... ký kết quy chế phối hợp với B giai đoạn 2020 - 2025. Theo
quy chế số 07/QC-..., hai bên ...", "... Chương trình mang số 05/..."), as round s34's helpers printed them (made-up
texts in the image of their pages): it keeps the signing's date, term and parties."""

import pytest
from _signing_helpers import extract


def _document(text, symbol, published="2020-03-12", province="Quảng Ngãi"):
    facts = extract(f"Tin\n\n{text}", published, province)
    doc = next(d for d in facts.documents if d.symbol == symbol)
    return doc.issued, doc.period, sorted(doc.parties)


@pytest.mark.parametrize(
    "text, symbol, expected",
    [
        (
            "Ngày 11/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết quy chế phối hợp với UBND huyện Lý Sơn giai đoạn "
            "2020 - 2025. Theo quy chế số 07/QC-BĐBP-UBND, hai bên phối hợp tuần tra trên biển.",
            "07/QC-BĐBP-UBND",
            ("2020-03-11", (2020, 2025), ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ủy ban nhân dân huyện Lý Sơn"]),
        ),
        (
            "Ngày 11/3, Liên đoàn Lao động tỉnh ký kết chương trình phối hợp với Công an tỉnh giai đoạn 2020 - 2024. "
            "Chương trình mang số 03/CTrPH-LĐLĐ-CAT.",
            "03/CTrPH-LĐLĐ-CAT",
            ("2020-03-11", (2020, 2024), ["Công an tỉnh", "Liên đoàn Lao động tỉnh"]),
        ),
    ],
)
def test_a_document_told_after_its_signing_keeps_its_date_term_and_parties(text, symbol, expected):
    assert _document(text, symbol) == expected


@pytest.mark.parametrize(
    "text, symbol, expected",
    [
        (
            # (a document of another kind than the one signed: another text, which the signing tells nothing of)
            "Ngày 11/3, Liên đoàn Lao động tỉnh ký kết chương trình phối hợp với Công an tỉnh giai đoạn 2020 - 2024. "
            "Theo Kế hoạch số 15/KH-UBND của UBND tỉnh, hai bên tuyên truyền pháp luật.",
            "15/KH-UBND",
            (None, None, ["Ủy ban nhân dân tỉnh"]),
        ),
        (
            # (a term printed with the document stays its own)
            "Ngày 11/3, Liên đoàn Lao động tỉnh ký kết chương trình phối hợp với Công an tỉnh giai đoạn 2020 - 2024. "
            "Chương trình mang số 03/CTrPH-LĐLĐ-CAT, năm 2020.",
            "03/CTrPH-LĐLĐ-CAT",
            ("2020-03-11", (2020, 2020), ["Công an tỉnh", "Liên đoàn Lao động tỉnh"]),
        ),
        (
            # (a text printed with an issue date of its own, years before: the one the signed programme follows)
            "Ngày 11/3, Liên đoàn Lao động tỉnh và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2020 - 2024. "
            "Chương trình kế thừa Chương trình phối hợp số 03/CTrPH-LĐLĐ-CAT ngày 2/4/2016 giữa hai đơn vị.",
            "03/CTrPH-LĐLĐ-CAT",
            ("2016-04-02", None, ["Công an tỉnh", "Liên đoàn Lao động tỉnh"]),
        ),
        (
            # (a text of the same kind printed with its own issuer: the one the two carry out)
            "Ngày 11/3, Liên đoàn Lao động tỉnh ký kết quy chế phối hợp với Công an tỉnh giai đoạn 2020 - 2024. "
            "Theo Quy chế số 15/QC-UBND của UBND tỉnh, hai bên tuyên truyền pháp luật.",
            "15/QC-UBND",
            (None, None, ["Ủy ban nhân dân tỉnh"]),
        ),
    ],
)
def test_controls_another_document_and_a_term_of_its_own(text, symbol, expected):
    assert _document(text, symbol) == expected
