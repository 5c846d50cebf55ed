"""Agency grammar: heads, units, levels, places, lists, titles, sectors."""

from phoihop.extract.agencies import find_agencies, merge_key


def _names(text, extra=None, keep_titles=False):
    return [(a.canonical, a.sector) for a in find_agencies(text, extra) if keep_titles or not a.in_title]


def test_compound_names_with_abbreviations_spelled_out():
    text = (
        "Ban cán sự Đảng UBND tỉnh, Ban Chỉ huy Quân sự huyện Lý Nhân, Ban Thường trực UBMTTQ Việt Nam "
        "tỉnh Lào Cai, Đảng ủy BĐBP tỉnh, Ban Dân vận Huyện ủy Châu Thành và Bộ CHQS tỉnh."
    )
    assert _names(text) == [
        ("Ban cán sự Đảng Ủy ban nhân dân tỉnh", "party"),
        ("Ban Chỉ huy Quân sự huyện Lý Nhân", "military"),
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "front"),
        ("Đảng ủy Bộ đội Biên phòng tỉnh", "party"),
        ("Ban Dân vận Huyện ủy Châu Thành", "party"),
        ("Bộ Chỉ huy Quân sự tỉnh", "military"),
    ]


def test_a_list_sharing_its_level_word():
    text = "Công an, Bộ Chỉ huy Quân sự và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang ký kết."
    assert _names(text) == [
        ("Công an tỉnh Kiên Giang", "police"),
        ("Bộ Chỉ huy Quân sự tỉnh Kiên Giang", "military"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "military"),
    ]


def test_a_list_sharing_its_head():
    text = "Công an các quận 3, 5, Gò Vấp cùng thành phố Thủ Đức ký kết."
    assert [n for n, _ in _names(text)] == [
        "Công an quận 3",
        "Công an quận 5",
        "Công an quận Gò Vấp",
        "Công an thành phố Thủ Đức",
    ]


def test_a_unit_shared_over_committees():
    text = "Dự có Thường trực Huyện ủy Bảo Thắng, Huyện ủy Bát Xát."
    assert [n for n, _ in _names(text)] == ["Thường trực Huyện ủy Bảo Thắng", "Thường trực Huyện ủy Bát Xát"]


def test_central_bodies_and_named_units():
    text = (
        "Nghị định của Chính phủ về phối hợp giữa Bộ Công an và Bộ Quốc phòng; Bộ Tư lệnh Vùng Cảnh sát biển 3, "
        "Quân khu 9, Đồn Biên phòng Săm Mứn, Báo Lào Cai, Đài Phát thanh - Truyền hình tỉnh, Sở Nông nghiệp và "
        "Phát triển nông thôn, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ."
    )
    assert _names(text) == [
        ("Chính phủ", "state"),
        ("Bộ Công an", "police"),
        ("Bộ Quốc phòng", "military"),
        ("Bộ Tư lệnh Vùng Cảnh sát biển 3", "military"),
        ("Quân khu 9", "military"),
        ("Đồn Biên phòng Săm Mứn", "military"),
        ("Báo Lào Cai", "party"),
        ("Đài Phát thanh - Truyền hình tỉnh", "state"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "state"),
        ("Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", "party"),
    ]


def test_titles_generic_categories_and_laws_are_not_agencies():
    text = (
        "Chủ tịch HĐND tỉnh Nguyễn Văn A phát biểu; các cơ quan nhà nước, lực lượng vũ trang tỉnh, "
        "các Huyện ủy, lực lượng Công an, UBND các xã; Luật Mặt trận Tổ quốc Việt Nam; Tỉnh ủy viên."
    )
    assert _names(text) == []
    assert ("Hội đồng nhân dân tỉnh", "state") in _names(text, keep_titles=True)


def test_article_defined_abbreviation_masks_and_expands():
    text = "Ban Chỉ huy PTKV 2 và Bộ Chỉ huy quân sự tỉnh Sơn La"
    names = _names(text, {"PTKV": "Phòng thủ khu vực"})
    assert ("Bộ Chỉ huy quân sự tỉnh Sơn La", "military") in names


def test_merge_key_joins_variants_of_one_body():
    assert merge_key("Công an tỉnh Quảng Nam", "Quảng Nam") == merge_key("Công an tỉnh", "Quảng Nam")
    assert merge_key("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None) == merge_key("Ủy ban Mặt trận Tổ quốc tỉnh", None)
    assert merge_key("Công an huyện", "Quảng Nam") != merge_key("Công an tỉnh", "Quảng Nam")


def test_post_2025_bodies():
    text = (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban CH PTKV 2 - Đông Triều, Đảng ủy Công an tỉnh và "
        "Bộ Tư lệnh Thủ đô Hà Nội; Công an các xã, phường."
    )
    assert _names(text) == [
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "party"),
        ("Ban Chỉ huy Phòng thủ khu vực 2 - Đông Triều", "military"),
        ("Đảng ủy Công an tỉnh", "party"),
        ("Bộ Tư lệnh Thủ đô Hà Nội", "military"),
    ]


def test_place_names_stop_before_a_person_name():
    found = find_agencies("Chủ tịch UBND huyện Nguyễn Văn Bình phát biểu")
    assert [a.canonical for a in found] == ["Ủy ban nhân dân huyện"] and found[0].in_title


# --- class 1: central bodies keep their "Trung ương" / "Bộ Tư lệnh" head and get no level word ------------


def test_central_mass_organisations_keep_their_trung_uong_head():
    text = (
        "Trung ương Hội Nông dân Việt Nam, TW Hội LHPN Việt Nam và Ban Chấp hành Trung ương Hội Cựu chiến "
        "binh Việt Nam làm việc với Hội Nông dân tỉnh."
    )
    assert _names(text) == [
        ("Trung ương Hội Nông dân Việt Nam", "front"),
        ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "front"),
        ("Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam", "front"),
        ("Hội Nông dân tỉnh", "front"),
    ]


def test_trung_uong_alone_is_not_an_agency_but_trung_uong_doan_is():
    assert _names("Thực hiện văn bản của Trung ương, của tỉnh về công tác dân vận.") == []
    assert _names("Trung ương Đoàn phối hợp với Bộ Công an.") == [
        ("Trung ương Đoàn", "front"),
        ("Bộ Công an", "police"),
    ]


def test_central_commands_are_military_and_take_no_provincial_level():
    text = (
        "Bộ Tư lệnh Cảnh sát biển, Bộ Tư lệnh BĐBP và Công an tỉnh Cà Mau ký kết; dự có Bộ Tư lệnh "
        "Quân khu 5, Quân khu 3, Bộ Tư lệnh Hải quân, Bộ Quốc phòng, Bộ Công an."
    )
    names = _names(text)
    assert names == [
        ("Bộ Tư lệnh Cảnh sát biển", "military"),
        ("Bộ Tư lệnh Bộ đội Biên phòng", "military"),
        ("Công an tỉnh Cà Mau", "police"),
        ("Bộ Tư lệnh Quân khu 5", "military"),
        ("Quân khu 3", "military"),
        ("Bộ Tư lệnh Hải quân", "military"),
        ("Bộ Quốc phòng", "military"),
        ("Bộ Công an", "police"),
    ]
    assert not any("Bộ đội Biên phòng tỉnh" in n for n, _ in names)


def test_central_front_and_party_bodies():
    text = (
        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Ban Chấp hành Trung ương Đảng; "
        "Bộ Tư lệnh Cảnh sát biển Việt Nam."
    )
    assert _names(text) == [
        ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front"),
        ("Ban Chấp hành Trung ương Đảng", "party"),
        ("Bộ Tư lệnh Cảnh sát biển Việt Nam", "military"),
    ]


# --- class 2: district and commune bodies keep their own place -----------------------------------------------


def test_places_after_local_level_words_need_no_known_list():
    text = (
        "Ban Dân vận Huyện ủy Krông Bông, Đảng ủy xã Đoàn Kết, Ủy ban nhân dân phường Hòa Cường Bắc, "
        "Quận ủy Ngũ Hành Sơn, Thị ủy Ba Đồn, Hội Nông dân thị trấn Thường Xuân và Công an xã Ngọc Liên."
    )
    assert [n for n, _ in _names(text)] == [
        "Ban Dân vận Huyện ủy Krông Bông",
        "Đảng ủy xã Đoàn Kết",
        "Ủy ban nhân dân phường Hòa Cường Bắc",
        "Quận ủy Ngũ Hành Sơn",
        "Thị ủy Ba Đồn",
        "Hội Nông dân thị trấn Thường Xuân",
        "Công an xã Ngọc Liên",
    ]


def test_front_committee_keeps_viet_nam_and_its_place():
    text = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn và Ủy ban MTTQ VN huyện Cao Lộc ký kết."
    assert _names(text) == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn", "front"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cao Lộc", "front"),
    ]


def test_a_three_syllable_person_name_is_not_a_place():
    found = find_agencies("Phó Chủ tịch UBND xã Trần Thị Hồng Nhung phát biểu; Đảng ủy phường Lê Lợi dự.")
    assert [a.canonical for a in found] == ["Ủy ban nhân dân xã", "Đảng ủy phường Lê Lợi"]


def test_hai_and_ba_start_a_place_but_not_a_phrase():
    assert [n for n, _ in _names("Công an huyện Ba Vì và Đồn Biên phòng Hai Bà Trưng.")] == [
        "Công an huyện Ba Vì",
        "Đồn Biên phòng Hai Bà Trưng",
    ]
    assert [n for n, _ in _names("Ban Dân vận Huyện ủy Ba bên cùng thống nhất.")] == ["Ban Dân vận Huyện ủy"]


# --- class 3: "và" inside compound heads ----------------------------------------------------------------------


def test_merged_propaganda_and_mass_mobilisation_boards_at_every_level():
    text = (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh và Ban Tuyên giáo và Dân vận Huyện ủy Quỳnh Lưu ký kết "
        "với Sở Dân tộc và Tôn giáo."
    )
    assert _names(text) == [
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh", "party"),
        ("Ban Tuyên giáo và Dân vận Huyện ủy Quỳnh Lưu", "party"),
        ("Sở Dân tộc và Tôn giáo", "state"),
    ]


# --- class 6: post-2025 and border bodies ----------------------------------------------------------------------


def test_area_defence_border_posts_and_local_commands():
    text = (
        "Ban Chỉ huy Phòng thủ khu vực 3 - Thạch Thành, Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo, "
        "Đảng ủy Quân sự tỉnh, Ban Chỉ huy Quân sự xã Tân Hiệp, Công an xã Phú Mỹ, Cảnh sát biển vùng 4, "
        "Tỉnh đoàn, Thành đoàn Cần Thơ và Huyện đoàn Mỹ Đức."
    )
    assert _names(text) == [
        ("Ban Chỉ huy Phòng thủ khu vực 3 - Thạch Thành", "military"),
        ("Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo", "military"),
        ("Đảng ủy Quân sự tỉnh", "party"),
        ("Ban Chỉ huy Quân sự xã Tân Hiệp", "military"),
        ("Công an xã Phú Mỹ", "police"),
        ("Cảnh sát biển vùng 4", "military"),
        ("Tỉnh đoàn", "front"),
        ("Thành đoàn Cần Thơ", "front"),
        ("Huyện đoàn Mỹ Đức", "front"),
    ]


def test_a_place_does_not_start_on_the_next_line_and_tp_may_touch_it():
    text = "Ban Dân vận Huyện ủy ký kết với Đảng ủy xã\n\nThực hiện chương trình, Công an TP.Cần Thơ báo cáo."
    assert [n for n, _ in _names(text)] == ["Ban Dân vận Huyện ủy", "Đảng ủy xã", "Công an Thành phố Cần Thơ"]


def test_no_name_runs_on_over_a_paragraph_s_end():
    # a headline ending in "Hội" and a paragraph opening "Tại tỉnh X," are no "Hội Tại tỉnh X"
    from phoihop.extract.agencies import find_agencies

    text = "Phối hợp lan tỏa hoạt động Hội\n\nTại tỉnh Bình Dương, Hội Phụ nữ Bệnh viện Quân y 4 tổ chức Lễ ký kết."
    assert [a.canonical for a in find_agencies(text)] == ["Hội Phụ nữ Bệnh viện Quân y 4"]


def test_a_party_committee_in_lower_case_before_its_place():
    from phoihop.extract.agencies import find_agencies

    text = "Đại diện huyện ủy Đakrông và thành ủy Hội An dự hội nghị của cấp ủy."
    assert [a.canonical for a in find_agencies(text)] == ["Huyện ủy Đakrông", "Thành ủy Hội An"]


def test_a_party_committee_in_lower_case_listed_before_a_body():
    # "tham mưu cho tỉnh ủy, UBND tỉnh": a list member; not an item of a list of levels ("các huyện, thị, thành ủy"),
    # nor a member of a generic list ("huyện ủy, Thành ủy, UBND các huyện, thành phố")
    from phoihop.extract.agencies import find_agencies

    def names(text):
        return [a.canonical for a in find_agencies(text)]

    assert names("Ban Chỉ huy BĐBP tỉnh tham mưu cho tỉnh ủy, UBND tỉnh.") == [
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
        "Tỉnh ủy",
        "Ủy ban nhân dân tỉnh",
    ]
    assert "Thành ủy" not in names("Hai phòng hướng dẫn Ban Dân vận các huyện, thị, thành ủy, Phòng Tư pháp huyện.")
    assert names("Dự có lãnh đạo huyện ủy, Thành ủy, UBND các huyện, thành phố.") == []
