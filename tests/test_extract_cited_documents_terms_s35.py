"""A period printed after another document that a sentence about the signed quy chế cites is that document's term,
not the quy chế's (round s35, agentO class C): "Quy chế nhằm thực hiện Nghị quyết số 12-NQ/TU ... giai đoạn
2021 - 2025" leaves the signing without a period."""

from _signing_helpers import extract, signing_tuples


def _signings(text, published="2022-06-15"):
    return signing_tuples(extract(f"Tin\n\n{text}", published, "Lào Cai"))


def test_a_period_after_a_cited_resolution_is_not_the_signed_quy_ches():
    text = (
        "Ngày 14/6, Sở Tư pháp và Công an tỉnh ký kết quy chế phối hợp trong công tác phổ biến pháp luật. Quy chế "
        "nhằm cụ thể hóa Nghị quyết số 12-NQ/TU của Tỉnh ủy về cải cách hành chính giai đoạn 2021 - 2025."
    )
    assert _signings(text) == [(("Công an tỉnh", "Sở Tư pháp"), "2022-06-14", "")]


def test_control_the_quy_ches_own_term_in_a_sentence_of_its_own_stays():
    text = (
        "Ngày 14/6, Sở Tư pháp và Công an tỉnh ký kết quy chế phối hợp trong công tác phổ biến pháp luật. Quy chế "
        "phối hợp được thực hiện trong giai đoạn 2022 - 2026."
    )
    assert _signings(text) == [(("Công an tỉnh", "Sở Tư pháp"), "2022-06-14", "2022-2026")]
