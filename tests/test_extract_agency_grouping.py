"""Agency classes of the second round on real news pages (made-up sentences): shared levels and heads of
lists, the name a group goes by, names to reject."""

from __future__ import annotations

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _agencies(text: str, province: str | None = "Hà Giang", published: str = "2023-05-10"):
    facts = extract_article(Article("t", text, published=published, province=province))
    return sorted((a.name, a.sector) for a in facts.agencies)


# --- a shared level at the end of a list of mass organisations ------------------------------------


def test_mass_organisations_share_the_level_that_ends_their_list():
    text = "Sáng 5/5, UBND tỉnh ký quy chế phối hợp với Hội Nông dân, Hội Cựu chiến binh, Hội LHPN và LĐLĐ tỉnh."
    assert _agencies(text) == sorted(
        [
            ("Ủy ban nhân dân tỉnh", "state"),
            ("Hội Nông dân tỉnh", "front"),
            ("Hội Cựu chiến binh tỉnh", "front"),
            ("Hội Liên hiệp Phụ nữ tỉnh", "front"),
            ("Liên đoàn Lao động tỉnh", "front"),
        ]
    )


def test_bracketed_short_forms_do_not_break_a_shared_placed_level():
    text = "Hội Cựu chiến binh (CCB) và Hội Cựu Công an nhân dân (CAND) huyện Bắc Mê vừa ký kết chương trình phối hợp."
    assert _agencies(text) == [
        ("Hội Cựu Công an nhân dân huyện Bắc Mê", "front"),
        ("Hội Cựu chiến binh huyện Bắc Mê", "front"),
    ]


def test_association_before_another_kind_of_body_takes_only_a_placed_level():
    assert _agencies("Hội Nông dân và Bộ CHQS tỉnh Cao Bằng ký kết chương trình.", province="Hà Giang") == [
        ("Bộ Chỉ huy Quân sự tỉnh Cao Bằng", "military"),
        ("Hội Nông dân tỉnh Cao Bằng", "front"),
    ]
    assert ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "front") in _agencies(
        "Đoàn TNCS Hồ Chí Minh và Bộ Chỉ huy Quân sự tỉnh ký kết chương trình."
    )


def test_national_association_keeps_its_national_name():
    assert ("Hội Nông dân Việt Nam", "front") in _agencies(
        "Hội Nông dân Việt Nam và Hội Cựu chiến binh tỉnh ký kết chương trình."
    )


# --- Front committee spellings -----------------------------------------------------------------------


def test_front_committee_spellings_keep_the_committee():
    text = (
        "Ban Thường trực Ủy ban MTTQVN huyện Vị Xuyên ký kết với Công an huyện Vị Xuyên; "
        "UB MTTQ Việt Nam xã Thanh Thủy và Ủy ban TW MTTQ Việt Nam cùng dự."
    )
    assert _agencies(text) == sorted(
        [
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vị Xuyên", "front"),
            ("Công an huyện Vị Xuyên", "police"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Thủy", "front"),
            ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front"),
        ]
    )


# --- places that open with a word of a body's name; the name a group goes by ------------------------


def test_district_name_opening_with_hoi_is_a_place():
    assert _agencies(
        "Sáng 3/3, Ban Dân vận Thành ủy Hội An ký kết với Hội Nông dân TP.Hội An.", province="Quảng Nam"
    ) == [("Ban Dân vận Thành ủy Hội An", "party"), ("Hội Nông dân Thành phố Hội An", "front")]


def test_form_naming_the_province_beats_a_bare_level_word():
    text = (
        "Sáng 2/4, Đảng ủy Bộ đội Biên phòng Hà Giang ký kết quy chế với Huyện ủy Mèo Vạc. "
        "Đảng ủy Bộ đội Biên phòng tỉnh và Huyện ủy Mèo Vạc thống nhất nội dung."
    )
    assert ("Đảng ủy Bộ đội Biên phòng Hà Giang", "party") in _agencies(text)


def test_a_level_word_and_the_province_beat_the_province_alone():
    text = (
        "Hội nghị có lực lượng Quân sự, Công an Hà Giang tham dự. "
        "Công an tỉnh Hà Giang và Bộ CHQS tỉnh báo cáo kết quả."
    )
    assert ("Công an tỉnh Hà Giang", "police") in _agencies(text)


# --- bare committee words before a count, a category or a placed body ------------------------------


def test_committee_before_a_count_of_places_is_no_body():
    names = _agencies("Đảng ủy Bộ CHQS tỉnh ký quy chế với Huyện ủy 3 huyện biên giới.")
    assert names == [("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "party")]


def test_committees_listed_before_a_category_are_no_bodies():
    names = _agencies("Dự có lãnh đạo Bộ CHQS tỉnh, lãnh đạo Huyện ủy, Thành ủy, UBND các huyện, thành phố.")
    assert names == [("Bộ Chỉ huy Quân sự tỉnh", "military")]


def test_bare_committees_share_the_place_of_the_listed_body():
    names = _agencies(
        "Đồn Biên phòng Lũng Cú tham mưu cho Huyện ủy, UBND huyện Đồng Văn và "
        "Đảng ủy, UBND các xã Lũng Cú, Ma Lé triển khai kế hoạch."
    )
    assert names == sorted(
        [
            ("Đồn Biên phòng Lũng Cú", "military"),
            ("Huyện ủy Đồng Văn", "party"),
            ("Ủy ban nhân dân huyện Đồng Văn", "state"),
            ("Đảng ủy xã Lũng Cú", "party"),
            ("Đảng ủy xã Ma Lé", "party"),
            ("Ủy ban nhân dân xã Lũng Cú", "state"),
            ("Ủy ban nhân dân xã Ma Lé", "state"),
        ]
    )


def test_party_committee_listed_before_a_unit_is_the_units_own():
    names = _agencies("Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Cao Bằng đã tham mưu tốt cho cấp ủy.")
    assert ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh Cao Bằng", "party") in names


# --- short forms of one body -----------------------------------------------------------------------


def test_short_form_without_the_parent_or_the_arm_is_the_same_body():
    text = (
        "Sáng 6/6, Lữ đoàn pháo binh 164 và Ủy ban Pháp luật của Quốc hội ký kết chương trình phối hợp. "
        "Lữ đoàn 164 và Ủy ban Pháp luật thống nhất các nội dung."
    )
    assert _agencies(text) == [("Lữ đoàn pháo binh 164", "military"), ("Ủy ban Pháp luật của Quốc hội", "state")]


def test_outlet_in_a_bracketed_dateline_is_no_actor():
    text = (
        "Công an tỉnh ký kết với Hội Nông dân tỉnh\n\n(Báo Hà Giang)- Chiều 2/3, Công an tỉnh và "
        "Hội Nông dân tỉnh ký kết chương trình phối hợp."
    )
    assert _agencies(text) == [("Công an tỉnh", "police"), ("Hội Nông dân tỉnh", "front")]


def test_a_youth_union_goes_by_its_full_name_before_the_committee_word_with_the_province():
    # "Tỉnh Đoàn Ninh Bình" (the headline, a later sentence) and "Đoàn TNCS Hồ Chí Minh tỉnh" (the signing): one body,
    # named in full (the placed committee word won before, though the place is only the article's own province)
    text = (
        "Báo Tiền Phong và Tỉnh Đoàn Ninh Bình ký kết thỏa thuận hợp tác\n\nNgày 29/1, Báo Tiền Phong và Đoàn TNCS Hồ "
        "Chí Minh tỉnh tổ chức Lễ ký kết thỏa thuận hợp tác. Theo đó, Tỉnh Đoàn Ninh Bình sẽ cung cấp thông tin."
    )
    assert ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "front") in _agencies(text, province="Ninh Bình")
