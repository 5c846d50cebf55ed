"""A review-and-sign sentence whose reviewed document names its parties (round s36, helper H's class 2): "A và B tổ
chức hội nghị tổng kết Quy chế số X ngày D giữa A' và B'; đồng thời ký kết Quy chế số Y ...". The "giữa" names the
reviewed document's parties, not the new act's partners: the new act is the opening subject's second predicate, and
its document is issued on the day."""

from _signing_helpers import extract, signing_tuples


def _facts(between: str):
    text = (
        "Tin\n\nNgày 14/5, Công an tỉnh Gia Lai và Hội Cựu chiến binh tỉnh Gia Lai tổ chức hội nghị tổng kết Chương "
        f"trình phối hợp số 21/CTr-CAT-HCCB ngày 2/3/2019{between}; đồng thời ký kết Chương trình phối hợp số "
        "58/CTr-CAT-HCCB giai đoạn 2024 - 2029."
    )
    return extract(text, "2024-05-15", "Gia Lai")


PAIR = ("Công an tỉnh Gia Lai", "Hội Cựu chiến binh tỉnh Gia Lai")


def test_the_new_act_signs_after_the_reviewed_document_s_parties():
    facts = _facts(" giữa Công an tỉnh và Hội CCB tỉnh")
    assert signing_tuples(facts) == [(PAIR, "2024-05-14", "2024-2029")]
    issued = {d.symbol: d.issued for d in facts.documents}
    assert issued == {"21/CTr-CAT-HCCB": "2019-03-02", "58/CTr-CAT-HCCB": "2024-05-14"}


def test_control_without_the_reviewed_document_s_parties():
    facts = _facts("")
    assert signing_tuples(facts) == [(PAIR, "2024-05-14", "2024-2029")]


def test_control_a_partner_named_after_with_keeps_its_reading():
    # ("với" names the new act's partner: the clause is not the opening subject's second predicate)
    facts = extract(
        "Tin\n\nNgày 14/5, Công an tỉnh Gia Lai tổ chức hội nghị tổng kết công tác năm 2023; đồng thời ký kết chương "
        "trình phối hợp với Hội Cựu chiến binh tỉnh Gia Lai.",
        "2024-05-15",
        "Gia Lai",
    )
    assert [t[0] for t in signing_tuples(facts)] == [PAIR]
