"""A border post named by "Đồn" alone after the page named the one post in full (round s36): "Ngày 20/6/2016, Đồn đã
ký Quy chế phối hợp số 08/QC-ĐBP-UBND với UBND xã Dân Hóa" — the bare word as a clause's subject is that post; not
"Đồn trưởng" (a title), nor the word in another sense ("Đồn điền", a plantation), nor where the page names two posts."""

from _signing_helpers import agency_names, extract, party_sets

_POST = "Đồn Biên phòng Cửa khẩu quốc tế Cha Lo"
_OPENING = f"{_POST} tổ chức kỷ niệm 60 năm ngày thành lập.\n"


def _facts(text):
    return extract(f"Tin\n\n{text}", "2021-03-12", "Quảng Bình")


def test_the_bare_kind_opening_a_clause_is_the_old_document_s_party():
    facts = _facts(_OPENING + "Ngày 20/6/2016, Đồn đã ký Quy chế phối hợp số 08/QC-ĐBP-UBND với UBND xã Dân Hóa.")
    assert sorted(next(d.parties for d in facts.documents)) == [_POST, "Ủy ban nhân dân xã Dân Hóa"]


def test_the_bare_kind_opening_a_sentence_signs():
    facts = _facts(_OPENING + "Đồn ký kết quy chế phối hợp với UBND xã Dân Hóa trong công tác bảo vệ biên giới.")
    assert party_sets(facts) == [(_POST, "Ủy ban nhân dân xã Dân Hóa")]


def test_control_the_post_s_commander_is_a_title():
    facts = _facts(_OPENING + "Đồn trưởng Nguyễn Văn An phát biểu tại buổi lễ.")
    assert agency_names(facts) == [_POST]
    assert [p.positions for p in facts.persons] == [["Đồn trưởng"]]


def test_control_the_word_in_another_sense_names_no_post():
    facts = _facts(_OPENING + "Đồn điền cao su của xã rộng 300 ha.\nĐồn đại về dự án khiến người dân lo lắng.")
    assert agency_names(facts) == [_POST]
    assert facts.signings == []


def test_control_a_page_naming_two_posts_leaves_the_bare_kind_unsaid():
    facts = _facts(
        _OPENING + "Đồn Biên phòng Cà Xèng cũng dự lễ.\nĐồn ký kết quy chế phối hợp với UBND xã Dân Hóa năm nay."
    )
    assert not any(_POST in parties for parties in party_sets(facts))
