"""The boards that raise or run a fund, and the bodies printed inside a fund's or an award's name, as round s36's
helpers printed them (made-up texts in the image of their pages): "Ban Vận động Quỹ Vì người nghèo huyện Bảo Lâm" is a
body of the Front (with or without quotes round the fund's name), "Ban Quản lý Quỹ Đền ơn đáp nghĩa tỉnh" one of the
State; "Quỹ Xã hội Công đoàn tỉnh" holds no body, nor does "Kỷ niệm chương Vì sự nghiệp Mặt trận Tổ quốc Việt Nam"."""

from _signing_helpers import extract, named_sectors


def _agencies(text):
    return named_sectors(extract(f"Tin\n\n{text}", "2020-11-05", "Lâm Đồng"))


def test_the_front_s_fund_board_of_a_district_is_a_body():
    text = "Chiều 4/11, Ban Vận động Quỹ Vì người nghèo huyện Bảo Lâm bàn giao 12 căn nhà cho hộ khó khăn."
    assert _agencies(text) == {("Ban Vận động Quỹ Vì người nghèo huyện Bảo Lâm", "front")}


def test_the_fund_s_name_in_quotes_gives_the_same_board():
    text = "Ban Vận động Quỹ “Vì người nghèo” tỉnh phát động tháng cao điểm ủng hộ người nghèo."
    assert _agencies(text) == {("Ban Vận động Quỹ Vì người nghèo tỉnh", "front")}


def test_the_board_named_short_by_its_level_and_a_partner_after_cung():
    text = "Bộ Chỉ huy Quân sự tỉnh cùng Ban Vận động Quỹ tỉnh trao 20 suất quà cho gia đình chính sách."
    assert _agencies(text) == {("Bộ Chỉ huy Quân sự tỉnh", "military"), ("Ban Vận động Quỹ tỉnh", "front")}


def test_the_state_s_board_of_the_fund_for_the_families_of_the_fallen():
    text = "Ban Quản lý Quỹ Đền ơn đáp nghĩa tỉnh trao sổ tiết kiệm cho 30 thân nhân liệt sĩ."
    assert _agencies(text) == {("Ban Quản lý Quỹ Đền ơn đáp nghĩa tỉnh", "state")}


def test_a_union_inside_a_fund_s_name_is_no_body():
    text = "Mỗi hộ được Liên đoàn Lao động tỉnh hỗ trợ 20 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh."
    assert _agencies(text) == {("Liên đoàn Lao động tỉnh", "front")}


def test_the_front_inside_an_award_s_name_is_no_body():
    text = "Dịp này, Công an tỉnh trao Kỷ niệm chương Vì sự nghiệp Mặt trận Tổ quốc Việt Nam cho 5 cán bộ."
    assert _agencies(text) == {("Công an tỉnh", "police")}


def test_control_a_body_after_the_fund_s_place_and_a_verb_stays():
    text = "Năm 2020, Quỹ Vì người nghèo tỉnh hỗ trợ Hội Cựu chiến binh huyện Di Linh sửa 8 căn nhà."
    assert ("Hội Cựu chiến binh huyện Di Linh", "front") in _agencies(text)


def test_control_a_body_joined_to_a_fund_by_va_stays():
    text = "Quỹ Bảo trợ trẻ em và Hội Chữ thập đỏ tỉnh trao 100 suất học bổng."
    assert _agencies(text) == {("Hội Chữ thập đỏ tỉnh", "front")}


def test_control_another_fund_s_board_is_not_cut_to_its_first_words():
    text = "Ban Quản lý Quỹ Khuyến học Việt Nam trao 50 suất học bổng cho học sinh."
    assert not any(name.startswith("Ban Quản lý Quỹ") for name, _ in _agencies(text))
