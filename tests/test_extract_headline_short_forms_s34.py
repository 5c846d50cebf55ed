"""A headline's short form of a body the text names (round s34, agent N's class 1): under the headline "... giữa Sở Y
tế và BĐBP tỉnh Hà Tĩnh", the text's "Bộ Chỉ huy BĐBP tỉnh" goes by its own name; the headline's short form, the one
mention that prints the province, names no agency nor a document's party (the contract: a body is named by its
fullest mention in the text, not by the headline)."""

from _signing_helpers import agency_names, extract


def _facts(title, text):
    return extract(f"{title}\n\n{text}", "2026-02-11", "Hà Tĩnh", title=title)


_REVIEW = (
    "Ngày 10/2, Sở Y tế và Ban Chỉ huy BĐBP tỉnh Hà Tĩnh sơ kết Chương trình phối hợp số 07/CTPH-SYT-BĐBP ngày "
    "3/4/2023 giữa Sở Y tế và Bộ Chỉ huy BĐBP tỉnh."
)


def test_a_headline_short_form_does_not_name_the_text_s_body():
    facts = _facts("Sơ kết chương trình phối hợp giữa Sở Y tế và BĐBP tỉnh Hà Tĩnh", _REVIEW)
    assert "Bộ đội Biên phòng tỉnh Hà Tĩnh" not in agency_names(facts)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in agency_names(facts)
    (doc,) = facts.documents
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in doc.parties


def test_control_a_neutral_headline_changes_nothing():
    facts = _facts("Sơ kết chương trình phối hợp", _REVIEW)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in agency_names(facts)
    (doc,) = facts.documents
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" in doc.parties
