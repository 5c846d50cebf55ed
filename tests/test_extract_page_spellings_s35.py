"""Round s35: a short form whose long form the page prints itself with other joints than the table's is spelled as the
page prints it ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh" and "Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"
name one body one way); a page that never prints the long form keeps the table's official form; made-up sentences."""

from _signing_helpers import agency_names, extract, positions_by_name


def _facts(text, province="Nghệ An", published="2023-05-12"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_title_s_short_form_is_spelled_as_the_page_prints_the_body():
    facts = _facts(
        "Chiều 11/5, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Nghệ An họp triển khai nhiệm vụ. Ông "
        "Hoàng Văn Lâm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCTT&TKCN tỉnh chủ trì."
    )
    assert positions_by_name(facts) == {
        "Hoàng Văn Lâm": [
            "Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh",
        ]
    }


def test_a_body_s_short_form_is_spelled_as_the_page_prints_it_elsewhere():
    facts = _facts(
        "Công tác Phòng cháy, chữa cháy được chú trọng. Ngày 11/5, Phòng Cảnh sát PCCC và Công an huyện Nghi Lộc "
        "ký kết quy chế phối hợp."
    )
    assert "Phòng Cảnh sát Phòng cháy, chữa cháy" in agency_names(facts)


def test_control_a_page_that_never_prints_the_long_form_keeps_the_table_s():
    facts = _facts("Ông Hoàng Văn Lâm, Trưởng Ban Chỉ huy PCTT&TKCN tỉnh chủ trì cuộc họp.")
    assert positions_by_name(facts) == {
        "Hoàng Văn Lâm": ["Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]
    }
