"""The agency name grammar: level and place patterns, the compiled patterns and head table built from the lexicons
(``grammar``), and a head's sector and role.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from phoihop.extract import lexicon, sentence_openers
from phoihop.extract.grouped_alternation import grouped_alternation, is_one_branch
from phoihop.extract.scans import OpeningWith, collector_paused
from phoihop.text import WS as _WS

# The level words as canonical names and keys write them (lower case, one space), for patterns over those
LEVEL_WORDS = r"tỉnh|thành phố|huyện đảo|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"
# "TP.Hồ Chí Minh": the abbreviation may touch the place. ("xã hội", society, is no commune: "Bảo hiểm xã hội")
# ("UBND P. Khuê Trung", "Công an Q. 3", "Công an H.Gio Linh": a ward's, an urban district's and a district's level
# word by its initial and a dot; "UBND TX Quảng Trị": a town's by its two capitals)
# (an island district is "huyện đảo": "Hội Nông dân huyện đảo Phú Quý")
LEVEL = (
    r"(?:TP\.(?=\w)|(?-i:[PQH])\.(?=[ ]?(?:(?-i:"
    + lexicon.UPPER_CLASS
    + r")|\d))|(?-i:TX)\.?(?=[ ]?(?-i:"
    + lexicon.UPPER_CLASS
    + r"))|(?:thành\s+phố|TP\.?|thị\s+xã|thị\s+trấn|tỉnh|huyện(?:\s+đảo(?=\s+(?-i:"
    + lexicon.UPPER_CLASS
    # (the Centre's "TƯ" in any case, but not before a capitalised syllable: "xã Tư Mại", "Tư Nghĩa" are places)
    + r")))?|quận|xã(?!\s+(?-i:hội))|phường|đặc\s+khu|Trung\s+ương|TW|T\.Ư|TƯ(?!\s+(?-i:"
    + lexicon.UPPER_CLASS
    + r")))(?![\w]))"
)
# Words that start the next name, not a place ("Đoàn Thanh niên", "Liên đoàn", "Thường trực"); the
# look-aheads keep place names such as "Đoàn Kết", "Ngọc Liên", "Thường Xuân".
# "Hội" opens an association ("Hội Nông dân", "Hội đồng"), except where it opens a place's name ("Thành ủy Hội An",
# "Ủy ban MTTQ phường Hội Phú": a district's or a commune's; none is an association's name) or ends one before a comma
# or a lower-case word ("phường An Hội, ...", "Khánh Hội và").
_HOI_PLACES = "|".join(
    sorted((re.escape(n[4:]) for n in lexicon.place_names_opening_with("Hội")), key=len, reverse=True)
)
# A deputy's word ends a place where the post it deputises follows ("UBND xã Phó Chủ tịch ..." is a lost line break);
# a place may open with it otherwise ("Đồn Biên phòng Phó Bảng", the border post of a town of Hà Giang)
_DEPUTY_BEFORE_A_POST = (
    rf"{sentence_openers.DEPUTY_WORD}(?=\s+"
    + lexicon.alternation({t.split(None, 1)[1] for t in lexicon.titles() if t.startswith("Phó ")})
    + r"(?![\w]))"
)
_PLACE_STOP = (
    r"Ban|Bộ|Sở|Hội(?=\s+(?:(?-i:"
    + lexicon.UPPER_CLASS
    + r")|đồng(?![\w])))"
    + (rf"(?!\s+(?:{_HOI_PLACES})(?![\w]))" if _HOI_PLACES else "")
    + r"|Công\s+an|Ủy\s+ban|Đoàn(?=\s+(?:[Tt]hanh|TN|Đại|Luật))|Thanh(?=\s+[Nn]iên(?![\w]))|Liên(?=\s+(?:đoàn|hiệp|minh))|"
    + rf"{sentence_openers.HEAD_POST_WORDS}|{sentence_openers.RANK_WORDS}|{_DEPUTY_BEFORE_A_POST}"
    + r"|Chính\s+ủy|Chính\s+phủ|Thường(?=\s+(?:trực|vụ))|Đảng|Đài(?=\s+(?-i:"
    + lexicon.UPPER_CLASS
    + r"))|Báo|Đồn(?=\s+(?:Biên|BP))|Mặt\s+trận|Văn\s+phòng|"
    r"(?:Tỉnh|Huyện|Quận|Thị|Thành)\s+(?:ủy|đoàn|phố|xã|trấn)|Xã|Phường|Ngày|Cùng|Các|Và|Với|"
    # the words that open the next sentence where a page lost the line break after a caption that names a body
    # without a place ("... Ủy ban MTTQ Việt Nam huyện Quy chế phối hợp được xây dựng ...")
    + sentence_openers.CLAUSE_WORDS
    + "|"
    + sentence_openers.TIME_WORDS
    + "|"
    + sentence_openers.DOCUMENT_WORDS
    + "|"
    + sentence_openers.LINK_PHRASES
    + r"|Nghị\s+quyết|Sau|Dự|Tham\s+dự|(?:Hai|Ba)(?=\s+(?-i:"
    + lexicon.LOWER_CLASS
    + r"))"
)
# A number before a level word counts places ("Huyện ủy 4 huyện biên giới"); it is no numbered ward. A level word
# with a number of its own after it is the district of a numbered ward ("phường 1 quận 4").
# Nor is a number before a noun it counts ("cung cấp cho Công an phường 12 tin báo", "Hội Nông dân xã 15 lần phối hợp").
_NOT_COUNTED = (
    r"(?!\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đơn\s+vị|cấp)(?![\w])(?!\s+\d))"
    rf"(?!\s+(?:{lexicon.COUNTED_NOUNS})(?![\w]))"
)
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

# Level words and qualifiers of a listed head, without groups (for the look-ahead of grammar()["listed"]).
_ONE_LEVEL_RX = (
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)"
    r"(?:\s*(?:,|/|và)\s*(?:tỉnh|thành\s+phố|thành|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu))*(?![\w])"
)
_QUALIFIERS_RX = (
    r"(?:\s+(?:trực\s+thuộc\s+(?:Trung\s+ương|TW|TƯ)|(?!(?:gồm|bao|là|và|với|cùng|của)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}+)(?![\w]))){{0,4}}"
)


def _first_word(regex: str) -> str:
    """The literal word a head starts with ("(?-i:CATP)" -> "CATP"), for the fast look-ahead."""
    word = re.match(r"[^\s\\(?|)\[]+", re.sub(r"^\(\?-i:", "", regex))
    assert word is not None, regex  # every head in agency_heads.tsv starts with a literal word
    return word.group(0)


def _named_branch(regex: str, name: str) -> str:
    """``regex`` as a branch that sets ``m.lastgroup`` to ``name`` when it matches (it holds no group of its own)."""
    return f"{regex}(?P<{name}>)" if is_one_branch(regex) else f"(?P<{name}>{regex})"


# Verbs a title as the subject of a clause says to a body: "Thứ trưởng đề nghị Tổng cục Môi trường ...", "Chủ tịch giao
# Sở Y tế ..." (the body is none of the title's; see grammar()["title_before"])
_VERB_AFTER_TITLE = (
    r"đề|yêu|giao|chỉ|cho|đánh|biểu|khen|cảm|hoan|gặp|tiếp|thăm|trao|tặng|chúc|ghi|nhấn|kiến|phê|làm|mong|gửi"
)


def _fragment(regex: str) -> str:
    return regex.replace(" ", r"\s+")


def _places_named_like_persons(surname: str) -> str:
    """An alternation of the gazetteer's places whose names read as a person's (a family name, a middle name, a given
    name: "Trần Văn Thời", "Phan Ngọc Hiển"), which the place pattern's person check would refuse."""
    person = re.compile(rf"(?:{surname}) (?:{_MIDDLE}) \S")
    names = {row[0] for row in lexicon.place_rows() if person.match(row[0])}
    return lexicon.alternation(sorted(names, key=len, reverse=True)) if names else "(?!)"


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
    place_syl = rf"(?!(?:{_PLACE_STOP})(?![\w])){lexicon.PLACE_SYL}"
    # A place is a province, a numbered ward/district, or one to three capitalised syllables ("Gio Linh",
    # "Ngũ Hành Sơn", "Hòa Cường Bắc") on one line that do not run on into more capitalised words and
    # do not look like a person's name ("UBND tỉnh Nguyễn Văn A": surname + middle name).
    surname = "(?:" + "|".join(sorted(lexicon.surnames(), key=len, reverse=True)) + ")"
    not_person = rf"(?!(?-i:{surname})[ ]+(?-i:{_MIDDLE})[ ]+(?-i:{cap}))"
    # (round s34: but for the districts and communes named after a person, as the gazetteer spells them: "Huyện đoàn
    # Trần Văn Thời", "xã Phan Ngọc Hiển")
    named_after_a_person = _places_named_like_persons(surname)
    place = (
        rf"(?:{provinces}(?![\w])|HCM(?![\w])|(?:Quận|Phường|quận|phường)\s+\d{{1,2}}(?![\w])|"
        rf"(?-i:{named_after_a_person})(?![\w])(?![ ]+{cap})|"
        rf"\d{{1,2}}[A-Z]?(?![\w/.,]\d){_NOT_COUNTED}|{not_person}{place_syl}(?:[ ]+{place_syl}){{0,2}}(?![ ]+{cap}))"
    )
    dept = lexicon.department_regex(lexicon.provincial_departments())
    # (not "ủy viên", a member; "Huyện ủy Viêng Xay", a Lao district's, is a committee)
    committee = alt("committee") + r"(?!\s+viên(?![\w]))"
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
    # (round s36: a full stop after the number ends the sentence, not the name: "... Công ty Cổ phần Điện lực Dầu khí
    # Nhơn Trạch 2." keeps its "2"; a dot before a digit is still a decimal or a thousands' mark, "Lò Gò 2.500")
    name_number = rf"\d{{1,3}}(?![\w/,:]|\.\d|\s+(?:{lexicon.COUNTED_NOUNS}|xã|thôn|đơn\s+vị)(?![\w]))"
    named = (
        "(?:"
        + alt("named")
        # ("Đồn Biên phòng Cửa khẩu tặng quà": a gate's post named without its gate is no post named "Cửa")
        + rf")\s+(?!(?-i:[Cc])ửa\s+khẩu(?![\w]))(?:{provinces}(?![\w])|{LEVEL}(?:[ ]+{place})?|{_NUMBERED_AREA}|số[ ]+{name_number}|"
        + rf"{place_syl}(?:[ ]+{place_syl}){{0,2}}(?:[ ]+{name_number})?"
        + two_places
        + ")"
    )
    # Post-2025 area defence commands: "Ban Chỉ huy Phòng thủ khu vực 1 - Hải Hà", "Ban CH PTKV 2 - Đông Triều", the
    # initials run together with the area's number ("Ban CHPTKV 2 - Đồng Hới", "BCHPTKV 1"; without it, "(Ban CHPTKV)",
    # they are an article's own short form of the command it named)
    ptkv = (
        rf"(?:(?:(?:Ban\s+(?:Chỉ\s+huy|CH)|(?-i:BCH))\s+(?:Phòng\s+thủ\s+khu\s+vực|PTKV)(?:\s+\d{{1,2}})?)|"
        rf"(?:Ban\s+(?-i:CHPTKV)|(?-i:BCHPTKV))\s+\d{{1,2}})"
        # (the seat stays on the command's line: "... khu vực 4 - Chư Prông" then a section's name on the next)
        rf"(?:[ ]*-[ ]*{place_syl}(?:[ ]+{place_syl}){{0,2}})?"
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
    # (or a residential area by its number: "Ban Công tác Mặt trận khu dân cư số 3")
    # (by its number: "Chi bộ tổ dân phố số 5"; and a named hamlet's numbered part: "Chi bộ bon Bu Prăng 2")
    hamlet = (
        rf"(?:{lexicon.VILLAGE_RX}[ ]+(?:số[ ]+\d{{1,3}}(?![\w/.,]\d){_NOT_COUNTED}|"
        rf"{place}(?:[ ]+\d{{1,2}}(?![\w/.,]){_NOT_COUNTED})?)|"
        rf"khu\s+dân\s+cư[ ]+(?:số[ ]+)?\d{{1,3}}(?![\w]))"
    )
    # "Công an TPHCM": the city's short form glued to its level word.
    # A border command at a gate or a port is named after it: "Ban Chỉ huy BĐBP Cửa khẩu cảng Quy Nhơn".
    gate = rf"{lexicon.BORDER_GATE_RX}[ ]+{place}"
    # The unions of a bloc of bodies are named after it: "Đoàn Thanh niên Khối cơ quan", "Hội Cựu chiến binh Khối các cơ
    # quan tỉnh".
    bloc = r"(?-i:Khối)\s+(?:các\s+)?(?:cơ\s+quan|doanh\s+nghiệp)(?:\s+(?:và\s+doanh\s+nghiệp|Đảng))?(?![\w])"
    # (the Party's central boards and office by their full names: "Ban Dân vận Trung ương Đảng", "Văn phòng Trung ương
    # Đảng"; not the Party's committee or cell after them: "Trung ương Đảng ủy ...")
    central_party = rf"{_CENTRE}\s+(?-i:Đảng)(?![\w])(?!\s+(?:ủy|uỷ|bộ|viên)(?![\w]))"
    attach = (
        rf"(?:{central_party}|{committee}(?:[ ]+(?:TP\.?[ ]*)?{place})?|{area}|(?-i:TPHCM)(?![\w])|{LEVEL}(?:[ ]*{place})?|{hamlet}|"
        rf"{gate}|{bloc}(?:[ ]+{LEVEL})?|{provinces}(?![\w]))"
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
        rf"(?=(?-i:{lexicon.UPPER_CLASS}))(?<![\w])(?={first_word})(?P<core>{body})\s+các\s+(?P<lvl>{LEVEL}|{lexicon.VILLAGE_RX})\s+(?P<items>{place}(?:\s*(?:,|và|cùng)\s*{item})+)",
        re.IGNORECASE,
    )
    unit_rx = re.compile(rf"{unit}(?:\s+các)?\s*", re.IGNORECASE)
    # "làm Khối trưởng, Phòng X": the leader of an emulation bloc or cluster is a role of a body, not a person's title;
    # "của Ban Bí thư, Công an tỉnh ...": the Secretariat's name holds the title word; so does the delegation's,
    # "Đoàn đại biểu Quốc hội tỉnh, Thường trực HĐND tỉnh ..."; and the State President's office, "Văn phòng Chủ tịch
    # nước, Văn phòng Chính phủ ..."
    # (not a bloc's role, "A là trưởng khối, B làm phó khối": the body after the comma is the next member)
    title_before = re.compile(
        rf"(?={lexicon.title_initials()})(?<![\w])(?<!Khối )(?<!Cụm )(?<!Đoàn )(?<!Văn phòng )(?!(?<=Ban )Bí\s+thư)(?:{lexicon.alternation(lexicon.titles())})(?:\s+(?!(?:và|với|cùng|của|tại|{_VERB_AFTER_TITLE})\s|(?:khối|cụm)(?![\w]))(?-i:{lexicon.LOWER_CLASS}+)|\s+Thường\s+trực){{0,2}}[\s,]*$",
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
    cac_level = re.compile(rf"(?-i:[cC])(?<![\w].)ác\s+(?:{LEVEL}|{lexicon.VILLAGE_RX})", re.IGNORECASE)
    # A head before a counted or listed level ("Cảng vụ Hàng hải các tỉnh, thành: A, B", "Công an các phường: A, B")
    # (a lower-case head is kept only where a count or a list marker makes the list certain: see _add_listed_heads)
    # (a unit may stand before the plural, as in the list without a colon: "Ban Dân vận các Huyện ủy: Phú Lương, Đại
    # Từ" is the board of each committee listed; read from "Huyện ủy" alone, the board was lost)
    listed_any_case = re.compile(
        rf"(?<![\w])(?={first_word})(?P<pre>(?:{unit}\s+(?:các\s+)?)*)(?P<core>{alt('named')}|{body}|{committee}|Đảng\s+ủy)"
        rf"(?=\s+(?:của\s+(?=các\s))?(?:các|{lexicon.COUNT_RX})\s+{LEVEL}|\s*:\s*(?-i:{lexicon.UPPER_CLASS})"
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
        rf"\s+(?P<count>các|{lexicon.COUNT_RX})\s+(?P<lvl>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])",
        re.IGNORECASE,
    )
    # "Bộ Chỉ huy BĐBP 3 tỉnh" with no places after it: a counted head that may refer back to listed places.
    counted_head = re.compile(
        rf"(?=(?-i:{lexicon.UPPER_CLASS}))(?<![\w])(?={first_word})(?P<head>(?:{unit}\s+)*(?:{body}|{committee}))"
        rf"\s+(?P<count>{lexicon.COUNT_RX})\s+(?P<lvl>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])",
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
    if re.match(r"(?:Ban\s+(?:Chỉ\s+huy|CH)|BCH)\s*(?:Phòng|PTKV)|Ban\s+CHPTKV", t, re.I):
        return "military", "standalone"
    if re.match(r"Sở\b", t, re.I):
        return "state", "body"
    if re.match(r"Bộ\b", t, re.I):
        return "state", "body"
    return "state", "body"


def _unit_sector(text: str) -> str:
    """The sector of a unit written before its body: that of the unit rows first, so that a staff office that is also
    a command's own name alone ("Phòng Tham mưu": military) takes its body's sector as a unit ("Phòng Tham mưu Công an
    tỉnh": police)."""
    t = _WS.sub(" ", text.strip())
    for rx, sector in _unit_rows():
        if rx.fullmatch(t):
            return sector
    return _head_info(text)[0]


@cache
def _unit_rows() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple(
        (re.compile(_fragment(rx), re.IGNORECASE), sector)
        for rx, sector, role in lexicon.agency_heads()
        if role == "unit"
    )


# "Ban Chỉ đạo 138 huyện": a steering committee named by the number of the programme it runs.
_NUMBERED_STEERING = re.compile(r"(?:Ban Chỉ đạo|BCĐ) \d{2,3}", re.IGNORECASE)


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
        sectors.append(_unit_sector(unit_text))
        pos = m.end()
    core_sector, role = _head_info(core)
    if core_sector == "front" and sectors and pre.startswith("Ban "):
        # a board the Front's organisations have as the Party's committees do, named with its organisation: "Ban Tuyên
        # giáo Tỉnh đoàn", "Ban Tổ chức Huyện đoàn", "Ban Tuyên giáo Trung ương Hội LHPN Việt Nam" (not the Party's
        # committee or cell inside it, "Đảng ủy Hội Nông dân tỉnh")
        return "front", role
    for s in sectors:
        if s != "inherit":
            return s, role
    if _NUMBERED_STEERING.fullmatch(_WS.sub(" ", core)):
        # named with its level, not with a Party committee: it runs a State programme (and so does its office, which
        # takes its sector: "Văn phòng Thường trực BCĐ 389 tỉnh")
        return "state", role
    if core_sector == "inherit":
        return "party", role
    return core_sector, role
