"""A venue named before the subject (round s34, agent H's class C and agent N's class 2): in "tại Hội trường Huyện
ủy, A ký kết ... với B" and "tại hội trường UBND xã X, A và B ký kết Quy chế ... số ..." the hall's body is where the
act takes place; it opens no list with the subject after the comma, so it is neither a party of the signing nor of the
document."""

from _signing_helpers import agency_names, extract, party_sets


def _facts(text, published="2019-09-21", province="Quảng Ngãi"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_bare_committee_s_hall_is_no_party():
    facts = _facts(
        "Sáng 20/9, tại Hội trường Huyện ủy, Hội Nông dân huyện Sơn Tịnh ký kết chương trình phối hợp với Ban CHQS "
        "huyện."
    )
    assert party_sets(facts) == [("Ban Chỉ huy Quân sự huyện", "Hội Nông dân huyện Sơn Tịnh")]


def test_a_hall_is_no_party_of_the_numbered_document():
    facts = _facts(
        "Chiều 20/9, tại hội trường UBND phường Trương Quang Trọng, Công an phường Trương Quang Trọng và Đoàn "
        "Thanh niên phường Trương Quang Trọng ký kết Kế hoạch phối hợp số 05/KH-CAP-ĐTN năm 2019."
    )
    (doc,) = facts.documents
    assert sorted(doc.parties) == ["Công an phường Trương Quang Trọng", "Đoàn Thanh niên phường Trương Quang Trọng"]
    assert party_sets(facts) == [("Công an phường Trương Quang Trọng", "Đoàn Thanh niên phường Trương Quang Trọng")]


def test_control_a_committee_listed_with_a_placed_body_takes_its_place():
    facts = _facts("Sáng 20/9, Huyện ủy, UBND huyện Sơn Tịnh tổ chức hội nghị tổng kết công tác dân vận.")
    assert "Huyện ủy Sơn Tịnh" in agency_names(facts)


def test_control_a_numbered_document_s_listed_signers_all_sign():
    facts = _facts(
        "Chiều 20/9, UBND phường Trương Quang Trọng, Công an phường Trương Quang Trọng và Đoàn Thanh niên phường "
        "Trương Quang Trọng ký kết Kế hoạch phối hợp số 05/KH-UBND-CAP-ĐTN năm 2019."
    )
    (doc,) = facts.documents
    assert len(doc.parties) == 3
