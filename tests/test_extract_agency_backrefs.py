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
    text = (
        "Năm qua, BĐBP 2 tỉnh Sơn La và Điện Biên đã phối hợp tuần tra. "
        "Tại hội nghị, Bộ Chỉ huy BĐBP 2 tỉnh đã ký kế hoạch hiệp đồng."
    )
    names = _names(text)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La" in names
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên" in names


def test_a_counted_head_whose_count_differs_refers_to_nothing():
    text = (
        "Năm qua, BĐBP 2 tỉnh Sơn La và Điện Biên đã phối hợp tuần tra. "
        "Tại hội nghị, Bộ Chỉ huy BĐBP 3 tỉnh đã ký kế hoạch hiệp đồng."
    )
    assert not any(n.startswith("Bộ Chỉ huy") for n in _names(text))


def test_a_force_named_with_a_bare_province_is_the_provincial_command():
    text = (
        "Đồn Biên phòng Pa Thơm (BĐBP Điện Biên) ký kết với xã bạn. BĐBP 2 tỉnh Sơn La và Điện Biên "
        "đã phối hợp tuần tra; Bộ Chỉ huy BĐBP 2 tỉnh đã ký kế hoạch năm 2024."
    )
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


# --- youth unions ----------------------------------------------------------------------------------------


def test_the_youth_union_of_a_body_is_named_with_the_body():
    text = "Sáng 3/4, Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh ký kết chương trình phối hợp với xã."
    found = [a for a in find_agencies(normalize(text).text)]
    assert [(a.canonical, a.sector) for a in found] == [("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh", "front")]


def test_the_youth_union_spelled_out_and_the_level_committee_word_are_one_body():
    text = (
        "Sáng 5/3, Báo Nhân Dân và Đoàn TNCS Hồ Chí Minh tỉnh Sóc Trăng ký kết thỏa thuận hợp tác. "
        "Phía Tỉnh Đoàn Sóc Trăng có đại diện lãnh đạo Tỉnh Đoàn Sóc Trăng."
    )
    names = _agencies(text, province="Sóc Trăng")
    assert names == ["Báo Nhân Dân", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Sóc Trăng"]


def test_a_level_shared_from_the_end_of_a_list_does_not_rename_the_level_committee():
    text = (
        "Sáng 5/3, Đoàn Thanh niên và Hội Nông dân huyện sơ kết chương trình phối hợp. "
        "Nhân dịp này, Huyện Đoàn và Hội Nông dân huyện khen thưởng 4 tập thể."
    )
    names = _agencies(text, province="Sóc Trăng")
    assert "Huyện Đoàn" in names and not any(n.startswith("Đoàn Thanh niên") for n in names)


# --- named units of a parent body --------------------------------------------------------------------------


def test_a_named_unit_set_off_by_a_comma_is_named_bare():
    text = "Theo kế hoạch, Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh và Văn phòng tổng hợp, TAND tỉnh là đầu mối."
    assert _names(text)[0] == "Ban Dân chủ - Pháp luật"
    assert "Văn phòng tổng hợp" in _names(text)


def test_a_named_unit_with_its_parent_in_brackets_is_the_parents_unit():
    text = "Ban Dân chủ-Pháp luật (Ủy ban MTTQ tỉnh) và Văn phòng tổng hợp (TAND tỉnh) được giao làm đầu mối."
    names = _names(text)
    assert "Ban Dân chủ - Pháp luật Ủy ban Mặt trận Tổ quốc tỉnh" in names
    assert "Văn phòng tổng hợp Tòa án nhân dân tỉnh" in names
    assert "Ủy ban Mặt trận Tổ quốc tỉnh" in names  # the parent in brackets stays an agency


def test_a_named_unit_before_its_parent_is_one_name():
    assert _names("Cán bộ Ban Dân chủ-Pháp luật Ủy ban MTTQ huyện dự họp.") == [
        "Ban Dân chủ - Pháp luật Ủy ban Mặt trận Tổ quốc huyện"
    ]


def test_an_abbreviated_procuracy_takes_the_level_its_list_ends_with():
    names = _names("Viện KSND và Tòa án nhân dân huyện Đăk Glei ký kết quy chế phối hợp.")
    assert names == ["Viện Kiểm sát nhân dân huyện Đăk Glei", "Tòa án nhân dân huyện Đăk Glei"]


def test_a_bare_abbreviated_procuracy_is_no_agency():
    assert _names("Ông A, cán bộ Viện KSND, phát biểu tại buổi gặp mặt.") == []
