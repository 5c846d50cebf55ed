"""Party committees in lists: organs named without their committee, bare committee words that take the place or level
of the bodies after them, committees of dashed bodies.
"""

from __future__ import annotations

import itertools
import re

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.mention import AgencyMention, _gap
from phoihop.extract.agencies.name_grammar import grammar
from phoihop.extract.agencies.patterns import (
    _BARE_LEVEL,
    _CAP_WORD_START,
    _COMMITTEE_LEVEL,
    _COMMITTEE_WORD,
    _ITEM_GAP,
    _LOCATION_BEFORE,
    _PLACED_TAIL,
)
from phoihop.extract.agencies.shared_levels import _LIST_SEP
from phoihop.text import WS as _WS


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


# ("Đảng ủy - HĐND - UBND xã A", "Đảng ủy-HĐND-UBND phường A": dashes join the list too)
_BARE_COMMITTEES = re.compile(
    r"(?<![\w])(?:(?P<organ>Ban\s+Thường\s+vụ|Thường\s+trực)\s+)?"
    r"(?P<heads>(?:(?:Đảng|Huyện|Thành|Quận|Thị|Tỉnh)\s+ủy\s*(?:,|và|,\s*và|[-–])\s*)+)$"
)
# Every match of _BARE_COMMITTEES holds it: a window without it (five mentions in six) is passed without a search.
_COMMITTEE_SUFFIX = "ủy"


# "được Đảng ủy - Bộ CHQS tỉnh lãnh đạo": the Party committee and the command it leads, written as one pair.
_DASHED_COMMITTEE = re.compile(r"(?<![\w])Đảng\s+ủy\s*[-–]\s*$")


def _add_committees_of_dashed_bodies(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Đảng ủy - Bộ Chỉ huy Quân sự tỉnh": a bare "Đảng ủy" set before a body with a dash is that body's Party
    committee (the body stays an agency of its own); not before a people's council or committee, whose Party
    committee is named by the place, nor before its Front committee (see _BODY_OF_THE_PLACE)."""
    added = []
    for b in found:
        dash = _DASHED_COMMITTEE.search(text, max(0, b.start - 12), b.start)
        if not dash or b.in_title or b.sector == "party" or _BODY_OF_THE_PLACE.search(b.core.strip()):
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
        # (an organ of the first committee named before it keeps its name: "giữa Ban Thường vụ Đảng ủy và UBND xã A")
        organ = _WS.sub(" ", heads.group("organ")) + " " if heads.group("organ") else ""
        # the bare committee mentions the grammar found in the heads are replaced by the placed ones
        popped = []
        while out and out[-1].start >= h0:
            popped.append(out.pop())
        # in a person's title, or naming a venue ("tại Hội trường Huyện ủy, Hội CCB huyện A ký kết ...": the hall
        # is no item of the list the subject opens): left as the grammar read it
        if grammar()["title_before"].search(text, max(0, h0 - 60), h0) or any(
            a.in_title or a.is_location for a in popped
        ):
            out.extend(reversed(popped))
            out.extend(found[i : i + len(places)])
            i += len(places)
            continue
        for n, word in enumerate(words):
            for body in places:
                name = _committee_name(word, body)
                if name:
                    start = heads.start() if organ and n == 0 else h0
                    name = organ + name if organ and n == 0 else name
                    # the mention ends with its word, not with the separator after it (the list's walk reads the gap)
                    end = h0 + len(text[h0 : b.start].rstrip(" ,-–").removesuffix(" và").rstrip(" ,"))
                    out.append(
                        AgencyMention(
                            start,
                            end,
                            text[start:end],
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


_COMMAND_OF_A_UNIT = re.compile(r"Ban\s+Chỉ\s+huy", re.IGNORECASE)


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
        place_body = _BODY_OF_THE_PLACE.search(_WS.sub(" ", a.core).strip())
        if named_by and not place_body:
            named_by = a.canonical  # "Đảng ủy - Bộ CHQS tỉnh": the committee of that body (see _committee_name)
        elif (
            not named_by
            and a.sector != "party"
            and (
                a.core_role == "standalone"
                or (a.core_role == "body" and not place_body and _BARE_LEVEL.fullmatch(a.att.strip()))
            )
        ):
            # "Đảng ủy, Ban Chỉ huy Phòng thủ khu vực 2": a body complete by its name; "Đảng ủy, Bộ Chỉ huy Quân sự
            # tỉnh và Huyện ủy, UBND 4 huyện": a body of a bare level, in a list that ends with other places' bodies
            named_by = a.canonical
        elif not named_by and _COMMAND_OF_A_UNIT.fullmatch(a.pre.strip()):
            # "Đảng ủy, Ban Chỉ huy Đồn Biên phòng Mù Cả": the post's Party committee and its command
            named_by = _WS.sub(" ", a.core + a.att).strip()
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


# The Party committee of a place is named with the place's people's committee ("Đảng ủy, UBND xã A" is
# "Đảng ủy xã A"); of any other body, with that body ("Đảng ủy, Bộ CHQS tỉnh" is "Đảng ủy Bộ CHQS tỉnh"). So it is
# with the place's Front committee, which has no Party committee of its own: the commune's Party committee leads it
# ("Đảng ủy, Ủy ban MTTQ Việt Nam xã A" is "Đảng ủy xã A", not "Đảng ủy Ủy ban MTTQ Việt Nam xã A").
_BODY_OF_THE_PLACE = re.compile(
    r"(?:Ủy\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND|"
    r"(?:Ủy\s+ban\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)|UBMTTQ)(?:\s+Việt\s+Nam|\s+VN)?)$",
    re.IGNORECASE,
)


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
        return f"Đảng ủy {lvl} {place}" if _BODY_OF_THE_PLACE.search(body.core.strip()) else f"Đảng ủy {body.canonical}"
    return f"{word} {place}" if _COMMITTEE_LEVEL.get(word.casefold()) == lvl else None
