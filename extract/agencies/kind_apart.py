"""The bodies of listed places whose kind the article prints apart from the list: after a clause that qualifies
the places, or, for an emulation bloc of provinces, in another sentence.

"Công an các huyện có tuyến quốc lộ 25 đi qua gồm: Chư Sê; Phú Thiện; Krông Pa và thị xã Ayun Pa", "Huyện ủy 5 huyện
biên giới tỉnh Lạng Sơn gồm: Đình Lập, Lộc Bình, ...", "giữa Công an các tỉnh nằm trong cụm thi đua số 7 (Đắk Nông,
Đắk Lắk, Lâm Đồng)", "Đoàn thanh niên cụm này bao gồm 8 tỉnh, thành: Hà Nội, ...", "7 tỉnh cụm thi đua số II gồm:
tỉnh Lai Châu, Điện Biên, ..." (and "Công an 7 tỉnh Cụm thi đua số II" in the next paragraph): the police, the
committee or the youth union of each listed place is a body; a place is none. The grammar reads the kind next to its
list ("Công an các huyện: A, B"); here the two are apart, so the list is read as the grammar reads the kind before it,
and the names are placed on the places as printed. So are the standing boards of listed provinces' Party committees
("Ban Thường vụ 12 tỉnh, thành ủy gồm: ...") and provinces listed as signers whose bodies the article lists with the
same provinces elsewhere ("Các tỉnh trong khu vực gồm: A, B, C ký kết ..." and "Công an các tỉnh: A, B, C").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from phoihop.extract import lexicon
from phoihop.extract.agencies.mention import AgencyMention
from phoihop.extract.agencies.patterns import _CENTRAL_CITIES
from phoihop.text import clause_start

_LEVEL = r"(?:tỉnh|thành\s+phố|thành|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
# One place of the list: its level word may be printed ("tỉnh Lai Châu", "thị xã Ayun Pa"), a note in brackets may
# follow ("Hưng Yên (đơn vị Cụm trưởng)")
_ITEM = re.compile(
    rf"(?P<level>(?:{_LEVEL}|TP\.?)\s+)?(?P<name>{lexicon.CAP_SYL}(?:[ ]*-?[ ]*{lexicon.CAP_SYL}){{0,3}})"
    r"(?:\s*\([^()\n]{1,40}\))?"
)
_ITEM_SEP = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+|;\s*(?:và\s+)?)")
# the list opens after a colon, a bracket or "gồm"
_LIST_OPEN = re.compile(r"(?::|\(|(?<![\w])gồm)\s*", re.IGNORECASE)
# the blanks between a body's name and a bracket that follows it
_SPACE_BEFORE = re.compile(r"[ \t]*$")
MIN_PLACES = 2
MIN_BLOC_PROVINCES = 3  # a bloc's provinces, whose kind is printed in another sentence
LEAD_WINDOW = 150  # before the list, in its clause
_LEAD_STOP = re.compile(r"[.;\n]")
# a bloc, or the provinces named as such ("Các tỉnh trong khu vực gồm: A, B, C")
_BLOC_OR_PROVINCES = re.compile(r"(?<![\w])(?:cụm|khối|(?:các|\d{1,2})\s+tỉnh)(?![\w])", re.IGNORECASE)
_COUNT = rf"(?:các|{lexicon.COUNT_RX})"
# the kind of body each place brings: the words before the counted levels ("Công an các huyện", "Huyện ủy 5 huyện")
# or before the bloc named again ("Đoàn thanh niên cụm này")
_WORDS = rf"(?P<words>(?:(?:{lexicon.CAP_SYL}|[\w&-]+)[ ]+){{1,8}}?)"
_KIND_BEFORE_LEVELS = re.compile(
    rf"{_WORDS}(?P<which>{_COUNT}\s+{_LEVEL}(?:\s*,\s*{_LEVEL})*(?![\w])|cụm\s+này(?![\w]))", re.IGNORECASE
)
# the standing boards of the provinces' Party committees: "Ban Thường vụ 12 tỉnh, thành ủy gồm: Quảng Ninh, Hải
# Phòng, ..." (each the board of its Tỉnh ủy, or of its Thành ủy for a city under the centre)
_KIND_BEFORE_COMMITTEES = re.compile(
    rf"{_WORDS}(?P<which>{_COUNT}\s+tỉnh(?:\s+ủy)?\s*,\s*thành\s+ủy(?![\w]))", re.IGNORECASE
)
# what every kind the samples read stands before: counted levels, or a bloc
_LEAD_HINT = re.compile(rf"(?<![\w])(?:{_COUNT}\s+{_LEVEL}|cụm|khối)(?![\w])", re.IGNORECASE)
_KIND_BEFORE_PROVINCES = re.compile(rf"{_WORDS}(?P<which>(?:các|\d{{1,2}})\s+tỉnh(?![\w]))")
KIND_WORDS_MAX = 8
_PROVINCE_LEVELS_ONLY = re.compile(rf"^{_COUNT}\s+(?:tỉnh|thành(?:\s+phố)?)(?:\s*,\s*(?:tỉnh|thành(?:\s+phố)?))*$")
# after the kind read in another sentence: the bloc it is in ("Công an 7 tỉnh Cụm thi đua số II")
_BLOC_AFTER_KIND = re.compile(r"[^.;\n]{0,40}?(?<![\w])(?:cụm|khối)(?![\w])", re.IGNORECASE)


def add_bodies_of_listed_places(
    text: str, found: list[AgencyMention], read: Callable[[str], list[AgencyMention]]
) -> list[AgencyMention]:
    """The body of each place listed after a qualified kind, or under a bloc of provinces, of the kind the article
    gives it (``read`` is the agency finder, asked how it names the kind before the list)."""
    if "gồm" not in text and "(" not in text:
        return found
    covered = bytearray(len(text))  # the characters the bodies found already span
    for a in found:
        covered[a.start : a.end] = b"\x01" * (a.end - a.start)
    added: list[AgencyMention] = []
    for opening in _LIST_OPEN.finditer(text):
        # (the clause first: a kind can stand only before counted levels or a bloc, which most openings lack)
        lead_start = clause_start(text, opening.start(), LEAD_WINDOW, _LEAD_STOP)
        lead = text[lead_start : opening.start()]
        if not _LEAD_HINT.search(lead):
            continue
        if _notes_a_body_found(text, opening, covered):
            continue
        items = _places_listed_at(text, opening.end())
        if len(items) < MIN_PLACES or any(any(covered[i.start() : i.end("name")]) for i in items):
            continue
        samples = _samples_in_clause(lead, lead_start, items)
        provinces = _all_provinces(items)
        if provinces:
            samples += _samples_of_committees(lead, lead_start, items)
        if provinces and len(items) >= MIN_BLOC_PROVINCES and _BLOC_OR_PROVINCES.search(lead):
            samples += _samples_elsewhere(text, items)
        named, kind_start = _named_as_listed(samples, len(items), read)
        if named:
            # (the first member spans its kind when the kind is in the list's clause, as the grammar spans "Công an
            # các tỉnh: Nam Định": "giữa Công an các tỉnh nằm trong cụm thi đua số 7 (A, B)" names its parties)
            starts = [kind_start if kind_start is not None else items[0].start()] + [i.start() for i in items[1:]]
            if provinces:
                named = _levels_as_printed(named, text)
            added += [_placed(m, start, i.end("name"), text) for m, start, i in zip(named, starts, items, strict=True)]
            for i in items:
                covered[i.start() : i.end("name")] = b"\x01" * (i.end("name") - i.start())
    return sorted(found + added, key=lambda a: a.start) if added else found


def _notes_a_body_found(text: str, opening: re.Match, covered: bytearray) -> bool:
    """Whether ``opening`` is a bracket right after a body already found: a note on that body or on the list it ends,
    which places it ("Đảng ủy các xã Lũng Cú, Săm Pun (huyện Đồng Văn, Hà Giang)": the communes' district and
    province) and adds no members; a kind's places in brackets follow a clause that qualifies the kind, no name ("Công
    an các tỉnh nằm trong cụm thi đua số 7 (Đắk Nông, Đắk Lắk, Lâm Đồng)")."""
    if not opening.group(0).startswith("("):
        return False
    gap = _SPACE_BEFORE.search(text, max(0, opening.start() - 4), opening.start())
    before = gap.start() if gap else opening.start()
    return before > 0 and bool(covered[before - 1])


def _places_listed_at(text: str, pos: int) -> list[re.Match]:
    """The places listed from ``pos`` (up to the first item that names no known place)."""
    items = []
    while (item := _ITEM.match(text, pos)) and _is_place(item.group("name")):
        items.append(item)
        sep = _ITEM_SEP.match(text, item.end())
        if not sep:
            break
        pos = sep.end()
    return items


def _is_place(name: str) -> bool:
    return lexicon.known_province(name) is not None or lexicon.is_place(name)


def _all_provinces(items: list[re.Match]) -> bool:
    return all(lexicon.known_province(i.group("name")) for i in items)


def _listed(items: list[re.Match], levels: bool = True) -> str:
    """The places as printed, or by their names alone (after "các tỉnh, thành phố", which gives each its level)."""
    return ", ".join(i.group(0)[: i.end("name") - i.start()] if levels else i.group("name") for i in items)


def _samples_in_clause(lead: str, lead_start: int, items: list[re.Match]) -> list[tuple[str, int | None]]:
    """The kind and its counted levels in the list's own clause, as the grammar reads them before a list, the
    longest run of words first ("Công an các huyện: Chư Sê, Phú Thiện, thị xã Ayun Pa")."""
    out: list[tuple[str, int | None]] = []
    # (the kind nearest the list first: "Công an các xã, phường cùng lãnh đạo UBND các xã, phường có ... gồm")
    for m in reversed(list(_KIND_BEFORE_LEVELS.finditer(lead))):
        which, levels = m.group("which"), True
        if which.casefold().startswith("cụm") or _PROVINCE_LEVELS_ONLY.match(which):
            # (each province at its own level: "thành phố Hà Nội", "tỉnh Hà Nam")
            which, levels = "các tỉnh, thành phố", False
        out += [
            (f"{kind} {which}: {_listed(items, levels)}.", lead_start + start)
            for kind, start in _tails(m.group("words"), m.start("words"))
        ]
    return out


def _samples_of_committees(lead: str, lead_start: int, items: list[re.Match]) -> list[tuple[str, int | None]]:
    """The kind before "<count> tỉnh, thành ủy" in the list's clause, each province's body named in full ("Ban
    Thường vụ Tỉnh ủy Quảng Ninh, Ban Thường vụ Thành ủy Hải Phòng")."""
    out: list[tuple[str, int | None]] = []
    for m in reversed(list(_KIND_BEFORE_COMMITTEES.finditer(lead))):
        for kind, start in _tails(m.group("words"), m.start("words")):
            names = [f"{kind} {_committee_of(i.group('name'))} {i.group('name')}" for i in items]
            out.append(("; ".join(names) + ".", lead_start + start))
    return out


def _committee_of(province: str) -> str:
    return "Thành ủy" if province.casefold() in _CENTRAL_CITIES else "Tỉnh ủy"


def _samples_elsewhere(text: str, items: list[re.Match]) -> list[tuple[str, int | None]]:
    """The kind printed before "<count> tỉnh" with the list's count ("Sở Tài nguyên và Môi trường 10 tỉnh, thành
    phố"), before "các tỉnh" the bloc follows ("công an các tỉnh trong Cụm") or the same provinces ("Công an các
    tỉnh: Nam Định, Thái Bình, ...") elsewhere in the article."""
    out: list[tuple[str, int | None]] = []
    for m in _KIND_BEFORE_PROVINCES.finditer(text):
        which = m.group("which").split()[0]
        same_count = which.isdigit() and int(which) == len(items)
        in_bloc = not which.isdigit() and _BLOC_AFTER_KIND.match(text, m.end())
        if not (same_count or in_bloc or _lists_the_same_provinces(text, m.end(), items)):
            continue
        out += [(f"{kind} các tỉnh, thành phố: {_listed(items, False)}.", None) for kind, _ in _tails(m.group("words"))]
    return out


def _lists_the_same_provinces(text: str, pos: int, items: list[re.Match]) -> bool:
    """Whether the provinces listed right after ``pos`` ("Công an các tỉnh: Nam Định, Thái Bình, ...") are the list's."""
    opening = _COLON_AFTER_KIND.match(text, pos)
    listed = _places_listed_at(text, opening.end()) if opening else []
    return {i.group("name") for i in listed} == {i.group("name") for i in items}


_COLON_AFTER_KIND = re.compile(r"\s*:?\s*")


def _tails(words: str, offset: int = 0) -> list[tuple[str, int]]:
    """The runs of words ending the phrase, longest first ("lãnh đạo Công an": "lãnh đạo Công an", "đạo Công an",
    "Công an"), each with its offset; the grammar tells which one is a body's head."""
    parts = [(w.group(0), offset + w.start()) for w in _WORD.finditer(words)][-KIND_WORDS_MAX:]
    return [(" ".join(w for w, _ in parts[i:]), parts[i][1]) for i in range(len(parts))]


_WORD = re.compile(r"\S+")


def _named_as_listed(
    samples: list[tuple[str, int | None]], count: int, read
) -> tuple[list[AgencyMention] | None, int | None]:
    """The bodies of the first sample the grammar reads as one list of ``count`` bodies from its start, and where
    its kind stands in the article."""
    for sample, kind_start in samples:
        named = read(sample[:1].upper() + sample[1:])
        # (one list the grammar spreads, or one full name per item: "A Tỉnh ủy X; A Thành ủy Y.")
        whole_names = sample.count("; ") == count - 1 and all(not m.listed for m in named)
        if len(named) == count and named[0].start == 0 and (whole_names or all(m.listed for m in named[1:])):
            return named, kind_start
    return None, None


_PROVINCE_LEVEL_IN_NAME = re.compile(r"^(?P<kind>.+?) (?:tỉnh|thành phố) (?P<province>[^,]+)$")


def _levels_as_printed(named: list[AgencyMention], text: str) -> list[AgencyMention]:
    """The provinces' bodies without the level word where the article prints the kind right before a province's
    name ("Sở Tài nguyên và Môi trường Hải Phòng"): named as the article names them."""
    parts = _PROVINCE_LEVEL_IN_NAME.match(named[0].canonical)
    if not parts or not re.search(
        rf"{lexicon.words_to_regex(parts['kind'])}\s+{lexicon.province_regex()}(?![\w])", text
    ):
        return named
    return [replace(m, canonical=_PROVINCE_LEVEL_IN_NAME.sub(r"\g<kind> \g<province>", m.canonical)) for m in named]


def _placed(m: AgencyMention, start: int, end: int, text: str) -> AgencyMention:
    return AgencyMention(
        start,
        end,
        text[start:end],
        m.canonical,
        m.sector,
        True,
        core_role=m.core_role,
        core=m.core,
        pre=m.pre,
        listed=True,
    )
