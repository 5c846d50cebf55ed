"""Agency classes of the second generalisation round (made-up sentences): counted back-references to listed
places, posts named after their border gate, youth unions named with their parent body, named units of a
parent body, shared tails, titles that end in a body word."""

from __future__ import annotations

from phoihop.extract.agencies import find_agencies
from phoihop.extract.article import Article
from phoihop.extract.normalize import normalize
from phoihop.extract.pipeline import extract_article


def _names(text):
    return [a.canonical for a in find_agencies(normalize(text).text) if not a.in_title]


def _agencies(text: str, province: str | None = None, published: str = "2024-03-02"):
    facts = extract_article(Article("t", text, published=published, province=province))
    return sorted(a.name for a in facts.agencies)


# --- a counted head refers back to the places listed last at its level ---------------------------------

def test_a_counted_command_refers_back_to_the_listed_provinces():
    text = ("Năm qua, BĐBP 2 tỉnh Sơn La và Điện Biên đã phối hợp tuần tra. "
            "Tại hội nghị, Bộ Chỉ huy BĐBP 2 tỉnh đã ký kế hoạch hiệp đồng.")
    names = _names(text)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La" in names
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên" in names


def test_a_counted_head_whose_count_differs_refers_to_nothing():
    text = ("Năm qua, BĐBP 2 tỉnh Sơn La và Điện Biên đã phối hợp tuần tra. "
            "Tại hội nghị, Bộ Chỉ huy BĐBP 3 tỉnh đã ký kế hoạch hiệp đồng.")
    assert not any(n.startswith("Bộ Chỉ huy") for n in _names(text))


def test_a_force_named_with_a_bare_province_is_the_provincial_command():
    text = ("Đồn Biên phòng Pa Thơm (BĐBP Điện Biên) ký kết với xã bạn. BĐBP 2 tỉnh Sơn La và Điện Biên "
            "đã phối hợp tuần tra; Bộ Chỉ huy BĐBP 2 tỉnh đã ký kế hoạch năm 2024.")
    names = _agencies(text)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên" in names
    assert not any(n.startswith("Bộ đội Biên phòng") for n in names)


# --- border posts named after their border gate -------------------------------------------------------

def test_a_counted_lower_case_list_of_posts_keeps_the_border_gate_in_a_name():
    text = "Đại diện 3 đồn Biên phòng: Pa Thơm (BĐBP Điện Biên), cửa khẩu Lóng Sập và Chiềng Khương đã ký."
    names = [n for n in _names(text) if n.startswith("Đồn")]
    assert names == ["Đồn Biên phòng Pa Thơm", "Đồn Biên phòng cửa khẩu Lóng Sập", "Đồn Biên phòng Chiềng Khương"]


def test_the_international_border_gate_abbreviation_is_spelled_out():
    assert "Đồn Biên phòng cửa khẩu quốc tế Lóng Sập" in _names("Đồn Biên phòng CKQT Lóng Sập đã ký kết với xã.")
