"""Round s31's HTML and crawled pages (made-up pages in their image): a date bar in the headline's block, an article
kept in a Next.js page's data, a break left inside a name, a full stop glued to the next sentence, Markdown links of
other articles, and a table's row flattened into "name | title"."""

import json

import pytest
from _signing_helpers import extract, party_sets, positions_by_name

from phoihop.batch.pages import read_page

_PARAGRAPHS = (
    "<p>Chiều 11/3, Sở Y tế và Công an tỉnh Bình Thuận ký kế hoạch phối hợp phòng, chống dịch.</p>"
    "<p>Theo kế hoạch, hai đơn vị phối hợp tổ chức cách ly tập trung, truy vết các trường hợp tiếp xúc với người "
    "bệnh; bảo đảm an ninh trật tự tại các khu cách ly.</p>"
    "<p>Các địa phương được yêu cầu tạm dừng lễ hội, hoạt động tập trung đông người đến hết tháng 3.</p>"
)


def _page(before_headline: str, after_headline: str = "", body: str = _PARAGRAPHS, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ký kế hoạch liên ngành</title>{head}'
        '</head><body><header><nav><ul><li><a href="/1">Thời sự</a></li><li><a href="/2">Kinh doanh</a></li></ul>'
        f'</nav></header><section><div class="main">{before_headline}<h1>Bình Thuận ký kế hoạch liên ngành phòng, '
        f"chống dịch</h1>{after_headline}<article>{body}</article></div></section>"
        "<footer><p>Giấy phép số 548/GP-BTTTT.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "before, after",
    [
        (
            '<div class="bar"><ul class="breadcrumb"><li><a href="/t">Thời sự</a></li></ul>'
            '<span class="date">Thứ năm, 12/3/2020, 14:05 (GMT+7)</span></div>',
            "",
        ),
        ("<h2 class='date-header'><span>Thứ Năm, 12 tháng 3, 2020</span></h2>", ""),
        ("", '<div class="credits">Nội dung: Trúc Ly | Ảnh: Minh Nhật | Thiết kế: Bảo Anh | 12/3/2020</div>'),
    ],
)
def test_a_page_dated_in_the_headline_s_block_or_by_its_credits(before, after):
    assert read_page(_page(before, after)).published == "2020-03-12"


def test_a_masthead_clock_outside_the_headline_s_block_dates_nothing():
    html = _page("").replace(
        "<section>", '<div class="top"><span class="today">Thứ Hai, 20/05/2024</span></div><section>'
    )
    assert read_page(html).published is None


def test_an_article_kept_in_a_next_js_page_s_data_is_read():
    data = {"props": {"pageProps": {"article": {"content": _PARAGRAPHS}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    page = read_page(_page('<span class="date">12/03/2020</span>', body="").replace("</body>", script + "</body>"))
    assert "Sở Y tế và Công an tỉnh Bình Thuận ký kế hoạch phối hợp" in page.text


def _facts(text, province="Lâm Đồng"):
    return extract(f"Tin\n\n{text}", "2017-05-25", province)


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "Ngày 12/5/2017, Công an tỉnh và Ủy ban MTTQ Việt\nNam tỉnh Lâm Đồng ký kết chương trình phối hợp.",
            ("Công an tỉnh Lâm Đồng", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"),
        ),
        (
            "Ngày 12/5/2017, tại Đà Lạt, Ban Dân vận Tỉnh ủy và Ban\nThường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng đã "
            "ký kết Chương trình phối hợp giai đoạn 2017 - 2020.",
            ("Ban Dân vận Tỉnh ủy Lâm Đồng", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"),
        ),
    ],
)
def test_a_break_left_inside_a_name_is_joined(text, parties):
    assert party_sets(_facts(text)) == [parties]


def test_a_title_broken_after_its_head_is_whole():
    facts = _facts("Dự lễ có đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng\nBan Dân vận Tỉnh ủy.")
    assert positions_by_name(facts) == {"Nguyễn Văn Hùng": ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"]}


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    facts = _facts(
        "Dự có đại diện Sở Tư pháp và Sở Giáo dục và Đào tạo.Đại tá Lò Văn Huân và bà Cầm Thị Phong ký kết chương "
        "trình phối hợp."
    )
    assert party_sets(facts) == []


def test_a_markdown_link_to_another_article_is_furniture():
    facts = _facts(
        "Công an tỉnh và Viện KSND tỉnh ký kết quy chế phối hợp.\n> Xem thêm: [Công an tỉnh ký kết quy chế phối hợp "
        "với Hội Nông dân tỉnh](https://example.vn/a.htm)"
    )
    assert party_sets(facts) == [("Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh")]


def test_a_flattened_row_gives_the_name_its_title():
    facts = _facts(
        "Công an tỉnh ký kết quy chế phối hợp.\nĐại tá Trần Văn Quang | Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh"
    )
    assert positions_by_name(facts) == {"Trần Văn Quang": ["Bí thư Đảng ủy", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"]}
