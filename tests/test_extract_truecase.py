"""Lines printed in capitals take the case the rest of the page prints their words in."""

from phoihop.extract.truecase import lower_capital_levels, truecase_capital_lines


def test_a_headline_in_capitals_takes_the_case_of_the_report_below_it():
    text = (
        "KÝ KẾT QUY CHẾ PHỐI HỢP GIỮA ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5 VÀ ĐỒN BIÊN PHÒNG CỔ CHIÊN\n"
        "Sáng 3/4, Đội Quản lý thị trường số 5 và Đồn Biên phòng Cổ Chiên ký kết quy chế phối hợp."
    )
    out = truecase_capital_lines(text)
    # ("GIỮA" the report does not print: it stays in capitals)
    assert out.split("\n")[0] == "Ký kết quy chế phối hợp GIỮA Đội Quản lý thị trường số 5 và Đồn Biên phòng Cổ Chiên"
    assert len(out) == len(text) and out.split("\n")[1] == text.split("\n")[1]


def test_a_word_after_another_takes_the_form_it_has_after_that_word():
    # "ủy" after "Tỉnh" is lower case, "Ủy" before "ban" is not: the word before decides where the page says
    text = (
        "TỈNH ỦY VÀ ỦY BAN NHÂN DÂN TỈNH KÝ KẾT\n"
        "Tỉnh ủy và Ủy ban nhân dân tỉnh đã ký kết. Tỉnh ủy chỉ đạo, Tỉnh ủy kiểm tra, Tỉnh ủy đôn đốc."
    )
    assert truecase_capital_lines(text).split("\n")[0] == "Tỉnh ủy và Ủy ban nhân dân tỉnh ký kết"


def test_words_the_page_prints_nowhere_else_keep_their_capitals():
    # (a short form, or a name the report does not repeat: lower case would take it for a common word)
    text = "CHI ĐOÀN VKSND TỈNH TỔ CHỨC LỄ KÝ KẾT GIAO ƯỚC\nNgày 9/1, chi đoàn Viện KSND tỉnh tổ chức lễ ký giao ước."
    assert truecase_capital_lines(text).split("\n")[0] == "Chi đoàn VKSND tỉnh tổ chức lễ ký KẾT giao ước"


def test_short_lines_in_capitals_stay_as_printed():
    # a byline in capitals is known by its capitals
    text = "Ký kết quy chế\nNGỌC HÀ - THANH QUANG\nSáng 3/4, Công an tỉnh ký kết."
    assert truecase_capital_lines(text) == text


def test_a_level_word_capitalised_inside_a_sentence_before_a_place_is_read_in_lower_case():
    text = (
        "Tỉnh Quảng Trị có hai xã. Đồn tham mưu Huyện ủy, UBND Huyện Đakrông và Tỉnh Đoàn Quảng Trị, "
        "UBND Thành phố Hồ Chí Minh, Công an Thành phố Đà Nẵng."
    )
    assert lower_capital_levels(text) == (
        "Tỉnh Quảng Trị có hai xã. Đồn tham mưu Huyện ủy, UBND huyện Đakrông và Tỉnh Đoàn Quảng Trị, "
        "UBND Thành phố Hồ Chí Minh, Công an thành phố Đà Nẵng."
    )


def test_a_body_name_printed_in_title_case_takes_the_case_its_table_writes_it_in():
    from phoihop.extract.truecase import lower_title_cased_bodies

    text = (
        "Viện trưởng Viện Kiểm Sát Nhân Dân khu vực 2 Trần Văn Hùng, Phó Chủ nhiệm Ủy Ban Kiểm Tra Tỉnh Ủy Sơn La, "
        "Ban Dân Vận Huyện Ủy và Sở Lao Động - Thương Binh và Xã Hội, Đoàn Thanh Niên Cộng Sản Hồ Chí Minh"
    )
    out = lower_title_cased_bodies(text)
    assert out == (
        "Viện trưởng Viện Kiểm sát nhân dân khu vực 2 Trần Văn Hùng, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La, "
        "Ban Dân vận Huyện ủy và Sở Lao động - Thương binh và Xã hội, Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    )


def test_a_title_cased_name_keeps_the_page_s_spaces_and_line_breaks():
    from phoihop.extract.truecase import lower_title_cased_bodies

    text = "Hội Liên  Hiệp Phụ\nNữ tỉnh và Bộ Chỉ Huy Quân Sự"
    out = lower_title_cased_bodies(text)
    assert out == "Hội Liên  hiệp Phụ\nnữ tỉnh và Bộ Chỉ huy Quân sự" and len(out) == len(text)


def test_names_printed_in_title_case_by_their_owners_and_persons_names_stay():
    from phoihop.extract.truecase import lower_title_cased_bodies

    # a paper's name, a youth union committee by its level, a person whose name ends like a body ("Hải Quan"), a
    # word inside a longer word
    text = "Báo Nhân Dân, Tỉnh Đoàn Ninh Bình, ông Nguyễn Hải Quan và XCông An"
    assert lower_title_cased_bodies(text) == text


def test_the_plain_words_a_head_of_the_grammar_opens_with_are_given_back_too():
    from phoihop.extract.truecase import lower_title_cased_bodies

    # (heads written as patterns: "Đảng ủy(?!...)", "Chi cục (?:Thi hành án|...)", "Kiểm toán Nhà nước(?:...)")
    text = "Đảng Ủy xã Ia Dom, Chi Cục Thi hành án dân sự huyện và Kiểm Toán Nhà Nước khu vực XII"
    assert lower_title_cased_bodies(text) == (
        "Đảng ủy xã Ia Dom, Chi cục Thi hành án dân sự huyện và Kiểm toán Nhà nước khu vực XII"
    )


def test_a_name_the_tables_hold_in_part_is_given_back_word_by_word():
    from phoihop.extract.truecase import lower_title_cased_bodies

    # "Bệnh viện" opens a name of the tables ("Bệnh viện Quân y"); "Kiểm lâm" is written so after "Kiểm" ("Hạt Kiểm
    # lâm"), "huyện" after "an" ("Công an huyện"); the place and the hospital's name after them keep their capitals
    text = "Chi Cục Kiểm Lâm Gia Lai, Bệnh Viện Bạch Mai và Công An Huyện Đakrông"
    assert lower_title_cased_bodies(text) == "Chi cục Kiểm lâm Gia Lai, Bệnh viện Bạch Mai và Công an huyện Đakrông"


def test_a_letter_the_grammar_takes_in_either_case_is_given_back_in_lower_case():
    from phoihop.extract.truecase import lower_title_cased_bodies

    # ("Cảng vụ [Hh]àng [Hh]ải", "Văn phòng [Tt]ổng hợp")
    text = "Cảng Vụ Hàng Hải Quảng Ninh và Văn Phòng Tổng Hợp"
    assert lower_title_cased_bodies(text) == "Cảng vụ hàng hải Quảng Ninh và Văn phòng tổng hợp"


def test_the_first_words_of_a_name_the_page_goes_on_writing_in_lower_case_stay_as_printed():
    from phoihop.extract.truecase import lower_title_cased_bodies

    # (the page's own print of "Ban liên lạc", "Ban đại diện": no Title Case)
    text = "Ban Liên lạc Cựu chiến binh tỉnh và Ban Đại diện Hội Người cao tuổi"
    assert lower_title_cased_bodies(text) == text
