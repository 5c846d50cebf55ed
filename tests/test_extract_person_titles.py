"""Error classes of person / title segmentation found on real news pages (made-up sentences)."""

from phoihop.extract.normalize import normalize
from phoihop.extract.persons import find_persons
from phoihop.extract.sentences import split_sentences


def _persons(text):
    text = normalize(text).text
    return [(p.name, p.positions) for p in find_persons(text, split_sentences(text))]


def test_a_short_form_before_the_name_is_no_name_syllable():
    # "CA" ends the title; its "A" does not start the name.
    assert _persons("Bộ trưởng Bộ CA Trịnh Văn Hào dự lễ.") == [("Trịnh Văn Hào", ["Bộ trưởng Bộ Công an"])]


def test_short_forms_outside_the_shared_table_are_spelled_out_in_titles():
    text = (
        "Dự có Đại tá Lương Văn Khải, Giám đốc CATP Cần Thơ; ông Mạc Đình Lộc, Phó Chủ tịch HĐDT của QH; "
        "ông Tạ Văn Bình - UVBTV - PBT thường trực huyện ủy."
    )
    assert _persons(text) == [
        ("Lương Văn Khải", ["Giám đốc Công an thành phố Cần Thơ"]),
        ("Mạc Đình Lộc", ["Phó Chủ tịch Hội đồng Dân tộc của Quốc hội"]),
        ("Tạ Văn Bình", ["Ủy viên Ban Thường vụ", "Phó Bí thư thường trực huyện ủy"]),
    ]


def test_the_organisation_of_a_title_runs_on_to_the_clause():
    text = (
        "Thiếu tướng Hà Minh Tuấn, Giám đốc Công an TPHCM đã ký chương trình. "
        "Đồng chí Kiều Văn Lâm, Chánh án Tòa án nhân dân khu vực 5 cùng lãnh đạo đơn vị dự. "
        "Dự có ông Quách Văn An, Tổng Biên tập Tạp chí Văn nghệ Quân đội; ông Lã Văn Tú, Giám đốc Công ty Điện lực Hòa Bình."
    )
    assert _persons(text) == [
        ("Hà Minh Tuấn", ["Giám đốc Công an Thành phố Hồ Chí Minh"]),
        ("Kiều Văn Lâm", ["Chánh án Tòa án nhân dân khu vực 5"]),
        ("Quách Văn An", ["Tổng Biên tập Tạp chí Văn nghệ Quân đội"]),
        ("Lã Văn Tú", ["Giám đốc Công ty Điện lực Hòa Bình"]),
    ]


def test_a_title_stops_at_a_verb_that_is_no_part_of_a_name():
    text = "Ông Đàm Văn Sơn, Chủ tịch UBND tỉnh nhấn mạnh vai trò của lực lượng."
    assert _persons(text) == [("Đàm Văn Sơn", ["Chủ tịch Ủy ban nhân dân tỉnh"])]


def test_standing_committee_membership_without_uy_vien_is_a_title():
    text = (
        "Có mặt có các đồng chí: Đinh Văn Hòa, TVTU, Phó Chủ tịch UBND tỉnh; "
        "Hứa Thị Mai - Thường vụ Tỉnh ủy, Trưởng Ban Dân vận chỉ đạo hội nghị; "
        "Vương Đình Huệ, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư."
    )
    assert _persons(text) == [
        ("Đinh Văn Hòa", ["Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hứa Thị Mai", ["Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận"]),
        ("Vương Đình Huệ", ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"]),
    ]


def test_a_body_named_bo_tu_lenh_is_no_title():
    text = "Phía Bộ Tư lệnh Thủ đô có Đại tá Lò Văn Hưng - Phó Tư lệnh Bộ Tư lệnh Thủ đô cùng lãnh đạo các phòng."
    assert _persons(text) == [("Lò Văn Hưng", ["Phó Tư lệnh Bộ Tư lệnh Thủ đô"])]


def test_a_title_before_a_dash_and_a_form_of_address():
    text = "Chủ tịch Hội Nông dân tỉnh Yên Bái - đồng chí Giàng A Chu ký kết chương trình."
    assert _persons(text) == [("Giàng A Chu", ["Chủ tịch Hội Nông dân tỉnh Yên Bái"])]


def test_army_unit_commanders_and_former_posts():
    text = (
        "Dự có đại tá Phùng Văn Mạnh - Lữ trưởng Lữ đoàn 210; Thượng tướng Lê Văn Khang, "
        "nguyên Thứ trưởng Bộ Quốc phòng."
    )
    assert _persons(text) == [
        ("Phùng Văn Mạnh", ["Lữ trưởng Lữ đoàn 210"]),
        ("Lê Văn Khang", ["nguyên Thứ trưởng Bộ Quốc phòng"]),
    ]


def test_a_title_chain_goes_to_the_person_it_stands_before():
    # "; T1, T2, rank NAME2": the chain after the semicolon is NAME2's, not NAME1's
    text = (
        "Dự có Ủy viên Trung ương Đảng, Tư lệnh BĐBP, Trung tướng Lý Văn Hải; Bí thư Đảng ủy, Chính ủy BĐBP, "
        "thiếu tướng Mai Đức Long và Phó Bí thư Tỉnh ủy Tăng Văn Phú chủ trì."
    )
    assert _persons(text) == [
        ("Lý Văn Hải", ["Ủy viên Trung ương Đảng", "Tư lệnh Bộ đội Biên phòng"]),
        ("Mai Đức Long", ["Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng"]),
        ("Tăng Văn Phú", ["Phó Bí thư Tỉnh ủy"]),
    ]


def test_titles_then_a_comma_then_the_name():
    text = "Phó Chủ tịch Thường trực UBND, Trưởng Ban Chỉ đạo 138 quận Ba Đình, Lưu Thị Hạnh phát biểu."
    assert _persons(text) == [
        ("Lưu Thị Hạnh", ["Phó Chủ tịch Thường trực Ủy ban nhân dân", "Trưởng Ban Chỉ đạo 138 quận Ba Đình"])
    ]


def test_a_qualifier_after_a_dash_stays_in_the_title():
    text = "Thiếu tướng Hồ Văn Tâm - Phó Tư lệnh Bộ Tư lệnh Cảnh vệ - Bộ Công an phát biểu."
    assert _persons(text) == [("Hồ Văn Tâm", ["Phó Tư lệnh Bộ Tư lệnh Cảnh vệ - Bộ Công an"])]


def test_highland_names_of_two_and_five_syllables():
    text = (
        "Dự có ông U Nhiên, Phó Bí thư Tỉnh ủy Kon Tum. Hội nghị do Chủ tịch Hội đồng Dân tộc "
        "Y Ngọc Hà Niê Kdăm chủ trì."
    )
    assert _persons(text) == [
        ("U Nhiên", ["Phó Bí thư Tỉnh ủy Kon Tum"]),
        ("Y Ngọc Hà Niê Kdăm", ["Chủ tịch Hội đồng Dân tộc"]),
    ]


def test_a_place_after_a_level_word_is_no_person():
    text = (
        "Dự có các đồng chí Chủ tịch HĐND các xã Kim Sơn, Hưng Lộc; bà Trịnh Thị Hoa, Bí thư Đảng ủy "
        "phường Tân Sơn Hòa, cho rằng. Phó Chủ tịch UBND tỉnh Hoàng Nam dự."
    )
    assert _persons(text) == [
        ("Trịnh Thị Hoa", ["Bí thư Đảng ủy phường Tân Sơn Hòa"]),
        ("Hoàng Nam", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ]


def test_a_shared_title_before_a_colon_list():
    text = (
        "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Vi Văn Tài - Bí thư Đảng ủy phường Hưng Dũng; "
        "Lục Văn Định - Chủ tịch HĐND xã Nghi Lộc."
    )
    assert _persons(text) == [
        ("Vi Văn Tài", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường Hưng Dũng"]),
        ("Lục Văn Định", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội đồng nhân dân xã Nghi Lộc"]),
    ]


def test_a_repeated_bare_title_adds_nothing_and_a_mistyped_name_is_one_person():
    text = (
        "Đại tướng Ninh Văn Hòa, Bộ trưởng Bộ Công an dự. Bộ trưởng Ninh Văn Hòa phát biểu. "
        "Có đại tá Kha Văn Tuấn, Phó Giám đốc Công an tỉnh. Đại tá Kha Văn Tuân, Phó Giám đốc Công an tỉnh "
        "phát biểu. Đại tá Kha Văn Tuân, Phó Giám đốc Công an tỉnh đề nghị."
    )
    names = {(n, tuple(p)) for n, p in _persons(text)}
    assert names == {
        ("Ninh Văn Hòa", ("Bộ trưởng Bộ Công an",)),
        ("Ninh Văn Hòa", ()),
        ("Kha Văn Tuân", ("Phó Giám đốc Công an tỉnh",)),
    }


def test_the_youth_union_of_a_province_is_no_person():
    text = (
        "Phía Tỉnh Đoàn Hà Nam có anh Kiều Văn Toàn - Bí thư Tỉnh Đoàn Hà Nam; anh Châu Văn Hậu – "
        "Phó Bí thư thường trực Tỉnh Đoàn Hà Nam, Chủ nhiệm Ủy ban Kiểm tra Tỉnh Đoàn."
    )
    assert _persons(text) == [
        ("Kiều Văn Toàn", ["Bí thư Tỉnh Đoàn Hà Nam"]),
        ("Châu Văn Hậu", ["Phó Bí thư thường trực Tỉnh Đoàn Hà Nam", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh Đoàn"]),
    ]


def test_a_stage_remark_between_the_name_and_its_titles():
    text = "Trung tướng Đỗ Văn Nghĩa (đứng) - Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng phát biểu."
    assert _persons(text) == [("Đỗ Văn Nghĩa", ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"])]


def test_a_border_post_or_a_city_is_named_by_its_place_and_north_western_family_names():
    text = (
        "Dự có Thiếu tá Lù Văn Hòa, Chính trị viên Đồn Biên phòng Ma Lù Thàng; ông Lỳ A Chừ, "
        "Chủ tịch UBND xã. Thượng tá Đàng Văn Thanh, Trưởng Công an TP Bảo Lộc dự."
    )
    assert _persons(text) == [
        ("Lù Văn Hòa", ["Chính trị viên Đồn Biên phòng Ma Lù Thàng"]),
        ("Lỳ A Chừ", ["Chủ tịch Ủy ban nhân dân xã"]),
        ("Đàng Văn Thanh", ["Trưởng Công an Thành phố Bảo Lộc"]),
    ]


def test_a_title_glued_to_the_name_without_a_comma_is_no_name_syllable():
    # "Ủy" opens the title "Ủy viên …" and is not the last syllable of the name.
    text = "Dự có đ/c Phan Thị Lựu Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chánh án Tòa án nhân dân tỉnh."
    assert _persons(text) == [("Phan Thị Lựu", ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chánh án Tòa án nhân dân tỉnh"])]


def test_vks_in_a_title_is_spelled_out():
    text = "Bà Võ Thị Nga, Viện trưởng VKS khu vực 9 phát biểu."
    assert _persons(text) == [("Võ Thị Nga", ["Viện trưởng Viện Kiểm sát khu vực 9"])]


def test_membership_of_a_district_ward_or_commune_party_committee_is_a_title():
    # "Quận ủy viên", "Thị ủy viên", "Đảng ủy viên" like "Huyện ủy viên", in chains joined by dashes or commas.
    text = (
        "Dự có đồng chí Hà Văn Tuấn - Thị ủy viên - Bí thư Đảng ủy phường; đồng chí Lò Thị Mai, Quận ủy viên, "
        "Chủ tịch HĐND phường; ông Vi Văn Sáng, Đảng ủy viên, Trưởng Công an xã."
    )
    assert _persons(text) == [
        ("Hà Văn Tuấn", ["Thị ủy viên", "Bí thư Đảng ủy phường"]),
        ("Lò Thị Mai", ["Quận ủy viên", "Chủ tịch Hội đồng nhân dân phường"]),
        ("Vi Văn Sáng", ["Đảng ủy viên", "Trưởng Công an xã"]),
    ]
