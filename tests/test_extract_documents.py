"""Number-and-symbol grammar of Party and State documents."""

from phoihop.extract.documents import find_documents, issuer_agencies, same_document


def _docs(text):
    return [(d.symbol, d.kind, d.form) for d in find_documents(text)]


def test_party_and_state_forms_with_kind_words():
    text = ("Chương trình phối hợp số 150-CTr/BCSĐUBND-BDVTU; Kế hoạch liên tịch số 42/KH-UBND; "
            "Nghị định 30/2020/NĐ-CP; Quy chế phối hợp công tác số 01/QCPH/UBND-UBMTTQ; "
            "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN; 08-QĐi/TW")
    assert _docs(text) == [
        ("150-CTr/BCSĐUBND-BDVTU", "chương trình", "party"), ("42/KH-UBND", "kế hoạch", "state"),
        ("30/2020/NĐ-CP", "nghị định", "state"), ("01/QCPH/UBND-UBMTTQ", "quy chế", "state"),
        ("19/2008/NQLT/CP-UBTUMTTQVN", "nghị quyết", "state"), ("08-QĐi/TW", "quy định", "party")]


def test_spaces_around_separators_and_kind_from_type_code():
    assert _docs("theo 367 - QĐ/TWĐTN-VP và 89 / CTrPH-CAT-UBMTTQVNT-SNV") == [
        ("367-QĐ/TWĐTN-VP", "quyết định", "party"), ("89/CTrPH-CAT-UBMTTQVNT-SNV", "chương trình", "state")]


def test_bare_numbers_after_a_document_word_and_non_symbols():
    assert _docs("Nghị định số 03 ngày 5/9/2022; Chương trình phối hợp số 09 giữa hai bên") == [
        ("03", "nghị định", "bare"), ("09", "chương trình", "bare")]
    assert _docs("17/17 chỉ tiêu, ngày 22/12/2014, 2032 buổi/65.456 lượt") == []


def test_issuer_codes_and_typos():
    a, b, c = find_documents("09/CTr-BCA-MTTW, 09/CTr-CA-MTTW và 10/CTr-BCA-MTTW")
    assert same_document(a, b) and not same_document(a, c)
    (d,) = find_documents("Kế hoạch số 91-KH/BDVTU-CAT")
    assert "Ban Dân vận Tỉnh ủy" in issuer_agencies(d) and "Công an tỉnh" in issuer_agencies(d)


def test_kind_is_the_base_type():
    assert _docs("Chương trình hành động số 12-CTr/TU; Kế hoạch liên tịch số 3/KHLT-CAT-HND; Luật số 75/2015/QH13") == [
        ("12-CTr/TU", "chương trình", "party"), ("3/KHLT-CAT-HND", "kế hoạch", "state"),
        ("75/2015/QH13", "luật", "state")]


def test_issuer_readings_take_the_documents_level_and_mark_central_codes():
    from phoihop.extract.documents import issuer_readings

    (district,) = find_documents("Quy chế số 02/QCPH-BDVHU-CA-MTTQ")
    assert [(c, names) for c, names, _ in issuer_readings(district)] == [
        ("BDVHU", ["Ban Dân vận Huyện ủy"]), ("CA", ["Công an huyện"]),
        ("MTTQ", ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])]
    (province,) = find_documents("Quy chế số 09/QCPH-MTTQ-CA-BCHQS-BĐBP")
    assert [names[0] for _, names, central in issuer_readings(province)] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    (central,) = find_documents("Chương trình 09/CTr-BCA-MTTW")
    assert [c for _, _, c in issuer_readings(central)] == [True, True]
    (ambiguous,) = find_documents("Chương trình 810-CTr/BDVTU-BCH")
    assert [c for c, _, _ in issuer_readings(ambiguous)] == ["BDVTU"]
