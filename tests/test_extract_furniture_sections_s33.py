"""A site's name or section and the section it files the page under, on one line with a bar between them, is the page's
furniture (round s33: a city district's veterans' and Party pages); a line with a bar that tells an act is not."""

from _signing_helpers import agency_names, extract


def test_a_site_s_name_and_its_section_name_no_body():
    facts = extract(
        "Hội CCB quận Cái Răng ký kết chương trình phối hợp\nHội Cựu chiến binh TP Cần Thơ | Tin hoạt động\n\nNgày "
        "10/6, Hội Cựu chiến binh quận Cái Răng ký kết chương trình phối hợp với Công an quận Cái Răng.",
        "2014-06-11",
        "Cần Thơ",
    )
    assert agency_names(facts) == ["Công an quận Cái Răng", "Hội Cựu chiến binh quận Cái Răng"]


def test_a_section_and_its_subsection_name_no_body():
    facts = extract(
        "Quận uỷ Đống Đa gặp mặt cán bộ\nTin tức | Hoạt động của Quận uỷ - HĐND - UBND\n\nChiều 13-10, Quận uỷ Đống Đa "
        "tổ chức gặp mặt cán bộ hưu trí.",
        "2015-10-14",
        "Hà Nội",
    )
    assert agency_names(facts) == ["Quận ủy Đống Đa"]


def test_a_line_with_a_bar_that_tells_an_act_stays_text():
    facts = extract(
        "Tin hoạt động\n\nHội Nông dân tỉnh | Tin hoạt động: Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình "
        "phối hợp.",
        "2020-05-05",
        "Nghệ An",
    )
    assert agency_names(facts) == ["Công an tỉnh", "Hội Nông dân tỉnh"]


def test_a_merged_press_organ_s_name_with_its_comma_and_the_section():
    facts = extract(
        "Công an Thanh Hóa ký biên bản ghi nhớ\nBáo và Phát thanh, Truyền hình Thanh Hóa | An ninh trật tự\n\nChiều "
        "24/11, Công an tỉnh Thanh Hóa và Công an tỉnh Hủa Phăn ký biên bản ghi nhớ.",
        "2025-11-25",
        "Thanh Hóa",
    )
    assert agency_names(facts) == ["Công an tỉnh Hủa Phăn", "Công an tỉnh Thanh Hóa"]
