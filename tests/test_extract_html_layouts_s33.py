"""Pages as round s33's HTML helper saved them (made-up pages): data tables in the article's body, an article held in
an ``<iframe srcdoc>`` or in a frameset's ``<noframes>``, persons listed in a ``<dl>``, and an old portal's date in a
table's cell."""

from __future__ import annotations

from html import escape

from _signing_helpers import facts_of_folder

from phoihop.batch.pages import read_page

PARAGRAPHS = (
    "<p>Hội nghị diễn ra trong không khí dân chủ, thẳng thắn, các đại biểu tập trung thảo luận nhiều nội dung.</p>"
    "<p>Các đơn vị thống nhất tiếp tục phối hợp tuyên truyền, vận động nhân dân tham gia giữ gìn an ninh.</p>"
)
SIGNATORY_TABLE = (
    "<table><tr><th>Đơn vị</th><th>Đại diện ký</th></tr>"
    "<tr><td>Ban Thường vụ Huyện ủy Đắk Glong</td><td>Đồng chí Lê Văn Bình, Bí thư Huyện ủy</td></tr>"
    "<tr><td>Công an huyện Đắk Glong</td><td>Trung tá Phạm Quốc Huy, Trưởng Công an huyện</td></tr></table>"
)
DOCUMENT_TABLE = (
    "<table><tr><th>Số, ký hiệu</th><th>Ngày ký</th><th>Giai đoạn</th></tr>"
    "<tr><td>08-CTr/BTGTU-CAT</td><td>14/6/2022</td><td>2022 - 2027</td></tr></table>"
)


def _page(body: str, head: str = "<title>Báo Đắk Nông</title>") -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def _article(*blocks: str) -> str:
    return _page("<article><h1>Ký kết quy chế phối hợp</h1><p>Ngày 18/05/2023</p>" + "".join(blocks) + "</article>")


def _facts(tmp_path, page: str, name: str = "bai") -> dict:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.html").write_text(page, encoding="utf-8")
    return facts_of_folder(folder, tmp_path / "facts")[name]


def _persons(facts: dict) -> dict[str, list[str]]:
    return {p["name"]: p["positions"] for p in facts["persons"]}


def test_a_signatory_table_among_paragraphs_is_read_row_by_row(tmp_path):
    # (the table was dropped once paragraphs stood around it)
    lead = "<p>Ngày 17/5, các đơn vị của huyện Đắk Glong ký kết quy chế phối hợp. Thành phần ký kết:</p>"
    facts = _facts(tmp_path, _article(lead, PARAGRAPHS, SIGNATORY_TABLE, PARAGRAPHS))
    names = {a["name"] for a in facts["agencies"]}
    assert {"Ban Thường vụ Huyện ủy Đắk Glong", "Công an huyện Đắk Glong"} <= names
    assert _persons(facts) == {
        "Lê Văn Bình": ["Bí thư Huyện ủy"],
        "Phạm Quốc Huy": ["Trưởng Công an huyện"],
    }


def test_a_kept_table_s_cells_and_rows_are_apart():
    # (a short page's table was run together: "... Huyện ủy Đắk Glong Đồng chí Lê Văn Bình, Bí thư Huyện ủy Công an")
    text = read_page(_article("<p>Thành phần ký kết:</p>", SIGNATORY_TABLE)).text
    assert "\nBan Thường vụ Huyện ủy Đắk Glong | Đồng chí Lê Văn Bình, Bí thư Huyện ủy\n" in text
    assert text.endswith("\nCông an huyện Đắk Glong | Trung tá Phạm Quốc Huy, Trưởng Công an huyện")


def test_a_numbered_table_s_rows_are_no_menu_and_a_title_stays_in_its_row(tmp_path):
    # (a row of four short cells read as a site's piped menu and was blanked; "Phó Giám đốc" ran into the next row)
    table = (
        "<table><tr><th>STT</th><th>Đơn vị</th><th>Người ký</th><th>Chức vụ</th></tr>"
        "<tr><td>1</td><td>Công an tỉnh</td><td>Đại tá Lò Văn Sơn</td><td>Phó Giám đốc</td></tr>"
        "<tr><td>2</td><td>Thanh tra tỉnh</td><td>Ông Vi Văn Tường</td><td>Chánh Thanh tra</td></tr></table>"
    )
    facts = _facts(tmp_path, _article("<p>Các đơn vị cùng ký kết giao ước thi đua:</p>", PARAGRAPHS, table))
    assert "Thanh tra tỉnh" in {a["name"] for a in facts["agencies"]}
    assert _persons(facts) == {"Lò Văn Sơn": ["Phó Giám đốc"], "Vi Văn Tường": ["Chánh Thanh tra"]}


def test_a_table_of_documents_after_paragraphs_gives_its_symbols_dates_and_terms(tmp_path):
    lead = (
        "<p>Ngày 17/5, Ban Tuyên giáo Tỉnh ủy Đắk Nông và Công an tỉnh sơ kết chương trình phối hợp.</p>"
        "<p>Văn bản được sơ kết gồm:</p>"
    )
    facts = _facts(tmp_path, _article(lead, PARAGRAPHS, DOCUMENT_TABLE, PARAGRAPHS))
    assert [(d["symbol"], d["issued"], d["period"]) for d in facts["documents"]] == [
        ("08-CTr/BTGTU-CAT", "2022-06-14", [2022, 2027])
    ]


def test_a_label_cell_reads_on_into_its_value():
    table = (
        "<table><tr><td><b>CHỦ TRÌ:</b></td><td>Đồng chí Lê Văn Bình, Bí thư Huyện ủy</td></tr>"
        "<tr><td><b>ĐỊA ĐIỂM:</b></td><td>Hội trường Huyện ủy</td></tr></table>"
    )
    text = read_page(_article(PARAGRAPHS, table)).text
    assert "\nCHỦ TRÌ: Đồng chí Lê Văn Bình, Bí thư Huyện ủy\n" in text


def test_control_a_table_s_row_with_a_date_is_no_byline():
    table = (
        "<table><tr><td>THỜI GIAN:</td><td>08 giờ 00 ngày 17/05/2023</td></tr>"
        "<tr><td>ĐỊA ĐIỂM:</td><td>Hội trường Huyện ủy</td></tr></table>"
    )
    lead = (
        "<p>Sáng 17/5, Huyện ủy Đắk Glong và Công an huyện tổ chức lễ ký kết quy chế phối hợp nhiệm kỳ 2020 - 2025.</p>"
    )
    posted = '<p class="post-date">Ngày đăng: 18/05/2023</p>'
    page = _page("<article><h1>Ký kết quy chế phối hợp</h1>" + lead + table + PARAGRAPHS + posted + "</article>")
    assert read_page(page).published == "2023-05-18"


def test_controls_a_portal_s_layout_tables_menus_and_photo_tables_stay_as_they_were():
    menu = (
        '<table><tr><td><a href="/">Trang chủ</a></td><td><a href="/a">Tin tức</a></td></tr>'
        '<tr><td><a href="/b">Văn bản</a></td><td><a href="/c">Hỏi đáp</a></td></tr></table>'
    )
    masthead = "<table><tr><td>BÁO ĐẮK NÔNG ĐIỆN TỬ</td><td>Đường dây nóng: 0261.3544.xxx</td></tr></table>"
    photo = '<table><tr><td><img src="a.jpg"></td></tr><tr><td>Lễ ký kết quy chế. Ảnh: Thu Hà</td></tr></table>'
    text = read_page(
        _page(masthead + menu + "<article><h1>Ký kết quy chế phối hợp</h1>" + PARAGRAPHS + photo + "</article>")
    ).text
    assert "Trang chủ" not in text and "Đường dây nóng" not in text
    assert "\nLễ ký kết quy chế. Ảnh: Thu Hà" in text


SRCDOC_BODY = (
    "<h1>Ký kết quy chế phối hợp</h1><p>Thứ Ba, 14/10/2025</p><p>Sáng 13/10, Đảng ủy xã Ea Tiêu và Công an xã "
    "Ea Tiêu, tỉnh Đắk Lắk ký kết quy chế phối hợp giai đoạn 2025 - 2030.</p>"
)


def test_an_article_held_in_an_iframe_srcdoc_is_read(tmp_path):
    page = _page(f'<div class="logo">BÁO ĐẮK LẮK</div><iframe srcdoc="{escape(SRCDOC_BODY)}"></iframe>')
    facts = _facts(tmp_path, page)
    assert facts["published"] == "2025-10-14"
    assert [(sorted(s["parties"]), s["date"], s["period"]) for s in facts["signings"]] == [
        (["Công an xã Ea Tiêu", "Đảng ủy xã Ea Tiêu"], "2025-10-13", [2025, 2030])
    ]


def test_control_a_widget_s_small_srcdoc_adds_nothing():
    widget = escape("<p>Đang tải...</p>")
    plain = _article(PARAGRAPHS)
    with_widget = plain.replace("</article>", f'</article><iframe srcdoc="{widget}"></iframe>')
    assert read_page(with_widget).text == read_page(plain).text


def test_a_frameset_page_is_read_from_its_noframes_body(tmp_path):
    body = (
        "<body><h3>Giao ban công tác phối hợp</h3><p>(Ngày 05/7/2014)</p><p>Ngày 4/7, Công an tỉnh Hà Tĩnh và Bộ "
        "Chỉ huy Quân sự tỉnh tổ chức hội nghị giao ban. Chủ trì có Đại tá Võ Văn Lâm, Giám đốc Công an tỉnh.</p>"
        "</body>"
    )
    page = (
        '<html><head><meta charset="utf-8"><title>Công an Hà Tĩnh</title></head><frameset rows="90,*">'
        f'<frame src="top.htm"><noframes>{body}</noframes></frameset></html>'
    )
    facts = _facts(tmp_path, page)  # (the page was skipped: "no article text found in the page")
    assert {"Công an tỉnh Hà Tĩnh", "Bộ Chỉ huy Quân sự tỉnh"} <= {a["name"] for a in facts["agencies"]}
    assert _persons(facts) == {"Võ Văn Lâm": ["Giám đốc Công an tỉnh"]}


def test_persons_in_a_definition_list_under_a_label_keep_their_titles(tmp_path):
    dl = (
        "<dl><dt>CHỦ TRÌ HỘI NGHỊ</dt><dd>Đại tá Hồ Văn Tài, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh</dd>"
        "<dd>Bà Lê Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh</dd></dl>"
    )
    lead = "<p>Ngày 17/5, Hội Liên hiệp Phụ nữ tỉnh và Bộ Chỉ huy Quân sự tỉnh Đắk Nông tổ chức hội nghị.</p>"
    facts = _facts(tmp_path, _article(lead, dl))
    assert _persons(facts) == {
        "Hồ Văn Tài": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
        "Lê Thị Mai": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
    }


PORTAL = (
    '<table><tr><td class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</td></tr></table>'
    '<table><tr><td class="{date_class}">Thứ Năm, 09/03/2017 - 10:05</td></tr>'
    '<tr><td class="title"><b>Tỉnh đoàn và Công an tỉnh ký kết chương trình phối hợp</b></td></tr>'
    "<tr><td><p>Sáng 8/3, Ban Thường vụ Tỉnh đoàn Bình Định và Công an tỉnh ký kết chương trình phối hợp giai đoạn "
    "2017 - 2022.</p></td></tr></table>"
)


def test_an_old_portal_s_date_in_a_table_cell_dates_the_page(tmp_path):
    facts = _facts(tmp_path, _page(PORTAL.format(date_class="date")))
    assert facts["published"] == "2017-03-09"
    assert [s["date"] for s in facts["signings"]] == ["2017-03-08"]


def test_control_a_masthead_clock_above_the_headline_s_block_is_no_date():
    masthead = '<div class="top"><span class="date">Thứ Hai, 20/05/2024</span></div>'
    page = _page(masthead + '<div class="content"><h1>Ký kết chương trình phối hợp</h1>' + PARAGRAPHS + "</div>")
    assert read_page(page).published is None
