"""Persons and their positions."""

from phoihop.extract import persons
from phoihop.extract.normalize import normalize
from phoihop.extract.persons import _NOTHING_BEFORE, _Before, _name_in_run, _patterns, _what_ends_before, find_persons
from phoihop.extract.sentences import split_sentences


def _persons(text):
    text = normalize(text).text
    return [(p.name, p.positions) for p in find_persons(text, split_sentences(text))]


def test_titles_before_the_name_with_place_names():
    text = (
        "Dự có Bí thư Thành ủy Hà Tĩnh Dương Tất Thắng; Phó Chủ tịch UBND huyện Bảo Yên Lý Văn Chung "
        "và Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh Lê Thị Hoa."
    )
    assert _persons(text) == [
        ("Dương Tất Thắng", ["Bí thư Thành ủy Hà Tĩnh"]),
        ("Lý Văn Chung", ["Phó Chủ tịch Ủy ban nhân dân huyện Bảo Yên"]),
        ("Lê Thị Hoa", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]),
    ]


def test_titles_after_the_name_and_ranks_dropped():
    text = (
        "Đồng chí Mai Văn Tuất, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu. "
        "Đại tá Nguyễn Xuân Thắng - Chỉ huy trưởng Bộ CHQS tỉnh trao quà. "
        "Thiếu tá Lê Hoàng Phong (Phó trưởng Công an quận 1) cho biết. "
        "Thượng tá Lương Đình Chung - Chính ủy, Bộ CHQS tỉnh Quảng Ngãi dự."
    )
    assert _persons(text) == [
        ("Mai Văn Tuất", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]),
        ("Nguyễn Xuân Thắng", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
        ("Lê Hoàng Phong", ["Phó trưởng Công an quận 1"]),
        ("Lương Đình Chung", ["Chính ủy Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"]),
    ]


def test_shared_title_over_a_list_and_separators():
    text = (
        "Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh Trịnh Xuân Trường, Hoàng Quốc Khánh. "
        "Chủ trì có các ông: Hà Văn Sơn - Trưởng ban Dân vận Tỉnh ủy; Giàng A Lử - Chủ tịch Hội Nông dân tỉnh."
    )
    assert _persons(text) == [
        ("Trịnh Xuân Trường", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hoàng Quốc Khánh", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hà Văn Sơn", ["Trưởng ban Dân vận Tỉnh ủy"]),
        ("Giàng A Lử", ["Chủ tịch Hội Nông dân tỉnh"]),
    ]


def test_not_persons_bylines_places_campaigns():
    text = (
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tại huyện Châu Thành.\n"
        "Tin, ảnh: Quốc Hùng\nTrần Văn Nam"
    )
    assert _persons(text) == []


def test_a_name_with_an_agency_but_no_title_has_no_position():
    text = "Đến dự có đồng chí Lâm Tấn Thanh - Công an tỉnh, đồng chí Đỗ Văn Bình - Phó Giám đốc Sở Nội vụ."
    assert _persons(text) == [("Lâm Tấn Thanh", []), ("Đỗ Văn Bình", ["Phó Giám đốc Sở Nội vụ"])]


def test_a_title_whose_organisation_contains_a_dash():
    text = "Thượng tá Trần Minh Đức, Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Hải Hà phát biểu."
    assert _persons(text) == [("Trần Minh Đức", ["Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Hải Hà"])]


def test_ethnic_minority_names():
    text = "Dự có đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy; bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh; ông Vàng Seo Cở."
    assert _persons(text) == [
        ("Y Biêr Niê", ["Phó Bí thư Tỉnh ủy"]),
        ("H'Yim Kđoh", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Vàng Seo Cở", []),
    ]


# The reading of a capitalised run: where a person's name opens in it is one decision over its syllables and what
# ends right before it (persons._Before), read once per run by both callers of persons._name_in_run.


def _last_run_and_before(text):
    run = list(_patterns()["run"].finditer(text))[-1]
    return run.group(0), _what_ends_before(text, run.start(), run.group(0))


def test_a_run_with_nothing_before_it_reads_alone():
    run_text, before = _last_run_and_before("Hôm nay Nguyễn Văn An")
    assert before == _NOTHING_BEFORE
    assert _name_in_run(run_text, before) == (0, 13)
    # a family name and then a province, unaddressed, is no name
    run_text, before = _last_run_and_before("Hôm nay Nguyễn Hòa Bình")
    assert before == _NOTHING_BEFORE and _name_in_run(run_text, before) is None
    # a fact that cannot change the run's reading is not read: the cache keeps one entry for the run
    assert _last_run_and_before("Dự có ông Nguyễn Văn An")[1] == _NOTHING_BEFORE


def test_a_form_of_address_or_a_title_before_the_run_opens_a_name_before_a_province():
    for text in ("Dự có đồng chí Nguyễn Hòa Bình", "Dự có Phó Thủ tướng Trương Hòa Bình"):
        run_text, before = _last_run_and_before(text)
        assert before == _Before(addressed=True)
        assert _name_in_run(run_text, before) == (0, len(run_text))
    assert _persons("Phó Thủ tướng Trương Hòa Bình phát biểu.") == [("Trương Hòa Bình", ["Phó Thủ tướng"])]


def test_a_title_with_its_body_or_a_rank_before_the_run_opens_a_name_before_a_province():
    # Given names that are provinces' names are common ("Hòa Bình", "Thái Bình", "Hải Dương"): a title chain or a
    # rank right before the run addresses it as a bare title does.
    assert _persons("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình phát biểu chỉ đạo.") == [
        ("Nguyễn Hòa Bình", ["Phó Thủ tướng Thường trực Chính phủ"])
    ]
    assert _persons("Phó Chủ tịch UBND tỉnh Lê Hải Dương phát biểu tại hội nghị.") == [
        ("Lê Hải Dương", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"])
    ]
    assert _persons("Đại tá Đặng Thái Bình, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu.") == [
        ("Đặng Thái Bình", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"])
    ]
    # ... and the province itself, or a province after a comma, stays no one's name
    assert _persons("Chủ tịch UBND tỉnh Hải Dương phát biểu tại hội nghị.") == []
    assert "Đoàn Ninh Bình" not in dict(_persons("Có lãnh đạo UBND tỉnh và Chủ tịch UBND tỉnh, Đoàn Ninh Bình về dự."))


def test_a_youth_union_level_before_the_run_ends_the_union_name_at_its_doan():
    run_text, before = _last_run_and_before("Dự có Bí thư Trung ương Đoàn Nguyễn Anh Tuấn")
    assert before == _Before(union_level=True)
    assert run_text[slice(*_name_in_run(run_text, before))] == "Nguyễn Anh Tuấn"
    assert run_text[slice(*_name_in_run(run_text))] == "Đoàn Nguyễn Anh Tuấn"  # Mr Đoàn, with nothing before
    assert _persons("Bí thư TW Đoàn Lê Quốc Phong phát biểu.") == [("Lê Quốc Phong", ["Bí thư Trung ương Đoàn"])]
    # the union of a body opens a body's name, no person's ("Đoàn Phòng PC67")
    assert _persons("Bí thư Đoàn Phòng PC67 Trần Văn An phát biểu.") == [("Trần Văn An", ["Bí thư Đoàn Phòng PC67"])]


def test_a_place_noun_before_the_run_makes_a_short_name_the_place_s():
    for text, committee in (
        ("Giám đốc Bệnh viện Bạch Mai", False),
        ("Chủ tịch UBND xã Kim Liên", False),
        ("Bí thư Huyện ủy Thạch Thành", True),
    ):
        run_text, before = _last_run_and_before(text)
        assert before == _Before(place_noun=True, committee=committee)
        assert _name_in_run(run_text, before) is None
        assert _name_in_run(run_text) is not None  # alone, the syllables read as a name
    # a committee is named by a place the gazetteer knows: a short run that is none is a person's name
    assert _name_in_run("Điểu K'Ré", _Before(place_noun=True, committee=True)) == (0, 9)
    assert _name_in_run("Điểu K'Ré", _Before(place_noun=True)) is None
    assert _name_in_run("Nguyễn Văn An", _Before(place_noun=True)) == (0, 13)  # a full name may follow a level word
    assert _persons("Chủ tịch UBND xã Kim Liên phát biểu.") == []
    assert _persons("Chủ tịch UBND xã Nguyễn Văn An phát biểu.") == [("Nguyễn Văn An", ["Chủ tịch Ủy ban nhân dân xã"])]
    # a title glued to the place's name: the words past it are a run of their own
    assert _persons("Giám đốc Bệnh viện Bạch Mai Chủ Tịch Hội Nguyễn Văn An phát biểu.") == [
        ("Nguyễn Văn An", ["Giám đốc Bệnh viện Bạch Mai Chủ Tịch Hội"])
    ]


def test_a_border_post_before_the_run_names_it_whatever_its_syllables():
    run_text, before = _last_run_and_before("Đại diện Đồn Biên phòng Lò Gò")
    assert before == _Before(border_post=True)
    assert _name_in_run(run_text, before) is None
    assert _name_in_run("Nguyễn Văn An", before) is None
    assert _persons("Đồn trưởng Đồn Biên phòng Ma Ly Pho phát biểu.") == []


def test_each_place_noun_pattern_is_searched_after_the_last_words_of_its_nouns():
    """The noun patterns are searched only after a word that ends like the last word of one of their nouns."""
    nouns = {
        persons._LEVEL_BEFORE: (
            ("xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "TP", "TP.", "thôn", "bản", "ấp", "làng", "xóm"),
            ("khu phố", "đặc khu"),
        ),
        persons._PLACE_NAMED_BEFORE: (("Đồn Biên phòng", "Đồn BP", "Cửa khẩu", "Cửa khẩu quốc tế", "CKQT"),),
        persons._ORGANISATION_BEFORE: (
            ("Tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "Bệnh viện", "học viện", "Viện", "Đại học"),
            ("cao đẳng", "trung cấp", "Trường", "trường THPT", "trường THCS", "trường tiểu học", "trường mầm non"),
            ("Công ty", "công ty TNHH", "Công ty CP", "công ty cổ phần", "Tập đoàn", "Ngân hàng", "nhà máy"),
            ("khách sạn", "chùa", "đền"),
        ),
    }
    last_words = {
        persons._LEVEL_BEFORE: persons._LEVEL_LAST_WORDS,
        persons._PLACE_NAMED_BEFORE: persons._BORDER_POST_LAST_WORDS,
        persons._ORGANISATION_BEFORE: persons._ORGANISATION_LAST_WORDS,
    }
    for pattern, groups in nouns.items():
        for noun in (noun for group in groups for noun in group):
            for space in (" ", "  ", "\n"):
                text = f"Đến {noun}{space}Kim Liên"
                run_start = text.index("Kim")
                assert pattern.search(text, 0, run_start), noun
                assert persons._last_word_end(text, run_start).endswith(last_words[pattern]), (noun, space)
    assert persons._last_word_end("Đến với Kim Liên", len("Đến với ")) == "ến với"
    assert persons._last_word_end("Đến (Kim Liên", len("Đến (")) == ""


def test_the_written_short_forms_of_comrade_address_as_the_word_does():
    for comrade in ("đồng chí", "đ/c", "Đ/c", "Đc"):
        text = (
            f"Dự có {comrade} Nguyễn Đình Khang, Chủ tịch Tổng LĐLĐVN; các {comrade.lower()} Phó Chủ tịch Tổng "
            f"LĐLĐVN: Nguyễn Thị Thu Hồng, Mai Đức Chính."
        )
        assert _persons(text) == [
            ("Nguyễn Đình Khang", ["Chủ tịch Tổng Liên đoàn Lao động Việt Nam"]),
            ("Nguyễn Thị Thu Hồng", ["Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"]),
            ("Mai Đức Chính", ["Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"]),
        ], comrade


def test_an_acting_post_is_a_position_with_its_quyen():
    text = (
        "Dự có bà Nguyễn Thị Kim Phượng, Quyền Chi cục trưởng Chi cục Thi hành án dân sự thị xã và "
        "Quyền Giám đốc Sở Tư pháp Lê Văn Hai."
    )
    assert _persons(text) == [
        ("Nguyễn Thị Kim Phượng", ["Quyền Chi cục trưởng Chi cục Thi hành án dân sự thị xã"]),
        ("Lê Văn Hai", ["Quyền Giám đốc Sở Tư pháp"]),
    ]


def test_titles_before_a_name_split_at_a_dash_that_opens_a_title():
    # "HUV – PCT UBND huyện NAME" holds two posts, as "NAME – HUV – PCT UBND huyện" does; a dash inside the body of a
    # title ("Bộ Tư lệnh Cảnh vệ - Bộ Công an", "khu vực 3 - Huế") opens no title and splits nothing.
    text = (
        "Dự có đồng chí HUV – PCT UBND huyện Lê Quang Thuận; Phó Tư lệnh Bộ Tư lệnh Cảnh vệ - Bộ Công an Trần Văn "
        "Hòa và Chánh án TAND khu vực 3 - Huế Phan Sang."
    )
    assert _persons(text) == [
        ("Lê Quang Thuận", ["Huyện ủy viên", "Phó Chủ tịch Ủy ban nhân dân huyện"]),
        ("Trần Văn Hòa", ["Phó Tư lệnh Bộ Tư lệnh Cảnh vệ - Bộ Công an"]),
        ("Phan Sang", ["Chánh án Tòa án nhân dân khu vực 3 - Huế"]),
    ]


def test_titles_after_a_semicolon_whose_body_holds_a_dash_are_the_next_name_s():
    # "NAME1; T BODY - X NAME2": the chain after the ";" is NAME2's, as it is without a dash in the body
    for title, body in (("Phó Tư lệnh", "Bộ Tư lệnh Cảnh vệ - Bộ Công an"), ("Chánh án", "TAND khu vực 3 - Huế")):
        text = f"Dự có đồng chí Chủ tịch UBND huyện Lê Quang Thuận; {title} {body} Trần Văn Hòa."
        assert [p[0] for p in _persons(text)] == ["Lê Quang Thuận", "Trần Văn Hòa"], body
        assert _persons(text)[0][1] == ["Chủ tịch Ủy ban nhân dân huyện"], body


def test_persons_named_without_a_form_of_address_joined_by_va():
    # "NAME1, T1 và NAME2, T2": T1 ends before "và" and is NAME1's, who is a person by it; NAME2 takes no title from
    # before the "và" (both lost NAME1, and gave NAME2 "T1 và" when no "đồng chí" stood before the names)
    for sep in (", ", " - "):
        text = (
            f"Chủ trì hội nghị là Nguyễn Văn Vân{sep}Phó Trưởng Ban Tuyên giáo Tỉnh ủy và Lê Vinh Quy{sep}Phó Giám đốc "
            "Công an tỉnh."
        )
        assert _persons(text) == [
            ("Nguyễn Văn Vân", ["Phó Trưởng Ban Tuyên giáo Tỉnh ủy"]),
            ("Lê Vinh Quy", ["Phó Giám đốc Công an tỉnh"]),
        ], sep
    text = "Thiếu tướng Đoàn Duy Khương, Giám đốc CATP Hà Nội và Nguyễn Lan Hương, Trưởng ban Dân vận Thành ủy ký kết."
    assert _persons(text) == [
        ("Đoàn Duy Khương", ["Giám đốc Công an thành phố Hà Nội"]),
        ("Nguyễn Lan Hương", ["Trưởng ban Dân vận Thành ủy"]),
    ]


def test_cac_before_a_title_addresses_the_names_after_it_together():
    text = "Dự có các Phó Chủ tịch Tổng LĐLĐ Việt Nam Trần Văn Thuật, Nguyễn Thị Thu Hồng, Mai Đức Chính; các Ban."
    title = "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"
    assert _persons(text) == [("Trần Văn Thuật", [title]), ("Nguyễn Thị Thu Hồng", [title]), ("Mai Đức Chính", [title])]


def test_short_forms_of_chairs_and_directors_are_titles():
    text = "Dự có CT UBND tỉnh Nguyễn Văn Hòa; ông Lê Văn Bình, PGĐ Công an tỉnh và đồng chí Trần An, CT HĐND huyện."
    assert _persons(text) == [
        ("Nguyễn Văn Hòa", ["Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Lê Văn Bình", ["Phó Giám đốc Công an tỉnh"]),
        ("Trần An", ["Chủ tịch Hội đồng nhân dân huyện"]),
    ]


def test_short_titles_joined_by_a_hyphen_without_spaces_are_two_posts():
    # "UVBTV-PBT": two posts; the hyphen inside a body's short form ("QLHC-TTXH") splits nothing (round s35: the two
    # short forms of the police's field are spelled out, as the contract writes positions)
    text = "Dự có đồng chí Phan Tiến Hải-UVBTV-PBT thường trực huyện uỷ; Lê Văn An, Trưởng phòng Cảnh sát QLHC-TTXH."
    assert _persons(text) == [
        ("Phan Tiến Hải", ["Ủy viên Ban Thường vụ", "Phó Bí thư thường trực huyện ủy"]),
        ("Lê Văn An", ["Trưởng phòng Cảnh sát quản lý hành chính-trật tự xã hội"]),
    ]


def test_a_steering_committee_s_chief_before_the_name_in_lower_case():
    # "chỉ đạo" after "ban" names the committee ("ban chỉ đạo"), it does not open a clause ("NAME chỉ đạo …")
    text = (
        "Dự có Phó Thủ tướng - Trưởng Ban chỉ đạo Tây Bắc - Nguyễn Xuân Phúc; Trưởng ban chỉ đạo Tây Nguyên Trần Đại "
        "Quang. Đại tá Lê Văn An chỉ đạo hội nghị."
    )
    assert _persons(text) == [
        ("Nguyễn Xuân Phúc", ["Phó Thủ tướng", "Trưởng Ban chỉ đạo Tây Bắc"]),
        ("Trần Đại Quang", ["Trưởng ban chỉ đạo Tây Nguyên"]),
        ("Lê Văn An", []),
    ]
