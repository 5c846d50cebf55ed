"""A passage in double quotes (a fan page's post a portal republishes, a quoted report) names its persons as the
narration does; a short quoted name or title (of a prize, a work, a campaign) still names no person (round s36's
short-items helper; made-up sentences)."""

from __future__ import annotations

from _signing_helpers import extract, party_sets, positions_by_name

POST = (
    "Theo Fanpage Đoàn Thanh niên xã Tam Thanh:\n"
    '"Chiều 12/5, Đoàn xã Tam Thanh và Đồn Biên phòng Tam Thanh ký kết chương trình phối hợp giai đoạn 2024-2029. '
    'Cùng ký có anh Hà Minh Quý, Bí thư Đoàn xã và Thiếu tá Lò Văn Sang, Đồn trưởng Đồn Biên phòng Tam Thanh."\n'
    "#TuoiTreTamThanh"
)


def test_a_republished_post_in_quotes_keeps_its_signers_and_their_titles():
    # (the quotation marks alone dropped every person of the post)
    facts = extract("Tin vắn\n" + POST, "2024-05-13", "Sơn La")
    assert positions_by_name(facts) == {
        "Hà Minh Quý": ["Bí thư Đoàn xã"],
        "Lò Văn Sang": ["Đồn trưởng Đồn Biên phòng Tam Thanh"],
    }


def test_a_quoted_sentence_of_one_attendee_names_him():
    text = 'Tin vắn\n"Dự lễ có ông Vì Văn Cường, Chủ tịch Ủy ban MTTQ Việt Nam huyện."'
    facts = extract(text, "2024-05-13", "Sơn La")
    assert list(positions_by_name(facts)) == ["Vì Văn Cường"]


def test_control_the_post_s_signing_is_read_as_before():
    facts = extract("Tin vắn\n" + POST, "2024-05-13", "Sơn La")
    # (the youth union by the full name the credit line gives it)
    assert party_sets(facts) == [("Đoàn Thanh niên xã Tam Thanh", "Đồn Biên phòng Tam Thanh")]


def test_control_a_prize_named_after_a_person_in_quotes_names_no_person():
    text = (
        'Tin vắn\nSáng 12/5, Đoàn xã Tam Thanh trao giải thưởng "Lý Tự Trọng" cho 5 đoàn viên. Dự có anh Hà Minh '
        "Quý, Bí thư Đoàn xã."
    )
    facts = extract(text, "2024-05-13", "Sơn La")
    assert list(positions_by_name(facts)) == ["Hà Minh Quý"]
