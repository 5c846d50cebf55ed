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
