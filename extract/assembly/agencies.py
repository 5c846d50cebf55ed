"""Agency stage: which agency mentions are actors, and how the mentions group into one agency each.

A group is keyed by ``merge_key`` (short forms aliased to the one fuller form they abbreviate) and
named by its representative mention; the stages after this one refer to agencies by group key.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from phoihop.extract import lexicon
from phoihop.extract.agencies import (
    LEVEL,
    LEVEL_WORDS,
    YOUTH_UNION_OF_LEVEL,
    AgencyMention,
    canonical_name,
    has_level,
    merge_key,
    text_without_bodies,
)
from phoihop.extract.assembly.context import ArticleContext
from phoihop.extract.normalize import fold_tones
from phoihop.extract.relations import mark_signer_titles, mark_signers_titled_before_their_names
from phoihop.facts import Agency
from phoihop.text import WS, skip_spaces

# An outlet's name opening a dateline ("Báo Phú Thọ - Chiều 23/2, ..."); credits ("Nguồn: Báo Lào Cai", "Theo:
# ...") are page furniture, blanked before any body is read (furniture._CREDIT).
_OUTLET = re.compile(r"(?:Báo|Đài|Tạp\s+chí)\s")
_DATELINE_DASH = re.compile(r"\)?[ ]*[-–—][ ]*\S")
_CLOSED_BEFORE_THE_LEAD = re.compile(r"\)[ ]+(?-i:[A-ZĐ])")
_BLOC_NAMED_BEFORE = re.compile(r"(?<![\w])(?:[Kk]hối|[Cc]ụm)\s+thi\s+đua\s+(?:các\s+)?$")
BLOC_WORDS_WINDOW = 20
_FRONT_NO_VN = re.compile(rf"(?<!Trung ương )Ủy ban Mặt trận Tổ quốc ((?i:{LEVEL_WORDS})\b.*)$")
_FRONT_VN_TAIL = re.compile(rf"Ủy ban Mặt trận Tổ quốc Việt Nam ((?i:{LEVEL_WORDS})\b.*)$")
# Keys of bodies below the province ("... huyện", "Đảng ủy xã", "Ban Dân vận Huyện ủy"): a bare mention
# is the one placed body of that kind the article names.
# (a committee word may be the whole key: "Quận đoàn" after "Quận đoàn Lê Chân")
_LOCAL_LEVEL = re.compile(
    r"(?:^| )(?:huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|(?:huyện|quận|thị|thành) ủy|"
    r"(?:huyện|quận|thành) đoàn)$"
)
_PROVINCE_LEVEL = re.compile(r" (?:tỉnh|tỉnh ủy|tỉnh đoàn)$")
_PLACE_IN_TAIL = re.compile(r" (?:ủy|đoàn|tỉnh|huyện|quận|xã|phường)\b")
# (or the area of a regional branch of 2025: "Phòng giao dịch NHCSXH" after "Phòng giao dịch NHCSXH khu vực Bắc Mê")
_LEVEL_WORD_AFTER = re.compile(rf" (?:{LEVEL_WORDS}|khu vực)(?: |$)")
# The words that name an office of a body before the body's name (canonical.py puts a bank's "chi nhánh" first:
# "Chi nhánh Ngân hàng Chính sách xã hội tỉnh X", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Y")
_BRANCH_WORDS = ("chi nhánh ", "phòng giao dịch ")
PLACE_TAIL_MAX = 30  # longest place name a short form's placed form adds


@dataclass
class AgencyGroups:
    """The article's agencies: mention groups by key, each group's name and sector, in order of mention."""

    alias: dict[str, str]
    province: str | None
    groups: dict[str, list[AgencyMention]]  # key -> its mentions (aliases folded)
    rep: dict[str, str]  # key -> the name the group goes by
    sector: dict[str, str]
    order: list[str]  # keys of the groups named outside titles, by first mention
    agencies: list[Agency]
    # keys of bodies named that are no agency (a central body named only by a short form): the parties they are of
    # keep their other, named parties
    not_agencies: set[str] = field(default_factory=set)

    def party_names(self, keys: list[str]) -> list[str]:
        """The names of the parties ``keys`` that are agencies."""
        return [self.rep.get(k, k) for k in keys if k not in self.not_agencies]

    def key_of(self, a: AgencyMention) -> str:
        k = merge_key(a.canonical, self.province)
        return self.alias.get(k, k)

    def resolve_anaphor(self, word: str) -> str | None:
        """The most mentioned agency whose name starts with the bare head ``word`` ("Ban", "Sở")."""
        cands = [k for k in self.order if self.rep[k].lower().startswith(word.lower() + " ")]
        if not cands:
            return None
        return max(cands, key=lambda k: sum(1 for a in self.groups[k] if not a.in_title))


def group_agencies(ctx: ArticleContext) -> AgencyGroups:
    """Mark the mentions that name no actor, then group and name the article's agencies."""
    _cut_names_of_titled_persons(ctx)
    in_position = _title_positions(ctx)
    _mark_non_actors(ctx, in_position)
    province = ctx.province
    first_groups: dict[str, list[AgencyMention]] = defaultdict(list)
    for a in ctx.m.agencies:
        first_groups[merge_key(a.canonical, province)].append(a)
    alias = _short_form_aliases(first_groups, province)
    alias.update(_departments_by_the_code_given_them(ctx, first_groups, province))
    alias.update(_posts_by_the_number_given_them(ctx, first_groups, province))
    headline_alias = _headline_short_forms(first_groups, alias, ctx.title_end)
    alias.update(headline_alias)
    groups = AgencyGroups(alias, province, defaultdict(list), {}, {}, [], [])
    for a in ctx.m.agencies:
        groups.groups[groups.key_of(a)].append(a)
    _name_groups(ctx, groups, set(alias.values()), set(headline_alias.values()), in_position)
    _spell_front_as_article(groups)
    groups.not_agencies = _central_union_named_only_short(groups) | _bare_levels_of_several_bodies(groups)
    groups.agencies = [
        Agency(groups.rep[k], groups.sector[k], [ctx.ev.at(min(a.start for a in groups.groups[k] if not a.in_title))])
        for k in groups.order
    ]
    return groups


# "Phòng Cảnh sát kinh tế (PC03) Công an tỉnh ... Trưởng Phòng PC03 Công an tỉnh": a police department given its code in
# brackets, then named by it
_CODE_GIVEN = re.compile(r"(?<![\w])Phòng\s[^()\n]{3,90}?\s*\((?P<code>(?-i:P[A-Z]{1,2}\s?\d{2}))\)")


def _departments_by_the_code_given_them(ctx: ArticleContext, groups, province: str | None) -> dict[str, str]:
    """The keys of the mentions of a department by the code the page gave it in brackets, to the department's key."""
    alias: dict[str, str] = {}
    if "(P" not in ctx.text:
        return alias
    starts = {a.start: a for a in ctx.m.agencies}
    for m in _CODE_GIVEN.finditer(ctx.text):
        named = starts.get(m.start())
        if named is None:
            continue
        full = merge_key(named.canonical, province)
        by_code = "phòng " + m.group("code").replace(" ", "").casefold()
        for k in groups:
            rest = k[len(by_code) :]
            if k != full and k.startswith(by_code) and (not rest or (rest.startswith(" ") and full.endswith(rest))):
                alias[k] = full
    return alias


# (round s34) "Đồn Biên phòng Khánh Bình (Đồn 921)": a border post named after its place, given in brackets the number
# it went by before the posts were named after places; a headline or a later sentence names it by that number ("Đồn
# Biên phòng 921 kết nghĩa với ..."), one post
_POST_NUMBER_GIVEN = re.compile(
    r"(?<![\w])Đồn\s[^()\n]{3,60}?\s*\(\s*Đồn(?:\s+Biên\s+phòng)?\s+(?P<number>\d{1,4})\s*\)"
)
_POST_NUMBER_CUE = "(Đồn"


def _posts_by_the_number_given_them(ctx: ArticleContext, groups, province: str | None) -> dict[str, str]:
    """The key of a border post named by the number the page gave it in brackets, to the post's key."""
    if _POST_NUMBER_CUE not in ctx.text:
        return {}
    starts = {a.start: a for a in ctx.m.agencies}
    alias: dict[str, str] = {}
    for m in _POST_NUMBER_GIVEN.finditer(ctx.text):
        named = starts.get(m.start())
        by_number = merge_key(f"Đồn Biên phòng {m.group('number')}", province)
        full = merge_key(named.canonical, province) if named else ""
        if full and by_number in groups and by_number != full:
            alias[by_number] = full
    return alias


_CENTRAL_UNION_SHORT = "Trung ương Đoàn"


# A body named by a local level alone ("UBND xã", "Công an huyện"): the keys end with the level word
_BARE_LOCAL_LEVEL = re.compile(r" (?:huyện|quận|thị xã|xã|phường|thị trấn)$")


def _bare_levels_of_several_bodies(groups: AgencyGroups) -> set[str]:
    """The keys of bodies named by their local level alone where the article names two or more such bodies with
    their places ("... với UBND xã Mường Nhé và UBND xã Nậm Kè. Theo quy chế, UBND xã cung cấp thông tin"): the bare
    name stands for each of them, no body of its own (taken out of ``groups.order``); with one placed body it is that
    one (``_short_form_aliases``)."""
    several = {
        k
        for k in groups.order
        if _BARE_LOCAL_LEVEL.search(k)
        and sum(1 for o in groups.order if o.startswith(k + " ") and not _LEVEL_WORD_AFTER.match(o, len(k))) >= 2
    }
    if several:
        groups.order = [k for k in groups.order if k not in several]
    return several


def _central_union_named_only_short(groups: AgencyGroups) -> set[str]:
    """The keys of "T.Ư Đoàn", "Trung ương Đoàn" (taken out of ``groups.order``) where the article never gives the
    Youth Union's full name: a central
    body named only by a short form is no agency (facts-format). (The pages that name it so mostly tell a programme
    it runs or cite its documents; the gold files of 6 of 8 such pages on this machine leave it out.) Where the full
    name is given, the short form is folded into it: one body, one agency."""
    short = [k for k in groups.order if groups.rep[k] == _CENTRAL_UNION_SHORT]
    if not short:
        return set()
    full = next((k for k in groups.order if groups.rep[k].startswith(_CENTRAL_UNION_SHORT + " ")), None)
    groups.order = [k for k in groups.order if k not in short]
    if full is None:
        return set(short)
    for k in short:
        groups.groups[full].extend(groups.groups.pop(k))
        for form, key in list(groups.alias.items()):
            if key == k:
                groups.alias[form] = full
        groups.alias[k] = full
    return set()


def _headline_short_forms(groups, alias: dict[str, str], title_end: int) -> dict[str, str]:
    """Bodies the headline alone names, by a short form of one body the text names in full ("Phụ nữ Công an
    tỉnh X" over "Hội Phụ nữ Công an tỉnh X", "Đảng ủy BĐBP tỉnh" over "Đảng ủy Bộ Chỉ huy BĐBP"): the
    headline's key is a subsequence of that body's key ending with the same word; one such body only, or one
    that the others all extend."""
    if title_end <= 0:
        return {}
    in_text = [k for k, items in groups.items() if any(a.start >= title_end and not a.in_title for a in items)]
    out: dict[str, str] = {}
    for k, items in groups.items():
        if k in alias or any(a.start >= title_end for a in items):
            continue
        words = k.split()
        fuller = [
            o
            for o in in_text
            if o != k
            and o.split()[-1] == words[-1]
            and len(o.split()) > len(words)
            and _is_subsequence(words, o.split())
        ]
        # "Biên phòng X" over "Đảng ủy BĐBP tỉnh X" and its "Ban Thường vụ Đảng ủy BĐBP tỉnh X": the body that
        # every other candidate is a unit of.
        fuller.sort(key=lambda o: len(o.split()))
        if fuller and all(_is_subsequence(fuller[0].split(), o.split()) for o in fuller[1:]):
            out[k] = fuller[0]
            continue
        standing = [o for o in in_text if _standing_board_of(o, k)]
        if len(standing) == 1:
            out[k] = standing[0]
    return out


# A committee's standing board, whose name is the board's words and then the committee's ("ban thường vụ huyện đoàn
# đăk glei"): a headline's bare committee ("Huyện đoàn và Đồn Biên phòng X ký kết ...") is that board where the text
# names only the board and no committee of that name (the signer the headline shortens)
_STANDING_BOARD_KEY = re.compile(r"(?:ban thường vụ|ban thường trực|thường trực) (?P<committee>.+)")


def _standing_board_of(key: str, committee: str) -> bool:
    """Whether ``key`` is the standing board of ``committee`` (a key), the board's committee maybe with its place."""
    m = _STANDING_BOARD_KEY.fullmatch(key)
    return m is not None and (m.group("committee") + " ").startswith(committee + " ")


def _cut_names_of_titled_persons(ctx: ArticleContext) -> None:
    """ "đồng chí Trưởng ban Dân vận Thành ủy Nguyễn Lan Hương ký kết": the grammar reads capitalised syllables
    after a committee or a named body as its place, and a title printed before its holder's name ends in that name.
    Where the person reader found a titled person whose name starts inside a mention and ends it, and the name is
    no place the gazetteer knows, the mention ends before the name."""
    persons = sorted((p for p in ctx.m.persons if p.positions), key=lambda p: p.start)
    if not persons:
        return
    starts = [p.start for p in persons]
    for a in ctx.m.agencies:
        # (only the persons whose name starts inside the mention can end it: found by bisection, not by a scan of
        # every person for every mention)
        for i in range(bisect_right(starts, a.start), bisect_left(starts, a.end)):
            p = persons[i]
            if a.end > p.end:
                continue
            cut = ctx.text[a.start : p.start].rstrip()
            name = ctx.text[p.start : a.end]
            if not cut or lexicon.is_place(name):
                break
            a.end = a.start + len(cut)
            a.text = cut
            a.canonical = canonical_name(cut, ctx.m.abbreviations)
            a.core = a.core[: -len(name)].rstrip() if a.core.endswith(name) else a.core
            a.att = a.att[: -len(name)].rstrip() if a.att.endswith(name) else a.att
            break


def _title_positions(ctx: ArticleContext) -> bytearray:
    """A mask of the text: 1 where a person's title is printed."""
    in_position = bytearray(len(ctx.text) + 1)
    for p in ctx.m.persons:
        for s, e in p.position_spans:
            in_position[s:e] = b"\x01" * (e - s)
    return in_position


# A national park or a reserve named as the forest it keeps, after a word of place: no actor (the State body that
# manages it acts by its own name, "Vườn quốc gia Bạch Mã ký kết ...", "Ban Quản lý Vườn quốc gia ...")
_PARK = re.compile(r"(?:Vườn\s+quốc\s+gia|Khu\s+bảo\s+tồn)\s", re.IGNORECASE)
_PLACE_WORD_BEFORE = re.compile(
    r"(?<![\w])(?:trong|tại|ở|giáp|giáp\s+ranh|thuộc|quanh|vùng\s+(?:lõi|đệm)|khu\s+vực|rừng|lâm\s+phận|"
    r"địa\s+bàn|dưới\s+tán\s+rừng)\s+$",
    re.IGNORECASE,
)
PLACE_WORD_WINDOW = 24


def _mark_non_actors(ctx: ArticleContext, in_position: bytearray) -> None:
    """Mentions inside a person's title (``in_position``, see _title_positions), an outlet's dateline or a closing
    source line are no actors; the bodies of signers' titles are."""
    text, m = ctx.text, ctx.m
    for a in m.agencies:
        if in_position[a.start]:
            a.in_title = True
    # A dateline that opens a paragraph with the outlet's name ("Báo Phú Thọ - Chiều 23/2, ...") credits the
    # source like "BHG - " does; the outlet is no actor there, nor is whatever name a dateline's brackets hold
    # alone ("(Mặt trận) - Sáng 22-2, ...": the Front's paper).
    # (an outlet's name in brackets needs no dash: "(Báo Thái Bình) Sáng 13/3, ...")
    for a in m.agencies:
        bracketed = _bracketed(text, a.start, a.end)
        if (
            (_OUTLET.match(a.text) or bracketed)
            and _opens_line(text, a.start)
            and (
                _DATELINE_DASH.match(text, a.end)
                or (bracketed and _OUTLET.match(a.text) and _CLOSED_BEFORE_THE_LEAD.match(text, a.end))
            )
        ):
            a.in_title = True
    # An emulation bloc named after its members ("Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh")
    for a in m.agencies:
        if _BLOC_NAMED_BEFORE.search(text, max(0, a.start - BLOC_WORDS_WINDOW), a.start):
            a.in_title = True
    _mark_addressees_of_recommendations(text, m.agencies)
    _mark_owners_of_advisory_bodies(text, m.agencies)
    for a in m.agencies:
        if _PARK.match(a.canonical) and _PLACE_WORD_BEFORE.search(text, max(0, a.start - PLACE_WORD_WINDOW), a.start):
            a.in_title = True  # "tuần tra trong Vườn quốc gia Pù Mát", "vùng lõi Vườn quốc gia Xuân Sơn": the forest
    closing = _closing_credit(text, m.agencies, ctx.title_end)
    if closing is not None:
        closing.in_title = True
    mark_signer_titles(text, m.sentences, m.agencies, m.persons)
    mark_signers_titled_before_their_names(text, m.sentences, m.agencies, m.persons)


# "Các cơ quan tham mưu, giúp việc Tỉnh ủy ký kết giao ước thi đua", "các ban tham mưu giúp việc của Huyện ủy": a
# committee named only as the owner of its advisory bodies, a generic plural that leaves them unnamed (they are listed
# elsewhere or not at all); the committee itself acts in nothing there, and signs nothing
_ADVISORY_BODIES_OF = re.compile(
    r"(?<![\w])(?:các|những)\s+(?:cơ\s+quan|ban|đơn\s+vị)(?:\s+(?:đảng|chuyên\s+trách))?\s+tham\s+mưu\s*"
    r"(?:,|và)?\s*giúp\s+việc\s+(?:(?:của|cho)\s+)?$",
    re.IGNORECASE,
)
ADVISORY_BODIES_WINDOW = 60  # before the committee: "các cơ quan chuyên trách tham mưu, giúp việc của "


def _mark_owners_of_advisory_bodies(text: str, agencies: list[AgencyMention]) -> None:
    """Mentions of a committee named as the owner of its unnamed advisory bodies (``_ADVISORY_BODIES_OF``) are no
    actors."""
    for a in agencies:
        window = max(0, a.start - ADVISORY_BODIES_WINDOW)
        if "việc" not in text[window : a.start]:
            continue  # (the cue's last word: most mentions have none before them)
        if _ADVISORY_BODIES_OF.search(text, window, a.start):
            a.in_title = True


# "kiến nghị với QH, Ủy ban thường vụ QH, Chính phủ ...", "đề xuất lên Bộ Công an": the bodies a recommendation is
# addressed to act in none of the report (real/da06); a list of them runs on over commas and "và"
_RECOMMENDED_TO = re.compile(
    r"(?<![\w])(?:kiến\s+nghị(?:\s+(?:với|lên))?|(?:đề\s+xuất|đề\s+nghị)\s+(?:với|lên))\s+", re.IGNORECASE
)
RECOMMENDED_TO_WINDOW = 80  # the cue and the addressees listed before the mention ("QH, Ủy ban thường vụ QH, ")
# What else a list of addressees holds once the bodies read in it are taken out: joiners, and names the grammar
# does not read ("QH", "Ủy ban thường vụ QH": capitalised words and the lower-case words of a standing body)
_ADDRESSEE_REST = re.compile(
    rf"(?:[,\s]+|(?:và|ban|thường|vụ|trực|nhân|dân|hội|đồng)(?![\w])|(?-i:{lexicon.UPPER_CLASS})[^\s,]*)*"
)


def _mark_addressees_of_recommendations(text: str, agencies: list[AgencyMention]) -> None:
    """Mentions of the bodies a recommendation is addressed to (``_RECOMMENDED_TO``, with only other addressees
    between) are no actors."""
    for a in agencies:
        window = max(0, a.start - RECOMMENDED_TO_WINDOW)
        if "nghị" not in text[window : a.start] and "xuất" not in text[window : a.start]:
            continue  # (the cue's words: most mentions have none before them)
        cues = list(_RECOMMENDED_TO.finditer(text, window, a.start))
        if not cues:
            continue
        if _ADDRESSEE_REST.fullmatch(text_without_bodies(text, cues[-1].end(), a.start, agencies)):
            a.in_title = True


def _closing_credit(text: str, agencies: list[AgencyMention], title_end: int) -> AgencyMention | None:
    """The body that the report's last line names and nothing else ("Văn phòng UBND tỉnh", set right under a
    portal's report; "Công an tỉnh"): the source that posted it, as "Nguồn: ..." credits one, no actor."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    if start <= title_end or start == 0:
        return None  # (a text of one line is a headline or a report, not a credit)
    line = text[start:end].rstrip(" .")
    for a in reversed(agencies):
        if a.start < start:
            break
        if a.start == skip_spaces(text, start) and a.end >= start + len(line):
            return a
    return None


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether the brackets around ``start``:``end`` hold that name alone."""
    return start > 0 and text[start - 1] == "(" and text.startswith(")", end)


def _opens_line(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line or a sentence, or a bracket that opens one ("(Báo Quảng Ngãi)- Chiều 24/8,
    ..."; a page that lost its line breaks runs it on after the time it was posted: "26/08/2017 . (Báo ...")."""
    if pos > 0 and text[pos - 1] == "(":
        pos -= 1
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos == 0 or text[pos - 1] in "\n.!?"


def _name_groups(
    ctx: ArticleContext, g: AgencyGroups, aliased: set[str], shortened: set[str], in_position: bytearray
) -> None:
    """Each group's name (its representative mention) and sector, and the order of the groups; a body the
    headline shortened (``shortened``) goes by the text's name. ``in_position``: see _title_positions."""
    title_end = ctx.title_end
    for k, items in g.groups.items():
        named = [a for a in items if not a.in_title] or items
        if k in shortened:
            named = [a for a in named if a.start >= title_end] or named
        elif k in aliased:
            # a headline's short form of a body the text names ("... giữa Sở Tư pháp và BĐBP tỉnh Nghệ An" over
            # "Bộ Chỉ huy BĐBP tỉnh" in the text) names no group: the text's own forms do
            named = [a for a in named if a.start >= title_end or merge_key(a.canonical, g.province) == k] or named
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, int] = {}
        for a in named:
            counts[a.canonical] += 1
            first.setdefault(a.canonical, a.start)
        if len(counts) == 1:
            best = next(iter(counts))  # a group written in one form only (most are) has nothing to rank
        else:
            best = _best_form(named, counts, first, k in aliased, ctx, g.province, in_position)
        g.sector[k] = next(a.sector for a in named if a.canonical == best)
        g.rep[k] = _placed_in_a_title(best, items) or best
        if any(not a.in_title for a in items):
            g.order.append(k)
    g.order.sort(key=lambda k: min(a.start for a in g.groups[k] if not a.in_title))


_PLACE_TAIL = re.compile(rf"(?:\s+{lexicon.CAP_SYL}){{1,4}}")


def _placed_in_a_title(best: str, items: list[AgencyMention]) -> str | None:
    """The fullest mention of a body may be in a person's title ("Chủ tịch Ủy ban MTTQ Việt Nam huyện Đại Lộc" after
    "Ủy ban MTTQ Việt Nam huyện"): a title's form that adds the place to the body's level word names it."""
    if not has_level(best) or not _LEVEL_END.search(best):
        return None
    for a in items:
        if a.in_title and a.canonical.startswith(best + " ") and _PLACE_TAIL.fullmatch(a.canonical[len(best) :]):
            return a.canonical
    return None


# A name that ends with its bare level word ("... huyện", "... tỉnh"): a place may follow it elsewhere.
_LEVEL_END = re.compile(rf"(?<![\w])(?:{LEVEL_WORDS})$")


def _best_form(
    named: list[AgencyMention],
    counts: dict[str, int],
    first: dict[str, int],
    aliased: bool,
    ctx: ArticleContext,
    province: str | None,
    in_position: bytearray,
) -> str:
    """The form that names a group written in several: placed forms first (see _placedness); then (for a short
    form read as a placed local body, ``aliased``) the placed form ("Ban Dân vận Huyện ủy Gio Linh" over a later
    "Ban Dân vận Huyện ủy"); then a fuller form that opens the body, as news style names a body in full first and
    shortens it after ("Tỉnh đoàn Hà Tĩnh ... Tỉnh đoàn ... Tỉnh đoàn"), whereas a place added once in passing does
    not win; then more mentions; then the earliest mention in the body (headlines abbreviate)."""
    title_end = ctx.title_end
    in_body = [a for a in named if a.start >= title_end]
    opening = min(in_body, key=lambda a: a.start).canonical if in_body else None
    # The fullness of every form ranks only an aliased group; otherwise the key below reads the opening form's alone
    # (each form against every other is quadratic in the forms, and each form's words are split once).
    words = {c: c.casefold().split() for c in counts}
    fullness = {c: _fullness(c, words) for c in (counts if aliased else (opening,) if opening is not None else ())}
    # the mentions that print their form whole, not with a place or level shared from a list's end
    printed_whole = [a for a in named if canonical_name(a.text, ctx.m.abbreviations) == a.canonical]
    # The forms the body prints: its mentions', and a headline's form printed whole that the body prints again
    # inside a longer name ("Thường trực Hội Nông dân tỉnh X" under the headline "Hội Nông dân tỉnh X ..."; not inside
    # a person's title, which names no agency)
    body_forms = {a.canonical for a in in_body} | {
        a.canonical
        for a in printed_whole
        if a.start < title_end and _printed_outside_titles(ctx.text, a.text, title_end, in_position)
    }
    placed = _placedness(counts, body_forms, province)
    written = _youth_union_forms(named)
    # (a form the page spells out itself, before the one a short form of the page was spelled out to: "Báo và Phát
    # thanh, Truyền hình Huế" over the table's reading of "Báo và PTTH Huế")
    spelled = {a.canonical for a in named if WS.sub(" ", fold_tones(a.text)) == a.canonical}
    # (a form that joins two words with "và" where another form of the body puts a dash: the name written out, over
    # the page's shorthand, however often it repeats: "Sở Nông nghiệp và PTNT" then "Sở Nông nghiệp-PTNT" twice)
    dashed_as_and = {c.replace(" - ", " và ") for c in counts if " - " in c}
    # (a form the page prints whole in one mention, before one whose place was only shared from a list's end:
    # "Sở Tư pháp Bắc Giang" over "Sở Tư pháp [và Hội LHPN tỉnh Bắc Giang]")
    whole = {a.canonical for a in printed_whole}
    whole_unlevelled = {_LEVEL_WORD.sub("", w.casefold()) for w in whole}
    shared_level = {c for c in counts if c not in whole and _LEVEL_WORD.sub("", c.casefold()) in whole_unlevelled}
    return max(
        counts,
        key=lambda c: (
            placed[c][0],
            c not in shared_level,
            # (a youth union written out in full, "Đoàn TNCS Hồ Chí Minh tỉnh", before "Tỉnh Đoàn Ninh Bình" that adds
            # the article's own province: the fullest name, and the province is the article's anyway)
            written.get(c, 0),
            placed[c][1],
            # (a fuller form only the headline prints does not win: "TAND khu vực 3 - TP Huế" over the body's "Tòa án
            # nhân dân khu vực 3 – Huế")
            fullness[c] if aliased and c in body_forms else 0,
            c == opening and fullness[c] > 0,
            c in dashed_as_and,
            c in spelled,
            counts[c],
            first[c] >= title_end,
            -first[c],
        ),
    )


def _youth_union_forms(mentions: list[AgencyMention]) -> dict[str, int]:
    """How a level's youth union is written, for its name: out in full ("Đoàn TNCS Hồ Chí Minh tỉnh X", 2) before
    the committee word ("Tỉnh Đoàn X", 1), both before a union whose level was only shared from a list's end
    ("Đoàn Thanh niên và Hội Nông dân huyện", 0)."""
    forms: dict[str, int] = {}
    for a in mentions:
        written = fold_tones(canonical_name(a.text)).casefold()
        if "đoàn" not in written:  # both patterns need the word (and backtrack over the whole name)
            rank = 0
        else:
            rank = 2 if YOUTH_UNION_OF_LEVEL.match(written) else 1 if _YOUTH_COMMITTEE_WORD.match(written) else 0
        forms[a.canonical] = max(forms.get(a.canonical, 0), rank)
    return forms


# a level word inside a name, with the space before it (the grammar's own level words)
_LEVEL_WORD = re.compile(rf" {LEVEL}(?= )", re.IGNORECASE)
_YOUTH_COMMITTEE_WORD = re.compile(r"(?:.* )?(?:tỉnh|thành|huyện|quận|thị) đoàn(?:$| )")


def _spell_front_as_article(g: AgencyGroups) -> None:
    """The article spells the Front "Ủy ban MTTQ Việt Nam tỉnh": its shorter mentions of the same
    committee ("Ban Thường trực Ủy ban MTTQ tỉnh") name it so too; a committee of another level
    or place ("Ủy ban MTTQ xã X") keeps the name it is given. Any mention's spelling counts, not only a group's
    name: a caption may name the committee first without "Việt Nam", the body's sentence with it."""
    vn_tails = {
        m.group(1)
        for k in g.order
        for form in {g.rep[k]} | {a.canonical for a in g.groups[k]}
        for m in [_FRONT_VN_TAIL.search(form)]
        if m
    }
    if not vn_tails:
        return

    def _with_vn(m: re.Match) -> str:
        tail = m.group(1)
        same = any(t == tail or t.startswith(tail + " ") or tail.startswith(t + " ") for t in vn_tails)
        return "Ủy ban Mặt trận Tổ quốc Việt Nam " + tail if same else m.group(0)

    for k in g.order:
        g.rep[k] = _FRONT_NO_VN.sub(_with_vn, g.rep[k])


def _short_form_aliases(groups, province: str | None) -> dict[str, str]:
    """Map the key of a short form to the key of the one fuller form it abbreviates.

    "Ban Dân vận Huyện ủy" -> "Ban Dân vận Huyện ủy Gio Linh" when the article names exactly one
    such placed body; at province level only when the article's province is unknown (otherwise
    the province name is already folded into the key)."""
    alias: dict[str, str] = {}
    for k in groups:
        # (a form that prints the article's province, whose key drops it, is that province's body, no other: "Liên
        # hiệp Hội Hải Phòng" is neither "Liên hiệp Hội Việt Nam" nor "Liên hiệp Hội tỉnh Thái Bình")
        # "Trung ương Hội ND" (printed "T.Ư Hội ND") after "Trung ương Hội Nông dân Việt Nam": the Centre's one body
        if k.startswith("trung ương ") and k + " việt nam" in groups:
            alias[k] = k + " việt nam"
            continue
        if _NUMBERED_AREA_END.search(k):
            # "Viện KSND khu vực 3" after "Viện KSND khu vực 3 - Huế", "Ban CHPTKV 2" after "Ban Chỉ huy Phòng thủ khu
            # vực 2 - Trùng Khánh": a regional unit of 2025 named without its seat
            seated = [
                o
                for o in groups
                if o.startswith(k + " ")
                and any(" - " in a.canonical for a in groups[o])
                and not _NUMBERED_AREA_END.search(o)
            ]
            if len(seated) == 1:
                alias[k] = seated[0]
                continue
        prints_province = province is not None and any(a.canonical.endswith(" " + province) for a in groups[k])
        # (a level printed only inside a person's title does not place the short form: "Chủ tịch Hội Nông dân tỉnh"
        # beside "Hội Nông dân huyện tổ chức ký kết giữa Hội Nông dân với ...")
        if " " in k and not prints_province and not any(has_level(a.canonical) for a in groups[k] if not a.in_title):
            # "Tổng cục Chính trị" after "Tổng cục Chính trị Quân đội nhân dân Việt Nam": the one
            # national body whose full name extends the short form.
            national = [o for o in groups if o.startswith(k + " ") and o.endswith(" việt nam") and not has_level(o)]
            if len(national) == 1:
                alias[k] = national[0]
                continue
            # "Hội đồng Dân tộc" after "Hội đồng Dân tộc của Quốc hội"; "Lữ đoàn 206" after "Lữ đoàn xe tăng
            # 206": the one body whose name adds its parent or its arm to the short form.
            fuller = [o for o in groups if o != k and _extends_short_form(k, o)]
            if len(fuller) == 1:
                alias[k] = fuller[0]
                continue
            # "Ủy ban Mặt trận Tổ quốc" after "Ủy ban Mặt trận Tổ quốc Việt Nam xã": the one body of that kind
            # the article names with its level.
            # (a form printed only inside a person's title names no agency and takes no short form: "Chủ tịch Hội
            # Nông dân tỉnh" beside "Hội Nông dân huyện ... ký kết giữa Hội Nông dân với ...")
            levelled_forms = _fullest(
                [
                    o
                    for o in groups
                    if o.startswith(k + " ")
                    and _LEVEL_WORD_AFTER.match(o, len(k))
                    and any(not a.in_title for a in groups[o])
                ]
            )
            if len(levelled_forms) == 1:
                alias[k] = levelled_forms[0]
                continue
            # "Ngân hàng CSXH đã cho vay" after "Chi nhánh Ngân hàng Chính sách xã hội tỉnh": the one office of that
            # body the article names, the one it tells of
            branch = _one_branch_of(k, groups)
            if branch:
                alias[k] = branch
                continue
        levelled = _with_province_level(k, groups)
        if levelled:
            # "BĐBP Hà Giang" is the article's "BĐBP tỉnh Hà Giang" (or the command it aliases to below).
            alias[k] = next(
                (c + levelled for c in ("bộ chỉ huy ", "ban chỉ huy ") if (c + levelled) in groups), levelled
            )
            continue
        provincial = prints_province or any(has_level(a.canonical) for a in groups[k])
        # "BĐBP tỉnh" is the article's "Bộ Chỉ huy BĐBP tỉnh"; a bare "BĐBP" next to a
        # "Bộ Tư lệnh BĐBP" is that central command. A level word, or the article's province printed ("Biên phòng An
        # Giang"), rules the central reading out.
        # Likewise a headline's "Quân sự xã" is the article's "Ban Chỉ huy Quân sự xã".
        # ("Hải quan An Giang" is the article's "Cục Hải quan An Giang": a department named without its "Cục")
        # ("Ngân hàng Chính sách xã hội tỉnh" is the article's "Chi nhánh Ngân hàng Chính sách xã hội tỉnh X")
        commands = (
            ("bộ chỉ huy ", "ban chỉ huy ", "cục ", "chi nhánh ")
            if provincial
            else ("bộ tư lệnh ", "bộ chỉ huy ", "cục ")
        )
        command = next((c + k for c in commands if (c + k) in groups), None)
        if command:
            alias[k] = command
            continue
        # the bare Youth Union, the Front named by its level, the science unions' short form, a city named bare
        named_in_full = (
            _youth_union_of_level(k, groups)
            or _front_committee_of(k, groups, provincial)
            or _science_unions_of(k, groups)
            # (not a group that prints the article's province: "Ban Chỉ đạo 389 tỉnh Kiên Giang" meets the title's bare
            # "BCĐ 389 thành phố" in one key, and is the province's, not the one city named elsewhere)
            or (None if prints_province else _placed_city_form(k, groups, province))
        )
        if named_in_full:
            alias[k] = named_in_full
            continue
        if prints_province or not (_LOCAL_LEVEL.search(k) or (province is None and _PROVINCE_LEVEL.search(k))):
            # (a body that prints the article's province is that province's, never another place's: "Ban Thường vụ
            # Thành ủy TPHCM và Ban Thường vụ Thành ủy Hà Nội" in a Ho Chi Minh City article are two)
            continue
        placed = [
            o
            for o in groups
            if o.startswith(k + " ") and len(o) - len(k) <= PLACE_TAIL_MAX and not _PLACE_IN_TAIL.search(o[len(k) :])
        ]
        if len(placed) == 1:
            alias[k] = placed[0]
    return _follow_chains(alias)


def _fullest(keys: list[str]) -> list[str]:
    """The keys no other key of the list extends ("... phường" goes where "... phường X" is there too)."""
    return [k for k in keys if not any(o.startswith(k + " ") for o in keys)]


def _follow_chains(alias: dict[str, str]) -> dict[str, str]:
    """Each alias pointed at the end of its chain ("MTTQ phường" -> "Ủy ban MTTQ phường" -> "Ủy ban MTTQ phường
    X"): a short form of a short form is the fuller form too."""
    out = {}
    for k, v in alias.items():
        seen = {k}
        while v in alias and v not in seen:
            seen.add(v)
            v = alias[v]
        out[k] = v
    return out


# The Youth Union named bare ("Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh"), and the key of its committee at a level
# ("tỉnh đoàn", "huyện đoàn x": merge_key writes "Đoàn Thanh niên tỉnh" so).
_BARE_YOUTH_UNION = re.compile(r"đoàn (?:thanh niên|tn|tncs)(?: cộng sản)?(?: (?:hồ chí minh|hcm))?")
_YOUTH_COMMITTEE_KEY = re.compile(r"(?:tỉnh|thành|huyện|quận|thị) đoàn(?: .+)?")


def _youth_union_of_level(key: str, groups) -> str | None:
    """ "Đoàn Thanh niên và Bộ đội Biên phòng ký kết ..." over "Tỉnh Đoàn và BĐBP tỉnh": the Youth Union named bare is
    the one committee of the Union at a level that the article names (not a unit of it, "Ban Thường vụ Tỉnh Đoàn")."""
    if not _BARE_YOUTH_UNION.fullmatch(key):
        return None
    levelled = [o for o in groups if _YOUTH_COMMITTEE_KEY.fullmatch(o)]
    return levelled[0] if len(levelled) == 1 else None


# The Front named by its level, and maybe its place, without its committee ("MTTQ tỉnh", "MTTQ xã", "Mặt trận Tổ quốc
# phường X"), and its committee's key with the level and the place after it ("ủy ban mặt trận tổ quốc việt nam xã phong
# hải": what follows the group here). (Named bare, "MTTQ" is the Front at large: "phối hợp giữa lực lượng công an với
# MTTQ" in `dev` and a blind set's gold.)
_BARE_FRONT = re.compile(rf"mặt trận tổ quốc(?: việt nam)?( (?:{LEVEL_WORDS})(?: .+)?)")
_FRONT_COMMITTEE_KEY = re.compile(r"ủy ban mặt trận tổ quốc(?: việt nam)?( .+)?")


# the key of a union of science and technology associations (merge_key drops the "và"), with its place after it; and
# the short form news print for it
_SCIENCE_UNIONS_KEY = re.compile(r"liên hiệp các hội khoa học (?:và )?(?:- )?kỹ thuật(.*)")
_SCIENCE_UNIONS_SHORT = "liên hiệp hội"


def _science_unions_of(key: str, groups) -> str | None:
    """ "Liên hiệp Hội Hải Phòng" beside "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng": the short form
    is the union the article names in full, with the same place, or with the level of the article's province (whose
    name the keys drop)."""
    if not key.startswith(_SCIENCE_UNIONS_SHORT + " ") and key != _SCIENCE_UNIONS_SHORT:
        return None
    rest = key[len(_SCIENCE_UNIONS_SHORT) :]
    tails = (rest,) if rest else ("", " tỉnh", " thành phố")
    found = [o for o in groups if (m := _SCIENCE_UNIONS_KEY.fullmatch(o)) and m.group(1) in tails]
    return found[0] if len(found) == 1 else None


def _front_committee_of(key: str, groups, provincial: bool) -> str | None:
    """The committee of the Front named without its committee word: the same name with "Ủy ban" ("MTTQ tỉnh", a
    headline's short form, is the article's "Ủy ban MTTQ tỉnh"), else the one committee of that level and place the
    article names ("MTTQ xã và các tổ chức chính trị - xã hội ký giao ước thi đua" after "Ủy ban MTTQ Việt Nam xã Phong
    Hải"). ``provincial``: the key's mentions print a level (the article's province, which the key drops)."""
    if provincial and key.startswith("mặt trận tổ quốc") and "ủy ban " + key in groups:
        return "ủy ban " + key
    bare = _BARE_FRONT.fullmatch(key)
    if bare is None:
        return None
    level = bare.group(1)
    committees = _fullest(
        [o for o in groups if (m := _FRONT_COMMITTEE_KEY.fullmatch(o)) and (m.group(1) or "").startswith(level)]
    )
    return committees[0] if len(committees) == 1 else None


# A name ending with a bare "thành phố" ("Đảng ủy Ban CHQS thành phố"); the key drops the word (merge_key).
_BARE_CITY_END = re.compile(r"(?:thành phố|TP\.?)$", re.IGNORECASE)
# The service a military command is named for; "Đảng ủy Quân sự X" is the committee of "Ban Chỉ huy Quân sự X".
_SERVICE = re.compile(r"(?<!chỉ huy )(?<![\w])(?=(?:quân sự|bộ đội biên phòng)(?: |$))")
_CENTRAL_CITY_KEYS = frozenset({"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"})
_CITY_PREFIX = re.compile(r"^(?:thành phố|tp\.?)\s*")


def _placed_city_form(key: str, groups, province: str | None) -> str | None:
    """ "Đảng ủy Ban CHQS thành phố" or "Đảng ủy Quân sự thành phố" in an article of a province, after "Đảng ủy Ban
    CHQS TP Dĩ An": a body named with a bare "thành phố" is the provincial city's, so the one body of that kind (a
    military command may be named by its service alone) that the article names with a city's name."""
    if province is None or _is_central_city(province):
        return None
    if not any(_BARE_CITY_END.search(a.canonical) for a in groups[key]):
        return None
    forms = {key} | {key[: m.start()] + c + key[m.start() :] for m in _SERVICE.finditer(key) for c in _COMMANDS}
    # (the provincial capital named like the province loses its name in the key: "... thành phố Bắc Kạn")
    placed = [
        o
        for o in groups
        if o != key
        and (
            any(o.startswith(f + " thành phố ") for f in forms)
            or (o in forms and not all(_BARE_CITY_END.search(a.canonical) for a in groups[o]))
        )
    ]
    return placed[0] if len(placed) == 1 else None


@lru_cache(maxsize=64)
def _is_central_city(province: str) -> bool:
    """Whether the article's province is a city under the central government (asked for every group key)."""
    return _CITY_PREFIX.sub("", fold_tones(province).casefold()) in _CENTRAL_CITY_KEYS


_COMMANDS = ("ban chỉ huy ", "bộ chỉ huy ")


def _with_province_level(key: str, groups) -> str | None:
    """The key of the same body named with the level word before the province ending ``key`` ("bộ đội biên
    phòng hà giang" -> "bộ đội biên phòng tỉnh hà giang"), where the article names it so."""
    words = key.split(" ")
    # the key's last words, never all of it (and never more than a province key has: no longer ending can be one)
    endings = {" ".join(words[-n:]) for n in range(1, min(len(words), _province_key_words() + 1))}
    if endings.isdisjoint(_province_key_set()):
        return None
    for province in _province_keys():
        if province in endings and not has_level(key):
            head = key[: -len(province) - 1]
            for level in ("tỉnh ", "thành phố "):
                if f"{head} {level}{province}" in groups:
                    return f"{head} {level}{province}"
    return None


@lru_cache(maxsize=1)
def _province_keys() -> tuple[str, ...]:
    return tuple(merge_key(p, None) for p in lexicon.provinces())


@lru_cache(maxsize=1)
def _province_key_set() -> frozenset[str]:
    return frozenset(_province_keys())


@lru_cache(maxsize=1)
def _province_key_words() -> int:
    """The number of words of the longest province key."""
    return max(len(k.split(" ")) for k in _province_keys())


def _printed_outside_titles(text: str, name: str, start: int, in_position: bytearray) -> bool:
    """Whether ``name`` is printed from ``start`` on somewhere outside the persons' titles (``in_position``)."""
    at = text.find(name, start)
    while at >= 0:
        if not in_position[at]:
            return True
        at = text.find(name, at + 1)
    return False


def _placedness(counts, in_body: set[str], province: str | None) -> dict[str, tuple[bool, bool]]:
    """How placed each form of a group is: (by a level word or the province, by both).

    Where the group is named with a level word, a form of the body ending with the article's province is
    as placed ("Đảng ủy BĐBP Lai Châu" next to "Đảng ủy BĐBP tỉnh"), and a form with both is more ("Công
    an tỉnh Quảng Nam" over "Công an Quảng Nam"). Where no form has a level word, the province added once
    in passing does not make a form better, and neither does the headline's ("MTTQ tỉnh Phú Thọ")."""
    # (a form only the headline prints levels no body: "one body, one agency, named by its fullest mention in the body")
    levelled = {c: has_level(c) and (c in in_body or not in_body) for c in counts}
    any_level = any(levelled.values())
    out = {}
    for c in counts:
        in_province = any_level and c in in_body and _ends_with_province(c, province)
        out[c] = (levelled[c] or in_province, levelled[c] and in_province)
    return out


def _ends_with_province(name: str, province: str | None) -> bool:
    """Whether ``name`` ends with the article's province (its key drops it)."""
    return bool(province) and merge_key(name, province) != merge_key(name, None)


_NUMBERED = re.compile(r" (?:\d{1,3}|[ivx]{1,4})$")
_NUMBERED_AREA_END = re.compile(r"khu vực (?:\d{1,2}|[ivx]{1,4})$")
# The parent a central or military body is named after: "Ban Bí thư Trung ương Đảng", "Viện KSQS Quân khu 1".
_PARENT_TAIL = re.compile(
    r"(?:trung ương(?: đảng)?|quân (?:khu|đoàn) \d{1,2}|quân chủng .+|bộ đội biên phòng|cảnh sát biển|hải quân|"
    # a staff office of a numbered unit ("Phòng Tham mưu" of "Lữ đoàn xe tăng 215")
    r"(?:sư|lữ|trung|tiểu) đoàn(?: [^\W\d_]+){0,3} \d{1,3}|"
    # a police department of a province's police ("Phòng Cảnh sát kinh tế" of "... Công an thành phố Hải Phòng")
    r"công an(?: (?:tỉnh|thành phố)(?: .+)?)?|"
    # a board of a provincial department (round s34: "Ban Tôn giáo" of "Ban Tôn giáo Sở Nội vụ")
    r"sở [^\W\d_]+(?: [^\W\d_]+){0,6})"
)


_UNIT_NUMBER = re.compile(r"\d{1,3}")


def _one_branch_of(body: str, groups) -> str | None:
    """The key of the one branch or transaction office of ``body`` the article names outside titles ("chi nhánh
    ngân hàng chính sách xã hội tỉnh" for "ngân hàng chính sách xã hội"), or None."""
    branches = [
        o
        for o in groups
        if any(o == w + body or o.startswith(w + body + " ") for w in _BRANCH_WORDS)
        and any(not a.in_title for a in groups[o])
    ]
    return branches[0] if len(branches) == 1 else None


def _extends_short_form(short: str, long: str) -> bool:
    """Whether the key ``long`` is ``short`` with its parent ("... của Quốc hội", "... Quân khu 1") or, for a
    numbered unit, with its arm between the word and the number ("lữ đoàn 206" ~ "lữ đoàn xe tăng 206")."""
    if long.startswith(short + " của "):
        return True
    if long.startswith(short + " ") and _PARENT_TAIL.fullmatch(long[len(short) + 1 :]):
        return True
    if long.startswith(short + " cửa khẩu "):
        return True  # "Ban Quản lý Khu kinh tế" after "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng": its gate named
    if long.startswith(short + " ") and _UNIT_NUMBER.fullmatch(long, len(short) + 1):
        return True  # "Đoàn KT-QP" after "Đoàn Kinh tế - Quốc phòng 379": a numbered unit named without its number
    number = _NUMBERED.search(short)
    if not number or not long.endswith(number.group(0)) or has_level(long):
        return False
    head = short[: number.start()]
    return long.startswith(head + " ") and len(long.split()) - len(short.split()) <= 2


def _fullness(name: str, form_words: dict[str, list[str]]) -> int:
    """How many other forms of the group this one extends word by word (its place, "Việt Nam"); ``form_words``
    holds each form's case-folded words."""
    words = form_words[name]
    n = 0
    for other, ow in form_words.items():
        if other != name and len(ow) < len(words) and _is_subsequence(ow, words):
            n += 1
    return n


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)
