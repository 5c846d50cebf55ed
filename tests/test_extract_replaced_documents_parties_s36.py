"""A document named as the one a new text replaces, with no signer told, has no parties: its symbol's codes are not
read as its signers (round s36's helper M: "Quy chế thay thế Quy chế số 07/QCPH-CAT-MTTQ ngày 20/4/2016" took the new
text's two bodies). Where its clause says between whom it was, those bodies stay. Made-up sentences."""

from __future__ import annotations

from _signing_helpers import extract


def _parties(text: str) -> dict[str, list[str]]:
    facts = extract(f"Tin\n\n{text}", "2024-05-20", "Hà Tĩnh")
    return {d.symbol: list(d.parties) for d in facts.documents}


def test_a_replaced_document_with_no_signer_told_has_no_parties():
    text = (
        "Sáng 19/5, Công an tỉnh và Hội Nông dân tỉnh ký kết Quy chế phối hợp số 09/QCPH-CAT-HND. Quy chế thay thế "
        "Quy chế số 03/QCPH-CAT-HND ngày 12/3/2017."
    )
    assert _parties(text)["03/QCPH-CAT-HND"] == []
    assert sorted(_parties(text)["09/QCPH-CAT-HND"]) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_every_document_listed_after_the_replacing_word_is_replaced():
    text = (
        "Sáng 19/5, Công an tỉnh, Hội Nông dân tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết Chương trình phối hợp số "
        "09-CTr/CAT-HND-BCHQS. Chương trình thay thế Chương trình phối hợp số 03-CTr/CAT-HND ngày 12/3/2017 và "
        "Chương trình phối hợp số 05-CTr/HND-BCHQS ngày 02/10/2018 đã hết hiệu lực."
    )
    parties = _parties(text)
    assert parties["03-CTr/CAT-HND"] == []
    assert parties["05-CTr/HND-BCHQS"] == []


def test_control_a_replaced_document_told_between_two_bodies_keeps_them():
    text = (
        "Sáng 19/5, Công an tỉnh và Hội Nông dân tỉnh ký kết Quy chế phối hợp số 09/QCPH-CAT-HND, thay thế Quy chế "
        "số 03/QCPH-CAT-HND ngày 12/3/2017 giữa hai đơn vị."
    )
    assert sorted(_parties(text)["03/QCPH-CAT-HND"]) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_control_a_cited_document_still_reads_its_codes():
    text = (
        "Sáng 19/5, Công an tỉnh và Hội Nông dân tỉnh sơ kết Chương trình phối hợp số 03/CTrPH-CAT-HND ngày 12/3/2017."
    )
    assert sorted(_parties(text)["03/CTrPH-CAT-HND"]) == ["Công an tỉnh", "Hội Nông dân tỉnh"]
