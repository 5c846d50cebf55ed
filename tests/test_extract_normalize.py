"""Normalisation keeps offsets into the original text."""

import unicodedata

from phoihop.extract.normalize import fold_tones, mask, normalize, normalize_string
from phoihop.extract.sentences import split_sentences


def test_old_tone_placement_is_folded_to_one_form():
    assert (
        fold_tones("Tỉnh uỷ Thanh Hoá, Uỷ ban, hoà giải, thuỷ lợi") == "Tỉnh ủy Thanh Hóa, Ủy ban, hòa giải, thủy lợi"
    )
    # "quý" keeps its tone on the y (qu is a consonant)
    assert fold_tones("quý III") == "quý III"


def test_same_length_replacements():
    text = "Ðảng ủy – Công an\u00a0tỉnh “Dân vận khéo”"
    norm = normalize(text)
    assert len(norm.text) == len(text)
    assert norm.text == 'Đảng ủy - Công an tỉnh "Dân vận khéo"'
    assert norm.to_orig is None


def test_nfd_input_maps_back_to_original_offsets():
    original = unicodedata.normalize("NFD", "Ban Dân vận Tỉnh ủy Nghệ An ký kết")
    norm = normalize(original)
    assert norm.text == "Ban Dân vận Tỉnh ủy Nghệ An ký kết"
    start = norm.text.index("Nghệ An")
    s, e = norm.orig_span(start, start + len("Nghệ An"))
    assert unicodedata.normalize("NFC", original[s:e]) == "Nghệ An"


def test_mask_and_normalize_string():
    assert mask("Bộ Chỉ huy (CHQS) tỉnh", [(11, 17)]) == "Bộ Chỉ huy        tỉnh"
    assert normalize_string("  Đài Phát thanh–Truyền hình  ") == "Đài Phát thanh - Truyền hình"


def test_sentences_keep_abbreviated_city_together():
    text = "Ban Dân vận Thành ủy TP. Hồ Chí Minh ký kết. Hai bên thống nhất.\nẢnh: Minh"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Ban Dân vận Thành ủy TP. Hồ Chí Minh ký kết.",
        "Hai bên thống nhất.",
        "Ảnh: Minh",
    ]


def test_a_second_tone_mark_of_a_syllable_is_dropped_and_the_length_kept():
    from phoihop.extract.normalize import normalize

    text = "Chương trình số 07/CTrPH-BCA-MTTW ngàỵ 17/10/2023 của ĐắkLắk"
    out = normalize(text).text
    assert "ngày 17/10/2023" in out and len(out) == len(text)
    assert out.endswith("ĐắkLắk")  # words run together keep their tones


def _original_of(text: str, norm, piece: str) -> str:
    """The original text behind the first ``piece`` of the normalised text."""
    start = norm.text.index(piece)
    return text[slice(*norm.orig_span(start, start + len(piece)))]


def test_a_mark_typed_with_a_space_before_it_is_put_back_against_its_word():
    text = "Công an các tỉnh Bình Dương ,Long An , Tây Ninh ký kết .Theo đó ; Nghị quyết 01 ,02"
    norm = normalize(text)
    assert norm.text == "Công an các tỉnh Bình Dương, Long An, Tây Ninh ký kết. Theo đó; Nghị quyết 01, 02"
    assert _original_of(text, norm, "Long An") == "Long An"
    assert _original_of(text, norm, "Theo đó") == "Theo đó"


def test_a_comma_between_words_gets_its_space_and_numbers_keep_theirs():
    norm = normalize("Công an các tỉnh: Bình Dương,Long An;Tây Ninh; chi 1,5 tỷ đồng, v.v... 2 .5 điểm")
    assert norm.text == "Công an các tỉnh: Bình Dương, Long An; Tây Ninh; chi 1,5 tỷ đồng, v.v... 2 .5 điểm"


def test_loose_punctuation_and_entities_and_nfd_compose_their_offsets():
    original = unicodedata.normalize("NFD", "Hội Nông dân &amp; Hội Cựu chiến binh ,Công an tỉnh Hòa Bình")
    norm = normalize(original)
    assert norm.text == "Hội Nông dân & Hội Cựu chiến binh, Công an tỉnh Hòa Bình"
    assert unicodedata.normalize("NFC", _original_of(original, norm, "Hòa Bình")) == "Hòa Bình"
    assert _original_of(original, norm, "&") == "&amp;"


def test_a_sentence_opens_after_its_list_items_dash():
    text = "Tin tức.\n- Chủ tịch UBND tỉnh A và Chủ tịch UBND tỉnh B ký kết.\n+ Hai bên thống nhất.\n-5 độ"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Tin tức.",
        "Chủ tịch UBND tỉnh A và Chủ tịch UBND tỉnh B ký kết.",
        "Hai bên thống nhất.",
        "-5 độ",
    ]


def test_a_dash_typed_without_spaces_between_words_gets_them_and_symbols_keep_theirs():
    text = "Ủy viên Ban Thường vụ-Phó Bí thư Huyện ủy, Bộ Tư lệnh Cảnh vệ-Bộ Công an; Kế hoạch 01/KH-UBND, Covid-19"
    norm = normalize(text)
    assert norm.text == (
        "Ủy viên Ban Thường vụ - Phó Bí thư Huyện ủy, Bộ Tư lệnh Cảnh vệ - Bộ Công an; Kế hoạch 01/KH-UBND, Covid-19"
    )
    assert _original_of(text, norm, "Bộ Công an") == "Bộ Công an"


def test_characters_that_print_nothing_are_read_as_nothing():
    text = "Công an\u00ad tỉnh và Bộ Chỉ\u200d huy Quân\u2060 sự tỉnh ký kết"
    norm = normalize(text)
    assert norm.text == "Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh ký kết"
    assert _original_of(text, norm, "Bộ Chỉ huy") == "Bộ Chỉ\u200d huy"


def test_the_older_spelling_qui_is_read_as_quy():
    norm = normalize("Qui chế phối hợp, qui định, quí III, Qui Nhơn; quit")
    assert norm.text == "Quy chế phối hợp, quy định, quý III, Quy Nhơn; quit"
    assert norm.to_orig is None  # (same length)


def test_the_school_spelling_with_i_is_read_with_y():
    # ("kí kết", "nhiệm kì", "kỉ niệm", "quản lí", "kĩ thuật", "Mĩ"; not a syllable with more letters, nor "ki ốt")
    # (a capitalised one in a name is the name's own spelling: "Lê Thị Mĩ Hạnh", "Kì Sơn")
    norm = normalize("Kí kết nhiệm kì 2020 - 2025, kỉ niệm, quản lí, kĩ thuật; khí, thì, lìa, ki ốt, Kì Sơn, Mĩ Hạnh")
    assert norm.text == "Ký kết nhiệm kỳ 2020 - 2025, kỷ niệm, quản lý, kỹ thuật; khí, thì, lìa, ki ốt, Kì Sơn, Mĩ Hạnh"
    assert normalize("LỄ KÍ KẾT").text == "LỄ KÝ KẾT"
    assert norm.to_orig is None  # (same length)


def test_a_capitalised_i_syllable_after_a_capitalised_word_ends_a_name_before_a_word_in_lower_case():
    # ("Lò Văn Lí cho biết", "xã Mường Lí ký kết": the name's own spelling; unless the two make a word of the rules':
    # "Lễ Kí kết", "Cao Đẳng Kĩ thuật")
    text = "Phó Chủ tịch UBND huyện Lò Văn Lí cho biết, xã Mường Lí ký kết. Lễ Kí kết; Trường Cao Đẳng Kĩ thuật"
    assert normalize(text).text == text.replace("Kí kết", "Ký kết").replace("Kĩ thuật", "Kỹ thuật")


def test_the_syllables_a_page_writes_with_i_are_found_to_name_its_bodies_as_it_writes_them():
    from phoihop.extract.normalize import i_spellings, in_spelling

    # (not a syllable the page writes with "y" too, nor a name's own spelling: "Mĩ Hạnh")
    spellings = i_spellings("Đội Quản lí thị trường và Hội Khoa học và Kĩ thuật kí kết; ông ký; Mĩ Hạnh")
    assert spellings == {"lý": "lí", "Kỹ": "Kĩ"}
    assert in_spelling("Đội Quản lý thị trường số 5", spellings) == "Đội Quản lí thị trường số 5"
    assert in_spelling("Hội Khoa học và Kỹ thuật", spellings) == "Hội Khoa học và Kĩ thuật"


def test_the_signing_verb_typed_without_its_mark_is_read_with_it():
    # (round s28: "đã tổ chức ky kết chương trình" lost the signing; "ky" alone, a name's "Ky", stays)
    assert normalize("Hai bên đã ky kết chương trình. Ky kết quy chế.").text == (
        "Hai bên đã ký kết chương trình. Ký kết quy chế."
    )
    assert normalize("Ông Nguyễn Cao Ky phát biểu.").text == "Ông Nguyễn Cao Ky phát biểu."
