"""Bodies referred to rather than named: by a number, a counted head, an unnamed level or a kind, in the sentences
around.
"""

from __future__ import annotations

import re

from phoihop.extract import lexicon
from phoihop.extract.agencies import canonical_name
from phoihop.extract.relations.article_scan import _Sentence, _SigningScan
from phoihop.extract.relations.patterns import _KIND_WORD
from phoihop.text import WS
from phoihop.text import unique as _unique

# "2 đồn biên phòng", "hai chi đoàn": a number and the kind of the bodies named before.
_NUMBERED = re.compile(r"(\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)", re.IGNORECASE)

# "Viện kiểm sát nhân dân 6 tỉnh": a capitalised head, a count and a level word; or "các" for the count ("Công đoàn
# viên chức các tỉnh Nam Sông Hậu" after "... các tỉnh Nam Sông Hậu gồm Cà Mau, Bạc Liêu, ...": every body the
# article names with that head at that level, two or more)
_COUNTED_HEAD = re.compile(
    # (a head as long as "Sở Nông nghiệp và Phát triển nông thôn 2 tỉnh")
    r"(?P<head>(?-i:" + lexicon.UPPER_CLASS + r")[^\W\d_]*(?:\s+[^\W\d_]+){0,7}?)\s+"
    rf"(?P<count>{lexicon.COUNT_RX}|các)\s+"
    r"(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)(?![\w])",
    re.IGNORECASE,
)
# "Công an phường, xã trên địa bàn": a capitalised head, then level words that no place name follows
_UNNAMED_LEVELS = re.compile(
    r"(?P<head>(?-i:" + lexicon.UPPER_CLASS + r")[^\W\d_]*(?:\s+[^\W\d_]+){0,4}?)\s+"
    r"(?P<levels>(?:xã|phường|huyện|quận|tỉnh|thị\s+trấn)(?:\s*(?:,|và)\s*(?:xã|phường|huyện|quận|tỉnh|thị\s+trấn))*)"
    r"(?![\w])(?!\s+(?-i:" + lexicon.UPPER_CLASS + r"))",
    re.IGNORECASE,
)


def _capitalised_words(s: str) -> bool:
    """Every word of ``s`` opens in upper case (a place name trailing a body); true when empty."""
    return all(w[0].isupper() for w in re.split(r"[\s.]+", s) if w)


def _numbered_reference(scan: _SigningScan, pos: int, before: int) -> list[str]:
    """ "2 đồn biên phòng" at ``pos``: the two bodies of that kind the article named before ``before``
    (the kind is the words after the number that open their names); none unless the count agrees."""
    m = _NUMBERED.match(scan.text, pos)
    if not m:
        return []
    number = m.group(1).lower()
    count = lexicon.count_value(number)
    found = _bodies_of_kind(scan, m.group(2), before)
    return found if len(found) == count else []


def _counted_head_reference(scan: _SigningScan, pos: int) -> list[str]:
    """ "Viện kiểm sát nhân dân 6 tỉnh" at ``pos``, left unread: the bodies the article names with that
    head at that level ("Viện kiểm sát nhân dân tỉnh Lạng Sơn", ...), wherever it names them; none unless
    the count agrees."""
    m = _COUNTED_HEAD.match(scan.text, pos)
    return _bodies_of_counted_head(scan, m) if m else []


def _bodies_of_counted_head(scan: _SigningScan, m: re.Match) -> list[str]:
    """The bodies a counted head (a match of _COUNTED_HEAD) stands for, or [] where their number is not its count
    (for "các": fewer than two, or a body with the head the article names at no level, which the plural may stand for
    too: "Công an các tỉnh Tây Nguyên" over "Công an Đắk Lắk, Đắk Nông, ... và Công an tỉnh Lâm Đồng")."""
    every = m.group("count").lower() == "các"
    # (the head as the names are written, its short forms spelled out: "VKSND 6 tỉnh" -> "Viện Kiểm sát nhân dân")
    head = canonical_name(m.group("head")).lower()
    at_level = f"{head} {WS.sub(' ', m.group('level')).lower()}"
    named = [a for a in scan.agencies if not a.is_location]
    found = _unique([scan.key_of(a) for a in named if a.canonical.lower().startswith(at_level + " ")])
    if not every:
        return found if len(found) == lexicon.count_value(m.group("count")) else []
    with_head = [a.canonical.lower() for a in named if a.canonical.lower().startswith(head + " ")]
    if len(found) < 2 or any(not (n == at_level or n.startswith(at_level + " ")) for n in with_head):
        return []
    return found


# A capitalised word that may open a head; the words that make what follows them a partner or a place, not a subject
_CAPITALISED_START = re.compile(r"(?<![\w])(?-i:" + lexicon.UPPER_CLASS + r")")
_PARTNER_OR_PLACE_BEFORE = re.compile(r"(?<![\w])(?:của|với|giữa|cùng|tại|và|cho)\s+$", re.IGNORECASE)
_CLAUSE_END_INSIDE = re.compile(r"[.;:!?\n]")


def _counted_head_subject(scan: _SigningScan, sent: _Sentence, v: re.Match) -> list[str]:
    """ "Sở Nông nghiệp và Phát triển nông thôn 2 tỉnh trao đổi, thống nhất nội dung và ký kết ...": a head and a
    count of places, as the subject before the verb with no body named between, stand for the bodies the article
    names with that head at that level (none unless the count agrees: _bodies_of_counted_head)."""
    text = scan.text
    for w in _CAPITALISED_START.finditer(text, sent.start, v.start()):
        if _PARTNER_OR_PLACE_BEFORE.search(text, max(sent.start, w.start() - 8), w.start()):
            continue
        head = _COUNTED_HEAD.match(text, w.start())
        keys = _bodies_of_counted_head(scan, head) if head else []
        if head is None or not keys:
            continue
        end = head.end()
        if _CLAUSE_END_INSIDE.search(text, end, v.start()) or any(end <= a.start < v.start() for a in sent.parties):
            return []
        return keys
    return []


def _unnamed_level_reference(scan: _SigningScan, pos: int) -> list[str]:
    """ "Công an phường, xã trên địa bàn" at ``pos``: a head and level words with no place named stand for
    the group the article lists under a count of those levels ("Công an 10 xã, phường, gồm: A, B, ...")."""
    m = _UNNAMED_LEVELS.match(scan.text, pos)
    if not m:
        return []
    head = WS.sub(" ", m.group("head")).lower() + " "
    levels = set(_KIND_WORD.findall(m.group("levels").lower()))
    for g in scan.groups:
        if levels & set(g.kind) and all(n.lower().startswith(head) for n in g.names):
            return list(g.keys)
    return []


def _after_sentences(scan: _SigningScan, index: int, n: int) -> int:
    """The end of the ``n`` sentences after sentence ``index``."""
    return scan.sentences[min(index + n, len(scan.sentences) - 1)][1]


def _bodies_of_kind(scan: _SigningScan, words: str, before: int) -> list[str]:
    """Keys of the bodies named before ``before`` whose names open with the longest leading part of
    ``words`` that opens any ("đồn biên phòng thống nhất" -> the "Đồn Biên phòng ..." bodies); a
    plural reference stands for two or more."""
    tokens = words.lower().split()
    named = [a for a in scan.agencies if a.end <= before and not a.is_location]
    for n in range(len(tokens), 0, -1):
        kind = " ".join(tokens[:n]) + " "
        found = _unique([scan.key_of(a) for a in named if a.canonical.lower().startswith(kind)])
        if found:
            return found if len(found) >= 2 else []
    return []


# "với 4 cơ quan, đơn vị trên", "với hai đơn vị này", "với các đơn vị nêu trên": the bodies the page named just before
_NAMED_ABOVE = re.compile(
    rf"(?P<count>{lexicon.COUNT_RX}|các)\s+(?:cơ\s+quan|đơn\s+vị|ngành|lực\s+lượng|tổ\s+chức|đoàn\s+thể)"
    r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|ngành|lực\s+lượng|tổ\s+chức|đoàn\s+thể))*\s+(?:nêu\s+|kể\s+|vừa\s+nêu\s+)?"
    r"(?:trên|này)(?![\w])",
    re.IGNORECASE,
)
NAMED_ABOVE_SENTENCES = 8  # sentences back where the bodies a reference like "các đơn vị trên" stands for are named


def _bodies_named_above(scan: _SigningScan, pos: int, subject_keys: list[str]) -> list[str]:
    """ "với 4 cơ quan, đơn vị trên" at ``pos``: the last bodies (as many as the count; for "các", those of the last
    sentence that named two or more) named outside titles in the sentences before, the subject's not among them."""
    m = _NAMED_ABOVE.match(scan.text, pos)
    if m is None:
        return []
    si = next((i for i, (a, b) in enumerate(scan.sentences) if a <= pos < b), None)
    if si is None:
        return []
    first = scan.sentences[max(0, si - NAMED_ABOVE_SENTENCES)][0]
    named = [
        a for a in scan.agencies if first <= a.start < scan.sentences[si][0] and not a.is_location and not a.in_title
    ]
    if m.group("count").lower() == "các":
        for j in range(si - 1, max(-1, si - 1 - NAMED_ABOVE_SENTENCES), -1):
            a_start, a_end = scan.sentences[j]
            keys = _unique([scan.key_of(a) for a in named if a_start <= a.start < a_end])
            keys = [k for k in keys if k not in subject_keys]
            if len(keys) >= 2:
                return keys
        return []
    count = lexicon.count_value(m.group("count"))
    latest: list[str] = []
    for a in reversed(named):
        k = scan.key_of(a)
        if k not in subject_keys and k not in latest:
            latest.append(k)
        if len(latest) == count:
            return list(reversed(latest))
    return []
