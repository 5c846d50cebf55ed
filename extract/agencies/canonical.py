"""Canonical agency names (abbreviations and synonyms spelled out, ``spell_command_abbreviation``), the key under
which variants of one agency meet (``merge_key``), and ``has_level``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phoihop.extract import lexicon
from phoihop.extract.agencies.patterns import _CENTRAL_CITIES
from phoihop.extract.normalize import fold_tones
from phoihop.text import WS as _WS
from phoihop.text import spaced_dashes

# The staff offices of a command or a police force ("Phòng Hậu cần - Kỹ thuật" keeps its own dash).
_STAFF_OFFICE = (
    r"(?:Chính\s+trị|Tham\s+mưu|Hậu\s+cần(?:\s*-\s*Kỹ\s+thuật|(?!\s*-\s*Kỹ))|Kỹ\s+thuật|"
    r"Công\s+tác\s+[Cc]hính\s+trị|Tổ\s+chức\s+cán\s+bộ)"
)
# A level word written by its initial and a dot ("UBND P. Khuê Trung", "Công an Q.3", "UBND H.Bảo Lâm", "TX Quảng Trị"),
# in bodies' names and in persons' titles ("Phó Chủ tịch UBND H.Hoài Nhơn")
_LEVEL_INITIALS = [
    (re.compile(r"(?<=\s)P\.\s*(?=" + lexicon.UPPER_CLASS + r"|\d)"), "phường "),
    (re.compile(r"(?<=\s)Q\.\s*(?=" + lexicon.UPPER_CLASS + r"|\d)"), "quận "),
    (re.compile(r"(?<=\s)H\.\s*(?=" + lexicon.UPPER_CLASS + r")"), "huyện "),
    (re.compile(r"(?<=\s)TX\.?\s*(?=" + lexicon.UPPER_CLASS + r")"), "thị xã "),
]


def spell_level_initials(text: str) -> str:
    """``text`` with the level words written by their initials spelled out (see _LEVEL_INITIALS)."""
    for rx, repl in _LEVEL_INITIALS:
        text = rx.sub(repl, text)
    return text


# Synonyms written in the news for one body; the right-hand side is the name kept.
_SYNONYMS = [
    (re.compile(r"^Ban\s+Giám\s+đốc\s+", re.I), ""),
    (re.compile(r"(?<![\w])PT\s*-\s*TH(?![\w])"), "Phát thanh - Truyền hình"),  # "Đài PT- TH": the spacing varies
    # "Phòng Chính trị - Bộ CHQS tỉnh": the dash only sets the parent off; the name is the office of the parent.
    (re.compile(rf"^(Phòng\s+{_STAFF_OFFICE})\s+-\s+(?={lexicon.UPPER_CLASS})"), r"\1 "),
    (re.compile(r"\bBan\s+CH\s+(?=Phòng\s+thủ|Quân\s+sự|Bộ\s+đội)"), "Ban Chỉ huy "),
    (re.compile(r"(?<=\s)các\s+(?=(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+ủy|tỉnh|huyện|quận|xã|phường)", re.I), ""),
    *_LEVEL_INITIALS,
    # "Tạp chí Lao động và CĐ": the unions' initials after "Lao động" (alone "CĐ" is also a college, "Trường CĐ")
    (re.compile(r"(?<=Lao động và )CĐ(?![\w])"), "Công đoàn"),
    # "Ban Vận động Quỹ “Vì người nghèo” tỉnh": the quotes only set the fund's name off; the board's name is written
    # without them, as other pages of the same board print it
    (re.compile(r"(?<=Quỹ )[“\"]([^”\"\n]{1,40})[”\"]"), r"\1"),
    # "Sư đoàn BB5": the infantry's letters before the number
    (re.compile(r"^((?:Sư|Lữ|Trung|Tiểu)\s+đoàn)\s+BB\s*(?=\d)"), r"\1 Bộ binh "),
]


def canonical_name(text: str, extra_abbreviations: dict[str, str] | None = None) -> str:
    """The agency name with abbreviations spelled out, standard tone marks and spacing."""
    return _canonical(text, tuple(sorted(extra_abbreviations.items())) if extra_abbreviations else ())


@lru_cache(maxsize=16384)
def _canonical(text: str, extra: tuple) -> str:
    extra_abbreviations = dict(extra)
    s = _WS.sub(" ", fold_tones(text)).strip(" ,.;:")
    if "BCH" in s:  # (the pattern opens with a look-behind: a scan of every name costs more than this test)
        s = _BCH.sub(lambda m: _command_word(s, m), s)
    s = lexicon.expand_abbreviations(s, extra_abbreviations)
    if _ANY_SYNONYM is None or _ANY_SYNONYM.search(s):
        for rx, repl in _SYNONYMS:
            s = rx.sub(repl, s)
    s = spaced_dashes(s)
    s = _WS.sub(" ", s).strip()
    return s[:1].upper() + s[1:]  # a head printed in lower case ("5 hạt kiểm lâm khu vực A, B") opens the name


def _any_of(patterns: list[tuple[re.Pattern, str]]) -> re.Pattern | None:
    """One pattern that finds where any of ``patterns`` would match (None if one has a flag other than IGNORECASE):
    a name none of them matches is left as it is by all their substitutions, and one search costs less than five
    substitutions that change nothing (most names hold no synonym)."""
    if any(rx.flags & ~(re.IGNORECASE | re.UNICODE) for rx, _ in patterns):
        return None
    return re.compile("|".join(f"(?i:{rx.pattern})" if rx.flags & re.I else f"(?:{rx.pattern})" for rx, _ in patterns))


_ANY_SYNONYM = _any_of(_SYNONYMS)


# "BCH Quân sự", "BCHQS", "BCH Biên phòng": the military command of a province or central city is a "Bộ Chỉ huy", of
# a district, town, provincial city or commune a "Ban Chỉ huy"; a command named without a level is read at province
# level, one named with a bare "thành phố" at the level of a provincial city (a central city's is named with its name).
_BCH = re.compile(
    r"(?<![\w])BCH(?:(?P<qs>QS)(?![\w])|(?=\s+(?i:quân\s+sự|QS|bộ\s+đội\s+biên\s+phòng|biên\s+phòng|BP|phòng\s+thủ|PTKV)(?![\w])))"
)
# The area defence commands of 2025 are "Ban Chỉ huy" whatever their level.
_AREA_DEFENCE = re.compile(r"\s+(?:phòng\s+thủ|PTKV)(?![\w])", re.IGNORECASE)
_LOCAL_COMMAND = re.compile(
    r"(?<![\w])(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu|thành\s+phố|TP\.?)"
    r"(?:\s+(?P<place>\S.*))?$"
)


def _command_word(name: str, m: re.Match) -> str:
    glued = " Quân sự" if m.group("qs") else ""  # "BCHQS huyện" -> "Ban Chỉ huy Quân sự huyện"
    if _AREA_DEFENCE.match(name, m.end()):
        return "Ban Chỉ huy" + glued
    local = _LOCAL_COMMAND.search(name, m.end())
    if local is None:
        return "Bộ Chỉ huy" + glued
    city = _WS.sub(" ", (local.group("place") or "")).casefold()
    if local.group(0).lower().startswith(("thành", "tp")) and city in _CENTRAL_CITIES:
        return "Bộ Chỉ huy" + glued
    return "Ban Chỉ huy" + glued


def spell_command_abbreviation(text: str) -> str:
    """ "BCH" before a military, border-guard or area-defence word spelled out as the command it names
    ("Chính ủy BCH Phòng thủ khu vực 1" -> "Chính ủy Ban Chỉ huy Phòng thủ khu vực 1"); other "BCH" (a
    Ban Chấp hành) are left."""
    return _BCH.sub(lambda m: _command_word(text, m), text) if "BCH" in text else text


# The youth union of a level is one body under two names: "Đoàn TNCS Hồ Chí Minh tỉnh X" is "Tỉnh Đoàn X",
# "Đoàn Thanh niên quận" is "Quận Đoàn" (a level word right after the union's name; "Đoàn Thanh niên Công an
# tỉnh" is the union of the provincial police, another body).
YOUTH_UNION_OF_LEVEL = re.compile(
    r"^(.* )?đoàn thanh niên(?: cộng sản hồ chí minh)? (tỉnh|thành phố|huyện|quận|thị xã)(?=$| )"
)
# (the women's union named short, of a place or a level or bare: the bare name meets the placed union's key as the bare
# "Hội Nông dân" meets "Hội Nông dân huyện X", by its prefix, where the page names one)
_WOMENS_UNION_OF_A_PLACE = re.compile(r"^hội phụ nữ(?= \S|$)")
_COMMUNE_YOUTH_UNION = re.compile(r"^đoàn thanh niên(?: cộng sản hồ chí minh)? (?=(?:xã|phường|thị trấn)(?: |$))")
_YOUTH_COMMITTEE = {
    "tỉnh": "tỉnh đoàn",
    "thành phố": "thành đoàn",
    "huyện": "huyện đoàn",
    "quận": "quận đoàn",
    "thị xã": "thị đoàn",
}
_FOLDED_CENTRAL_CITIES = frozenset(fold_tones(c) for c in _CENTRAL_CITIES)
_KEY_LEVEL_END = re.compile(r" (?:tỉnh|thành phố)$")
_PARTY_ORGAN_OF_PROVINCE = re.compile(
    r"^(ban (?:tuyên giáo|dân vận|tổ chức|nội chính|tuyên giáo và dân vận|kinh tế)) tỉnh$"
)
_PEOPLES_COURT = re.compile(r"^(tòa án|viện kiểm sát) nhân dân(?= |$)")
_KEY_AND = re.compile(r"\bvà\b")
_KEY_PART_SEP = re.compile(r"\s*[,&–-]\s*")
_KEY_LEVEL_ENDINGS = (" tỉnh", " thành phố")  # what _KEY_LEVEL_END can match
_KEY_PART_SEP_CHARACTERS = ",&–-"  # one of which every match of _KEY_PART_SEP holds
_CITY_PREFIX = re.compile(r"^(?:thành phố|tp\.?)\s*")


def _without_own_province(key: str, province: str) -> str:
    """``key`` without the article's province at its end ("công an tỉnh quảng nam" → "công an tỉnh"). "Thành phố
    Thái Nguyên" is the city inside the province of Thái Nguyên, another body's place, and stays; only a city run
    by the centre ("thành phố Đà Nẵng", "TP. Hồ Chí Minh") is the province itself."""
    base = _CITY_PREFIX.sub("", province)
    for form in ("thành phố " + base, "tp. " + base, "tp " + base, "tp." + base):
        if key.endswith(" " + form):
            return key[: -len(form) - 1] if base in _FOLDED_CENTRAL_CITIES else key
    if not key.endswith(" " + base) or key[: -len(base) - 1].endswith(_LOWER_LEVEL_WORDS):
        return key  # "Viện KSND huyện Điện Biên": a district named as its province is, the district's own body
    return key[: -len(base) - 1]


# the levels under a province, as a key's last words before a place
_LOWER_LEVEL_WORDS = (" huyện", " quận", " thị xã", " xã", " phường", " thị trấn")


@lru_cache(maxsize=8192)
def merge_key(name: str, province: str | None) -> str:
    """Key under which variants of one agency meet ("Công an tỉnh Quảng Nam" ~ "Công an tỉnh" ~ "Công an")."""
    key = _WS.sub(" ", fold_tones(name)).casefold().strip()
    if "đoàn thanh niên" in key:  # the pattern backtracks over the whole key: only where it can match
        key = YOUTH_UNION_OF_LEVEL.sub(lambda m: f"{m.group(1) or ''}{_YOUTH_COMMITTEE[m.group(2)]}", key)
        # ("Đoàn xã Quang Long" is the commune's "Đoàn Thanh niên xã Quang Long")
        key = _COMMUNE_YOUTH_UNION.sub("đoàn ", key)
    if key.startswith("hội phụ nữ"):  # "Hội Phụ nữ xã A" is the "Hội Liên hiệp Phụ nữ xã A" the page names in full
        key = _WOMENS_UNION_OF_A_PLACE.sub("hội liên hiệp phụ nữ", key)
    if province:
        key = _without_own_province(key, fold_tones(province).casefold())
    # (each substitution below is tried only where its pattern's characters are: most keys hold none of them)
    if key.startswith("ban ") and key.endswith(" tỉnh"):
        # "Ban Tuyên giáo tỉnh Khánh Hòa" is the organ of the Tỉnh ủy: "Ban Tuyên giáo Tỉnh ủy" (a city's may be a
        # provincial city's Thành ủy, another body than the province's)
        key = _PARTY_ORGAN_OF_PROVINCE.sub(r"\1 tỉnh ủy", key)
    if key.startswith("ngân hàng ") and " chi nhánh" in key:
        # "Ngân hàng Chính sách xã hội chi nhánh tỉnh X" is "Chi nhánh Ngân hàng Chính sách xã hội tỉnh X": a bank's
        # branch is named after the bank or before it
        key = "chi nhánh " + key.replace(" chi nhánh", "", 1)
    if key.endswith(_KEY_LEVEL_ENDINGS):
        key = _KEY_LEVEL_END.sub("", key)
    key = key.replace("ủy ban mặt trận tổ quốc việt nam", "ủy ban mặt trận tổ quốc")
    # "Bộ Chỉ huy Biên phòng tỉnh" is the short name of "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": one body, named as printed
    key = key.replace("chỉ huy biên phòng", "chỉ huy bộ đội biên phòng")
    if key.startswith("biên phòng") and (len(key) == len("biên phòng") or key[len("biên phòng")] == " "):
        # "Biên phòng An Giang" (a headline's, a caption's) is the province's border guard, "BĐBP An Giang"
        key = "bộ đội " + key
    if key.endswith(" trung ương đảng"):
        key = key[: -len(" đảng")]  # "Ban Dân vận Trung ương" is the short name of "Ban Dân vận Trung ương Đảng"
    if "nhân dân" in key:  # "Viện kiểm sát tỉnh" after "Viện kiểm sát nhân dân tỉnh" is its short form
        key = _PEOPLES_COURT.sub(r"\1", key)
    if "và" in key:
        key = _KEY_AND.sub("", key)
    if any(c in key for c in _KEY_PART_SEP_CHARACTERS):
        key = _KEY_PART_SEP.sub(" ", key)  # "Sở Nông nghiệp-PTNT" ~ "Sở Nông nghiệp và PTNT": parts joined either way
    return _WS.sub(" ", key).strip()


# ("xã hội" is no commune: "Bảo hiểm xã hội", "Ngân hàng Chính sách xã hội" are not placed by it)
_HAS_LEVEL = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|xã(?! hội)|phường|thị xã|thị trấn|trung ương|"
    r"(?:tỉnh|thành|huyện|quận|thị) ủy)(?!\w)"
)


@lru_cache(maxsize=8192)
def has_level(name: str) -> bool:
    return bool(_HAS_LEVEL.search(fold_tones(name).casefold()))
