"""Later references to bodies named before: units of a counted list, counted heads that refer back to a list, short
forms defined in brackets, units of a bracketed name or parent.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.head_scan import _head_scan
from phoihop.extract.agencies.mention import AgencyMention
from phoihop.extract.agencies.name_grammar import _head_info, _sector, grammar
from phoihop.extract.agencies.patterns import (
    _BARE_LEVEL,
    _CAP_WORD_START,
    _CLOSE_BRACKET,
    _COUNT_WORDS,
    _GENERIC_BEFORE,
    _LOCATION_BEFORE,
    _ONE_LEVEL,
    _OPEN_BRACKET,
    POLICE_DEPARTMENT,
)
from phoihop.extract.agencies.place_items import _place_item
from phoihop.text import WS as _WS

# "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (Liên hiệp hội)": a short name of words given in brackets.
# an opening bracket right before a body, with the spaces the writer put around it ("Phòng Chính trị (Bộ CHQS tỉnh)")
_BRACKET_BEFORE = re.compile(r"\s?\(\s*$")
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
    """Start of a unit word ("Ban Thường vụ", "Văn phòng") that ends right before ``pos``, or None (a unit whose
    pattern looks at the body after it, "Đoàn Thanh niên" before "Công an", is read with the text after ``pos``)."""
    unit = grammar()["unit"]
    for w in _CAP_WORD_START.finditer(text, max(0, pos - 30), pos):
        m = unit.match(text, w.start(), pos)
        if not (m and m.end() == pos):
            m = unit.match(text, w.start())
        if m and m.end() == pos:
            return w.start()
    return None


def _is_word_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _name_units_by_bracketed_parent(text: str, found: list[AgencyMention], extra) -> None:
    """ "Ban Dân chủ - Pháp luật (Ủy ban MTTQ tỉnh)": a unit that may stand as a name, with its parent body in
    brackets after it, is that unit of the parent, in its sector ("Phòng Tham mưu (Công an tỉnh)" is the police's; the
    parent stays an agency of its own)."""
    unit = grammar()["unit"]
    for a, b in itertools.pairwise(found):
        if a.core_role != "standalone" or a.pre or not unit.fullmatch(a.text.strip() + " "):
            continue
        gap = _OPEN_BRACKET.match(text, a.end)
        if not (gap and gap.end() == b.start and _CLOSE_BRACKET.match(text, b.end)):
            continue
        a.canonical = canonical_name(f"{a.text} {b.text}", extra)
        a.core_role, a.core, a.pre, a.att, a.has_level = b.core_role, b.core, a.text + " ", b.att, b.has_level
        a.sector = b.sector


def _add_units_before_bracketed_parents(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """ "Phòng Chính trị (Bộ Chỉ huy Quân sự tỉnh)": a unit word that names nothing alone ("Phòng Chính trị", "Ban
    Tuyên giáo"), right before a body in brackets, is that unit of the body, as "Phòng Tham mưu (Công an tỉnh)" is;
    the body in brackets stays an agency of its own."""
    if "(" not in text:
        return found
    added: list[AgencyMention] = []
    for b in found:
        opening = _BRACKET_BEFORE.search(text, max(0, b.start - 4), b.start)
        if b.listed or not opening or not _CLOSE_BRACKET.match(text, b.end):
            continue
        unit = _unit_ending_at(text, opening.start())
        if unit is None or any(f.start <= unit < f.end or unit <= f.start < opening.start() for f in found):
            continue
        pre = text[unit : opening.start()].strip() + " " + b.pre
        added.append(
            AgencyMention(
                unit,
                b.end,
                text[unit : b.end],
                canonical_name(f"{pre}{b.canonical[len(b.pre) :]}", extra),
                _sector(pre, b.core or b.text)[0],
                b.has_level,
                core_role=b.core_role,
                core=b.core,
                pre=pre,
                att=b.att,
            )
        )
    return sorted(found + added, key=lambda x: x.start) if added else found


# "Phòng Cảnh sát kinh tế, Công an tỉnh Sóc Trăng", "Phòng CSHS - Công an TP.HCM": a police department, then a comma
# or a dash and the police of its province, is that department of that police, named as pages without the comma name it
_PROVINCE_POLICE = re.compile(r"Công\s+an\s+(?:tỉnh|thành\s+phố|TP)(?![\w])", re.IGNORECASE)
_COMMA_OR_DASH = re.compile(r"\s*[,\-–]\s*")


def _name_police_departments_by_their_command(text: str, found: list[AgencyMention], extra) -> None:
    """A police department without a place of its own, a comma or a dash, and the police of a province, which no
    other police follows in a list ("Phòng PC03, Công an tỉnh A, Công an tỉnh B" lists three): the department is
    named with that police (which stays an agency of its own)."""
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        if (
            a.sector != "police"
            or a.has_level
            or not POLICE_DEPARTMENT.match(_WS.sub(" ", a.core or a.text))
            or not _PROVINCE_POLICE.match(b.canonical)
            or not _COMMA_OR_DASH.fullmatch(text, a.end, b.start)
        ):
            continue
        after = found[i + 2] if i + 2 < len(found) else None
        if after is not None and after.sector == "police" and _COMMA_OR_DASH.fullmatch(text, b.end, after.start):
            continue
        a.canonical = canonical_name(f"{a.text} {b.text}", extra)
        a.core_role, a.core, a.pre, a.att, a.has_level = b.core_role, b.core, a.text + " ", b.att, b.has_level


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
            # a head the grammar read up to a joint inside the short form ("Cục PTTH" of "Cục PTTH&TTĐT") is read
            # again with the long form in the short form's place
            cut = next((a for a in found if a.start < m.start() < a.end < m.end()), None)
            if cut is None and any(a.start <= m.start() < a.end for a in found):
                continue
            if _GENERIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            head = text[cut.start : m.start()] if cut else ""
            tail = text[m.end() : m.end() + 80]
            candidate = head + long + tail
            am = g["agency"].match(candidate)
            if not am or am.end() <= len(head + long) - 1 or not candidate[0].isupper():
                continue
            if cut:
                found.remove(cut)
            end = m.end() + max(0, am.end() - len(head + long))
            sector, role = _sector(am.group("pre") or "", am.group("core"))
            if role == "unit" and not am.group("att"):
                continue
            # "UBKT Tỉnh ủy" read as "Ủy ban Kiểm tra Tỉnh ủy": the bare "Tỉnh ủy" found inside it goes.
            start = cut.start if cut else m.start()
            found[:] = [a for a in found if not (start <= a.start and a.end <= end)]
            found.append(
                AgencyMention(
                    start,
                    end,
                    text[start:end],
                    canonical_name(am.group(0), extra),
                    sector,
                    bool(am.group("att")) or role in ("committee", "standalone", "named"),
                    core_role=role,
                    core=am.group("core"),
                    pre=am.group("pre") or "",
                    att=am.group("att") or "",
                )
            )


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
            name = canonical_name(f"{unit} {b.canonical}", extra)
            added.append(_member_by_count(m, name, sector, in_title, "body", b.core, b.att, pre=unit + " "))
    return _with_references(found, added)


# A count before a level word with nothing placed after it ("... 3 tỉnh và", "... 3 tỉnh."): the cue of a counted head.
_COUNTED_LEVEL_CUE = re.compile(
    rf"(?<![\w]){lexicon.COUNT_RX}\s+"
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
                _member_by_count(m, canonical_name(f"{head} {b.att}", extra), sector, in_title, role, head, b.att)
            )
    return _with_references(found, added)


def _member_by_count(
    m: re.Match, name: str, sector: str, in_title: bool, role: str, core: str, att: str, pre: str = ""
) -> AgencyMention:
    """The counted phrase ``m`` ("Công an 7 tỉnh", "Phòng An ninh kinh tế Công an 7 tỉnh") standing for one member of
    the list it counts, named ``name``: a placed member, never spread again."""
    return AgencyMention(
        m.start(),
        m.end(),
        m.group(0),
        name,
        sector,
        True,
        in_title=in_title,
        core_role=role,
        core=core,
        pre=pre,
        att=att,
        listed=True,
    )


def _with_references(found: list[AgencyMention], added: list[AgencyMention]) -> list[AgencyMention]:
    """``found`` with the ``added`` references in place of what their spans covered, in text order."""
    if not added:
        return found
    kept = [a for a in found if not any(x.start <= a.start < x.end for x in added)]
    return sorted(kept + added, key=lambda x: x.start)


# The levels after the first of a count of several ("07 xã, phường": ", phường"), as _LEVELS reads them
_MORE_COUNTED_LEVELS = re.compile(rf"(?:\s*(?:,|/|và|,\s*và)\s*{_ONE_LEVEL})+(?![\w])", re.IGNORECASE)


# A border post named again by its kind alone, after the page has named it in full ("Đồn Biên phòng Cửa khẩu quốc tế
# Cha Lo tổ chức ... Thực hiện Quy chế số 08/QC-ĐBP-UBND giữa Đồn Biên phòng với UBND xã Dân Hóa"): the kind stands
# for that post, the one the page names (a page naming two posts leaves it unsaid which). The kind ends there: a
# lower-case word or a mark follows it (a capital opens the post's name).
_POST_KIND_CUE = "Đồn B"
_POST_KIND_ALONE = re.compile(
    r"(?<![\w])Đồn\s+(?:Biên\s+phòng|BP)(?=\s*[,;.:)]|\s+(?!(?:tỉnh|thành|huyện|quận|xã|phường)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}))"
)
# (round s36) Or by "Đồn" alone as a clause's subject ("Ngày 20/6/2016, Đồn đã ký Quy chế phối hợp số 08/QC-ĐBP-UBND
# với UBND xã Dân Hóa"): a capital "Đồn" opening a sentence or a clause after a comma, a lower-case word after it. Not
# a compound of the word, which names no post: "Đồn trưởng", "Đồn phó" (its commanders, a title), "Đồn điền" (a
# plantation), "Đồn đại" (a rumour), "Đồn trú" (to be stationed).
_POST_BY_BARE_KIND = re.compile(
    r"(?:^|(?<=[.!?;,]\s))Đồn(?=\s+(?!(?:trưởng|phó|điền|đại|trú|thổ|binh|bốt|lũy|canh)(?![\w]))"
    rf"(?-i:{lexicon.LOWER_CLASS}))",
    re.MULTILINE,
)
_POST_NAMED_IN_FULL = re.compile(r"Đồn Biên phòng \S")
# "các Đồn Biên phòng", "hai Đồn Biên phòng": posts in the plural, none in particular
_PLURAL_BEFORE_KIND = re.compile(rf"(?<![\w])(?:các|những|mỗi|{lexicon.COUNT_RX})\s+$", re.IGNORECASE)


def _add_posts_named_by_their_kind(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """The page's one border post named in full, where its kind alone names it again later (see _POST_KIND_ALONE)."""
    if _POST_KIND_CUE not in text:
        return found
    post = _the_one_post(found)
    if post is None:
        return found
    title_before = grammar()["title_before"]
    added: list[AgencyMention] = []
    kind_alone = itertools.chain(_POST_KIND_ALONE.finditer(text, post.end), _POST_BY_BARE_KIND.finditer(text, post.end))
    for m in kind_alone:
        if _inside_a_longer_name(found, m.start(), m.end()) or _PLURAL_BEFORE_KIND.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue
        in_title = bool(title_before.search(text, max(0, m.start() - 60), m.start()))
        added.append(
            replace(
                post, start=m.start(), end=m.end(), text=m.group(0), in_title=in_title, is_location=False, signer=False
            )
        )
    return _with_references(found, added)


def _inside_a_longer_name(found: list[AgencyMention], start: int, end: int) -> bool:
    """Whether a mention found reaches out of ``start``..``end`` where it overlaps it (a name that holds the words; a
    mention inside them, "Biên phòng" of "Đồn Biên phòng", is replaced)."""
    return any(a.start < end and start < a.end and (a.start < start or a.end > end) for a in found)


def _the_one_post(found: list[AgencyMention]) -> AgencyMention | None:
    """The first mention of the one border post the page names in full, outside titles, or None; a shorter name that
    leaves out words of the fuller one is the same post ("Đồn Biên phòng Cha Lo", a headline's, and "Đồn Biên phòng
    Cửa khẩu quốc tế Cha Lo")."""
    posts: dict[str, AgencyMention] = {}
    for a in found:
        if _POST_NAMED_IN_FULL.match(a.canonical) and not a.in_title:
            posts.setdefault(a.canonical, a)
    fullest = [
        name
        for name in posts
        if not any(other != name and _is_word_subsequence(name.split(), other.split()) for other in posts)
    ]
    return posts[fullest[0]] if len(fullest) == 1 else None


# (round s36) A body named in full once and then by its head alone: "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng họp ...
# đề nghị Văn phòng Ban Chỉ đạo theo dõi", "Đảng ủy Khối các cơ quan tỉnh tổ chức ... Đảng ủy Khối và Hội Cựu chiến
# binh tỉnh ký kết". The short head is the one body of that head named before it (a short back-reference is the thing
# it refers to), and a unit named with it ("Văn phòng Ban Chỉ đạo") is that body's unit.
_SHORT_HEADS = ("Ban Chỉ đạo", "Đảng ủy Khối")
# "Đảng ủy Khối" standing alone: no name of a bloc after it ("các cơ quan", "Doanh nghiệp", a capitalised word)
_BARE_BLOC_COMMITTEE = re.compile(
    r"(?<![\w])Đảng ủy Khối(?!\s+(?:(?-i:[A-ZĐ])|các\s|cơ\s+quan|doanh\s+nghiệp))(?![\w])"
)


def _body_named_in_full_before(head: str, pos: int, found: list[AgencyMention]) -> AgencyMention | None:
    """The one body named before ``pos`` whose name opens with ``head`` and goes on after it, or None where there
    are none or several."""
    fuller = {a.canonical: a for a in found if a.start < pos and a.canonical.startswith(head + " ")}
    return next(iter(fuller.values())) if len(fuller) == 1 else None


def _named_by_short_head(text: str, a: AgencyMention, body: AgencyMention, pre: str) -> AgencyMention:
    """The mention ``a`` (a unit ``pre`` or the bare head) named as ``body``'s, where it stands in the text."""
    named = replace(a, canonical=f"{pre}{body.canonical}", sector=body.sector, has_level=True, core=body.core)
    named.in_title = bool(grammar()["title_before"].search(text, max(0, a.start - 60), a.start))
    named.is_location = bool(_LOCATION_BEFORE.search(text, max(0, a.start - 30), a.start))
    return named


def _add_short_head_back_references(
    text: str, found: list[AgencyMention], bare_organs: list[AgencyMention]
) -> tuple[list[AgencyMention], list[AgencyMention]]:
    """``found`` with the bodies and units named by a short head after the body's full name, and the bare organs
    left (those named with no such body)."""
    added, left = [], []
    for organ in bare_organs:
        body = _body_named_in_full_before(organ.core, organ.start, found) if organ.core in _SHORT_HEADS else None
        if body is None:
            left.append(organ)
        else:
            added.append(_named_by_short_head(text, organ, body, _WS.sub(" ", organ.pre)))
    if "Đảng ủy Khối" in text:
        for m in _BARE_BLOC_COMMITTEE.finditer(text):
            body = _body_named_in_full_before("Đảng ủy Khối", m.start(), found)
            if body is not None and not any(f.start <= m.start() < f.end for f in (*found, *added)):
                bare = AgencyMention(m.start(), m.end(), m.group(0), m.group(0), body.sector, False, core=m.group(0))
                added.append(_named_by_short_head(text, bare, body, ""))
    return (sorted(found + added, key=lambda a: a.start) if added else found), left
