"""Agencies of the Party, State, armed forces, police and Front, by grammar.

An agency name is ``[unit ...] core [attachment]``:

* unit: a sub-body (Ban Dân vận, Ban Thường trực, Văn phòng, Ban cán sự Đảng, Đảng ủy ...), and
  before a mass organisation the central marker "Trung ương" ("Trung ương Hội Nông dân Việt Nam");
* core: a body (Công an, Ủy ban nhân dân, Hội Nông dân, Sở Tư pháp ...), a committee
  word (Tỉnh ủy, Huyện ủy ...), a named body (Báo Ấp Bắc, Đồn Biên phòng Lò Gò) or a
  complete name (Bộ Chính trị, Quân khu 7);
* attachment: a committee word, or a level word (tỉnh, huyện, xã, đặc khu, Trung ương ...) with an
  optional place name (a province, or one to three capitalised syllables on the same line that are
  not a person's name), or a province name.  Central bodies ("Bộ Tư lệnh Cảnh sát biển", "Quân khu 4")
  are complete names and never take a level word.

Lists that share a level ("Công an, Bộ Chỉ huy Quân sự và Bộ Chỉ huy Bộ đội Biên phòng
tỉnh") or a head ("Công an các quận 3, 4, 5") are spread over their members.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from phoihop.extract import lexicon, sentence_openers
from phoihop.extract.grouped_alternation import grouped_alternation, is_one_branch
from phoihop.extract.normalize import fold_tones
from phoihop.extract.scans import OpeningWith, WordStartScan, characters_never_taken, collector_paused
from phoihop.text import WS as _WS

# The level words as canonical names and keys write them (lower case, one space), for patterns over those
LEVEL_WORDS = r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"
# "TP.Hồ Chí Minh": the abbreviation may touch the place. ("xã hội", society, is no commune: "Bảo hiểm xã hội")
# ("UBND P. Khuê Trung", "Công an Q. 3": a ward's and an urban district's level word by its initial and a dot)
LEVEL = r"(?:TP\.(?=\w)|(?-i:[PQ])\.(?=[ ]?(?-i:[A-ZĐ\d]))|(?:thành\s+phố|TP\.?|thị\s+xã|thị\s+trấn|tỉnh|huyện|quận|xã(?!\s+(?-i:hội))|phường|đặc\s+khu|Trung\s+ương|TW|TƯ|T\.Ư)(?![\w]))"
# Words that start the next name, not a place ("Đoàn Thanh niên", "Liên đoàn", "Thường trực"); the
# look-aheads keep place names such as "Đoàn Kết", "Ngọc Liên", "Thường Xuân".
# "Hội" opens an association ("Hội Nông dân", "Hội đồng"), except where it opens a district's name ("Thành ủy
# Hội An") or ends a place's name before a comma or a lower-case word ("phường An Hội, ...", "Khánh Hội và").
_HOI_PLACES = "|".join(sorted((n[4:] for n in lexicon.district_names() if n.startswith("Hội ")), key=len, reverse=True))
_PLACE_STOP = (
    r"Ban|Bộ|Sở|Hội(?=\s+(?:(?-i:"
    + lexicon.UPPER_CLASS
    + r")|đồng(?![\w])))"
    + (rf"(?!\s+(?:{_HOI_PLACES})(?![\w]))" if _HOI_PLACES else "")
    + r"|Công\s+an|Ủy\s+ban|Đoàn(?=\s+(?:[Tt]hanh|TN|Đại|Luật))|Liên(?=\s+(?:đoàn|hiệp|minh))|"
    + sentence_openers.TITLE_WORDS
    + r"|Chính\s+ủy|Chính\s+phủ|Thường(?=\s+(?:trực|vụ))|Đảng|Đài(?=\s+(?-i:[A-ZĐ]))|Báo|Đồn(?=\s+(?:Biên|BP))|Mặt\s+trận|Văn\s+phòng|"
    r"(?:Tỉnh|Huyện|Quận|Thị|Thành)\s+(?:ủy|đoàn|phố|xã|trấn)|Xã|Phường|Ngày|Cùng|Các|Và|Với|"
    # the words that open the next sentence where a page lost the line break after a caption that names a body
    # without a place ("... Ủy ban MTTQ Việt Nam huyện Quy chế phối hợp được xây dựng ...")
    + sentence_openers.CLAUSE_WORDS
    + "|"
    + sentence_openers.TIME_WORDS
    + "|"
    + sentence_openers.DOCUMENT_WORDS
    + r"|Nghị\s+quyết|Sau|Dự|Tham\s+dự|(?:Hai|Ba)(?=\s+(?-i:"
    + lexicon.LOWER_CLASS
    + r"))"
)
# A number before a level word counts places ("Huyện ủy 4 huyện biên giới"); it is no numbered ward. A level word
# with a number of its own after it is the district of a numbered ward ("phường 1 quận 4").
_NOT_COUNTED = r"(?!\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đơn\s+vị|cấp)(?![\w])(?!\s+\d))"
# Middle names that mark a person's name after a surname ("Nguyễn Văn Bình" is not a place).
_MIDDLE = (
    r"Văn|Thị|Hữu|Đức|Đình|Công|Quốc|Minh|Ngọc|Xuân|Hồng|Thanh|Trọng|Quang|Bá|Tấn|Tiến|Mạnh|Kim|Thế|"
    r"Duy|Huy|Khắc|Phước|Phúc|Như|Hoàng|Anh|Viết|Trung|Sỹ|Sĩ|Ngọc|Thành|Chí|Hải|Nam"
)
# "Trung ương Hội Cựu chiến binh Việt Nam", "TW Hội LHPN Việt Nam": the central body of a mass organisation.
# (an association's short form too: "Trung ương HND Việt Nam", "TW HLHPN Việt Nam")
# (the Centre by its initials with a dot too: "T.Ư Hội Cựu chiến binh Việt Nam")
_CENTRE = r"(?:Trung\s+ương|TW|TƯ|T\.Ư)"
_CENTRAL_PREFIX = (
    rf"(?:{_CENTRE}\s+(?=(?:Hội|Giáo\s+hội|Liên\s+đoàn|Đoàn\s+(?:TNCS|Thanh\s+niên)|(?-i:H[A-ZĐ]{{2,5}}))(?![\w])))"
)
_CENTRAL_RX = re.compile(rf"(?:^|\s){_CENTRE}\s*$")

# Level words and qualifiers of a listed head, without groups (for the look-ahead of grammar()["listed"]).
_ONE_LEVEL_RX = (
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)"
    r"(?:\s*(?:,|/|và)\s*(?:tỉnh|thành\s+phố|thành|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu))*(?![\w])"
)
_QUALIFIERS_RX = (
    r"(?:\s+(?:trực\s+thuộc\s+(?:Trung\s+ương|TW|TƯ)|(?!(?:gồm|bao|là|và|với|cùng|của)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}+)(?![\w]))){{0,4}}"
)

# The staff offices of a command or a police force ("Phòng Hậu cần - Kỹ thuật" keeps its own dash).
_STAFF_OFFICE = (
    r"(?:Chính\s+trị|Tham\s+mưu|Hậu\s+cần(?:\s*-\s*Kỹ\s+thuật|(?!\s*-\s*Kỹ))|Kỹ\s+thuật|"
    r"Công\s+tác\s+[Cc]hính\s+trị|Tổ\s+chức\s+cán\s+bộ)"
)
# Synonyms written in the news for one body; the right-hand side is the name kept.
_SYNONYMS = [
    (re.compile(r"^Ban\s+Giám\s+đốc\s+", re.I), ""),
    (re.compile(r"(?<![\w])PT\s*-\s*TH(?![\w])"), "Phát thanh - Truyền hình"),  # "Đài PT- TH": the spacing varies
    # "Phòng Chính trị - Bộ CHQS tỉnh": the dash only sets the parent off; the name is the office of the parent.
    (re.compile(rf"^(Phòng\s+{_STAFF_OFFICE})\s+-\s+(?=[A-ZĐ])"), r"\1 "),
    (re.compile(r"\bBan\s+CH\s+(?=Phòng\s+thủ|Quân\s+sự|Bộ\s+đội)"), "Ban Chỉ huy "),
    (re.compile(r"(?<=\s)các\s+(?=(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+ủy|tỉnh|huyện|quận|xã|phường)", re.I), ""),
    (re.compile(r"(?<=\s)P\.\s*(?=[A-ZĐ\d])"), "phường "),
    (re.compile(r"(?<=\s)Q\.\s*(?=[A-ZĐ\d])"), "quận "),
    # "Sư đoàn BB5": the infantry's letters before the number
    (re.compile(r"^((?:Sư|Lữ|Trung|Tiểu)\s+đoàn)\s+BB\s*(?=\d)"), r"\1 Bộ binh "),
]


@dataclass
class AgencyMention:
    start: int
    end: int
    text: str
    canonical: str
    sector: str
    has_level: bool
    in_title: bool = False
    is_location: bool = False
    signer: bool = False  # named in the title of a person who signs (an actor after all)
    core_role: str = ""
    core: str = ""
    pre: str = ""
    att: str = ""
    listed: bool = False  # one member of a spread list ("Huyện ủy A, B": the "B"); never spread again
    listed_with_committee: bool = False  # an organ named by the committee after its list ("Ban X, Ban Y của Tỉnh ủy")


def _as_list_member(a: AgencyMention, start: int, end: int, canonical: str, att: str, *, text: str) -> AgencyMention:
    """``a`` as one member of a spread list ("Huyện ủy A, B": the "B"): the member's span, name and place, with
    a level, never spread again; a member is no signer by title nor an organ named by a committee after it."""
    return replace(
        a,
        start=start,
        end=end,
        text=text,
        canonical=canonical,
        has_level=True,
        att=att,
        listed=True,
        signer=False,
        listed_with_committee=False,
    )


def _first_word(regex: str) -> str:
    """The literal word a head starts with ("(?-i:CATP)" -> "CATP"), for the fast look-ahead."""
    word = re.match(r"[^\s\\(?|)\[]+", re.sub(r"^\(\?-i:", "", regex))
    assert word is not None, regex  # every head in agency_heads.tsv starts with a literal word
    return word.group(0)


def _named_branch(regex: str, name: str) -> str:
    """``regex`` as a branch that sets ``m.lastgroup`` to ``name`` when it matches (it holds no group of its own)."""
    return f"{regex}(?P<{name}>)" if is_one_branch(regex) else f"(?P<{name}>{regex})"


def _fragment(regex: str) -> str:
    return regex.replace(" ", r"\s+")


@cache
def grammar() -> dict:
    """Compiled patterns and the head table, built once from the lexicons."""
    with collector_paused():
        return _grammar()


def _grammar() -> dict:
    heads = lexicon.agency_heads()
    by_role: dict[str, list[tuple[str, str]]] = {}
    for rx, sector, role in heads:
        by_role.setdefault(role, []).append((rx, sector))

    def alt(role):
        items = sorted(by_role.get(role, []), key=lambda r: -len(r[0]))
        return "(?:" + grouped_alternation([_fragment(r) for r, _ in items]) + ")"

    provinces = lexicon.province_regex()
    cap = lexicon.CAP_SYL
    place_syl = rf"(?!(?:{_PLACE_STOP})(?![\w]))(?-i:{cap})"
    # A place is a province, a numbered ward/district, or one to three capitalised syllables ("Gio Linh",
    # "Ngũ Hành Sơn", "Hòa Cường Bắc") on one line that do not run on into more capitalised words and
    # do not look like a person's name ("UBND tỉnh Nguyễn Văn A": surname + middle name).
    surname = "(?:" + "|".join(sorted(lexicon.surnames(), key=len, reverse=True)) + ")"
    not_person = rf"(?!(?-i:{surname})[ ]+(?-i:{_MIDDLE})[ ]+(?-i:{cap}))"
    place = (
        rf"(?:{provinces}(?![\w])|HCM(?![\w])|(?:Quận|Phường|quận|phường)\s+\d{{1,2}}(?![\w])|"
        rf"\d{{1,2}}[A-Z]?(?![\w/.,]\d){_NOT_COUNTED}|{not_person}{place_syl}(?:[ ]+{place_syl}){{0,2}}(?![ ]+{cap}))"
    )
    depts = [d for d in lexicon.departments() if d not in ("Quốc phòng", "Công an")]
    dept = lexicon.department_regex(depts)
    committee = alt("committee") + r"(?!\s+viên)"
    # A body may carry the national name of its organisation ("Hội Luật gia Việt Nam tỉnh X", "Liên minh Hợp tác xã
    # Việt Nam").
    body = (
        "(?:(?:"
        + alt("body")
        + rf")(?:\s+{_NATIONAL})?|Sở\s+{dept}(?![\w])|Bộ\s+{dept}(?![\w])|Phòng\s+{dept}(?![\w]))"
    )
    # The look-aheads make the big alternation fail fast where no capitalised word starts, or where
    # the word is not the first word of any head (most capitalised words are names and places).
    # (every head in agency_heads.tsv starts with a literal word)
    firsts = sorted(
        {_first_word(rx) for rx, _, _ in heads} | {"Sở", "Bộ", "Phòng", "Trung", "TW", "TƯ", "T.Ư"},
        key=len,
        reverse=True,
    )
    first_word = "(?:" + grouped_alternation([re.escape(w) for w in firsts]) + ")"
    # A named body takes a place, or the numbered area of a regional branch of 2025 ("Chi cục Hải quan khu vực II").
    # A name of two places joined by a dash is one name ("Vườn quốc gia Phia Oắc - Phia Đén") unless the words after
    # the dash open another body ("Sư đoàn BB5 - Sở ...") or run on into more capitalised words.
    two_places = rf"(?:\s*-\s*(?!{first_word}(?![\w])){place_syl}(?:[ ]+{place_syl}){{0,2}}(?![ ]+(?-i:{cap})))?"
    # (a name may end with its number, "Trại giam Kênh 7", or be one, "Trại giam số 5"; not a count after it: "Đồn
    # Biên phòng Lò Gò 15 năm qua")
    name_number = r"\d{1,3}(?![\w/.,:]|\s+(?:năm|tháng|ngày|giờ|người|đồng\s+chí|cán\s+bộ|lượt|hộ|km|ha|xã|thôn|đơn\s+vị)(?![\w]))"
    named = (
        "(?:"
        + alt("named")
        + rf")\s+(?:{provinces}(?![\w])|{LEVEL}(?:[ ]+{place})?|{_NUMBERED_AREA}|số[ ]+{name_number}|"
        + rf"{place_syl}(?:[ ]+{place_syl}){{0,2}}(?:[ ]+{name_number})?"
        + two_places
        + ")"
    )
    # Post-2025 area defence commands: "Ban Chỉ huy Phòng thủ khu vực 1 - Hải Hà", "Ban CH PTKV 2 - Đông Triều"
    ptkv = (
        rf"(?:Ban\s+(?:Chỉ\s+huy|CH)|(?-i:BCH))\s+(?:Phòng\s+thủ\s+khu\s+vực|PTKV)(?:\s+\d{{1,2}})?"
        rf"(?:\s*-\s*{place_syl}(?:\s+{place_syl}){{0,2}})?"
    )
    standalone = "(?:" + ptkv + "|" + alt("standalone") + ")"
    unit = alt("unit")
    # A place never starts on the next line (a headline ending "... Đảng ủy xã" then "Thực hiện ...").
    # The regional courts and procuracies of 2025: "Tòa án nhân dân khu vực 3 - Huế", "Viện KSQS khu vực 52".
    # A tax or customs branch may name its area by a place instead ("Chi cục Thuế khu vực Kon Tum - Đăk Hà").
    area = (
        rf"khu\s+vực\s+(?:(?:\d{{1,2}}|[IVX]{{1,4}})(?![\w])|(?=(?-i:{cap})){place_syl}(?:[ ]+{place_syl}){{0,2}})"
        # (the province's whole name where it holds a dash: "khu vực 9 - Bà Rịa - Vũng Tàu"; a province without the dash:
        # "Viện kiểm sát nhân dân khu vực 2 Khánh Hòa")
        rf"(?:\s*-\s*(?:TP\.?\s*)?(?:{provinces}(?![\w])|{place_syl}(?:[ ]+{place_syl}){{0,2}})|[ ]+(?:{provinces})(?![\w]))?"
    )
    # The cells of a hamlet or a residential block are named after it: "Chi đoàn ấp 5", "Chi bộ thôn Nà Hang".
    hamlet = rf"(?:ấp|thôn|bản|khu\s+phố|tổ\s+dân\s+phố)[ ]+{place}"
    # "Công an TPHCM": the city's short form glued to its level word.
    # A border command at a gate or a port is named after it: "Ban Chỉ huy BĐBP Cửa khẩu cảng Quy Nhơn".
    gate = rf"(?-i:[Cc])ửa\s+khẩu(?:\s+(?:cảng|[Qq]uốc\s+tế))?[ ]+{place}"
    attach = (
        rf"(?:{committee}(?:[ ]+(?:TP\.?[ ]*)?{place})?|{area}|(?-i:TPHCM)(?![\w])|{LEVEL}(?:[ ]*{place})?|{hamlet}|"
        rf"{gate}|{provinces}(?![\w]))"
    )
    # (read both at capitals, as "agency" below, and at lower-case heads; compiled once: see scans.OpeningWith)
    agency_any_case = re.compile(
        rf"(?<![\w])(?={first_word})(?P<pre>(?:{unit}\s+(?:các\s+)?)*{_CENTRAL_PREFIX}?)(?P<core>{standalone}|{named}|{body}|{committee}(?:[ ]+(?:TP\.?[ ]*)?{place})?|{unit})(?![\w])"
        rf"(?:\s+(?P<att>{attach}))?(?![\w])",
        re.IGNORECASE,
    )
    # "Công an các quận 3, 4, 5, Phú Nhuận" / "... cùng thành phố Thủ Đức"
    item = rf"(?:{LEVEL}\s+)?{place}"
    spread = re.compile(
        rf"(?=(?-i:{lexicon.UPPER_CLASS}))(?<![\w])(?={first_word})(?P<core>{body})\s+các\s+(?P<lvl>{LEVEL})\s+(?P<items>{place}(?:\s*(?:,|và|cùng)\s*{item})+)",
        re.IGNORECASE,
    )
    unit_rx = re.compile(rf"{unit}(?:\s+các)?\s*", re.IGNORECASE)
    # "làm Khối trưởng, Phòng X": the leader of an emulation bloc or cluster is a role of a body, not a person's title;
    # "của Ban Bí thư, Công an tỉnh ...": the Secretariat's name holds the title word; so does the delegation's,
    # "Đoàn đại biểu Quốc hội tỉnh, Thường trực HĐND tỉnh ..."
    title_before = re.compile(
        rf"(?={lexicon.title_initials()})(?<![\w])(?<!Khối )(?<!Cụm )(?<!Đoàn )(?!(?<=Ban )Bí\s+thư)(?:{lexicon.alternation(lexicon.titles())})(?:\s+(?!(?:và|với|cùng|của|tại)\s)(?-i:{lexicon.LOWER_CLASS}+)|\s+Thường\s+trực){{0,2}}[\s,]*$",
        re.IGNORECASE,
    )
    # (each head's pattern text, read only as a branch of any_sector: compiling the 316 of them alone cost ~55 ms)
    sectors = [
        (_fragment(rx) + ("" if role in ("named", "committee") else r"$"), sector, role) for rx, sector, role in heads
    ]
    # The same heads as one alternation, tried in order: the branch that matches names the first head of the table
    # that matches (one regex call instead of one per head). The empty group that names it closes the branch, so
    # that the branch opens with the head's letters and the branches can be grouped by them.
    any_sector = re.compile(
        grouped_alternation([_named_branch(rx, f"h{i}") for i, (rx, _, _) in enumerate(sectors)]),
        re.IGNORECASE,
    )
    level_rx = re.compile(LEVEL, re.IGNORECASE)
    item_rx = re.compile(rf"(?P<lvl>{LEVEL}\s+)?(?P<place>{place})", re.IGNORECASE)
    # The spread pattern needs "các <level>"; most texts have none, so look for that first (opening with the c
    # lets the engine skip to the next one in C: "(?-i:[cC])(?<![\w].)ác" is "(?<![\w])các").
    cac_level = re.compile(rf"(?-i:[cC])(?<![\w].)ác\s+{LEVEL}", re.IGNORECASE)
    # A head before a counted or listed level ("Cảng vụ Hàng hải các tỉnh, thành: A, B", "Công an các phường: A, B")
    # (a lower-case head is kept only where a count or a list marker makes the list certain: see _add_listed_heads)
    listed_any_case = re.compile(
        rf"(?<![\w])(?={first_word})(?P<pre>(?:{unit}\s+)*)(?P<core>{alt('named')}|{body}|{committee}|Đảng\s+ủy)"
        rf"(?=\s+(?:của\s+(?=các\s))?(?:các|\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+{LEVEL}|\s*:\s*(?-i:{lexicon.UPPER_CLASS})"
        rf"|\s+{_ONE_LEVEL_RX}{_QUALIFIERS_RX}\s*,?\s*(?:(?:bao\s+)?gồm|là|:))",
        re.IGNORECASE,
    )
    place_after_level = re.compile(rf"{LEVEL}\s*{place}", re.IGNORECASE)
    # "... thành phố Long Xuyên và các huyện Phú Tân, Châu Thành": places of another level listed after a placed body
    second_level_list = re.compile(
        rf"\s*,?\s*(?:và|cùng)\s+các\s+(?P<lvl>{LEVEL})\s+(?P<items>{place}(?:\s*(?:,|và|cùng)\s*{item})*)",
        re.IGNORECASE,
    )
    # "Phòng An ninh kinh tế Công an 7 tỉnh, thành phố": a unit of a body named for a counted set of places.
    unit_of_counted = re.compile(
        rf"(?=(?-i:{lexicon.UPPER_CLASS}))(?<![\w])(?={first_word})(?P<unit>{unit}|{body})\s+(?P<core>{body})"
        rf"\s+(?P<count>các|\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?P<lvl>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])",
        re.IGNORECASE,
    )
    # "Bộ Chỉ huy BĐBP 3 tỉnh" with no places after it: a counted head that may refer back to listed places.
    counted_head = re.compile(
        rf"(?=(?-i:{lexicon.UPPER_CLASS}))(?<![\w])(?={first_word})(?P<head>(?:{unit}\s+)*(?:{body}|{committee}))"
        rf"\s+(?P<count>\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?P<lvl>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])",
        re.IGNORECASE,
    )
    # The two patterns at capitals: a capital look-ahead before the look-behind is the look-ahead after it.
    agency = OpeningWith(agency_any_case, lexicon.UPPER_CLASS)
    listed = OpeningWith(listed_any_case, lexicon.UPPER_CLASS)
    # Where the patterns above that open with the head-start look-aheads (a capital, no letter before, the first
    # word of a head) can match, found in one pass per text (see _head_scan). It opens with the capital itself,
    # which lets the engine skip to the next capital in C; the look-behinds then check the place it starts.
    head_start = re.compile(rf"(?-i:{lexicon.UPPER_CLASS})(?<![\w].)(?<=(?={first_word}).)", re.IGNORECASE)
    return dict(
        any_sector=any_sector,
        counted_head=counted_head,
        listed_any_case=listed_any_case,
        unit_of_counted=unit_of_counted,
        agency=agency,
        agency_any_case=agency_any_case,
        spread=spread,
        place_after_level=place_after_level,
        second_level_list=second_level_list,
        listed=listed,
        cac_level=cac_level,
        unit=unit_rx,
        title_before=title_before,
        sectors=sectors,
        level=level_rx,
        item=item_rx,
        place=re.compile(place),
        committee=re.compile(committee, re.I),
        head_start=head_start,
    )


_NATIONAL = r"Việt\s+Nam(?![\w])"
_NUMBERED_AREA = r"khu\s+vực\s+(?:\d{1,2}|[IVX]{1,4})(?![\w])"
_NATIONAL_END = re.compile(r"\s+Việt Nam$")


@lru_cache(maxsize=4096)
def _head_info(text: str) -> tuple[str, str]:
    """(sector, role) of a unit or core text (a body's national name is no part of its head)."""
    t = _WS.sub(" ", text.strip())
    g = grammar()
    m = g["any_sector"].match(t) or g["any_sector"].match(_NATIONAL_END.sub("", t))
    if m:
        _, sector, role = g["sectors"][int(m.lastgroup[1:])]
        return sector, role
    if re.match(r"(?:Ban\s+(?:Chỉ\s+huy|CH)|BCH)\s+(?:Phòng|PTKV)", t, re.I):
        return "military", "standalone"
    if re.match(r"Sở\b", t, re.I):
        return "state", "body"
    if re.match(r"Bộ\b", t, re.I):
        return "state", "body"
    return "state", "body"


# "Ban Chỉ đạo 138 huyện": a steering committee named by the number of the programme it runs.
_NUMBERED_STEERING = re.compile(r"Ban Chỉ đạo \d{2,3}", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _sector(pre: str, core: str) -> tuple[str, str]:
    g = grammar()
    sectors = []
    pos = 0
    named = pre + core  # a unit may look ahead at the body it belongs to ("Đoàn Thanh niên Công an")
    while pos < len(pre):
        m = g["unit"].match(named, pos, len(pre) + len(core))
        if not m or m.end() == pos:
            break
        unit_text = re.sub(r"\s+các\s*$", "", m.group(0)).strip()
        sectors.append(_head_info(unit_text)[0])
        pos = m.end()
    core_sector, role = _head_info(core)
    if not pre and _NUMBERED_STEERING.fullmatch(_WS.sub(" ", core)):
        return "state", role  # named with its level, not with a Party committee: it runs a State programme
    for s in sectors:
        if s != "inherit":
            return s, role
    if core_sector == "inherit":
        return "party", role
    return core_sector, role


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
    if "-" in s:
        s = _DASH.sub(" - ", s)
    s = _WS.sub(" ", s).strip()
    return s[:1].upper() + s[1:]  # a head printed in lower case ("5 hạt kiểm lâm khu vực A, B") opens the name


_DASH = re.compile(r"\s*-\s*")


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


@lru_cache(maxsize=1)
def _head_starts(text: str) -> tuple[int, ...]:
    """The places in ``text`` where an agency head may start (read once per text by the scans of find_agencies)."""
    return tuple(m.start() for m in grammar()["head_start"].finditer(text))


def _head_scan(rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern that opens with the head-start look-aheads, tried only where a head may
    start: a scan that tries every character costs several times more, and four patterns scan each text."""
    end = 0
    for pos in _head_starts(text):
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                end = m.end()
                yield m


# An organisation noun printed in lower case before the capitalised rest of a name ("phòng Tư pháp quận", "trường
# Quân sự tỉnh", "cục Thuế tỉnh"): the name all the same (pages lower-case heads inside sentences and lists). The
# nouns are those that head nothing but a body when a capitalised word follows them ("hội" does: "Đại hội Đảng bộ",
# "Ngày hội Quốc phòng toàn dân"); a short form after the noun is a kind in general ("viện KSND các khu vực").
_LOWER_HEAD_NOUNS = (
    "tổng cục",
    "phòng",
    "sở",
    "ban",
    "trường",
    "cục",
    "chi cục",
    "đội",
    "viện",
    "trung tâm",
    "học viện",
    "bệnh viện",
    "hạt",
    "đồn",
    "ủy ban",
    "tòa án",
    "vườn quốc gia",
    "kiểm toán",
    "công đoàn",
    # a youth union's base or cell in lower case before its unit ("đoàn cơ sở Hải đội 322", "chi đoàn Đồn Biên phòng X")
    "đoàn cơ sở",
    "chi đoàn",
)
# Party committee words that take a place but no level word ("Huyện ủy Đakrông"), with the level they serve;
# "Đảng ủy" takes the level word too ("Đảng ủy xã Ia Nan").
_COMMITTEE_LEVEL = {
    "huyện ủy": "huyện",
    "thành ủy": "thành phố",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
    "tỉnh ủy": "tỉnh",
}
# a party committee in lower case ("huyện ủy Đakrông", "thành ủy Hội An")
_LOWER_COMMITTEES = tuple(_COMMITTEE_LEVEL)


def _opening_with_a_letter(words, not_after: str = "") -> str:
    """An alternation of lower-case words in which each branch opens by consuming its first letter and checks the
    character before it after it ("p(?<![\\w].)hòng" is "(?<![\\w])phòng"), so that the engine skips in C to the
    next letter a branch can start with instead of trying a look-behind at every character. ``not_after``: text
    that may not stand right before a word (checked the same way)."""
    before = r"(?<![\w].)" + (rf"(?<!{re.escape(not_after)}.)" if not_after else "")
    return "(?:" + "|".join(re.escape(w[0]) + before + w[1:].replace(" ", r"\s+") for w in words) + ")"


# (a standing body of a council or a committee before its short form: "thường trực HĐND và UBND tỉnh"; a ministry
# in lower case, "bộ Nông nghiệp và Phát triển nông thôn", not the "bộ" of "cán bộ", "toàn bộ", "đồng bộ"; a ministry's,
# a department's or a committee's short form after "bộ" / "sở" / "ủy ban": "sở GD & ĐT Hà Nội", "ủy ban MTTQ tỉnh")
_MINISTRY_IN_LOWER_CASE = r"b(?<![\w].)(?<!cán b)(?<!toàn b)(?<!đồng b)(?<!Cán b)(?<!Toàn b)ộ"
# the first words of the national press titles of agency_heads.tsv: "báo Bảo vệ Pháp luật" in lower case is the paper
# ("nhà báo Nguyễn Văn A", "thông báo Kết luận" are not: their next word opens no title)
# (a word that opens a province's name too takes its title's second word: "báo Thanh Hóa" is the provincial paper as
# it is sold and read, "đặt mua báo Thanh Hóa", not "báo Thanh niên")
_PRESS_TITLE_WORDS = (
    "(?:Kinh|Đời|Bảo|Pháp|Tuổi|Người|Sài|Hà(?=\\s+Nội)|Cựu|Phụ|Giáo|Sức|Dân|Tài|Khoa|Văn|Tin|Giao|Công|Xây|Đầu|"
    "Thanh(?=\\s+(?:[Nn]iên|[Tt]ra))|Hải(?=\\s+[Qq]uan)|Nông|Điện(?=\\s+[Tt]ử)|Quân|Biên|Nhân|Tiền(?=\\s+[Pp]hong)|Lao|Đại|Đảng)"
)
_LOWER_CASE_HEAD = re.compile(
    rf"(?:{_opening_with_a_letter(_LOWER_HEAD_NOUNS + _LOWER_COMMITTEES)}|{_MINISTRY_IN_LOWER_CASE})[ ]+"
    rf"(?=(?-i:{lexicon.UPPER_CLASS}{lexicon.LOWER_CLASS}))"
    rf"|{_opening_with_a_letter(('thường trực', 'ban thường vụ'))}[ ]+(?=(?-i:HĐND|UBND|Hội\s+đồng|Ủy\s+ban)(?![\w]))"
    rf"|(?:{_opening_with_a_letter(('sở', 'ủy ban'))}|{_MINISTRY_IN_LOWER_CASE})[ ]+(?=(?-i:[A-ZĐ]{{2}}))"
    rf"|{_opening_with_a_letter(('báo',))}[ ]+(?=(?-i:{_PRESS_TITLE_WORDS})[ ])"
    # a party committee in lower case listed before a body ("tham mưu cho tỉnh ủy, UBND tỉnh", "huyện ủy và UBND huyện");
    # not an item of a list of levels ("Ban Dân vận các huyện, thị, thành ủy, Phòng ...")
    rf"|{_opening_with_a_letter(_LOWER_COMMITTEES, not_after=', ')}(?=\s*(?:,|và)\s*(?-i:{lexicon.UPPER_CLASS}))"
)


# A count before a head in lower case ("với 3 đồn biên phòng Ia Nan, Ia Dom và Ia Lốp", "5 hạt kiểm lâm khu vực A,
# B, ..."): the head is the name of each body the places after it name.
# (a count in digits, as news writes the number of bodies; scanning for the spelled counts, whose letters are the
# commonest, cost more than the few lists they open)
_COUNT_THEN_HEAD = re.compile(r"\d(?<![\w]\d)\d?\s+(?=[a-zđ])")


def _lower_case_heads(text: str) -> Iterator[re.Match]:
    """The grammar's matches that open with an organisation noun in lower case (see _LOWER_CASE_HEAD), and those of
    a lower-case head after a count that a place follows (see _COUNT_THEN_HEAD)."""
    rx = grammar()["agency_any_case"]
    heads, counts, _ = _lower_case_cues(text)
    starts = {h.start() for h in heads}
    for cue in counts:
        m = rx.match(text, cue.end())
        if m and any(c.isupper() for c in m.group(0)):  # a place follows the head: not "3 đồn biên phòng trên ..."
            starts.add(cue.end())
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = rx.match(text, start)
            if m:
                end = m.end()
                yield m


def _agency_matches(text: str) -> Iterator[re.Match]:
    """The grammar's matches at capitalised head starts, and at lower-case heads outside them, in text order."""
    # (every head start is a capital: the pattern without its capital look-ahead matches there as "agency" does)
    upper = list(_head_scan(grammar()["agency_any_case"], text))
    lower = list(_lower_case_heads(text))
    if not lower:
        return iter(upper)
    # "trường Quân sự tỉnh": the name the lower-case head opens holds the shorter one read from its capital
    upper = [u for u in upper if not any(m.start() < u.start() and u.end() <= m.end() for m in lower)]
    lower = [m for m in lower if not any(u.start() < m.end() and m.start() < u.end() for u in upper)]
    return iter(sorted(upper + lower, key=lambda m: m.start()))


def find_agencies(text: str, extra_abbreviations: dict[str, str] | None = None) -> list[AgencyMention]:
    """Agency mentions in the normalised, bracket-masked ``text`` (lists spread, titles flagged)."""
    g = grammar()
    found: list[AgencyMention] = []
    taken: list[tuple[int, int]] = []
    generic_starts: list[int] = []
    bare_organs: list[AgencyMention] = []  # "Ủy ban Kiểm tra", "Văn phòng Đảng ủy": kept only as list members
    for m in _head_scan(g["spread"], text) if g["cac_level"].search(text) else ():
        if not m.group(0)[0].isupper():
            continue
        core = m.group("core")
        sector, role = _sector("", core)
        lvl = m.group("lvl")
        for it in g["item"].finditer(m.group("items")):
            level = it.group("lvl") or lvl + " "
            name = f"{core} {level}{it.group('place')}"
            s = m.start("items") + it.start()
            e = m.start("items") + it.end()
            start = m.start() if not found or found[-1].start < m.start() else s
            found.append(
                AgencyMention(
                    start,
                    e,
                    text[start:e],
                    canonical_name(name, extra_abbreviations),
                    sector,
                    True,
                    core_role=role,
                    core=core,
                    att=f"{level}{it.group('place')}",
                    listed=True,
                )
            )
        taken.append((m.start(), m.end()))
    for m in _agency_matches(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if "\n" in m.group(0) and _PARAGRAPH_BREAK.search(m.group(0)):
            continue  # "... hoạt động Hội\n\nTại tỉnh X, ...": no name runs on over a paragraph's end
        pre, core, att = m.group("pre") or "", m.group("core"), m.group("att")
        if (
            _GENERIC_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _NUMBERED_END.search(core)  # "các Tiểu đoàn 1, 2, 3": numbered units are bodies
            and not _places_listed_after(text, m.end())
            and not _named_places_listed(text, m.end(), att)
            and not _named_bodies_listed(text, m.end(), core)
        ):
            continue  # "các Quận ủy", "những Hội ...": a category; "Luật Mặt trận Tổ quốc": a law
        if _LOWER_POST_BEFORE.search(text, max(0, m.start() - 8), m.start()) and core.startswith("Biên"):
            continue  # "02 đồn Biên phòng và UBND xã A": the posts' kind written in lower case, not the force of A
        if _DAY_OF_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh": the body names a day
        if _PEOPLE_OF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "phụ nữ Công an tỉnh", "hội viên Hội CCB": the people of the body, not the body acting
        if not att and _GENERIC_AFTER.match(text, m.end()):
            generic_starts.append(m.start())  # "UBND các huyện", "Huyện ủy 4 huyện": a category
            continue
        if att and _BARE_LEVEL.fullmatch(att) and _MORE_LEVELS.match(text, m.end()):
            generic_starts.append(m.start())  # "Công an xã, phường phải ...": the levels in general
            continue
        if not att and _PLURAL_END.search(pre) and _COMMITTEE_WORD.fullmatch(_WS.sub(" ", core)):
            # "UBKT các Tỉnh ủy, Thành ủy": the organ of every such committee, a category (with the words after it)
            more = _MORE_COMMITTEE_WORDS.match(text, m.end())
            taken.append((m.start(), more.end() if more else m.end()))
            continue
        sector, role = _sector(pre, core)
        if att and _CENTRAL_RX.search(" " + att) and _NUMBERED_STEERING.fullmatch(_WS.sub(" ", core)):
            sector = "party"  # "Ban Chỉ đạo 35 Trung ương": the central steering committees are the Party's
        if role == "unit" and not att:
            if _head_info(core)[0] == "party" and (pre or not _COMMITTEE_WORD.fullmatch(core)):
                bare_organs.append(
                    AgencyMention(
                        m.start(),
                        m.end(),
                        m.group(0),
                        canonical_name(m.group(0), extra_abbreviations),
                        sector,
                        False,
                        core_role=role,
                        core=core,
                        pre=pre,
                    )
                )
            continue
        if core.startswith("Hội ") and not pre and lexicon.is_place(core):
            continue  # "phường Hội Phú": a place whose name starts like an association
        if role in ("body", "department", "ministry") and not att and core.isupper() and len(core) <= 3:
            continue
        name = m.group(0)
        complete = (
            bool(att)
            or role in ("committee", "standalone", "named")
            or bool(_CENTRAL_RX.search(pre))
            or _organisation_of_named_body(pre, core)
        )
        found.append(
            AgencyMention(
                m.start(),
                m.end(),
                name,
                canonical_name(name, extra_abbreviations),
                sector,
                complete,
                core_role=role,
                core=core,
                pre=pre,
                att=att or "",
            )
        )
    _article_abbreviations(text, found, extra_abbreviations)
    found.sort(key=lambda a: a.start)
    for a in found:
        a.in_title = bool(
            g["title_before"].search(text, max(0, a.start - 60), a.start)
            or (_ELECTED.match(a.canonical) and _DEPUTY_BEFORE.search(text, max(0, a.start - 12), a.start))
        )
        a.is_location = bool(_LOCATION_BEFORE.search(text, max(0, a.start - 30), a.start))
    _drop_levels_after_placed_committees(found, extra_abbreviations)
    _share_title_over_list(text, found)
    _departments_take_ministry_sector(text, found)
    _name_units_by_bracketed_parent(text, found, extra_abbreviations)
    _spread_shared_level(text, found, extra_abbreviations)
    _share_place_of_last(text, found, extra_abbreviations)
    _name_counted_branches(text, found, extra_abbreviations)
    _share_unit(text, found, extra_abbreviations)
    _add_listed_heads(text, found, extra_abbreviations)
    found = _spread_place_lists(text, found, extra_abbreviations)
    found = _spread_numbered_lists(text, found, extra_abbreviations)
    found = _spread_heads_over_named_items(text, found, extra_abbreviations)
    found = _drop_other_names_in_brackets(text, found)
    found = _spread_bare_members_over_lists(text, found, extra_abbreviations)
    found = _drop_generic_list_members(text, found, generic_starts)
    found = _add_units_of_listed_bodies(text, found, extra_abbreviations)
    found = _add_counted_back_references(text, found, extra_abbreviations)
    found = _share_place_with_committees(text, found)
    found = _share_bare_level_with_party_committee(text, found, extra_abbreviations)
    found = _add_listed_party_organs(text, found, bare_organs)
    found = _add_units_of_bracketed_names(text, found, extra_abbreviations)
    found = _add_committees_of_dashed_bodies(text, found)
    for run in _partner_runs(text, found):
        _keep_full_names_listed_with_bodies(run)
        _keep_short_forms_in_inter_agency_lists(text, run)
    _complete_places(text, found, extra_abbreviations)
    _place_bodies_by_a_bare_district(text, found, extra_abbreviations)
    found = _share_head_with_a_placed_level_after(text, found, extra_abbreviations)
    found = _spread_over_a_second_level(text, found, extra_abbreviations)
    _keep_only_provinces_after_tinh(found, extra_abbreviations)
    _name_commands_of_commanders(text, found, extra_abbreviations)
    return drop_bare(_drop_names_cut_by_an_ellipsis(text, found))


# "Trung tướng A, Tư lệnh Bộ đội Biên phòng": a commander's or a commissar's title names the force he commands, whose
# body is its command ("Bộ Tư lệnh Bộ đội Biên phòng"), the party he signs for; the force itself is no body
_COMMANDER_BEFORE = re.compile(r"(?<![\w])(?:Phó\s+)?(?:Tư\s+lệnh|Chính\s+ủy)\s+$", re.IGNORECASE)
_COMMANDED_FORCE = re.compile(r"(?:Bộ\s+đội\s+Biên\s+phòng|BĐBP|Cảnh\s+sát\s+biển(?:\s+Việt\s+Nam)?)", re.IGNORECASE)
COMMANDER_WINDOW = 16


def _name_commands_of_commanders(text: str, found: list[AgencyMention], extra) -> None:
    for a in found:
        if a.pre or a.att or not _COMMANDED_FORCE.fullmatch(a.core):
            continue
        if _COMMANDER_BEFORE.search(text, max(0, a.start - COMMANDER_WINDOW), a.start):
            a.core = "Bộ Tư lệnh " + a.core
            a.canonical = canonical_name(a.core, extra)
            a.core_role = "standalone"


_PROVINCE_ATT = re.compile(r"^(?P<lvl>[Tt]ỉnh)\s+(?P<place>\S.*)$")
# the same place shared to a member's name from a list's end ("A và Hội Nông dân tỉnh X": A's name ends "tỉnh X")
_PROVINCE_TAIL = re.compile(r"(?<=\s)(?P<lvl>tỉnh)\s+(?P<place>[^,]+)$")


def _keep_only_provinces_after_tinh(found: list[AgencyMention], extra) -> None:
    """ "Hội Nông dân tỉnh Thông tin ..." (a line break lost before "Thông tin"): after "tỉnh" only a province's
    name is a place, so the words are cut back to the longest run that names one, or to the bare level."""
    for a in found:
        m = _PROVINCE_ATT.match(a.att) if a.att else _PROVINCE_TAIL.search(a.canonical)
        if not m or lexicon.known_province(m.group("place")):
            continue
        words = m.group("place").split()
        keep = next((k for k in range(len(words) - 1, 0, -1) if lexicon.known_province(" ".join(words[:k]))), 0)
        place = " ".join(words[:keep])
        if not a.att:
            a.canonical = (a.canonical[: m.start("place")] + place).rstrip()
            continue
        cut = a.text.rfind(m.group("place"))
        if cut >= 0:  # (else the place was shared from a list's end, not printed in the mention)
            kept_text = (a.text[:cut] + place).rstrip()
            a.end = a.start + len(kept_text)
            a.text = kept_text
        a.att = f"{m.group('lvl')} {place}".strip()
        a.canonical = canonical_name(f"{a.pre}{a.core} {a.att}", extra)


def _spread_over_a_second_level(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Viện kiểm sát nhân dân thành phố Long Xuyên và các huyện Phú Tân, Châu Thành": a placed body's head is
    shared by the places of another level listed after it, each a body of its own."""
    g = grammar()
    out: list[AgencyMention] = []
    starts = {a.start for a in found}
    for a in found:
        out.append(a)
        if not a.has_level or a.in_title or not _PLACED_TAIL.search(a.canonical):
            continue
        m = g["second_level_list"].match(text, a.end)
        if not m or any(m.start("items") <= start < m.end() for start in starts):
            continue  # the items are bodies of their own
        # (the first member's span opens at "các", so that only "và" stands between it and the body it shares with)
        first = text.rfind("các", m.start(), m.start("lvl"))
        for k, it in enumerate(g["item"].finditer(m.group("items"))):
            place = it.group("place")
            level = it.group("lvl") or m.group("lvl") + " "
            s, e = first if k == 0 else m.start("items") + it.start(), m.start("items") + it.end()
            name = canonical_name(f"{a.pre}{a.core} {level}{place}", extra)
            out.append(_as_list_member(a, s, e, name, f"{level}{place}", text=text[s:e]))
    return out


# A unit's number at the end of its name ("Tiểu đoàn 1", "Đồn Biên phòng 627"), and more numbers listed after it
# ("Tiểu đoàn 1, 2, 3", "Đồn Biên phòng 627, 629 và 631"): each names a unit of the same head. (No number that a date,
# a symbol or a decimal goes on from: "1/2", "2.5", "2-3".)
_NUMBERED_END = re.compile(r"(?<=\s)\d{1,4}$")
_NUMBERED_ITEM = re.compile(
    r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)(\d{1,4})(?![\w/.\-–]|,\d)"
    # (not a count of something: "Tiểu đoàn 1, 2 đồng chí ...", "Quân khu 4, 10 năm qua")
    r"(?!\s+(?:năm|tháng|ngày|giờ|người|đồng\s+chí|chiến\s+sĩ|cán\s+bộ|đơn\s+vị|lượt|hộ|xã|thôn|tỉnh|huyện|đội|tổ|"
    r"vụ|km|ha|tấn|triệu|tỷ|nghìn|lần|cuộc|đợt)(?![\w]))"
)


def _drop_levels_after_placed_committees(found: list[AgencyMention], extra) -> None:
    """ "Tỉnh đoàn Tuyên Quang tỉnh" (a typo): a committee word, which holds its level, named with its place takes no
    level word after the place."""
    for a in found:
        if a.core_role != "committee" or not a.att or not _BARE_LEVEL.fullmatch(a.att.strip()):
            continue
        core = _WS.sub(" ", a.core).strip()
        words = core.split()
        if len(words) < 3 or not lexicon.is_place(" ".join(words[2:])):
            continue  # a committee word and its place: "Tỉnh đoàn Tuyên Quang"
        cut = a.text.rstrip()
        if not cut.endswith(a.att.strip()):
            continue
        cut = cut[: -len(a.att.strip())].rstrip()
        a.end = a.start + len(cut)
        a.text = cut
        a.canonical = canonical_name(cut, extra)
        a.att = ""


_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _drop_other_names_in_brackets(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Đồn Biên phòng Chi Ma (Đồn Biên phòng 41)": a body's other name in brackets right after it, with the same
    head, is that body, not a second one."""
    dropped = set()
    for a, b in itertools.pairwise(found):
        if (
            _OPEN_BRACKET.match(text[a.end : b.start])
            and _CLOSE_BRACKET.match(text, b.end)
            and a.canonical.split()[:2] == b.canonical.split()[:2]
        ):
            dropped.add(id(b))
    return [a for a in found if id(a) not in dropped] if dropped else found


def _spread_numbered_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Các Tiểu đoàn 1, 2, 3 trực thuộc ...", "các Đồn Biên phòng 627, 629 và 631": a numbered unit's name followed
    by more numbers names one unit of the same head per number."""
    added: list[AgencyMention] = []
    starts = {a.start for a in found}
    for a in found:
        number = _NUMBERED_END.search(a.canonical)
        if not number or not a.text.rstrip().endswith(number.group(0)) or a.listed:
            continue
        head = a.canonical[: number.start()]

        def member(item: re.Match, head: str = head, a: AgencyMention = a) -> AgencyMention:
            return replace(
                a,
                start=item.start(1),
                end=item.end(1),
                text=item.group(1),
                canonical=canonical_name(head + item.group(1), extra),
                listed=True,
            )

        pos = a.end
        while (item := _NUMBERED_ITEM.match(text, pos)) and item.start(1) not in starts:
            added.append(member(item))
            pos = item.end()
        named = _NAMED_AFTER_NUMBERS.match(text, pos) if pos > a.end and _LEVEL_BEFORE_NUMBER.search(head) else None
        if named and named.start(1) not in starts and lexicon.is_place(named.group(1)):
            added.append(member(named))  # "Công an Quận 1, 3, 10, Tân Bình và ...": the list goes on with a named unit
    return sorted(found + added, key=lambda x: x.start) if added else found


# A level word before a unit's number ("Công an Quận 1", "Công an Phường 3"): the list may go on with named places
_LEVEL_BEFORE_NUMBER = re.compile(r"(?<![\w])(?:quận|huyện|phường|xã)\s*$", re.IGNORECASE)
_NAMED_AFTER_NUMBERS = re.compile(
    rf"(?:\s*,\s*(?:và\s+)?|\s+và\s+)({lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{0,2}})(?![ ]*{lexicon.CAP_SYL})"
)


# "các Hội: Chữ thập đỏ, Luật gia, Khuyến học", "các Sở: Tư pháp, Nội vụ và Y tế": a plural head and a colon before
# the names of its bodies
_PLURAL_HEAD_COLON = re.compile(r"(?<![\w])(?:bao\s+gồm\s+|gồm\s+)?các\s+(?P<head>Hội|Sở)\s*:\s*")
_NAMED_ITEM = re.compile(
    rf"(?P<name>(?-i:{lexicon.UPPER_CLASS})[^,;:.\n()]{{1,60}}?)(?=\s*(?:,|;|\.(?:\s|$)|\n|$)|\s+và\s+(?-i:{lexicon.UPPER_CLASS}))"
)
_NAMED_ITEM_SEP = re.compile(r"\s*(?:,|;|và)\s*(?:và\s+)?")
NAMED_ITEMS_MAX = 20


def _spread_heads_over_named_items(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """Each name listed after "các Hội:" / "các Sở:" as a body of that head ("Hội Chữ thập đỏ", "Sở Tư pháp"), up to
    a body the grammar reads there ("..., Hội nhà báo, Liên hiệp Văn học Nghệ thuật tỉnh"): named by its kind, an
    association's or a department's name is no place and no person."""
    if "các Hội" not in text and "các Sở" not in text:
        return found
    starts = {a.start for a in found}
    added: list[AgencyMention] = []
    for lead in _PLURAL_HEAD_COLON.finditer(text):
        head, pos = lead.group("head"), lead.end()
        for _ in range(NAMED_ITEMS_MAX):
            item = _NAMED_ITEM.match(text, pos)
            if item is None or item.start() in starts:
                break  # (a body the grammar reads ends the bare names: the list goes on in full names)
            name = canonical_name(f"{head} {item.group('name').strip()}", extra)
            sector, role = _sector("", name)
            added.append(
                AgencyMention(
                    item.start(),
                    item.end("name"),
                    item.group("name"),
                    name,
                    sector,
                    False,
                    core_role=role,
                    core=name,
                    listed=True,
                )
            )
            sep = _NAMED_ITEM_SEP.match(text, item.end())
            if sep is None or sep.end() == item.end():
                break
            pos = sep.end()
    return sorted(found + added, key=lambda x: x.start) if added else found


# List separators between partners, with the ";" of a list of bodies that have commas in their names.
_LISTED_PARTNERS = re.compile(r"^\s*(?:,|;|và|,\s*và|[-–])\s*$")
# A body's full name ("Tòa án nhân dân", "Viện Kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", or its initials "TAND",
# "Bộ CHQS"), not a short name ("Tòa án", "Viện Kiểm sát") nor a force ("Công an").
_SPELLED_OUT_WORDS = 4


def _keep_full_names_listed_with_bodies(run: list[AgencyMention]) -> None:
    """ "phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân, Sở Tư pháp": a body written by its full name
    without a level ("Tòa án nhân dân", not the force "Công an"), listed with a body complete without one, is
    the specific body of the place the article is about, as its list neighbour is; so it is after a body named
    with its level ("Công an tỉnh, Tòa án nhân dân và ..."), whose level is not shared backwards. ``run``: one run
    of listed mentions (see _partner_runs)."""
    if len(run) >= 2 and any(_complete_without_level(a) or a.has_level for a in run):
        for a in run:
            # (counted in the name's words spelled out: "Bộ CHQS", "BĐBP" are written short, not by a short name)
            if not a.has_level and len(canonical_name(a.core).split()) >= _SPELLED_OUT_WORDS and not a.in_title:
                a.has_level = True


# A place's later syllable printed in lower case ("huyện Ngọc lặc", "Đồn Biên phòng Cổ chiên"): the grammar's place
# stops before it; the gazetteer says whether the name goes on.
_LOWER_SYLLABLE_AFTER = re.compile(rf"[ ](?-i:{lexicon.LOWER_CLASS}+)(?![\w])")
_LAST_PLACE_WORDS = re.compile(rf"(?:{lexicon.CAP_SYL}[ ]?){{1,3}}$")


# A place's number after its name ("phường Đông Hải 2", "xã Tân Lập 1"): not a count of something after it
_NUMBER_AFTER = re.compile(
    r"[ ](\d{1,2})(?![\w/]|[.,:]\d|\s+(?:năm|tháng|ngày|người|đơn\s+vị|xã|phường|cơ\s+quan)(?![\w]))"
)


def _complete_places(text: str, found: list[AgencyMention], extra) -> None:
    """Each mention whose place goes on past what the grammar read, in a lower-case syllable ("huyện Ngọc lặc") or a
    number ("phường Đông Hải 2") the gazetteer knows the place by, extended over it."""
    for a in found:
        if not text[a.end - 1 : a.end].isalpha() or not a.text.rsplit(None, 1)[-1][:1].isupper():
            continue  # the name ends with a level word or a number, not with a place's capitalised syllable
        place = _LAST_PLACE_WORDS.search(text, max(0, a.end - 40), a.end)
        if not place:
            continue
        known = place.group(0).strip()
        lower = _LOWER_SYLLABLE_AFTER.match(text, a.end)
        if lower and not lexicon.is_place(known):
            word = lower.group(0)[1:]
            after, part = lower, word[0].upper() + word[1:]
        elif number := _NUMBER_AFTER.match(text, a.end):
            after, part = number, number.group(1)
        else:
            continue
        if lexicon.is_place(f"{known} {part}"):
            a.end = after.end()
            a.text = text[a.start : a.end]
            a.canonical = canonical_name(f"{a.canonical} {part}", extra)
            if a.att:
                a.att = f"{a.att} {part}"


# A district's name of two or three capitalised syllables right after a body, with no level word and no more
# capitalised words after it: "Công an Vị Xuyên", "Phòng giao dịch Ngân hàng Chính sách xã hội Vị Xuyên".
_BARE_DISTRICT_AFTER = re.compile(
    rf"[ ]+(?P<place>{lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{1,2}})(?![ ]*{lexicon.CAP_SYL}|[\w'’-])"
)


def _place_bodies_by_a_bare_district(text: str, found: list[AgencyMention], extra) -> None:
    """A body named with a district's name and no level word ("Công an Vị Xuyên"): the name is its place (the
    gazetteer's districts and provinces only: a ward's or a commune's name is often a person's)."""
    for a in found:
        if a.core_role != "body" or a.att or a.in_title or a.listed:
            continue
        m = _BARE_DISTRICT_AFTER.match(text, a.end)
        if not m or m.group("place") not in lexicon.district_names():
            continue
        a.end = m.end()
        a.text = text[a.start : a.end]
        a.canonical = canonical_name(f"{a.canonical} {m.group('place')}", extra)
        a.att = m.group("place")
        a.has_level = True


# "UBND TP Đà Nẵng và tỉnh Thừa Thiên Huế", "Công an tỉnh Gia Lai và tỉnh Kon Tum": a level word and a place after a
# body named with its own level and place share that body's head.
_PLACED_LEVEL_AFTER = re.compile(
    rf"\s*,?\s*(?:và|cùng)\s+(?P<lvl>tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+"
    rf"(?P<place>{lexicon.CAP_SYL}(?:[ ]+{lexicon.CAP_SYL}){{0,3}})"
)


# The body's own level and a capitalised place after it ("tỉnh Gia Lai", "TP Đà Nẵng")
_LEVEL_WORD_OF_ATT = re.compile(
    rf"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?=\s*{lexicon.CAP_SYL})", re.IGNORECASE
)
_TIERS = (
    frozenset({"tỉnh", "thành phố", "tp", "tp."}),
    frozenset({"huyện", "quận", "thị xã", "thành phố", "tp", "tp."}),
    frozenset({"xã", "phường", "thị trấn"}),
)


def _same_tier(level: str, other: str) -> bool:
    """Whether two level words name units of one tier (a city may be of the provinces' tier or of the districts')."""
    a, b = _WS.sub(" ", level).lower(), _WS.sub(" ", other).lower()
    return any(a in tier and b in tier for tier in _TIERS)


def _share_head_with_a_placed_level_after(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """``found`` with a mention for each place named with its level right after a placed body, under its head."""
    if " và " not in text:
        return found
    starts = [a.start for a in found]
    added = []
    for k, a in enumerate(found):
        # (a Party committee named by its place is read as a unit: "Đảng ủy phường Sơn Trà và xã Trà Leng")
        if a.core_role not in ("body", "unit") or not a.att or a.in_title or a.is_location or a.listed:
            continue
        m = _PLACED_LEVEL_AFTER.match(text, a.end)
        own = _LEVEL_WORD_OF_ATT.match(a.att)
        if not m or not own or not lexicon.is_place(m.group("place")):
            continue
        if not _same_tier(own.group(0), m.group("lvl")):
            continue  # "giữa Công an tỉnh A và xã B": the commune is the partner of a twinning, no body
        nxt = bisect.bisect_left(starts, a.end)
        if nxt < len(found) and found[nxt].start < m.end():
            continue  # the level opens a body of its own ("và tỉnh đoàn", "và xã A's UBND" read already)
        att = f"{m.group('lvl')} {m.group('place')}"
        added.append(
            replace(
                a,
                start=m.start("lvl"),
                end=m.end(),
                text=text[m.start("lvl") : m.end()],
                canonical=canonical_name(f"{a.pre}{a.core} {att}", extra),
                att=att,
                listed=True,
                signer=False,
            )
        )
        # "Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường A và xã B": the bodies listed before it that took its place
        # are those of the second place too
        members: list[AgencyMention] = []
        j = k - 1
        while j >= 0 and not found[j].in_title and found[j].canonical.endswith(" " + a.att):
            if not _LIST_SEP.match(
                text[found[j].end : found[j + 1].start] if found[j + 1].start >= found[j].end else "."
            ):
                break
            member = found[j]
            members.append(
                replace(
                    member,
                    start=m.start("lvl"),
                    end=m.end(),
                    text=text[m.start("lvl") : m.end()],
                    canonical=canonical_name(f"{member.canonical[: -len(a.att)]}{att}", extra),
                    att=att,
                    listed=True,
                    signer=False,
                )
            )
            j -= 1
        added[-1:-1] = reversed(members)  # (in the list's order, before the body they were listed with)
    return sorted(found + added, key=lambda x: x.start) if added else found


# "Ủy ban MTTQ Việt Nam huyện Chiêm…": a page's excerpt cut inside a name; the whole name stands elsewhere.
_ELLIPSIS_AFTER = re.compile(r"\s*(?:…|\.\.\.)")


def _drop_names_cut_by_an_ellipsis(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """``found`` without the mentions an ellipsis cuts whose name another mention gives in full."""
    if "…" not in text and "..." not in text:
        return found  # most pages have none
    names = {a.canonical for a in found}
    return [
        a
        for a in found
        if not (
            _ELLIPSIS_AFTER.match(text, a.end)
            and any(n.startswith(a.canonical + " ") for n in names if n != a.canonical)
        )
    ]


def _partner_runs(text: str, found: list[AgencyMention]) -> Iterator[list[AgencyMention]]:
    """``found`` cut into runs of mentions that list separators join ("A, B và C"), in order."""
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found) and found[j + 1].start >= found[j].end and _LISTED_PARTNERS.match(_gap(text, found, j))
        ):
            j += 1
        yield found[i : j + 1]
        i = j + 1


# An inter-agency list names at least this many different bodies.
_INTER_AGENCY_MEMBERS = 3
# The people or the forces of the bodies listed after them, not the bodies acting ("lực lượng Công an, Quân sự").
# A list after "như" gives examples of a kind ("các cơ quan như: Công an, Tòa án, ..."), not actors.
_FORCES_BEFORE = re.compile(
    r"(?<![\w])(?:lực\s+lượng|cán\s+bộ|chiến\s+sĩ|ngành\s+dọc|như|chẳng\s+hạn)\s*:?\s*$", re.IGNORECASE
)


def _keep_short_forms_in_inter_agency_lists(text: str, run: list[AgencyMention]) -> None:
    """ "Viện kiểm sát, Công an, Tòa án, Chi cục Thuế, Đội Quản lý thị trường số 2 đã ký kết": in a list of three or
    more different bodies, a body's short form without a level ("Công an", "Tòa án") is the body of the place the
    article is about, one of the list's actors, not the force or the branch in general (which is not listed with
    other bodies one by one)."""
    if len(run) < _INTER_AGENCY_MEMBERS:
        return
    cores = {_WS.sub(" ", a.core).casefold() for a in run}
    if (
        len(cores) >= _INTER_AGENCY_MEMBERS
        and not any(a.in_title for a in run)
        and not _FORCES_BEFORE.search(text, max(0, run[0].start - 16), run[0].start)
    ):
        for a in run:
            a.has_level = True


def _complete_without_level(a: AgencyMention) -> bool:
    """A department or another body that is specific without a level word ("Sở Nông nghiệp và Môi trường")."""
    core = _WS.sub(" ", a.core)
    return not a.att and not a.pre and a.core_role == "body" and not a.listed and not _NEEDS_LEVEL.fullmatch(core)


# "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (Liên hiệp hội)": a short name of words given in brackets.
_BRACKETED_NAME = re.compile(
    rf"\s*\(\s*(?P<name>(?-i:{lexicon.UPPER_CLASS}){lexicon.LOWER_CLASS}*(?:\s+(?-i:{lexicon.LOWER_CLASS})+){{1,3}})\s*\)"
)


def _add_units_of_bracketed_names(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "... Liên hiệp các Hội KH&KT tỉnh (Liên hiệp hội) ... Ban Thường vụ Liên hiệp hội": a body's short name
    given in brackets, whose words all come in order from the body's name, names the body after that; a unit
    before it ("Ban Thường vụ") is that unit of the body, named as printed."""
    if "(" not in text:
        return found
    g = grammar()
    added: list[AgencyMention] = []
    for a in found:
        m = _BRACKETED_NAME.match(text, a.end)
        if not m or a.listed:
            continue
        short = _WS.sub(" ", m.group("name"))
        if not _is_word_subsequence(short.casefold().split(), a.canonical.casefold().split()):
            continue
        for use in re.finditer(rf"(?<![\w]){lexicon.words_to_regex(short)}(?![\w])", text):
            unit = _unit_ending_at(text, use.start())
            if unit is None or any(f.start <= unit < f.end for f in found):
                continue
            unit_text = text[unit : use.start()].strip()
            unit_sector = _head_info(unit_text)[0]
            added.append(
                AgencyMention(
                    unit,
                    use.end(),
                    text[unit : use.end()],
                    canonical_name(f"{unit_text} {short}", extra),
                    a.sector if unit_sector == "inherit" else unit_sector,
                    True,
                    in_title=bool(g["title_before"].search(text, max(0, unit - 60), unit)),
                    core_role=a.core_role,
                    core=a.core,
                    pre=unit_text + " ",
                    att=a.att,
                )
            )
    return sorted(found + added, key=lambda x: x.start) if added else found


def _unit_ending_at(text: str, pos: int) -> int | None:
    """Start of a unit word ("Ban Thường vụ", "Văn phòng") that ends right before ``pos``, or None."""
    unit = grammar()["unit"]
    for w in _CAP_WORD_START.finditer(text, max(0, pos - 30), pos):
        m = unit.match(text, w.start(), pos)
        if m and m.end() == pos:
            return w.start()
    return None


def _is_word_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _add_listed_party_organs(text: str, found: list[AgencyMention], organs: list[AgencyMention]) -> list[AgencyMention]:
    """ "lãnh đạo Ủy ban Kiểm tra, Văn phòng Đảng ủy, Công an phường": an organ of a Party committee named without
    its committee is one body where it is listed with other bodies (the committee is the one the article is about);
    alone ("theo Ủy ban Kiểm tra") it is left out, as the organ of which committee is not said, and so it is where
    the article names it with its committee elsewhere (a short back-reference)."""
    if not organs:
        return found
    g = grammar()
    found = _name_organs_by_committee_after(text, found, organs)
    members = sorted([*found, *organs], key=lambda a: a.start)
    in_list: set[int] = set()
    committee_after: dict[int, str] = {}
    for i, (a, b) in enumerate(itertools.pairwise(members)):
        if b.start >= a.end and _LIST_SEP.match(text[a.end : b.start]):
            in_list.update((id(a), id(b)))
            if id(a) in {id(o) for o in organs}:
                tail = _committee_closing_list(text, members, i + 1)
                if tail:
                    committee_after[id(a)] = tail
    for o in organs:
        if id(o) in committee_after:  # "Ban Tuyên giáo, Văn phòng Tỉnh ủy": the list's committee is the organ's
            o.canonical = canonical_name(f"{o.text} {committee_after[id(o)]}")
            o.has_level = True
    # "Ban Tuyên giáo Tỉnh ủy ... cán bộ của Ban Tuyên giáo, Viện KSND tỉnh": a short back-reference, no new body
    named_with_committee = {f.canonical.casefold() for f in found}
    added = [
        o
        for o in organs
        if (id(o) in in_list or o.listed_with_committee)
        and not any(f.start <= o.start < f.end for f in found)
        and not any(n.startswith(o.canonical.casefold() + " ") for n in named_with_committee)
    ]
    for o in added:
        o.in_title = bool(g["title_before"].search(text, max(0, o.start - 60), o.start))
        o.is_location = bool(_LOCATION_BEFORE.search(text, max(0, o.start - 30), o.start))
    return sorted(found + added, key=lambda a: a.start) if added else found


_OF_AFTER = re.compile(r"\s+của\s+")


def _name_organs_by_committee_after(
    text: str, found: list[AgencyMention], organs: list[AgencyMention]
) -> list[AgencyMention]:
    """ "Ủy ban Kiểm tra, Ban Tuyên giáo, Ban Dân vận của Tỉnh ủy": organs listed before "của" and a committee
    are that committee's; the committee there only names them (no body of its own in the list)."""
    by_start = {a.start: a for a in found if a.core_role == "committee" and not a.pre and not a.att}
    used: set[int] = set()
    for k, organ in enumerate(organs):
        of = _OF_AFTER.match(text, organ.end)
        committee = by_start.get(of.end()) if of else None
        if committee is None:
            continue
        run = [organ]
        while k - len(run) >= 0:
            prev = organs[k - len(run)]
            if prev.end > run[0].start or not _LIST_SEP.match(text[prev.end : run[0].start]):
                break
            run.insert(0, prev)
        tail = _WS.sub(" ", committee.text).strip()
        for o in run:
            o.canonical = canonical_name(f"{o.text} {tail}")
            o.has_level = True
            o.listed_with_committee = True
        used.add(id(committee))
    return [a for a in found if id(a) not in used] if used else found


def _committee_closing_list(text: str, members: list[AgencyMention], k: int) -> str:
    """The committee that the organ listed last in the run from ``members[k]`` is named with ("Văn phòng Tỉnh ủy"
    -> "Tỉnh ủy"), or "" where the run reaches no such organ."""
    while k < len(members):
        m = members[k]
        if m.core_role == "committee" and m.pre and m.sector == "party":
            return _WS.sub(" ", text[m.start + len(m.pre) : m.end]).strip()
        if m.core_role != "unit" or m.att or m.has_level or k + 1 >= len(members):
            return ""  # only further bare organs may stand between the organ and the committee
        nxt = members[k + 1]
        if nxt.start < m.end or not _LIST_SEP.match(text[m.end : nxt.start]):
            return ""
        k += 1
    return ""


# The organisations kept inside a body (its Party committee or cell, its youth, women's or veterans' branch, its
# union): before the body's full name they name one specific organisation even where the body has no level word,
# as "Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng" is the committee of the command the article is about.
_ORGANISATION_UNIT = re.compile(
    r"(?:Đảng\s+ủy|Chi\s+bộ|Chi\s+đoàn|Đoàn\s+(?:Thanh\s+niên|TN|TNCS)|Hội\s+(?:Phụ\s+nữ|LHPN|Cựu\s+chiến\s+binh|CCB)|"
    r"Công\s+đoàn)(?![\w])",
    re.IGNORECASE,
)
# A full name has three or more words ("Bộ Chỉ huy Quân sự", "Tòa án nhân dân"); "Công an" alone is the force.
_FULL_BODY_WORDS = 3


def _organisation_of_named_body(pre: str, core: str) -> bool:
    """Whether ``pre`` opens with an organisation kept inside a body and ``core`` is that body's full name."""
    return bool(_ORGANISATION_UNIT.match(pre)) and len(core.split()) >= _FULL_BODY_WORDS


_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _name_units_by_bracketed_parent(text: str, found: list[AgencyMention], extra) -> None:
    """ "Ban Dân chủ - Pháp luật (Ủy ban MTTQ tỉnh)": a unit that may stand as a name, with its parent body in
    brackets after it, is that unit of the parent (the parent stays an agency of its own)."""
    unit = grammar()["unit"]
    for a, b in itertools.pairwise(found):
        if a.core_role != "standalone" or a.pre or not unit.fullmatch(a.text.strip() + " "):
            continue
        gap = _OPEN_BRACKET.match(text, a.end)
        if not (gap and gap.end() == b.start and _CLOSE_BRACKET.match(text, b.end)):
            continue
        a.canonical = canonical_name(f"{a.text} {b.text}", extra)
        a.core_role, a.core, a.pre, a.att, a.has_level = b.core_role, b.core, a.text + " ", b.att, b.has_level


# "Cục Xây dựng phong trào ... - Bộ Công an", "Vụ Tổ chức cán bộ thuộc Bộ Quốc phòng", "Cục Đối ngoại (Bộ Công an)": a
# department and its ministry.
_DEPARTMENT = re.compile(r"(?:Tổng\s+cục|Cục|Vụ)\s", re.IGNORECASE)
_OF_MINISTRY = re.compile(r"\s*(?:-|–|,|\()?\s*(?:(?:thuộc|của)\s+)?$")


def _departments_take_ministry_sector(text: str, found: list[AgencyMention]) -> None:
    """A ministry's department named with its ministry right after it (after a dash, "thuộc" or "của") is in the
    ministry's sector: a department of the Ministry of Public Security is a police body."""
    for dept, ministry in itertools.pairwise(found):
        if (
            _DEPARTMENT.match(dept.text)
            and ministry.core_role == "standalone"
            and ministry.text.startswith("Bộ ")
            and ministry.start >= dept.end
            and _OF_MINISTRY.fullmatch(text, dept.end, ministry.start)
        ):
            dept.sector = ministry.sector


def _share_title_over_list(text: str, found: list[AgencyMention]) -> None:
    """ "Chủ tịch Hội Nông dân các huyện A, B và C": a title before a spread list is the title of every member."""
    for prev, a in itertools.pairwise(found):
        if (
            prev.in_title
            and a.listed
            and prev.listed
            and a.core == prev.core
            and a.pre == prev.pre
            and _ITEM_GAP.fullmatch(text, prev.end, a.start)
        ):
            a.in_title = True


# "bầu cử đại biểu Quốc hội và HĐND các cấp", "đại biểu HĐND tỉnh": a deputy's mandate, not the body as an actor.
_ELECTED = re.compile(r"(?:Quốc hội|Hội đồng nhân dân)(?![\w])", re.IGNORECASE)
_DEPUTY_BEFORE = re.compile(r"(?<![\w])đại\s+biểu\s+$", re.IGNORECASE)
# "tại Hội trường Tỉnh ủy": the body names a place here, not an actor.
_LOCATION_BEFORE = re.compile(
    r"(?<![\w])(?:(?:tại|ở)\s+(?:(?:hội\s+trường|trụ\s+sở|cơ\s+quan|khuôn\s+viên)\s+)?|"
    r"(?<![\w])(?:hội\s+trường|trụ\s+sở|phòng\s+họp)\s+)$",
    re.IGNORECASE,
)


def _article_abbreviations(text: str, found: list[AgencyMention], extra: dict[str, str] | None) -> None:
    """Later uses of a short form the article defined in brackets ("... (BCHQS) tỉnh" then "BCHQS huyện"):
    read the long form in its place and parse the agency grammar on that."""
    if not extra:
        return
    g = grammar()
    for short, long in extra.items():
        if g["agency"].match(short):
            continue  # a short form the grammar knows already
        for m in re.finditer(rf"(?<![\w]){re.escape(short)}(?![\w])", text):
            if any(a.start <= m.start() < a.end for a in found):
                continue
            if _GENERIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            tail = text[m.end() : m.end() + 80]
            candidate = long + tail
            am = g["agency"].match(candidate)
            if not am or am.end() <= len(long) - 1 or not candidate[0].isupper():
                continue
            end = m.end() + max(0, am.end() - len(long))
            sector, role = _sector(am.group("pre") or "", am.group("core"))
            if role == "unit" and not am.group("att"):
                continue
            # "UBKT Tỉnh ủy" read as "Ủy ban Kiểm tra Tỉnh ủy": the bare "Tỉnh ủy" found inside it goes.
            found[:] = [a for a in found if not (m.start() <= a.start and a.end <= end)]
            found.append(
                AgencyMention(
                    m.start(),
                    end,
                    text[m.start() : end],
                    canonical_name(am.group(0), extra),
                    sector,
                    bool(am.group("att")) or role in ("committee", "standalone", "named"),
                    core_role=role,
                    core=am.group("core"),
                    pre=am.group("pre") or "",
                    att=am.group("att") or "",
                )
            )


# "UBND các huyện", "Huyện ủy 4 huyện", "Đoàn Thanh niên địa phương", "Hội CCB cấp cơ sở": a body of any or every
# place, a category.
_GENERIC_AFTER = re.compile(
    # (the regional procuracies and courts of 2025 counted: "Viện Kiểm sát nhân dân 14 khu vực trên địa bàn tỉnh")
    # ("Ban Dân tộc các địa phương": of every locality; not "Công an 3 địa phương A, B và C")
    rf"\s+(?:(?:các|một\s+số|nhiều|\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:cấp|khu\s+vực(?![\w])|{LEVEL})|"
    r"các\s+địa\s+phương(?![\w])|"
    r"địa\s+phương(?![\w])|"
    rf"(?:cấp\s+)?cơ\s+sở(?![\w]))",
    re.IGNORECASE,
)
_BARE_LEVEL = re.compile(LEVEL, re.IGNORECASE)
# A second level word listed after a body's bare level ("Công an xã, phường, thị trấn"), with no place after it.
_MORE_LEVELS = re.compile(
    rf"\s*(?:,|/|và)\s*(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)(?![\w])"
    rf"(?!\s*(?:,\s*)?(?:gồm|là|:))(?![ ]+(?:ủy|đoàn|đội)(?![\w]))(?![ ]+(?-i:{lexicon.UPPER_CLASS}))",
    re.IGNORECASE,
)
_PLURAL_END = re.compile(r"(?<![\w])các\s+$")
_MORE_COMMITTEE_WORDS = re.compile(r"(?:\s*(?:,|và|,\s*và)\s*(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+ủy(?![\w]))+")
# The founding day or tradition day of a body, or the years since its founding: a name of a day, not an actor.
_DAY_OF_BEFORE = re.compile(r"(?<![\w])(?:ngày|năm)\s+(?:thành\s+lập|truyền\s+thống)\s+$", re.IGNORECASE)
# Lower-case nouns of the people who belong to a body: the body after them says whose people they are.
_PEOPLE_OF_BEFORE = re.compile(
    r"(?<![\w])(?-i:phụ\s+nữ|hội\s+viên|đoàn\s+viên|cán\s+bộ,\s+chiến\s+sĩ|chiến\s+sĩ|CBCS)\s+$"
)
# ("Nhiều LĐLĐ tỉnh": many of them, none named; a quantity may open the sentence)
# a border post's or station's kind in lower case before "Biên phòng" ("các đồn Biên phòng", "02 đồn Biên phòng")
_LOWER_POST_BEFORE = re.compile(r"(?<![\w])(?-i:đồn|trạm)\s+$")
_GENERIC_BEFORE = re.compile(r"(?<![\w])(?:(?i:các|những|nhiều|từng|mỗi)|Luật|luật)\s+$")
# Bodies that are only a specific agency with a level or place ("Công an tỉnh"; bare "Công an" is the force); a police
# department named by its police service or code ("Phòng Cảnh sát PCCC", "Phòng PV28") is the provincial force's.
_NEEDS_LEVEL = re.compile(
    r"^(?:Phòng\s+(?!(?:Cảnh\s+sát|P[A-Z]\d{2})(?![\w])).+|BCH\s+.+|Công\s+an|Thanh\s+tra|Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|"
    r"Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|Bộ\s+CHQS|Ban\s+CHQS|BCHQS|Bộ\s+đội\s+Biên\s+phòng|BĐBP|"
    r"Tòa\s+án|TAND|Viện\s+Kiểm\s+sát|VKSND|Viện\s+KSND|Viện\s+KS|VKS|Trường\s+Chính\s+trị|Đoàn\s+Đại\s+biểu|"
    r"Kho\s+bạc\s+Nhà\s+nước|Tỉnh\s+đội|Quân\s+sự|Biên\s+phòng|Bộ\s+Chỉ\s+huy\s+Quân\s+sự|Bộ\s+Chỉ\s+huy\s+Bộ\s+đội\s+Biên\s+phòng|"
    r"Ban\s+Chỉ\s+huy\s+Quân\s+sự|Tòa\s+án\s+nhân\s+dân|Viện\s+Kiểm\s+sát\s+nhân\s+dân|"
    r"(?:Chi\s+cục\s+)?(?:Thi\s+hành\s+án(?:\s+dân\s+sự)?|THADS)|Hạt\s+Kiểm\s+lâm|Hải\s+quan)",
    re.IGNORECASE,
)


def drop_bare(found: list[AgencyMention]) -> list[AgencyMention]:
    """Remove bare mentions of bodies that need a level ("lực lượng Công an", "Hội thẩm Tòa án nhân dân")."""
    return [a for a in found if a.has_level or not _NEEDS_LEVEL.fullmatch(_WS.sub(" ", a.core or a.text))]


def _share_unit(text: str, found: list[AgencyMention], extra) -> None:
    """ "Thường trực Thị ủy A, Huyện ủy B, Huyện ủy C": the unit belongs to every committee of the list."""
    for i in range(len(found) - 1):
        if not found[i].pre or found[i].core_role != "committee":
            continue
        pre = found[i].pre
        k = i + 1
        while (
            k < len(found)
            and found[k].core_role == "committee"
            and _LIST_SEP.match(text[found[k - 1].end : found[k].start])
        ):
            if found[k].pre:
                break
            found[k].canonical = canonical_name(pre + found[k].text, extra)
            found[k].sector = found[i].sector
            k += 1


# A blank line: a paragraph's end, which no name runs on over.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A dash between two bodies the grammar read apart lists them ("Đảng ủy – HĐND – UBND phường"); a dash inside a
# name ("Ban Dân chủ - Pháp luật") is part of the mention.
_LIST_SEPARATORS = r",|và|,\s*và|[-–]"
_LIST_SEP = re.compile(rf"^\s*(?:{_LIST_SEPARATORS})\s*$")
# ("Bộ Chỉ huy Quân sự cùng Hội Nông dân tỉnh tổ chức ký kết", "Hội CCB phối hợp với Hội Cựu CAND huyện X tổ chức
# ký kết": "cùng (với)" and "phối hợp với" join the bodies of a subject as "và" does)
_SHARED_LEVEL_SEP = re.compile(rf"^\s*(?:{_LIST_SEPARATORS}|cùng(?:\s+với)?|phối\s+hợp\s+với)\s*$")


# ("Đảng ủy - HĐND - UBND xã A", "Đảng ủy-HĐND-UBND phường A": dashes join the list too)
_BARE_COMMITTEES = re.compile(
    r"(?<![\w])(?P<heads>(?:(?:Đảng|Huyện|Thành|Quận|Thị|Tỉnh)\s+ủy\s*(?:,|và|,\s*và|[-–])\s*)+)$"
)
_COMMITTEE_WORD = re.compile(r"(Đảng|Huyện|Thành|Quận|Thị|Tỉnh)\s+ủy")
# Every match of _BARE_COMMITTEES holds it: a window without it (five mentions in six) is passed without a search.
_COMMITTEE_SUFFIX = "ủy"
_PLACED_TAIL = re.compile(
    rf"(?<![\w])(?P<lvl>xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|đặc khu)\s+"
    rf"(?P<place>(?:{lexicon.UPPER_CLASS}|\d)[^,;]*)$"
)
_LOCAL_COMMITTEES = re.compile(r"(?:[Đđ]ảng|[Hh]uyện|[Tt]hành|[Qq]uận|[Tt]hị)\s+ủy")  # (also in lower case: "huyện ủy")


def _listed_members(found: list[AgencyMention]) -> dict[str, list[AgencyMention]]:
    """The longest list of placed bodies of each kind the text spreads ("Công an 7 tỉnh gồm: A, B, C"), by core."""
    runs: dict[str, list[AgencyMention]] = {}
    current: list[AgencyMention] = []
    for a in [*found, None]:
        if a is not None and a.listed and not a.pre and current and a.core == current[0].core:
            current.append(a)
            continue
        if len(current) >= 2:
            key = _WS.sub(" ", current[0].core).casefold()
            if len(current) > len(runs.get(key, ())):
                runs[key] = current
        current = [a] if a is not None and a.listed and not a.pre and a.has_level else []
    return runs


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _counts_the_members(text: str, m: re.Match, members: list[AgencyMention]) -> bool:
    """Whether the counted phrase ``m`` ("... Công an 7 tỉnh") refers back to the listed ``members``: it lists no
    places of its own ("Hội Nông dân 2 tỉnh A và B"), its level is theirs and its number, if any, is theirs."""
    after = _WS_AFTER.match(text, m.end())
    assert after is not None  # every part of the pattern is optional: it matches everywhere
    if _place_item(text, after.end()):
        return False
    level = _WS.sub(" ", m.group("lvl")).casefold()
    # (a count of several levels, "07 xã, phường", counts members of each, and a member may be named without one:
    # "Công an 07 xã, phường: Minh Long, ...")
    more = _MORE_COUNTED_LEVELS.match(text, m.end())
    levels = (level, *(_WS.sub(" ", w).casefold() for w in _BARE_LEVEL.findall(more.group(0)))) if more else (level,)
    if not all(
        b.att.casefold().startswith(levels)
        or (level == "tỉnh" and b.att.casefold().startswith("thành phố"))
        or (more is not None and not _BARE_LEVEL.match(b.att))
        for b in members
    ):
        return False
    count = m.group("count").casefold()
    number = int(count) if count.isdigit() else _COUNT_WORDS.get(count)
    # (a body the list names twice, as a run that opens with the report's first sentence may, counts once)
    return number is None or number == len({b.canonical for b in members})


_WS_AFTER = re.compile(r"[\s,:]*(?:thành\s+phố|thành)?[\s,:]*(?:gồm)?[\s,:]*")


def _add_units_of_listed_bodies(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Công an 7 tỉnh gồm: A, B, C ... Phòng An ninh kinh tế Công an 7 tỉnh": a unit of a counted body
    whose members the article lists is that unit of each member."""
    if not any(a.listed for a in found):
        return found
    runs = _listed_members(found)
    if not runs:
        return found
    added: list[AgencyMention] = []
    for m in _head_scan(grammar()["unit_of_counted"], text):
        members = runs.get(_WS.sub(" ", m.group("core")).casefold())
        if not members or not m.group(0)[0].isupper() or not _counts_the_members(text, m, members):
            continue
        unit = _WS.sub(" ", m.group("unit"))
        sector, _ = _sector(m.group("unit") + " ", m.group("core"))
        in_title = bool(grammar()["title_before"].search(text, max(0, m.start() - 60), m.start()))
        for b in members:
            added.append(
                AgencyMention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    canonical_name(f"{unit} {b.canonical}", extra),
                    sector,
                    True,
                    in_title=in_title,
                    core_role="body",
                    core=b.core,
                    pre=unit + " ",
                    att=b.att,
                    listed=True,
                )
            )
    if not added:
        return found
    kept = [a for a in found if not any(x.start <= a.start < x.end for x in added)]
    return sorted(kept + added, key=lambda x: x.start)


# A count before a level word with nothing placed after it ("... 3 tỉnh và", "... 3 tỉnh."): the cue of a counted head.
_COUNTED_LEVEL_CUE = re.compile(
    r"(?<![\w])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])"
)


def _listed_runs(found: list[AgencyMention]) -> list[list[AgencyMention]]:
    """The runs of members one spread list made ("BĐBP 3 tỉnh A, B và C"), in text order."""
    runs: list[list[AgencyMention]] = []
    for a in found:
        if not (a.listed and a.has_level and a.att):
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and last.core == a.core and last.pre == a.pre and a.start >= last.start:
            runs[-1].append(a)
        else:
            runs.append([a])
    return runs


def _add_counted_back_references(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "BĐBP 3 tỉnh A, B và C ... Bộ Chỉ huy BĐBP 3 tỉnh": a counted head that lists no places of its own refers
    back to the places the text listed last at that level and count; it is that body of each of them."""
    if not any(a.listed for a in found):
        return found
    g = grammar()
    runs = _listed_runs(found)
    added: list[AgencyMention] = []
    for cue in _COUNTED_LEVEL_CUE.finditer(text):
        if any(a.start <= cue.start() < a.end for a in found):
            continue  # the count of a list the grammar has spread already
        m = None
        for w in _CAP_WORD_START.finditer(text, max(0, cue.start() - 50), cue.start()):
            m = g["counted_head"].match(text, w.start())
            if m and m.end() == cue.end():
                break
            m = None
        if m is None:
            continue
        before = [r for r in runs if r[-1].end <= m.start() and len(r) >= 2]
        members = next((r for r in reversed(before) if _counts_the_members(text, m, r)), None)
        if members is None:
            continue
        head = _WS.sub(" ", m.group("head"))
        sector, role = _sector("", head)
        in_title = bool(g["title_before"].search(text, max(0, m.start() - 60), m.start()))
        for b in members:
            added.append(
                AgencyMention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    canonical_name(f"{head} {b.att}", extra),
                    sector,
                    True,
                    in_title=in_title,
                    core_role=role,
                    core=head,
                    att=b.att,
                    listed=True,
                )
            )
    if not added:
        return found
    kept = [a for a in found if not any(x.start <= a.start < x.end for x in added)]
    return sorted(kept + added, key=lambda x: x.start)


_CAP_WORD_START = re.compile(rf"(?<![\w])(?-i:{lexicon.UPPER_CLASS})")


def _drop_generic_list_members(text: str, found: list[AgencyMention], generic_starts: list[int]) -> list[AgencyMention]:
    """ "Huyện ủy, Thành ủy, UBND các huyện, thành phố", "Đoàn Thanh niên và Hội CCB cấp cơ sở": bare local committee
    words and bare mass organisations listed before a category are that category's members too, and no specific
    body."""
    drop: set[int] = set()
    for start in generic_starts:
        pos = start
        for i in range(len(found) - 1, -1, -1):
            a = found[i]
            if a.end > pos:
                continue
            bare = _LOCAL_COMMITTEES.fullmatch(a.core) or (a.sector == "front" and a.core_role == "body" and not a.pre)
            if not (_LIST_SEP.match(text[a.end : pos]) and not a.att and bare):
                break
            drop.add(i)
            pos = a.start
    return [a for i, a in enumerate(found) if i not in drop]


# "được Đảng ủy - Bộ CHQS tỉnh lãnh đạo": the Party committee and the command it leads, written as one pair.
_DASHED_COMMITTEE = re.compile(r"(?<![\w])Đảng\s+ủy\s*[-–]\s*$")


def _add_committees_of_dashed_bodies(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Đảng ủy - Bộ Chỉ huy Quân sự tỉnh": a bare "Đảng ủy" set before a body with a dash is that body's Party
    committee (the body stays an agency of its own); not before a people's council or committee, whose Party
    committee is named by the place."""
    added = []
    for b in found:
        dash = _DASHED_COMMITTEE.search(text, max(0, b.start - 12), b.start)
        if not dash or b.in_title or b.sector == "party" or _PEOPLES_BODY.search(b.core.strip()):
            continue
        if any(a.start <= dash.start() < a.end for a in found):
            continue
        added.append(
            AgencyMention(
                dash.start(),
                b.end,
                text[dash.start() : b.end],
                f"Đảng ủy {b.canonical}",
                "party",
                True,
                in_title=bool(grammar()["title_before"].search(text, max(0, dash.start() - 60), dash.start())),
                is_location=b.is_location,
                core_role="committee",
                core="Đảng ủy",
                att=b.att,
            )
        )
    return sorted(found + added, key=lambda x: x.start) if added else found


def _share_place_with_committees(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Huyện ủy, UBND huyện Đakrông", "Đảng ủy, UBND các xã A, B": bare party committee words before a
    placed body share its place (one committee per listed place)."""
    out: list[AgencyMention] = []
    i = 0
    while i < len(found):
        b = found[i]
        window = max(0, b.start - 60)
        heads = (
            None
            if b.in_title or b.is_location or text.find(_COMMITTEE_SUFFIX, window, b.start) < 0
            else _BARE_COMMITTEES.search(text, window, b.start)
        )
        if heads and out and out[-1].start < heads.start("heads") < out[-1].end:
            heads = None  # the first word ends a longer name ("Ban Thường vụ Tỉnh ủy, UBND tỉnh X")
        places = _placed_run(text, found, i) if heads else []
        if not places or heads is None:
            out.append(b)
            i += 1
            continue
        words = [w.group(0) for w in _COMMITTEE_WORD.finditer(heads.group("heads"))]
        h0 = heads.start("heads")
        # the bare committee mentions the grammar found in the heads are replaced by the placed ones
        popped = []
        while out and out[-1].start >= h0:
            popped.append(out.pop())
        if grammar()["title_before"].search(text, max(0, h0 - 60), h0) or any(a.in_title for a in popped):
            out.extend(reversed(popped))  # in a person's title: left as the grammar read it
            out.extend(found[i : i + len(places)])
            i += len(places)
            continue
        for word in words:
            for body in places:
                name = _committee_name(word, body)
                if name:
                    # the mention ends with its word, not with the separator after it (the list's walk reads the gap)
                    end = h0 + len(text[h0 : b.start].rstrip(" ,-–").removesuffix(" và").rstrip(" ,"))
                    out.append(
                        AgencyMention(
                            h0,
                            end,
                            text[h0:end],
                            name,
                            "party",
                            True,
                            core_role="committee",
                            core=word,
                            att=body.att,
                            listed=True,
                        )
                    )
        out.extend(found[i : i + len(places)])
        i += len(places)
    out.sort(key=lambda x: x.start)
    return out


# (the unit's command named by a lower-case word between: "đại diện Đảng ủy, chỉ huy Lữ đoàn 234")
_BARE_PARTY_COMMITTEE = re.compile(
    r"(?<![\w])(?P<word>Đảng\s+ủy)\s*(?:,|và|,\s*và|[-–])\s*(?:(?-i:chỉ\s+huy|thủ\s+trưởng)\s+)?$"
)


def _share_bare_level_with_party_committee(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Đảng ủy, HĐND, UBND phường", "Đảng ủy – UBND xã": a bare "Đảng ủy" listed before the bodies of a level
    named without a place is the Party committee of that level, as printed ("Đảng ủy phường"); before another
    kind of body it is that body's committee."""
    added: list[AgencyMention] = []
    for k, a in enumerate(found):
        head = _BARE_PARTY_COMMITTEE.search(text, max(0, a.start - 20), a.start)
        if head is None or a.in_title or (k and found[k - 1].end > head.start()):
            continue
        if _inside_longer_name(text, head.start(), head.end("word")):
            continue  # "Văn phòng Đảng ủy, Công an phường": the word ends the name of an organ
        named_by = _level_of_listed_bodies(text, found, k)  # the level, or the body, the committee is named by
        if named_by and not _PEOPLES_BODY.search(_WS.sub(" ", a.core).strip()):
            named_by = a.canonical  # "Đảng ủy - Bộ CHQS tỉnh": the committee of that body (see _committee_name)
        elif not named_by and a.core_role == "standalone" and a.sector != "party":
            named_by = a.canonical  # "Đảng ủy, Ban Chỉ huy Phòng thủ khu vực 2": a body complete by its name
        if named_by:
            added.append(
                AgencyMention(
                    head.start(),
                    head.end("word"),
                    head.group("word"),
                    canonical_name(f"Đảng ủy {named_by}", extra),
                    "party",
                    True,
                    core_role="committee",
                    core="Đảng ủy",
                    att=named_by,
                )
            )
    return sorted(found + added, key=lambda x: x.start) if added else found


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a name the grammar reads from a capitalised word shortly before ``start`` runs to ``end``."""
    agency = grammar()["agency"]
    for w in _CAP_WORD_START.finditer(text, max(0, start - 30), start):
        m = agency.match(text, w.start())
        if m and m.end() >= end:
            return True
    return False


def _level_of_listed_bodies(text: str, found: list[AgencyMention], k: int) -> str:
    """The bare level word ("phường") the list of bodies from found[k] ends with, or ""."""
    j = k
    while j + 1 < len(found) and found[j + 1].start >= found[j].end and _LIST_SEP.match(_gap(text, found, j)):
        j += 1
    last = found[j]
    if last.core_role != "body" or last.sector == "party" or not _BARE_LEVEL.fullmatch(last.att):
        return ""
    return _WS.sub(" ", last.att).lower()


def _placed_run(text: str, found: list[AgencyMention], i: int) -> list[AgencyMention]:
    """found[i] when it ends with a level and a place, with the members of the same spread list after it."""
    first = found[i]
    # (a bare member named with the level and place of the list's last one has them in its name only: "Đảng ủy,
    # UBND, Ủy ban MTTQ xã A")
    if not (first.has_level and _PLACED_TAIL.search(first.canonical)):
        return []
    run = [first]
    for a in found[i + 1 :] if first.listed else ():
        if (
            a.core != first.core
            or not a.listed
            or not (_ITEM_GAP.fullmatch(text, run[-1].end, a.start) or _same_span(a, run[-1]))
            or not _PLACED_TAIL.search(a.canonical)
        ):
            break
        run.append(a)
    return run


def _same_span(a: AgencyMention, b: AgencyMention) -> bool:
    """Two members one bare mention spread over a list ("UBND, Công an các xã A, B": the "UBND" of A and B)."""
    return a.start == b.start and a.end == b.end


_ITEM_GAP = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*(?:,|;|và|cùng|,\s*và)\s*")


# The Party committee of a place is named with the place's people's committee ("Đảng ủy, UBND xã A" is
# "Đảng ủy xã A"); of any other body, with that body ("Đảng ủy, Bộ CHQS tỉnh" is "Đảng ủy Bộ CHQS tỉnh").
_PEOPLES_BODY = re.compile(r"(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)$", re.IGNORECASE)


def _committee_name(word: str, body: AgencyMention) -> str | None:
    """The name a bare committee word listed before the placed ``body`` takes, if it takes one."""
    word = _WS.sub(" ", word)
    tail = _PLACED_TAIL.search(body.canonical)
    if tail is None:  # the bodies of a placed run all end with one; nothing to share otherwise
        return None
    lvl, place = tail.group("lvl").lower(), tail.group("place")
    if body.sector == "party" and body.core_role in ("committee", "unit"):
        return None  # "phòng họp Đảng ủy, Đảng ủy phường A": the word repeats the committee, it heads no list
    if word.casefold() == "đảng ủy":
        return f"Đảng ủy {lvl} {place}" if _PEOPLES_BODY.search(body.core.strip()) else f"Đảng ủy {body.canonical}"
    return f"{word} {place}" if _COMMITTEE_LEVEL.get(word.casefold()) == lvl else None


# "3 chi đoàn: Viện KSND, Sở Tư pháp, Tòa án nhân dân tỉnh": branches of the organisations of each listed body.
_BRANCHES = {
    "chi đoàn": ("Chi đoàn", "front"),
    "chi bộ": ("Chi bộ", "party"),
    "công đoàn": ("Công đoàn", "front"),
    "đoàn thanh niên": ("Đoàn Thanh niên", "front"),
    "chi hội": ("Chi hội", "front"),
    "đảng bộ": ("Đảng bộ", "party"),
}
_COUNTED_BRANCHES = re.compile(
    r"(?<![\w])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)\s+"
    r"(?P<branch>chi\s+đoàn|chi\s+bộ|công\s+đoàn|đoàn\s+thanh\s+niên|chi\s+hội|đảng\s+bộ)"
    r"(?:\s+(?:cơ\s+sở|trực\s+thuộc))?\s*:\s*$",
    re.IGNORECASE,
)


def _colon_ends(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a colon and white space only after it."""
    return text[start:end].rstrip().endswith(":")


def _name_counted_branches(text: str, found: list[AgencyMention], extra) -> None:
    """A counted branch word before a colon and a list of bodies names the branch of each body."""
    i = 0
    while i < len(found):
        window = max(0, found[i].start - 40)
        # (the pattern ends with a colon and white space: a mention after none, most, is passed without a search)
        head = (
            _COUNTED_BRANCHES.search(text, window, found[i].start)
            if _colon_ends(text, window, found[i].start)
            else None
        )
        if not head:
            i += 1
            continue
        word, sector = _BRANCHES[_WS.sub(" ", head.group("branch")).casefold()]
        j = i
        while True:
            a = found[j]
            a.canonical = canonical_name(f"{word} {a.canonical}", extra)
            a.sector, a.pre, a.has_level = sector, f"{word} {a.pre}", True
            if j + 1 >= len(found) or not _LIST_SEP.match(text[a.end : found[j + 1].start]):
                break
            j += 1
        i = j + 1


def _spread_shared_level(text: str, found: list[AgencyMention], extra) -> None:
    """ "Công an, Bộ CHQS và BĐBP tỉnh": the last member's level belongs to every bare member."""
    g = grammar()
    i = 0
    while i < len(found):
        j = i
        while (
            j + 1 < len(found)
            and (not found[j].has_level or (j > i and _named_by_its_own_name(found[j])))
            and _SHARED_LEVEL_SEP.match(text[found[j].end : found[j + 1].start])
        ):
            j += 1  # (a member named by a name of its own, "Trại giam Bình Điền", stands in the list and takes none)
        if j > i and found[j].has_level:
            att = found[j].att
            # (a list of two only when no placed member is listed before or after them: "Ban Tuyên giáo Tỉnh ủy, Sở X
            # và Hội Y tỉnh Z" and "Sở X, Công an tỉnh Z và Trại giam Y" are lists of three)
            pair = (
                j == i + 1
                and not (i > 0 and _SHARED_LEVEL_SEP.match(text[found[i - 1].end : found[i].start]))
                and not (j + 1 < len(found) and _SHARED_LEVEL_SEP.match(text[found[j].end : found[j + 1].start]))
            )
            if att and (g["level"].match(att) or _AREA.match(att)) and not _prints_levels_each(text, found, i, j):
                for k in range(i, j):
                    if not found[k].has_level and _takes_shared_level(found[k], found[j], pair=pair):
                        found[k].canonical = canonical_name(f"{found[k].text} {att}", extra)
                        found[k].has_level = True
        i = j + 1


def _named_by_its_own_name(a: AgencyMention) -> bool:
    """A body named by a proper name of its own, with no level ("Trại giam Bình Điền", "Đồn Biên phòng Lò Gò")."""
    return a.core_role == "named" and not a.att


LEVELS_EACH_MIN = 2  # members before a bare run that print their own level, for the list to print levels each
# a level word printed as a word of a member's name ("Hội Nông dân tỉnh"; not the level a committee word holds,
# "Thường trực Tỉnh ủy, Ban TVTU, Thường trực HĐND, UBND tỉnh")
_PRINTED_LEVEL_WORD = re.compile(rf"(?<![\w])(?:{LEVEL_WORDS})(?![\w])")


def _prints_levels_each(text: str, found: list[AgencyMention], i: int, j: int) -> bool:
    """Whether the list that ``found[i:j]`` (bare members before the placed ``found[j]``) ends prints the level of
    most of its members before them, each with its own ("UBMTTQVN tỉnh, Hội CCB tỉnh, Hội Nông dân tỉnh, LĐLĐ tỉnh
    và Liên hiệp các Hội KH&KT, Hội LHPN tỉnh"): a member printed bare there is named bare. (A list that prints one
    level or none before ("UBMTTQ tỉnh, Hội Nông dân, Hội CCB, LĐLĐ tỉnh") shares the last member's.)"""
    placed = 0
    k = i
    while k > 0 and _SHARED_LEVEL_SEP.match(text[found[k - 1].end : found[k].start]):
        k -= 1
        placed += bool(_PRINTED_LEVEL_WORD.search(found[k].canonical))
    return placed >= LEVELS_EACH_MIN and placed > (i - k) - placed + (j - i)


# The area of a regional court, procuracy or enforcement office (2025): "Tòa án, Viện Kiểm sát khu vực 3".
_AREA = re.compile(r"khu\s+vực\s+(?:\d{1,2}|[IVX]{1,4})(?![\w])", re.IGNORECASE)


# The level a party committee word stands for ("Thành ủy" is the committee of a "thành phố").
_COMMITTEE_OF_LEVEL = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
    "tỉnh đoàn": "tỉnh",
    "thành đoàn": "thành phố",
    "huyện đoàn": "huyện",
    "quận đoàn": "quận",
    "thị đoàn": "thị xã",
}


def _share_place_of_last(text: str, found: list[AgencyMention], extra) -> None:
    """ "Ban Dân vận Thành ủy, Công an thành phố và BCH Quân sự thành phố Pleiku": the place after the last
    member of a list belongs to every member named at the same level without a place (a bare level word,
    or a committee word of that level)."""
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _LIST_SEP.match(text[found[j].end : found[j + 1].start]):
            j += 1
        tail = _PLACED_TAIL.search(found[j].canonical) if j > i and not found[j].listed else None
        if tail:
            level, place = tail.group("lvl").casefold(), tail.group("place")
            last_head = _WS.sub(" ", found[j].pre + found[j].core).casefold()
            for a in found[i:j]:
                if _WS.sub(" ", a.pre + a.core).casefold() == last_head:
                    continue  # "Công an tỉnh và Công an tỉnh Yên Bái": the same head placed apart is another body
                bare_level = _WS.sub(" ", a.att).casefold()
                committee = _WS.sub(" ", a.core).casefold() if a.core_role == "committee" and not a.att else ""
                if bare_level == level or _COMMITTEE_OF_LEVEL.get(committee) == level:
                    a.canonical = canonical_name(f"{a.canonical} {place}", extra)
        i = j + 1


# A mass organisation named as the national one ("Hội Nông dân Việt Nam") is complete without a level.
_NATIONAL_NAME = re.compile(r"(?:Việt\s+Nam|VN)$")


_POLICE_DEPARTMENT = re.compile(r"Phòng\s", re.IGNORECASE)
_DEPARTMENT_OF_PROVINCE = re.compile(r"Sở\s")
_PROVINCE_LEVEL_ATT = re.compile(r"(?:tỉnh|thành\s+phố|TP)(?![\w])", re.IGNORECASE)


_FRONT_COMMITTEE_HEADS = ("Ủy ban Mặt trận", "Ủy ban MTTQ", "UBMTTQ", "UB MTTQ")


def _named_at_every_level(core: str) -> bool:
    """A body that stands bare as an agency but is of every level, so that a list's level is its too (unlike
    _NEEDS_LEVEL's, which name nothing bare): the Front's committee ("Ủy ban MTTQVN và Viện kiểm sát nhân dân tỉnh")
    and a State programme's steering committee ("Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ và Hội CCB tỉnh")."""
    return core.startswith(_FRONT_COMMITTEE_HEADS) or (
        core.startswith("Ban Chỉ đạo") and _head_info(core) == ("state", "body")
    )


def _takes_shared_level(a: AgencyMention, last: AgencyMention, pair: bool = False) -> bool:
    """Whether a bare list member takes the level of the list's ``last`` member: a body that needs a level
    ("Công an, Bộ CHQS tỉnh"), or a mass organisation in a list of mass organisations ("Hội Nông dân, Hội CCB,
    LĐLĐ tỉnh") or before a placed level ("Hội CCB và Bộ CHQS tỉnh Đồng Tháp"). Before another kind of body
    with a bare level ("Đoàn TNCS Hồ Chí Minh và Bộ CHQS tỉnh") the association's level is left unsaid. ``pair``: the
    list has two members."""
    core = _WS.sub(" ", a.core or a.text)
    if a.sector == "police" and _POLICE_DEPARTMENT.match(core):
        return bool(_PROVINCE_LEVEL_ATT.match(last.att))  # "Phòng Cảnh sát PCCC, Ban CHQS thị xã A": no district's
    if _NEEDS_LEVEL.fullmatch(core) or (not a.pre and _named_at_every_level(core)):
        return True
    if _DEPARTMENT_OF_PROVINCE.match(core) and not a.pre:
        # "Sở Ngoại vụ và Bộ CHQS tỉnh Gia Lai": a provincial department paired with a body placed in a province (in a
        # longer list, "Viện KSND, Sở Tư pháp, Tòa án nhân dân tỉnh X", the department is named as it stands)
        return pair and bool(_PROVINCE_LEVEL_ATT.match(last.att) and grammar()["place_after_level"].fullmatch(last.att))
    if a.sector != "front" or a.core_role != "body" or a.pre or _NATIONAL_NAME.search(core):
        return False
    return last.sector == "front" or bool(grammar()["place_after_level"].fullmatch(last.att))


# The youth union of a level is one body under two names: "Đoàn TNCS Hồ Chí Minh tỉnh X" is "Tỉnh Đoàn X",
# "Đoàn Thanh niên quận" is "Quận Đoàn" (a level word right after the union's name; "Đoàn Thanh niên Công an
# tỉnh" is the union of the provincial police, another body).
YOUTH_UNION_OF_LEVEL = re.compile(
    r"^(.* )?đoàn thanh niên(?: cộng sản hồ chí minh)? (tỉnh|thành phố|huyện|quận|thị xã)(?=$| )"
)
_YOUTH_COMMITTEE = {
    "tỉnh": "tỉnh đoàn",
    "thành phố": "thành đoàn",
    "huyện": "huyện đoàn",
    "quận": "quận đoàn",
    "thị xã": "thị đoàn",
}


# The cities run by the centre: "thành phố X" there is the province-level body, elsewhere a city of the province;
# they take "thành phố" where a list says "tỉnh, thành phố".
_CENTRAL_CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}
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
    if province:
        key = _without_own_province(key, fold_tones(province).casefold())
    # (each substitution below is tried only where its pattern's characters are: most keys hold none of them)
    if key.startswith("ban ") and key.endswith(" tỉnh"):
        # "Ban Tuyên giáo tỉnh Khánh Hòa" is the organ of the Tỉnh ủy: "Ban Tuyên giáo Tỉnh ủy" (a city's may be a
        # provincial city's Thành ủy, another body than the province's)
        key = _PARTY_ORGAN_OF_PROVINCE.sub(r"\1 tỉnh ủy", key)
    if key.endswith(_KEY_LEVEL_ENDINGS):
        key = _KEY_LEVEL_END.sub("", key)
    key = key.replace("ủy ban mặt trận tổ quốc việt nam", "ủy ban mặt trận tổ quốc")
    # "Bộ Chỉ huy Biên phòng tỉnh" is the short name of "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": one body, named as printed
    key = key.replace("chỉ huy biên phòng", "chỉ huy bộ đội biên phòng")
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


# --- shared heads over a list of places ------------------------------------------------------------
# "Huyện ủy Phong Thổ, Sìn Hồ và Mường Tè", "Đảng ủy xã A, B, C", "Công an 7 tỉnh, thành phố gồm: A, B",
# "Cảng vụ Hàng hải các tỉnh, thành: A, B", "UBND 2 xã A và B": one body per place.  Every item must be
# a place the gazetteer knows (lexicon.places), so a list of persons or other bodies never spreads.
_PLACE_WORD = rf"(?:{lexicon.CAP_SYL}|\d{{1,2}}(?![\w]))"
_ITEM = re.compile(
    rf"(?:(?P<tp>(?:TP|Tp)\.?\s*|[Tt]hành\s+phố\s+)|(?P<lvl>thị\s+xã|thị\s+trấn|huyện|quận|xã|phường)\s+)?(?P<words>{lexicon.CAP_SYL}(?:(?:[ ]+|\s*-\s*){lexicon.CAP_SYL}){{0,4}})"
)
_ITEM_SEP = re.compile(r"\s*(?:,|;|\s)\s*(?:và\s+|cùng\s+)?|\s+(?:và|cùng)\s+")
_ITEM_NOTE = re.compile(r"\s*\([^()\n]{1,40}\)")
# The connector between a shared head and its list: a count or "các", one or more level words ("xã, phường"),
# optional qualifiers ("biên giới biển", "trực thuộc Trung ương") and a list marker ("gồm", "là", ":").  With a
# marker (or a count right before the names) the structure itself says the names that follow are places.
_COUNT = r"(?P<count>các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
# "Công an 3 địa phương A, B và C": a count of localities of whatever level (each named without a level word).
# (and "5 hạt kiểm lâm khu vực A, B, ...": the areas of 2025 named after a place, each "khu vực A")
_ONE_LEVEL = r"(?:tỉnh\s*,\s*thành(?:\s+phố)?|tỉnh\s+thành(?:\s+phố)?|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|địa\s+phương|khu\s+vực)"
_LEVELS = rf"(?P<lvl>{_ONE_LEVEL}(?:\s*(?:,|/|và|,\s*và)\s*{_ONE_LEVEL})*)(?![\w])"
# The levels after the first of a count of several ("07 xã, phường": ", phường"), as _LEVELS reads them
_MORE_COUNTED_LEVELS = re.compile(rf"(?:\s*(?:,|/|và|,\s*và)\s*{_ONE_LEVEL})+(?![\w])", re.IGNORECASE)
_QUALIFIERS = (
    r"(?:\s+(?:trực\s+thuộc\s+(?:Trung\s+ương|TW|TƯ)|(?!(?:gồm|bao|là|và|với|cùng|của)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}+)(?![\w]))){{0,4}}"
)
# "Huyện ủy 5 huyện biên giới tỉnh Cao Bằng gồm: A, B": the province that places the whole list may stand
# before the marker (it is no item of the list).
_PLACING = rf"(?:\s+(?:tỉnh|thành\s+phố)\s+{lexicon.CAP_SYL}(?:\s+{lexicon.CAP_SYL}){{0,3}})?"
# "UBND các xã biên giới A, B, C": a word or two that qualify counted levels right before the names, without a
# list marker (not a phrase that places them: "các xã trên địa bàn huyện A" names one place, no list)
_BARE_QUALIFIERS = (
    r"(?P<bare>(?:\s+(?!(?:gồm|bao|là|và|với|cùng|của|trên|tại|thuộc|ở|trong|địa|đóng|giáp|thành|tỉnh|huyện)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}+)(?![\w])){{1,2}}(?=\s+(?-i:{lexicon.UPPER_CLASS})))?"
)
_MARKER = r"(?P<marker>\s*,?\s*(?:(?:bao\s+)?gồm|là|như)(?![\w])\s*:?|\s*:)\s*"
# a numbered district or ward in a list after its level ("các quận: 1, 3, 4"), not a count or a date
_NUMBERED_PLACE_ITEM = re.compile(r"\d{1,2}(?![\w/]|[.,:]\d|\s+(?:năm|tháng|ngày|người|đơn\s+vị)(?![\w]))")
_QUANTIFIED_LEVEL = re.compile(
    # ("KBNN cấp quận/huyện gồm: A, B": the level named as a tier)
    # ("12 Hội Luật gia của các tỉnh, thành phố: A, B": "của" before a plural level)
    # (a short form in brackets may come first: "Ban chỉ đạo chống buôn lậu ... (Ban chỉ đạo 389) các tỉnh, thành phố:")
    rf"(?:\s*\([^()\n]{{1,40}}\))?\s+(?:của\s+(?=các\s))?(?:{_COUNT}\s+(?:đơn\s+vị\s+)?)?(?:cấp\s+)?{_LEVELS}(?:{_QUALIFIERS}{_PLACING}{_MARKER}|(?(count){_BARE_QUALIFIERS}\s*|(?!)))"
    # (a head before a colon or "gồm" and the places themselves: "các Cục QLTT giáp ranh: A, B", "05 Cục QLTT gồm A, B")
    rf"|(?P<colon>{_QUALIFIERS}(?:\s*:|\s*,?\s*(?:bao\s+)?gồm(?![\w])\s*:?)\s*)",
    re.IGNORECASE,
)
_OWN_LEVEL = re.compile(rf"(?P<lvl>{LEVEL})\s*", re.IGNORECASE)


# A border or police post is named after its border gate or industrial zone, written before the place in a
# list of posts ("4 đồn Biên phòng: A, cửa khẩu B, C"): the descriptor belongs to the item's name.
_GATE_ITEM = re.compile(
    r"(?:[Cc]ửa\s+khẩu(?:\s+[Qq]uốc\s+tế)?|CKQT|CK|[Kk]hu\s+công\s+nghiệp|KCN)\s+(?=(?-i:" + lexicon.UPPER_CLASS + "))"
)
# "TPHCM", "TP.HCM", "TP. Hồ Chí Minh": the one city whose name is abbreviated in lists.
_HCM_ITEM = re.compile(r"(?:TP\.?\s*HCM|TPHCM|(?:TP\.?\s*|[Tt]hành\s+phố\s+)Hồ\s+Chí\s+Minh)(?![\w])")


_ITEM_WORD = re.compile(r"[^\s-]+")
# A place split in parts named by a letter or a number after its name: "Tân Lập A", "Tân Lập B", "Ấp 5".
# A number so placed ends the name, as a list item ends ("Ấp 5, Ấp 7"), not before a noun it counts ("huyện A 15 năm").
_PART_OF_PLACE = re.compile(r"[ ]+(?:(?-i:[A-ZĐ])(?![\w])|\d{1,2}(?=\s*(?:[,;.:)]|và\s|cùng\s|$)))")
_WORD_AFTER_SPACE = re.compile(r"(?<=\s)\S")


def _place_item(
    text: str,
    pos: int,
    named: bool = False,
    levelled: bool = False,
    structural: bool = False,
    list_level: str = "",
) -> tuple[int, str, str] | None:
    """The longest known place name at ``pos``: (end, name, the level word written before it: "thành phố" for
    "TP."; "" for none).

    After a head that takes a proper name (``named``: "Đồn Biên phòng A, B") an item is any short
    capitalised name, as a station or a paper is named after a place the gazetteer may not hold; so it is
    after a list marker (``structural``: "Công an 3 xã gồm: A, B và C"), where the structure says the names
    are places.  Only after a head that takes level words (``levelled``) may an item bring its own ("các
    huyện: A, B, thị xã C"), or where it repeats the level of the list's first place (``list_level``: "Hội
    Cựu chiến binh xã A, xã B")."""
    hcm = _HCM_ITEM.match(text, pos)
    if hcm and (levelled or structural):
        return hcm.end(), "Hồ Chí Minh", "thành phố"
    number = _NUMBERED_PLACE_ITEM.match(text, pos) if structural and list_level in ("quận", "phường") else None
    if number:
        return number.end(), number.group(0), ""  # "Công an các quận như: 1, 3, Phú Nhuận": the numbered districts
    if named:
        gate = _GATE_ITEM.match(text, pos)
        if gate:
            rest = _place_item(text, gate.end(), named=True, structural=structural)
            return (rest[0], text[pos : gate.end()] + rest[1], "") if rest and not rest[2] else None
    m = _ITEM.match(text, pos)
    if not m:
        return None
    own = "thành phố" if m.group("tp") else _WS.sub(" ", m.group("lvl") or "").lower()
    if own and not levelled and own != list_level:
        return None
    words = list(_ITEM_WORD.finditer(m.group("words")))
    for k in range(len(words), 0, -1):
        end = m.start("words") + words[k - 1].end()
        name = text[m.start("words") : end]
        if lexicon.is_place(name):
            part = _PART_OF_PLACE.match(text, end)
            if part:  # "Tân Lập A", "Ấp 5": one of the numbered or lettered parts of a known place
                end = part.end()
                name = text[m.start("words") : end]
            return end, name, own
    if structural or (named and not own):
        start = m.start("words") if structural else pos
        name = grammar()["place"].match(text, start)
        if (
            name
            and "\n" not in name.group(0)
            and not name.group(0)[0].isdigit()
            and not _NAME_RUNS_ON.match(text, name.end())
            and (structural or not _person_or_body_at(text, start, name.group(0)))
        ):
            return name.end(), name.group(0), own
    return None


def _person_or_body_at(text: str, pos: int, name: str) -> bool:
    """Whether the unknown name at ``pos`` after a named head is rather a person's full name (a family name and two
    syllables more: "Trại giam Xuân Phước; Nguyễn Khánh Minh - Phó Bí thư ...") or opens a body's name ("... và
    Tỉnh Đoàn"): a station or a prison named after a place the gazetteer lacks has a short name of its own."""
    words = name.split()
    if len(words) >= 3 and words[0] in lexicon.surnames():
        return True
    return bool(grammar()["agency"].match(text, pos))


# An unknown name that runs on through a lower-case word into more capitalised words ("Khu Bảo tồn Thiên nhiên X",
# "Vườn quốc gia Y") is the start of another body's name, no place (a preposition or a conjunction may stand there:
# "Đồn Biên phòng A, B tại Quảng Trị").
_NAME_RUNS_ON = re.compile(
    rf"[ ]+(?!(?:tại|ở|của|với|và|cùng|thuộc|trên|cho|về|đến|từ|trong|giữa|theo|là|gồm|như)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS})+[ ]+(?-i:{lexicon.UPPER_CLASS})"
)


def _level_printed_for(text: str, connector: re.Match | None, place: str) -> str:
    """The one level word of a list of several ("Công an 07 xã, phường giáp ranh: Minh Long, ...") that the article
    prints before ``place`` elsewhere ("Công an phường Minh Long"), or ""."""
    levels = _BARE_LEVEL.findall(connector.group("lvl") or "") if connector else []
    if len(levels) < 2:
        return ""
    named = "|".join(re.escape(w) for w in levels)
    found = {
        _WS.sub(" ", m.group(1)).lower()
        for m in re.finditer(rf"(?<![\w])({named})\s+{re.escape(place)}(?![\w])", text, re.IGNORECASE)
    }
    return found.pop() if len(found) == 1 else ""


def _list_level(connector: re.Match | None, place: str, own_level: str) -> str:
    """The level word an item takes: its own, or the list connector's ("các xã" -> "xã"); none where the
    connector names several levels ("10 xã, phường gồm: A, B": which is which is not said)."""
    lvl = _WS.sub(" ", (connector.group("lvl") or "") if connector else "").lower()
    if own_level:
        return own_level
    if lvl == "tỉnh, thành phố":
        return "thành phố" if place.casefold() in _CENTRAL_CITIES else "tỉnh"
    if lvl.startswith("tỉnh") and "thành" in lvl:
        return ""
    if re.search(r",|/|\svà\s", lvl) or lvl == "địa phương":
        return ""
    return lvl


def _items_after(
    text: str,
    pos: int,
    first: tuple[int, str, str] | None,
    named: bool = False,
    levelled: bool = False,
    structural: bool = False,
    list_level: str = "",
) -> list[tuple[int, int, str, str]]:
    """Places listed from ``pos``: [(start, end, name, own level word)], the first one given or read here."""
    items = []
    if first is None:
        first = _place_item(text, pos, named, levelled, structural, list_level)
        if first is None:
            return []
    start = pos
    while first is not None:
        end, name, item_level = first
        items.append((start, end, name, item_level))
        next_start = _next_item_start(text, end)
        if next_start is None:
            break
        start = next_start
        first = _place_item(text, start, named, levelled, structural, list_level)
        if first is not None and _opens_longer_body(text, start, first[0]):
            # "Ban Quản lý rừng phòng hộ A và Hạt Kiểm lâm huyện A", "Ban Nội chính Tỉnh ủy Quảng Ninh và Thanh tra
            # tỉnh": the next body, not a second place
            break
    return items


def _opens_longer_body(text: str, start: int, end: int) -> bool:
    """Whether a body's name the grammar knows starts at ``start`` and runs on past ``end``."""
    m = grammar()["agency"].match(text, start)
    return bool(m and m.end() > end)


def _next_item_start(text: str, end: int) -> int | None:
    """Where the next item starts after an item ending at ``end`` (past a bracketed note and a comma, a
    semicolon, "và" or "cùng" on the same line), or None where the list ends there."""
    note = _ITEM_NOTE.match(text, end)
    end = note.end() if note else end
    sep = _ITEM_SEP.match(text, end)
    if (
        not sep
        or sep.end() == end
        or text.find("\n", end, sep.end()) >= 0
        or not _SEP_WORD.search(text, end, sep.end())
    ):
        return None
    return sep.end()


# What makes the gap after an item a list separator (it holds no anchor nor look-around: searching the text between
# two offsets finds what searching their slice finds, without making the slice).
_SEP_WORD = re.compile(r"[,;]|và|cùng")


def _structural_items(
    text: str, pos: int, connector: re.Match, named: bool, levelled: bool, count_before: str = ""
) -> list[tuple[int, int, str, str]] | None:
    """The names after a list marker read by structure alone: at least two, as many as the count says, and
    the list must end where the sentence goes on (a verb, a full stop), not inside a longer capitalised run."""
    if not (connector.group("marker") or connector.group("colon")):
        return None
    level = _WS.sub(" ", connector.groupdict().get("lvl") or "").lower()
    items = _items_after(text, pos, None, named, levelled, structural=True, list_level=level)
    if len(items) < 2:
        return None
    count = (connector.group("count") or count_before).casefold()
    number = int(count) if count.isdigit() else _COUNT_WORDS.get(count)
    if number is not None and number != len(items):
        return None
    return items


# A count or "các" before a lower-case word: where a lower-case listed head may stand ("4 đồn Biên phòng: A, B",
# "công an các tỉnh: A, B"); the any-case pattern is tried only at the word starts around it (it is slow).
_LOWER_HEAD_CUE = re.compile(
    r"(?<![\w])(?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đồn|công\s+an|đảng\s+ủy|"
    r"huyện\s+ủy|hội|ban|chi\s+cục|hạt|trạm|ủy\s+ban)(?![\w])"
)
_WORD_START = re.compile(r"(?<![\w])(?-i:[a-zđ])")


# The three scans of a text for lower-case heads and their cues, made in one pass (each pattern matches only where a
# word starts; tests/test_extract_fast_paths.py checks that each finds what its own finditer finds).
_LOWER_CASE_CUE_SCAN = WordStartScan(_LOWER_CASE_HEAD, _COUNT_THEN_HEAD, _LOWER_HEAD_CUE)


@lru_cache(maxsize=1)
def _lower_case_cues(text: str) -> tuple[tuple[re.Match, ...], ...]:
    """The matches in ``text`` of _LOWER_CASE_HEAD, _COUNT_THEN_HEAD and _LOWER_HEAD_CUE (read once per text by
    _lower_case_heads and _listed_heads)."""
    return tuple(tuple(found) for found in _LOWER_CASE_CUE_SCAN.finditer_each(text))


# Characters that may end the part of a sentence a listed head is read in (those the pattern never takes are kept
# by _listed_stops).
_STOP_CANDIDATES = '.;:()"“”!?…[]'


@cache
def _listed_stops() -> re.Pattern | None:
    """The characters no match of the listed-head pattern takes, as a class (None if the pattern takes them all)."""
    stops = characters_never_taken(grammar()["listed_any_case"], _STOP_CANDIDATES)  # (a look-ahead takes nothing)
    return re.compile(f"[{re.escape(stops)}]") if stops else None


def _head_scan_outside(
    rx: re.Pattern, text: str, taken: list[tuple[int, int]], stops: re.Pattern
) -> Iterator[re.Match]:
    """The matches of ``_head_scan(rx, text)`` that start outside every span of ``taken``.  At a head start inside a
    span the match would be dropped, so ``rx`` is tried there only where it must be to know which later head starts
    the scan passes over: where the match could cover a head start outside the spans, that is where no character
    of ``stops`` (which ``rx`` never takes) stands between them.  (Two head starts with no stop between them share
    the same next stop, so leaving out the match of an earlier one never lets a later one cover more.)"""
    inside = bytearray(len(text) + 1)
    for s, e in taken:
        if e > s:
            inside[s:e] = b"\x01" * (e - s)
    end = 0
    pending: list[int] = []  # head starts inside a span since the last one outside
    for pos in _head_starts(text):
        if inside[pos]:
            pending.append(pos)
            continue
        for before in pending:
            if before >= end and not stops.search(text, before, pos):
                m = rx.match(text, before)
                if m:
                    end = m.end()
        pending.clear()
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                end = m.end()
                yield m


def _listed_heads(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """Matches of the listed-head pattern: capitalised heads anywhere, lower-case ones near a count; of the
    capitalised ones only those outside the spans ``taken`` (the caller drops the others)."""
    g = grammar()
    stops = _listed_stops()
    # (at head starts, capitals all, the pattern without its capital look-ahead matches as "listed" does)
    rx = g["listed_any_case"]
    capitalised = _head_scan_outside(rx, text, taken, stops) if stops else _head_scan(rx, text)
    out = {m.start(): m for m in capitalised}
    for cue in _lower_case_cues(text)[2]:
        for w in _WORD_START.finditer(text, max(0, cue.start() - 30), cue.end()):
            if w.start() not in out:
                m = g["listed_any_case"].match(text, w.start())
                if m:
                    out[m.start()] = m
    return [out[k] for k in sorted(out)]


def _add_listed_heads(text: str, found: list[AgencyMention], extra) -> None:
    """Heads that the grammar leaves because no place follows them directly ("Cảng vụ Hàng hải các tỉnh,
    thành: ..."): a bare mention each, which _spread_place_lists then spreads over the listed places."""
    starts = [(a.start, a.end) for a in found]
    for m in _listed_heads(text, starts[:]):
        if any(s <= m.start() < e for s, e in starts):
            continue
        lower = not m.group(0)[0].isupper()
        if (
            lower
            and not _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _COUNTED_CONNECTOR.match(text, m.end())
        ):
            continue  # "lực lượng công an: ..." is no head of a list; "công an các tỉnh: A, B" is
        pre, core = m.group("pre") or "", m.group("core")
        sector, role = _sector(pre, core)
        name = (m.group(0)[0].upper() + m.group(0)[1:]) if lower else m.group(0)
        bare = AgencyMention(
            m.start(),
            m.end(),
            name,
            name,
            sector,
            False,
            core_role=role,
            core=(core[0].upper() + core[1:]) if lower and not pre else core,
            pre=(pre[0].upper() + pre[1:]) if lower and pre else pre,
        )
        count = _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()) if lower else None
        spread = _spread_one(text, bare, extra, strict=lower, count_before=count.group("n") if count else "") or []
        if spread:
            # the head's own words ("Biên phòng" in "4 đồn Biên phòng: A, B") head no second list
            found[:] = [a for a in found if not m.start() <= a.start < m.end()]
            found.extend(spread)
            starts.extend((a.start, a.end) for a in spread)


def _spread_place_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    out: list[AgencyMention] = []
    for a in found:
        spread = _spread_one(text, a, extra)
        out.extend(spread or [a])
    out.sort(key=lambda x: x.start)
    return out


def _spread_bare_members_over_lists(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "UBND và Ủy ban MTTQ các phường A, B và C", "Công an, Ban CHQS huyện A, B": a body listed without its place
    right before a head spread over a list of places shares the list: one body per place, as the head has."""
    out: list[AgencyMention] = []
    for run in _runs_with_bare_members(text, found):
        bare, members = run
        for a in bare:
            if not members:
                out.append(a)
                continue
            for b in members:
                out.append(
                    _as_list_member(a, a.start, a.end, canonical_name(f"{a.text} {b.att}", extra), b.att, text=a.text)
                )
        out.extend(members)
    return out


def _runs_with_bare_members(text: str, found: list[AgencyMention]) -> Iterator[tuple[list[AgencyMention], list]]:
    """``found`` cut into (bare members, the spread list they stand before); a mention in no such run comes as
    ([mention], [])."""
    i = 0
    while i < len(found):
        j = i
        while j < len(found) and _bare_before_list(found[j]) and _LIST_SEP.match(_gap(text, found, j)):
            j += 1
        members = _spread_run(text, found, j) if j > i else []
        if len(members) >= 2 and all(_takes_level_of(found[k], members[0], text) for k in range(i, j)):
            yield found[i:j], members
            i = j + len(members)
            continue
        yield [found[i]], []
        i += 1


def _gap(text: str, found: list[AgencyMention], j: int) -> str:
    """The text between found[j] and the mention after it ("" past the end, which no separator matches)."""
    if j + 1 >= len(found) or found[j + 1].start < found[j].end:
        return "."
    return text[found[j].end : found[j + 1].start]


def _bare_before_list(a: AgencyMention) -> bool:
    return not a.listed and a.core_role == "body" and not a.pre and not a.in_title


def _takes_level_of(a: AgencyMention, first: AgencyMention, text: str) -> bool:
    """Whether bare ``a`` is unplaced, or placed only by the first place of the list after it (the level
    _spread_shared_level gave it)."""
    if not a.has_level:
        return _takes_shared_level(a, first)
    return bool(a.att == "" and a.canonical.endswith(" " + first.att) and _takes_shared_level(a, first))


def _spread_run(text: str, found: list[AgencyMention], j: int) -> list[AgencyMention]:
    """The members of one spread list that starts at found[j] (one head over two or more places), or []."""
    if j >= len(found) or not (found[j].listed and found[j].has_level and found[j].att):
        return []
    run = [found[j]]
    for b in found[j + 1 :]:
        last = run[-1]
        if not (b.listed and b.core == last.core and b.pre == last.pre and b.start >= last.end):
            break
        if not _ITEM_GAP.fullmatch(text, last.end, b.start):
            break
        run.append(b)
    return run


def _may_open_place(text: str, pos: int, named: bool) -> bool:
    """Whether _place_item, outside a levelled or structural list, may read a place at ``pos``: it reads one only
    where the item pattern matches there, or (after a named head) a gate's descriptor does."""
    return bool(_ITEM.match(text, pos) or (named and _GATE_ITEM.match(text, pos)))


def _head_and_first_place(text: str, a: AgencyMention):
    """Split a placed mention ("Huyện ủy Phong Thổ", "Đảng ủy xã Tú Mịch") into its head, its level word
    and its place, where the place is a known one that ends the mention."""
    head_len = len(a.pre) + len(a.core.split()[0]) if a.core else 0
    for w in _WORD_AFTER_SPACE.finditer(a.text):
        if w.start() < head_len:
            continue
        pos = a.start + w.start()
        own = _OWN_LEVEL.match(text, pos)
        level = _WS.sub(" ", own.group("lvl")) if own else ""
        item = _place_item(text, own.end() if own else pos, named=a.core_role == "named" and not own)
        if item and item[0] == a.end:
            return text[a.start : pos].strip(), level, (own.end() if own else pos)
    return None


def _spread_one(
    text: str, a: AgencyMention, extra, strict: bool = False, count_before: str = ""
) -> list[AgencyMention] | None:
    """The members of a head shared over a list of places, or None.  ``strict`` (a lower-case head): only
    where a count or a list marker makes the list certain; ``count_before``: the count written before the
    head ("4 đồn Biên phòng: A, B, C, D"), which the list must match as one written after it must."""
    if a.listed or not a.core or a.att.startswith(("Trung", "TW", "TƯ", "T.Ư")):
        return None
    if a.core_role == "standalone" and not _plural_before_places(text, a):
        return None
    head_end = a.start + len(a.pre) + len(a.core)
    same_head = text[a.start : head_end].casefold() == (a.pre + a.core).casefold()
    connector = _QUANTIFIED_LEVEL.match(text, head_end) if same_head else None
    own_level = ""
    if connector:
        head, pos = a.pre + a.core, connector.end()
    elif strict:
        return None
    else:
        second = _next_item_start(text, a.end)
        if second is None or not _may_open_place(text, second, named=a.core_role == "named"):
            return None  # no second item: the list the split would start has one member (most mentions)
        split = _head_and_first_place(text, a)
        if split is None:
            return None
        head, own_level, pos = split
    named = a.core_role == "named" and not own_level
    levelled = bool(connector) and a.core_role in ("body", "named", "unit")
    structural = _structural_items(text, pos, connector, named, levelled, count_before) if connector else None
    if strict and not (structural or (connector and connector.group("count"))):
        return None
    items = structural or _items_after(
        text,
        pos,
        None,
        named=named,
        levelled=levelled and a.core_role == "body",
        list_level=_WS.sub(" ", own_level).lower(),
    )
    # "Ban Chỉ huy các Đồn Biên phòng A, B": each member is "Ban Chỉ huy Đồn Biên phòng A".
    head = _PLURAL_INSIDE.sub(" ", head)
    if not connector:
        # "Công an huyện Đức Cơ, Gia Lai": a province after a smaller place locates it; it is no second body.
        keep = [items[0]] if items else []
        for it in items[1:]:
            if own_level.lower() not in ("", "tỉnh", "thành phố", "tp", "tp.") and it[2].casefold() in _PROVINCE_KEYS():
                break
            if _LEVEL_RANK.get(it[3], 0) > _LEVEL_RANK.get(_WS.sub(" ", own_level).lower(), 9):
                break  # "Đoàn Thanh niên xã A, TP. B": a place of a higher level locates A
            keep.append(it)
        items = keep
    if len(items) < 2 and not (connector and items and not connector.groupdict().get("bare")):
        return None
    spread: list[AgencyMention] = []
    for s, e, name, item_level in items:
        # a committee word names its place without a level word ("Huyện ủy 3 huyện là A, B" -> "Huyện ủy A"),
        # except that a level printed after it stays for every place, as it does for one ("Huyện ủy huyện A và B")
        level = (
            own_level
            if own_level or (a.core_role == "committee" and not item_level)
            else _list_level(connector, name, item_level) or _level_printed_for(text, connector, name)
        )
        full = f"{head} {level} {name}" if level else f"{head} {name}"
        start = a.start if not spread else s
        spread.append(
            _as_list_member(a, start, e, canonical_name(full, extra), f"{level} {name}".strip(), text=text[start:e])
        )
    return spread


def _plural_before_places(text: str, a: AgencyMention) -> bool:
    """Whether a body named in full by itself (a department of the State: "Cục QLTT") is written in the plural
    before a colon or "gồm" and the places it stands for ("các Cục QLTT giáp ranh: Bình Dương, Long An", "05 Cục QLTT
    gồm A, B"): two or more places the gazetteer knows."""
    return bool(_COUNT_BEFORE.search(text, max(0, a.start - 12), a.start)) and _places_listed_after(text, a.end)


def _named_places_listed(text: str, end: int, att: str | None) -> bool:
    """ "các Hội Nông dân Tiền Giang, Sóc Trăng và An Giang": a plural head whose first place is printed right after
    it, then more places, names those bodies (no category)."""
    if not att:
        return False
    place = _WS.sub(" ", att).strip()
    level = _OWN_LEVEL.match(place)
    place = place[level.end() :] if level else place
    if not place or not lexicon.is_place(place):
        return False
    nxt = _next_item_start(text, end)
    return nxt is not None and _place_item(text, nxt) is not None


def _named_bodies_listed(text: str, end: int, core: str) -> bool:
    """ "các Đồn Biên phòng Nậm Na, Yok Đôn và Bu Cháp": a plural head that takes a proper name, its first name
    printed with it (in the core) and more names after, names those bodies, whether or not the gazetteer holds the
    names."""
    if _head_info(core)[1] != "named" or not text[end - 1 : end].isalpha() or not core.split()[-1][:1].isupper():
        return False
    nxt = _next_item_start(text, end)
    return nxt is not None and _place_item(text, nxt, named=True) is not None


def _places_listed_after(text: str, end: int) -> bool:
    """Whether a colon or "gồm" after a head at ``end`` opens a list of two or more places the gazetteer knows."""
    connector = _QUANTIFIED_LEVEL.match(text, end)
    return bool(connector and connector.group("colon") and len(_items_after(text, connector.end(), None)) >= 2)


_PLURAL_INSIDE = re.compile(r"\s+các\s+")
# Levels of places, smallest first: a commune lies in a district, town or provincial city, which lies in a province.
_LEVEL_RANK = {"xã": 1, "phường": 1, "thị trấn": 1, "huyện": 2, "quận": 2, "thị xã": 2, "thành phố": 2, "tỉnh": 3}
# A count before a lower-case head ("4 đồn Biên phòng: A, B"), or a counted level after it ("công an các tỉnh: A").
_COUNT_BEFORE = re.compile(r"(?<![\w])(?P<n>các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+$", re.IGNORECASE)
_COUNTED_CONNECTOR = re.compile(r"\s+(?:các|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _PROVINCE_KEYS() -> frozenset[str]:
    return frozenset(p.casefold() for p in lexicon.provinces())
