"""The parties of a numbered cooperation text its own signers review (round s36): "Công an tỉnh, Bộ CHQS tỉnh và Cục
Hải quan tỉnh sơ kết Quy chế phối hợp số 18/QC-CAT-BCHQS-HQ" — the bodies that open the sentence and review the text
are its parties where the symbol's codes name them, also by codes no table reads (HQ of "Cục Hải quan", STNMT of "Sở
Tài nguyên và Môi trường"), and where they are as many as its codes and include all the codes read. A district's
review of the ministry's programme (09/CTr-BCA-MTTW) gives it no parties, and a host or a guest is none."""

from _signing_helpers import extract


def _parties(text, province="Quảng Trị"):
    facts = extract(f"Tin\n\n{text}", "2021-03-12", province)
    return {d.symbol: sorted(d.parties) for d in facts.documents}


def test_a_customs_code_reads_the_customs_department_the_sentence_names():
    text = "Sáng 12/3, Công an tỉnh, Bộ CHQS tỉnh và Cục Hải quan tỉnh sơ kết Quy chế phối hợp số 18/QC-CAT-BCHQS-HQ."
    assert _parties(text)["18/QC-CAT-BCHQS-HQ"] == ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Cục Hải quan tỉnh"]


def test_a_department_s_code_skips_the_joint_of_its_name():
    text = (
        "Chiều 4/3, Sở Tài nguyên và Môi trường và Công an tỉnh tổ chức sơ kết 3 năm thực hiện Quy chế phối hợp số "
        "12/QCPH-STNMT-CAT."
    )
    assert _parties(text)["12/QCPH-STNMT-CAT"] == ["Công an tỉnh", "Sở Tài nguyên và Môi trường"]


def test_reviewers_as_many_as_the_codes_are_the_parties_of_their_text():
    text = (
        "Ngày 9/3, Hội Nông dân tỉnh, Bộ Chỉ huy Quân sự tỉnh và Trường Chính trị tỉnh tổng kết Chương trình phối hợp "
        "số 21/CTr-HND-BCHQS-XK giai đoạn 2016 - 2020."
    )
    assert _parties(text)["21/CTr-HND-BCHQS-XK"] == [
        "Bộ Chỉ huy Quân sự tỉnh",
        "Hội Nông dân tỉnh",
        "Trường Chính trị tỉnh",
    ]


def test_control_a_district_s_review_of_the_ministry_s_programme_has_no_parties():
    text = (
        "Sáng 14/6, Công an huyện và Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết 10 năm thực hiện "
        "Chương trình phối hợp số 09/CTr-BCA-MTTW."
    )
    assert _parties(text)["09/CTr-BCA-MTTW"] == []


def test_control_a_host_named_before_the_reviewers_is_no_party():
    text = (
        "Sáng 12/3, tại hội trường Bộ CHQS tỉnh, Hội Nông dân tỉnh và Liên đoàn Lao động tỉnh sơ kết Quy chế phối hợp "
        "số 18/QC-HND-XK."
    )
    assert _parties(text)["18/QC-HND-XK"] == ["Hội Nông dân tỉnh"]


def test_control_more_reviewers_than_codes_add_none():
    text = (
        "Sáng 12/3, Hội Nông dân tỉnh, Công an tỉnh và Tỉnh đoàn sơ kết Quy chế phối hợp số 18/QC-HND-XK, có sự tham "
        "dự của lãnh đạo các sở."
    )
    assert _parties(text)["18/QC-HND-XK"] == ["Hội Nông dân tỉnh"]


def test_control_the_signers_named_after_the_text_stay_its_parties():
    text = (
        "Sáng 12/3, Công an huyện và Ủy ban MTTQ Việt Nam huyện sơ kết Chương trình phối hợp số 09/CTr-BCA-MTTW giữa "
        "Bộ Công an với Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam."
    )
    assert _parties(text)["09/CTr-BCA-MTTW"] == [
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Bộ Công an",
    ]


def test_control_a_code_the_table_reads_as_another_body_keeps_the_reviewer_out():
    text = "Sáng 12/3, Công an huyện và Hội Nông dân huyện sơ kết Chương trình phối hợp số 05/CTr-BCA-HND."
    # (the ministry's code makes the text the centre's: the district's reviewers are none of its parties)
    assert _parties(text)["05/CTr-BCA-HND"] == []
