"""Bracketed abbreviations (Schwartz–Hearst with Vietnamese first letters)."""

from phoihop.extract.abbreviations import base_letter, find_abbreviations, match_long_form
from phoihop.extract.lexicon import expand_abbreviations


def test_base_letter_strips_marks_but_keeps_d_bar():
    assert [base_letter(c) for c in "ỦyđĐâ"] == ["U", "Y", "Đ", "Đ", "A"]


def test_long_form_is_the_shortest_matching_suffix():
    words = ["hoạt", "động", "của", "Ủy", "ban", "nhân", "dân"]
    assert words[match_long_form("UBND", words) :] == ["Ủy", "ban", "nhân", "dân"]
    assert match_long_form("XYZ", words) is None


def test_definitions_in_running_text():
    text = (
        "Phòng thủ khu vực (PTKV) và Ban Chỉ huy Quân sự (CHQS) huyện; "
        "Hội đồng nhân dân (HĐND) tỉnh Lào Cai; (QNO) - Chiều nay"
    )
    found = {a.short: a.long for a in find_abbreviations(text)}
    assert found == {"PTKV": "Phòng thủ khu vực", "CHQS": "Chỉ huy Quân sự", "HĐND": "Hội đồng nhân dân"}


def test_known_and_article_abbreviations_are_spelled_out():
    assert (
        expand_abbreviations("Bộ CHQS tỉnh, Sở TT&TT, TP.HCM")
        == "Bộ Chỉ huy Quân sự tỉnh, Sở Thông tin và Truyền thông, Thành phố Hồ Chí Minh"
    )
    assert expand_abbreviations("Ban CH PTKV 4", {"CH": "Chỉ huy"}) == "Ban Chỉ huy Phòng thủ khu vực 4"


def test_a_short_form_is_read_whatever_joins_its_parts():
    # one table row ("TN&MT") stands for every joint a page prints between the parts
    for printed in ("TN&MT", "TN-MT", "TN - MT", "TN và MT", "TN & MT"):
        assert expand_abbreviations(f"Sở {printed} tỉnh") == "Sở Tài nguyên và Môi trường tỉnh", printed
    assert expand_abbreviations("Bộ GD - ĐT") == "Bộ Giáo dục và Đào tạo"
    assert expand_abbreviations("Sở LĐTB-XH") == "Sở Lao động - Thương binh và Xã hội"
    assert expand_abbreviations("Sở VH - TT - DL") == "Sở Văn hóa, Thể thao và Du lịch"
    # a joint between two short forms that make no table row leaves each to its own row
    assert expand_abbreviations("UBND - HĐND") == "Ủy ban nhân dân - Hội đồng nhân dân"


def test_a_short_form_defined_by_the_article_is_spelled_as_it_prints_it():
    text = "Sở Nông nghiệp & Phát triển Nông thôn (NN & PTNT) tỉnh Tây Ninh"
    found = {a.short: a.long for a in find_abbreviations(text)}
    assert found == {"NN & PTNT": "Nông nghiệp & Phát triển Nông thôn"}
    assert expand_abbreviations("Bộ NN&PTNT", found) == "Bộ Nông nghiệp & Phát triển Nông thôn"
    # a definition that differs from the table only in case keeps the table's spelling
    assert expand_abbreviations("Sở TN&MT", {"TN&MT": "Tài Nguyên và Môi Trường"}) == "Sở Tài nguyên và Môi trường"
    assert expand_abbreviations("Sở TN&MT") == "Sở Tài nguyên và Môi trường"
