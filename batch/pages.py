"""The article out of a news page: its text without the page's furniture, its title, date and address.

One reader for every HTML phoihop meets: ``phoihop extract`` / ``build``
reading ``.html`` files or JSON records whose text is HTML
(``batch.readers``), and ``phoihop collect`` reading fetched pages
(``collect.crawler``). Main text is found by trafilatura and dates by its
date finder htmldate, which measured better than the hand-written extractor
phoihop had before on provincial-paper layouts (docs/collect.md, "Main
text: trafilatura vs html_text"). Around them, what a news page of ours
needs and trafilatura does not do:

- the title is the ``<h1>`` the article's text opens with when there is one
  (trafilatura prefers ``og:title``, often a shortened or a site's variant);
- the canonical address is ``<link rel=canonical>`` before ``og:url``;
- the publication date is the page's metadata (``article:published_time``,
  ``datePublished``...) when it has some, else a byline date at the head of
  the text ("Cập nhật lúc: 08:30 ngày 20/11/2025"), else htmldate's, unless
  that is a bare year read as 1 January ("giai đoạn 2023 - 2026");
- the lead ("sapo") a Vietnamese paper sets apart from the body is kept when
  it stands outside the block trafilatura takes;
- boxes of other news and share buttons named by class are removed first,
  and source line breaks are spaces (see ``_drop_other_news``,
  ``_collapse_whitespace``);
- menus in ``<nav>`` and ``<aside>`` are never text, even on a page with no
  article, where trafilatura would otherwise fall back to them;
- a table of data in the article is read one row a line, its cells apart by " | "
  (``_data_tables_as_paragraphs``), a ``<dl>``'s term as its items' label; an
  article held in an ``<iframe srcdoc>`` or a frameset's ``<noframes>`` is read
  where the browser shows it (``_framed_bodies_inlined``);
- HTML fragments (markup without ``<html>``/``<body>``, e.g. an article's
  body stored in a JSON record) hold no furniture, and trafilatura returns
  nothing for a short one: they are read by :func:`fragment_text`.

Bytes are decoded by :func:`decode_page` (or ``readers.decode_text`` for
files), not by trafilatura, so that Windows-1258 pages (tone marks as
combining characters) come out in NFC like every other text of the project.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass

import lxml.html
from lxml import etree

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:\-]+)""", re.I)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SOURCE_BREAKS = re.compile(r"[ \t]*[\r\n][\s]*")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A whole page, as opposed to a fragment of one.
_PAGE_MARKUP = re.compile(r"<(html|body|head)[\s>]", re.I)
# Text that is markup: an element that text written by hand has no reason to hold.
_MARKUP = re.compile(
    r"<(/?(p|br|div|span|b|i|em|strong|a|ul|ol|li|table|tr|td|h[1-6]|article|section|figure|"
    r"figcaption|blockquote|html|body|head)\b[^<>]*|!DOCTYPE\s+html)\s*/?>",
    re.I,
)
# Trailing " | Báo Hà Nam" or " - Cổng thông tin điện tử ..." in a <title>; a site
# name starts with a letter, so "giai đoạn 2021 - 2025" keeps its last year. After a "|"
# the site's name may hold a dash of its own ("| Báo Bà Rịa - Vũng Tàu điện tử").
# (a site's name may hold a short form's hyphen: "... - Đài PT-TH Yên Bái")
_TITLE_SITE_SUFFIX = re.compile(
    r"\s+\|\s+[^\W\d_][^|]{1,59}$|\s+[|\-–—]\s+[^\W\d_](?:[^|\-–—]|(?<=[A-ZĐ])-(?=[A-ZĐ])){1,59}$"
)
# The name of a provincial paper, portal or broadcaster, which names its province ("Báo Kon Tum điện tử",
# "Cổng thông tin điện tử tỉnh Gia Lai", "Đài PT-TH Lạng Sơn"), at the start of og:site_name or a <title> part.
_SITE_OF_A_PROVINCE = re.compile(
    r"(?:^|[|\-–—]\s)\s*(?:Báo|Cổng\s+thông\s+tin\s+điện\s+tử|Cổng\s+TTĐT|Trang\s+thông\s+tin\s+điện\s+tử|"
    r"Đài\s+Phát\s+thanh\s+(?:và|-)\s+Truyền\s+hình|Đài\s+PT-?TH|Đài\s+PTTH)\s+(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?"
    r"(?P<rest>[^|]+)",
    re.I,
)
# Class or id names of boxes of other news and share buttons: English, and Vietnamese without tones
# ("tin-lien-quan", "tinkhac").
_OTHER_NEWS = re.compile(
    r"(?<![a-z])(related|relate|other|others|sidebar|most-?read|share|social|"
    r"lien-?quan|tin-?lien-?quan|"
    r"tin-?khac|tin-?cung-?chuyen-?muc|cung-?chuyen-?muc|doc-?nhieu|xem-?nhieu)(?![a-z])",
    re.I,
)
# Class or id names of a page's footer ("footer", "chan-trang", "copyright", "ban-quyen"): the paper's directory
# ("Cơ quan chủ quản: Tỉnh ủy ... Giấy phép số 245/GP-BTTTT cấp ngày 12/6/2020"), whose bodies and dates are the
# site's, not the report's (trafilatura keeps it when the story's paragraphs are <br>s in a plain <div>).
# (and the portals' contact boxes at the bottom: "bottom-info", "thongtin-lienhe")
_FOOTER = re.compile(
    r"(?<![a-z])(footer|chan-?trang|copyright|ban-?quyen|bottom-?info|info-?bottom|thong-?tin-?lien-?he|lien-?he)"
    r"(?![a-z])",
    re.I,
)
# The caption of a photo: <figcaption>, or a cell or block a CMS names so ("image_desc", "PhotoCMS_Caption")
_CAPTION_CLASS = re.compile(r"(?<![a-z])(image_?desc|caption|chu-?thich)(?![a-z])", re.I)
# Class or id names of an article's lead ("sapo", "sapo-detail", "chapeau", "article-lead", "summary").
# (after an ASP.NET label's prefix too: "ctl00_lblTomTat")
_LEAD_CLASS = re.compile(r"(?:(?<![a-z])|(?<=lbl))(sapo|chapeau|lead|summary|tom-?tat|mo-?ta)(?![a-z])", re.I)
# Class names of a page's headline ("news-title", "title_detail", "tieu-de"), not of boxes of other news.
_TITLE_CLASS = re.compile(
    r"^(?!.*(other|related|relate|box|site|logo|menu|cat|widget|sidebar))"
    r".*(title|tieude|tieu-de|headline)",
    re.I,
)
# A data table's row as a reader sees it: its cells apart, one row a line ("Công an huyện Lạc Dương | Thượng tá
# Nguyễn Đình Quý, Trưởng Công an huyện"); the extractor reads " | T1" after a name as the name's title.
TABLE_CELL_SEPARATOR = " | "
# A cell that labels the next one ("CHỦ TRÌ:", "Ngày ký:") reads on into it, as a label does in a sentence.
_LABEL_CELL = re.compile(r":\s*$")
_BYLINE_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# Never text: menus, sidebars (trafilatura's fallback reads a page's whole body when it finds no article).
_PRUNE = ["//nav", "//aside"]
# The page's own publication time, most specific first (property, name or itemprop of a <meta>).
_META_DATES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "date",
)

# Never text in a fragment; elements that start a new paragraph.
_JUNK_TAGS = (
    "head",
    "title",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "link",
    "meta",
    "nav",
    "aside",
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "address",
        "hr",
        "center",
        "header",
        "footer",
        "caption",
        "br",
        "body",
        "html",
    }
)


@dataclass
class PageArticle:
    """What a page says about its article; ``text`` starts with the title and is "" when none was found."""

    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    canonical: str | None = None  # the page's own idea of its address (<link rel=canonical>, og:url)
    province: str | None = None  # the province of the paper or portal whose site name the page gives


def decode_page(body: bytes, header_charset: str | None = None) -> str:
    """A page's text: the charset of the HTTP header, else of the page's <meta>, else UTF-8, else Windows-1258.

    The result is in NFC (Windows-1258 writes tone marks as separate characters).
    """
    candidates = []
    for name in (header_charset, _meta_charset(body)):
        codec = _codec(name)
        if codec and codec not in candidates:
            candidates.append(codec)
    candidates += [c for c in ("utf-8", "cp1258") if c not in candidates]
    if body.startswith(codecs.BOM_UTF8):
        candidates.insert(0, "utf-8-sig")
    for codec in candidates:
        try:
            return unicodedata.normalize("NFC", body.decode(codec))
        except (UnicodeDecodeError, LookupError):
            continue
    return unicodedata.normalize("NFC", body.decode("utf-8", "replace"))


def _meta_charset(body: bytes) -> str | None:
    match = _CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than text ("<p>", "<br/>", "</div>", "<!DOCTYPE html>")."""
    return bool(_MARKUP.search(text))


def is_fragment(html: str) -> bool:
    """Whether ``html`` is a piece of a page (no ``<html>``, ``<head>`` or ``<body>``) rather than a page."""
    return not _PAGE_MARKUP.search(html)


def read_page(html: str, url: str | None = None, *, tables: bool = False) -> PageArticle:
    """The article of ``html`` (already decoded): trafilatura's main text, htmldate's date, and the rules above.

    ``tables``: keep the text of tables. Off by default: provincial portals lay
    whole pages out in tables, whose menus and "Các tin khác" then leak into
    the text (docs/collect.md); the article in a table cell is found either way.

    A fragment is read by :func:`fragment_text`, with the first ``<h1>`` as
    its title and no date (htmldate would take one from the text itself).
    Raises ``ValueError`` when ``html`` cannot be parsed at all.
    """
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        raise ValueError("empty page")
    if is_fragment(html):
        text, title = fragment_text(html)
        return PageArticle(text=text, title=title)

    import trafilatura

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"not an HTML page: {exc}") from exc
    if tree.xpath("//iframe[@srcdoc] | //noframes"):
        _framed_bodies_inlined(tree)
    # Read before trafilatura, which prunes the tree it is given.
    meta_date = _meta_date(tree)
    framework_body = _framework_data_body(tree)
    link_canonical = _first(
        href.strip() for href in tree.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    )
    _drop_other_news(tree)
    _captions_as_paragraphs(tree)
    table_lines = _data_tables_as_paragraphs(tree)
    _definition_lists_as_paragraphs(tree)
    _collapse_whitespace(tree)
    headings = [_clean(h.text_content()) for h in tree.iter("h1")]
    head_title = _clean(" ".join(tree.xpath("//title//text()")))
    headline = _headline_by_class(tree)
    leads = _leads(tree)
    province = _site_province([*tree.xpath("//meta[@property='og:site_name']/@content"), head_title])
    # (the text above the headline is the masthead's, whose date is the day the page was served; the text below it)
    headline_element = _headline_element(tree)
    above = _texts(headline_element, "preceding") if headline_element is not None else []
    below = _texts(headline_element, "following") if headline_element is not None else []
    around_headline = (" ".join(above), " ".join(below))
    date_line = _date_under_headline(below)
    date_above = (
        _date_right_above_headline(_sibling_texts_before(headline_element)) if headline_element is not None else None
    )
    # (read before trafilatura prunes the tree; only where no <meta> dates the page: it reads all the body's text)
    labelled = None if meta_date else _labelled_date(tree)
    classed = None if meta_date else _classed_date(tree, headline_element)
    _bold_leads_as_paragraphs(tree)

    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=tables,
        include_images=False,
        deduplicate=False,
        prune_xpath=_PRUNE,
        # (not its whole-text search, which takes any date the page writes: the footer's licence, the dates the
        # report tells of; the byline's date is read by byline_date)
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
    )
    if doc is None or isinstance(doc, dict):  # with_metadata=True gives a Document, or None
        return PageArticle(text="")
    paragraphs = [p for p in (_clean(line) for line in (doc.text or "").split("\n")) if p]
    if framework_body and len(" ".join(paragraphs)) < FRAMEWORK_BODY_OVER:
        # (a page the browser builds: its article sits in the framework's data, the markup shows the headline only)
        body_text, _ = fragment_text(framework_body)
        paragraphs = [p for p in (_clean(line) for line in body_text.split("\n")) if p]
    if paragraphs and len(leads) == 1 and not any(leads[0] in p for p in paragraphs):
        # The lead ("sapo") that Vietnamese papers set apart from the body, often outside the block
        # trafilatura takes; it usually says who signed what, so it must not be lost. Only one:
        # a listing page has a lead under every teaser.
        heading = 1 if headings and paragraphs[0] in headings else 0
        paragraphs.insert(heading, leads[0])
    # The headline the text opens with (trafilatura keeps an article's <h1> in its text).
    opening_h1 = _first(h for h in headings if h and paragraphs and h == paragraphs[0])
    title = opening_h1 or _clean(doc.title or "")
    # (an <h1> is the whole headline: the <title> that repeats it with the site's name adds nothing)
    from_head = not opening_h1 and bool(head_title and title) and head_title.startswith(title)
    if from_head and title != head_title:
        # trafilatura cuts <title> at the first " - ", year ranges too ("giai đoạn 2016 - 2020");
        # a site's name starts with a letter.
        title = _TITLE_SITE_SUFFIX.sub("", head_title)
    if headline and from_head and not headings:
        # No <h1>, no og:title: <title> is all trafilatura had, and portals put their own name there.
        title = headline
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    from phoihop.extract.furniture import is_outlet_name

    if title and is_outlet_name(title):
        # "::: Báo Nghệ An :::": a <title> of the site's name alone, with no headline tag to prefer, is no headline
        # (the outlet would open the text as an actor of its report)
        title = None
    body = _join_paragraphs(paragraphs, title)
    # As in the corpus, the text starts with the title: many articles report the signing there.
    text = f"{title}\n\n{body}" if title and body else body
    canonical = link_canonical or doc.url
    if canonical == url:
        canonical = None
    published = (
        meta_date
        # (not a table's row: the report's data, "THỜI GIAN: 08 giờ 00 ngày 25/02/2021", no byline)
        or byline_date([p for p in paragraphs if p not in table_lines])
        or _trusted_guess(doc.date, html, around_headline)
        or date_line
        or classed
        or labelled
        or date_above
    )
    return PageArticle(
        text=text, title=title or None, published=published, canonical=canonical or None, province=province
    )


FRAMED_TEXT_MIN_CHARS = 80  # text of an embedded document that can be an article, not a widget's ("Đang tải...")


def _framed_bodies_inlined(tree) -> None:
    """The article a page holds as a document of its own, set in the page where the browser shows it: an
    ``<iframe srcdoc="...">`` (a CMS embedding the story: the outer page has the masthead only), and the
    ``<noframes><body>...`` of a frameset page (an old portal whose frames name other files: the page has no
    ``<body>``, only the text for browsers without frames). Without it the page read as its masthead, or as
    nothing at all."""
    for frame in tree.xpath("//iframe[@srcdoc]"):
        _replace_with_document(frame, frame.get("srcdoc") or "")
    if tree.find("body") is None:
        for noframes in tree.xpath("//frameset//noframes"):
            # (lxml keeps a <noframes>' markup as its text)
            body = _embedded_body(noframes.text_content())
            if body is not None:
                tree.append(body)
                break


def _embedded_body(markup: str):
    """The ``<body>`` of the document ``markup`` when it holds an article's worth of text, else None."""
    if not markup.strip():
        return None
    try:
        body = lxml.html.document_fromstring(markup).find("body")
    except (etree.ParserError, ValueError):
        return None
    if body is None or len(_clean(body.text_content())) < FRAMED_TEXT_MIN_CHARS:
        return None
    return body


def _replace_with_document(el, markup: str) -> None:
    """Put the body of the document ``markup`` where ``el`` stands, as a ``<div>`` (``el`` stays without one)."""
    body = _embedded_body(markup)
    if body is None or el.getparent() is None:
        return
    body.tag = "div"
    body.tail = el.tail
    el.getparent().replace(el, body)


FRAMEWORK_BODY_OVER = 200  # characters of text below which a page's markup holds no article of its own


def _framework_data_body(tree) -> str | None:
    """The article's HTML a Next.js page keeps in its data (``<script id="__NEXT_DATA__">``): the longest string of
    the JSON that holds paragraphs; None where the page has no such data."""
    scripts = tree.xpath("//script[@id='__NEXT_DATA__']/text()")
    if not scripts:
        return None
    try:
        data = json.loads(scripts[0])
    except ValueError:
        return None
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and "<p" in value:
            found.append(value)

    walk(data)
    return max(found, key=len) if found else None


def _join_paragraphs(paragraphs: list[str], title: str | None) -> str:
    """The body: paragraphs apart by a blank line, except the lines of a fixed-width layout, which a page may set
    each in a ``<p>`` or after a ``<br>`` (a text pasted from a word processor or a PDF: "đồng chí Nguyễn" /
    "Văn Tập, Viện trưởng ..."): those keep one line break, as a text file has them, so that the extractor
    joins them by its rule for such layouts (``extract.hard_wraps``, which reads no break across a blank line)."""
    from phoihop.extract.hard_wraps import join_hard_wraps

    if len(paragraphs) < 2:
        return "\n\n".join(paragraphs)
    lines = "\n".join([title or "", *paragraphs])  # (the rule takes the first line for the headline)
    joined = join_hard_wraps(lines)
    if joined == lines:
        return "\n\n".join(paragraphs)
    at = len(title or "") + 1 + len(paragraphs[0])  # where the break after each paragraph stands in ``lines``
    out = [paragraphs[0]]
    for previous, paragraph in itertools.pairwise(paragraphs):
        # (a data table's rows are whole lines, not a wrapped one: "3 | Công an tỉnh | ... | Phó Giám đốc" / "4 | Cục
        # Thi hành án dân sự tỉnh | ...", whose title would run on into the next row's unit)
        rows = TABLE_CELL_SEPARATOR in previous or TABLE_CELL_SEPARATOR in paragraph
        out.append("\n" if joined[at] == " " and not rows else "\n\n")
        out.append(paragraph)
        at += 1 + len(paragraph)
    return "".join(out)


def _drop_other_news(tree) -> None:
    """Remove the boxes of other news ("Tin liên quan", "Tin khác", sidebars), share buttons and footers named
    by their class or id (and ``<footer>`` elements).

    trafilatura reads an ``<article>`` teaser in such a box as the article
    when the story itself is in a plain ``<div>``, and keeps a sidebar whose
    name the story's wrapper shares ("col-main has-sidebar"). A box that holds
    an ``<h1>`` or half the page's text is not a box of other news.
    """
    body = tree.find("body")
    total = len(_clean(body.text_content())) if body is not None else 0

    def furniture(el) -> bool:
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        return el.tag == "footer" or bool(_OTHER_NEWS.search(names) or _FOOTER.search(names))

    boxes = [el for el in tree.xpath("//body//*[@class or @id] | //body//footer") if furniture(el)]
    for el in boxes:
        if el.getparent() is not None and not el.xpath(".//h1") and len(_clean(el.text_content())) < total / 2:
            _drop(el)


def _captions_as_paragraphs(tree) -> None:
    """Photo captions set as paragraphs of their own after the photo's block: trafilatura drops ``<figure>`` (and a
    table that lays a photo out) with its image, and the caption often names the signers and the programme's term
    ("Đại tá A và ông B, Chủ tịch Hội Nông dân tỉnh ký kết quy chế giai đoạn 2023 - 2028")."""
    captions = tree.xpath("//body//figcaption") + [
        el for el in tree.xpath("//body//*[@class]") if _CAPTION_CLASS.search(el.get("class") or "")
    ]
    # (a table that lays out one photo and its caption in cells of their own: the text beside the photo)
    captions += [
        cell
        for table in tree.xpath("//body//table[not(.//table)]")
        if len(table.xpath(".//img")) == 1 and len(_clean(table.text_content())) <= PHOTO_BLOCK_TEXT_MAX * 2
        for cell in table.xpath(".//td[not(.//img)]")
        if _clean(cell.text_content())
    ]
    for caption in captions:
        text = _clean(caption.text_content())
        if not text or caption.getparent() is None:
            continue
        holder = next(
            (a for a in caption.iterancestors() if a.tag in ("figure", "table", "div") and _photo_block(a, text)), None
        )
        if holder is None or holder.getparent() is None:
            # (a caption outside a photo's block stays where it is, read as the page's text: a plain paragraph, the
            # class trafilatura drops taken off)
            if _CAPTION_CLASS.search(caption.get("class") or ""):
                caption.attrib.pop("class")
            continue
        paragraph = etree.Element("p")
        paragraph.text = text
        holder.addnext(paragraph)
        paragraph.tail, holder.tail = holder.tail, None
        caption.getparent().remove(caption)


PHOTO_BLOCK_TEXT_MAX = 200  # what a photo's block holds besides its caption (a credit, a photo's number)


def _photo_block(holder, caption: str) -> bool:
    """Whether ``holder`` is a photo with its caption, not a table a portal lays its whole page out in."""
    # (an AMP page's image is an <amp-img>)
    return (
        bool(holder.xpath(".//img | .//amp-img | .//picture"))
        and len(_clean(holder.text_content())) <= len(caption) + PHOTO_BLOCK_TEXT_MAX
    )


DATA_CELL_MAX_CHARS = 200  # a cell of a table of data (a unit, a representative, a symbol); a layout's cell holds more
DATA_ROWS_MIN = 2  # rows of two cells or more in a table of data (a header and a row); one row is a layout's strip
DATA_LINK_SHARE_MAX = 0.25  # of a table's text in links: a table of links is a menu or a box of other news


def _data_tables_as_paragraphs(tree) -> set[str]:
    """A table of data in the article (the signatory units and their representatives, the documents cited with their
    symbols, dates and terms) set as one paragraph a row, its cells apart (``_data_table_rows``).

    trafilatura drops a table once the article has a few paragraphs around it (tables are off: portals lay whole pages
    out in tables) and, where it falls back to a page's whole text, runs its cells together ("Ban Thường vụ Huyện ủy
    Lạc Dương Đồng chí Ya Ha, ..."): either way the table's bodies, persons and documents were lost or misread.
    Returns the lines set.
    """
    lines: set[str] = set()
    for table in tree.xpath("//body//table[not(.//table)]"):
        rows = _data_table_rows(table)
        if rows is None or table.getparent() is None:
            continue
        _replace_with_paragraphs(table, rows)
        lines.update(rows)
    return lines


def _data_table_rows(table) -> list[str] | None:
    """The rows of ``table`` as lines ("1 | Tòa án nhân dân tỉnh | Ông Lâm Văn Tâm | Chánh án"), its caption first;
    None when it is no table of data: a photo's table (read by ``_captions_as_paragraphs``), a table of links (a
    menu), a cell as long as a paragraph (a layout's cell that holds the article), or fewer than two rows of two
    cells (a masthead's strip: "BÁO AN GIANG ONLINE | Hotline: ...")."""
    if table.xpath(".//img | .//amp-img | .//picture"):
        return None
    text = _clean(table.text_content())
    links = sum(len(_clean(a.text_content())) for a in table.xpath(".//a"))
    if not text or links > len(text) * DATA_LINK_SHARE_MAX:
        return None
    rows = []
    for row in table.xpath(".//tr"):
        cells = [c for c in (_clean(cell.text_content()) for cell in row.xpath("./td | ./th")) if c]
        if any(len(c) > DATA_CELL_MAX_CHARS for c in cells):
            return None
        rows.append(cells)
    if sum(len(cells) >= 2 for cells in rows) < DATA_ROWS_MIN:
        return None
    caption = [_clean(c.text_content()) for c in table.xpath("./caption")]
    return [c for c in caption if c] + [_row_line(cells) for cells in rows if cells]


def _row_line(cells: list[str]) -> str:
    """A row's cells on one line, apart by ``TABLE_CELL_SEPARATOR``; a label cell reads on into the next ("THỜI GIAN:
    08 giờ 00 ngày 25/02/2021")."""
    line = cells[0]
    for cell, after in itertools.pairwise(cells):
        line += (" " if _LABEL_CELL.search(cell) else TABLE_CELL_SEPARATOR) + after
    return line


def _definition_lists_as_paragraphs(tree) -> None:
    """A ``<dl>``'s term with its descriptions as one line, the term a label ("CHỦ TRÌ HỘI NGHỊ: Đại tá Nguyễn Văn
    Hòe, Giám đốc Công an tỉnh; Ông Trần Văn Quang, Chủ tịch Hội Nông dân tỉnh"): trafilatura sets each as a list item
    of its own, and the term in capitals alone on its line, with no colon, read as a heading that took the persons
    under it with it."""
    for dl in tree.xpath("//body//dl[not(.//dl)]"):
        groups: list[tuple[str, list[str]]] = []
        for child in dl.iterchildren("dt", "dd"):
            text = _clean(child.text_content())
            if not text:
                continue
            if child.tag == "dt" or not groups:
                groups.append((text if child.tag == "dt" else "", []))
            if child.tag == "dd":
                groups[-1][1].append(text)
        if groups and dl.getparent() is not None:
            _replace_with_paragraphs(dl, [_labelled_line(term, items) for term, items in groups])


def _labelled_line(term: str, items: list[str]) -> str:
    """``term`` as the label of ``items``, the items apart by a semicolon as in a sentence's list."""
    said = "; ".join(item.rstrip(";, ") for item in items)
    if not term:
        return said
    if not said:
        return term
    return f"{term.rstrip(': ')}: {said}"


def _replace_with_paragraphs(el, lines: list[str]) -> None:
    """Put one ``<p>`` a line of ``lines`` where ``el`` stands (its tail kept after them)."""
    tail, at = el.tail, el
    for line in lines:
        paragraph = etree.Element("p")
        paragraph.text = line
        at.addnext(paragraph)
        at = paragraph
    at.tail = tail
    el.tail = None
    el.getparent().remove(el)


BOLD_LEAD_WORDS_MIN = 8  # a bold paragraph this long is a lead, not a heading


def _bold_leads_as_paragraphs(tree) -> None:
    """A paragraph set wholly in bold (``<p><strong>...</strong></p>``, an old portal's ``<span style=...><b>``): the
    lead, which trafilatura would drop as a heading; its bold is taken off."""
    for bold in tree.xpath("//body//strong | //body//b"):
        parent = bold.getparent()
        if parent is None or parent.tag not in ("p", "div", "span", "td") or len(parent) != 1:
            continue
        if (parent.text or "").strip() or (bold.tail or "").strip():
            continue
        if len(_clean(bold.text_content()).split()) >= BOLD_LEAD_WORDS_MIN:
            bold.drop_tag()


def _collapse_whitespace(tree) -> None:
    """Line breaks in the page's source are spaces, as a browser shows them (outside ``<pre>``).

    trafilatura keeps them in text it reads outside paragraphs (a ``<div>`` of
    ``<br>``-separated text), which would cut sentences into paragraphs.
    """
    for el in tree.iter(etree.Element):
        if el.tag == "pre" or any(a.tag == "pre" for a in el.iterancestors()):
            continue
        if el.text and "\n" in el.text:
            el.text = _SOURCE_BREAKS.sub(" ", el.text)
        if el.tail and "\n" in el.tail:
            el.tail = _SOURCE_BREAKS.sub(" ", el.tail)


def _leads(tree) -> list[str]:
    """The texts of the elements classed as the article's lead ("sapo", "chapeau", "lead", "summary")."""
    leads = []
    for el in tree.xpath("//body//*[@class or @id]"):
        if not _LEAD_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        if el.xpath("ancestor::a") or any(
            _LEAD_CLASS.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in el.iterancestors()
        ):
            continue
        text = _clean(el.text_content())
        if 8 <= len(text.split()) <= 200 and text not in leads:
            leads.append(text)
    return leads


def _site_province(names: list[str]) -> str | None:
    """The province a site's name gives ("Báo Bà Rịa - Vũng Tàu điện tử", "Cổng thông tin điện tử tỉnh Gia Lai"):
    a page has no province field, and the extractor would otherwise guess it from the province the report names
    most, often the partner's."""
    from phoihop.extract.lexicon import known_province

    for name in names:
        for match in _SITE_OF_A_PROVINCE.finditer(_clean(name)):
            words = match.group("rest").split()
            # (the longest run of words that is a province: "Bà Rịa - Vũng Tàu điện tử", "Kon Tum điện tử")
            for n in range(min(len(words), 5), 0, -1):
                province = known_province(" ".join(words[:n]))
                if province:
                    return province
    return None


def _headline_element(tree):
    """The page's headline: the first ``<h1>``, else the first element classed as a title; None without one."""
    heads = tree.xpath("//body//h1")
    if not heads:
        heads = [
            el
            for el in tree.xpath("//body//*[@class]")
            if any(_TITLE_CLASS.search(c) for c in el.get("class").split()) and not el.xpath("ancestor::a | .//a")
        ]
    return heads[0] if heads else None


def _texts(el, axis: str) -> list[str]:
    """The text nodes on ``axis`` of ``el`` (not scripts' and styles')."""
    return [t for t in el.xpath(f"{axis}::text()") if t.getparent().tag not in ("script", "style")]


DATE_LINE_MAX = 60  # a line that dates the page ("Thứ bảy, 18/03/2022, 15:40 [GMT+7]"), not the report's first
DATE_LINES_READ = 3  # the text nodes right under the headline where that line stands


def _date_under_headline(below: list[str]) -> str | None:
    """The day a short line right under the headline prints, where nothing else dated the page (a date line in a form
    htmldate does not read, "... 15:40 [GMT+7]", "Ngày đăng: 18/03/2022" in a table's row, or a masthead's day above
    that htmldate took instead); not a date the report's first paragraph tells ("Ngày 1/8/2013, ..."). ``below``: the
    text nodes after the headline."""
    lines = [" ".join(t.split()) for t in below]
    return _day_of_short_lines([x for x in lines if x][:DATE_LINES_READ])


def _sibling_texts_before(el) -> list[str]:
    """The text nodes of the elements before ``el`` in its parent (not scripts' and styles')."""
    nodes = el.xpath("preceding-sibling::text() | preceding-sibling::*//text()")
    return [t for t in nodes if t.getparent().tag not in ("script", "style")]


def _date_right_above_headline(above: list[str]) -> str | None:
    """The day a short line right above the headline prints, in the block that holds the headline (a breadcrumb's
    date bar, a blog's date header: "Thứ Năm, 12 tháng 3, 2020"): the last resort, as a masthead's clock stands above
    the headline's block on a page that prints no date of its own. ``above``: the text nodes before the headline in
    its block."""
    lines = [" ".join(t.split()) for t in above]
    return _day_of_short_lines([x for x in lines if x][-DATE_LINES_ABOVE_READ:])


DATE_LINES_ABOVE_READ = 2  # the text nodes right above the headline where a page's own date bar stands
# "12 tháng 3, 2020", "ngày 12 tháng 3 năm 2020": a day in words, as blogs' date headers print it
_WORDED_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})(?!\d)", re.IGNORECASE)


def _day_of_short_lines(lines: list[str]) -> str | None:
    """The first day one of ``lines`` prints, in a part no longer than a date line (a credits line's parts are set off
    by "|": "Nội dung: Trúc Ly | Ảnh: Minh Nhật | 12/3/2020")."""
    for line in lines:
        for part in line.split("|"):
            if len(part) > DATE_LINE_MAX:
                continue
            for d, m, y in _BYLINE_DATE.findall(part) + _WORDED_DATE.findall(part):
                day = _iso(int(y), int(m), int(d))
                if day:
                    return day
    return None


def _headline_by_class(tree) -> str | None:
    """The text of the first element classed as a title ("news-title", "title_detail") that reads as a
    headline: 4 to 60 words, no link in it or around it."""
    for el in tree.xpath("//body//*[@class]"):
        if not any(_TITLE_CLASS.search(c) for c in el.get("class").split()):
            continue
        if el.tag in ("a", "title") or el.xpath("ancestor::a | .//a"):
            continue
        text = _clean(el.text_content())
        if 4 <= len(text.split()) <= 60:
            return text
    return None


def byline_date(paragraphs: list[str], head: int = 3, max_chars: int = 80) -> str | None:
    """The ISO date of a short byline line ("Thứ bảy, 19/02/2022 19:52") among the first ``head`` paragraphs;
    not of a line of the site's chrome ("Đường dây nóng: ... Chủ nhật, 01/10/2023 10:33": the site's clock), which
    the extractor does not take for a dateline either (``metadata.published_from_text``)."""
    from phoihop.extract.furniture import is_chrome_line

    for line in paragraphs[:head]:
        if len(line) > max_chars or is_chrome_line(line):
            continue
        for match in _BYLINE_DATE.finditer(line):
            day, month, year = (int(g) for g in match.groups())
            iso = _iso(year, month, day)
            if iso:
                return iso
    return None


def _meta_date(tree) -> str | None:
    """The publication date the page's metadata states: a <meta> (in the order of ``_META_DATES``), else
    a ``datePublished`` item."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key in _META_DATES and content and key not in found:
                found[key] = content
    values = [found[k] for k in _META_DATES if k in found]
    values += tree.xpath("//*[@itemprop='datePublished']/@content | //*[@itemprop='datePublished']/@datetime")
    for value in values:
        iso = _date_of(value)
        if iso:
            return iso
    return None


def _date_of(value: str) -> str | None:
    """An ISO date out of "2021-06-30T15:00:00+07:00" or "30/06/2021 15:00"; a time stated in another zone is read
    at Vietnam's ("2017-12-31T17:00:00+00:00" is 1 January 2018 there)."""
    zoned = _zoned_date(value.strip())
    if zoned:
        return zoned
    match = _ISO_DATE.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _iso(year, month, day)
    match = _BYLINE_DATE.match(value.strip())
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _iso(year, month, day)
    return None


VIETNAM_TIME = dt.timezone(dt.timedelta(hours=7))


def _zoned_date(value: str) -> str | None:
    """The day in Vietnam of an ISO date-time that states its zone, or None."""
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return when.astimezone(VIETNAM_TIME).date().isoformat()


# A date the page labels as its posting day, anywhere on it ("Ngày đăng: 17/07/2015", "Cập nhật lúc 08:15 12/07/2017")
_LABELLED_DATE = re.compile(
    r"(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+xuất\s+bản|ngày\s+đưa\s+tin)\s*:?"
    r"[^\d\n]{0,20}(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)",
    re.IGNORECASE,
)


# Class or id names of the element that prints a page's date: English, and Vietnamese without tones ("ngay",
# "ngay-dang", "thoi-gian"); not a masthead's clock ("date-today", "current-date": the day the page was served).
_DATE_CLASS = re.compile(r"(?<![a-z])(date|ngay|ngay-?dang|thoi-?gian|time)(?![a-z])", re.I)
_CLOCK_CLASS = re.compile(r"today|current|now|hom-?nay", re.I)


def _classed_date(tree, headline) -> str | None:
    """The day a short element classed as a date prints, of any tag: htmldate reads such classes in ``<div>``,
    ``<span>`` or ``<p>`` only, and an old portal sets its date in a table's cell (``<td class="date">Thứ Tư,
    17/04/2019 - 15:32</td>``) or names its class in Vietnamese (``<span class="ngay">``); undated, the report's
    "Sáng 16/4" got no year. Above the ``headline`` it must stand in the headline's own block (the portal's table
    that sets the date over the headline), not in the masthead, whose clock is the day the page was served."""
    block = _headline_block(headline) if headline is not None else None
    for el in tree.xpath("//body//*[@class or @id]"):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _DATE_CLASS.search(names) or _CLOCK_CLASS.search(names):
            continue
        day = _day_of_short_lines([_clean(el.text_content())])
        if day and (headline is None or _not_above_outside(el, headline, block)):
            return day
    return None


HEADLINE_BLOCK_LEVELS = 3  # a headline's cell, row and table: the block a portal sets its date bar in


def _headline_block(headline):
    """The block that holds ``headline``: up to ``HEADLINE_BLOCK_LEVELS`` elements up, below the ``<body>``."""
    block = headline
    for _ in range(HEADLINE_BLOCK_LEVELS):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        block = parent
    return block


def _not_above_outside(el, headline, block) -> bool:
    """Whether ``el`` stands inside ``block`` or after ``headline``."""
    return any(a is block for a in el.iterancestors()) or el not in headline.xpath("preceding::*")


def _labelled_date(tree) -> str | None:
    """The posting day a label gives anywhere on the page (an old portal prints it far from the headline)."""
    match = _LABELLED_DATE.search(_clean(" ".join(tree.xpath("//body//text()"))))
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    return _iso(year, month, day)


def _trusted_guess(date: str | None, html: str, around_headline: tuple[str, str] = ("", "")) -> str | None:
    """htmldate's date, unless it is 1 January of a year the page never writes as a day ("2023 - 2026"), or a day
    the page writes above its headline and not below (``around_headline``): the masthead's "Thứ Hai, 20/05/2024" is
    the day the page was served, not the article's (a page with a date of its own writes it below the headline)."""
    if not date:
        return None
    above, below = ({_iso(int(y), int(m), int(d)) for d, m, y in _BYLINE_DATE.findall(t)} for t in around_headline)
    if date in above and date not in below:
        return None
    if date.endswith("-01-01"):
        year = date[:4]
        if not re.search(rf"(?<!\d)0?1[/.-]0?1[/.-]{year}(?!\d)|{year}-01-01", html):
            return None
    return date


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# --- fragments ------------------------------------------------------------------------------------


def fragment_text(html: str) -> tuple[str, str | None]:
    """``(text, title)`` of an HTML fragment: its text with one blank line between paragraphs (block
    elements, ``<br>``), entities decoded, scripts and styles left out; the title is its first ``<h1>``
    and opens the text. Raises ``ValueError`` when it cannot be parsed."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"not HTML: {exc}") from exc
    for el in root.xpath(".//*[" + " or ".join(f"self::{t}" for t in _JUNK_TAGS) + "]"):
        _drop(el)
    title = _first(_clean(h.text_content()) for h in root.iter("h1"))
    text = _block_text(root)
    if title and text and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, title or None


def _block_text(root) -> str:
    """The text of ``root``: paragraphs (block elements, <br>) separated by one blank line."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _clean("".join(current))
        if line:
            paragraphs.append(line)
        current.clear()

    def walk(el) -> None:
        # Comments and processing instructions carry no text of their own, only a tail.
        if isinstance(el.tag, str):
            block = el.tag in _BLOCK_TAGS
            if block:
                flush()
            if el.text:
                current.append(el.text)
            for child in el:
                walk(child)
            if block:
                flush()
        if el.tail:
            current.append(el.tail)

    if root.text:
        current.append(root.text)
    for child in root:
        walk(child)
    flush()
    return "\n\n".join(paragraphs)


def _drop(el) -> None:
    """Remove ``el`` from the tree but keep the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _clean(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


def _first(values):
    return next((v for v in values if v), None)
