"""Documents signed in a passive sentence, as round s33's helpers printed them (made-up texts in the image of their
pages): "[Ngày D,] Chương trình ... số N ... đã được ký kết giữa A và B" signs document N, issued that day; the date may
close the sentence ("... giữa A và B vào chiều ngày D."), and an old document's date may be told in the next sentence
("Chương trình được hai cơ quan ký kết ngày D.")."""

import pytest
from _signing_helpers import extract


def _facts(text, published, province):
    return extract(f"Tin\n\n{text}", published, province)


def _documents(facts):
    return {d.symbol: (d.issued, sorted(d.parties)) for d in facts.documents}


@pytest.mark.parametrize(
    "text, published, symbol, day, parties",
    [
        (
            "Chiều 14/5, Quy chế phối hợp số 07/QCPH-HND-CAT giai đoạn 2024 - 2029 đã được ký kết giữa Hội Nông dân "
            "tỉnh và Công an tỉnh.",
            "2024-05-15",
            "07/QCPH-HND-CAT",
            "2024-05-14",
            ["Công an tỉnh", "Hội Nông dân tỉnh"],
        ),
        (
            "Sáng 2/10, Chương trình phối hợp số 21/CTrPH-ĐTN-BCHQS giữa Tỉnh đoàn với Bộ CHQS tỉnh giai đoạn 2023 - "
            "2028 đã được ký kết.",
            "2023-10-03",
            "21/CTrPH-ĐTN-BCHQS",
            "2023-10-02",
            ["Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn"],
        ),
        (
            "Kế hoạch phối hợp số 11/KH-VKS-CAT đã được ký kết giữa Viện Kiểm sát nhân dân tỉnh và Công an tỉnh vào "
            "chiều ngày 18/6.",
            "2024-06-19",
            "11/KH-VKS-CAT",
            "2024-06-18",
            ["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"],
        ),
    ],
)
def test_a_passive_signing_signs_its_subject_document_issued_that_day(text, published, symbol, day, parties):
    facts = _facts(text, published, "Bình Định")
    assert _documents(facts)[symbol] == (day, parties)
    assert [(s.document, s.date) for s in facts.signings] == [(symbol, day)]


def test_a_passive_with_its_parties_before_the_date_dates_an_old_document():
    text = (
        "Quy chế phối hợp số 04/QCPH-BHXH-BCHQS đã được ký kết giữa Bảo hiểm xã hội tỉnh và Bộ Chỉ huy Quân sự tỉnh "
        "vào ngày 12/3/2017 đã phát huy hiệu quả."
    )
    facts = _facts(text, "2021-04-02", "Bình Định")
    assert _documents(facts)["04/QCPH-BHXH-BCHQS"] == (
        "2017-03-12",
        ["Bảo hiểm xã hội tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
    )
    assert facts.signings == []  # (a relative clause: the document's past signing, no act of the page)


def test_an_old_document_s_signing_day_told_in_the_next_sentence_is_its_issue_date():
    text = (
        "Sáng 20/11, Công an tỉnh và Hội Cựu chiến binh tỉnh sơ kết Chương trình phối hợp số 05/CTrPH-CA-CCB giai "
        "đoạn 2014 - 2019. Chương trình được hai cơ quan ký kết ngày 9/4/2014."
    )
    facts = _facts(text, "2016-11-21", "Nghệ An")
    assert _documents(facts)["05/CTrPH-CA-CCB"][0] == "2014-04-09"
    assert facts.signings == []


@pytest.mark.parametrize(
    "text",
    [
        # the document before the passive is cited after a lead-in: no subject of the act
        "Sáng 14/5, thực hiện Quyết định số 12/QĐ-UBND, chương trình phối hợp đã được ký kết giữa Hội Nông dân tỉnh "
        "và Công an tỉnh.",
        # two documents before the verb: which one is signed is not told
        "Sáng 14/5, Quy chế số 07/QCPH-HND-CAT và Kế hoạch số 08/KH-HND-CAT đã được ký kết giữa Hội Nông dân tỉnh và "
        "Công an tỉnh.",
    ],
)
def test_controls_no_subject_document(text):
    facts = _facts(text, "2024-05-15", "Bình Định")
    assert all(s.document is None for s in facts.signings)


def test_control_the_next_sentence_of_another_kind_dates_nothing():
    text = (
        "Sáng 20/11, Công an tỉnh và Hội Cựu chiến binh tỉnh sơ kết Chương trình phối hợp số 05/CTrPH-CA-CCB giai "
        "đoạn 2014 - 2019. Quy chế được hai cơ quan ký kết ngày 9/4/2014."
    )
    assert _documents(_facts(text, "2016-11-21", "Nghệ An"))["05/CTrPH-CA-CCB"][0] is None
