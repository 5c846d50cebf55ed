"""An old signing retold in a sentence of its own after the document it refers back to, as round s33's helpers printed
them (made-up texts in the image of their pages): its signers are the document's parties, whether the sentence opens
with the document's bare kind as the subject of a passive ("Quy chế được A và B ký kết tháng 8/2021") or names it by
its kind and "này" ("A đã ký kết chương trình này với B và C"); and the passive, dated by a month and year long before
the page, is no act of the page."""

import pytest
from _signing_helpers import extract, signing_tuples


def _facts(text, published, province="Hà Tĩnh"):
    return extract(f"Tin\n\n{text}", published, province)


def _parties(text, published, symbol):
    return next(sorted(d.parties) for d in _facts(text, published).documents if d.symbol == symbol)


@pytest.mark.parametrize(
    "text, symbol, parties",
    [
        (
            "Sáng 9/10, Hội Nông dân tỉnh tổ chức sơ kết Chương trình phối hợp số 04/CTrPH-HND giai đoạn 2020 - "
            "2025. Ngày 12/5/2020, Hội Nông dân tỉnh đã ký kết chương trình này với Công an tỉnh và Bộ Chỉ huy Quân "
            "sự tỉnh.",
            "04/CTrPH-HND",
            ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Hội Nông dân tỉnh"],
        ),
        (
            "Chiều 2/10, Ủy ban MTTQ tỉnh sơ kết 3 năm thực hiện Quy chế phối hợp số 07/QCPH-MTTQ, giai đoạn 2021 "
            "- 2026. Dự hội nghị có đại diện các sở, ngành. Quy chế được Ủy ban MTTQ tỉnh và Liên đoàn Lao động tỉnh "
            "ký kết tháng 4/2021.",
            "07/QCPH-MTTQ",
            ["Liên đoàn Lao động tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"],
        ),
    ],
)
def test_the_signers_of_an_old_signing_retold_later_are_the_document_s_parties(text, symbol, parties):
    assert _parties(text, "2023-10-10", symbol) == parties


def test_a_passive_old_signing_dated_by_its_month_is_no_act_of_the_page():
    text = (
        "Chiều 2/10, Ủy ban MTTQ tỉnh sơ kết 3 năm thực hiện quy chế phối hợp. Quy chế được Ủy ban MTTQ tỉnh và Liên "
        "đoàn Lao động tỉnh ký kết tháng 4/2021."
    )
    assert signing_tuples(_facts(text, "2023-10-10")) == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the page's own passive signing
        (
            "Chiều 2/10, Quy chế phối hợp được Ủy ban MTTQ tỉnh và Liên đoàn Lao động tỉnh ký kết.",
            "2023-10-03",
            [(("Liên đoàn Lao động tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"), "2023-10-02", "")],
        ),
        # the active old signing told with its month before the verb: no act, as before
        (
            "Chiều 2/10, Ủy ban MTTQ tỉnh sơ kết 3 năm thực hiện quy chế phối hợp. Tháng 4/2021, Ủy ban MTTQ tỉnh và "
            "Liên đoàn Lao động tỉnh đã ký kết quy chế này.",
            "2023-10-10",
            [],
        ),
    ],
)
def test_controls_signings_of_the_page_and_old_ones_told_before_the_verb(text, published, expected):
    assert signing_tuples(_facts(text, published)) == expected


def test_control_a_later_document_of_the_same_kind_takes_its_own_signers():
    text = (
        "Sáng 9/10, Hội Nông dân tỉnh sơ kết Chương trình phối hợp số 04/CTrPH-HND giai đoạn 2020 - 2025. Trước đó, "
        "Hội Nông dân tỉnh đã thực hiện Chương trình số 02/CTr-HND-CA. Ngày 12/5/2020, Hội Nông dân tỉnh đã ký kết "
        "chương trình này với Công an tỉnh."
    )
    assert "Công an tỉnh" not in _parties(text, "2023-10-10", "04/CTrPH-HND")
