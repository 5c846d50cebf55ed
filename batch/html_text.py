"""The article out of a news web page: its text without the page's boilerplate.

A provincial news page wraps one article in menus, breadcrumbs, share buttons,
"related news" lists, scripts and footers. :func:`page_content` finds the block
that holds the article (an ``<article>``, the ``articleBody``, ``<main>``, or
failing those the block with the most paragraph text), drops what is not
article inside it, and returns its text with one blank line between
paragraphs, together with the page's title, publication time and address.

Dates are returned as the page writes them; ``readers`` turns them into ISO
dates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import lxml.html
from lxml import etree

# Never article text, wherever they stand in the page.
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
)

# Page furniture: removed inside the article block (the block itself is kept).
_FURNITURE_TAGS = ("nav", "aside", "menu", "header", "footer", "form", "dialog")
_FURNITURE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar")
# Words of class/id names that mark furniture ("box-related-news", "social_share", "breadcrumb").
_FURNITURE_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "footer",
        "header",
        "share",
        "sharing",
        "social",
        "related",
        "relate",
        "comment",
        "comments",
        "tags",
        "tag",
        "keywords",
        "advert",
        "ads",
        "ad",
        "banner",
        "adv",
        "quangcao",
        "print",
        "toolbar",
        "pagination",
        "subscribe",
        "newsletter",
        "cookie",
        "popup",
        "modal",
        "hidden",
        "sr",
        "rating",
        "vote",
        "widget",
    }
)

# Elements that start a new paragraph of the output text.
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

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Trailing " | Báo Hà Nam" or " - Cổng thông tin điện tử ..." in a <title>; a site
# name starts with a letter, so "giai đoạn 2021 - 2025" keeps its last year.
_TITLE_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^\W\d_][^|\-–—]{1,59}$")


@dataclass
class PageContent:
    """What a page says about its article. ``text`` is "" when no article text was found."""

    text: str
    title: str | None = None
    published: str | None = None  # as the page writes it (ISO timestamp, "29/10/2021", ...)
    url: str | None = None


def page_content(html: str) -> PageContent:
    """Take the article's text, title, publication time and canonical address out of ``html``.

    Raises ``ValueError`` when ``html`` cannot be parsed as a page at all.
    """
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        raise ValueError("empty page")
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"not an HTML page: {exc}") from exc

    og_title = _meta(doc, "og:title", "twitter:title")
    head_title = _clean(" ".join(doc.xpath("//title//text()")))
    published = _meta(
        doc,
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "dc.date.issued",
        "dc.date",
        "date",
    )
    url = _first(doc.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")) or _meta(doc, "og:url")

    _drop(doc.xpath("//*[" + " or ".join(f"self::{t}" for t in _JUNK_TAGS) + "]"))
    _drop([el for el in doc.iter(etree.Element) if _is_hidden(el)])
    root = _article_block(doc)

    h1 = _first([_clean(h.text_content()) for h in root.iter("h1")])
    published = published or _time_of(root) or _time_of(doc)
    root_chars = _paragraph_chars(root)
    _drop([el for el in root.iterdescendants(etree.Element) if _is_furniture(el, root_chars)])
    text = _block_text(root)
    if not text and root is not doc:
        text = _block_text(doc)

    title = (
        h1
        or og_title
        or (_TITLE_SITE_SUFFIX.sub("", head_title) if head_title else None)
        or _first([_clean(h.text_content()) for h in doc.iter("h1")])
    )
    # The extraction reads titles too (many report the signing there), so the
    # text starts with the title, as the articles of the corpus do.
    if text and title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return PageContent(text=text, title=title or None, published=published or None, url=url or None)


def _article_block(doc):
    """The element that holds the article: the fullest of the explicit article containers, else the densest block.

    An explicit container must hold at least half as much paragraph text as
    the densest block: a page whose only <article> elements are teasers in a
    "related news" box keeps its story in a plain <div>.
    """
    densest, densest_chars = _densest_block(doc)
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']"):
        nodes = doc.xpath(xpath)
        if nodes:
            best = max(nodes, key=_paragraph_chars)
            chars = _paragraph_chars(best)
            if chars >= 80 and chars >= densest_chars / 2:
                return best
    return densest if densest is not None else doc


def _densest_block(doc):
    """The block whose own paragraphs (its <p> children and bare text) carry the most text, and that much."""
    best, best_chars = None, 0
    for el in doc.iter("div", "section", "td", "body"):
        chars = sum(len(_clean(p.text_content())) for p in el if p.tag == "p") + len(_clean(el.text or ""))
        if chars > best_chars:
            best, best_chars = el, chars
    return best, best_chars


def _paragraph_chars(el) -> int:
    """Characters of paragraph text in ``el`` (its whole text when it has no <p>)."""
    paragraphs = el.xpath(".//p")
    if paragraphs:
        return sum(len(_clean(p.text_content())) for p in paragraphs)
    return len(_clean(el.text_content()))


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

    text_before = root.text
    if text_before:
        current.append(text_before)
    for child in root:
        walk(child)
    flush()
    return "\n\n".join(paragraphs)


def _is_furniture(el, root_chars: int) -> bool:
    """Whether ``el`` is page furniture inside an article block holding ``root_chars`` of paragraph text."""
    if not isinstance(el.tag, str):
        return False
    if el.tag in _FURNITURE_TAGS:
        return True
    role = (el.get("role") or "").strip().lower()
    if role in _FURNITURE_ROLES:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not names.strip() or _FURNITURE_WORDS.isdisjoint(_WORD_SPLIT.split(names)):
        return False
    # Class names are only a hint: a "col-main has-sidebar" wrapper that holds
    # most of the article is the article, not a sidebar.
    return _paragraph_chars(el) < root_chars / 2


def _is_hidden(el) -> bool:
    return (
        el.get("hidden") is not None
        or (el.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(el.get("style") or ""))
    )


def _time_of(el) -> str | None:
    """The first machine-readable time in ``el``: a datePublished item, else a <time datetime>."""
    for xpath in (
        ".//*[@itemprop='datePublished']/@content",
        ".//*[@itemprop='datePublished']/@datetime",
        ".//time/@datetime",
    ):
        value = _first([v.strip() for v in el.xpath(xpath)])
        if value:
            return value
    return None


def _meta(doc, *keys: str) -> str | None:
    """The content of the first <meta> whose property, name or itemprop is one of ``keys`` (any case)."""
    wanted = {k.lower() for k in keys}
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = _clean(meta.get("content") or "")
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key in wanted and content and key not in found:
                found[key] = content
    return next((found[k.lower()] for k in keys if k.lower() in found), None)


def _drop(elements) -> None:
    """Remove ``elements`` from the tree but keep the text that follows each (its tail)."""
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
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
