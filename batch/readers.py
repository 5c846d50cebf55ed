"""Articles out of the files given to ``phoihop extract``.

Inputs are any mix of files and folders (searched recursively, hidden names
skipped). Each kind of file gives articles this way:

- ``.txt``: one article; id = the file name without extension; the first
  non-empty line is the title when it looks like one (short, followed by
  more text, not ending with a full stop; a Markdown heading's "#" left
  out). A text opening with a block of "Field: value" lines ("Tiêu đề:",
  "Ngày đăng:", "URL:", "Nguồn:", ...) takes its title, date and address
  from them, and its text is what follows the block.
- ``.html`` / ``.htm``: one article taken out of the page's furniture by
  trafilatura (see ``pages``); id = the file name without extension.
  A page's publication date fills ``published``, and the province its
  site's name gives ("Báo Kon Tum điện tử") ``province``.
- ``.json``: one article object, or a list of them. A lone object without
  an ``id`` takes the file name.
- ``.jsonl``: one article object per line.

An article object has ``id``, ``text``, and optionally ``title``,
``published``, ``province`` and ``url`` (or ``source`` when it is a web
address). The records the common news scrapers write are read too: their
field names for the same things are in ``FIELD_ALIASES`` (news-please's
``maintext`` and ``date_publish``, newspaper's ``publish_date``, ...), and a
record without an ``id`` in a list or JSON Lines file is named after its web
address; a record with none of the scrapers' bodies is read from a
hand-written crawler's ``content``, ``body`` or ``html``
(``FALLBACK_BODIES``). A ``text`` that is HTML markup is read as a page or fragment
(``pages``). A ``title`` the text does not open with is put before it as its
first line (news-please and newspaper keep the headline out of the text, and
articles report the signing there). The article's text is then what was
read, and evidence offsets index into it.

Files are read as UTF-8, falling back to Windows-1258 (the old Vietnamese
Windows code page); a few stray NUL bytes in UTF-8 text are dropped with a
warning; files with many NUL bytes or control characters are refused as
binary.

Nothing here raises on bad input: readers yield an :class:`InputProblem`
naming the file (and line or list item) and go on with the next article.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phoihop.extract.article import Article

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")

# A file name must stay below 255 bytes on common file systems; ".json" and
# the temporary-file decoration of write_json_atomic need some of them.
_MAX_ID_BYTES = 200
_UNSAFE_ID_CHARS = re.compile(r"[^\w.\-]+")
_TITLE_MAX_CHARS = 250
_URL = re.compile(r"^https?://\S+$", re.I)
_CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:\-]+)""", re.I)
# Control characters other than tab, newlines, form feed: a text file has (almost) none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_WS = re.compile(r"\s+")

# The field names under which the common news scrapers write what an Article holds, in the order they are read: our
# own name first, so that it wins. Read in the tools' own code (docs/extraction.md, "JSON from news scrapers"):
#   trafilatura --json: text, title, date (YYYY-MM-DD), source (the address); its raw_text is the same text flattened
#       and filedate the day of the extraction, neither is read;
#   news-please (its JSON files, get_serializable_dict): maintext, title, date_publish ("2017-07-17 17:03:00", or
#       null, or "None"), url;
#   newspaper4k (to_json, the CLI's json), newspaper3k's attributes: text, title, publish_date (ISO), url,
#       canonical_link;
#   goose3 (Article.infos): cleaned_text, title, publish_date, meta.canonical (a key inside "meta").
# Only bodies are checked against one another (two different ones are an error): for the other fields the first
# one present wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "cleaned_text"),
    "title": ("title",),
    "published": ("published", "date_publish", "publish_date", "date", "published_at", "pubDate", "datePublished"),
    "url": ("url", "source", "canonical_link", "meta.canonical"),
}
# A hand-written crawler's names for the body, read only where none of FIELD_ALIASES["text"] holds one (a record may
# keep its raw page beside the text a scraper cleaned): the first that holds a text wins; a page's markup is read as
# a page (_html_text).
FALLBACK_BODIES = ("content", "body", "html", "raw_html")
# How news-please writes a missing date in its serializable dict (str(None)); JSON's own word for it too.
_NO_DATE = frozenset({"none", "null"})
# How many lines of a text may come before its headline (a menu, a stamp, a section name, "In trang") for the text
# still to open with it. Only the start of a line counts: a report's lead often repeats the headline's first words.
_LINES_BEFORE_HEADLINE = 4
# The shortest line read as its title cut short: a title may be cut short ("giai đoạn 2016" for "giai đoạn
# 2016-2021"), and so may a page's headline line, as the pipeline's own comparison allows
# (assembly.context.TITLE_PREFIX); but a lead sentence that repeats a headline's first words is no headline.
_TITLE_KEY = 40


@dataclass(frozen=True)
class InputProblem:
    """Something wrong with one input. ``skipped`` is False for a warning (the article was still read)."""

    path: str
    message: str
    line: int | None = None
    item: int | None = None
    skipped: bool = True

    @property
    def location(self) -> str:
        return _location(self.path, self.line, self.item)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass
class SourcedArticle:
    """An article and where it was read (file, and line or list item)."""

    article: Article
    path: str
    line: int | None = None
    item: int | None = None

    @property
    def location(self) -> str:
        return _location(self.path, self.line, self.item)


def _location(path: str, line: int | None, item: int | None) -> str:
    if line is not None:
        return f"{path}:{line}"
    if item is not None:
        return f"{path} (item {item})"
    return path


def find_input_files(inputs: Iterable[str | Path]) -> tuple[list[Path], list[InputProblem]]:
    """The readable files named in ``inputs`` or found (sorted, recursively) in folders there.

    A missing path or a named file of an unknown kind is a problem; files of
    other kinds inside folders are passed over silently, and so is a file
    named twice (directly and inside a folder): it is read once.
    """
    files: list[Path] = []
    problems: list[InputProblem] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found, unreadable = _files_below(path)
            files.extend(found)
            problems.extend(unreadable)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                problems.append(
                    InputProblem(
                        str(path),
                        f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}",
                    )
                )
        else:
            problems.append(InputProblem(str(path), "no such file or folder"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique, problems


def _files_below(folder: Path) -> tuple[list[Path], list[InputProblem]]:
    """The input files below ``folder`` (sorted, hidden names skipped) and a problem per folder that
    could not be listed (no permission, gone meanwhile): its articles are missing from the batch."""
    found: list[Path] = []
    problems: list[InputProblem] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or folder
        problems.append(
            InputProblem(str(where), f"cannot read the folder: {exc.strerror or exc}; the files in it are skipped")
        )

    for top, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            candidate = Path(top) / name
            if not name.startswith(".") and candidate.suffix.lower() in SUFFIXES and candidate.is_file():
                found.append(candidate)
    return sorted(found), problems


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[SourcedArticle | InputProblem]:
    """Every article in ``inputs`` (files and folders), and every problem met reading them, in input order."""
    files, problems = find_input_files(inputs)
    yield from problems
    for path in files:
        yield from read_file(path)


def read_file(path: Path) -> Iterator[SourcedArticle | InputProblem]:
    """The articles of one input file (or the problems that kept them from being read)."""
    path = Path(path)
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(where, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield InputProblem(where, "empty file")
        return
    suffix = path.suffix.lower()
    declared = _declared_charset(data) if suffix in (".html", ".htm") else None
    try:
        text, encoding = decode_text(data, declared)
    except ValueError as exc:
        yield InputProblem(where, str(exc))
        return
    if encoding == "cp1258" and declared != "cp1258":
        yield InputProblem(where, "not UTF-8; read as Windows-1258", skipped=False)
    elif encoding == "utf-8+nul":
        yield InputProblem(where, f"{data.count(0)} NUL byte(s) in the text; dropped", skipped=False)

    if suffix == ".txt":
        yield from _read_txt(path, text)
    elif suffix in (".html", ".htm"):
        yield from _read_html(path, text)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, text)
    else:
        yield from _read_json(path, text)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)``.

    Tries a byte-order mark, then the ``declared`` codec (an HTML page's
    charset, as ``codecs.lookup(...).name``), then UTF-8, then Windows-1258.
    Text decoded from Windows-1258 is put in NFC, because that code page
    writes tone marks as separate combining characters. Raises
    ``ValueError`` for binary data or undecodable bytes.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked_text(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise ValueError(f"broken {encoding} text at byte {exc.start}") from exc
    nuls = data.count(b"\x00")
    if nuls:
        # A few stray NULs (a bad copy, a crashed editor) in otherwise valid UTF-8 are dropped;
        # many, or NULs in data that is not UTF-8, mean a binary file (or BOM-less UTF-16).
        if nuls > max(8, len(data) // 1000):
            raise ValueError("binary file (contains NUL bytes), not text")
        try:
            text = data.replace(b"\x00", b"").decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("binary file (contains NUL bytes), not text") from None
        return _checked_text(text), "utf-8+nul"
    candidates = [declared] if declared else []
    candidates += [encoding for encoding in ("utf-8", "cp1258") if encoding != declared]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1258":
            text = unicodedata.normalize("NFC", text)
        return _checked_text(text), encoding
    raise ValueError("neither UTF-8 nor Windows-1258 text (binary or an unknown encoding)")


def _declared_charset(data: bytes) -> str | None:
    """The codec name of the charset an HTML page declares in its first bytes, if Python knows it."""
    match = _CHARSET_DECLARATION.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii", "replace")).name
    except LookupError:
        return None


def _checked_text(text: str) -> str:
    # Anything decodes as Windows-1258, so binary data is recognised by its
    # control characters; a stray one or two do not condemn a text file.
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise ValueError("binary file (control characters), not text")
    return text


def safe_id(raw: Any) -> str:
    """``raw`` made into an article id that is also a safe file name ("" when nothing is left).

    Keeps letters (Vietnamese ones too), digits, ``_``, ``.`` and ``-``; runs
    of anything else become one ``_``; no leading dot, so no hidden files and
    no ``..``.
    """
    text = unicodedata.normalize("NFC", str(raw)).strip()
    text = _UNSAFE_ID_CHARS.sub("_", text).strip("._")
    while len(text.encode("utf-8")) > _MAX_ID_BYTES:
        text = text[:-1]
    return text


# The date forms a crawled page's date field holds, read anywhere in a short field ("Thứ năm, 30/5/2013 18:15 (GMT+7)",
# "Cập nhật lúc 08:30 ngày 12/3/2023"): year first; day first with a four-digit year; day first with a two-digit
# year after slashes ("30/05/13 18:15 GMT+7", Báo Mới's); the day and the month in words ("16 Tháng 6, 2026", "ngày
# 16 tháng 6 năm 2026"). A time ("08:30") uses colons, never these separators.
_YEAR_FIRST = re.compile(r"(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_DAY_FIRST_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
_DAY_MONTH_IN_WORDS = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})(?!\d)", re.IGNORECASE)
# Feeds and English-speaking tools write the month's name: RSS's RFC 822 "Tue, 30 Mar 2021 08:20:00 +0700", "March
# 30, 2021".
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_THEN_MONTH_NAME = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+{_MONTH_NAME}\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE
)
_MONTH_NAME_THEN_DAY = re.compile(
    rf"(?<![a-z]){_MONTH_NAME}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE
)
_DATE_FIELD_LENGTH = 80  # a longer value is a text, not a date field


def iso_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from "2021-10-29", "2021-10-29T14:57:00+07:00", "29/10/2021", "29-10-2021",
    "29.10.2021", "Thứ năm, 30/5/2013 18:15", "30/05/13 18:15 GMT+7", "16 Tháng 6, 2026", "Tue, 30 Mar 2021 08:20:00
    +0700" or "March 30, 2021"; ``None`` when ``value`` is empty or not a real date."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value).strip())
    if len(text) > _DATE_FIELD_LENGTH:
        return None
    if match := _YEAR_FIRST.search(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.search(text) or _DAY_MONTH_IN_WORDS.search(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _DAY_FIRST_SHORT_YEAR.search(text):
        day, month, year = (int(g) for g in match.groups())
        year += 2000
    elif match := _DAY_THEN_MONTH_NAME.search(text) or _MONTH_NAME_THEN_DAY.search(text):
        day, year = int(match.group("day")), int(match.group("year"))
        month = _MONTHS.index(match.group("month").casefold()) + 1
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _read_txt(path: Path, text: str) -> Iterator[SourcedArticle | InputProblem]:
    aid = safe_id(path.stem)
    if not aid:
        yield InputProblem(str(path), "the file name gives no usable article id")
        return
    fields, body = _header_block(text)
    if fields:
        title = fields.get("title")
        yield SourcedArticle(
            Article(
                id=aid,
                text=_with_headline(body, title),
                title=title,
                published=iso_date(fields.get("published")),
                url=fields.get("url"),
            ),
            str(path),
        )
        return
    yield SourcedArticle(Article(id=aid, text=text, title=_title_line(text)), str(path))


# A saved text may open with a block of "Field: value" lines, as a crawler or a person copying a page writes them
# ("Tiêu đề: ...", "Ngày đăng: Thứ Năm, 05/09/2019 - 15:30", "Nguồn: Báo Phú Yên", "URL: https://..."): the fields an
# article holds are read from it (a date by iso_date), the others passed over, and the text is what follows the block.
_HEADER_FIELDS = {
    "title": ("tiêu đề", "tựa đề", "title", "headline"),
    "published": ("ngày", "ngày đăng", "ngày xuất bản", "đăng ngày", "thời gian", "date", "published", "pubdate"),
    "url": ("url", "link", "đường dẫn"),
    "": ("nguồn", "source", "chuyên mục", "category", "tác giả", "author", "tags", "từ khóa", "keywords"),
}
_HEADER_FIELD_OF = {name: field for field, names in _HEADER_FIELDS.items() for name in names}
_HEADER_LINE = re.compile(r"\s*(?P<key>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s*(?P<value>\S.*?)\s*$")


def _header_block(text: str) -> tuple[dict[str, str], str]:
    """The fields of the "Field: value" block ``text`` opens with, and the text after it; ``({}, text)`` when it opens
    with no such block (one naming the title, the date or the address)."""
    fields: dict[str, str] = {}
    lines = text.lstrip("\ufeff").split("\n")
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    while at < len(lines):
        m = _HEADER_LINE.fullmatch(lines[at])
        field = _HEADER_FIELD_OF.get(m.group("key").casefold()) if m else None
        if m is None or field is None:
            break
        if field and field not in fields:
            value = m.group("value")
            if field != "url" or _URL.match(value):
                fields[field] = value
        at += 1
    if not fields:
        return {}, text
    return fields, "\n".join(lines[at:]).strip("\n")


def _title_line(text: str) -> str | None:
    """The first non-empty line of ``text`` when it reads as a headline (a Markdown heading's marks left out)."""
    lines = text.strip().split("\n")
    first = _MARKDOWN_HEADING.sub("", lines[0].strip())
    rest = "\n".join(lines[1:]).strip()
    if rest and len(first) <= _TITLE_MAX_CHARS and not first.endswith((".", ",", ";")):
        return first
    return None


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def _read_html(path: Path, text: str) -> Iterator[SourcedArticle | InputProblem]:
    from phoihop.batch.pages import read_page

    where = str(path)
    aid = safe_id(path.stem)
    if not aid:
        yield InputProblem(where, "the file name gives no usable article id")
        return
    from phoihop.batch.feeds import looks_like_feed

    if looks_like_feed(text):
        yield from _read_feed(path, aid, text)
        return
    try:
        page = read_page(text)
    except ValueError as exc:
        yield InputProblem(where, str(exc))
        return
    if not page.text.strip():
        yield InputProblem(where, "no article text found in the page")
        return
    yield SourcedArticle(
        Article(
            id=aid,
            text=page.text,
            title=page.title,
            published=page.published,
            province=page.province,
            url=page.canonical,
        ),
        where,
    )


def _read_feed(path: Path, aid: str, text: str) -> Iterator[SourcedArticle | InputProblem]:
    """The items of an RSS or Atom feed saved as a page: one article each, named after the file (and the item's
    place in it, where the feed holds more than one)."""
    from phoihop.batch.feeds import feed_items
    from phoihop.batch.pages import fragment_text

    where = str(path)
    try:
        items = feed_items(text)
    except ValueError as exc:
        yield InputProblem(where, str(exc))
        return
    if not items:
        yield InputProblem(where, "a feed with no items: no articles")
        return
    for n, item in enumerate(items, 1):
        try:
            body, _ = fragment_text(item.body_html) if item.body_html else ("", None)
        except ValueError as exc:
            yield InputProblem(where, f"item {n}: {exc}", item=n)
            continue
        if not body.strip():
            yield InputProblem(where, f"item {n} has no text", item=n)
            continue
        yield SourcedArticle(
            Article(
                id=aid if len(items) == 1 else f"{aid}-{n}",
                text=_with_headline(body, item.title),
                title=item.title,
                published=iso_date(item.published),
                url=item.link,
            ),
            where,
            item=None if len(items) == 1 else n,
        )


def _read_json(path: Path, text: str) -> Iterator[SourcedArticle | InputProblem]:
    where = str(path)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputProblem(where, f"not valid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno)
        return
    if isinstance(obj, list):
        if not obj:
            yield InputProblem(where, "empty list: no articles")
        for index, item in enumerate(obj, 1):
            yield from _from_object(item, where, item=index)
    else:
        # A file holding one article is named after it, as in the corpus.
        yield from _from_object(obj, where, default_id=path.stem)


def _read_jsonl(path: Path, text: str) -> Iterator[SourcedArticle | InputProblem]:
    where = str(path)
    # Split on "\n" only: str.splitlines would also break at U+2028, which JSON allows inside strings.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"not valid JSON: {exc.msg} (column {exc.colno})", line=lineno)
            continue
        yield from _from_object(obj, where, line=lineno)


def _from_object(
    obj: Any, where: str, *, line: int | None = None, item: int | None = None, default_id: str | None = None
) -> Iterator[SourcedArticle | InputProblem]:
    """The article of one JSON object (ours or a scraper's, ``FIELD_ALIASES``), or the problem that keeps it from
    being one."""

    def problem(message: str, skipped: bool = True) -> InputProblem:
        return InputProblem(where, message, line=line, item=item, skipped=skipped)

    if not isinstance(obj, dict):
        yield problem(f"expected an article object, got a JSON {_json_type(obj)}")
        return
    url = _url_field(obj)
    raw_id = obj.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        if default_id is None and url is None:
            yield problem("article has no 'id' (nor a 'url' to name it by)")
            return
        # A file holding one article is named after it, as in the corpus; a record among many after its address,
        # as the scrapers that write no id name their own files (news-please's "filename").
        raw_id = default_id if default_id is not None else _url_id(url or "")
    if isinstance(raw_id, (dict, list, bool)):
        yield problem(f"article 'id' must be a string or number, got a JSON {_json_type(raw_id)}")
        return
    aid = safe_id(raw_id)
    if not aid:
        yield problem(f"article id {raw_id!r} has nothing usable in a file name")
        return
    broken = _lone_surrogate(obj)
    if broken is not None:
        yield problem(f"article {aid!r}: {broken}")
        return
    bodies = {key: obj[key] for key in FIELD_ALIASES["text"] if obj.get(key) is not None}
    if not any(isinstance(value, str) and value.strip() for value in bodies.values()):
        fallback = next((key for key in FALLBACK_BODIES if _string(obj.get(key))), None)
        bodies = {fallback: obj[fallback]} if fallback else bodies
    wrong = next(((key, value) for key, value in bodies.items() if not isinstance(value, str)), None)
    if wrong is not None:
        yield problem(f"article {aid!r} has a JSON {_json_type(wrong[1])} as {wrong[0]!r}")
        return
    bodies = {key: value for key, value in bodies.items() if value.strip()}
    if len({_WS.sub(" ", value).strip() for value in bodies.values()}) > 1:
        # Which one is the article is the user's call: a tool's cleaned text and another's raw one, or two scrapes.
        named = " and ".join(repr(key) for key in bodies)
        yield problem(f"article {aid!r} has two different texts, {named}: keep the one to read")
        return
    if not bodies:
        others = ", ".join(repr(key) for key in FIELD_ALIASES["text"][1:] + FALLBACK_BODIES)
        yield problem(f"article {aid!r} has no 'text' (nor {others})")
        return
    text = next(iter(bodies.values()))

    date_key = _first_key(obj, FIELD_ALIASES["published"], _date_string)
    fields = {
        "title": _string(obj.get(_first_key(obj, FIELD_ALIASES["title"], _string))),
        "province": _string(obj.get("province")),
        "published": _date_string(obj.get(date_key)),
    }
    html = _html_text(text)
    if html is not None:
        text, read = html
        if not text.strip():
            yield problem(f"article {aid!r}: no text found in its HTML")
            return
        # The record's own fields win over what its markup says.
        fields = {key: fields[key] or read.get(key) for key in fields}
    text = _with_headline(text, fields["title"])
    if fields["province"]:
        from phoihop.extract.lexicon import known_province

        province = known_province(fields["province"])
        if province is None:
            yield problem(
                f"article {aid!r}: 'province' {fields['province'][:80]!r} is not a known province; ignored",
                skipped=False,
            )
        fields["province"] = province
    published = iso_date(fields["published"])
    if fields["published"] and not published:
        # (the field the date was read from: "published" also when it came from the record's HTML)
        named = date_key if _date_string(obj.get(date_key)) else "published"
        yield problem(f"article {aid!r}: {named!r} {fields['published']!r} is not a date; ignored", skipped=False)
    yield SourcedArticle(
        Article(id=aid, text=text, title=fields["title"], published=published, province=fields["province"], url=url),
        where,
        line=line,
        item=item,
    )


def _first_key(obj: dict, keys: tuple[str, ...], read: Callable[[Any], str | None]) -> str:
    """The first of ``keys`` whose value in ``obj`` says something (the first key when none does)."""
    return next((key for key in keys if read(obj.get(key))), keys[0])


def _url_field(obj: dict) -> str | None:
    """The record's web address: the first of its url fields that holds one."""
    for key in FIELD_ALIASES["url"]:
        outer, _, inner = key.partition(".")
        value = obj.get(outer)
        if inner:  # a key inside an object ("meta.canonical")
            value = value.get(inner) if isinstance(value, dict) else None
        value = _string(value)
        # (a "source" is also a newspaper's name in some layouts: only an address is one)
        if value and (key == "url" or _URL.match(value)):
            return value
    return None


def _url_id(url: str) -> str:
    """An article id from a web address: the address without its scheme, made safe; one too long for a file name
    keeps its start and a digest of the whole, so that two long addresses stay two articles."""
    readable = safe_id(re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.I))
    if len(readable.encode("utf-8")) < _MAX_ID_BYTES:
        return readable
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    return f"{safe_id(readable[: _MAX_ID_BYTES // 2]).rstrip('-')}-{digest}"


def _date_string(value: Any) -> str | None:
    """A date field's text; news-please writes a missing date as the string "None"."""
    text = _string(value)
    return None if text is None or text.casefold() in _NO_DATE else text


def _with_headline(text: str, title: str | None) -> str:
    """``text`` with ``title`` before it as its first line, unless its opening already holds the title.

    Measured on the shared corpora with each headline taken out of the text and kept in ``title``, as news-please's
    ``maintext`` and newspaper's ``text`` come: micro-F1 on ``real`` 0.977 when the text is read as it is, 0.979 with
    the title put first, as printed; ``dev-north`` 0.959 and 0.969 (0.971 printed, where 7 of 26 headlines follow a
    stamp); ``dev`` 0.991 and 0.992 (0.992). The signings the headline states were lost without it.
    """
    if not title:
        return text
    headline = _WS.sub(" ", title).strip()
    key = unicodedata.normalize("NFC", headline).casefold()
    lines = (line for line in text.split("\n") if line.strip())
    for _, line in zip(range(_LINES_BEFORE_HEADLINE + 1), lines, strict=False):
        line = unicodedata.normalize("NFC", _WS.sub(" ", line).strip()).casefold()
        # The whole title opens the line (a title cut short too), or the line is the title cut short.
        if line.startswith(key) or (len(line) >= _TITLE_KEY and key.startswith(line)):
            return text
    return f"{headline}\n\n{text.lstrip()}"


def _lone_surrogate(value: Any, where: str = "") -> str | None:
    """Where a JSON ``\\udXXX`` escape left half a surrogate pair in ``value`` (not a character: it
    cannot be written as UTF-8 anywhere downstream), in words; ``None`` when there is none."""
    if isinstance(value, str):
        match = _SURROGATE.search(value)
        if match is None:
            return None
        shown = f"\\u{ord(match.group()):04x}"
        return f"{where or 'a string'} holds a lone surrogate escape ({shown}), which is not a character"
    items: Iterable[tuple[Any, Any]]
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = ((f"{where}[{i}]" if where else f"item {i}", v) for i, v in enumerate(value))
    else:
        return None
    for key, item in items:
        found = _lone_surrogate(key, "a key") or _lone_surrogate(
            item, key if isinstance(value, list) else (f"{where}.{key}" if where else repr(key))
        )
        if found:
            return found
    return None


def _html_text(text: str) -> tuple[str, dict[str, str | None]] | None:
    """When a record's ``text`` is HTML (a page or a fragment): the text read from it, with the title and
    date it states ("" when it holds none); ``None`` when it is text."""
    from phoihop.batch.pages import looks_like_html, read_page

    if not looks_like_html(text):
        return None
    try:
        page = read_page(text)
    except ValueError:
        return "", {}
    return page.text, {"title": page.title, "published": page.published, "province": page.province}


def _string(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _json_type(value: Any) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")
