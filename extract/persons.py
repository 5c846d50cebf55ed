"""Named persons and their positions.

Three mention patterns (domain-notes §2.2): ``TITLE NAME`` ("Phó Bí thư Thường trực
Tỉnh ủy Lê Văn Nưng"), ``[address|rank] NAME, TITLE, TITLE`` and ``[rank] NAME - TITLE``.
A name is a run of capitalised syllables starting with a family name; a run is a
person only with a title, a form of address or a rank next to it, so bylines,
place names and names inside campaign titles are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

from phoihop.extract import lexicon, sentence_openers
from phoihop.extract.agencies import LEVEL_WORDS, gazetteer_place_end, spell_command_abbreviation, spell_level_initials
from phoihop.extract.agencies import grammar as agency_grammar
from phoihop.extract.normalize import fold_tones
from phoihop.text import WS as _WS
from phoihop.text import bare_letters, spaced_dashes

_NOT_PERSONS = {"Hồ Chí Minh"}
# A form of address that may stand before a name in a joint or a copula ("và đồng chí", "là ông")
_OPTIONAL_ADDRESS = rf"(?:(?:{lexicon.COMRADE}|ông|bà)\s+)?"
# a village elder and the clergy, addressed by their standing ("già làng A Lăng Hùng", "Mục sư Y Ksor"): the partners
# of the border guard and the Front in the highlands' news
_ELDERS_AND_CLERGY = r"già\s+làng|mục\s+sư|linh\s+mục|(?:đức\s+)?(?:tổng\s+)?giám\s+mục"
# The forms of address of the young and the old, and of a teacher (round s28: "trao học bổng cho em Ksor H'Phin",
# "tặng quà cho cháu Hồ Thị Na", "Cụ Hồ Văn Ba, 95 tuổi", "Cô Nguyễn Thị Lan, giáo viên ...", "Mẹ Việt Nam anh hùng
# H'Luin Niê": persons the article reports on)
_FAMILY_ADDRESS = r"em|cháu|cụ|cô|mẹ\s+Việt\s+Nam\s+anh\s+hùng"
# Round s32: the labels of authors, artists, athletes and the prestigious of a village, persons an award or a
# ceremony reports on without a post ("tác giả Trần Thị Mỹ Linh", "NSND Lê Quang Vinh", "vận động viên Giàng A Chính",
# "người có uy tín Giàng A Páo")
_LABELS = (
    r"(?:nhóm\s+)?tác\s+giả|nhà\s+(?:báo|văn|thơ)|nhạc\s+sĩ|họa\s+sĩ|nghệ\s+(?:sĩ|nhân)|vận\s+động\s+viên|"
    r"(?-i:NSND|NSƯT|NGND|NGƯT|VĐV)|người\s+có\s+uy\s+tín"
)
_ADDRESS_WORDS = rf"{lexicon.COMRADE}|ông|bà|anh|chị|người\s+đẹp|{_ELDERS_AND_CLERGY}|{_FAMILY_ADDRESS}|{_LABELS}"
# the ranks of Buddhist monks before a dharma name: "Hòa thượng Thích Minh Truyền"
_MONKS = r"hòa\s+thượng|thượng\s+tọa|đại\s+đức|ni\s+sư|ni\s+trưởng"
# "Đoàn" and a province after "thuộc", "của", "trong": a delegation ("ĐBQH thuộc Đoàn Hà Nội"), not a person of the
# surname Đoàn ("ông Đoàn Thái Bình" is one)
_DELEGATION = re.compile(r"Đoàn\s+(?P<place>.+)")
_DELEGATION_BEFORE = re.compile(r"(?<![\w])(?:thuộc|của|trong)\s+$")


def _a_delegation(text: str, n_start: int, name: str) -> bool:
    m = _DELEGATION.fullmatch(name)
    return (
        m is not None
        and _DELEGATION_BEFORE.search(text, max(0, n_start - 8), n_start) is not None
        and lexicon.known_province(m.group("place")) is not None
    )


# A year of the sixty-year lunar cycle is named by a heavenly stem and an earthly branch, and "Tết", "năm", "Xuân"
# before it name the year, no person ("nhân dịp Tết Giáp Thìn 2024", "đón Xuân Bính Ngọ"), though "Giáp", "Đinh",
# "Canh" are family names too
_HEAVENLY_STEMS = frozenset({"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"})
_EARTHLY_BRANCHES = frozenset(
    {"Tý", "Tí", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}
)
_LUNAR_YEAR_BEFORE = re.compile(r"(?<![\w])(?:tết|năm|xuân)\s+$", re.IGNORECASE)
LUNAR_YEAR_CUE_WINDOW = 6


def _a_lunar_year(text: str, n_start: int, name: str) -> bool:
    """Whether ``name`` at ``n_start`` is a lunar year after its cue word ("Tết Giáp Thìn"), not a person."""
    words = name.split()
    return (
        len(words) == 2
        and words[0] in _HEAVENLY_STEMS
        and words[1] in _EARTHLY_BRANCHES
        and _LUNAR_YEAR_BEFORE.search(text, max(0, n_start - LUNAR_YEAR_CUE_WINDOW), n_start) is not None
    )


# ("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh Khu kinh tế": the union's name runs on past the leader's)
_NOT_PERSON_OPENINGS = ("Hồ Chí Minh ",)


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    positions: list[str] = field(default_factory=list)
    position_spans: list[tuple[int, int]] = field(default_factory=list)


@cache
def _patterns():
    cap = lexicon.CAP_SYL
    # A run starts at a word boundary: the "A" of "Bộ CA Tô Lâm" is no name syllable. The check of the character
    # before it comes after its capital ("X(?<![\w'’].)" is "(?<![\w'’])X"), so that the pattern opens with the
    # capital and the engine skips to the next one in C instead of trying a look-behind at every character.
    capital = "(?-i:" + lexicon.UPPER_CLASS
    assert cap.startswith(capital)
    # (or a minority's one-word name with its apostrophe, "Đại tá K'Brơi, Chính ủy ...": _addressed_before_title)
    upper, lower = lexicon.UPPER_CLASS, lexicon.LOWER_CLASS
    # (a Korean or Chinese given name is hyphenated, "Kim Sang-woo", "Chen Wei-ming", and a Lao or Khmer name is
    # spelt by syllables, "Sổm-phon Xay-nha-vông": one word of the run each)
    end = r"(?![\w])"
    assert cap.endswith(end)
    cap = cap[: -len(end)] + rf"(?:-(?-i:{upper})?(?-i:{lower})+){{0,4}}(?![\w])"
    # (a space may follow a minority name's apostrophe inside a run too: "đồng chí H' Hồng Niê, Bí thư ...")
    assert "(?:'" in cap
    cap = cap.replace("(?:'", "(?:' ?", 1)
    run = re.compile(
        capital + r"(?<![\w'’].)" + cap[len(capital) :] + rf"(?:[ \t]+{cap})+"
        # (also with a space after the apostrophe, as some pages print it: "bà K' Điệu", "ông Ka' Sóc")
        rf"|(?-i:{upper}(?<![\w'’].){lower}*' ?{upper}{lower}+)(?![\w'])"
    )
    heads = lexicon.titles() + _data_lines("person_titles.txt")
    titles = lexicon.alternation(heads)
    initials = "[" + "".join(sorted({re.escape(c) for t in heads for c in (t[0], t[0].lower(), t[0].upper())})) + "]"
    # "nguyên Thứ trưởng Bộ Công an": a former post is a position with its "nguyên"; "Quyền Giám đốc": an acting
    # one with its "Quyền".
    # ("ủy quyền Chủ tịch nước" is "authorised by the President": no acting president)
    title = re.compile(
        rf"(?:(?<![\w])(?:nguyên|(?<!ủy\s)(?<!uỷ\s)quyền)\s+)?(?={initials})(?<![\w])(?<!Ban\s)(?<!Bộ\s){titles}(?![\w])",
        re.IGNORECASE,
    )
    ranks = lexicon.alternation(lexicon.ranks())
    address = rf"(?:các\s+)?(?:{_ADDRESS_WORDS}|{_MONKS})"
    tail_context = re.compile(rf"(?:(?<![\w]){address}|(?<![\w]){ranks})\s*$", re.IGNORECASE)
    strip_words = re.compile(rf"^(?:\s*(?:{address}|{ranks}|có|gồm|là|và|cùng|với|của)(?![\w]))+\s*", re.IGNORECASE)
    # ("Hai bộ trưởng A và B", "các Phó Chủ tịch X A, B": a count or "các" before a title addresses the names after it
    # together)
    plural = re.compile(
        rf"(?<![\w])(?:các|hai|ba|bốn|năm|\d{{1,2}})\s+(?:(?:{lexicon.COMRADE}|ông|bà|em|cháu|{_LABELS})(?![\w])|{titles})",
        re.IGNORECASE,
    )
    rank_rx = re.compile(rf"^\s*{ranks}\s+|\s*,?\s*{ranks}\s*$", re.IGNORECASE)
    provinces_by_first: dict[str, list[list[str]]] = {}
    for prov in sorted((p.split() for p in lexicon.provinces()), key=len, reverse=True):
        provinces_by_first.setdefault(prov[0], []).append(prov)
    tai_place = re.compile(r"\s+tại\s+(?:TP\.?\s*)?" + cap + r"(?:\s+" + cap + r"){0,3}")
    return dict(
        tai_place=tai_place,
        run=run,
        title=title,
        tail_context=tail_context,
        strip_words=strip_words,
        plural=plural,
        rank=rank_rx,
        provinces_by_first=provinces_by_first,
    )


# Compiled once: these run for every capitalised run of every sentence.
_SYLLABLE = re.compile(r"\S+")
# ", T1", " - T1", " (T1)"; ", hiện là T1" (the post held now); " | T1" (a table's row flattened by a crawler: "Đại tá
# Trần Văn Quang | Chính ủy ...")
_TITLES_OPEN = re.compile(r"\s*(?:\(|,|;|\s-|-|\s\|)\s*(?:(?:đồng\s+thời|hiện(?:\s+nay)?|nay)\s+là\s+)?")
_GLUED_TITLE_GAP = re.compile(r"[ \t]+(?=\S)")


@cache
def _province_names() -> frozenset[str]:
    return frozenset(" ".join(prov) for provs in _patterns()["provinces_by_first"].values() for prov in provs)


class _Before(NamedTuple):
    """What ends right before a capitalised run, as far as it changes where a person's name in the run opens. A
    fact is read only for a run whose reading it can change and is False for any other, so that the runs read
    alike keep sharing one entry of ``_name_in_run``'s cache (most runs have nothing of these before them)."""

    # A form of address or a bare title ("đồng chí", "Phó Thủ tướng"): a family name before a province's name opens
    # the name ("Trương Hòa Bình"); read only before a run that ends with a province's name.
    addressed: bool = False
    # "Trung ương", "TW" or a level ("Tỉnh"): a "Đoàn" opening the run ends the Youth Union's name ("Bí thư Trung
    # ương Đoàn Nguyễn Anh Tuấn"), as after a level inside the run; read only before a run that opens with "Đoàn".
    union_level: bool = False
    # A level word or an organisation's noun ("xã", "Huyện ủy", "Bệnh viện"): a name of fewer than three syllables
    # is the place's or the organisation's ("xã Kim Liên", "Bệnh viện Bạch Mai"); a full name may follow a bare
    # level word ("Chủ tịch UBND xã Nguyễn Văn An").
    place_noun: bool = False
    # A border post or a border gate, always named by its place ("Đồn Biên phòng Ma Ly Pho"): no name in the run.
    border_post: bool = False
    # A Party committee ("Tỉnh ủy", "Huyện ủy"): named by a place the gazetteer knows, so a short run that is no known
    # place is a person's name ("Phó trưởng ban Tuyên giáo Tỉnh ủy Điểu K'Ré").
    committee: bool = False
    # A hamlet's noun ("thôn", "bản", "ấp"): a run of three syllables without a middle name is the hamlet's name too
    # ("Trưởng thôn Lô Lô Chải", "Trưởng bản Ma Lù Thàng": minorities' places read like names).
    village: bool = False
    # A Party school or a political centre named after a leader ("Trường Chính trị Lê Duẩn", "Trung tâm Chính trị Võ
    # Văn Kiệt", "Trường Đào tạo cán bộ Lê Hồng Phong"): the run opens with the school's namesake, and only a name
    # after it is a person's ("Hiệu trưởng Trường Chính trị Trần Phú Nguyễn Thị Hoài").
    namesake: bool = False


_NOTHING_BEFORE = _Before()


def _what_ends_before(text: str, run_start: int, run_text: str) -> _Before:
    """What ends right before the run at ``run_start`` that can change where a name opens in ``run_text`` (the
    run up to a title glued to it): each fact is read only where the run's own words let it matter."""
    addressed = _ends_with_province(run_text) and (
        _ADDRESS_BEFORE.search(text, max(0, run_start - 12), run_start) is not None
        or _title_right_before(text, run_start)
        or (
            # a rank or a title with its body addresses only a run that is a family name and a province's name (not
            # the country: "Ủy viên Ban Thường vụ Hội Trường Sơn Việt Nam" ends with the association's name)
            run_text.split(maxsplit=1)[0] in lexicon.surnames()
            and not run_text.endswith("Việt Nam")
            and (
                # (a form of address or a rank right before: "Đại tá Đặng Thái Bình")
                _patterns()["tail_context"].search(text, max(0, run_start - RANK_BEFORE_WINDOW), run_start) is not None
                or _title_chain_right_before(text, run_start)
            )
        )
    )
    union_level = (
        run_text.startswith(("Đoàn ", "Đoàn\t"))
        and _UNION_LEVEL_BEFORE.search(text, max(0, run_start - 12), run_start) is not None
    )
    # Each noun pattern is searched only after a word that ends like one of its nouns: few runs follow one, and a
    # search takes as long as the rest of a run's reading.
    border_post = place_noun = committee = village = False
    last_word_end = _last_word_end(text, run_start)
    namesake = (
        last_word_end.endswith(_NAMESAKE_LAST_WORDS)
        and _NAMESAKE_BEFORE.search(text, max(0, run_start - NAMESAKE_WINDOW), run_start) is not None
    )
    if last_word_end.endswith(_PLACE_NOUNS_LAST_WORDS):
        border_post = (
            last_word_end.endswith(_BORDER_POST_LAST_WORDS)
            and _PLACE_NAMED_BEFORE.search(text, max(0, run_start - 30), run_start) is not None
        )
        if not border_post:
            level = (
                _LEVEL_BEFORE.search(text, max(0, run_start - 16), run_start)
                if last_word_end.endswith(_LEVEL_LAST_WORDS)
                else None
            )
            place_noun = level is not None
            village = (
                level is not None
                and _VILLAGE_WORD.fullmatch(level.group(0).strip()) is not None
                and _ADDRESSED_NAME_THEN_ITS_TITLE.search(text, max(0, run_start - APPOSITIVE_WINDOW), run_start)
                is not None
            )
            if not place_noun and last_word_end.endswith(_ORGANISATION_LAST_WORDS):
                organisation = _ORGANISATION_BEFORE.search(text, max(0, run_start - 30), run_start)
                place_noun = organisation is not None
                committee = organisation is not None and organisation.group("committee") is not None
    if not (addressed or union_level or place_noun or border_post or namesake):
        return _NOTHING_BEFORE
    return _Before(addressed, union_level, place_noun, border_post, committee, village, namesake)


def _last_word_end(text: str, run_start: int) -> str:
    """The characters before the space before ``run_start``, in lower case, as many as the longest last word of a
    place's noun has (the end of the word before the run); "" without a space (each noun pattern ends with one)."""
    if not text[run_start - 1 : run_start].isspace():
        return ""
    if text[run_start - 2 : run_start - 1].isspace():  # more than one space (rare)
        return text[max(0, run_start - 30) : run_start].rstrip()[-_LONGEST_LAST_WORD:].lower()
    return text[max(0, run_start - 1 - _LONGEST_LAST_WORD) : run_start - 1].lower()


@lru_cache(maxsize=16384)
def _ends_with_province(run_text: str) -> bool:
    """Whether the run ends with a province's name: only there can a form of address or a title before it change
    its reading (a province's name in a run has three syllables at most: "Thừa Thiên Huế")."""
    words = run_text.split()
    if words[-2:] == ["Việt", "Nam"] and len(words) > 2:
        return True  # the country, as a province: the end of a body's name unless the run is addressed
    provinces = _province_names()
    return any(" ".join(words[-k:]) in provinces for k in (1, 2, 3) if len(words) > k)


# A form of address right before a capitalised run: the run is a person's name.
_ADDRESS_BEFORE = re.compile(rf"(?<![\w])(?:{_ADDRESS_WORDS})\s+$", re.IGNORECASE)
_AFTER_TITLE = re.compile(r"\s*(?:thường\s+trực\s+)?$", re.IGNORECASE)
TITLE_BEFORE_WINDOW = 40


def _title_right_before(text: str, pos: int) -> bool:
    """Whether a bare title ends right before ``pos`` ("Phó Thủ tướng (Thường trực) Trương Hòa Bình"): the run after it
    is addressed, as after "đồng chí"."""
    start = max(0, pos - TITLE_BEFORE_WINDOW)
    return any(_AFTER_TITLE.fullmatch(text, t.end(), pos) for t in _patterns()["title"].finditer(text, start, pos))


# A military or police rank right before the run: what follows is a person's name ("Đại tá Đặng Thái Bình").
RANK_BEFORE_WINDOW = 24


# Between a title and the run, the words of the body the title is of, and nothing that ends a title (a comma, a
# bracket, a line) or opens a clause: "Phó Chủ tịch UBND tỉnh Lê Hải Dương", "Phó Thủ tướng Thường trực Chính phủ
# Nguyễn Hòa Bình". (A whole run that is a province's name is read as the province before this matters.)
_TITLE_CHAIN_GAP = re.compile(r"[^\n,;:()\"“”.!?–-]*")
TITLE_CHAIN_WINDOW = 70


def _title_chain_right_before(text: str, pos: int) -> bool:
    """Whether a title and the name of its body end right before ``pos``: the run after them is addressed, as after
    a bare title (the person the chain names, whose given name may be a province's: "Hòa Bình", "Hải Dương")."""
    start = max(0, pos - TITLE_CHAIN_WINDOW)
    return any(
        _TITLE_CHAIN_GAP.fullmatch(text, t.end(), pos) and not _clause_rx().search(text, t.end(), pos)
        for t in _patterns()["title"].finditer(text, start, pos)
    )


# "Tỉnh Đoàn", "Huyện Đoàn", "Thành Đoàn", "Quận Đoàn": the Youth Union of that level.
_YOUTH_UNION_LEVELS = frozenset({"Tỉnh", "Huyện", "Thành", "Quận", "Thị"})
# ... and written before the run, whose "Đoàn" opens it: "Bí thư Trung ương Đoàn Nguyễn Anh Tuấn" (_Before.union_level)
_UNION_LEVEL_BEFORE = re.compile(rf"(?<![\w])(?:Trung\s+ương|T[WƯ]|{'|'.join(sorted(_YOUTH_UNION_LEVELS))})\s+$")


# A level word right before a capitalised run: the run is the place's name ("các xã Kim Liên", "phường Tân
# Sơn Hòa", "2 xã A Ngo").
# (Not after "tỉnh": "Phó Chủ tịch UBND tỉnh Hoàng Nam" names the vice-chairman; provinces are known by name.)
_LEVEL_BEFORE = re.compile(
    r"(?<![\w])(?:xã|phường|thị\s+trấn|thị\s+xã|huyện|quận|TP\.?|thôn|bản|ấp|làng|"
    # (a city too: "Chủ tịch UBND thành phố Phan Thiết"; a name after it, "UBND thành phố Nguyễn Văn A", is no place
    # the gazetteer knows; and the area of a regional office of 2025: "Phòng giao dịch NHCSXH khu vực Mai Sơn")
    r"xóm|khu\s+phố|đặc\s+khu|thành\s+phố|khu\s+vực)\s+$",
    re.IGNORECASE,
)


_VILLAGE_WORD = re.compile(r"thôn|bản|ấp|làng|xóm", re.IGNORECASE)
# "Ông Sình Dì Gai, Trưởng thôn Lô Lô Chải cho biết": the title set after an addressed name is that person's, so the
# run after its hamlet's noun names the hamlet, no second person (unlike a list of titled names: "Bí thư chi bộ Vũ Xuân
# Thắng, Trưởng thôn Vũ Quốc Trọng")
_ADDRESSED_NAME_THEN_ITS_TITLE = re.compile(
    rf"(?<![\w])(?i:{_ADDRESS_WORDS})\s+{lexicon.CAP_SYL}(?:\s+{lexicon.CAP_SYL}){{1,4}}\s*,\s*[^,;.\n]{{0,40}}?"
    r"(?<![\w])(?<!nông\s)(?i:thôn|bản|ấp|làng|xóm)\s+$"  # (not "Phát triển nông thôn")
)
APPOSITIVE_WINDOW = 110


# A border post or a border gate is always named by its place ("Đồn Biên phòng Ma Ly Pho").
_PLACE_NAMED_BEFORE = re.compile(
    r"(?<![\w])(?:Đồn\s+(?:Biên\s+phòng|BP)|Cửa\s+khẩu(?:\s+quốc\s+tế)?|CKQT)\s+$", re.IGNORECASE
)


# The schools named after a leader (see _Before.namesake), right before the run
_NAMESAKE_BEFORE = re.compile(r"(?<![\w])(?:(?:Trường|Trung\s+tâm)\s+Chính\s+trị|Trường\s+Đào\s+tạo\s+cán\s+bộ)\s+$")
_NAMESAKE_LAST_WORDS = ("trị", "bộ")
NAMESAKE_WINDOW = 30


# An organisation's noun right before a short capitalised run: the run is its name ("Giám đốc Bệnh viện Bạch Mai",
# "Trường Đại học Nông Lâm"), though its first syllable may be a family name.
_ORGANISATION_BEFORE = re.compile(
    # (a Party committee's word is the "committee" fact of _Before)
    # (and a Youth Union's of a level: "Phó Bí thư Huyện đoàn Đồng Văn")
    r"(?<![\w])(?:(?P<committee>(?:tỉnh|huyện|thành|quận|thị)\s+(?:ủy|đoàn))|"
    r"bệnh\s+viện|học\s+viện|viện|đại\s+học|cao\s+đẳng|trung\s+cấp|trường(?:\s+(?:THPT|THCS|tiểu\s+học|mầm\s+non))?|"
    r"công\s+ty(?:\s+(?:TNHH|CP|cổ\s+phần))?|tập\s+đoàn|ngân\s+hàng|nhà\s+máy|khách\s+sạn|chùa|đền|"
    # (the places of faiths: "Chánh xứ giáo xứ Vĩnh Thuận Đông", "Đầu họ đạo Long Thành", "tịnh xá Ngọc Hòa")
    r"giáo\s+xứ|giáo\s+họ|họ\s+đạo|tịnh\s+xá|thánh\s+thất|nhà\s+thờ|"
    # (bodies named by the forest or the place they keep: "Hạt kiểm lâm Bạch Mã", "Trại giam Xuân Phước")
    r"(?:hạt|trạm|chi\s+cục)\s+kiểm\s+lâm|vườn\s+quốc\s+gia|khu\s+bảo\s+tồn(?:\s+thiên\s+nhiên)?|trại\s+giam)\s+$",
    re.IGNORECASE,
)


# The last word of each noun of the three patterns above, in lower case.
_LEVEL_LAST_WORDS = (
    *("xã", "phường", "trấn", "huyện", "quận", "tp", "tp.", "thôn"),
    *("bản", "ấp", "làng", "xóm", "phố", "khu", "vực"),
)
_BORDER_POST_LAST_WORDS = ("phòng", "bp", "khẩu", "tế", "ckqt")
_ORGANISATION_LAST_WORDS = (
    *("ủy", "viện", "học", "đẳng", "cấp", "trường", "thpt", "thcs", "non", "ty", "tnhh", "cp", "phần", "đoàn"),
    *(
        "hàng",
        "máy",
        "sạn",
        "chùa",
        "đền",
        "lâm",
        "gia",
        "tồn",
        "nhiên",
        "giam",
        "xứ",
        "họ",
        "đạo",
        "xá",
        "thất",
        "thờ",
    ),
)
_PLACE_NOUNS_LAST_WORDS = _LEVEL_LAST_WORDS + _BORDER_POST_LAST_WORDS + _ORGANISATION_LAST_WORDS
_LONGEST_LAST_WORD = max(map(len, _PLACE_NOUNS_LAST_WORDS))


PLACE_MAX_SYLLABLES = 4  # the longest place names of the gazetteer read before a name ("Thừa Thiên Huế", "Tu Mơ Rông")


def _known_place(words: list[str]) -> bool:
    return lexicon.is_place(" ".join(words))


_CAPITALISED_LEVELS = (("Thị", "Xã"), ("Thị", "Trấn"), ("Thành", "Phố"), ("Phường",), ("Xã",), ("Huyện",), ("Quận",))


def _capitalised_level(words: list[str]) -> int:
    """How many words of a level ("Phường", "Thị Trấn") open the run (0 if none)."""
    for level in _CAPITALISED_LEVELS:
        if tuple(words[: len(level)]) == level:
            return len(level)
    return 0


def _name_after_a_namesake(run_text: str) -> tuple[int, int] | None:
    """The span of a person's name after the leader's name a school is named by (a family name and one or two
    syllables), or None where the run is the namesake alone."""
    sylls = [(m.start(), m.end(), m.group(0)) for m in _SYLLABLE.finditer(run_text)]
    surnames = lexicon.surnames()
    for i in range(2, len(sylls) - 1):
        if sylls[i][2] in surnames and len(sylls) - i <= 4:
            return sylls[i][0], sylls[-1][1]
    return None


_HEADS_AFTER_THE_FIELD_Y = frozenset({"Sở", "Bộ", "Ban", "Phòng", "Cục", "Vụ", "Viện"})


@lru_cache(maxsize=16384)
def _name_in_run(run_text: str, before: _Before = _NOTHING_BEFORE) -> tuple[int, int] | None:
    """Character span of the person's name inside a capitalised run, or None: where the name opens is one decision
    over the run's syllables and what ends right before the run (``before``, see ``_Before``): an address or a title
    lets a family name before a province's name open the name, a Youth Union's level makes a "Đoàn" opening the run
    the union's, a place's noun makes a short name the place's, and a border post makes any name its place's."""
    if before.border_post:
        return None  # "Đồn Biên phòng Lò Gò": the post's place, whatever its syllables
    if before.namesake:
        return _name_after_a_namesake(run_text)
    sylls = [(m.start(), m.end(), m.group(0)) for m in _SYLLABLE.finditer(run_text)]
    words = [w for _, _, w in sylls]
    if before.village and len(words) <= 3 and (len(words) < 2 or words[1] not in ("Văn", "Thị", "A")):
        return None  # "Trưởng thôn Lô Lô Chải": the hamlet's name
    first = 0
    for prov in _patterns()["provinces_by_first"].get(words[0], ()):
        if words[: len(prov)] == prov:
            if len(words) == len(prov):
                return None  # a province, not a person
            if len(words) - len(prov) >= 2:
                first = len(prov)
                break
    while first < len(words) - 2 and words[first] in _CAPITALISED_ADDRESS:
        first += 1  # a form of address opening a sentence: "Ông Đặng Trọng Thăng"
    if len(words) == 2 and words[0] in _CAPITALISED_ADDRESS and ("'" in words[1] or "’" in words[1]):
        return None  # "Ông K'Brôi": the address and a minority's one-word name (read by _addressed_before_title)
    # a level word printed with a capital opens the run ("HĐND Phường Cửa Lò Phan Đức Đồng"): the place's noun
    level = _capitalised_level(words)
    place_noun = before.place_noun or level > 0
    known = level
    if place_noun:
        # a place the gazetteer knows opens the run after its level word, whatever its syllables: "phường Cửa Lò Phan
        # Đức Đồng" (not Mr Lò), "phường Si Ma Cai" (not Mr Ma)
        # (two syllables at least, and not a family name with a middle name: "Hồ Thị Hoàng Yến" is a name, though
        # there are places called "Hồ")
        span = range(min(len(words), level + PLACE_MAX_SYLLABLES), level + 1, -1)
        middle_name = len(words) > level + 1 and words[level + 1] in ("Văn", "Thị")
        if middle_name and len(words) - level <= PLACE_MAX_SYLLABLES and _known_place(words[level:]):
            return None  # the whole run a ward named after a person: "Bí thư Đảng ủy phường Hoàng Văn Thụ"
        known = level if middle_name else next((k for k in span if _known_place(words[level:k])), level)
        if (
            known == level
            and len(words) - level in (4, 5)
            and words[level + 1] in lexicon.surnames()
            and words[level + 2] in ("Văn", "Thị")
            and _known_place(words[level : level + 1])
        ):
            # a one-syllable place, then a full name with its middle name: "Chủ tịch UBND xã Phan Nguyễn Văn Hùng",
            # "xã Hồ", "xã Lâm" (a family name first would make a name of five syllables and no place)
            known = level + 1
        if known == len(words):
            return None
        if (
            len(words) - known == 1
            and words[level] in lexicon.surnames()
            and (before.committee or known - level == 2)
            and not _CLAUSE_OPENER.fullmatch(words[-1])
        ):
            # "Trưởng Ban Tuyên giáo Huyện ủy Vũ Quang Vinh", "Chánh án TAND thị xã Lý Quốc Hùng" (a commune "Lý
            # Quốc"): one syllable past a known place is no name; the title is the person's, the run his full name (a
            # family name and a place of two syllables make a name of three; not a word opening the next sentence a
            # page ran on into: "TP Phan Thiết Theo cơ quan điều tra, ...")
            known = level
        first = max(first, known)
    surnames = lexicon.surnames()
    provinces = _province_names()
    for i in range(first, len(words) - 1):
        if words[i] == "Đoàn" and (words[i - 1] in _YOUTH_UNION_LEVELS if i > 0 else before.union_level):
            continue  # "Tỉnh Đoàn Ninh Bình", "Trung ương Đoàn Nguyễn Anh Tuấn": the Youth Union, not Mr Đoàn
        if words[-2:] == ["Việt", "Nam"] and not before.addressed:
            break  # the country ends the name of a body ("Hội Trường Sơn Việt Nam"), unless "ông", "đồng chí" name him
        if " ".join(words[i:]) in provinces or (not before.addressed and " ".join(words[i + 1 :]) in provinces):
            # a province ("Hà Nam"), or a family name and then a province ("Đoàn Ninh Bình"), is no name, unless
            # the run is addressed ("đồng chí Nguyễn Hòa Bình", "Phó Thủ tướng Trương Hòa Bình")
            continue
        # A family name from the list, or any syllable followed by the middle names Văn/Thị.
        # (not "Y" before the head of a department or a ministry: "Trưởng phòng Nghiệp vụ Y Sở Y tế", the field of
        # medicine and the department; no Ê Đê given name is one of these words)
        ede = (words[i] == "Y" and words[i + 1] not in _HEADS_AFTER_THE_FIELD_Y) or words[i].startswith("H'")
        if (
            words[i] in surnames
            or _opens_with_clan_name(words, i)
            or (words[i + 1] in ("Văn", "Thị") and i + 2 < len(words))
            or ede
            or (words[i] in ("A", "U") and i == first and len(words) - i in (2, 3))
        ):
            # Ê Đê / Gia Rai names: Y Biêr Niê, H'Hen, up to five syllables (Y Thanh Hà Niê Kđăm);
            # Ba Na / Xơ Đăng men: A Pớt, U Huấn (the run opens with the name)
            rest = len(words) - i
            if rest > (5 if ede else 4):
                continue
            if i > first and rest >= 4 and words[i + 1] in surnames:
                # Words of a body's name printed in Title Case run on before the name ("Chi cục Kiểm Lâm Trương Thanh
                # Hà", "Cục Thú Y Phạm Văn Đông"): a syllable that follows words of no name and is followed by a
                # family name and two syllables more ends the body's name; the family name after it opens the name.
                continue
            if place_noun and rest < 3 and not (known > level and i == known) and not before.committee:
                # the place's or the organisation's name (a short name right after a place the gazetteer knows is the
                # person's: "Bí thư Tỉnh ủy Đắk Lắk Ksor Bơ")
                return None
            if run_text.startswith(_NOT_PERSON_OPENINGS, sylls[i][0]):
                return None
            # a woman's middle name ends no name: its given name is lost to a typo ("Tòng Thị phóng"); a man's given
            # name may be "Văn" ("Đinh Bạt Văn")
            if words[-1] == "Thị":
                return None
            return sylls[_with_saint_name(words, first, i)][0], sylls[-1][1]
    return None


def _opens_with_clan_name(words: list[str], i: int) -> bool:
    """Whether a K'Ho, Mạ, M'Nông or Chu Ru clan name of two syllables opens the name at ``words[i]`` with a given
    name after it ("Bon Niêng Ha Thủy", "Kră Jăn Ha Lim"): these peoples print the clan first, where a Kinh name has
    its family name, and neither of its syllables is a family name of its own."""
    return i + 2 < len(words) and f"{words[i]} {words[i + 1]}" in lexicon.clan_names()


def _with_saint_name(words: list[str], first: int, i: int) -> int:
    """Where a name that opens with the family name ``words[i]`` starts: a Catholic's baptismal name printed right
    before it is the first word of the printed name ("Linh mục Giuse Phạm Văn Hạnh" names "Giuse Phạm Văn Hạnh")."""
    return i - 1 if i > first and words[i - 1] in lexicon.saint_names() else i


def _before_glued_title(text: str, run: re.Match) -> str:
    """The run up to a title glued to the name without a comma ("Lê Văn A Ủy viên Ban …"): a
    capitalised run takes in the first syllable of a title ("Ủy" of "Ủy viên") that is no name."""
    words = list(_SYLLABLE.finditer(run.group(0)))
    title = _patterns()["title"]
    for word in words[2:]:  # a name has two syllables at least
        if title.match(text, run.start() + word.start()):
            return run.group(0)[: word.start()].rstrip()
    return run.group(0)


QUOTE_MAX = 1000  # a quoted speech may run long; a longer "quote" is an unpaired mark


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations of each line, their marks paired in order (opening, closing, opening, ...): a quoted
    speech longer than a few lines' worth must not leave its closing mark to pair with the next opening one, which
    would put the narration between two quotations ("… hơn". Cũng tại lễ, Tổng Giám đốc X cho biết: "…") in quotes."""
    if '"' not in text:
        return []
    spans = []
    opening: int | None = None
    for m in _QUOTE_OR_LINE_END.finditer(text):
        if m.group() == "\n":
            opening = None  # a mark left open at the end of a line pairs with nothing
        elif opening is None:
            opening = m.start()
        else:
            if m.start() - opening <= QUOTE_MAX:
                spans.append((opening, m.end()))
            opening = None
    return spans


_QUOTE_OR_LINE_END = re.compile(r'["\n]')

# A quotation that holds a whole sentence ends one inside its marks: a full stop right before the closing mark, or one
# followed by a capitalised word. A quoted name or title never does ("giải thưởng "Nguyễn Đức Cảnh"", "tác phẩm "Bí thư
# chi bộ bản Mường""), while a post a portal republishes in quotes does ("(Theo Fanpage …) "Chiều 16/6, … Tham dự có
# ông X, Trưởng Công an xã."").
_SENTENCE_END_IN_QUOTE = re.compile(rf'[.!?…](?:"|\s+(?-i:{lexicon.UPPER_CLASS}))')


def _quoted_names_and_titles(text: str) -> list[tuple[int, int]]:
    """The quotations whose names are no persons: a quoted name or title (of a work, a prize, a campaign) names its
    subject, not a participant; a quoted passage (a republished post, a quoted speech) reports on its persons as the
    narration does."""
    return [(a, b) for a, b in _quote_spans(text) if not _SENTENCE_END_IN_QUOTE.search(text, a + 1, b)]


def _data_lines(name: str) -> list[str]:
    """The non-comment lines of a lexicon file of this package, tone marks folded."""
    text = resources.files("phoihop.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [fold_tones(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _title_abbreviations() -> dict[str, str]:
    """Short forms seen inside titles and not in the shared table ("Bộ CA", "CATP", "QH", "PBT")."""
    return dict(line.split("\t")[:2] for line in _data_lines("title_abbreviations.tsv"))


# A form of address or a rank left at the end of a title written before the name
# ("Chủ tịch HND tỉnh - đồng chí Mùa A Trừ"); "Anh" and "Chị" with a capital there end a place's name ("Viện trưởng
# VKSND huyện Đông Anh")
# ("Chỉ huy trưởng Bộ Chỉ huy Biên phòng tỉnh Hà Tĩnh như Thượng tá NAME": "như", such as, ends one too)
_TRAILING_ADDRESS = re.compile(
    rf"(?:[\s,:;-]*(?<![\w])(?:các\s+)?(?:{lexicon.COMRADE}|ông|bà|(?-i:anh|chị|như|gồm|bao\s+gồm|là)))+\s*$",
    re.IGNORECASE,
)


# A place after its level word whose last syllable is a form of address ("xã Cát Bà", "phường Cửa Ông", "xã Rạch Ông"):
# the gazetteer's, kept at the end of a title
_LEVEL_THEN_PLACE_END = re.compile(
    rf"(?<![\w]){lexicon.LOCAL_LEVEL_RX}\s+(?P<place>(?:{lexicon.CAP_SYL}\s+){{1,3}}(?-i:Bà|Ông))$"
)


def _without_trailing_address(s: str) -> str:
    place = _LEVEL_THEN_PLACE_END.search(s)
    if place and lexicon.is_place(place.group("place")):
        return s
    return _TRAILING_ADDRESS.sub("", s)


def _clean_position(text: str, extra) -> str:
    return _clean_position_cached(text, tuple(extra.items()) if extra else ())


@lru_cache(maxsize=16384)
def _clean_position_cached(text: str, extra_items: tuple) -> str:
    extra = dict(extra_items)
    p = _patterns()
    s = _WS.sub(" ", fold_tones(text)).strip(" ,;:-()")
    s = _without_trailing_address(s)
    s = p["rank"].sub("", s).strip(" ,;:-")
    s = _without_trailing_address(s)
    s = spell_command_abbreviation(s)
    s = lexicon.expand_abbreviations(s, extra)
    s = lexicon.expand_abbreviations(s, _title_abbreviations())
    s = spell_level_initials(s)
    s = spaced_dashes(s)
    s = s.strip(" ,;:").rstrip(" (,")  # (a bracket the names opened: "2 phó hiệu trưởng của trường (bà A và ông B)")
    # (a bracket the title opens closes with it: "Vụ trưởng Vụ Chính quyền địa phương (Bộ Nội vụ) NAME")
    return s + ")" if s.count("(") > s.count(")") else s


def _cut_title(text: str, start: int, end: int) -> int:
    """End of the title that starts at ``start``: after its organisation (and "tại <place>"), never inside a quotation
    (see _out_of_quotation)."""
    cut = _cut_title_at_organisation(text, start, end)
    if 0 < cut < end and text[cut - 1].isupper():
        # (a short form of joined parts the grammar read up to its joint: "Cục trưởng Cục PTTH&TTĐT")
        joined = _JOINED_SHORT_FORM_TAIL.match(text, cut, end)
        cut = joined.end() if joined else cut
    # (the organisation goes on with the campaign a steering committee is named after: "Trưởng Ban Chỉ đạo Trung ương
    # phong trào “Toàn dân bảo vệ an ninh Tổ quốc ...”")
    campaign = _CAMPAIGN_AFTER.match(text, cut, end)
    return campaign.end() if campaign else _out_of_quotation(text, start, cut, end)


def _out_of_quotation(text: str, start: int, cut: int, end: int) -> int:
    """``cut``, or the end of a quotation the title opens before it and closes by ``end`` ("Phó Trưởng Ban Chỉ đạo
    phong trào “Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”": a steering committee named after its campaign,
    which a clause word inside the quotation cut), or, with no closing mark there, the place before the opening mark."""
    title = text[start:cut]
    curly = title.count("“") > title.count("”")
    if not curly and title.count('"') % 2 == 0:
        return cut
    close = text.find("”" if curly else '"', cut, end)
    if close != -1:
        return close + 1
    opening = title.rfind("“" if curly else '"')
    return len(text[: start + opening].rstrip()) if opening > 0 else cut


# An event's organising committee is named with the event it organises ("Trưởng Ban tổ chức cuộc thi", "Phó Trưởng
# ban Tổ chức Hội thi Tìm hiểu pháp luật", "Trưởng Ban tổ chức Giải Báo chí tỉnh lần thứ V"): the event is the post's,
# unlike the Party's organisation board, named with its committee ("Trưởng Ban Tổ chức Tỉnh ủy")
_ORGANISING_BOARD = re.compile(r"\s+tổ\s+chức", re.IGNORECASE)
_ORGANISED_EVENT = re.compile(
    r"\s+(?:cuộc\s+thi|hội\s+(?:thi|diễn|thao|trại|thảo|chợ|báo(?:\s+xuân)?)|liên\s+hoan|đại\s+hội|lễ\s+hội|"
    r"ngày\s+hội|tuần\s+lễ|triển\s+lãm|diễn\s+đàn|festival|giải(?=\s+(?:báo\s+chí|thưởng|(?-i:[A-ZĐ]))))(?![\w])",
    re.IGNORECASE,
)


def _organised_event_end(text: str, pos: int, board_end: int, end: int) -> int | None:
    """Where the event an organising committee read from ``pos`` to ``board_end`` is named for ends (up to the clause
    after it), or None where no event follows the board ("Ban tổ chức" alone, or the Party's "Ban Tổ chức")."""
    if not _ORGANISING_BOARD.fullmatch(text, pos, board_end):
        return None
    event = _ORGANISED_EVENT.match(text, board_end, end)
    if not event:
        return None
    stop = max(event.end(), _clause_stop(text, event.end(), end))
    return stop if len(text[event.end() : stop].split()) <= _MAX_TITLE_TAIL else event.end()


def _cut_title_at_organisation(text: str, start: int, end: int) -> int:
    g = agency_grammar()
    p = _patterns()
    head = p["title"].match(text, start)
    pos = head.end() if head else start
    end = _before_an_appointment(text, pos, end)
    if head and text[pos - 3 : pos].casefold() == "ban":
        # "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy": the title's "ban" heads the organisation.
        ban_end = _unit_read_from_its_word(text, "ban", pos, end)
        event_end = _organised_event_end(text, pos, ban_end, end) if ban_end is not None else None
        if event_end is not None:
            return event_end
        if ban_end is not None:
            t = p["tai_place"].match(text, ban_end, end)
            if t:
                return t.end()
            # (the board's name goes on with the proper name of the body it serves, when every word up to the clause
            # can be a name's: "Trưởng Ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân", "Trưởng ban Tuyên giáo Trung ương")
            if not lexicon.CAPITAL_WORD_NEXT.match(text, ban_end, end):
                return ban_end
            stop = _clause_stop(text, ban_end, end)
            return stop if stop > ban_end and _name_like(text[ban_end:stop]) else ban_end
        if _joined_unit_name(text, pos, end):
            return end
    last = None
    for m in g["agency"].finditer(text, start, end):
        if m.end() <= pos:
            continue
        between = text[(last or pos) : m.start()] if m.start() >= (last or pos) else ""
        if last is not None and between.strip():
            break
        if last is None and len(between.split()) > 4:
            break
        last = m.end()
    stop = _clause_stop(text, pos, end)
    # (a title never runs on over a word that opens a sentence a page ran on into: "... Trưởng phòng Tài nguyên môi
    # trường TP Phan Thiết Theo cơ quan điều tra, ...")
    opener = _CLAUSE_OPENER.search(text, pos, stop)
    if opener:
        stop = len(text[: opener.start()].rstrip())
    if last is None:
        # No organisation the grammar knows ("Tạp chí Cộng sản", "Công ty Điện lực"): the title runs
        # up to the clause that follows it, when that is short enough to be a name; or up to the end of the department
        # whose word the title holds in lower case, read with it, where that runs further ("Phó trưởng phòng Công tác
        # đảng và công tác quần chúng Công an tỉnh": "và công tác" looks like the next clause)
        unit_end = _unit_named_by_title(text, head, end) if head else None
        # (or that ends where the clause starts, however long: "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc
        # Công an tỉnh X dự")
        if unit_end is not None and unit_end >= stop:
            return unit_end
        if len(text[pos:stop].split()) <= _MAX_TITLE_TAIL:
            return stop
        segment = text[start:end]
        return end if len(segment.split()) <= 6 else (head.end() if head else end)
    t = p["tai_place"].match(text, last, end)
    if t:
        last = t.end()
    # The organisation goes on past what the grammar took ("Công an TPHCM", "Tòa án nhân dân khu vực 3",
    # "Báo Quân đội nhân dân") when every word up to the clause belongs to a name
    if stop > last and _name_like(text[last:stop]) and not _predicate_after_place(text, start, last, stop):
        last = stop
    # ... or its place, where the gazetteer spells a longer one ("Trưởng Công an phường Lê Hồng Phong")
    return gazetteer_place_end(text, start, last) or last


_CLAUSE_OPENER = re.compile(rf"(?<![\w])(?-i:{sentence_openers.CLAUSE_WORDS})(?![\w])")


def _before_an_appointment(text: str, pos: int, stop: int) -> int:
    """``stop``, or where an election or an appointment that gives the post after it opens in ``text[pos:stop]``:
    the verb ends the title held, with or without a comma before it ("Ủy viên Trung ương Đảng tái đắc cử Bí thư Tỉnh
    ủy", "Chủ tịch UBND huyện trúng cử Chủ tịch HĐND huyện": two posts, the second given by the election)."""
    for m in _APPOINTMENT_IN_TITLE.finditer(text, pos, stop):
        if _patterns()["title"].match(text, m.end()):
            return len(text[: m.start()].rstrip(" \t,"))
    return stop


# A body's name that ends with its place, a level word and the place's proper name ("UBND xã Kỳ Tân", "Công an huyện
# Anh Sơn"): the name is over, and a lower-case word after it opens the predicate ("... xã Kỳ Tân điều hành hội
# nghị"), unless it goes on with a higher level ("xã Kỳ Tân huyện Kỳ Anh"), a term ("tỉnh Nghệ An khóa XVIII") or a
# body it belongs to ("thuộc")
_PLACE_ENDS_THE_NAME = re.compile(
    rf"(?<![\w])(?:{LEVEL_WORDS})\s+{lexicon.CAP_SYL}(?:\s+{lexicon.CAP_SYL}){{0,3}}\s*$", re.IGNORECASE
)
_NAME_GOES_ON_AFTER_PLACE = re.compile(
    rf"\s*(?:(?:{LEVEL_WORDS}|khóa|nhiệm\s+kỳ|khu\s+vực|thuộc|và)(?![\w])|[^\w\s]|(?-i:{lexicon.UPPER_CLASS}))",
    re.IGNORECASE,
)
PLACE_END_WINDOW = 60


def _predicate_after_place(text: str, start: int, last: int, stop: int) -> bool:
    """Whether the words from ``last`` to ``stop`` after a body's name that ends with its place are a predicate, not
    more of the name (see _PLACE_ENDS_THE_NAME)."""
    return (
        text[last:stop].strip()[:1].islower()
        and _PLACE_ENDS_THE_NAME.search(text, max(start, last - PLACE_END_WINDOW), last) is not None
        and not _NAME_GOES_ON_AFTER_PLACE.match(text, last, stop)
    )


_JOINED_SHORT_FORM_TAIL = re.compile(r"&[A-ZĐ][A-ZĐa-zđ]*(?![\w])")
_CAMPAIGN_AFTER = re.compile(r"\s+(?:phong\s+trào|cuộc\s+vận\s+động)\s+(?:“[^”\n]{1,120}”|\"[^\"\n]{1,120}\")")


# A unit's name whose fields "và" joins, running to the end of the title's part: "(Trưởng Ban) Công tác Đoàn và thanh
# thiếu nhi;", "(Phó Trưởng ban) Kinh tế và ngân sách,": a capitalised name, "và", one to four lower-case words.
_JOINED_UNIT_NAME = re.compile(
    rf"\s+(?P<name>{lexicon.CAP_SYL}(?:\s+\S+){{0,5}}?)\s+và(?P<rest>(?:\s+{lexicon.LOW_SYL}){{1,4}})\s*"
)


def _joined_unit_name(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` after a title ending in "ban" is one unit's name with fields joined by "và" (no
    clause starts after the "và", and the part before it holds no clause either)."""
    m = _JOINED_UNIT_NAME.fullmatch(text, pos, end)
    if not m:
        return False
    return not _clause_rx().search(text, m.start("name"), m.end("name")) and not _clause_rx().search(
        text, m.start("rest"), m.end("rest")
    )


# Lower-case words that start the clause after a title written after the name ("…, Giám đốc Công an
# TPHCM đã ký", "… khu vực 3 cùng lãnh đạo"); "và" only before a lower-case word, a form of address, a
# rank or another title ("… Chính ủy BĐBP và Phó Bí thư Tỉnh ủy NAME").
_CLAUSE_WORDS = (
    r"đã|đang|sẽ|vừa|mới|cũng|đều|cùng|dự|tham\s+dự|chủ\s+trì|đồng\s+chủ\s+trì|phát\s+biểu|ký|trao|"
    r"tặng|cho|có|được|là|thay\s+mặt|chứng\s+kiến|cam\s+kết|(?<![Bb]an\s)chỉ\s+đạo|nhấn\s+mạnh|báo\s+cáo|khẳng\s+định|đề\s+nghị|"
    # (round s35: not the political deputy's own "về chính trị", a part of his post in the army and its schools: "Phó
    # Hiệu trưởng về chính trị", "Phó Chỉ huy trưởng về chính trị")
    # (round s35: not the "làm" of "việc làm", jobs, in a centre's name: "Giám đốc Trung tâm Dịch vụ việc làm tỉnh")
    r"yêu\s+cầu|biểu\s+dương|mong|tới|đến|(?<!việc\s)làm|với|về(?!\s+chính\s+trị(?![\w]))|để|nhằm|khi|thì|tại|trong|"
    r"đánh\s+giá|ghi\s+nhận|"
    # ("Tổng Giám đốc Đài Tiếng nói Việt Nam NAME": the "nói" of "Tiếng nói", the voice, says nothing)
    r"lưu\s+ý|kết\s+luận|chúc\s+mừng|thăm|trình\s+bày|nêu|giới\s+thiệu|bày\s+tỏ|gửi|đọc|(?<!Tiếng\s)nói|trực\s+tiếp|"
    # ("Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh NAME": after "các", "tổ chức" is the organisations, no verb;
    # "Trưởng ban chỉ đạo Tây Nguyên NAME": after "Ban", "chỉ đạo" names the steering committee, no verb)
    r"quán\s+triệt|tham\s+gia|(?<!các\s)tổ\s+chức|kiểm\s+tra|động\s+viên|khai\s+mạc|phát\s+động|tuyên\s+bố|tiến\s+hành|thông\s+qua|"
    # (words of thanks and assent: "Phó Chủ tịch HĐQT MISA đồng ý ...", "Tổng Bí thư cảm ơn ông X"; and of speech:
    # "Chủ tịch HĐTV Tổng công ty HUD chia sẻ ...")
    r"cảm\s+ơn|hoan\s+nghênh|đồng\s+ý|tin\s+tưởng|chia\s+sẻ|đề\s+xuất|kiến\s+nghị|giải\s+thích|trả\s+lời|"
    # (round s33: an act done for the body, "Phó Giám đốc Công an tỉnh thực hiện ký kết", "Bí thư Tỉnh đoàn đại diện ký
    # kết"; not a steering committee's task, "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ", nor a representative
    # office, "Trưởng Văn phòng đại diện")
    r"(?<!đạo\s)thực\s+hiện|(?<!phòng\s)đại\s+diện|"
    # (round s28: "Giám đốc Trung tâm Y tế tiếp thu ý kiến", "Trưởng phòng Dân tộc hướng dẫn ...", "Giám đốc Sở Tư pháp
    # thông tin về kết quả": a verb of speech; "thông tin" only before what it tells, as "Sở Thông tin" is a name)
    r"tiếp\s+thu|hướng\s+dẫn|trao\s+đổi|giải\s+đáp|thông\s+tin(?=\s*,|\s*$|\s+(?:về|cho|tới|đến|rằng|thêm|với)(?![\w]))|"
    r"thừa\s+nhận|nhận\s+định|cảnh\s+báo|xác\s+nhận|(?<!tiếp\s)(?<!xác\s)nhận|"
    # (a cause or a passive after a title: "nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch do đã có các sai phạm ...",
    # "Trưởng phòng Nội vụ huyện vì dư luận nghi ngờ ...", "nguyên Trưởng phòng Tài nguyên và Môi trường huyện bị cảnh
    # cáo")
    r"do|vì|bởi|bị|"
    # (round s32: words of feeling and telling after a village head's or an artist's title: "Trưởng thôn Cốc Phương xúc
    # động: ...", "... phấn khởi cho biết", "Phó Chủ tịch Hội Nghệ sĩ Sân khấu tỉnh biểu diễn ...")
    r"xúc\s+động|phấn\s+khởi|tâm\s+sự|bộc\s+bạch|vui\s+mừng|tự\s+hào|hào\s+hứng|kể\s+lại|biểu\s+diễn|dàn\s+dựng|rất|"
    # (round s35: the leader of a delegation named by "do X, <title> dẫn đầu": "Đoàn công tác do Thiếu tướng A, Phó Tư
    # lệnh Quân khu dẫn đầu")
    r"dẫn\s+đầu"
)


@cache
def _clause_rx() -> re.Pattern:
    """The clause pattern, compiled on first use (it takes the title and rank lexicons)."""
    ranks = lexicon.alternation(lexicon.ranks())
    titles = lexicon.alternation(lexicon.titles() + _data_lines("person_titles.txt"))
    # (the clergy's and the elders' standing after "và" names the next person too: "quản xứ Giáo xứ Đắk Mil và Mục sư
    # Y Sơn Niê")
    return re.compile(
        rf"(?<![\w])(?:{_CLAUSE_WORDS}|và(?=\s+(?:{lexicon.LOW_SYL}|(?i:{lexicon.COMRADE}|ông|bà|{_MONKS}|{_ELDERS_AND_CLERGY}|{ranks}|(?:quyền\s+)?{titles})(?![\w]))))(?![\w])"
    )


_MAX_TITLE_TAIL = 12


def _clause_stop(text: str, pos: int, end: int) -> int:
    """Where the clause after a title starts in ``text[pos:end]`` (``end`` if none), before any name."""
    m = _clause_rx().search(text, pos, end)
    stop = m.start() if m else end
    name_at = _name_start(text, pos, stop)
    if name_at is not None:
        stop = name_at
        joiner = _JOINER_BEFORE_NAME.search(text, pos, stop)
        if joiner:
            stop = joiner.start()  # "Giám đốc CATP Hà Nội và Nguyễn Lan Hương, ...": "và" joins the next person
    while stop > pos and text[stop - 1] in " \t,;:-":
        stop -= 1
    return stop


# "và" or "cùng" right before a name: it joins two persons, no words of a body's name ("Sở Tài nguyên và Môi trường")
_JOINER_BEFORE_NAME = re.compile(r"(?<![\w])(?:và|cùng(?:\s+với)?)\s*$")


@cache
def _name_words() -> frozenset[str]:
    """Lower-case words found inside the names of bodies (from the agency lexicons), and level words."""
    words = set(
        [
            "nhân",
            "dân",
            "khu",
            "vực",
            "của",
            "và",
            "phía",
            "cơ",
            "quan",
            "thường",
            "trực",
            "quân",
            "sự",
            "biên",
            "phòng",
            "đội",
            "cộng",
            "sản",
            "công",
            "an",
            "tỉnh",
            "huyện",
            "quận",
            "xã",
            "phường",
            "thị",
            "trấn",
            "thành",
            "phố",
            "đặc",
            # (a church's and a region's words in the name of a faith's body: "Ban Đại diện Hội thánh Tin Lành Việt
            # Nam (miền Nam) tỉnh")
            "thánh",
            "miền",
        ]
    )
    sources = [rx for rx, _, _ in lexicon.agency_heads()] + lexicon.departments()
    for phrase in sources:
        # (not the words a head's negative look-arounds name: they end a name, "đã", "với", "báo cáo")
        words.update(w for w in re.findall(r"[^\W\d_]+", _without_negative_lookarounds(phrase)) if w.islower())
    # "sĩ" ends the degrees and ranks of persons ("Tiến sĩ", "bác sĩ", "chiến sĩ"): a title's "... tỉnh và Tiến sĩ, bác
    # sĩ Lê Văn Cường" names the next person, though a steering committee's name holds "liệt sĩ"
    return frozenset(words - _PERSONS_WORDS)


_PERSONS_WORDS = frozenset({"sĩ"})
_NEGATIVE_LOOKAROUND = ("(?!", "(?<!")


def _without_negative_lookarounds(rx: str) -> str:
    """``rx`` without its negative look-ahead and look-behind groups (the words that must not follow or precede)."""
    out, i = [], 0
    while i < len(rx):
        if not rx.startswith(_NEGATIVE_LOOKAROUND, i):
            out.append(rx[i])
            i += 1
            continue
        depth = 0
        while i < len(rx):
            if rx[i] == "\\":
                i += 2
                continue
            depth += {"(": 1, ")": -1}.get(rx[i], 0)
            i += 1
            if depth == 0:
                break
    return "".join(out)


_NAME_BRACKETS = re.compile(r"[()]")


def _name_like(tail: str) -> bool:
    """True when every word of ``tail`` can belong to a body's name: capitalised words, short forms,
    numbers, dashes and the lower-case words of the agency lexicons."""
    words = _name_words()
    # (a bracket inside a body's name holds words of the name too: "Hội thánh Tin Lành Việt Nam (miền Nam)")
    for tok in _NAME_BRACKETS.sub(" ", tail.replace(",", " , ")).split():
        if tok in ("-", "–") or tok[0].isupper() or tok[0].isdigit() or tok.casefold() in words:
            continue
        return False
    return True


def _ends_part(text: str, pos: int, b: int) -> bool:
    """Whether nothing but the clause after the titles follows ``pos`` in its part ("…, Bộ CHQS tỉnh phát biểu")."""
    rest = text[pos:b].strip()
    return not rest or bool(_clause_rx().match(rest))


# Words after a title head that qualify the post, not a unit ("Phó Trưởng ban Thường trực").
_POST_QUALIFIER = re.compile(r"\s*(?:Thường\s+trực|Thường\s+vụ)(?![\w])")


def _unit_title(title: str) -> bool:
    """Whether ``title`` is a title head and the name of a unit that names no body of its own ("Phó Trưởng ban
    Thanh niên", "Trưởng phòng Tổng hợp"): the body it belongs to may follow after a comma."""
    head = _patterns()["title"].match(title)
    if not head:
        return False
    rest = title[head.end() :]
    if not rest.strip() or not rest.strip()[0].isupper() or _POST_QUALIFIER.match(rest):
        return False
    return agency_grammar()["agency"].search(rest) is None


# "Bí thư Tỉnh đoàn kiêm Chủ tịch Hội LHTN tỉnh": "kiêm" joins two posts, like a comma.
# ", kiêm" is one delimiter: the post after it is the person's too.
# (a colon ends a chain: "Ông X, Phó Giám đốc NHNN Chi nhánh TP.HCM: Ý kiến này không đúng", an interview's answer)
# ", đồng thời là", ", hiện là", ", nay là" join a post held too or held now ("nguyên Chủ tịch UBND xã, nay là Bí thư
# Đảng ủy xã"), like "kiêm"
_DELIM = re.compile(
    # (a former province's or district's tag after a title, "nguyên Chủ tịch UBND tỉnh Sóc Trăng (cũ), Phó Chủ tịch
    # ...": the chain goes on past it; round s32)
    r"\s*\(\s*(?:cũ|mới)\s*\)\s*[,;]?\s*|"
    # (a church's region in brackets is a part of its name, no aside: "Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh")
    r"\s*,?\s*(?<![\w])(?:đồng\s+thời|hiện(?:\s+nay)?|nay)\s+là\s+|\s*,\s*kiêm\s+|\s*[,;]\s*|"
    r"\s*\((?!miền\s+(?:Nam|Bắc|Trung)\))\s*|\s*(?<!miền\sNam)(?<!miền\sBắc)(?<!miền\sTrung)\)\s*|\s*:\s+|\s+-\s*|\s*-\s+|"
    r"\.\s*$|\s+kiêm\s+"
)


@cache
def _delimiters() -> re.Pattern:
    """_DELIM, and a hyphen typed without spaces between two titles' short forms ("UVBTV-PBT thường trực huyện
    ủy": two posts; not the hyphens of a body's short form or a symbol, "QLHC-TTXH", "QC-UBND")."""
    shorts = sorted(
        {t for t in lexicon.titles() + _data_lines("person_titles.txt") if t.isupper() and " " not in t},
        key=len,
        reverse=True,
    )
    return re.compile(rf"{_DELIM.pattern}|(?<=[A-ZĐ])-(?=(?:{'|'.join(map(re.escape, shorts))})(?![\w]))")


_BEFORE_SEP = re.compile(r",(?:\s*kiêm\s+)?|\s+kiêm\s+|\s+-\s+")


def _before_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of ``text[a:b]`` between commas, "kiêm" and dashes that open a title ("HUV - PCT UBND huyện NAME"; not
    the dash inside a body's name: "Phó Tư lệnh Bộ Tư lệnh Cảnh vệ - Bộ Công an NAME", nor its comma) (non-empty
    only)."""
    out, pos = [], a
    title = _patterns()["title"]
    for m in _BEFORE_SEP.finditer(text, a, b):
        if m.group(0).strip() == "-" and not title.match(text, m.end()):
            continue
        if m.group(0) == "," and _agency_spans_boundary(text, pos, m.start(), b):
            continue  # the comma of a body's name ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch NAME")
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if b > pos:
        out.append((pos, b))
    return out


def _name_past_glued_title(run: re.Match, cut: int) -> tuple[int, int] | None:
    """The span (in ``run``) of a name in the words of ``run`` past a title glued to a place's name, which ends at
    ``cut`` ("Giám đốc Bệnh viện Bạch Mai Chủ Tịch Hội Nguyễn Văn An"), or None. No part of the run's reading
    (``_name_in_run``), which stops at the glued title: these words are another run, read only after a place."""
    rest = run.group(0)[cut:]
    lead = len(rest) - len(rest.lstrip())
    if not rest.strip():
        return None
    span = _name_in_run(rest.strip())
    return (cut + lead + span[0], cut + lead + span[1]) if span else None


# The syllables of an unlisted family name's run that an address and a title around it make a person's name: the
# minorities' family names are not all in the surnames list ("bà Pả Kê, Chi hội trưởng ...", "ông Kray Sứ, Chủ tịch
# UBND xã"); a longer run may hold a body's words.
_UNLISTED_NAME_SYLLABLES = (2, 3)


# A form of address that opens a sentence, capitalised, and so opens the run ("Ông Đặng Trọng Thăng", "Ông Kray Sứ, Chủ
# tịch UBND xã ...")
_CAPITALISED_ADDRESS = frozenset({"Ông", "Bà", "Anh", "Chị", "Cô", "Bác", "Em", "Cháu", "Cụ"})


# An artist's honorary title right before a run: the run is a name, a stage name too ("NSƯT Hồng Nhung", "NSND Thu
# Hiền"), which holds no family name; so is a village elder's ("già làng A Nhiên", "già làng Y Kông": the highlands'
# names of two syllables; not a village head's title, "Trưởng thôn Nà Hang", which names the village)
_ARTIST_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:NSND|NSƯT|Nghệ\s+sĩ\s+(?:Nhân\s+dân|Ưu\s+tú)|(?P<elder>(?i:già\s+làng)))\s+$"
)


def _stage_name(text: str, run: re.Match, run_text: str) -> tuple[int, int] | None:
    """The span of a name of two or three words without a family name after an artist's honorary title or a village
    elder's word, or None."""
    words = run_text.split()
    if run_text != run.group(0) or len(words) not in _UNLISTED_NAME_SYLLABLES:
        return None
    title = _ARTIST_TITLE_BEFORE.search(text, max(0, run.start() - 24), run.start())
    if any(len(w) > 1 and w.isupper() for w in words) or not title:
        return None
    if title.group("elder") and (run_text in _REGIONS or lexicon.is_place(run_text)):
        return None  # "biểu dương già làng Tây Nguyên", "tặng quà già làng Kon Tum": the elders of a place
    return 0, len(run_text)


_REGIONS = frozenset({"Tây Nguyên", "Tây Bắc", "Đông Bắc", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Tây Nam Bộ", "Đông Nam Bộ"})


def _addressed_before_title(text: str, run: re.Match, run_text: str) -> tuple[int, int] | None:
    """The span (in ``run``) of a person's name that holds no listed family name, or None: a form of address stands
    right before it (or opens the run, capitalised), a title right after its comma or dash, and no word of it is a
    short form or a title's. A name of one word is a minority's name with its apostrophe ("Ông K'Brôi, ...")."""
    if run_text != run.group(0):
        return None
    words = run_text.split()
    opening = 0
    if words[0] in _CAPITALISED_ADDRESS:
        opening = run_text.index(words[1], len(words[0]))
        words = words[1:]
    elif not _patterns()["tail_context"].search(text, max(0, run.start() - RANK_BEFORE_WINDOW), run.start()):
        return None  # (a form of address or a rank right before: "Thiếu tá Alăng Bhơ, Phó Đồn trưởng ...")
    if not (len(words) in _UNLISTED_NAME_SYLLABLES or (len(words) == 1 and ("'" in words[0] or "’" in words[0]))):
        return None
    if any(len(w.strip("'’")) > 1 and w.isupper() for w in words):  # (a short form; not the "K'" of "K' Điệu")
        return None
    p = _patterns()
    if p["title"].match(run_text, opening):
        return None  # "đồng chí Phó Chủ tịch ...", "ông Trưởng Ban ..."
    after = _TITLES_OPEN.match(text, run.end())
    if after is None or p["title"].match(text, after.end()) is None:
        return None
    return opening, len(run_text)


def _name_start(text: str, start: int, end: int) -> int | None:
    """Where the first person's name in ``text[start:end]`` starts, or None."""
    for run in _patterns()["run"].finditer(text, start, end):
        run_text = _before_glued_title(text, run)
        span = _name_in_run(run_text, _what_ends_before(text, run.start(), run_text))
        if span and text[run.start() + span[0] : run.start() + span[1]] in lexicon.countries():
            continue  # "Phó Chủ tịch Hội Doanh nghiệp Hàn Quốc": a foreign body's country, no next person
        if span and not _opens_agency_name(text, run.start() + span[0], run.start() + span[1]):
            return run.start() + span[0]
    return None


# The Youth Union of a body ("Bí thư Đoàn Phòng PC67 Trần Văn A" names no Mr Đoàn Phòng, "Bí thư Đoàn Khối" no Mr Đoàn
# Khối) or a delegation named by its task ("trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo": no Mr Đoàn Kiểm).
_UNION_OR_DELEGATION = re.compile(
    r"Đoàn\s+(?:Phòng|Cục|Sở|Bộ|Ban|Viện|Trường|Đồn|Khối|Công\s+an|"
    r"Kiểm\s+tra|Giám\s+sát|Thanh\s+tra|Công\s+tác|Khảo\s+sát|Liên\s+ngành|Đại\s+biểu)(?![\w])"
)


# A school or a hospital by its kind alone, right before a would-be name: the name is the school's ("Trường THPT Chuyên
# Phan Bội Châu", "Trường THCS Lý Tự Trọng", "Trường Cao đẳng Y tế Đặng Thùy Trâm", "Trường Đại học Y Dược Thái Bình")
_INSTITUTION_KIND_BEFORE = re.compile(
    r"(?<![\w])(?:Trường|Bệnh\s+viện|Học\s+viện)(?:\s+(?:(?-i:THPT|THCS|PTDTNT|PTDTBT|PT|TH|THCS&THPT)|Tiểu\s+học|"
    r"Mầm\s+non|Trung\s+học(?:\s+(?:phổ\s+thông|cơ\s+sở))?|Phổ\s+thông|[Dd]ân\s+tộc\s+(?:nội|bán)\s+trú|Đại\s+học|"
    r"Cao\s+đẳng|Trung\s+cấp|[Cc]huyên|Y\s+tế|Y\s+[Dd]ược|Sư\s+phạm|Kỹ\s+thuật|Nghề|Đa\s+khoa|Quân\s+y))+\s+$"
)
_INSTITUTION_KIND_OPENING = re.compile(r"Y\s+[Dd]ược\s")
_UNIVERSITY_BEFORE = re.compile(r"(?<![\w])(?:Trường\s+)?Đại\s+học\s+$")
INSTITUTION_WINDOW = 60


def _names_an_institution(text: str, n_start: int) -> bool:
    """Whether the would-be name at ``n_start`` names the school or hospital whose kind is printed right before it."""
    if _INSTITUTION_KIND_BEFORE.search(text, max(0, n_start - INSTITUTION_WINDOW), n_start):
        return True
    # ("Trường Đại học Y Dược Thái Bình": the kind runs on into the run, "Y" read as a minority's name word)
    return bool(
        _INSTITUTION_KIND_OPENING.match(text, n_start)
        and _UNIVERSITY_BEFORE.search(text, max(0, n_start - INSTITUTION_WINDOW), n_start)
    )


def _opens_agency_name(text: str, n_start: int, n_end: int) -> bool:
    """Whether the would-be name at ``n_start`` is the first words of a body's name: the Youth Union of a body
    ("Đoàn Phòng PC67"), a delegation ("Đoàn Kiểm tra"), a school or a hospital named after a person, or a body's name
    that runs on past the would-be name in lower case ("Bí thư Đoàn Thanh niên Chính phủ": "Đoàn Thanh" is no Mr
    Đoàn)."""
    if _UNION_OR_DELEGATION.match(text, n_start) or _names_an_institution(text, n_start):
        return True
    if not text[n_end : n_end + 2].strip(" ")[:1].islower():
        return False
    m = agency_grammar()["agency"].match(text, n_start)
    return bool(m and m.end() > n_end)


def _agency_spans_boundary(text: str, a: int, b: int, end: int) -> bool:
    """True when an organisation that starts inside [a, b) runs on past b ("PTKV 1 - Hải Hà")."""
    return any(m.end() > b for m in _agency_finditer(text, a, end, starts_before=b))


# A title that ends with its department's word in lower case ("Trưởng phòng", or "Phó Trưởng" and then "phòng"): no
# capital opens the department's name ("Trưởng phòng Kinh tế - Hạ tầng và Đô thị phường X"), so the boundary test
# above does not read it; the grammar reads it with the word capitalised (as _cut_title_at_organisation reads "ban")
_UNIT_WORD_ENDING_TITLE = re.compile(r"(?<![\w])phòng$")
_UNIT_WORD_AFTER_TITLE = re.compile(r"[ ]+(phòng)(?=[ ]+(?-i:[A-ZĐ]))")


def _unit_named_by_title(text: str, head: re.Match, end: int) -> int | None:
    """Where the unit whose word the title ``head`` ends with (or which follows it) ends, or None: its name read by
    the grammar from the word, capitalised, up to ``end``."""
    word = _UNIT_WORD_ENDING_TITLE.search(text, head.start(), head.end())
    word_end = head.end()
    if not word:
        word = _UNIT_WORD_AFTER_TITLE.match(text, head.end(), end)
        if not word:
            return None
        word_end = word.end()
    return _unit_read_from_its_word(text, word.group(word.lastindex or 0), word_end, end)


def _unit_read_from_its_word(text: str, word: str, word_end: int, end: int) -> int | None:
    """Where a unit ends whose word (``word``, printed in lower case, ending at ``word_end``) a title holds: the name
    read by the grammar with the word capitalised, up to ``end``; None where no unit's name goes on from it."""
    capitalised = word.capitalize()
    unit = agency_grammar()["agency"].match(capitalised + text[word_end:end])
    return word_end + unit.end() - len(capitalised) if unit and unit.end() > len(capitalised) else None


def _unit_of_title_spans_boundary(text: str, head: re.Match, b: int, end: int) -> bool:
    """True when the unit a title ``head`` ends with runs on past b."""
    unit_end = _unit_named_by_title(text, head, end)
    return unit_end is not None and unit_end > b


# A capital that opens a word: every match of the agency pattern starts at one, as the pattern opens with the
# look-aheads for it (the class opens the scan, so the engine skips in C to the next capital).
_CAPITAL_OPENING_A_WORD = re.compile(rf"(?-i:{lexicon.UPPER_CLASS})(?<![\w].)")


def _agency_finditer(text: str, start: int, end: int, starts_before: int | None = None) -> Iterator[re.Match]:
    """``agency_grammar()["agency"].finditer(text, start, end)``, up to its first match that starts at or after
    ``starts_before`` (left out).  The pattern is tried only at capitals that open a word, and the scan stops at
    ``starts_before`` instead of reading on to the next match, which may stand far past it.  (Over a whole title
    part the pattern's own finditer is faster: the engine rejects the other characters in C, and a title's words
    are mostly capitalised, each a call from Python here.)"""
    rx = agency_grammar()["agency_any_case"]  # (tried at capitals only: there it matches as "agency" does)
    after = start
    for c in _CAPITAL_OPENING_A_WORD.finditer(text, start, end if starts_before is None else starts_before):
        pos = c.start()
        if pos < after:
            continue  # inside the last match: finditer reads on from its end
        m = rx.match(text, pos, end)
        if m:
            after = m.end()
            yield m


# A title ending with a capitalised field of a body's name ("Giám đốc Trung tâm Văn hóa"), and the fields after its
# comma, the last one after "và", with the level and place after them ("Thể thao và Du lịch huyện Bát Xát")
_LAST_WORD_A_FIELD = re.compile(
    rf"(?:Trung\s+tâm|Sở|Cục|Phòng|Viện|Hội)(?:\s+{lexicon.UPPER_CLASS}\w*(?:\s+[a-zà-ỹđ]+)?)+$"
)
_FIELD_WORDS = (
    rf"{lexicon.UPPER_CLASS}\w*(?:\s+(?!(?:tỉnh|thành|huyện|quận|thị|xã|phường|và)(?![\w]))[a-zà-ỹđ]+){{0,2}}"
)
_FIELDS_CLOSED_BY_AND = re.compile(
    rf"{_FIELD_WORDS}(?:,\s+{_FIELD_WORDS})*\s+và\s+{_FIELD_WORDS}"
    rf"(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?:\s+{lexicon.UPPER_CLASS}\w*){{0,3}})?"
)
_REMARK = re.compile(r"\s*\((?-i:" + lexicon.LOWER_CLASS + r")[^()\n]{0,30}\)")
_ASIDE_BEFORE_A_POST = re.compile(
    r"\s*,\s*[^,;.()\n]{1,40}?(?=,\s*(?:tái\s+cử|làm|giữ\s+chức|(?:tái\s+)?(?:đắc|trúng)\s+cử)\s)", re.IGNORECASE
)


def _title_parts(text: str, pos: int, s_end: int) -> Iterator[tuple[tuple[int, int], str]]:
    """The parts of the text from ``pos`` to the sentence's end between delimiters, each with the delimiter after it
    ("" after the last), read as they are asked for: a title chain ends within a few parts, long before most
    sentences do."""
    start = pos
    for d in _delimiters().finditer(text, pos, s_end):
        yield (start, d.start()), d.group(0).strip()
        start = d.end()
    if start < s_end:
        yield (start, s_end), ""


# A unit's title ending with the unit's name ("Phó trưởng Phòng Chính trị", "Trưởng phòng Kế hoạch", a police
# department's "Trưởng phòng Cảnh sát giao thông đường bộ"; a military command's branch after its chief's word, "Phó Chủ
# nhiệm Hậu cần"), and a part after a dash that goes on with that name: one to three words, the first capitalised ("Tư
# tưởng", "Tài chính", "Kỹ thuật" of "Hậu cần - Kỹ thuật"), or in lower case after a name ending in lower case (the
# police's "đường bộ - đường sắt")
_UNIT_NAMED_LAST = re.compile(
    # ("Trưởng ban Dân tộc - Tôn giáo tỉnh": the board's word may be the title's, in lower case)
    rf"(?:(?<![\w])[Pp]hòng|(?<![\w])[Bb]an|Vụ|Cục|Trung\s+tâm|(?<![\w])Chủ\s+nhiệm)\s+{lexicon.UPPER_CLASS}\w*"
    r"(?:\s+\w+){0,5}$"
)
_UNIT_NAME_PART = re.compile(rf"{lexicon.UPPER_CLASS}\w*(?:\s+{lexicon.LOWER_CLASS}\w*){{0,2}}")
_LOWER_UNIT_NAME_PART = re.compile(rf"{lexicon.LOWER_CLASS}\w*(?:\s+{lexicon.LOWER_CLASS}\w*){{0,2}}")
_LOWER_WORD_LAST = re.compile(rf"\s{lexicon.LOWER_CLASS}\w*$")
_DASH_START = re.compile(r"\s*-\s")


def _second_half_end(text: str, a: int, b: int, lower: bool = False) -> int | None:
    """Where the second half of a unit's name after a dash ends in the part ``text[a:b]``: the whole part ("Tư
    tưởng"), or the half and the body the unit belongs to ("Pháp luật UBTWMTTQ Việt Nam làm ...": the body's end).
    ``lower``: the first half ends in lower case, and so may this one ("đường bộ - đường sắt"), up to a clause's word
    ("... đường bộ - đường sắt dự": the title's words end before the verb)."""
    if lower and text[a : a + 1].islower():
        clause = _clause_rx().search(text, a, b)
        end = len(text[: clause.start()].rstrip()) if clause else b
        return end if end > a and _LOWER_UNIT_NAME_PART.fullmatch(text, a, end) else None
    if _UNIT_NAME_PART.fullmatch(text, a, b):
        return b
    half = _UNIT_NAME_PART.match(text, a, b)
    if not half or not text.startswith(" ", half.end()):
        return None
    if _CENTRAL_LEVEL.fullmatch(text, half.end() + 1, b):
        return b  # "Phó Trưởng ban Thi đua - Khen thưởng Trung ương": the central board
    body = agency_grammar()["agency"].match(text, half.end() + 1, b)
    return body.end() if body else None


_CENTRAL_LEVEL = re.compile(r"Trung\s+ương\s*")


_LOWER_WORD_BEFORE_COMMA = re.compile(rf"(\s+{lexicon.LOWER_CLASS}\w*)\s*,")
# The term a post was held for, after its title ("nguyên Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010-2015, nguyên Trưởng
# Ban Tổ chức Tỉnh ủy"): no part of the title, and the chain of titles goes on after it
_TERM_OF_OFFICE = re.compile(
    r"\s*(?:nhiệm\s+kỳ|khóa|giai\s+đoạn)\s+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|[IVXLC]{1,6}|\d{1,2})\s*",
    re.IGNORECASE,
)
# a title of several people: "thủ trưởng các ngành", "lãnh đạo những đơn vị"
_PLURAL_AFTER_TITLE = re.compile(r"\s+(?:các|những)(?![\w])", re.IGNORECASE)


def _titles_after(
    text: str, n_end: int, s_end: int, titled_before: bool = False
) -> tuple[list[tuple[int, int, str]], bool]:
    """Positions written after a name: ", T1, T2", " - T1 - T2", " (T1)"; and whether the name has context.
    ``titled_before``: the name has titles written before it, so a chain after it that a dash and the next name close
    is that next name's ("T0 NAME1, T1, T2 - NAME2")."""
    p = _patterns()
    # A caption's stage remark between the name and its titles: "NAME (đứng) - T1", "NAME (thứ hai, trái), T1".
    remark = _REMARK.match(text, n_end, s_end)
    if remark and not p["title"].search(text, n_end, remark.end()):
        n_end = remark.end()
    n_end = _after_place_aside(text, n_end)  # "NAME (Mường Nhé), Bí thư Huyện ủy": the title after his place
    aside = _ASIDE_BEFORE_A_POST.match(text, n_end, s_end)
    if aside and p["title"].search(text, n_end, aside.end()):
        aside = None
    if aside:
        # "bầu ông Ma Văn Tiến, Trung tá quân đội nghỉ hưu, tái cử Chủ tịch ...", "bà X, 45 tuổi, làm Chủ tịch ...": an
        # aside between the name and the post it is given
        n_end = aside.end()
    m = None if aside else _TITLES_OPEN.match(text[n_end:s_end])
    appointed = None if m else _appointed_to(text, n_end, s_end)
    if appointed and text[appointed.end()].isupper() and p["title"].match(text, appointed.end()):
        # "NAME được bầu giữ chức T", "NAME làm T": the post given to the name
        pos = appointed.end()
    elif not m:
        # A title glued to the name with a space only ("Lê Văn A Ủy viên Ban …") opens the list too.
        m = _GLUED_TITLE_GAP.match(text[n_end:s_end])
        if not m or not p["title"].match(text, n_end + m.end()):
            return [], False
        pos = n_end + m.end()
    else:
        pos = n_end + m.end()
    after: list[tuple[int, int, str]] = []
    since_semicolon = 0
    # Titles after a ";" may open the next person's entry ("NAME1; T1, T2, Đại tá NAME2").
    after_semicolon = m is not None and m.group(0).strip() == ";"
    context = False
    skip_to = 0
    prev_sep = ""
    for (a, b), sep in _title_parts(text, pos, s_end):
        if a < skip_to:
            # already inside the previous title's organisation ("PTKV 1 - Hải Hà", "UBND tỉnh Bà Rịa - Vũng Tàu");
            # words after that organisation in the part end the chain ("... Vũng Tàu đã tiến hành ký ...")
            if text[skip_to:b].strip():
                name_at = _name_start(text, skip_to, b)
                if name_at is not None and not text[skip_to:name_at].strip():
                    del after[since_semicolon:]  # "; T BODY - PLACE NAME2": the titles since the ";" are NAME2's
                break
            prev_sep = sep
            continue
        if a >= b:
            break
        head = p["title"].match(text, a)
        if head and _PLURAL_AFTER_TITLE.match(text, head.end()):
            break  # "NAME - T1; thủ trưởng các ngành Công an, Tòa án": the heads of several bodies, other people
        if head:
            cut = _cut_title(text, a, b)
            # the title read up to the sentence's end runs past b only where a body does (the cheaper test first),
            # or a place whose name holds the dash ("Chủ tịch UBND phường Xuân Hương - Đà Lạt")
            place_end = gazetteer_place_end(text, a, b) if b < s_end else None
            widened = False
            if place_end is not None:
                cut = skip_to = b = place_end
            elif b < s_end and (
                _agency_spans_boundary(text, a, b, s_end) or _unit_of_title_spans_boundary(text, head, b, s_end)
            ):
                # (up to the sentence's full stop, which a name read on to the clause's end would take in, or to the
                # ";" that ends the person's item in a list of guests: no title runs on past it, "bà A, Trưởng phòng
                # Lao động - Thương binh và Xã hội huyện; anh B, Bí thư Huyện đoàn" (round s35))
                words_end = len(text[: _item_end(text, b, s_end)].rstrip().rstrip("."))
                wide = max(_cut_title(text, a, words_end), _unit_named_by_title(text, head, words_end) or 0)
                if wide > b:
                    # "Phòng Chính trị - Tư tưởng, Sở X": a unit's name across the dash, cut before its lower-case
                    # last word by the reading of a body's name; the word before the comma is the name's too
                    rest = _LOWER_WORD_BEFORE_COMMA.match(text, wide, s_end) if _DASH_START.match(text, b) else None
                    cut = skip_to = b = rest.end(1) if rest else wide
                    widened = True
            # (a body's name read across the dash holds no name: "Ban Chỉ huy PTKV 3 - Hà Tiên" names no Mr Hà Tiên)
            name_at = None if widened and cut == b else _name_start(text, a, b)
            if name_at is not None:
                if not re.sub(lexicon.CAP_SYL, "", text[cut:name_at]).strip() or _COPULA_BEFORE_NAME.fullmatch(
                    text, cut, name_at
                ):
                    # "T NAME", "; Phó Trưởng ban là đồng chí NAME": these titles belong to the next person
                    del after[since_semicolon:]
                else:
                    after.append((a, cut, text[a:cut]))  # "T và đồng chí NAME": T is ours
                    context = True
                break
            after.append((a, cut, text[a:cut]))
            context = True
            if text[cut:b].strip() and not _TERM_OF_OFFICE.fullmatch(text, cut, b):
                break
        else:
            ag = agency_grammar()["agency"].match(text, a, s_end)
            unit_of_body = bool(
                ag and after and prev_sep == "," and _ends_part(text, ag.end(), b) and _unit_title(after[-1][2])
            )
            if ag and after and (prev_sep == "-" or p["title"].fullmatch(after[-1][2].strip()) or unit_of_body):
                # "Chính ủy, Bộ CHQS tỉnh": the organisation of the title before it
                # joined as printed: "Phó Tư lệnh Bộ Tư lệnh Cảnh vệ - Bộ Công an" keeps its dash, "Phó Trưởng ban
                # Thanh niên, Báo X" its comma (a unit's title, then the body the unit belongs to)
                joint = " - " if prev_sep == "-" else (", " if unit_of_body else " ")
                after[-1] = (after[-1][0], ag.end(), after[-1][2] + joint + text[a : ag.end()])
                skip_to = ag.end()
                if text[ag.end() : max(b, ag.end())].strip():
                    name_at = _name_start(text, ag.end(), b)
                    if name_at is not None and not text[ag.end() : name_at].strip():
                        del after[since_semicolon:]  # "; T - BODY NAME2": the titles since the ";" are NAME2's
                    break
            elif (
                prev_sep == ","
                and after
                and _LAST_WORD_A_FIELD.search(after[-1][2])
                and (fields_end := _FIELDS_CLOSED_BY_AND.match(text, a, b)) is not None
                and _name_start(text, a, fields_end.end()) is None
            ):
                # "Giám đốc Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh": the fields of a body's name, the last after
                # "và", go on past the comma (round s32)
                end = fields_end.end()
                after[-1] = (after[-1][0], end, after[-1][2] + ", " + text[a:end])
                if end < b:
                    break
            elif (
                prev_sep == "-"
                and after
                and _UNIT_NAMED_LAST.search(after[-1][2])
                and (half_end := _second_half_end(text, a, b, bool(_LOWER_WORD_LAST.search(after[-1][2])))) is not None
                and _name_start(text, a, half_end) is None
            ):
                # "Phó trưởng Phòng Chính trị - Tư tưởng, Sở GD-ĐT": the dash joins the two halves of a unit's name
                after[-1] = (after[-1][0], half_end, after[-1][2] + " - " + text[a:half_end])
                context = True
                if half_end < b:
                    # "Phó Trưởng ban Dân chủ - Pháp luật UBTWMTTQ Việt Nam làm Phó Trưởng đoàn": the body the unit
                    # belongs to ends the title; a clause follows
                    break
            else:
                name_at = _name_start(text, a, b)
                bare_name = name_at is not None and not p["strip_words"].sub("", text[a:name_at]).strip()
                if bare_name and (after_semicolon or (titled_before and prev_sep == "-")):
                    # "; T1, T2, thiếu tướng NAME2", "Bộ trưởng X NAME1, T1, T2 - NAME2": the chain is NAME2's
                    del after[since_semicolon:]
                break
        if sep == ";":
            since_semicolon = len(after)
            after_semicolon = True
        if sep in ("(", ")", ".", ":"):
            break
        prev_sep = sep
    closing = _BRACKET_CLOSING_TITLES.match(text, after[-1][1], s_end) if after else None
    held_end = closing.end() if closing else 0
    more_at = _appointed_to(text, held_end, s_end) if after else None
    if more_at and more_at.end() < s_end and text[more_at.end()].isupper():
        # "NAME, T1 được điều động, chỉ định giữ chức T2": the new post after the one held (a comma may close the held
        # one: "NAME, T1, được bầu giữ chức T2"; or a bracket: "NAME (T1) được bầu làm T2")
        comma = _COMMA_AFTER_TITLE.match(text, held_end)
        more, _ = _titles_after(text, comma.end() if comma else after[-1][1], s_end)
        after += more
    return after, context


_COMMA_AFTER_TITLE = re.compile(r"[ \t]*,?")
# The bracket that closes the titles held, written after the name, before the post given ("NAME (T1) được bầu làm T2")
_BRACKET_CLOSING_TITLES = re.compile(r"(?:[ \t]*\))?")


def _item_end(text: str, pos: int, s_end: int) -> int:
    """Where the list item that holds ``pos`` ends: the next ";" before the sentence's end, else that end."""
    semicolon = text.find(";", pos, s_end)
    return semicolon if semicolon >= 0 else s_end


# What gives a name the post after it: an election, an appointment or a copula ("được bầu giữ chức", "được điều động,
# chỉ định giữ chức", "bổ nhiệm ... làm", "được hiệp thương giữ chức", "là", "tái đắc cử", "trúng cử")
_APPOINTMENT = (
    # ("lần lượt", respectively: the posts after it are given to the names before it in order)
    r"(?:(?:đã|vừa|mới|chính\s+thức|tiếp\s+tục)\s+)*(?:(?P<each>lần\s+lượt)\s+)?(?:được\s+)?"
    r"(?:(?:điều\s+động|luân\s+chuyển|tín\s+nhiệm)\s*,?\s*)*"
    r"(?:(?:bầu(?:\s+lại)?|chỉ\s+định|bổ\s+nhiệm(?:\s+lại)?|hiệp\s+thương|phân\s+công|giao|cử)\s+)?"
    r"(?:giữ\s+(?:chức(?:\s+vụ)?|cương\s+vị)|(?P<act>làm)|đảm\s+nhiệm(?:\s+chức\s+vụ)?|là|"
    r"(?:tái\s+)?(?:đắc|trúng)\s+cử(?:\s+chức(?:\s+vụ)?)?|tái\s+cử(?:\s+chức(?:\s+vụ)?)?)\s+"
)
_APPOINTED_TO = re.compile(rf"\s*,?\s*{_APPOINTMENT}", re.IGNORECASE)
# ... written inside a title's words, where it ends the title held (_before_an_appointment)
_APPOINTMENT_IN_TITLE = re.compile(rf"(?<![\w]){_APPOINTMENT}", re.IGNORECASE)
# An appointment or an election named before the name ("bổ nhiệm đồng chí A làm T", "Đại hội bầu ông B làm T")
_APPOINTING = re.compile(
    r"(?<![\w])(?:bầu|bổ\s+nhiệm|chỉ\s+định|điều\s+động|phân\s+công|hiệp\s+thương|cử|giao|chuẩn\s+y)(?![\w])",
    re.IGNORECASE,
)
APPOINTING_WINDOW = 200  # characters before the name's titles where its appointment is named
# The roles a person takes in a delegation or a committee of the day ("bà A, Phó Trưởng ban X làm Trưởng đoàn làm
# việc với ...", "làm Trưởng ban chỉ đạo"): "làm" gives them as a post only after an appointment named
_DAY_ROLE = re.compile(
    r"(?:Phó\s+)?(?:Trưởng\s+đoàn|Tổ\s+(?:trưởng|phó)|Thư\s+ký|Phó\s+ban|Trưởng\s+ban(?:\s+[Cc]hỉ\s+đạo)?)"
    r"(?=\s+(?-i:[a-zà-ỹđ])|\s*[,.;:]|\s*$)"
)


def _appointed_to(text: str, pos: int, s_end: int) -> re.Match | None:
    """The election, appointment or copula at ``pos`` (after a name and its titles) that gives the post after it."""
    m = _APPOINTED_TO.match(text, pos, s_end)
    if m is None or m.group("act") is None or not _DAY_ROLE.match(text, m.end()):
        return m
    told = _APPOINTING.search(text, m.start(), m.start("act")) or _APPOINTING.search(
        text, max(0, pos - APPOINTING_WINDOW), pos
    )
    return m if told else None


# "là" and a form of address between a title and the name it is given to ("Trưởng ban là đồng chí NAME"), and between
# a title and the titled name: the last "là" of the part before the name ("T0 là đồng chí T1 NAME")
_COPULA = rf"là\s+{_OPTIONAL_ADDRESS}"
_COPULA_BEFORE_NAME = re.compile(rf"\s+{_COPULA}", re.IGNORECASE)
_COPULA_BEFORE_TITLE = re.compile(rf"(?<![\w]){_COPULA}(?!.*(?<![\w])là\s)", re.IGNORECASE)


# What names the one on whose behalf or by whose authority a person acts, right before a title: "Thay mặt Chủ tịch UBND
# tỉnh, NAME", "Thừa ủy quyền của Chủ tịch nước, ông NAME", "Được sự ủy quyền của Thủ tướng, NAME" (a bare "của" is no
# such: "Hội nghị có sự tham dự của Ủy viên Trung ương Đảng, Tư lệnh BĐBP, Trung tướng NAME").
_ON_BEHALF_OF = re.compile(r"(?<![\w])(?:thay\s+mặt|thừa\s+lệnh|(?:ủy|uỷ)\s+quyền(?:\s+của)?)\s+$", re.IGNORECASE)


_QUOTE_CLOSE = re.compile(r"[\"”»]")


def _titles_before(text: str, seg_start: int, n_start: int) -> tuple[list[tuple[int, int]], bool]:
    """Spans of the titles written before a name ("T1, T2, [rank] NAME"); and whether the name has context."""
    p = _patterns()
    context = False
    before: list[tuple[int, int]] = []
    parts = _before_parts(text, seg_start, n_start)
    for k in range(len(parts) - 1, -1, -1):
        a, b = parts[k]
        copula = _COPULA_BEFORE_TITLE.search(text, a, b) if k == len(parts) - 1 else None
        if copula and p["title"].match(text, copula.end()):
            a = copula.end()  # "Trưởng ban là đồng chí Chủ tịch UBND phường NAME": the title after "là" is the name's
        chunk = text[a:b]
        t = p["title"].search(chunk)
        if not t:
            if k == len(parts) - 1 and not p["strip_words"].sub("", chunk).strip():
                # "T1, T2, Trung tướng NAME" / "T1, T2, NAME": the rank or nothing stands between the
                # comma and the name; the titles before belong to the name.
                context = context or bool(chunk.strip())
                continue
            if k == len(parts) - 1 and p["tail_context"].search(chunk):
                context = True
            break
        # "tác phẩm "Bí thư chi bộ bản Mường" của tác giả NAME": a title inside a work's name; "Phía Bộ Tư lệnh ... có
        # Đại tá NAME": a clause, not a title, runs up to the name (whose own address still marks it: "cách chức Bí thư
        # Đảng ủy xã đối với ông NAME", "Chủ tịch UBND tỉnh và ông NAME")
        if _QUOTE_CLOSE.search(chunk, t.end()) or _clause_rx().search(chunk, t.end()):
            context = context or (k == len(parts) - 1 and bool(p["tail_context"].search(chunk)))
            break
        if _ON_BEHALF_OF.search(chunk, 0, t.start()):
            break  # "Thừa ủy quyền của Chủ tịch nước, ông NAME": the title is the principal's, not the name's
        context = True
        before.insert(0, (a + t.start(), b))
        if p["strip_words"].sub("", chunk[: t.start()]).strip():
            break
    if before and _JOINER_BEFORE_NAME.search(text, seg_start, n_start):
        return [], context  # "NAME1, T1 và NAME2": T1 is NAME1's; "và" joins the next person, who is named in a list
    return before, context


def find_persons(text: str, sentences: list[tuple[int, int]], extra_abbreviations=None) -> list[PersonMention]:
    """Person mentions in the normalised ``text``, sentence by sentence."""
    p = _patterns()
    quotes = _quoted_names_and_titles(text)
    out: list[PersonMention] = []
    for s_start, s_end in sentences:
        prev_end = s_start
        prev: PersonMention | None = None
        prev_plural = False
        for run in p["run"].finditer(text, s_start, s_end):
            run_text = _before_glued_title(text, run)
            ends_before = _what_ends_before(text, run.start(), run_text)
            span = _name_in_run(run_text, ends_before)
            if not span and (ends_before.place_noun or ends_before.border_post) and run_text != run.group(0):
                # a place's name cut at a title glued to it: a name may follow the title in the run
                span = _name_past_glued_title(run, len(run_text))
            if not span:
                span = _addressed_before_title(text, run, run_text) or _stage_name(text, run, run_text)
            if not span:
                continue
            n_start, n_end = run.start() + span[0], run.start() + span[1]
            if _opens_agency_name(text, n_start, n_end):
                continue
            name = _WS.sub(" ", text[n_start:n_end])
            if (
                name in _NOT_PERSONS
                or name in lexicon.countries()
                or _a_delegation(text, n_start, name)
                or _a_lunar_year(text, n_start, name)
                or any(a < n_start < b for a, b in quotes)
            ):
                continue
            mention = PersonMention(n_start, n_end, name)
            # Titles before the name.
            seg_start = max(
                prev_end, s_start, text.rfind(";", s_start, n_start) + 1, text.rfind(":", s_start, n_start) + 1
            )
            before, context = _titles_before(text, seg_start, n_start)
            plural = bool(p["plural"].search(text, seg_start, n_start))
            # Titles after the name.
            after, after_context = _titles_after(text, n_end, s_end, titled_before=bool(before))
            # (the post after the name given by an appointment or an election, read once for the two checks below)
            appointment = _appointed_to(text, n_end, s_end) if after else None
            appointed = appointment is not None
            if appointed and _one_syllable(name):
                continue  # "Ông Đức được bổ nhiệm giữ chức ...": a person named before, by the last syllable
            context = context or after_context
            # A shared title: "các đồng chí Phó Chủ tịch UBND tỉnh A, B".
            if (
                not before
                and not after
                and prev is not None
                and prev_plural
                and _next_in_list(text[_after_place_aside(text, prev.end) : n_start])
            ):
                mention.positions = list(prev.positions)
                mention.position_spans = list(prev.position_spans)
                context = True
                plural = True
            shared = _shared_title_before_colon(text, s_start, n_start)
            if not (context or shared or after) and _addressed_colon_list(text, s_start, n_start):
                # "Dự hội nghị có các đồng chí: A, B, C", "Các đồng chí lãnh đạo tỉnh: A, B": persons without titles
                context = plural = True
            if shared and not after:
                # "các đồng chí Phó Chủ tịch UBND tỉnh: A, B": the colon list's title is each name's (the names
                # after the first take it over the commas, as a plural address's title), a rank before each too
                # ("Các Phó Giám đốc Công an tỉnh: Đại tá A, Đại tá B")
                plural = True
            elif not context and not shared:
                continue
            for a, b, raw in [(a, b, text[a:b]) for a, b in ([shared] if shared else []) + before] + after:
                pos_text = _clean_position(raw, extra_abbreviations)
                if pos_text and p["title"].search(pos_text):
                    mention.positions.append(pos_text)
                    mention.position_spans.append((a, b))
            if appointment is not None and appointment.group("each"):
                # "A và B lần lượt được bầu giữ chức T1 và T2": the posts given in the order of the names
                _give_posts_respectively(text, out, mention, appointment.end(), s_end, extra_abbreviations)
            elif (appointed and (prev_plural or len(mention.positions) == 1)) or (
                prev_plural and after and _posts_given(text, mention)
            ):
                # ("Các ông A, B giữ chức ...", "Bà A và ông B được hiệp thương giữ chức Phó Chủ tịch ...": one post
                # given to the names listed before it, untitled, or titled in a plural list; "các đồng chí A, T1 và B,
                # T2 được bầu giữ chức T3": the post given after the last one's title too)
                _give_post_to_names_listed_before(text, out, mention, prev_plural)
            out.append(mention)
            prev, prev_plural = mention, plural
            prev_end = max([n_end] + [b for _, b, _ in after])
    _share_body_with_bare_titles(text, out)
    _merge_misspelt_names(out)
    _merge_given_names_of_minority_names(out)
    _drop_repeated_heads(out)
    return out


def _one_syllable(name: str) -> bool:
    """Whether ``name`` is one syllable, after a capitalised form of address ("Ông Đức")."""
    words = name.split()
    return len(words) - (words[0] in _CAPITALISED_ADDRESS) < 2


def _give_post_to_names_listed_before(
    text: str, found: list[PersonMention], last: PersonMention, plural: bool = False
) -> None:
    """ "Các ông A, B giữ chức Phó Chủ tịch ...": the post given after the last name of a plural list is every
    untitled name's of the list before it. In a plural list ("Các đồng chí A, Chủ tịch UBND huyện và B được bầu giữ
    chức Phó Bí thư Huyện ủy") a name with its own title after it is covered too: the title is what he holds, the
    post given is added to it."""
    given = _posts_given(text, last)
    # (the untitled names take all the last one's posts where the election follows his name right away, as they
    # always did; only the posts given where his own title stands between)
    right_after = _APPOINTED_TO.match(text, last.end) is not None
    untitled_take = list(zip(last.positions, last.position_spans, strict=True)) if right_after else given
    nxt = last
    for m in reversed(found):
        titled_after = plural and bool(m.positions) and m.position_spans[-1][0] >= m.end
        if (m.positions and not titled_after) or not _next_in_list(text[_end_of_titles(m) : nxt.start]):
            break
        for pos, span in given if titled_after else untitled_take:
            if pos not in m.positions:
                m.positions.append(pos)
                m.position_spans.append(span)
        nxt = m


def _posts_given(text: str, mention: PersonMention) -> list[tuple[str, tuple[int, int]]]:
    """The mention's posts written after an election or an appointment that follows its name ("NAME, T1 được bầu giữ
    chức T2": T2), with their spans."""
    return [
        (pos, span)
        for pos, span in zip(mention.positions, mention.position_spans, strict=True)
        if span[0] >= mention.end and _APPOINTMENT_IN_TITLE.search(text, mention.end, span[0])
    ]


# Between two posts given in the order of the names: a comma, "và", or both ("T1, T2 và T3")
_RESPECTIVE_JOINT = re.compile(r"[ \t]*(?:,[ \t]*)?(?:và[ \t]+)?")
_PART_END = re.compile(r"[,;]")


def _give_posts_respectively(
    text: str, found: list[PersonMention], last: PersonMention, posts_at: int, s_end: int, extra_abbreviations
) -> None:
    """ "Các đồng chí A và B lần lượt được bầu giữ chức Chủ tịch UBND huyện và Phó Bí thư Huyện ủy": "lần lượt"
    (respectively) pairs the posts listed after the election with the untitled names listed before it, in order (A
    Chủ tịch, B Phó Bí thư). Where the counts differ the pairing is unknown and no one takes a post from it."""
    names = [last]
    for m in reversed(found):
        if m.positions or not _next_in_list(text[m.end : names[0].start]):
            break
        names.insert(0, m)
    posts = _posts_listed(text, posts_at, s_end)
    kept = [(pos, span) for pos, span in zip(last.positions, last.position_spans, strict=True) if span[0] < posts_at]
    last.positions, last.position_spans = [pos for pos, _ in kept], [span for _, span in kept]
    if len(names) < 2 or len(names) != len(posts):
        return
    for m, (a, b) in zip(names, posts, strict=True):
        pos_text = _clean_position(text[a:b], extra_abbreviations)
        if pos_text:
            m.positions.append(pos_text)
            m.position_spans.append((a, b))


def _posts_listed(text: str, pos: int, s_end: int) -> list[tuple[int, int]]:
    """The spans of the titles listed from ``pos`` ("T1, T2 và T3"), each cut at its organisation."""
    posts: list[tuple[int, int]] = []
    title = _patterns()["title"]
    while pos < s_end and title.match(text, pos):
        part_end = _PART_END.search(text, pos, s_end)
        cut = _cut_title(text, pos, part_end.start() if part_end else s_end)
        if cut <= pos:
            break
        posts.append((pos, cut))
        joint = _RESPECTIVE_JOINT.match(text, cut, s_end)
        pos = joint.end() if joint else cut
    return posts


def _end_of_titles(mention: PersonMention) -> int:
    """Where a mention's name and the titles written after it end."""
    return max([mention.end] + [b for _, b in mention.position_spans])


# "A, Chủ tịch và đồng chí B, Phó Chủ tịch Hội CCB Việt Nam": the pair leads one body, named once after the second
_PAIR_JOINT = re.compile(rf"\s*,?\s*và\s+{_OPTIONAL_ADDRESS}", re.IGNORECASE)


@cache
def _title_heads() -> frozenset[str]:
    return frozenset(lexicon.titles())


def _share_body_with_bare_titles(text: str, persons: list[PersonMention]) -> None:
    """A person's last title given bare ("Chủ tịch"), then "và" and the next person with the same title or its deputy
    and a body ("Phó Chủ tịch Hội CCB Việt Nam"): the bare title is of that body too."""
    for p, q in pairwise(persons):
        if not p.positions or not q.positions or p.positions[-1] not in _title_heads():
            continue
        if not _PAIR_JOINT.fullmatch(text, p.position_spans[-1][1], q.start):
            continue
        bare, theirs = p.positions[-1], q.positions[0]
        head = next((h for h in (bare, "Phó " + bare) if theirs.startswith(h + " ")), None)
        if head is not None and q.position_spans[0][0] >= q.end:
            p.positions[-1] = bare + theirs[len(head) :]


_LIST_JOINER = re.compile(r"\s*(?:,\s*và|,|và)\s*")

# The place a person is from, in brackets or after a dash right after his name: provincial papers tell which district
# or province each holder of a shared title leads ("các đồng chí Bí thư Huyện ủy: Cầm Văn Đôi (Sông Mã), Lường Văn
# Phanh (Sốp Cộp)", "Lò Văn Mừng - Phong Thổ, Giàng A Chu - Sìn Hồ"); the place is no title and ends no list. A level
# word may open it ("(huyện Sông Mã)"); only a place the gazetteer knows is taken, so a body or a title after a dash
# ("A - Bí thư Huyện ủy") is read as before.
_PLACE_ASIDE = re.compile(
    rf"[ \t]*(?:\([ \t]*(?:{lexicon.LOCAL_LEVEL_RX}[ \t]+|tỉnh[ \t]+)?(?P<bracketed>{lexicon.CAP_SYL}(?:[ \t]+"
    rf"{lexicon.CAP_SYL}){{0,3}})[ \t]*\)|[-–][ \t]+(?P<dashed>{lexicon.CAP_SYL}(?:[ \t]+{lexicon.CAP_SYL}){{0,3}})"
    r"(?=[ \t]*(?:[,;.)\n]|và[ \t]|$)))"
)


def _after_place_aside(text: str, name_end: int) -> int:
    """Where a person's place written right after his name (``_PLACE_ASIDE``) ends, or ``name_end`` where none is."""
    aside = _PLACE_ASIDE.match(text, name_end)
    if aside and lexicon.is_place(aside.group("bracketed") or aside.group("dashed")):
        return aside.end()
    return name_end


def _next_in_list(gap: str) -> bool:
    """Whether ``gap`` joins two names of one list: a comma or "và", and at most a form of address or a rank after it
    ("A, B", "ông A, ông B", "Hòa thượng Thích A, Thượng tọa Thích B")."""
    m = _LIST_JOINER.match(gap)
    return m is not None and not _patterns()["strip_words"].sub("", gap[m.end() :]).strip()


# "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A - T1; B - T2": the title before the colon is everyone's.
# ("các Phó Tổng Giám đốc: A, B, C": "các" before the title is the plural address; so is a count: "2 Phó Chủ tịch
# HĐND tỉnh là A và B")
_PLURAL_ADDRESS_END = re.compile(rf"(?<![\w])(?:các|hai|ba|bốn|năm|\d{{1,2}})\s+{_OPTIONAL_ADDRESS}$", re.IGNORECASE)
# What opens the list after the shared title: a colon, "gồm" or "là" ("Các Phó Chủ tịch UBND tỉnh gồm: A, B", "có Phó
# Chủ tịch UBND tỉnh là ông A"; after "là" one name may stand alone, without a plural address)
_LIST_MARKER = re.compile(r":|(?<![\w])(?:(?:bao\s+)?gồm|(?P<copula>là))(?![\w])\s*:?")


def _shared_title_before_colon(text: str, s_start: int, n_start: int) -> tuple[int, int] | None:
    """Span of a title shared by a colon list the name stands in, or None."""
    markers = list(_LIST_MARKER.finditer(text, s_start, n_start))
    if not markers:
        return None
    marker = markers[-1]
    colon = len(text[: marker.start()].rstrip(" ,"))  # ("Các Phó Giám đốc Công an tỉnh, gồm: A, B")
    semicolon = text.rfind(";", marker.end(), n_start)
    if semicolon >= 0 and (
        _bare_names_before(text, marker.end(), semicolon)
        or _bare_names_before(text, marker.end(), text.find(";", marker.end(), n_start))
    ):
        # "các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: A, B; đồng chí C, Bí thư Tỉnh đoàn": bare names apart by commas,
        # so the semicolon ends the list and opens the next entry of the sentence's list (items with titles of their
        # own, "...: A, Bí thư ...; B, Chủ tịch ...", set apart by semicolons, go on); the first semicolon after bare
        # names ends it whatever entries follow, one with its post in brackets too ("...: A, B; ông C (Giám đốc Đài
        # PT-TH tỉnh); Đại tá D, Phó Chỉ huy trưởng ...": D is no Phó Tổng Biên tập)
        return None
    item_start = max(marker.end() - 1, semicolon) + 1
    if _patterns()["strip_words"].sub("", text[item_start:n_start]).strip():
        return None  # the name does not open an item of the list
    head_from = max(s_start, text.rfind(";", s_start, colon) + 1, text.rfind(",", s_start, colon) + 1)
    # (the title the plural address opens, not another person's before it: "ông A, Thứ trưởng Bộ X và các Bí thư
    # T.Ư Đoàn: anh B, ...")
    t = next(
        (
            t
            for t in _patterns()["title"].finditer(text, head_from, colon)
            if marker.group("copula") or _PLURAL_ADDRESS_END.search(text, max(s_start, t.start() - 20), t.start())
        ),
        None,
    )
    if not t:
        return None
    if _name_start(text, t.start(), colon) is not None:
        return None
    if marker.group("copula") and _WS.sub(" ", text[t.start() : colon]).strip() in _title_heads():
        return None  # "Trưởng ban là ông A, Chủ tịch UBND huyện": a bare head given by "là" is a role, no post
    return t.start(), colon


def _bare_names_before(text: str, start: int, semicolon: int) -> bool:
    """Whether ``text[start:semicolon]`` holds names set apart by commas and no title: a colon list's items."""
    return "," in text[start:semicolon] and not _patterns()["title"].search(text, start, semicolon)


# A plural address before the colon that opens a list of names ("các đồng chí:", "các đồng chí lãnh đạo tỉnh:")
_PLURAL_ADDRESS = re.compile(
    rf"(?<![\w])(?:các|{lexicon.COUNT_RX})\s+(?:{lexicon.COMRADE}|ông|bà|vị|em|cháu|{_LABELS})(?![\w])", re.IGNORECASE
)
ADDRESSED_LIST_WINDOW = 50  # before the colon: the plural address and the words that place the persons
_COPULA_OPENING_A_LIST = re.compile(r"(?<![\w])là(?=\s)")


def _addressed_colon_list(text: str, s_start: int, n_start: int) -> bool:
    """Whether the name at ``n_start`` opens an item of a colon list that a plural address heads (or of a list
    opened by "là": "3 người có uy tín là A, B và C")."""
    colon = text.rfind(":", s_start, n_start)
    opener_end = colon + 1
    copula = next(reversed(list(_COPULA_OPENING_A_LIST.finditer(text, max(s_start, n_start - 400), n_start))), None)
    if copula is not None and copula.start() > colon:
        colon, opener_end = copula.start(), copula.end()
    if colon < 0:
        return False
    item_start = max(opener_end, text.rfind(";", colon, n_start) + 1, text.rfind(",", colon, n_start) + 1)
    if _patterns()["strip_words"].sub("", text[item_start:n_start]).strip():
        return False
    head = _PLURAL_ADDRESS.search(text, max(s_start, colon - ADDRESSED_LIST_WINDOW), colon)
    return head is not None and _name_start(text, head.end(), colon) is None


def _merge_misspelt_names(mentions: list[PersonMention]) -> None:
    """Two spellings of one name that differ only in their marks and share a position are one person
    mistyped: both mentions take the spelling written most often (the first one on a tie)."""
    by_letters: dict[str, list[PersonMention]] = {}
    for m in mentions:
        by_letters.setdefault(bare_letters(m.name), []).append(m)
    for group in by_letters.values():
        names = [m.name for m in group]
        if len(set(names)) < 2:
            continue
        kept = max(dict.fromkeys(names), key=names.count)
        kept_positions = {x.casefold() for m in group if m.name == kept for x in m.positions}
        for m in group:
            if m.name != kept and kept_positions & {x.casefold() for x in m.positions}:
                m.name = kept


def _merge_given_names_of_minority_names(mentions: list[PersonMention]) -> None:
    """An Ê Đê or Gia Rai name told again by its given name, the words before the family name ("ông Y Ngông" after "Y
    Ngông Niê", "bà H'Yim" after "H'Yim Kđoh"): the one person the article names in full, where it names one so."""
    names = {m.name for m in mentions}
    for m in mentions:
        if not (m.name.startswith("Y ") or m.name.startswith("H'")):
            continue
        fuller = [n for n in names if n.startswith(m.name + " ")]
        if len(fuller) == 1:
            m.name = fuller[0]


def _drop_repeated_heads(mentions: list[PersonMention]) -> None:
    """A bare title repeated with the name later on ("Bộ trưởng Tô Lâm" after "Tô Lâm, Bộ trưởng Bộ Công
    an") adds nothing: a bare title head that begins another position of the same person is dropped."""
    title = _patterns()["title"]
    full: dict[str, set[str]] = {}
    for m in mentions:
        full.setdefault(m.name, set()).update(x.casefold() for x in m.positions)
    for m in mentions:
        longer = full[m.name]
        keep = [
            i
            for i, x in enumerate(m.positions)
            if not (title.fullmatch(x) and any(y.startswith(x.casefold() + " ") for y in longer))
        ]
        m.positions = [m.positions[i] for i in keep]
        m.position_spans = [m.position_spans[i] for i in keep]
