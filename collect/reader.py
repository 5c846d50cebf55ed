"""An article out of a fetched news page: its text, title, publication date, canonical address, language.

The collector reads pages with trafilatura (main-text extraction maintained
for the whole web) and its date finder htmldate, which measured better than
``phoihop.batch.html_text`` on provincial-paper layouts (docs/collect.md,
"Main text: trafilatura vs html_text"). Bytes are decoded here, not by
trafilatura, so that pages in Windows-1258 (tone marks as combining
characters) come out in NFC like every other text of the project.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

# Letters only Vietnamese uses among the Latin-script languages (with their
# tone-marked forms after NFC): ă â đ ê ô ơ ư and the five tones on vowels.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:\-]+)""", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass
class PageArticle:
    """What a page says about its article; ``text`` starts with the title and is "" when none was found."""

    text: str
    title: str | None
    published: str | None  # ISO date (YYYY-MM-DD) or None
    canonical: str | None  # the page's own idea of its address (<link rel=canonical>, og:url)
    vietnamese: float  # share of the text's letters that are Vietnamese-only letters


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


def vietnamese_share(text: str) -> float:
    """The share of ``text``'s letters that only Vietnamese writes (about 0.25 in Vietnamese, 0 in English)."""
    letters = _LETTER.findall(text.lower())
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch in _VIETNAMESE_LETTERS) / len(letters)


def read_page(html: str, url: str | None = None, *, tables: bool = False) -> PageArticle:
    """The article of ``html`` (already decoded), read by trafilatura with htmldate's dates.

    ``tables``: keep the text of tables. Off by default: provincial portals lay
    whole pages out in tables, whose menus and "Các tin khác" then leak into
    the text (docs/collect.md); the article in a table cell is found either way.

    The publication date is the one written in a byline at the head of the
    text ("Cập nhật lúc: 08:30 ngày 20/11/2025") when there is one, else
    htmldate's: htmldate, reading the whole page, can take the date of a
    "Tin khác" item when the page has no date in its metadata.
    """
    import trafilatura

    doc: Any = trafilatura.bare_extraction(  # a Document (as_dict is off), or None
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=tables,
        include_images=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"},
    )
    if doc is None:
        return PageArticle(text="", title=None, published=None, canonical=None, vietnamese=0.0)
    title = _clean_line(doc.title or "") or None
    paragraphs = [_clean_line(line) for line in (doc.text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    body = "\n\n".join(paragraphs)
    # As in the corpus and phoihop extract's HTML reader, the text starts with the title:
    # many articles report the signing there.
    text = f"{title}\n\n{body}" if title and body else body
    canonical = doc.url if doc.url and doc.url != url else None
    published = byline_date(paragraphs) or doc.date or None
    return PageArticle(
        text=text, title=title, published=published, canonical=canonical, vietnamese=vietnamese_share(text)
    )


_BYLINE_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")


def byline_date(paragraphs: list[str], head: int = 3, max_chars: int = 80) -> str | None:
    """The ISO date of a short byline line ("Thứ bảy, 19/02/2022 19:52") among the first ``head`` paragraphs."""
    for line in paragraphs[:head]:
        if len(line) > max_chars:
            continue
        match = _BYLINE_DATE.search(line)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


def _clean_line(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()
