"""``find_agencies``: the agency mentions of a text, read by the grammar and then spread over lists, completed and
corrected by the other modules of the package.
"""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies.backrefs import (
    _add_counted_back_references,
    _add_posts_named_by_their_kind,
    _add_short_head_back_references,
    _add_units_before_bracketed_parents,
    _add_units_of_bracketed_names,
    _add_units_of_listed_bodies,
    _article_abbreviations,
    _name_police_departments_by_their_command,
    _name_units_by_bracketed_parent,
    _unit_ending_at,
)
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.committees import (
    _add_committees_of_dashed_bodies,
    _add_listed_party_organs,
    _drop_levels_after_placed_committees,
    _share_bare_level_with_party_committee,
    _share_place_with_committees,
)
from phoihop.extract.agencies.corrections import (
    _departments_take_ministry_sector,
    _drop_generic_list_members,
    _drop_other_names_in_brackets,
    _keep_full_names_listed_with_bodies,
    _keep_short_forms_in_inter_agency_lists,
    _ministry_units_take_its_sector,
    _name_commands_of_commanders,
    _organisation_of_named_body,
    _partner_runs,
    drop_what_names_no_body,
)
from phoihop.extract.agencies.head_scan import _agency_matches, _head_scan
from phoihop.extract.agencies.issuing_offices import add_prime_minister_as_issuer
from phoihop.extract.agencies.item_lists import (
    _name_counted_branches,
    _spread_area_lists,
    _spread_heads_over_named_items,
    _spread_numbered_lists,
)
from phoihop.extract.agencies.kind_apart import add_bodies_of_listed_places
from phoihop.extract.agencies.mention import AgencyMention
from phoihop.extract.agencies.name_grammar import _CENTRE, _NUMBERED_STEERING, LEVEL, _head_info, _sector, grammar
from phoihop.extract.agencies.patterns import (
    _BARE_LEVEL,
    _COMMITTEE_WORD,
    _GENERIC_BEFORE,
    _LOCATION_BEFORE,
    _NUMBERED_END,
    GROUP_MEMBERS_OPENER,
)
from phoihop.extract.agencies.place_items import (
    _named_bodies_listed,
    _named_places_listed,
    _opens_longer_body,
    _places_listed_after,
    place_in_committee_core,
)
from phoihop.extract.agencies.place_lists import _add_listed_heads, _spread_place_lists
from phoihop.extract.agencies.places import (
    _complete_places,
    _cut_sentence_word_after_district,
    _extend_places_the_gazetteer_spells,
    _keep_only_provinces_after_tinh,
    _place_bodies_by_a_bare_district,
    gazetteer_place_at,
)
from phoihop.extract.agencies.shared_levels import (
    _give_a_named_group_s_level_to_its_members,
    _share_head_with_a_placed_level_after,
    _share_level_of_organisations_listed_after,
    _share_parent_with_a_listed_unit,
    _share_parent_with_listed_offices,
    _share_place_of_last,
    _share_title_over_list,
    _share_unit,
    _spread_bare_members_over_lists,
    _spread_over_a_second_level,
    _spread_shared_level,
)
from phoihop.extract.sentences import LEVEL_SHORT_FORMS, sentence_after_level
from phoihop.text import WS as _WS
from phoihop.text import clause_start

_CENTRAL_RX = re.compile(rf"(?:^|\s){_CENTRE}\s*$")
# the Youth Union's centre after a body it names a board for ("Ban Thanh niên Công an Trung ương Đoàn")
_YOUTH_UNION_CENTRE = re.compile(rf"{_CENTRE}\s+Đoàn")


def find_agencies(
    text: str, extra_abbreviations: dict[str, str] | None = None, *, kinds_apart: bool = True
) -> list[AgencyMention]:
    """Agency mentions in the normalised, bracket-masked ``text`` (lists spread, titles flagged; without
    ``kinds_apart``, no listed place is named by a kind printed apart from the list)."""
    g = grammar()
    found: list[AgencyMention] = []
    taken: list[tuple[int, int]] = []
    generic_starts: list[int] = []
    bare_organs: list[AgencyMention] = []  # "Ủy ban Kiểm tra", "Văn phòng Đảng ủy": kept only as list members
    for m in _head_scan(g["spread"], text) if g["cac_level"].search(text) else ():
        if not m.group(0)[0].isupper():
            continue
        if _unit_ending_at(text, m.start()) is not None:
            # "Đoàn Thanh niên Công an các tỉnh A, B": a unit of the spread bodies, which the grammar's own match
            # (the unit with them) spreads below; the bodies alone are no members
            continue
        core = m.group("core")
        sector, role = _sector("", core)
        lvl = m.group("lvl")
        items: list[tuple[int, int, str, str]] = []
        cut = False
        for it in g["item"].finditer(m.group("items")):
            start = m.start("items") + it.start()
            if items and start < items[-1][1]:
                continue  # (inside the longer place read before it: "Hòa Bình Thạnh", not "Hòa Bình" and "Thạnh")
            item = _longest_place_item(text, start, m.start("items") + it.end(), it.group("lvl") or "")
            if items and " " not in item[3] and lexicon.CAPITAL_WORD_NEXT.match(text, item[1]):
                break  # "Hội Nông dân các xã A, B và Trường THCS Đất Mũi": a one-word name running on opens a body
            if items and _opens_longer_body(text, item[0], item[1]):
                cut = True  # "Công an các huyện A, B và Phòng Cảnh sát hình sự Công an tỉnh": the next body, no place
                break
            items.append(item)
        list_end = items[-1][1] if cut else _places_listed_on(text, max(m.end(), items[-1][1]), items)
        for s, e, own_level, place in items:
            level = own_level or lvl + " "
            name = f"{core} {level}{place}"
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
                    att=f"{level}{place}",
                    listed=True,
                )
            )
        taken.append((m.start(), list_end))
    for m in _agency_matches(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if "\n" in m.group(0):
            # A line break that join_hard_wraps left (it joins those inside a clause or a name) ends a line: a
            # paragraph, or a headline printed with no final stop before a line of another kind ("... với Đồn Biên
            # phòng\nTrang thông tin điện tử huyện X": the headline's post, then the site's name), so no name runs
            # on over it ("... hoạt động Hội\n\nTại tỉnh X")
            continue
        pre, core, att = m.group("pre") or "", m.group("core"), m.group("att")
        counted = _counted_before(text, m.start(), m.end())
        if (
            (_GENERIC_BEFORE.search(text, max(0, m.start() - 12), m.start()) or counted)
            and not _NUMBERED_END.search(core)  # "các Tiểu đoàn 1, 2, 3": numbered units are bodies
            and not _places_listed_after(text, m.end())
            # (or a committee word that holds its level, its first place with it: "các Huyện ủy Mường Nhé, Nậm Pồ",
            # each district's committee; "các Huyện ủy" alone stays a category)
            and not _named_places_listed(text, m.end(), att or place_in_committee_core(core))
            and not _named_bodies_listed(text, m.end(), core)
        ):
            continue  # "các Quận ủy", "những Hội ...", "4 Văn phòng Trung ương": a category; "Luật Mặt trận Tổ quốc": a law
        if not att and _GOVERNMENT_AS_MODEL.fullmatch(core) and _MODEL_AFTER.match(text, m.end()):
            continue  # "xây dựng Chính phủ điện tử, chính phủ số": a model of government, not the Government
        if counted and _MEMBERS_AFTER.match(text, m.end()):
            continue  # "4 Văn phòng Trung ương là Văn phòng Trung ương Đảng, ...": a counted kind, its members follow
        if _LOWER_POST_BEFORE.search(text, max(0, m.start() - 8), m.start()) and core.startswith("Biên"):
            continue  # "02 đồn Biên phòng và UBND xã A": the posts' kind written in lower case, not the force of A
        if _DAY_OF_BEFORE.search(text, max(0, m.start() - DAY_OF_WINDOW), m.start()):
            continue  # "kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh": the body names a day (or a congress)
        if (
            _PEOPLE_OF_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and not _soldiers_of_listed_bodies(text, m.start(), m.end())
            and not _unit_of_its_own_name(core)
        ):
            continue  # "phụ nữ Công an tỉnh", "hội viên Hội CCB": the people of the body, not the body acting
        if not att and _BLOC_AFTER.match(text, m.end()):
            continue  # "Đoàn Thanh niên Cụm thi đua số 8 Bộ Công an": the bloc's members together, no body
        if not att and _GENERIC_AFTER.match(text, m.end()):
            generic_starts.append(m.start())  # "UBND các huyện", "Huyện ủy 4 huyện": a category
            continue
        if att and _BARE_LEVEL.fullmatch(att) and _MORE_LEVELS.match(text, m.end()):
            generic_starts.append(m.start())  # "Công an xã, phường phải ...": the levels in general
            continue
        if att and _GRASSROOTS_LEVEL.fullmatch(att) and _BUILT_STRONG_AFTER.match(text, m.end()):
            generic_starts.append(m.start())  # "xây dựng Ban CHQS xã vững mạnh": every commune's, a goal
            continue
        if att and _GRASSROOTS_LEVEL.fullmatch(att) and _communes_in_plural_before(text, m.start()):
            generic_starts.append(m.start())  # "MTTQ các xã phối hợp với Công an xã": each commune's police
            continue
        if not att and _PLURAL_END.search(pre) and _COMMITTEE_WORD.fullmatch(_WS.sub(" ", core)):
            # "UBKT các Tỉnh ủy, Thành ủy": the organ of every such committee, a category (with the words after it)
            more = _MORE_COMMITTEE_WORDS.match(text, m.end())
            taken.append((m.start(), more.end() if more else m.end()))
            continue
        levels_end = _district_levels_listed(text, m.end(), core) if not att else None
        if levels_end is not None:
            taken.append((m.start(), levels_end))  # "UBKT Huyện ủy, Thị ủy, Thành ủy": the levels, no body
            continue
        sector, role = _sector(pre, core)
        if att and _CENTRAL_RX.search(" " + att) and _NUMBERED_STEERING.fullmatch(_WS.sub(" ", core)):
            sector = "party"  # "Ban Chỉ đạo 35 Trung ương": the central steering committees are the Party's
        if att and _YOUTH_UNION_CENTRE.fullmatch(att):
            sector = "front"  # "Ban Thanh niên Công an Trung ương Đoàn": a board of the Youth Union's centre
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
        if core.startswith("Hội ") and not pre and _place_holds_hoi(text, m.start(), core):
            continue  # "phường Hội Phú", "xã An Hội Đông": a place whose name holds what opens an association
        if (
            role in ("body", "department", "ministry")
            and not att
            and core.isupper()
            and len(core) <= 3
            and not _listed_between_names(text, m.start(), m.end())
        ):
            continue
        name, end = m.group(0), m.end()
        level = _LEVEL_SHORT_FORM_THEN_WORD.match(att or "")
        if level and sentence_after_level(text, m.start("att") + level.end()):
            # "... của UBND TP. Chỉ đạo thực hiện ...": the city by its level alone; a new sentence follows
            att = level.group("level")
            end = m.start("att") + len(att)
            name = text[m.start() : end]
        complete = (
            bool(att)
            or role in ("committee", "standalone", "named")
            or bool(_CENTRAL_RX.search(pre))
            or _organisation_of_named_body(pre, core)
        )
        found.append(
            AgencyMention(
                m.start(),
                end,
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
    # (before the lists are spread and levels shared: "Hội CCB và Hội Cựu CAND huyện Lê Hồng Phong" shares the place)
    found = _extend_places_the_gazetteer_spells(text, found, extra_abbreviations)
    # (and a place's number, before a head listed before it shares the place: "Đảng ủy, UBND xã Sơn Kim 1" is the
    # Party committee of "Sơn Kim 1", not of "Sơn Kim"; the bodies the lists add later are completed again below)
    _complete_places(text, found, extra_abbreviations)
    _drop_levels_after_placed_committees(found, extra_abbreviations)
    _share_title_over_list(text, found)
    _departments_take_ministry_sector(text, found)
    _ministry_units_take_its_sector(found)
    _name_units_by_bracketed_parent(text, found, extra_abbreviations)
    found = _add_units_before_bracketed_parents(text, found, extra_abbreviations)
    _name_police_departments_by_their_command(text, found, extra_abbreviations)
    _share_parent_with_a_listed_unit(text, found, extra_abbreviations)
    _share_level_of_organisations_listed_after(text, found, extra_abbreviations)
    _spread_shared_level(text, found, extra_abbreviations)
    _share_place_of_last(text, found, extra_abbreviations)
    _name_counted_branches(text, found, extra_abbreviations)
    _share_unit(text, found, extra_abbreviations)
    found = _share_parent_with_listed_offices(text, found, extra_abbreviations)
    _add_listed_heads(text, found, extra_abbreviations)
    found = _spread_place_lists(text, found, extra_abbreviations)
    found = _spread_area_lists(text, found, extra_abbreviations)
    found = _spread_numbered_lists(text, found, extra_abbreviations)
    found = _spread_heads_over_named_items(text, found, extra_abbreviations)
    _give_a_named_group_s_level_to_its_members(text, found, extra_abbreviations)
    if kinds_apart:
        found = add_bodies_of_listed_places(
            text, found, lambda sample: find_agencies(sample, extra_abbreviations, kinds_apart=False)
        )
    found = _drop_other_names_in_brackets(text, found)
    found = _spread_bare_members_over_lists(text, found, extra_abbreviations)
    found = _drop_generic_list_members(text, found, generic_starts)
    found = _add_units_of_listed_bodies(text, found, extra_abbreviations)
    found = _add_counted_back_references(text, found, extra_abbreviations)
    found = _add_posts_named_by_their_kind(text, found)
    found = _share_place_with_committees(text, found)
    found = _share_bare_level_with_party_committee(text, found, extra_abbreviations)
    found, bare_organs = _add_short_head_back_references(text, found, bare_organs)
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
    _cut_sentence_word_after_district(text, found, extra_abbreviations)
    _name_commands_of_commanders(text, found, extra_abbreviations)
    found = add_prime_minister_as_issuer(text, found)
    return drop_what_names_no_body(text, found)


# The separator before a list's next place: a comma, "và" or "cùng"
_NEXT_PLACE_SEP = re.compile(r"\s*,\s*(?:và\s+)?|\s+(?:và|cùng)\s+")


# A list's joiners around a name: "với HLHPN, ĐTN và Hội CCB xã A" (a short form of two or three letters stands alone
# as a body only as a list's member, where the list's last member gives it its level)
_JOINER_BEFORE = re.compile(r"(?:,|(?<![\w])(?:và|với|cùng))\s+$", re.IGNORECASE)
_JOINER_AFTER = re.compile(r"\s*(?:,|và(?![\w]))\s*(?-i:[A-ZĐ])")


def _listed_between_names(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between a list's joiners, a capitalised name after it."""
    return bool(_JOINER_BEFORE.search(text, max(0, start - 6), start) and _JOINER_AFTER.match(text, end))


def _longest_place_item(text: str, start: int, end: int, own_level: str) -> tuple[int, int, str, str]:
    """A listed place the grammar read at [start, end) (its own level word first, if any), as the longest place the
    gazetteer knows there ("Điện Biên Phủ", not the province "Điện Biên"; "An Ninh Đông", not "An Ninh")."""
    place_start = start + len(own_level)
    longest = gazetteer_place_at(text, place_start)
    end = max(end, longest or end)
    return start, end, own_level, text[place_start:end]


def _places_listed_on(text: str, pos: int, items: list[tuple[int, int, str, str]]) -> int:
    """The list of places a shared head spreads over, read on from ``pos`` (where the grammar's items end) over the
    places the gazetteer knows whatever their syllables ("UBND các xã Chợ Gạo, Vạn Tín và Dương Hồng Thủy", "Đảng ủy
    các xã An Hội Đông, Lê Hồng Phong, Liên Minh"): each appended to ``items``; where the list ends."""
    while (sep := _NEXT_PLACE_SEP.match(text, pos)) and (end := gazetteer_place_at(text, sep.end())) is not None:
        items.append((sep.end(), end, "", text[sep.end() : end]))
        pos = end
    return pos


# The capitalised syllables right before a word ("An" before "Hội Đông" in "xã An Hội Đông")
_SYLLABLES_BEFORE = re.compile(rf"(?:{lexicon.CAP_SYL}[ ]+){{1,2}}$")


def _place_holds_hoi(text: str, start: int, core: str) -> bool:
    """Whether the "Hội ..." read at ``start`` is a place's name or its end ("phường Hội Phú", "xã An Hội Đông", "Lịch
    Hội Thượng"): the gazetteer knows it alone or with the one or two capitalised syllables before it."""
    if lexicon.is_place(core):
        return True
    before = _SYLLABLES_BEFORE.search(text, max(0, start - 24), start)
    if not before:
        return False
    words = before.group(0).split()
    return any(lexicon.is_place(" ".join([*words[k:], core])) for k in range(len(words)))


# "bầu cử đại biểu Quốc hội và HĐND các cấp", "đại biểu HĐND tỉnh": a deputy's mandate, not the body as an actor.
_ELECTED = re.compile(r"(?:Quốc hội|Hội đồng nhân dân)(?![\w])", re.IGNORECASE)
_DEPUTY_BEFORE = re.compile(r"(?<![\w])đại\s+biểu\s+$", re.IGNORECASE)


# "UBND các huyện", "Huyện ủy 4 huyện", "Đoàn Thanh niên địa phương", "Hội CCB cấp cơ sở": a body of any or every
# place, a category.
_GENERIC_AFTER = re.compile(
    # (the regional procuracies and courts of 2025 counted: "Viện Kiểm sát nhân dân 14 khu vực trên địa bàn tỉnh")
    # ("Ban Dân tộc các địa phương": of every locality; not "Công an 3 địa phương A, B và C")
    # ("Hội Nông dân các nước", "Bộ đội Biên phòng hai nước": of countries, of both sides of a border)
    rf"\s+(?:(?:các|một\s+số|nhiều|{lexicon.COUNT_RX})\s+(?:cấp|khu\s+vực(?![\w])|nước(?![\w])|{LEVEL})|"
    r"các\s+địa\s+phương(?![\w])|"
    # ("Đoàn thanh niên các đơn vị trong cụm": the union of each unit, none named)
    rf"(?:các|{lexicon.COUNT_RX})\s+(?:đơn\s+vị|cơ\s+quan)(?![\w])|"
    r"địa\s+phương(?![\w])|"
    # ("phối hợp với Hội Nông dân, Hội Cựu chiến binh cùng cấp": the organisations of each body's own level)
    r"cùng\s+cấp(?![\w])|"
    # ("Hội Phụ nữ, Đoàn Thanh niên ở cơ sở": the branches at the grassroots, none named)
    rf"(?:ở\s+)?(?:cấp\s+)?cơ\s+sở(?![\w]))",
    re.IGNORECASE,
)
# The Government and the Assembly named as a model to build ("Chính phủ điện tử", "Chính phủ số", "Quốc hội số", "Chính
# phủ kiến tạo, liêm chính"), not as the bodies ("Nghị định của Chính phủ số 03/2002": a number follows "số" there, or
# the run of spaces a masked document symbol leaves)
_GOVERNMENT_AS_MODEL = re.compile(r"Chính\s+phủ|Quốc\s+hội", re.IGNORECASE)
_MODEL_AFTER = re.compile(r"\s+(?:điện\s+tử|số(?!\s*\d)(?!\s{2})|kiến\s+tạo|liêm\s+chính)(?![\w])", re.IGNORECASE)
# A level's short form and the word after it ("TP. Chỉ", see sentences.sentence_after_level)
_LEVEL_SHORT_FORM_THEN_WORD = re.compile(rf"(?P<level>(?:{LEVEL_SHORT_FORMS})\.)\s*(?=\w)")
# A count right before a head ("yêu cầu 4 Văn phòng Trung ương", "Hai Hội Nông dân"): after a lower-case word, a
# sentence's or a clause's start; not a number of a date, a time, an order or a place ("tháng 5 Công an tỉnh", "lúc 9
# giờ 30 Ban Dân vận", "lần thứ 3 Ban Chấp hành", "Tổ 3 Công an"), nor "năm" (the year: "trong năm Công an huyện"); on
# one line (a headline's "quốc lộ 20" counts no body of the lead)
_COUNT_BEFORE = re.compile(
    r"(?:^|[,;:(.][ \t]*|(?<![\w])(?P<prev>(?-i:[a-zà-ỹđ]+))[ \t]+)"
    rf"(?:\d{{1,2}}|{'|'.join(w for w in lexicon.COUNT_WORD_VALUES if w != 'năm')})[ \t]+$",
    re.IGNORECASE | re.MULTILINE,
)
# (the places of a counted head follow its level: "3 KBNN cấp quận/huyện gồm: A, B, C" are the three places' bodies)
_LEVELS_AFTER = re.compile(rf"\s+(?:cấp\s+)?{LEVEL}(?![\w])", re.IGNORECASE)
_NOT_BEFORE_A_COUNT = re.compile(
    r"tháng|ngày|năm|lần|thứ|số|khóa|quý|đợt|kỳ|giờ|phút|quận|phường|khu|vực|tổ|đội|điều|khoản|ấp|thôn|bản|xóm"
)


def _district_levels_listed(text: str, end: int, core: str) -> int | None:
    """Where a list of a district's committee kinds that opens with ``core`` ends (see _DISTRICT_COMMITTEE_WORD), when
    it names another kind and no place follows it; else None."""
    if not _DISTRICT_COMMITTEE_WORD.fullmatch(_WS.sub(" ", core)):
        return None
    more = _MORE_COMMITTEE_WORDS.match(text, end)
    if more is None or lexicon.CAPITAL_WORD_NEXT.match(text, more.end()):
        return None
    kinds = {w.split()[0] for w in _DISTRICT_KIND_WORDS.findall(_WS.sub(" ", more.group(0)))}
    return more.end() if kinds - {core.split()[0]} else None


def _communes_in_plural_before(text: str, start: int) -> bool:
    """Whether a plural of communes stands before ``start`` in its sentence (see _COMMUNES_IN_PLURAL)."""
    sentence_start = clause_start(text, start, PLURAL_COMMUNES_WINDOW, _SENTENCE_STOP)
    return _COMMUNES_IN_PLURAL.search(text, sentence_start, start) is not None


def _counted_before(text: str, start: int, end: int) -> bool:
    """Whether a count of bodies stands right before the head at ``start:end`` (see _COUNT_BEFORE), with no level
    after it."""
    m = _COUNT_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    return not _NOT_BEFORE_A_COUNT.fullmatch((m.group("prev") or "").lower()) and not _LEVELS_AFTER.match(text, end)


_MEMBERS_AFTER = re.compile(rf"\s*{GROUP_MEMBERS_OPENER}")
# A second level word listed after a body's bare level ("Công an xã, phường, thị trấn"), with no place after it.
# A commune's body named by its bare level and then the goal of building it ("xây dựng lực lượng dân quân và Ban Chỉ huy
# Quân sự xã vững mạnh", "xây dựng Đảng bộ xã trong sạch, vững mạnh"): the body of every commune, no body acting (a
# province's or a district's named so is the page's own: "Công an tỉnh vững mạnh" stays)
_GRASSROOTS_LEVEL = re.compile(r"xã|phường|thị\s+trấn|cơ\s+sở", re.IGNORECASE)
_BUILT_STRONG_AFTER = re.compile(r"\s+(?:trong\s+sạch,?\s+)?vững\s+mạnh(?![\w])", re.IGNORECASE)
# A plural of communes earlier in the sentence ("Ủy ban MTTQ các xã, phường phối hợp với Công an xã và Ban CHQS xã"):
# a commune's body named after it by its bare level is that of each commune, no one body (a page about one commune
# names it so alone: "Đồn Biên phòng phối hợp với Công an xã" keeps it). Not "các xã hội" (societies).
_COMMUNES_IN_PLURAL = re.compile(r"(?<![\w])các\s+(?:xã(?!\s+hội)|phường|thị\s+trấn)(?![\w])", re.IGNORECASE)
PLURAL_COMMUNES_WINDOW = 160  # back from a commune's body, within its sentence
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_MORE_LEVELS = re.compile(
    rf"\s*(?:,|/|và)\s*(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)(?![\w])"
    # (not a level whose places follow, by name or in brackets: "Bộ CHQS tỉnh, phường (Pleiku, Diên Hồng)")
    rf"(?!\s*(?:,\s*)?(?:gồm|là|:))(?![ ]+(?:ủy|đoàn|đội)(?![\w]))(?![ ]+(?-i:{lexicon.UPPER_CLASS}))"
    rf"(?!\s*\(\s*(?-i:{lexicon.UPPER_CLASS}))",
    re.IGNORECASE,
)
_PLURAL_END = re.compile(r"(?<![\w])các\s+$")


def _committee_words(*kinds: str) -> str:
    """A committee word of one of the level ``kinds`` ("Huyện ủy", "Thị ủy")."""
    return rf"(?:{'|'.join(kinds)})\s+ủy"


_MORE_COMMITTEE_WORDS = re.compile(
    rf"(?:\s*(?:,|và|,\s*và)\s*{_committee_words('Tỉnh', 'Thành', 'Huyện', 'Quận', 'Thị')}(?![\w]))+"
)
# The committees of a district's level kinds listed with no place ("UBKT Huyện ủy, Thị ủy, Thành ủy và VKSND cấp huyện
# xây dựng quy chế ở cấp mình"): a page names one district, so two kinds side by side are the levels in general
_DISTRICT_COMMITTEE_WORD = re.compile(_committee_words("Huyện", "Quận", "Thị"))
# (the kinds listed after it: a city's committee too where the city is of a district's level)
_DISTRICT_KIND_WORDS = re.compile(_committee_words("Huyện", "Thành", "Quận", "Thị"))
# The founding day or tradition day of a body, or the years since its founding: a name of a day, not an actor.
# (and a congress named after the body: "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ X", "Đại hội đại
# biểu Đảng bộ tỉnh lần thứ XX")
_DAY_OF_BEFORE = re.compile(
    r"(?<![\w])(?:(?:ngày|năm)\s+(?:thành\s+lập|truyền\s+thống)|đại\s+hội(?:\s+đại\s+biểu)?(?:\s+toàn\s+quốc)?)\s+$",
    re.IGNORECASE,
)
_BLOC_AFTER = re.compile(r"\s+(?:Cụm|Khối)\s+thi\s+đua(?![\w])", re.IGNORECASE)
DAY_OF_WINDOW = 32  # before a body: "Ngày thành lập", "Đại hội đại biểu toàn quốc"
# Lower-case nouns of the people who belong to a body: the body after them says whose people they are.
_PEOPLE_OF_BEFORE = re.compile(
    r"(?<![\w])(?-i:phụ\s+nữ|hội\s+viên|đoàn\s+viên|cán\s+bộ,\s+chiến\s+sĩ|chiến\s+sĩ|CBCS)\s+$"
)
# ... but the soldiers of several bodies listed one by one are those forces acting together, each a body of its own,
# the first as the others ("cán bộ, chiến sĩ Bộ CHQS tỉnh, Công an tỉnh và Bộ Chỉ huy BĐBP tỉnh tìm kiếm ...")
_SOLDIERS_BEFORE = re.compile(r"(?<![\w])(?-i:cán\s+bộ,\s+chiến\s+sĩ|chiến\s+sĩ|CBCS)\s+$")
_NEXT_LIST_MEMBER = re.compile(r"\s*,\s*|\s+và\s+")
# ("Nhiều LĐLĐ tỉnh": many of them, none named; a quantity may open the sentence)
# a border post's or station's kind in lower case before "Biên phòng" ("các đồn Biên phòng", "02 đồn Biên phòng")
_LOWER_POST_BEFORE = re.compile(r"(?<![\w])(?-i:đồn|trạm)\s+$")


def _soldiers_of_listed_bodies(text: str, start: int, end: int) -> bool:
    """Whether the body at ``start``-``end`` follows the soldiers' nouns and opens a list that goes on with another
    body ("chiến sĩ Bộ CHQS tỉnh, Công an tỉnh ..."), not the service alone ("cán bộ, chiến sĩ BĐBP")."""
    if not _SOLDIERS_BEFORE.search(text, max(0, start - 20), start):
        return False
    sep = _NEXT_LIST_MEMBER.match(text, end)
    return sep is not None and grammar()["agency"].match(text, sep.end()) is not None


def _unit_of_its_own_name(core: str) -> bool:
    """Whether ``core`` names one unit by a name or a number of its own ("Đồn Biên phòng Tén Tằn", "Tiểu đoàn 5"): its
    soldiers ("Cán bộ, chiến sĩ Đồn Biên phòng Tén Tằn giúp bà con ...") are that unit at work, as the post alone is;
    the service they belong to ("cán bộ, chiến sĩ Bộ đội Biên phòng") or a post by its kind alone ("Đồn Biên phòng")
    is none."""
    name = _WS.sub(" ", core)
    role = _sector("", name)[1]
    if role == "standalone":
        return bool(_NUMBERED_END.search(name))
    head = grammar()["any_sector"].match(name)
    return role == "named" and head is not None and head.end() < len(name)
