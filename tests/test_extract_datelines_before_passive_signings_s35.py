"""A passive signing after the report's dateline, an outlet's online edition or the place in capitals ("QĐND Online -
Sáng 24-6, Quy chế ... đã được ký kết ...", "ĐÀ NẴNG - Ngày 5/11, Chương trình ... đã được ký kết giữa A và B"), as
round s35's helpers printed them (made-up texts in the image of their pages): the dateline is no opening of the
sentence, so the document keeps its issue date, its parties and its link to the signing."""

import pytest
from _signing_helpers import extract


def _signed_document(text, symbol, published="2021-04-10", province="Bình Định"):
    facts = extract(f"Tin\n\n{text}", published, province)
    doc = next(d for d in facts.documents if d.symbol == symbol)
    return doc.issued, sorted(doc.parties), [s.document for s in facts.signings]


@pytest.mark.parametrize(
    "dateline",
    ["Bình Định Online - ", "Báo Bình Định điện tử - ", "QUY NHƠN - ", "BÌNH ĐỊNH - ", "(BĐO) - "],
)
def test_a_passive_signing_after_a_dateline_signs_its_subject_document(dateline):
    text = (
        f"{dateline}Sáng 9-4, Kế hoạch phối hợp số 12/KH-CAT-HND giữa Công an tỉnh và Hội Nông dân tỉnh đã được ký kết "
        "tại TP Quy Nhơn."
    )
    assert _signed_document(text, "12/KH-CAT-HND") == (
        "2021-04-09",
        ["Công an tỉnh", "Hội Nông dân tỉnh"],
        ["12/KH-CAT-HND"],
    )


def test_a_place_dateline_keeps_the_first_party_named_with_its_parent():
    text = (
        "PHÚ YÊN - Ngày 9/4, Chương trình phối hợp số 08/CTrPH-TĐ-HCCB giai đoạn 2021 - 2026 đã được ký kết giữa "
        "Trung đoàn 143 (Bộ Chỉ huy Quân sự tỉnh) và Hội Cựu chiến binh tỉnh."
    )
    assert _signed_document(text, "08/CTrPH-TĐ-HCCB", province="Phú Yên") == (
        "2021-04-09",
        ["Hội Cựu chiến binh tỉnh", "Trung đoàn 143"],
        ["08/CTrPH-TĐ-HCCB"],
    )


def test_controls_without_a_dateline_and_a_document_after_a_lead_in_stay():
    # (the same sentence without the dateline was read so before)
    text = (
        "Sáng 9-4, Kế hoạch phối hợp số 12/KH-CAT-HND giữa Công an tỉnh và Hội Nông dân tỉnh đã được ký kết tại TP "
        "Quy Nhơn."
    )
    assert _signed_document(text, "12/KH-CAT-HND") == (
        "2021-04-09",
        ["Công an tỉnh", "Hội Nông dân tỉnh"],
        ["12/KH-CAT-HND"],
    )
    # (a document cited after a lead-in is no subject of the passive, dateline or not)
    facts = extract(
        "Tin\n\nBình Định Online - Sáng 9-4, thực hiện Quyết định số 45/QĐ-UBND, chương trình phối hợp giữa Công an "
        "tỉnh và Hội Nông dân tỉnh đã được ký kết.",
        "2021-04-10",
        "Bình Định",
    )
    assert [s.document for s in facts.signings] == [None]
