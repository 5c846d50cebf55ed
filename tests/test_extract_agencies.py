"""Agency grammar: heads, units, levels, places, lists, titles, sectors."""

from phoihop.extract.agencies import find_agencies, merge_key


def _names(text, extra=None, keep_titles=False):
    return [(a.canonical, a.sector) for a in find_agencies(text, extra) if keep_titles or not a.in_title]


def test_compound_names_with_abbreviations_spelled_out():
    text = ("Ban cán sự Đảng UBND tỉnh, Ban Chỉ huy Quân sự huyện Lý Nhân, Ban Thường trực UBMTTQ Việt Nam "
            "tỉnh Lào Cai, Đảng ủy BĐBP tỉnh, Ban Dân vận Huyện ủy Châu Thành và Bộ CHQS tỉnh.")
    assert _names(text) == [
        ("Ban cán sự Đảng Ủy ban nhân dân tỉnh", "party"), ("Ban Chỉ huy Quân sự huyện Lý Nhân", "military"),
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "front"),
        ("Đảng ủy Bộ đội Biên phòng tỉnh", "party"), ("Ban Dân vận Huyện ủy Châu Thành", "party"),
        ("Bộ Chỉ huy Quân sự tỉnh", "military")]


def test_a_list_sharing_its_level_word():
    text = "Công an, Bộ Chỉ huy Quân sự và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang ký kết."
    assert _names(text) == [("Công an tỉnh Kiên Giang", "police"), ("Bộ Chỉ huy Quân sự tỉnh Kiên Giang", "military"),
                            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "military")]


def test_a_list_sharing_its_head():
    text = "Công an các quận 3, 5, Gò Vấp cùng thành phố Thủ Đức ký kết."
    assert [n for n, _ in _names(text)] == ["Công an quận 3", "Công an quận 5", "Công an quận Gò Vấp",
                                           "Công an thành phố Thủ Đức"]


def test_a_unit_shared_over_committees():
    text = "Dự có Thường trực Huyện ủy Bảo Thắng, Huyện ủy Bát Xát."
    assert [n for n, _ in _names(text)] == ["Thường trực Huyện ủy Bảo Thắng", "Thường trực Huyện ủy Bát Xát"]


def test_central_bodies_and_named_units():
    text = ("Nghị định của Chính phủ về phối hợp giữa Bộ Công an và Bộ Quốc phòng; Bộ Tư lệnh Vùng Cảnh sát biển 3, "
            "Quân khu 9, Đồn Biên phòng Săm Mứn, Báo Lào Cai, Đài Phát thanh - Truyền hình tỉnh, Sở Nông nghiệp và "
            "Phát triển nông thôn, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ.")
    assert _names(text) == [
        ("Chính phủ", "state"), ("Bộ Công an", "police"), ("Bộ Quốc phòng", "military"),
        ("Bộ Tư lệnh Vùng Cảnh sát biển 3", "military"), ("Quân khu 9", "military"),
        ("Đồn Biên phòng Săm Mứn", "military"), ("Báo Lào Cai", "party"),
        ("Đài Phát thanh - Truyền hình tỉnh", "state"), ("Sở Nông nghiệp và Phát triển nông thôn", "state"),
        ("Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", "party")]


def test_titles_generic_categories_and_laws_are_not_agencies():
    text = ("Chủ tịch HĐND tỉnh Nguyễn Văn A phát biểu; các cơ quan nhà nước, lực lượng vũ trang tỉnh, "
            "các Huyện ủy, lực lượng Công an, UBND các xã; Luật Mặt trận Tổ quốc Việt Nam; Tỉnh ủy viên.")
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
    text = ("Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban CH PTKV 2 - Đông Triều, Đảng ủy Công an tỉnh và "
            "Bộ Tư lệnh Thủ đô Hà Nội; Công an các xã, phường.")
    assert _names(text) == [("Ban Tuyên giáo và Dân vận Tỉnh ủy", "party"),
                            ("Ban Chỉ huy Phòng thủ khu vực 2 - Đông Triều", "military"),
                            ("Đảng ủy Công an tỉnh", "party"), ("Bộ Tư lệnh Thủ đô Hà Nội", "military")]


def test_place_names_stop_before_a_person_name():
    found = find_agencies("Chủ tịch UBND huyện Nguyễn Văn Bình phát biểu")
    assert [a.canonical for a in found] == ["Ủy ban nhân dân huyện"] and found[0].in_title
