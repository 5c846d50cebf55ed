"""Sentence boundaries: line breaks, full stops before a capital, and a sentence's opening word run on after a caption
or a heading that lost its full stop (made-up text)."""

from phoihop.extract.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_line_breaks_and_full_stops_before_a_capital_end_sentences():
    text = "Ngày 5/3, hai bên ký kết. TP. Hồ Chí Minh dự.\n- Chủ tịch A và Chủ tịch B ký kết"
    assert _sentences(text) == ["Ngày 5/3, hai bên ký kết.", "TP. Hồ Chí Minh dự.", "Chủ tịch A và Chủ tịch B ký kết"]


def test_an_opening_word_after_a_lower_case_word_opens_a_sentence():
    # "... kỹ thuật Tại Hội nghị, ...", "... tỉnh An Giang Phát biểu tại lễ ...", "(Bộ CHQS) Cùng tham dự có ...": a
    # caption without its full stop that ran on (a scraper that joined the lines) into the next sentence
    text = (
        "Hội nghị của Khối Hậu cần kỹ thuật Tại Hội nghị, Phòng PV28 báo cáo. Giám đốc Công an tỉnh An Giang Phát biểu "
        "tại lễ. Chỉ huy trưởng Bộ CHQS tỉnh (Bộ CHQS) Cùng tham dự có các đồng chí: A."
    )
    assert _sentences(text) == [
        "Hội nghị của Khối Hậu cần kỹ thuật",
        "Tại Hội nghị, Phòng PV28 báo cáo.",
        "Giám đốc Công an tỉnh An Giang",
        "Phát biểu tại lễ.",
        "Chỉ huy trưởng Bộ CHQS tỉnh (Bộ CHQS)",
        "Cùng tham dự có các đồng chí: A.",
    ]


def test_the_same_words_in_lower_case_or_inside_a_name_open_nothing():
    text = "Hội nghị dự kiến tổ chức tại tỉnh. Ông Nguyễn Văn Tại dự. Hai bên ký kết theo quy chế."
    assert _sentences(text) == [
        "Hội nghị dự kiến tổ chức tại tỉnh.",
        "Ông Nguyễn Văn Tại dự.",
        "Hai bên ký kết theo quy chế.",
    ]


def test_a_line_that_opens_in_lower_case_goes_on_with_the_sentence_a_break_cut():
    # a caption set in two lines or two paragraphs (the page's <p> each); not after the headline, nor after a line
    # that ends a sentence
    text = (
        "Tiêu đề bài viết\nphụ đề\n\nĐại diện hai bên ký kết Chương trình\n\nphối hợp công tác giai đoạn 2019-2025\n\n"
        "Hội nghị kết thúc.\nmột dòng"
    )
    assert _sentences(text) == [
        "Tiêu đề bài viết",
        "phụ đề",
        "Đại diện hai bên ký kết Chương trình\n\nphối hợp công tác giai đoạn 2019-2025",
        "Hội nghị kết thúc.",
        "một dòng",
    ]


def test_a_city_s_short_level_in_mixed_case_ends_no_sentence():
    text = "Ngày 15-10-2014, tại Tp. Phan Rang, hai bên ký kết ở tp. Huế. Tp. Hồ Chí Minh cũng dự."
    assert _sentences(text) == [
        "Ngày 15-10-2014, tại Tp. Phan Rang, hai bên ký kết ở tp. Huế.",
        "Tp. Hồ Chí Minh cũng dự.",
    ]
