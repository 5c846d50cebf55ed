"""Agency classes of the third round on real news pages (made-up sentences): bodies named after their
parent, shared heads before bodies, units of listed bodies."""

from __future__ import annotations

from phoihop.extract.agencies import find_agencies
from phoihop.extract.article import Article
from phoihop.extract.normalize import normalize
from phoihop.extract.pipeline import extract_article


def _agencies(text: str, province: str | None = "Hà Giang", published: str = "2023-05-10"):
    facts = extract_article(Article("t", text, published=published, province=province))
    return sorted((a.name, a.sector) for a in facts.agencies)


def _names(text):
    return [(a.canonical, a.sector) for a in find_agencies(normalize(text).text) if not a.in_title]


# --- bodies named after their parent, then by their short form -------------------------------------


def test_secretariat_full_name_and_its_short_form_are_one_body():
    text = (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 2/3/2019 của Ban Bí thư TW Đảng, UBND tỉnh ban hành kế hoạch. "
        "Chỉ thị của Ban Bí thư được triển khai rộng rãi."
    )
    assert ("Ban Bí thư Trung ương Đảng", "party") in _agencies(text)
    assert ("Ban Bí thư", "party") not in _agencies(text)


def test_military_procuracy_named_after_its_military_region():
    text = (
        "Sáng 3/5, Viện kiểm sát quân sự Quân khu 3 ký kết quy chế phối hợp với Viện KSND tỉnh. "
        "Theo quy chế, Viện kiểm sát quân sự và Viện KSND tỉnh trao đổi thông tin."
    )
    assert _agencies(text) == [("Viện Kiểm sát nhân dân tỉnh", "state"), ("Viện kiểm sát quân sự Quân khu 3", "state")]


# --- a unit before a list of named bodies -----------------------------------------------------------


def test_unit_before_a_plural_list_of_stations_is_each_stations_unit():
    text = "Dự lễ có Ban Chỉ huy các Đồn Biên phòng Hòn Khoai, Rạch Gốc, Khánh Hội, lãnh đạo các ban ngành."
    assert _names(text) == [
        ("Ban Chỉ huy Đồn Biên phòng Hòn Khoai", "military"),
        ("Ban Chỉ huy Đồn Biên phòng Rạch Gốc", "military"),
        ("Ban Chỉ huy Đồn Biên phòng Khánh Hội", "military"),
    ]


def test_stations_list_stops_at_a_person_or_another_body():
    text = "Đồn Biên phòng Rạch Gốc, Nguyễn Văn Tám và Đồn Biên phòng Khánh Hội, Bộ CHQS tỉnh dự."
    assert _names(text) == [
        ("Đồn Biên phòng Rạch Gốc", "military"),
        ("Đồn Biên phòng Khánh Hội", "military"),
        ("Bộ Chỉ huy Quân sự tỉnh", "military"),
    ]


def test_place_ending_in_hoi_before_a_comma_is_no_association():
    text = "Công an phường Tân Hội, Công an xã Phú Hội và Hội Nông dân xã dự."
    assert _names(text) == [
        ("Công an phường Tân Hội", "police"),
        ("Công an xã Phú Hội", "police"),
        ("Hội Nông dân xã", "front"),
    ]


def test_police_station_named_after_its_industrial_zone():
    text = "Công an tỉnh, Đồn Công an Khu công nghiệp Tân Phú và Đồn Công an KCN Long Đức cùng dự."
    assert _names(text) == [
        ("Công an tỉnh", "police"),
        ("Đồn Công an Khu công nghiệp Tân Phú", "police"),
        ("Đồn Công an Khu công nghiệp Long Đức", "police"),
    ]


# --- a unit of a counted body whose members the article lists -----------------------------------------


def test_unit_of_a_counted_body_is_the_unit_of_each_listed_member():
    text = (
        "Công an 3 tỉnh gồm: Cà Mau, Bạc Liêu và Sóc Trăng vừa họp.\n\n"
        "Phòng Cảnh sát kinh tế Công an 3 tỉnh ký kết kế hoạch phối hợp."
    )
    names = _names(text)
    assert ("Phòng Cảnh sát kinh tế Công an tỉnh Bạc Liêu", "police") in names
    assert len([n for n, _ in names if n.startswith("Phòng Cảnh sát kinh tế")]) == 3


def test_counted_body_with_its_own_places_or_another_count_is_left_alone():
    text = (
        "Hội Nông dân các huyện Mường Tè, Sìn Hồ dự.\n\n"
        "Ban Thường vụ Hội Nông dân 2 tỉnh Lai Châu và Điện Biên ký kết; Văn phòng Hội Nông dân 5 huyện dự."
    )
    names = [n for n, _ in _names(text)]
    assert not any(n.startswith(("Ban Thường vụ Hội Nông dân huyện", "Văn phòng Hội Nông dân huyện")) for n in names)


# --- lists of places under one head -------------------------------------------------------------------


def test_listed_place_may_bring_its_own_level_word():
    text = "Đại diện Hội Nông dân các huyện: Mường Tè, Sìn Hồ, thị xã Sa Pa và thành phố Lai Châu dự."
    assert _names(text) == [
        ("Hội Nông dân huyện Mường Tè", "front"),
        ("Hội Nông dân huyện Sìn Hồ", "front"),
        ("Hội Nông dân thị xã Sa Pa", "front"),
        ("Hội Nông dân thành phố Lai Châu", "front"),
    ]


def test_committee_list_does_not_take_a_commune_as_a_member():
    text = "Huyện ủy Mường Tè, Sìn Hồ, xã Pa Ủ cùng dự."
    assert [n for n, _ in _names(text)] == ["Huyện ủy Mường Tè", "Huyện ủy Sìn Hồ"]


def test_title_before_a_spread_list_covers_every_member():
    text = "Dự có các đồng chí Chủ tịch Hội Nông dân các huyện Mường Tè, Sìn Hồ và Phong Thổ."
    assert _names(text) == []


# --- branches of listed bodies -------------------------------------------------------------------------


def test_counted_branch_word_before_a_list_names_each_bodys_branch():
    text = "Lễ ký kết nghĩa giữa 3 chi đoàn: Sở Tài chính, Công an, Kho bạc Nhà nước tỉnh Bến Tre diễn ra sáng nay."
    assert _names(text) == [
        ("Chi đoàn Sở Tài chính", "front"),
        ("Chi đoàn Công an tỉnh Bến Tre", "front"),
        ("Chi đoàn Kho bạc Nhà nước tỉnh Bến Tre", "front"),
    ]
