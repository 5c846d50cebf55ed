"""``resolve_signings``: the signings the article reports, from its candidates (repeats folded, dates, periods and
kinds told by other sentences carried over).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from phoihop.extract.relations.records import Signing, SigningCandidate
from phoihop.text import bare_letters


def resolve_signings(cands: list[SigningCandidate], term: tuple[int, int] | None = None) -> list[Signing]:
    """One signing per party set; title-only signings dropped when the body reports any; caption
    repeats (party subsets) folded; a missing period taken from a related signing sentence, or from
    the programme's term told apart (``term``) when no signing sentence gives one."""
    body_has = any(c.parties and not c.in_title for c in cands)
    use = [c for c in cands if not (c.in_title and body_has)]
    own_acts = _acts_told_apart_from_their_pairs(use)  # (read before the partial repeats are dropped below)
    if any(len(p) >= 2 for c in use for p in c.parties):
        # A one-party reading ("A ký kết với các đơn vị") beside named pairs is a partial repeat of them.
        # (not an act of its own listed after another: "ký kết ... giữa A và B; ký kết ... với các trường")
        # (nor the hub's own act with a partner that is no body, read beside its pairs: "với B, Công ty C")
        # (nor the act of a body no pair names: "Cùng ngày, UBND phường X và thôn Y tổ chức lễ kết nghĩa")
        # (nor an act told apart from its party's pairs: "A ký kết với UBND 9 huyện. Cùng dịp, A và B ký kết ...")
        in_pairs = {bare_letters(k) for c in use for p in c.parties if len(p) >= 2 for k in p}
        use = [
            replace(
                c,
                parties=[
                    p
                    for p in c.parties
                    if len(p) >= 2
                    or c.listed
                    or _hub_of_pair(p, c)
                    or not _names_a_paired_body(p[0], in_pairs)
                    or (c.sentence, p[0]) in own_acts
                ],
            )
            for c in use
        ]
    signings: list[Signing] = []
    index: dict[frozenset | tuple, Signing] = {}
    # signings whose period was read for a whole list of pairs ("ký kết với A giai đoạn 2023-2027 và B ... giai đoạn
    # 2023-2025"): a later clause that names the pair alone tells its own term
    period_of_a_list: set[frozenset | tuple] = set()
    kinds_told = _kinds_told_by_sentence(use)
    for c in use:
        for parties in c.parties:
            party_set = frozenset(parties)
            key: frozenset | tuple = party_set
            if (key, c.kind) in index:
                key = (key, c.kind)  # a later telling of the second act
            elif key in index and _second_kind_in_sentence(index[key], c, kinds_told[(party_set, c.sentence)]):
                # "ký kết chương trình phối hợp ... và ký giao ước thi đua": one sentence, two acts of its parties
                key = (key, c.kind)
            if key in index:
                s = index[key]
                if key in period_of_a_list and len(c.parties) == 1 and c.period:
                    s.period = c.period
                    period_of_a_list.discard(key)
                s.period = s.period or c.period
                s.date = s.date or c.date
                s.document = s.document or c.document
                s.recent = s.recent or c.recent
                continue
            s = Signing(
                list(parties),
                c.period,
                c.date,
                c.document,
                c.sentence,
                c.separate,
                c.recent,
                len(parties) == 1 and (c.listed or _hub_of_pair(parties, c) or (c.sentence, parties[0]) in own_acts),
                c.kind,
            )
            index[key] = s
            signings.append(s)
            if len(c.parties) > 1 and c.period:
                period_of_a_list.add(key)
    # a joint set that repeats the pairs of an earlier "với" hub goes first, so that it folds none of them
    repeats = [s for s in signings if _hub_repeat(s, signings)]
    signings = [s for s in signings if s not in repeats]
    keys = [frozenset(s.parties) for s in signings]
    kept = [
        s
        for s, k in zip(signings, keys, strict=False)
        if s.listed or not any(k < other and _same_kind(s, o) for o, other in zip(signings, keys, strict=False))
    ]
    _carry_folded_details([s for s in signings if s not in kept], kept)
    later = [s for s in kept if _hub_repeat(s, kept)]
    repeats += later
    kept = [s for s in kept if s not in later]
    for r in repeats:
        if r.separate:
            # "Nhân dịp này, A và 2 đồn biên phòng cũng ký kết": the pairs it repeats are a second act
            # (and its term is theirs: "Ảnh: Lễ ký kết quy chế giữa A với B và C. Dịp này, A và hai đồn biên phòng
            # đã ký kết quy chế ... giai đoạn 2024 - 2029" tells the caption's pairs' act with its term)
            for s in kept:
                if len(s.parties) == 2 and set(s.parties) <= set(r.parties):
                    s.separate = True
                    s.period = s.period or r.period
    _date_by_partyless_telling(cands, kept)
    _period_by_partyless_telling(cands, kept)
    if term and not any(s.period for s in kept):
        for s in kept:
            if not s.separate:
                s.period = term
    # a headline that names every party ("A và B ký kết Chương trình ... giai đoạn 2017-2020") gives its term
    headlines = [c for c in cands if c.in_title and body_has]
    for s in kept:
        if s.period is None:
            # A second act ("Cùng ngày, A và C cũng ký kết ...") has its own terms: it borrows no period.
            if s.separate:
                continue
            # (not from the telling of another act of the same parties: "ký kết chương trình ... và ký giao ước
            # năm 2018", "... ký giao ước thi đua năm 2018 với MTTQ phường")
            related = [c for c in use if c.mentioned & set(s.parties) and not _tells_other_act(s, c, kept, use)]
            related += [c for c in headlines if c.mentioned >= set(s.parties)]
            s.period = next((c.period for c in related if c.period), None)
    return kept


def _kinds_told_by_sentence(cands: list[SigningCandidate]) -> dict[tuple[frozenset, int], set[str]]:
    """(parties, sentence) -> the kinds of document that sentence has those parties sign."""
    told: dict[tuple[frozenset, int], set[str]] = defaultdict(set)
    for c in cands:
        for parties in c.parties:
            if c.kind:
                told[(frozenset(parties), c.sentence)].add(c.kind)
    return told


def _second_kind_in_sentence(
    s: Signing, c: SigningCandidate, kinds_in_c_sentence: set[str] | frozenset[str] = frozenset()
) -> bool:
    """Whether ``c`` signs another kind of document than ``s`` in a sentence that tells both acts (both kinds
    printed; ``s`` may have been read first from a headline that names only its own document)."""
    return bool(
        s.kind
        and c.kind
        and s.kind != c.kind
        and (s.sentence == c.sentence or s.kind in kinds_in_c_sentence)
        and not c.in_title
    )


def _date_by_partyless_telling(cands: list[SigningCandidate], kept: list[Signing]) -> None:
    """ "Lễ ký kết diễn ra ngày 4/11/2020": a dated sentence on the ceremony that names no party dates the acts
    that other sentences tell without a date, where it is the one such date."""
    dates = {
        (c.date.year, c.date.month, c.date.day): c.date
        for c in cands
        if c.ceremony and not c.parties and c.date and not c.in_title
    }
    if len(dates) != 1:
        return
    (date,) = dates.values()
    for s in kept:
        if s.date is None:
            s.date = date


def _period_by_partyless_telling(cands: list[SigningCandidate], kept: list[Signing]) -> None:
    """ "Sáng nay (8/11), tại Hội trường Công an tỉnh đã diễn ra lễ ký kết chương trình phối hợp giai đoạn
    2024-2029" under a headline that names the parties: the one period that the sentences telling a signing without
    its parties give is the period of the one act, where it has none. A lone year is a term too: "Khối thi đua số 6
    ký kết giao ước thi đua năm 2022" (a bloc is no body), then "7 đơn vị ... đã thống nhất ký kết" (round s23: five
    acts on the 97 sets took their year, none a wrong one)."""
    periods = {c.period for c in cands if not c.parties and c.period and not c.in_title}
    if len(periods) != 1 or len(kept) != 1:
        return
    (period,) = periods
    if kept[0].period is None:
        kept[0].period = period


def _tells_other_act(s: Signing, c: SigningCandidate, kept: list[Signing], cands: list[SigningCandidate]) -> bool:
    """Whether ``c`` tells another act than ``s``: one of its sentence of another kind, another kind signed by other
    parties, or one that signs the kind of another act kept for the same parties."""
    if _second_kind_in_sentence(s, c):
        return True
    told_with_s = [set(p) for o in cands if o.sentence == s.sentence for p in o.parties]
    if (
        c.parties
        and all(len(p) >= 2 for p in c.parties)
        and not any(set(p) >= set(s.parties) for p in c.parties)
        and (c.sentence == s.sentence or not any(set(p) in told_with_s for p in c.parties))
    ):
        # "A, B, C và D ký kết chương trình liên tịch giai đoạn 2021 - 2025. Cũng tại hội nghị, A ký kết chương trình
        # phối hợp với E": an act whose parties (two or more each) are not these is another act, its term its own (a
        # telling by one party alone, a lead over the acts listed after it, may lend its term; and so may an act
        # whose parties the sentence telling ``s`` names as signing too, one act worded two ways: real/da20)
        return True
    if (
        s.kind
        and c.kind
        and c.kind != s.kind
        and c.parties
        and not any(set(p) >= set(s.parties) for p in c.parties)
        and not any(set(p) in told_with_s for p in c.parties)
    ):
        # "A ký kết quy chế phối hợp với B. Cũng tại hội nghị, A và C ký kết chương trình phối hợp giai đoạn 2025 -
        # 2030": another kind signed by other parties is another act, its term its own (unless the sentence that
        # tells ``s`` names those parties too: one act whose kind the page words two ways, real/da20)
        return True
    return bool(
        s.kind
        and c.kind
        and c.kind != s.kind
        and any(o is not s and o.kind == c.kind and set(o.parties) == set(s.parties) for o in kept)
    )


def _same_kind(s: Signing, other: Signing) -> bool:
    """Whether two tellings may be one act by the kind of document they sign: a caption's "A và B ký kết kế
    hoạch hiệp đồng" beside "A, B, C ... ký kết quy chế phối hợp" tells a second act, not the first again."""
    return not s.kind or not other.kind or s.kind == other.kind


# a province's body named with its province: "ủy ban mặt trận tổ quốc tỉnh ninh binh" (the article's own province,
# misspelt, is not read as it) is the paired "ủy ban mặt trận tổ quốc"
_PROVINCE_LEVEL_TAIL = re.compile(r" (?:tinh|thanh pho|tp\.?) ")


def _names_a_paired_body(key: str, paired: set[str]) -> bool:
    """Whether a one-party reading's ``key`` is a party of the article's pairs (``paired``: their keys without marks,
    bare_letters): the same key, or the key of a body of the article's province (which drops the place) named with a
    province whose marks a typo lost."""
    bare = bare_letters(key)
    return bare in paired or any(bare.startswith(b) and _PROVINCE_LEVEL_TAIL.match(bare, len(b)) for b in paired)


def _acts_told_apart_from_their_pairs(cands: list[SigningCandidate]) -> set[tuple[int, str]]:
    """(sentence, key) of the one-party readings that are acts of their own beside the pairs that name the body: told in
    another sentence than each of them, one of the two told as a second act ("Cùng dịp, ...", "Cũng tại hội nghị")."""
    pair_keys = [(o, [{bare_letters(k) for k in p} for p in o.parties if len(p) >= 2]) for o in cands if o.parties]
    own: set[tuple[int, str]] = set()
    for c in cands:
        for p in c.parties:
            if len(p) != 1:
                continue
            pairing = [o for o, sets in pair_keys if any(_names_a_paired_body(p[0], keys) for keys in sets)]
            if pairing and all(o.sentence != c.sentence and (c.second_act or o.second_act) for o in pairing):
                own.add((c.sentence, p[0]))
    return own


def _hub_of_pair(parties: list[str], c: SigningCandidate) -> bool:
    """A one-party reading whose party signs a pair in the same candidate."""
    return len(parties) == 1 and any(len(p) == 2 and parties[0] in p for p in c.parties)


def _carry_folded_details(folded: list[Signing], kept: list[Signing]) -> None:
    """A party subset folded into the fuller telling of the same act ("A, B và C tổ chức hội nghị ký kết
    Chương trình số X" beside the caption that names the signers of A, B, C and one more) gives it the
    document, date and period it lacks, when only one fuller telling holds it."""
    for s in folded:
        fuller = [t for t in kept if set(s.parties) < set(t.parties)]
        if len(fuller) != 1:
            continue
        t = fuller[0]
        t.document = t.document or s.document
        t.date = t.date or s.date
        t.period = t.period or s.period


def _hub_repeat(s: Signing, signings: list[Signing]) -> bool:
    """A later joint party set that only lists the partners of an earlier "A ký kết với B và C"
    (the caption "Đại tá X và đại diện B, C ký kết"), or the hub with them ("A và B, C cũng ký kết"):
    every member signed with one hub already."""
    if len(s.parties) < 2:
        return False
    earlier = [o for o in signings if o is not s and o.sentence < s.sentence and len(o.parties) == 2]
    hubs = {p for o in earlier for p in o.parties}
    for h in hubs:
        # (the hub named by its body where the earlier pairs name its organ: "Lãnh đạo Ủy ban MTTQ tỉnh, A và B ký kết"
        # after "Ban Thường trực Ủy ban MTTQ tỉnh ký kết với A và B")
        partners = [p for p in s.parties if p != h and not _names_the_hub(h, p)]
        if (len(partners) >= 2 or h not in s.parties) and all(
            any(set(o.parties) == {h, p} for o in earlier) for p in partners
        ):
            return True
    return False


def _names_the_hub(hub: str, key: str) -> bool:
    """Whether ``key`` names the body of the organ ``hub``, with or without the place the hub's name carries: "Tỉnh
    đoàn" in a caption for "Ban Thường vụ Tỉnh đoàn Đắk Lắk" (an article without a province keeps the place in the
    key), "Ủy ban MTTQ tỉnh" for "Ban Thường trực Ủy ban MTTQ tỉnh"."""
    return f" {key} " in f"{hub} "
