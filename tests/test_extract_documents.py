"""Number-and-symbol grammar of Party and State documents."""

from phoihop.extract.documents import find_documents, issuer_agencies, same_document


def _docs(text):
    return [(d.symbol, d.kind, d.form) for d in find_documents(text)]


def test_party_and_state_forms_with_kind_words():
    text = (
        "Chương trình phối hợp số 150-CTr/BCSĐUBND-BDVTU; Kế hoạch liên tịch số 42/KH-UBND; "
        "Nghị định 30/2020/NĐ-CP; Quy chế phối hợp công tác số 01/QCPH/UBND-UBMTTQ; "
        "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN; 08-QĐi/TW"
    )
    assert _docs(text) == [
        ("150-CTr/BCSĐUBND-BDVTU", "chương trình", "party"),
        ("42/KH-UBND", "kế hoạch", "state"),
        ("30/2020/NĐ-CP", "nghị định", "state"),
        ("01/QCPH/UBND-UBMTTQ", "quy chế", "state"),
        ("19/2008/NQLT/CP-UBTUMTTQVN", "nghị quyết", "state"),
        ("08-QĐi/TW", "quy định", "party"),
    ]


def test_spaces_around_separators_and_kind_from_type_code():
    assert _docs("theo 367 - QĐ/TWĐTN-VP và 89 / CTrPH-CAT-UBMTTQVNT-SNV") == [
        ("367-QĐ/TWĐTN-VP", "quyết định", "party"),
        ("89/CTrPH-CAT-UBMTTQVNT-SNV", "chương trình", "state"),
    ]


def test_bare_numbers_after_a_document_word_and_non_symbols():
    assert _docs("Nghị định số 03 ngày 5/9/2022; Chương trình phối hợp số 09 giữa hai bên") == [
        ("03", "nghị định", "bare"),
        ("09", "chương trình", "bare"),
    ]
    assert _docs("17/17 chỉ tiêu, ngày 22/12/2014, 2032 buổi/65.456 lượt") == []


def test_issuer_codes_and_typos():
    a, b, c = find_documents("09/CTr-BCA-MTTW, 09/CTr-CA-MTTW và 10/CTr-BCA-MTTW")
    assert same_document(a, b) and not same_document(a, c)
    (d,) = find_documents("Kế hoạch số 91-KH/BDVTU-CAT")
    assert "Ban Dân vận Tỉnh ủy" in issuer_agencies(d) and "Công an tỉnh" in issuer_agencies(d)


def test_kind_is_the_base_type():
    assert _docs("Chương trình hành động số 12-CTr/TU; Kế hoạch liên tịch số 3/KHLT-CAT-HND; Luật số 75/2015/QH13") == [
        ("12-CTr/TU", "chương trình", "party"),
        ("3/KHLT-CAT-HND", "kế hoạch", "state"),
        ("75/2015/QH13", "luật", "state"),
    ]


def test_issuer_readings_take_the_documents_level_and_mark_central_codes():
    from phoihop.extract.documents import issuer_readings

    (district,) = find_documents("Quy chế số 02/QCPH-BDVHU-CA-MTTQ")
    assert [(c, names) for c, names, _ in issuer_readings(district)] == [
        ("BDVHU", ["Ban Dân vận Huyện ủy"]),
        ("CA", ["Công an huyện"]),
        ("MTTQ", ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    ]
    (province,) = find_documents("Quy chế số 09/QCPH-MTTQ-CA-BCHQS-BĐBP")
    assert [names[0] for _, names, central in issuer_readings(province)] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    ]
    (central,) = find_documents("Chương trình 09/CTr-BCA-MTTW")
    assert [c for _, _, c in issuer_readings(central)] == [True, True]
    (ambiguous,) = find_documents("Chương trình 810-CTr/BDVTU-BCH")
    assert [c for c, _, _ in issuer_readings(ambiguous)] == ["BDVTU"]


def test_a_number_printed_after_a_document_word_without_so():
    assert _docs(
        "thực hiện Quyết định 125 ngày 2-3-2019 của Ban Thường vụ; Đề án 08 về an ninh mạng; "
        "cụ thể hóa hướng dẫn 17 của Ban Tổ chức; Nghị định 12/2021 của Chính phủ"
    ) == [
        ("125", "quyết định", "bare"),
        ("08", "đề án", "bare"),
        ("17", "hướng dẫn", "bare"),
        ("12/2021", "nghị định", "bare"),
    ]


def test_counted_nouns_years_and_times_after_a_document_word_are_no_numbers():
    assert _docs("kế hoạch 5 năm, hướng dẫn 4 huyện về, Kế hoạch 2023 của tỉnh") == []
    assert _docs("ký kết quy chế phối hợp\n\n09:15, 12/05/2021") == []


def test_a_year_after_a_bare_number_dates_it_and_is_part_of_the_mention():
    text = "tổng kết 8 năm thực hiện Chỉ thị 03 năm 2016 của Thủ tướng"
    (d,) = find_documents(text)
    assert (d.symbol, d.kind, text[d.sym_start : d.end]) == ("03", "chỉ thị", "03 năm 2016")


def test_a_document_word_before_a_short_code_makes_it_a_symbol():
    assert _docs("Nghị định số 52/CP của Chính phủ; tỷ lệ 17/CN") == [("52/CP", "nghị định", "state")]


def test_plans_of_one_number_with_different_partners_are_two_documents():
    a, b = find_documents("Kế hoạch 03/KHLT-HCCB-CAT và Kế hoạch 03/KHLT-HCCB-BCHQS")
    assert not same_document(a, b)
    c, d = find_documents("Chương trình 14/CTr-BCA-MTTQ và Chương trình 14/CTr-BCA-MTQ")
    assert same_document(c, d)


def test_a_short_back_reference_by_kind_and_number_is_the_same_document():
    full, short, other = find_documents(
        "Thông tư liên tịch số 21/2019/TTLT-BCA-BQP; theo Thông tư liên tịch số 21, Quyết định số 21 của tỉnh"
    )
    assert (short.symbol, short.kind) == ("21", "thông tư")
    assert same_document(full, short) and same_document(short, full)
    assert not same_document(full, other)
