"""Numbered documents: Party (``150-CTr/BCSĐUBND-BDVTU``) and State (``42/KH-UBND``,
``30/2020/NĐ-CP``, ``01/QCPH/UBND-UBMTTQ``) number-and-symbol forms, and bare
numbers after a document word ("Nghị định số 03").  See domain-notes §1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from phoihop.extract import lexicon
from phoihop.text import WS as _WS

# (the Centre's code with its dot or its "Ư": "48/CT-T.Ư", "05-CT/TƯ")
# (a group may join two short forms by a dot, "12/CTrPH-MTTQ-CT.XH": capitals after it, not a glued sentence's word,
# "...-UBND.Theo đó")
_GROUP = r"(?:T\.[ƯW](?![\w.])|[A-ZĐ][A-Za-zĐđƯư0-9&]*(?:\.[A-ZĐ]{1,4}(?![a-zà-ỹđ]))*)"


@dataclass
class DocMention:
    start: int  # offsets in the normalised text; start includes the kind word when printed
    end: int
    sym_start: int
    symbol: str
    number: str
    type_code: str | None
    issuers: list[str] = field(default_factory=list)
    kind: str | None = None
    form: str = "state"  # "party", "state" or "bare"


@cache
def _patterns():
    kinds = lexicon.alternation(lexicon.document_kinds())
    # (and a provisional one: "Quy định tạm thời số 09-QĐ/TU")
    qual = r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành|công\s+tác|hành\s+động|tạm\s+thời))*"
    kind_before = re.compile(rf"(?P<kind>{kinds}){qual}(?:\s+(?:số|số\s*:|No\.?))?\s*:?\s*$", re.IGNORECASE)
    # Each scanning pattern opens by consuming its first character, a digit, so the engine skips to the
    # next digit in C; the look-behind on the character before it comes after it ("\d(?<![\w]\d)" is
    # "(?<![\w])\d").
    party = re.compile(
        rf"(?P<n>\d(?<![\w/.\-]\d)\d{{0,4}})\s*-\s*(?P<t>[A-ZĐ][A-Za-zĐđ]{{0,5}})\s*/\s*(?P<iss>{_GROUP}(?:\s*-\s*{_GROUP})*)"
    )
    state = re.compile(
        rf"(?P<n>\d(?<![\w/.\-]\d)\d{{0,4}})\s*/\s*(?:(?P<y>(?:19|20)\d\d)\s*/\s*)?(?P<t>{_GROUP})(?P<iss>(?:\s*[-/]\s*{_GROUP})*)"
    )
    # "Nghị định số 03": find "số <n>" (rare) and read the kind word backwards.
    # It opens by consuming the "s" (every character IGNORECASE takes for one: "\u017f" is the long s) and checks
    # the character before it after it, so that the engine skips in C to the next "s".
    bare = re.compile(r"(?-i:[sS\u017f])(?<![\w].)ố\s+(?P<n>\d{1,5})(?![\w/\-]|[.,]\d)", re.IGNORECASE)
    # (also by its short form, "TTLT 01/2017"; and with "số" before a number with its year, "Thông tư liên tịch số
    # 01/2021": a bare number after "số" alone is read by ``bare``)
    bare_kind = re.compile(rf"(?P<kind>{kinds}|(?-i:{_SHORT_KINDS})){qual}(?:\s+số)?\s+$", re.IGNORECASE)
    # "Quyết định 238 ngày 30-9-2020", "Đề án 06 về ...", "Nghị định 03/2019 của Chính phủ": a number
    # printed right after a document word without "số". Such a number is a document's only when what
    # follows is what follows a document's name (its date, its issuer, its subject, punctuation), not
    # a counted noun ("kế hoạch 5 năm", "hướng dẫn 3 xã"); a bare year is no number ("Kế hoạch 2024").
    plain = re.compile(
        r"(?P<n>\d(?<![\w/.,\-]\d)\d{0,3})(?:/(?P<y>(?:19|20)\d\d))?(?![\w/\-]|[.,]\d)"
        # (not a count of years over a span: "kế hoạch 5 năm 2021-2025"; the term a document runs may follow it, "Chỉ
        # thị 01 giai đoạn 2015-2020", and what it is carried out for, "Đề án 06 cho người dân", "... hiệu quả")
        r"(?=[ \t]*(?:$|\n|[,;.)\]\"“”…]|:(?!\d)|[ \t]+(?:ngày\s+\d|năm\s+(?:19|20)\d\d(?!\s*[-–]\s*(?:19|20)?\d\d)|"
        r"của|về|do|giữa|và|đã|được|nhằm|trong|tại|ở|với|đối\s+với|sửa\s+đổi|hướng\s+dẫn|ban\s+hành|"
        r"quy\s+định\s+(?:về|việc)|cho|trên|để|hiệu\s+quả|giai\s+đoạn\s+(?:19|20)\d\d|-\s)))"
    )
    return kind_before, party, state, bare, bare_kind, plain


# "Giấy xác nhận ... số 07/GXN-STNMT", "Giấy phép xây dựng số 01/GPXD": a licence, a certificate, a contract or an
# invoice numbered like a document is none of the Party's or the State's documents.
_NOT_A_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w])(?:Giấy\s+(?:phép|xác\s+nhận|chứng\s+nhận|mời|đăng\s+ký|giới\s+thiệu)|Hợp\s+đồng|Biên\s+lai|Hóa\s+đơn|"
    r"Chứng\s+chỉ|Văn\s+bằng)(?:\s+[^\s.;:\n]+){0,10}?\s+(?:số\s*:?\s*)?$",
    re.IGNORECASE,
)
NOT_A_DOCUMENT_WINDOW = 80

# Between two bare numbers of one document word: "Nghị quyết 01, 02 và 05"
_LISTED_NUMBER_JOINT = re.compile(r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)$")
# Before a symbol listed under the document word of the one before it: "các Quy định số 124-QĐ/TW và số 125-QĐ/TW"
# (both are "quy định"; the type code QĐ alone would read a "quyết định")
_LISTED_SYMBOL_JOINT = re.compile(r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)số\s*$")

# "Đề án 1928 về ...", "Đề án 1956": a national project is called by the number of the decision that approved it; a
# number of the last century after "Đề án" is that number, none of the project's years (a year after a document word is
# one of this century's: "Kế hoạch 2024")
_PROJECT_BEFORE = re.compile(r"(?<![\w])đề\s+án\s+$", re.IGNORECASE)
PROJECT_BEFORE_WINDOW = 12
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _bare_year(text: str, m: re.Match) -> bool:
    """Whether the plain number ``m`` is a bare year ("Kế hoạch 2024"), not a document's number ("Đề án 1928")."""
    n = m.group("n")
    if m.group("y") or not _YEAR_NUMBER.fullmatch(n):
        return False
    return not (
        n.startswith("19") and _PROJECT_BEFORE.search(text, max(0, m.start() - PROJECT_BEFORE_WINDOW), m.start())
    )


# "Chỉ thị 01 năm 2015": the year printed after a bare number dates the document; it is no period.
_YEAR_AFTER = re.compile(r"[ \t]+năm\s+(?:19|20)\d\d(?![\d/\-])")


@cache
def kind_word() -> re.Pattern:
    """A document word on its own ("chương trình", "Quyết định"), numbered or not."""
    return re.compile(rf"(?<![\w])(?:{lexicon.alternation(lexicon.document_kinds())})(?![\w])", re.IGNORECASE)


def _split_groups(text: str) -> list[str]:
    return [g for g in re.split(r"\s*[-/]\s*", text.strip(" -/")) if g]


def find_documents(text: str) -> list[DocMention]:
    """Every numbered document in ``text`` (normalised), in order."""
    kind_before, party, state, bare, bare_kind, plain = _patterns()
    types = lexicon.document_types()
    found: list[DocMention] = []
    taken = bytearray(len(text) + 1)  # characters inside a symbol already found
    for m in party.finditer(text):
        code = m.group("t")
        if code.casefold() not in types:
            continue
        found.append(
            DocMention(
                m.start(),
                m.end(),
                m.start(),
                re.sub(r"\s+", "", m.group(0)),
                m.group("n"),
                code,
                _split_groups(m.group("iss")),
                None,
                "party",
            )
        )
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in state.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue
        groups = [m.group("t"), *_split_groups(m.group("iss") or "")]
        if (
            len(groups) < 2
            and m.group("t").casefold() not in types
            and not m.group("y")
            and not kind_before.search(text, max(0, m.start() - 60), m.start())
        ):
            # "2032 buổi/65" and the like: a symbol needs a type code, an issuer pair, a year or a
            # document word before it ("Nghị định số 47/CP")
            continue
        code = groups[0] if groups[0].casefold() in types else None
        if code is None and _NOT_A_DOCUMENT_BEFORE.search(text, max(0, m.start() - NOT_A_DOCUMENT_WINDOW), m.start()):
            continue
        issuers = groups[1:] if code else groups
        found.append(
            DocMention(
                m.start(),
                m.end(),
                m.start(),
                re.sub(r"\s+", "", m.group(0)),
                m.group("n"),
                code,
                issuers,
                None,
                "state",
            )
        )
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in bare.finditer(text):
        s = m.start("n")
        if any(taken[s : m.end()]):
            continue
        k = bare_kind.search(text, max(0, m.start() - 60), m.start())
        if not k:
            continue
        end = _end_with_year(text, m.end())
        found.append(
            DocMention(k.start(), end, s, m.group("n"), m.group("n"), None, [], _clean_kind(k.group("kind")), "bare")
        )
        taken[k.start() : end] = b"\x01" * (end - k.start())
    listed_after: dict[int, str] = {d.end: d.kind for d in found if d.form == "bare" and d.kind}
    for m in plain.finditer(text):
        if any(taken[m.start() : m.end()]) or _bare_year(text, m):
            continue
        k = bare_kind.search(text, max(0, m.start() - 60), m.start())
        end = _end_with_year(text, m.end())
        kind: str | None
        if k and "\n" not in text[k.start() : m.start()]:
            kind, start = _clean_kind(k.group("kind")), k.start()
        else:
            # (not a headline ending in a document word above a time: "... quy chế\n\n10:07")
            # "Nghị quyết 01, 02 của Chính phủ": a number listed after a bare number shares its kind
            joint = _LISTED_NUMBER_JOINT.search(text, max(0, m.start() - 8), m.start())
            kind = listed_after.get(joint.start()) if joint else None
            if kind is None:
                continue
            start = m.start()
        found.append(DocMention(start, end, m.start(), m.group(0), m.group("n"), None, [], kind, "bare"))
        listed_after[end] = kind
        taken[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda d: d.sym_start)
    before: DocMention | None = None
    for d in found:
        if d.form != "bare":
            k = kind_before.search(text, max(0, d.sym_start - 60), d.sym_start)
            if k:
                d.kind = _clean_kind(k.group("kind"))
                d.start = k.start()
            elif before is not None and before.kind and _LISTED_SYMBOL_JOINT.fullmatch(text, before.end, d.sym_start):
                d.kind = before.kind
            elif d.type_code:
                d.kind = types.get(d.type_code.casefold())
            elif _NATIONAL_ASSEMBLY_SYMBOL.search(d.symbol):
                named = _NAMED_LAW_BEFORE.search(text, max(0, d.sym_start - NAMED_LAW_WINDOW), d.sym_start)
                d.kind = ("nghị quyết" if named.group("kind").lower().startswith("nghị") else "luật") if named else None
        before = d
    return found


# A law or a resolution of the National Assembly by its symbol ("58/2020/QH14"), its name between its kind and the
# symbol ("Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14", "Bộ luật Tố tụng hình sự số 101/2015/QH13")
_NATIONAL_ASSEMBLY_SYMBOL = re.compile(r"/QH\d{1,2}$", re.IGNORECASE)
_NAMED_LAW_BEFORE = re.compile(r"(?<![\w])(?P<kind>Bộ\s+luật|Luật|Nghị\s+quyết)\s[^.;\n]{1,90}?\s(?:số\s*)?$")
NAMED_LAW_WINDOW = 110


# Kinds printed by their short form before a bare number: joint circulars, resolutions and directives
_SHORT_KIND = {"TTLT": "thông tư", "NQLT": "nghị quyết", "CTLT": "chỉ thị"}
_SHORT_KINDS = "|".join(_SHORT_KIND)


def _clean_kind(word: str) -> str:
    """The base kind: lower case, without "hành động" ("Chương trình hành động" is a chương trình)."""
    if word in _SHORT_KIND:
        return _SHORT_KIND[word]
    kind = _WS.sub(" ", word).lower()
    return kind[: -len(" hành động")] if kind.endswith(" hành động") else kind


# "Đề án 06", "Nghị quyết 57": a text cited by its kind and a bare number, without "số", is a well-known national text
# called by its nickname. Its own term is in its full title, which the nickname leaves out, so a period printed after
# the nickname in a signing's topic ("ký kết quy chế phối hợp ... triển khai Đề án 06 và bảo đảm an ninh mạng giai đoạn
# 2026 - 2030") closes the signed text's name, not the nickname's.
_NUMBER_WORD = re.compile(r"(?<![\w])số(?![\w])", re.IGNORECASE)


def cited_by_nickname(text: str, d: DocMention) -> bool:
    """Whether ``d`` is printed as a kind and a bare number with no "số" ("Đề án 06", not "Kế hoạch số 15")."""
    return d.form == "bare" and not _NUMBER_WORD.search(text, d.start, d.sym_start)


def _end_with_year(text: str, end: int) -> int:
    """``end`` moved past a "năm 2015" that dates a bare number."""
    y = _YEAR_AFTER.match(text, end)
    return y.end() if y else end


def same_document(a: DocMention, b: DocMention) -> bool:
    """Two printings of one document: the same symbol; a short back-reference by number and kind
    ("Thông tư liên tịch số 34" after "34/2012/TTLT-..."); or one issuer code misprinted
    (09/CTr-BCA-MTTW, 09/CTr-CA-MTTW)."""
    if a.symbol.casefold() == b.symbol.casefold():
        return True
    if _number(a.number) != _number(b.number):
        return False
    ya, yb = _SYMBOL_YEAR.search(a.symbol), _SYMBOL_YEAR.search(b.symbol)
    if ya and yb and ya.group(0) != yb.group(0):
        return False  # "Thông tư liên tịch số 01/2021 đối với TTLT 01/2017": one number, two years, two documents
    if a.form == "bare" or b.form == "bare":
        return bool(a.kind) and a.kind == b.kind
    if (a.type_code or "").casefold() != (b.type_code or "").casefold():
        return False
    ia, ib = {x.casefold() for x in a.issuers}, {x.casefold() for x in b.issuers}
    only_a, only_b = ia - ib, ib - ia
    if len(ia) != len(ib) or not (ia & ib) or len(only_a) > 1:
        return False
    # Two plans of one number with different partners (01/KHLT-HND-CAT, 01/KHLT-HND-BCHQS) are two
    # documents; a misprint changes a code only a little (BCA -> CA, MTTQ -> MTQ).
    return not only_a or _near_codes(only_a.pop(), only_b.pop())


_SYMBOL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _number(n: str) -> str:
    return n.lstrip("0") or "0"


def _near_codes(x: str, y: str) -> bool:
    """One code is the other with one letter left out, added or changed."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y, strict=False)) <= 1
    return any(y[:i] + y[i + 1 :] == x for i in range(len(y)))


def issuer_agencies(doc: DocMention) -> list[str]:
    """Agency names the symbol's issuer codes may stand for (checked later against the article)."""
    table = lexicon.issuer_codes()
    out: list[str] = []
    for code in doc.issuers:
        out.extend(name for name, _ in table.get(code.casefold(), []))
    return out


def issuer_readings(doc: DocMention) -> list[tuple[str, list[str], bool]]:
    """For each known issuer code of the symbol: (code, candidate names, central?).

    The document's level decides between readings of a code used at two levels ("CA" is Công an
    tỉnh in a provincial symbol, Công an huyện next to "BDVHU"): a symbol with a code that exists only
    at district level is a district document."""
    table = lexicon.issuer_codes()
    known = [(code, table[code.casefold()]) for code in doc.issuers if code.casefold() in table]
    district = any(all(level == "district" for _, level in rows) for _, rows in known)
    level = "district" if district else "province"
    # (a code that exists only at the centre makes the document the centre's: "01/2010/NQLT-BCA-HND" is Bộ Công an's
    # and the central Farmers' Union's, whose code reads no province's body)
    central_document = any(all(lvl == "central" for _, lvl in rows) for _, rows in known)
    out = []
    for code, rows in known:
        central = [name for name, lvl in rows if lvl == "central"]
        if central:
            out.append((code, central, True))
            continue
        if central_document:
            continue
        names = [name for name, lvl in rows if lvl == level] or [name for name, _ in rows]
        out.append((code, names, False))
    return out
