"""News pages in the layouts of Vietnamese provincial papers, wrapped around real article texts.

    python benchmarks/news_pages.py [--corpus ../shared/corpus/real/articles] [--out tests/fixtures/news_pages]

Each page puts one article of the corpus (its ``text``, ``title`` and
``published``) inside the furniture such sites carry: a masthead with today's
date, a menu, a breadcrumb, a byline with a view counter, share buttons,
"Tin liên quan" / "Tin khác" / "Đọc nhiều" lists of other headlines with
their own dates, banners, tags and a footer with the paper's address. Five
layouts are used in turn: a classic <div> paper, a table-based provincial
portal, an HTML5 <article> page with Open Graph metadata, a page whose
paragraphs are <div>s and <br>s, and a page with a lead, figure captions and a
"Tin cùng chuyên mục" grid.

Beside the pages, ``truth.json`` records for each page the text that should
come out (title + body paragraphs), its publication date, and the furniture
strings that should not. The fixtures are committed; this script re-creates
them from the corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real" / "articles"
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "news_pages"

MENU = [
    "Trang chủ",
    "Thời sự",
    "Chính trị",
    "Kinh tế",
    "Xã hội",
    "Văn hóa",
    "Thể thao",
    "Quốc phòng - An ninh",
    "Pháp luật",
    "Bạn đọc",
    "Video",
    "Báo in",
]
OTHER_HEADLINES = [
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15", "12/03/2019"),
    ("Khai mạc Hội báo Xuân Giáp Thìn", "02/02/2024"),
    ("Tỉnh đoàn tổ chức Ngày hội thanh niên với văn hóa giao thông", "27/03/2020"),
    ("Nâng cao hiệu quả công tác dân vận chính quyền năm 2023", "15/08/2023"),
    ("Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)", "07/05/2024"),
    ("Trao tặng nhà đại đoàn kết cho hộ nghèo xã biên giới", "19/11/2021"),
    ("Diễn tập khu vực phòng thủ huyện năm 2022", "08/09/2022"),
    ("Hội nghị tổng kết công tác tuyển quân năm 2018", "26/12/2018"),
    ("Sở Y tế kiểm tra an toàn thực phẩm dịp Tết Trung thu", "20/09/2017"),
    ("Giải chạy việt dã Báo tỉnh lần thứ XX", "14/04/2016"),
]
FOOTER = (
    "Cơ quan chủ quản: Tỉnh ủy. Tổng Biên tập: Nguyễn Văn Hùng. Địa chỉ: Số 108 đường Lê Lợi, "
    "thành phố tỉnh lỵ. Điện thoại: 0226 3852 111. Giấy phép số 245/GP-BTTTT cấp ngày 12/6/2020. "
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này."
)
TODAY = "Thứ Hai, 20/05/2024"
# (a date or a time, not a span of years: "giai đoạn 2019-2025" is the report's)
_DATE_LINE = re.compile(r"(?<!\d)\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?!\d)|\d{1,2}:\d{2}|GMT")


def body_paragraphs(article: dict) -> list[str]:
    """The article's body: its paragraphs after the title, less date lines and scraps of the old page."""
    paragraphs = [p.strip() for p in re.split(r"\n+", article["text"]) if p.strip()]
    title = article.get("title") or paragraphs[0]
    if paragraphs and paragraphs[0].strip().lower() == title.strip().lower():
        paragraphs = paragraphs[1:]
    kept = []
    for p in paragraphs:
        if len(p) < 60 and (_DATE_LINE.search(p) or len(p) < 25):
            continue  # "Thứ bảy, 19/02/2022 19:52", "Ngày đăng:", "aa": the old page's furniture
        kept.append(p)
    return kept


def choose_articles(corpus: Path, count: int = 15) -> list[dict]:
    """``count`` corpus articles with a title, a publication date and a body of some length, spread over the corpus."""
    articles = []
    for path in sorted(corpus.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if article.get("published") and article.get("title") and len(body_paragraphs(article)) >= 3:
            articles.append(article)
    step = max(1, len(articles) // count)
    return articles[::step][:count]


def _vn_date(iso: str | None) -> tuple[str, str]:
    """("19/02/2022", "Thứ bảy") for "2022-02-19"; ("", "") for an article without a date, whose page prints
    none in its byline (the corpus leaves such an article's dates of day and month without a year)."""
    if not iso:
        return "", ""
    day = dt.date.fromisoformat(iso)
    weekday = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][day.weekday()]
    return day.strftime("%d/%m/%Y"), weekday


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _menu() -> str:
    return (
        '<ul class="main-menu">'
        + "".join(f'<li><a href="/chuyen-muc/{i}">{_e(m)}</a></li>' for i, m in enumerate(MENU))
        + "</ul>"
    )


def _related(title: str, css: str, k: int, offset: int) -> tuple[str, list[str]]:
    items = [OTHER_HEADLINES[(offset + i) % len(OTHER_HEADLINES)] for i in range(k)]
    lis = "".join(
        f'<li><a href="/tin/{int(hashlib.sha1(h.encode()).hexdigest()[:4], 16)}.html">{_e(h)}</a> <span class="date">({d})</span></li>'
        for h, d in items
    )
    return (f'<div class="{css}"><h3>{_e(title)}</h3><ul>{lis}</ul></div>', [h for h, _ in items])


def _head(article: dict, *, meta_date: bool, og: bool) -> str:
    title = _e(article["title"])
    parts = [f'<meta charset="utf-8"><title>{title} | Báo {_e(article.get("province") or "tỉnh")} điện tử</title>']
    if og:
        parts.append(f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">')
    if meta_date:
        parts.append(f'<meta property="article:published_time" content="{article["published"]}T08:30:00+07:00">')
    parts.append('<link rel="stylesheet" href="/static/site.css"><script>var _gaq = _gaq || [];</script>')
    return "<head>" + "".join(parts) + "</head>"


def layout_classic(a: dict, body: list[str], n: int) -> tuple[str, list[str]]:
    date, weekday = _vn_date(a["published"])
    related, heads = _related("Tin liên quan", "box-related-news", 5, n)
    counter = f"Lượt xem: {1000 + 37 * n}"
    page = f"""<!DOCTYPE html><html lang="vi">{_head(a, meta_date=False, og=False)}<body>
<div id="masthead"><div class="logo"><a href="/">BÁO {_e((a.get("province") or "TỈNH").upper())}</a></div>
<div class="today">{TODAY}</div><div class="hotline">Đường dây nóng: 0912 345 678</div></div>
<div id="menu">{_menu()}</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chinh-tri">Chính trị</a></div>
<div class="main-content"><div class="col-left">
<h1 class="title-detail">{_e(a["title"])}</h1>
<div class="byline"><span class="author">Thu Hà</span>{f' - <span class="time">{weekday}, {date} 08:30</span>' if date else ""}
<span class="views">{counter}</span></div>
<div class="detail-content">{"".join(f"<p>{_e(p)}</p>" for p in body)}</div>
<div class="social-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
{related}
</div><div class="col-right"><div class="banner"><img src="/qc/banner.jpg" alt="Quảng cáo"></div>
<div class="most-read"><h3>Đọc nhiều</h3><p>{_e(OTHER_HEADLINES[(n + 6) % 10][0])}</p></div></div></div>
<div id="footer"><p>{_e(FOOTER)}</p></div></body></html>"""
    return page, ["Đường dây nóng", "Chia sẻ Facebook", counter, "Tổng Biên tập", TODAY, *heads]


def layout_portal(a: dict, body: list[str], n: int) -> tuple[str, list[str]]:
    date, _ = _vn_date(a["published"])
    others = [OTHER_HEADLINES[(n + i) % 10] for i in range(6)]
    rows = "".join(
        f'<tr><td class="other-news"><a href="/tin-khac/{i}">{_e(h)}</a> ({d})</td></tr>'
        for i, (h, d) in enumerate(others)
    )
    menu = "".join(f'<tr><td class="menu-item"><a href="/m/{i}">{_e(m)}</a></td></tr>' for i, m in enumerate(MENU[:8]))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng thông tin điện tử tỉnh {_e(a.get("province") or "")}</title></head><body>
<table width="1000" align="center"><tr><td colspan="2" class="banner-top">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH
{_e((a.get("province") or "").upper())} - {TODAY}</td></tr>
<tr><td width="200" valign="top"><table>{menu}</table><div class="lienket">Liên kết website: Chính phủ, Quốc hội</div></td>
<td valign="top"><div class="path">Tin tức - Sự kiện &gt; Tin hoạt động</div>
<div class="news-title"><b>{_e(a["title"])}</b></div>
<div class="news-date">{f"Ngày đăng: {date} | " if date else ""}Lượt xem: {250 + n}</div>
<div class="news-content">{"".join(f"<p>{_e(p)}</p>" for p in body)}
<p align="right"><b>Văn phòng UBND tỉnh</b></p></div>
<div class="print-email"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
<div class="other-title">Các tin khác</div><table>{rows}</table></td></tr>
<tr><td colspan="2" class="footer">{_e(FOOTER)}</td></tr></table></body></html>"""
    return page, ["Liên kết website", "In trang", "Gửi email", "Tổng Biên tập", TODAY] + [h for h, _ in others]


def layout_html5(a: dict, body: list[str], n: int) -> tuple[str, list[str]]:
    date, weekday = _vn_date(a["published"])
    related, heads = _related("Tin cùng chuyên mục", "related", 4, n + 2)
    time = f'<time datetime="{a["published"]}T08:30:00+07:00">{weekday}, {date}</time> · ' if date else ""
    page = f"""<!DOCTYPE html><html lang="vi">{_head(a, meta_date=bool(date), og=True)}<body>
<header class="site-header"><a class="logo" href="/">Báo điện tử</a><span class="date-today">{TODAY}</span>
<nav>{_menu()}</nav><form class="search"><input name="q" placeholder="Tìm kiếm"></form></header>
<main><nav class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a></nav>
<article class="post"><header><h1>{_e(a["title"])}</h1>
<p class="meta">{time}5 phút đọc</p></header>
<div class="entry-content">{"".join(f"<p>{_e(p)}</p>" for p in body)}</div>
<footer class="post-footer"><div class="tags">Từ khóa: <a href="#">phối hợp</a> <a href="#">ký kết</a></div>
<div class="share">Chia sẻ: Facebook · Twitter · Zalo</div></footer></article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ol><li>{_e(OTHER_HEADLINES[(n + 7) % 10][0])}</li></ol></aside>
{related}</main>
<footer class="site-footer"><p>{_e(FOOTER)}</p><p>© Bản quyền thuộc về Báo điện tử</p></footer></body></html>"""
    return page, ["Từ khóa", "Chia sẻ", "Tổng Biên tập", "Đọc nhiều", TODAY, *heads]


def layout_divs(a: dict, body: list[str], n: int) -> tuple[str, list[str]]:
    date, _ = _vn_date(a["published"])
    related, heads = _related("Tin khác", "tin-khac", 5, n + 4)
    text = "<br><br>\n".join(_e(p) for p in body)
    page = f"""<html><head><meta charset="utf-8"><title>{_e(a["title"])}</title></head><body>
<div class="top"><div class="ngay">{TODAY}</div><div class="login"><a href="/dang-nhap">Đăng nhập</a></div></div>
<div class="menu-ngang">{" | ".join(f'<a href="/c/{i}">{_e(m)}</a>' for i, m in enumerate(MENU))}</div>
<div class="noidung"><div class="tieude">{_e(a["title"])}</div>
<div class="ngaydang">Cập nhật lúc: 08:30{f" ngày {date}" if date else ""}</div>
<div class="chitiet">{text}</div>
<div class="tacgia">Minh Châu - Trung tâm Truyền thông</div></div>
<div class="qc"><a href="/qc"><img src="/qc.gif" alt="Quảng cáo"></a> Chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025</div>
{related}
<div class="chan-trang">{_e(FOOTER)} Lượt truy cập: 12.345.678</div></body></html>"""
    return page, ["Đăng nhập", "Chào mừng Đại hội", "Lượt truy cập", "Tổng Biên tập", TODAY, *heads]


def layout_lead(a: dict, body: list[str], n: int) -> tuple[str, list[str]]:
    date, weekday = _vn_date(a["published"])
    related, heads = _related("Tin liên quan", "tinlienquan", 3, n + 1)
    grid_items = [OTHER_HEADLINES[(n + 5 + i) % 10] for i in range(4)]
    grid = "".join(
        f'<div class="item"><a href="/g/{i}"><img src="/g{i}.jpg"></a><h4>{_e(h)}</h4>'
        f'<span class="time">{d}</span><p class="sapo">{_e(h)} - tin cùng chuyên mục.</p></div>'
        for i, (h, d) in enumerate(grid_items)
    )
    lead, rest = (body[0], body[1:]) if body else ("", [])
    paragraphs = []
    for i, p in enumerate(rest):
        paragraphs.append(f"<p>{_e(p)}</p>")
        if i == 0:
            paragraphs.append(
                '<figure><img src="/anh/ky-ket.jpg"><figcaption>Quang cảnh lễ ký kết. '
                "(Ảnh: Văn Dũng)</figcaption></figure>"
            )
    page = f"""<!DOCTYPE html><html lang="vi">{_head(a, meta_date=False, og=True)}<body>
<div class="header"><div class="masthead">Báo {_e(a.get("province") or "")} - Cơ quan của Đảng bộ tỉnh</div>
<div class="weather">{TODAY} | Thời tiết: 28°C</div><ul class="nav">{"".join(f"<li>{_e(m)}</li>" for m in MENU)}</ul></div>
<div class="wrapper"><div class="cate">Chính trị</div>
<h1 class="article-title">{_e(a["title"])}</h1>
<div class="article-meta">{f"{weekday}, {date} | " if date else ""}08:30 <span class="view">Lượt đọc: {90 + n}</span>
<a class="font-size">A-</a><a class="font-size">A+</a></div>
<div class="article-body"><p class="sapo"><strong>{_e(lead)}</strong></p>{"".join(paragraphs)}
<p class="author" style="text-align:right"><strong>Hoàng Anh</strong></p></div>
{related}
<div class="cung-chuyen-muc"><h3>Tin cùng chuyên mục</h3>{grid}</div></div>
<div class="footer"><address>{_e(FOOTER)}</address></div></body></html>"""
    return page, ["Thời tiết", "Lượt đọc", "Quang cảnh lễ ký kết", "Tổng Biên tập", TODAY] + heads + [
        h for h, _ in grid_items
    ]


LAYOUTS = [layout_classic, layout_portal, layout_html5, layout_divs, layout_lead]


def render(article: dict, n: int) -> tuple[str, str, list[str]]:
    """(layout name, HTML, furniture strings) of ``article`` as the ``n``-th page, the layouts taken in turn
    (the robustness test extracts a whole corpus so, tests/test_extract_robustness.py)."""
    layout = LAYOUTS[n % len(LAYOUTS)]
    page, furniture = layout(article, body_paragraphs(article), n)
    return layout.__name__.removeprefix("layout_"), page, furniture


def build_pages(articles: list[dict]) -> list[tuple[str, str, dict]]:
    """(page name, HTML, truth) for each article, the layouts taken in turn."""
    pages = []
    for n, article in enumerate(articles):
        body = body_paragraphs(article)
        layout, page, furniture = render(article, n)
        name = f"{layout}-{article['id']}"
        truth = {
            "title": article["title"],
            "body": body,
            "published": article["published"],
            "province": article.get("province"),
            "layout": layout,
            "furniture": furniture,
            "source": article.get("source"),
            "sha1": hashlib.sha1(page.encode()).hexdigest()[:12],
        }
        pages.append((name, page, truth))
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--count", type=int, default=15)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    truths = {}
    for name, page, truth in build_pages(choose_articles(args.corpus, args.count)):
        (args.out / f"{name}.html").write_text(page, encoding="utf-8")
        truths[name] = truth
    (args.out / "truth.json").write_text(json.dumps(truths, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(truths)} pages written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
