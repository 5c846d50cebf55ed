"""Stable IRIs for the graph, and the name normalisation that decides identity.

Two mentions become one node exactly when their *identity keys* are equal.
The rules (documented in ``ontology/README.md``) are deliberately
conservative:

* **Names** (agencies, persons, positions) are compared after Unicode NFC,
  folding the look-alike ``Ð`` into ``Đ``, spelling out the abbreviations of
  ``assets/abbreviations.tsv`` (whole words, case-sensitive, longest first),
  putting tone marks of a final ``oa``/``oe``/``uy`` on the first vowel
  (``Hoà`` = ``Hòa``, ``Uỷ`` = ``Ủy``), one space around dashes, collapsed
  white space, and case folding.
* **Agencies** are scoped: a central body (``Bộ Chính trị``, ``Bộ Công an``,
  anything "Trung ương", …) is national (``vn``); a name ending in a
  province name is scoped to that province, whatever the article's province;
  any other name is scoped to the article's province. A trailing province
  name after the level word (``Công an tỉnh Quảng Nam``) is dropped from the
  key, so it equals ``Công an tỉnh`` in a Quảng Nam article.
* **Documents** are keyed by issuer codes, year and symbol (see
  :func:`document_key`).
* **Persons** are keyed by normalised name within the article's province.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote

from phoihop.text import WS as _SPACES

PH = "https://w3id.org/phoihop/ontology#"
PHID = "https://w3id.org/phoihop/id/"
GRAPH_PREFIX = PHID + "graph/"
ABBREVIATIONS_PATH = Path(__file__).resolve().parent / "assets" / "abbreviations.tsv"

NATIONAL = "vn"  # scope slug of central bodies
UNKNOWN = "unknown"  # scope slug when the article names no province

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_FINAL_PAIR = re.compile(rf"^([^\W\d_]*?)([oOuU])([aAeEyY])([{_TONES}])$")
_SYLLABLE = re.compile(r"[\w\u0300-\u036f]+")
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_DASHES = re.compile(r"\s*[-\u2010-\u2015]\s*")

# The resolvers below are memoised: agency names repeat across thousands of articles, so a
# cache of the recent ones catches nearly every repeat. Persons, symbols and one-off names
# mostly do not repeat, and a cache sized to the corpus only grows the loader's memory with it
# (bounds of 100-200k entries held ~1.4 MB per 1,000 articles until full); a fixed working set
# keeps a long load's memory flat.
_CACHE_ENTRIES = 16_384


# ---------------------------------------------------------------- text normalisation


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> tuple[re.Pattern, dict[str, str]]:
    table: dict[str, str] = {}
    for line in ABBREVIATIONS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
            table[unicodedata.normalize("NFC", cols[0].strip())] = unicodedata.normalize("NFC", cols[1].strip())
    alternatives = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), table


def modern_tone_placement(text: str) -> str:
    """Move the tone mark of a syllable-final ``oa``/``oe``/``uy`` to the first vowel (``hoà`` -> ``hòa``)."""
    decomposed = unicodedata.normalize("NFD", text)

    def fix(m: re.Match) -> str:
        syllable = m.group(0)
        pair = _FINAL_PAIR.match(syllable)
        if not pair or pair.group(1).lower().endswith("q"):  # "quý": the u belongs to the onset
            return syllable
        return pair.group(1) + pair.group(2) + pair.group(4) + pair.group(3)

    fixed = _SYLLABLE.sub(fix, decomposed)
    return unicodedata.normalize("NFC", fixed)


def expand_abbreviations(text: str) -> str:
    """Spell out the abbreviations of ``assets/abbreviations.tsv`` (whole words, longest first)."""
    pattern, table = _abbreviation_pattern()
    return pattern.sub(lambda m: table[m.group(0)], text)


@lru_cache(maxsize=_CACHE_ENTRIES)
def display_name(name: str) -> str:
    """The readable normalised form of a name: NFC, abbreviations spelled out, modern tone placement, tidy spacing."""
    text = unicodedata.normalize("NFC", str(name)).translate(_LOOKALIKES)
    text = expand_abbreviations(text)
    text = modern_tone_placement(text)
    text = _DASHES.sub(" - ", text)
    text = _SPACES.sub(" ", text).strip(" ,.;:")
    return text[:1].upper() + text[1:] if text else text


@lru_cache(maxsize=_CACHE_ENTRIES)
def name_key(name: str) -> str:
    """Identity key of a name: :func:`display_name`, case-folded."""
    return display_name(name).casefold()


def ascii_fold(text: str) -> str:
    """Drop Vietnamese diacritics (``đ`` -> ``d``)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str) -> str:
    """An IRI path segment that keeps Vietnamese letters: ``Ban Dân vận`` -> ``ban-dân-vận``.

    Letters keep their diacritics so that names differing only in a tone
    (``Hà``/``Hạ``) never share a node.
    """
    return re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", text).casefold()).strip("-") or "_"


def ascii_slug(text: str) -> str:
    """An ASCII IRI path segment: ``Bến Tre`` -> ``ben-tre``."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-") or "_"


# ---------------------------------------------------------------- provinces

# The 63 provinces before 1 July 2025 (names of the 34 after the merger are among them).
PROVINCES = (
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bạc Liêu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Cần Thơ",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Hồ Chí Minh",
    "Thừa Thiên Huế",
    "Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
)
# Centrally run cities: their level word is "thành phố" / "Thành ủy".
CITIES = frozenset({"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"})
_PROVINCE_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.I)
_PROVINCE_BY_KEY = {name_key(p): p for p in PROVINCES}
_PROVINCE_BY_KEY[name_key("Thành phố Hồ Chí Minh")] = "Hồ Chí Minh"
_PROVINCE_BY_KEY[name_key("Bà Rịa Vũng Tàu")] = "Bà Rịa - Vũng Tàu"
_PROVINCE_BY_SLUG = {ascii_slug(name): name for name in PROVINCES}
_PROVINCE_BY_SLUG.update({"thanh-pho-ho-chi-minh": "Hồ Chí Minh", "tp-hcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh"})


@lru_cache(maxsize=4096)
def canonical_province(name: str | None) -> str | None:
    """The province's name without "tỉnh"/"thành phố" (``Thành phố Hồ Chí Minh`` -> ``Hồ Chí Minh``).

    Unknown names are tidied only.
    """
    if not name or not str(name).strip():
        return None
    key = re.sub(r"\s*\((?:mới|cũ)\)\s*$", "", name_key(str(name)))
    if key in _PROVINCE_BY_KEY:
        return _PROVINCE_BY_KEY[key]
    stripped = _PROVINCE_PREFIX.sub("", key)
    if stripped in _PROVINCE_BY_KEY:
        return _PROVINCE_BY_KEY[stripped]
    # Typed without diacritics, or as a slug ("Ha Nam", "ha-nam", "tinh Ha Nam"): no two provinces
    # share an ASCII spelling, so the match is safe.
    folded = ascii_slug(re.sub(r"^(?:tinh|thanh-pho|tp)-", "", ascii_slug(stripped)))
    if folded in _PROVINCE_BY_SLUG:
        return _PROVINCE_BY_SLUG[folded]
    return display_name(_PROVINCE_PREFIX.sub("", display_name(str(name))))


def province_slug(name: str | None) -> str:
    """ASCII slug of a province (``Bến Tre`` -> ``ben-tre``); ``unknown`` when there is none."""
    canon = canonical_province(name)
    return ascii_slug(canon) if canon else UNKNOWN


def province_iri(name: str) -> str:
    return f"{PHID}province/{province_slug(name)}"


# ---------------------------------------------------------------- agencies

_LEVELS = (  # (words as they end or appear in a key, level literal); longest first
    ("thành ủy", "thành phố"),
    ("tỉnh ủy", "tỉnh"),
    ("huyện ủy", "huyện"),
    ("quận ủy", "quận"),
    ("thị ủy", "thị xã"),
    ("thành phố", "thành phố"),
    ("thị xã", "thị xã"),
    ("thị trấn", "thị trấn"),
    ("tỉnh", "tỉnh"),
    ("huyện", "huyện"),
    ("quận", "quận"),
    ("phường", "phường"),
    ("xã", "xã"),
)
_LEVEL_WORD = re.compile(r"(?<!\w)(" + "|".join(w for w, _ in _LEVELS) + r")(?!\w)")
_CENTRAL_EXACT = frozenset(
    name_key(n)
    for n in (
        "Bộ Chính trị",
        "Ban Bí thư",
        "Chính phủ",
        "Quốc hội",
        "Ủy ban Thường vụ Quốc hội",
        "Thủ tướng Chính phủ",
        "Văn phòng Chính phủ",
        "Ủy ban Dân tộc",
        "Thanh tra Chính phủ",
        "Ngân hàng Nhà nước Việt Nam",
        "Ngân hàng Chính sách xã hội",
        "Kiểm toán Nhà nước",
        "Chủ tịch nước",
        "Văn phòng Quốc hội",
    )
)
_CENTRAL_HEADS = ("bộ ", "tổng cục ", "quân khu ", "quân chủng ", "binh chủng ", "quân đoàn ", "cục ")
_NOT_CENTRAL_HEADS = ("bộ chỉ huy", "bộ đội")


def _level_of(key: str) -> str | None:
    found = _LEVEL_WORD.findall(key)
    if not found:
        return None
    last = found[-1]
    return next(level for word, level in _LEVELS if word == last)


def is_central(key: str) -> bool:
    """A national body: scoped to ``vn`` whatever the article's province."""
    if key in _CENTRAL_EXACT or "trung ương" in key or "tối cao" in key:
        return True
    if _level_of(key):
        return False
    if key.startswith(_CENTRAL_HEADS) and not key.startswith(_NOT_CENTRAL_HEADS):
        return True
    return key.endswith(" việt nam")


@dataclass(frozen=True)
class AgencyIdentity:
    """Where an agency mention lands: its IRI, canonical label, scope and level."""

    iri: str
    label: str  # skos:prefLabel: display name, plus the province after a trailing level word
    key: str  # identity key within the scope
    scope: str  # province slug (``gia-lai``, ``gia-lai-2025``), ``vn`` or ``unknown``
    province: str | None  # canonical province name for province-scoped bodies
    level: str | None
    province_slug: str | None = None  # ``phid:province/{slug}`` of the structure the body belongs to
    era: str = "legacy"  # "legacy" (before 1 July 2025) or "2025"


_TRAILING_PROVINCE = re.compile(
    r"\s(" + "|".join(re.escape(k) for k in sorted(_PROVINCE_BY_KEY, key=len, reverse=True)) + r")$"
)


def _trailing_province(key: str) -> tuple[str, str] | None:
    """(province name, key without it) when ``key`` ends with a province name; the second part is ``key`` itself
    unless a matching level word precedes the place."""
    m = _TRAILING_PROVINCE.search(key)
    if not m:
        return None
    pname = _PROVINCE_BY_KEY[m.group(1)]
    head = re.sub(r"\s+(?:tp\.?)$", " thành phố", key[: m.start()].rstrip())
    level_words = ("thành phố", "thành ủy") if name_key(pname) in CITIES else ("tỉnh", "tỉnh ủy")
    return (pname, head) if head.endswith(level_words) else (pname, key)


def agency_identity(name: str, article_province: str | None, published: str | None = None) -> AgencyIdentity:
    """Resolve an agency name as written in an article of ``article_province`` published on ``published``
    (see :func:`_agency_identity`); only the side of 1 July 2025 the date falls on matters, so the memo is keyed
    by that and stays as effective as one keyed by name and province."""
    from phoihop.graph.succession import REFORM_DATE

    return _agency_identity(name, article_province, bool(published) and str(published) >= REFORM_DATE)


@lru_cache(maxsize=_CACHE_ENTRIES)
def _agency_identity(name: str, article_province: str | None, after_reform: bool) -> AgencyIdentity:
    """Resolve an agency name as written in an article of ``article_province`` published on ``published``.

    Bodies of a province that merged on 1 July 2025 (and commune bodies
    everywhere) are distinct nodes before and after the reorganisation:
    the words of the name ("(mới)", "(cũ)", "trước sáp nhập") decide, else
    the article's date (:func:`phoihop.graph.succession.era_scope`). Without
    a date the body is one of the structure before 2025, as before this rule.
    """
    from phoihop.graph import succession

    published = succession.REFORM_DATE if after_reform else None
    disp, mark = succession.era_mark(display_name(name))
    key = disp.casefold()
    level = _level_of(key)
    if is_central(key):
        return AgencyIdentity(f"{PHID}agency/{NATIONAL}/{slug(key)}", disp, key, NATIONAL, None, "trung ương")
    place = _trailing_province(key)
    if place:
        province, local = place
        label = disp if local == key else disp[: len(local)] + " " + province
        sc = succession.era_scope(province, published, level, mark, True)
        return AgencyIdentity(
            f"{PHID}agency/{sc.scope}/{slug(local)}", label, local, sc.scope, province, level, sc.province_slug, sc.era
        )
    province_name, article_mark = succession.era_mark(article_province or "")
    article_place = canonical_province(province_name)
    if not article_place:
        return AgencyIdentity(f"{PHID}agency/{UNKNOWN}/{slug(key)}", disp, key, UNKNOWN, None, level)
    province = article_place
    sc = succession.era_scope(province, published, level, mark or article_mark, False)
    if sc.province and sc.era == "2025":
        province = sc.province.name  # an article filed under "Bình Định" in 2026 is about the new Gia Lai
    label = disp
    if re.search(r"(?:tỉnh|tỉnh ủy|thành phố|thành ủy)$", key):
        label = f"{disp} {province}"
    return AgencyIdentity(
        f"{PHID}agency/{sc.scope}/{slug(key)}", label, key, sc.scope, province, level, sc.province_slug, sc.era
    )


# ---------------------------------------------------------------- persons


@lru_cache(maxsize=_CACHE_ENTRIES)
def person_iri(name: str, article_province: str | None) -> str:
    """A person is one node per normalised name within a province."""
    return f"{PHID}person/{province_slug(article_province)}/{slug(name_key(name))}"


# ---------------------------------------------------------------- documents

# Type codes that can follow a State number ("42/KH-UBND"); a first group not in here is an issuer (công văn).
STATE_TYPE_CODES = frozenset(
    c.casefold()
    for c in (
        "NQ",
        "QĐ",
        "CT",
        "QC",
        "QyĐ",
        "TC",
        "TB",
        "HD",
        "CTr",
        "KH",
        "PA",
        "ĐA",
        "DA",
        "BC",
        "BB",
        "TTr",
        "HĐ",
        "CĐ",
        "BGN",
        "BTT",
        "GUQ",
        "GM",
        "GGT",
        "GNP",
        "PG",
        "PC",
        "PB",
        "NĐ",
        "TT",
        "TTLT",
        "NQLT",
        "CTrPH",
        "QCPH",
        "KHPH",
        "KHLT",
        "CTLT",
        "QCLT",
        "QĐLT",
        "HDLT",
        "QĐ-TTg",
        "L",
        "PL",
        "SL",
        "KL",
        "QĐi",
    )
)
_CENTRAL_ISSUERS = frozenset(
    c.casefold()
    for c in (
        "TW",
        "TƯ",
        "CP",
        "TTg",
        "VPCP",
        "BQP",
        "BCA",
        "BNV",
        "BTP",
        "BTC",
        "BYT",
        "BGDĐT",
        "BNNPTNT",
        "BCT",
        "BTTTT",
        "BKHĐT",
        "BLĐTBXH",
        "BVHTTDL",
        "BXD",
        "BGTVT",
        "BTNMT",
        "BKHCN",
        "BDTTG",
        "NHNN",
        "TTCP",
        "TANDTC",
        "VKSNDTC",
        "UBDT",
        "MTTW",
        "TTTW",
        "UBTUMTTQVN",
        "QP",
        "KTNN",
        "CTN",
        "HĐTP",
        "BCĐTW",
    )
)
_PARTY_SYMBOL = re.compile(r"^(\d+)-([^/]+)/(.+)$")
_STATE_SYMBOL = re.compile(r"^(\d+)/(?:((?:19|20)\d\d)/)?(.+)$")


@dataclass(frozen=True)
class ParsedSymbol:
    """A document number-and-symbol taken apart (``150-CTr/BCSĐUBND-BDVTU``)."""

    text: str  # as printed, spaces removed
    number: int | None
    type_code: str | None
    issuers: tuple[str, ...]
    year: int | None  # a year printed in the symbol (State normative acts)
    system: str  # "party", "state" or "unknown"


def clean_symbol(symbol: str) -> str:
    s = unicodedata.normalize("NFC", str(symbol)).translate(_LOOKALIKES)
    s = re.sub(r"^\s*(?:số|so)\s*[:.]?\s*", "", s, flags=re.I)
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", "", s)


@lru_cache(maxsize=_CACHE_ENTRIES)
def parse_symbol(symbol: str) -> ParsedSymbol:
    """Split a symbol by the Party (``N-TYPE/ISSUERS``) or State (``N/[YEAR/]TYPE-ISSUERS``) grammar."""
    text = clean_symbol(symbol)
    m = _PARTY_SYMBOL.match(text)
    if m:
        return ParsedSymbol(
            text, int(m.group(1)), m.group(2), tuple(x for x in re.split(r"[-/]", m.group(3)) if x), None, "party"
        )
    m = _STATE_SYMBOL.match(text)
    if m:
        groups = [x for x in re.split(r"[-/]", m.group(3)) if x]
        type_code = None
        if (len(groups) > 1 and groups[0].casefold() in STATE_TYPE_CODES) or (
            len(groups) == 1 and groups[0].casefold() in STATE_TYPE_CODES
        ):
            type_code = groups.pop(0)
        return ParsedSymbol(
            text, int(m.group(1)), type_code, tuple(groups), int(m.group(2)) if m.group(2) else None, "state"
        )
    digits = re.fullmatch(r"\d+", text)
    return ParsedSymbol(text, int(text) if digits else None, None, (), None, "unknown")


def _year(value: str | None) -> int | None:
    m = re.match(r"^((?:1[89]|20)\d\d)", value or "")
    return int(m.group(1)) if m else None


def document_year(parsed: ParsedSymbol, issued: str | None, published: str | None) -> int | None:
    """The year that makes a number unique: the year in the symbol, else the issue year, else the article's year.

    State numbers restart every 1 January; Party numbers restart every term
    and type, and the issue year is a finer, always-known-when-printed stand-in
    for the term. When neither is known the article's year is used, so an
    undated citation in a later article may become a second node; the
    ``skos:altLabel``/``ph:symbol`` values show the match.
    """
    return parsed.year or _year(issued) or _year(published)


def _is_central_code(code: str) -> bool:
    return code in _CENTRAL_ISSUERS or code.endswith(("tw", "tư")) or re.fullmatch(r"(?:ubtv)?qh\d*", code) is not None


@lru_cache(maxsize=_CACHE_ENTRIES)
def document_iri(symbol: str, issued: str | None, published: str | None, province: str | None) -> str:
    """``phid:document/{issuer-codes}/{year}/{symbol-slug}``.

    The issuer segment is the issuer codes joined by ``-``; when any code is
    a local one (``TU``, ``UBND``, ``CAT`` …) the article's province slug is
    appended after a dot, because every province has its own ``BDVTU``.
    """
    parsed = parse_symbol(symbol)
    codes = [c.casefold() for c in parsed.issuers]
    issuer = slug("-".join(codes)) if codes else "_"
    central = bool(codes) and all(_is_central_code(c) for c in codes)
    if not central:
        issuer += "." + province_slug(province)
    year = document_year(parsed, issued, published)
    return f"{PHID}document/{issuer}/{year if year else UNKNOWN}/{slug(parsed.text.replace('/', '-'))}"


# ---------------------------------------------------------------- other nodes

SECTOR_LABELS = {  # sector -> (vi, en)
    "party": ("Đảng", "Party"),
    "state": ("Nhà nước", "State"),
    "military": ("Quân đội", "Armed forces"),
    "police": ("Công an", "Police"),
    "front": ("Mặt trận Tổ quốc và đoàn thể", "Fatherland Front and mass organisations"),
}
SECTOR_SCHEME = f"{PHID}scheme/sector"
KIND_SCHEME = f"{PHID}scheme/document-kind"


def sector_iri(sector: str) -> str:
    return f"{PHID}sector/{sector}"


@lru_cache(maxsize=4096)
def kind_iri(kind: str) -> str:
    return f"{PHID}kind/{ascii_slug(name_key(kind))}"


def period_iri(start: int, end: int) -> str:
    return f"{PHID}period/{start}-{end}"


def instant_iri(year: int) -> str:
    return f"{PHID}instant/{year}"


@lru_cache(maxsize=4096)
def article_segment(article_id: str) -> str:
    return quote(str(article_id), safe="-._~")


def article_iri(article_id: str) -> str:
    return f"{PHID}article/{article_segment(article_id)}"


def graph_iri(article_id: str) -> str:
    """The named graph that holds everything one article says."""
    return f"{GRAPH_PREFIX}{article_segment(article_id)}"


def article_id_of_graph(iri: str) -> str | None:
    """Inverse of :func:`graph_iri`; ``None`` for graphs that are not article graphs."""
    if not iri.startswith(GRAPH_PREFIX):
        return None
    rest = iri[len(GRAPH_PREFIX) :]
    return unquote(rest) if rest and "/" not in rest else None


def local_iri(kind: str, article_id: str, n: int) -> str:
    """Per-article nodes: ``phid:{kind}/{article-id}/{n}`` (signing, programme, holding, evidence)."""
    return f"{PHID}{kind}/{article_segment(article_id)}/{n}"


@lru_cache(maxsize=_CACHE_ENTRIES)
def programme_event_key(
    parties: tuple[str, ...], kind: str | None, period: tuple[int, int] | None, date: str | None
) -> str | None:
    """The signing event a programme was told as: ``{date}/{kind}/{period}/{hash of the sorted parties}``.

    ``None`` without a date or with fewer than two parties: too little to say two reports are one event.
    Documents carry it too (``ph:eventKey``), so a store can meet an unnumbered report on its printed document.
    """
    distinct = sorted(set(parties))
    if not date or len(distinct) < 2:
        return None
    from phoihop.graph.succession import short_hash

    kind_seg = ascii_slug(name_key(kind)) if kind and str(kind).strip() else "_"
    period_seg = f"{period[0]}-{period[1]}" if period else "_"
    return f"{date}/{kind_seg}/{period_seg}/{short_hash(*distinct)}"


def programme_event_iri(
    parties: tuple[str, ...], kind: str | None, period: tuple[int, int] | None, date: str | None
) -> str | None:
    """A programme told without a printed symbol, across articles: the same parties (agency IRIs), kind, period
    and signing date are one programme, ``phid:programme/{date}/{kind}/{period}/{hash of the sorted parties}``.

    ``None`` without a date or with fewer than two parties: too little to say two reports are one event, and
    the programme stays per article (:func:`local_iri`).
    """
    key = programme_event_key(parties, kind, period, date)
    return f"{PHID}programme/{key}" if key else None
