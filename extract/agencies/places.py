"""A mention's place checked or completed: only a province after "tỉnh", no sentence word after a district, a place
that runs on past what the grammar read, a bare district's name as a place.
"""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies.canonical import canonical_name
from phoihop.extract.agencies.mention import AgencyMention
from phoihop.extract.agencies.patterns import _PLACE_NUMBER_AFTER

_PROVINCE_ATT = re.compile(r"^(?P<lvl>[Tt]ỉnh)\s+(?P<place>\S.*)$")
# the same place shared to a member's name from a list's end ("A và Hội Nông dân tỉnh X": A's name ends "tỉnh X"; not
# the province's committee printed in lower case, "Ban Dân vận tỉnh ủy", nor its youth union or command; nor an area
# after the level of a council, "Ban Bầu cử đại biểu HĐND tỉnh khu vực số 3")
_PROVINCE_TAIL = re.compile(r"(?<=\s)(?P<lvl>tỉnh)\s+(?!(?:ủy|uỷ|đoàn|đội|khu\s+vực)(?![\w]))(?P<place>[^,]+)$")


def _keep_only_provinces_after_tinh(found: list[AgencyMention], extra) -> None:
    """ "Hội Nông dân tỉnh Thông tin ..." (a line break lost before "Thông tin"): after "tỉnh" only a province's
    name is a place (of Vietnam or of a neighbour: "Bộ CHQS tỉnh Xiêng Khoảng"), so the words are cut back to the
    longest run that names one, or to the bare level."""
    for a in found:
        m = _PROVINCE_ATT.match(a.att) if a.att else _PROVINCE_TAIL.search(a.canonical)
        if not m or _province_of_any_country(m.group("place")):
            continue
        words = m.group("place").split()
        keep = next((k for k in range(len(words) - 1, 0, -1) if _province_of_any_country(" ".join(words[:k]))), 0)
        place = " ".join(words[:keep])
        if not a.att:
            a.canonical = (a.canonical[: m.start("place")] + place).rstrip()
            continue
        _cut_place_to(a, m, place, extra)


def _province_of_any_country(place: str) -> bool:
    return lexicon.known_province(place) is not None or lexicon.neighbour_province(place)


def _cut_place_to(a: AgencyMention, m: re.Match, place: str, extra) -> None:
    """Name ``a`` by its level (``m``'s "lvl") and ``place``, the words its place ``m``'s "place" is cut back to;
    its text ends there too where it prints the place (not where the place was shared from a list's end)."""
    cut = a.text.rfind(m.group("place"))
    if cut >= 0:
        kept_text = (a.text[:cut] + place).rstrip()
        a.end = a.start + len(kept_text)
        a.text = kept_text
    a.att = f"{m.group('lvl')} {place}".strip()
    a.canonical = canonical_name(f"{a.pre}{a.core} {a.att}", extra)


_DISTRICT_ATT = re.compile(r"^(?P<lvl>[Hh]uyện)\s+(?P<place>\S.*)$")
_LOWER_WORD_NEXT = re.compile(rf"[ ](?-i:{lexicon.LOWER_CLASS})")


def _cut_sentence_word_after_district(text: str, found: list[AgencyMention], extra) -> None:
    """ "UBND huyện Đức Thọ Ra mắt ...": a verb printed with a capital runs on after a district's name; the districts
    are all in the gazetteer, so a last syllable that no district's name holds and that a lower-case word follows is
    cut off."""
    for a in found:
        m = _DISTRICT_ATT.match(a.att) if a.att else None
        if not m or not _LOWER_WORD_NEXT.match(text, a.end):
            continue
        words = m.group("place").split()
        if len(words) < 3 or " ".join(words) in lexicon.district_names():
            continue
        kept = " ".join(words[:-1])
        if kept in lexicon.district_names() and a.text.endswith(words[-1]):
            _cut_place_to(a, m, kept, extra)


# A place's later syllable printed in lower case ("huyện Ngọc lặc", "Đồn Biên phòng Cổ chiên"): the grammar's place
# stops before it; the gazetteer says whether the name goes on.
_LOWER_SYLLABLE_AFTER = re.compile(rf"[ ](?-i:{lexicon.LOWER_CLASS}+)(?![\w])")
_LAST_PLACE_WORDS = re.compile(rf"(?:{lexicon.CAP_SYL}[ ]?){{1,3}}$")


# A level below the province, the place's syllables the grammar read after it, and the capitalised syllables that follow
# the mention: "phường Lê Hồng Phong" (read as a person's name), "xã An Ninh Tây" (a direction word), "xã Liên Minh",
# "xã Bình Ba", "xã Kinh Cùng" (words that open a body's name, a number, a conjunction), all places of the gazetteer
_LOCAL_LEVEL_THEN_PLACE = re.compile(
    rf"(?<![\w]){lexicon.LOCAL_LEVEL_RX}(?P<place>(?:[ ]+{lexicon.CAP_SYL}){{0,4}})$"
)  # (searched up to a name's end: "$" stands there; case-sensitive: "Xã" may open a sentence)
# (one more syllable of a place: a dash may stand before it, "phường Xuân Hương - Đà Lạt", "Phan Rang - Tháp Chàm", and
# it may be a Roman number, "Tam Xuân II")
_PLACE_SYLLABLE_AFTER = re.compile(rf"[ ]+(?:[-–][ ]+)?(?:{lexicon.CAP_SYL}|(?-i:[IVX]{{1,4}})(?![\w]))")
PLACE_SYLLABLES_AFTER_MAX = 5


_FIRST_PLACE_SYLLABLE = re.compile(lexicon.CAP_SYL)


def _syllable_ends_after(text: str, pos: int) -> list[int]:
    """Where each of the (at most PLACE_SYLLABLES_AFTER_MAX) place syllables that follow ``pos`` ends."""
    ends: list[int] = []
    while len(ends) < PLACE_SYLLABLES_AFTER_MAX and (
        syllable := _PLACE_SYLLABLE_AFTER.match(text, ends[-1] if ends else pos)
    ):
        ends.append(syllable.end())
    return ends


def gazetteer_place_at(text: str, pos: int) -> int | None:
    """Where the longest place the gazetteer knows that opens at ``pos`` ends (a capitalised syllable and up to
    PLACE_SYLLABLES_AFTER_MAX more, a dash or a Roman number among them), or None."""
    first = _FIRST_PLACE_SYLLABLE.match(text, pos)
    if not first:
        return None
    ends = [first.end(), *_syllable_ends_after(text, first.end())]
    return next((e for e in reversed(ends) if lexicon.is_place(text[pos:e])), None)


def gazetteer_place_end(text: str, start: int, end: int) -> int | None:
    """Where the place goes on to in ``text`` after a name [start, end) that ends with a local level word and the
    place read after it (maybe none): past the capitalised syllables after ``end`` with which the words after the
    level spell a longer place the gazetteer knows ("phường Lê Hồng Phong", "phường Xuân Hương - Đà Lạt"); None where
    no such place does."""
    level = _LOCAL_LEVEL_THEN_PLACE.search(text, start, end)
    if not level:
        return None
    return _longest_place_after(text, level.group("place").strip(), end)


def _longest_place_after(text: str, read: str, pos: int) -> int | None:
    """Where the longest place the gazetteer knows that ``read`` (a place's first syllables, maybe none) and the place
    syllables after ``pos`` spell ends, past at least one of them; None where none does."""
    ends = _syllable_ends_after(text, pos)
    return next((e for e in reversed(ends) if lexicon.is_place(f"{read}{text[pos:e]}".strip())), None)


_LAST_SYLLABLES = re.compile(rf"(?:{lexicon.CAP_SYL}[ ]+){{0,2}}{lexicon.CAP_SYL}$")


def _named_place_end(text: str, a: AgencyMention) -> int | None:
    """Where the place a body named after one ("Đồn Biên phòng An Ninh Tây", "Đồn Biên phòng Bình Ba") goes on to past
    the mention: its last one to three capitalised syllables and the syllables after it spell a longer place the
    gazetteer knows; None otherwise."""
    last = _LAST_SYLLABLES.search(a.text)
    words = last.group(0).split() if last else []
    # (the longest known place first: "An Ninh Tây" over "Ninh Tây")
    ends = (_longest_place_after(text, " ".join(words[-k:]), a.end) for k in range(len(words), 0, -1))
    return next((e for e in ends if e is not None), None)


def _extend_places_the_gazetteer_spells(text: str, found: list[AgencyMention], extra) -> list[AgencyMention]:
    """Each mention that ends with a local level word and the place the grammar read after it (maybe none), extended
    over the capitalised syllables after it where with them the words after the level spell a longer place the
    gazetteer knows (a ward or commune named after a person, or with a word the grammar stops at); a mention those
    syllables held is none ("xã Báo Đáp" is no paper)."""
    extended: list[AgencyMention] = []
    for a in found:
        if text[a.start : a.end] != a.text:
            continue
        end = gazetteer_place_end(text, a.start, a.end)
        if end is None and a.core_role == "named":
            end = _named_place_end(text, a)
        if end is None:
            continue
        added = " ".join(text[a.end : end].split())
        a.end = end
        a.text = text[a.start : a.end]
        a.canonical = canonical_name(f"{a.canonical} {added}", extra)
        if a.att:
            a.att = f"{a.att} {added}"
        extended.append(a)
    if not extended:
        return found  # (most articles: no mention's place goes on)
    return [b for b in found if not any(a is not b and a.start <= b.start and b.end <= a.end for a in extended)]


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
        elif number := _PLACE_NUMBER_AFTER.match(text, a.end):
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
