"""Agency classes seen on real news pages (made-up sentences): body types, abbreviations, place lists."""

from phoihop.extract import lexicon
from phoihop.extract.agencies import find_agencies
from phoihop.extract.normalize import normalize


def _names(text):
    return [(a.canonical, a.sector) for a in find_agencies(normalize(text).text) if not a.in_title]


def test_regional_and_military_procuracies_and_courts_of_2025():
    text = (
        "Sáng 4/2, Viện KSQS khu vực 61 ký kết với Viện KSND Khu vực 5 - Đắk Lắk và "
        "Tòa án nhân dân khu vực 2 – Huế; Viện KSND tối cao chỉ đạo."
    )
    assert _names(text) == [
        ("Viện Kiểm sát quân sự khu vực 61", "state"),
        ("Viện Kiểm sát nhân dân Khu vực 5 - Đắk Lắk", "state"),
        ("Tòa án nhân dân khu vực 2 - Huế", "state"),
        ("Viện Kiểm sát nhân dân tối cao", "state"),
    ]


def test_national_assembly_bodies_and_police_commands():
    text = (
        "Bộ CA cùng Hội đồng Dân tộc của Quốc hội và Ủy ban Pháp luật của Quốc hội làm việc với "
        "Bộ Tư lệnh Cảnh vệ, Bộ Tư lệnh Cảnh sát cơ động."
    )
    assert _names(text) == [
        ("Bộ Công an", "police"),
        ("Hội đồng Dân tộc của Quốc hội", "state"),
        ("Ủy ban Pháp luật của Quốc hội", "state"),
        ("Bộ Tư lệnh Cảnh vệ", "police"),
        ("Bộ Tư lệnh Cảnh sát cơ động", "police"),
    ]


def test_army_formations_departments_ports_and_press():
    text = (
        "Lữ đoàn công binh 83, Quân đoàn 12, Đoàn Kinh tế - Quốc phòng 345, Cục Hàng không Việt Nam về dự, "
        "Vụ Pháp chế cùng Cảng vụ Hàng hải Cần Thơ, Báo Quân đội nhân dân và Tạp chí Cộng sản."
    )
    assert _names(text) == [
        ("Lữ đoàn công binh 83", "military"),
        ("Quân đoàn 12", "military"),
        ("Đoàn Kinh tế - Quốc phòng 345", "military"),
        ("Cục Hàng không Việt Nam", "state"),
        ("Vụ Pháp chế", "state"),
        ("Cảng vụ Hàng hải Cần Thơ", "state"),
        ("Báo Quân đội nhân dân", "military"),
        ("Tạp chí Cộng sản", "party"),
    ]


def test_abbreviations_outside_the_table():
    text = "BTL Vùng CSB 2, CATP Cần Thơ, Hội Cựu CAND huyện Phú Tân và BTV Hội LHPN tỉnh dự."
    assert _names(text) == [
        ("Bộ Tư lệnh Vùng Cảnh sát biển 2", "military"),
        ("Công an thành phố Cần Thơ", "police"),
        ("Hội Cựu Công an nhân dân huyện Phú Tân", "front"),
        ("Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh", "front"),
    ]


def test_all_caps_commander_is_not_trung_uong():
    assert lexicon.expand_abbreviations("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG") == "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG"
    assert lexicon.expand_abbreviations("Ban Bí thư TƯ Đoàn") == "Ban Bí thư Trung ương Đoàn"


def test_gazetteer_knows_communes_with_apostrophes_and_new_wards():
    assert lexicon.is_place("Ia Pnôn") and lexicon.is_place("Ch’Ơm") and lexicon.is_place("Bà Rịa - Vũng Tàu")
    assert not lexicon.is_place("Nguyễn Văn") and not lexicon.is_place("Bộ Tư")


def test_a_head_shared_by_a_list_of_places():
    text = "Chiều 3/6, Bộ đội Biên phòng tỉnh Điện Biên phối hợp với Huyện ủy Mường Nhé, Nậm Pồ và Điện Biên Đông."
    assert [n for n, _ in _names(text)] == [
        "Bộ đội Biên phòng tỉnh Điện Biên",
        "Huyện ủy Mường Nhé",
        "Huyện ủy Nậm Pồ",
        "Huyện ủy Điện Biên Đông",
    ]


def test_a_shared_head_with_level_and_parenthesised_notes():
    text = "Đảng ủy xã Ia Pnôn, Ia Dom (Đức Cơ) và Ia Nan ký kết."
    assert [n for n, _ in _names(text)] == ["Đảng ủy xã Ia Pnôn", "Đảng ủy xã Ia Dom", "Đảng ủy xã Ia Nan"]


def test_a_counted_level_or_colon_list_after_a_head():
    text = (
        "Công an 3 tỉnh, thành phố gồm: TP. Đà Nẵng, Quảng Nam, Kon Tum và Cảng vụ Hàng hải các tỉnh, thành: "
        "Quy Nhơn, Nha Trang ký kết."
    )
    assert [n for n, _ in _names(text)] == [
        "Công an thành phố Đà Nẵng",
        "Công an tỉnh Quảng Nam",
        "Công an tỉnh Kon Tum",
        "Cảng vụ Hàng hải Quy Nhơn",
        "Cảng vụ Hàng hải Nha Trang",
    ]


def test_a_province_after_a_district_locates_it():
    text = "Công an huyện Đức Cơ, Gia Lai và Ủy ban nhân dân xã Ia Nan, huyện Đức Cơ làm việc."
    assert [n for n, _ in _names(text)] == ["Công an huyện Đức Cơ", "Ủy ban nhân dân xã Ia Nan"]
