"""An outlet's dateline code before the day that opens a passive signing ("BQN - Ngày 3.4, quy chế phối hợp số ... đã
được ký kết giữa A và B"), as round s34's helpers printed it (made-up texts in the image of their pages): the outlet
reports, the sentence still opens with its day, so the document is signed that day (issued) as without the code."""

import pytest
from _signing_helpers import extract, signing_tuples

_PASSIVE = (
    "Ngày 3.4, quy chế phối hợp số 04/QCPH-BCH-ĐBP đã được ký kết giữa Ban CHQS huyện Tiên Yên và Đồn Biên phòng "
    "Hoành Mô."
)


def _facts(text):
    return extract(f"Tiên Yên phối hợp\n\n{text}", "2018-04-04", "Quảng Ninh")


@pytest.mark.parametrize("code", ["BQN - ", "QNO – ", "(BQN) - "])
def test_an_outlet_code_before_the_day_keeps_the_passive_signing(code):
    facts = _facts(code + _PASSIVE)
    assert [d.issued for d in facts.documents] == ["2018-04-03"]
    assert signing_tuples(facts) == [
        (("Ban Chỉ huy Quân sự huyện Tiên Yên", "Đồn Biên phòng Hoành Mô"), "2018-04-03", "")
    ]


def test_control_the_same_sentence_without_a_code():
    assert [d.issued for d in _facts(_PASSIVE).documents] == ["2018-04-03"]


def test_control_a_relative_clause_after_a_code_is_no_signing():
    # (the passive tells how the regulation came about; the sentence's act is its review)
    facts = _facts(
        "BQN - Quy chế phối hợp số 04/QCPH-BCH-ĐBP được ký kết giữa Ban CHQS huyện Tiên Yên và Đồn Biên phòng Hoành "
        "Mô đã phát huy hiệu quả trong công tác tuần tra."
    )
    assert facts.signings == []
