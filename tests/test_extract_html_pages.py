"""The classes of errors the HTML variant of the robustness test found (a corpus served as provincial papers'
pages, tests/test_extract_robustness.py), each on a made-up page: what the page reader took from a page's
furniture for the article's date, title, province or text, and the source credit under a report."""

from __future__ import annotations

import json

import pytest

from phoihop.batch.pages import byline_date, read_page
from phoihop.batch.readers import SourcedArticle, read_file
from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

_BODY = (
    "<p>Sáng 12/3, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp giai đoạn 2024 - 2029.</p>"
    "<p>Theo chương trình, hai bên phối hợp tuyên truyền, vận động nhân dân chấp hành pháp luật.</p>"
    "<p>Dự lễ ký có lãnh đạo các sở, ngành của tỉnh và đại diện các huyện, thị xã, thành phố.</p>"
)
_FOOTER = "Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 245/GP-BTTTT cấp ngày 12/6/2020."


def _page(head: str = "", masthead: str = "", byline: str = "", body: str = _BODY, footer: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="top">{masthead}</div><div class="content"><h1>Ký kết chương trình phối hợp</h1>{byline}'
        f'<div class="detail">{body}</div></div>{footer}</body></html>'
    )


@pytest.mark.parametrize(
    "masthead",
    [
        '<span class="date-today">Thứ Hai, 20/05/2024</span>',  # a class htmldate reads as the page's date
        '<div class="today">Thứ Hai, 20/05/2024</div>',
    ],
)
def test_the_masthead_clock_is_not_the_publication_date(masthead):
    # The site's clock above the headline is the day the page was served; an undated report stays undated (its
    # "Sáng 12/3" gets no year) rather than being dated by it.
    assert read_page(_page(masthead=masthead)).published is None
    # The same day written again below the headline is the article's.
    dated = _page(masthead=masthead, byline='<div class="time">Thứ Hai, 20/05/2024 08:30</div>')
    assert read_page(dated).published == "2024-05-20"


def test_a_date_of_the_footer_or_of_the_report_is_not_the_publication_date():
    # (htmldate's search of the whole text took the footer's licence date, and a report's "ngày 1/8/2013")
    body = _BODY.replace("Sáng 12/3,", "Ngày 1/8/2013,")
    footer = f'<div class="chan-trang">{_FOOTER}</div>'
    assert read_page(_page(body=body, footer=footer)).published is None


def test_a_date_in_a_hotline_banner_at_the_head_of_the_text_is_the_sites_clock():
    banner = "Đường dây nóng: 0912011882 - (024) 39364407Chủ nhật, 01/10/2023 10:33 GMT+7"
    assert byline_date([banner, "Sáng 12/3, Ban Dân vận Tỉnh ủy ký kết."]) is None
    assert byline_date(["Thứ bảy, 19/02/2022 19:52", "Sáng 12/3, Ban Dân vận Tỉnh ủy ký kết."]) == "2022-02-19"


@pytest.mark.parametrize(
    "footer",
    [
        f'<div class="chan-trang">{_FOOTER} Lượt truy cập: 12.345.678</div>',
        f'<div class="copyright">{_FOOTER}</div>',
        f'<div id="footer"><p>{_FOOTER}</p></div>',
        f"<footer><p>{_FOOTER}</p></footer>",
    ],
)
def test_the_pages_footer_is_not_text(footer):
    # A story of <br>-separated lines in a plain <div> under a headline <div> made trafilatura keep the footer,
    # and its "Tỉnh ủy" became a body of the report.
    body = "<br><br>\n".join(p.removeprefix("<p>") for p in _BODY.split("</p>") if p)
    page = read_page(
        '<html><head><meta charset="utf-8"><title>Ký kết</title></head><body><div class="noidung">'
        f'<div class="tieude">Ký kết chương trình phối hợp</div><div class="chitiet">{body}</div>'
        f'<div class="tacgia">Minh Châu</div></div>{footer}</body></html>'
    )
    assert "Ban Dân vận Tỉnh ủy" in page.text and "Cơ quan chủ quản" not in page.text


@pytest.mark.parametrize(
    "site",
    ["Báo Bà Rịa - Vũng Tàu điện tử", "Báo Kon Tum", "Cổng thông tin điện tử tỉnh Gia Lai"],
)
def test_the_headline_is_the_h1_not_the_title_element_with_the_sites_name(site):
    # "<title>X | Báo Bà Rịa - Vũng Tàu điện tử</title>" was cut at its last dash ("X | Báo Bà Rịa"), over the <h1>.
    page = read_page(_page(head=f"<title>Ký kết chương trình phối hợp | {site}</title>"))
    assert page.title == "Ký kết chương trình phối hợp"
    assert page.text.startswith("Ký kết chương trình phối hợp\n\nSáng 12/3")


def test_a_title_element_alone_loses_a_site_name_with_a_dash():
    page = read_page(
        "<html><head><title>Ký kết quy chế phối hợp | Báo Bà Rịa - Vũng Tàu điện tử</title></head><body><div>"
        + "<p>Nội dung bài viết về chương trình phối hợp.</p>" * 3
        + "</div></body></html>"
    )
    assert page.title == "Ký kết quy chế phối hợp"


@pytest.mark.parametrize(
    "head, province",
    [
        ("<title>Ký kết | Báo Kon Tum điện tử</title>", "Kon Tum"),
        ("<title>Ký kết | Báo Bà Rịa - Vũng Tàu điện tử</title>", "Bà Rịa - Vũng Tàu"),
        ("<title>Cổng thông tin điện tử tỉnh Gia Lai</title>", "Gia Lai"),
        ('<meta property="og:site_name" content="Đài PT-TH Lạng Sơn"><title>Ký kết</title>', "Lạng Sơn"),
        ("<title>Ký kết - Báo Thanh Niên</title>", None),  # a national paper names no province
        ("<title>Ký kết chương trình phối hợp</title>", None),
    ],
)
def test_the_province_of_a_page_is_the_one_its_sites_name_gives(head, province):
    assert read_page(_page(head=head)).province == province


def test_an_html_file_and_a_json_record_of_html_take_the_sites_province(tmp_path):
    # A page has no province field; without it the extractor took the province the report names most, often the
    # partner's ("Hội Nông dân tỉnh Kon Tum ... với Hội Nông dân tỉnh Quảng Ngãi ... Quảng Ngãi").
    page = _page(head="<title>Ký kết | Báo Kon Tum điện tử</title>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "b", "text": page}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "c.json").write_text(
        json.dumps({"id": "c", "text": page, "province": "Gia Lai"}, ensure_ascii=False), encoding="utf-8"
    )
    read = {
        i.article.id: i.article.province
        for name in ("a.html", "b.json", "c.json")
        for i in read_file(tmp_path / name)
        if isinstance(i, SourcedArticle)
    }
    assert read == {"a": "Kon Tum", "b": "Kon Tum", "c": "Gia Lai"}  # (the record's own field wins)


# A report pasted from a word processor or a PDF keeps its fixed-width lines, each set in a <p> or after a <br>.
_WRAPPED = [
    "Sáng ngày 11/9/2021, Liên ngành Viện kiểm sát nhân dân và Tòa án nhân dân tỉnh",
    "Quảng Nam tổ chức hội nghị sơ kết 03 năm thực hiện quy chế phối hợp. Dự hội",
    "nghị có đồng chí Huỳnh Thị Hiền, Trưởng ban pháp chế HĐND huyện, đồng chí Nguyễn",
    "Văn Tập, Viện trưởng VKSND huyện, đồng chí Nguyễn Minh Quốc, Chánh án Tòa",
    "án nhân dân huyện cùng toàn thể thẩm phán, kiểm sát viên của 2 đơn vị.",
]


@pytest.mark.parametrize("markup", ["<p>{}</p>", "{}<br>"])
def test_the_lines_of_a_fixed_width_layout_are_one_paragraph_for_the_extractor(markup):
    # Every line a paragraph of its own ("\n\n" apart) kept the extractor from joining them, and "Nguyễn" /
    # "Văn Tập" was no one: such lines keep one line break, as in a text file, and are read as one paragraph.
    page = read_page(_page(body="".join(markup.format(line) for line in _WRAPPED)))
    assert "\n".join(_WRAPPED) in page.text
    assert page.text.startswith("Ký kết chương trình phối hợp\n\nSáng ngày 11/9/2021")
    facts = extract_article(Article("x", page.text, page.title, "2021-09-11", "Quảng Nam"))
    assert {p.name for p in facts.persons} >= {"Nguyễn Văn Tập", "Nguyễn Minh Quốc"}
    # Paragraphs that are no such layout stay a blank line apart.
    assert "\n\n".join(p.removeprefix("<p>") for p in _BODY.split("</p>") if p) in read_page(_page()).text


@pytest.mark.parametrize("credit", ["Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh.", "Sở Thông tin và Truyền thông"])
def test_a_body_named_alone_on_the_reports_last_line_is_its_source_not_an_actor(credit):
    # (a portal sets the office that posted the report right under it: "<p align=right><b>Văn phòng UBND tỉnh</b>")
    text = (
        "Ký kết chương trình phối hợp\n\nSáng 12/3, Ban Dân vận Tỉnh ủy và Công an tỉnh Kon Tum ký kết chương trình "
        f"phối hợp giai đoạn 2024 - 2029.\n\nDự lễ ký có lãnh đạo các sở, ngành của tỉnh.\n\n{credit}"
    )
    facts = extract_article(Article("x", text, "Ký kết chương trình phối hợp", "2024-03-12", "Kon Tum"))
    names = {a.name for a in facts.agencies}
    assert not any(n.startswith(("Văn phòng", "Sở Thông tin")) for n in names), names
    assert any(n.startswith("Ban Dân vận") for n in names) and any(n.startswith("Công an") for n in names)
    # A body named on the last line inside a sentence is read as ever.
    facts = extract_article(Article("y", text + " đã dự lễ ký", None, "2024-03-12", "Kon Tum"))
    assert any(a.name.startswith(credit[:9]) for a in facts.agencies)


# round s29: a helper's 25 made-up HTML pages in the layouts of provincial papers and portals (the markup here is made
# up in their image)
_CAPTION = "Đại tá Lý Văn Sơn và ông Vàng Seo Lử, Chủ tịch Hội Nông dân tỉnh ký kết quy chế giai đoạn 2023 - 2028."


@pytest.mark.parametrize(
    "photo",
    [
        f'<figure><img src="a.jpg"><figcaption>{_CAPTION}</figcaption></figure>',
        f'<table class="image"><tr><td><img src="a.jpg"></td></tr><tr><td class="image_desc">{_CAPTION}</td></tr>'
        "</table>",
    ],
)
def test_a_photo_s_caption_is_read_as_a_paragraph_in_its_place(photo):
    body = _BODY.replace("</p><p>Theo", f"</p>{photo}<p>Theo", 1)
    text = read_page(_page(body=body)).text
    paragraphs = text.split("\n\n")
    assert _CAPTION in paragraphs
    # (after the paragraph before the photo, before the one after it)
    assert paragraphs.index(_CAPTION) == 2


def test_a_caption_in_a_table_that_lays_out_the_whole_page_stays_in_its_place():
    body = f'<table><tr><td>{_BODY}</td></tr><tr><td class="caption">Quang cảnh hội nghị.</td></tr></table>'
    text = read_page(_page(body=body)).text
    assert text.endswith("Quang cảnh hội nghị.") or "Quang cảnh hội nghị." not in text


@pytest.mark.parametrize(
    "date_line",
    [
        '<div class="meta"><span class="time">Thứ bảy, 18/03/2022, 15:40 [GMT+7]</span></div>',
        '<div class="meta">Thứ Sáu, 18/03/2022 - 15:40 (GMT+7)</div>',
        '<div class="meta">Ngày đăng: 18/03/2022</div>',
    ],
)
def test_the_date_line_under_the_headline_dates_the_page(date_line):
    masthead = '<div class="date-now">Thứ Hai, 16/02/2026</div>'
    assert read_page(_page(masthead=masthead, byline=date_line)).published == "2022-03-18"


def test_a_portal_s_contact_box_at_the_bottom_is_furniture():
    box = (
        '<div id="bottom-info">Cơ quan thường trực: Văn phòng UBND tỉnh. Trưởng Ban biên tập: Ông Trần Minh Đức - '
        "Chánh Văn phòng UBND tỉnh.</div>"
    )
    assert "Văn phòng UBND tỉnh" not in read_page(_page(footer=box)).text


# Round s30: old ASP.NET portals, AMP and print views (a helper's made-up pages; the markup here in their image)
_LEAD = (
    "Sáng 16-7, Ban Dân vận Tỉnh ủy Thanh Hóa ký kết chương trình phối hợp giai đoạn 2015 - 2020 với Công an tỉnh và "
    "Bộ CHQS tỉnh."
)
_REST = (
    "<p>Dự hội nghị có đồng chí Lê Thị Vân Anh, Trưởng Ban Dân vận Tỉnh ủy; Thiếu tướng Hoàng Văn Thắng, Giám đốc Công "
    "an tỉnh.</p><p>Theo đó, các bên phối hợp tuyên truyền, vận động nhân dân chấp hành chủ trương của Đảng, chính "
    "sách, pháp luật của Nhà nước; xây dựng thế trận quốc phòng toàn dân vững chắc.</p><p>Phát biểu kết luận, đồng chí "
    "Lê Thị Vân Anh đề nghị các bên sớm ban hành kế hoạch thực hiện, định kỳ 6 tháng giao ban.</p>"
)


def _portal(lead: str, date: str = '<span class="date">17/07/2015</span>') -> str:
    return (
        '<html><head><meta charset="utf-8"><title>Ký kết chương trình phối hợp</title></head><body><form>'
        '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUK"/><table width="1000"><tr><td>'
        '<span id="ctl00_lblTieuDe"><font size="4"><b>Ký kết chương trình phối hợp công tác dân vận</b></font>'
        f'</span><br/>{lead}<span id="ctl00_lblNoiDung">{_REST}</span></td></tr>'
        f'<tr><td align="right">{date}</td></tr></table></form></body></html>'
    )


@pytest.mark.parametrize(
    "lead",
    [
        f'<span id="ctl00_lblTomTat" style="font-weight:bold;">{_LEAD}</span><br/>',
        f"<p><strong>{_LEAD}</strong></p>",
        f"<div><b>{_LEAD}</b></div>",
    ],
)
def test_a_portal_s_lead_in_bold_or_in_its_summary_label_is_read(lead):
    page = read_page(_portal(lead))
    assert _LEAD in page.text
    assert page.published == "2015-07-17"


def test_the_posting_day_a_label_gives_far_from_the_headline_is_the_page_s_date():
    page = read_page(_portal(f"<p>{_LEAD}</p>", '<span id="ctl00_lblNgayDang">Ngày đăng: 18/07/2015</span>'))
    assert page.published == "2015-07-18"


def test_a_time_in_another_zone_is_read_at_vietnam_s():
    html = _portal(f"<p>{_LEAD}</p>", "").replace(
        "<title>", '<meta property="article:published_time" content="2017-12-31T17:30:00+00:00"><title>'
    )
    assert read_page(html).published == "2018-01-01"


# (a caption that tells the signing)
_PC = "Hội Nông dân tỉnh và Công an tỉnh ký kết kế hoạch phối hợp giai đoạn 2024 - 2028."


@pytest.mark.parametrize(
    "photo",
    [
        f'<figure><amp-img src="a.jpg" width="720" height="480"></amp-img><figcaption class="caption">{_PC}'
        "</figcaption></figure>",
        f'<div class="print-image"><img src="a.jpg"><br><span class="print-caption"><i>{_PC}</i></span></div>',
        f'<table align="center"><tr><td><img src="a.jpg"></td></tr><tr><td align="center"><i>{_PC}</i></td>'
        "</tr></table>",
        f'<p class="caption">{_PC}</p>',
    ],
)
def test_a_caption_in_amp_print_or_table_markup_is_read(photo):
    html = (
        "<html><body><article><h1>Giao ban công tác phối hợp quý I</h1><div class='article-body'><p>Sáng 12/3, tại "
        "Hội trường Công an tỉnh Hà Tĩnh diễn ra hội nghị giao ban công tác phối hợp quý I.</p><p>Dự hội nghị có "
        "Đại tá Trần Hồng Lĩnh, Phó Giám đốc Công an tỉnh; bà Lê Thị Thu Hà, Chủ tịch Hội Nông dân tỉnh.</p>"
        f"{photo}<p>Các đại biểu đã thảo luận nhiều giải pháp bảo đảm an ninh trật tự ở nông thôn, phòng chống "
        "tội phạm lừa đảo qua mạng.</p></div></article></body></html>"
    )
    assert _PC in read_page(html).text
