"""Alternations of many regexes that open with letters, grouped by their leading letters.

Python's regex engine tries the branches of ``A|B|C|...`` one after the other, and under IGNORECASE it cannot
skip a branch by its first letter without entering it: an alternation of three hundred agency heads costs three
hundred tries at every place it is tried.  Grouped by their first letter, then by their second and so on, the
branches form a tree (the engine moves a letter shared by every branch of a group out in front of it), and a
place that starts with no head's letters costs one try per group.

The grouping never changes what an alternation matches, nor which branch wins: branches are grouped only by
letters that must be matched one by one (no escape, class, group or quantifier among them), so two branches in
different groups can never both match at one place, and within a group, and between a group and the branches
that are not grouped, the order is the original one.  A branch that opens with a case-sensitive group of letters
("(?-i:BTV)", an abbreviation among the heads) is grouped by its first letter too: it matches that letter alone,
which no branch of another letter's group matches either; it is never grouped further.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_QUANTIFIER_OPENERS = "?*+{"
_CASE_SENSITIVE = "(?-i:"


def grouped_alternation(branches: list[str]) -> str:
    """``"|".join(branches)`` as a tree of non-capturing groups that matches the same texts the same way."""
    return "|".join(_grouped(branches, 0))


def _grouped(branches: list[str], depth: int) -> list[str]:
    """The branches, in order, with each run of branches whose letter at ``depth`` is plain grouped by it."""
    parts: list[str] = []
    run: list[tuple[str, str]] = []  # (letter, branch)
    for branch in branches:
        letter = _plain_letter(branch, depth)
        if letter is None:
            parts.extend(_run_groups(run, depth))  # a branch that may match anything keeps its place
            run = []
            parts.append(branch)
            continue
        run.append((letter, branch))
    parts.extend(_run_groups(run, depth))
    return parts


def _run_groups(run: list[tuple[str, str]], depth: int) -> list[str]:
    """One group per letter of a run, in the order of the letters' first branches."""
    groups: dict[str, list[str]] = {}
    for letter, branch in run:
        groups.setdefault(letter.lower(), []).append(branch)
    if len(groups) > 1 and _letters_overlap(list(groups)):
        return [branch for _, branch in run]  # a letter that matches another: no grouping, the order kept
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0])
        else:
            parts = _alike_runs(group, depth)
            out.append(parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")")
    return out


def _alike_runs(group: list[str], depth: int) -> list[str]:
    """The branches of a group, in order, with each run of two or more whose letter at ``depth`` is written alike
    grouped on by the next letter (the engine moves the shared letter out in front of the run); "B", "b" and
    "(?-i:B" are written differently and stay apart."""
    out: list[str] = []
    i = 0
    while i < len(group):
        j = i + 1
        if not group[i].startswith(_CASE_SENSITIVE):
            while j < len(group) and not group[j].startswith(_CASE_SENSITIVE) and group[j][depth] == group[i][depth]:
                j += 1
        out.append("(?:" + "|".join(_grouped(group[i:j], depth + 1)) + ")" if j - i > 1 else group[i])
        i = j
    return out


def _letters_overlap(letters: list[str]) -> bool:
    """Whether two different letters are matched by one character under IGNORECASE (the engine's own folding,
    which pairs a few letters that ``str.lower`` keeps apart)."""
    return any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(letters) for b in letters[i + 1 :])


def _plain_letter(branch: str, depth: int) -> str | None:
    """The letter at ``depth`` of ``branch`` where the branch opens with ``depth + 1`` letters matched one by one
    and holds no top-level "|" (it is one branch), else None.  At depth 0, also the first letter of a branch that
    opens with a case-sensitive group of one branch whose first letter is certain ("(?-i:BTV)", "(?-i:TT)(?=...)";
    not "(?-i:TU|HU)" nor "(?-i:B)?")."""
    if depth == 0 and branch.startswith(_CASE_SENSITIVE):
        return _case_sensitive_letter(branch)
    if len(branch) <= depth or not branch[: depth + 1].isalpha():
        return None
    after = branch[depth + 1 : depth + 2]
    if after and after in _QUANTIFIER_OPENERS:
        return None  # "Bộ?": the letter is optional
    if not is_one_branch(branch):
        return None
    return branch[depth]


def _case_sensitive_letter(branch: str) -> str | None:
    close = _group_end(branch)
    if close is None or not is_one_branch(branch):
        return None
    inside = branch[len(_CASE_SENSITIVE) : close]
    if not inside[:1].isalpha() or not is_one_branch(inside):
        return None
    after = inside[1:2] if len(inside) > 1 else branch[close + 1 : close + 2]
    if after and after in _QUANTIFIER_OPENERS:
        return None  # "(?-i:Bo?)", "(?-i:B)?": the letter is optional
    return inside[0]


def _group_end(pattern: str) -> int | None:
    """The offset of the ")" that closes the group ``pattern`` opens with (None where it is not closed)."""
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 0:
            return i
    return None


def is_one_branch(branch: str) -> bool:
    """Whether ``branch`` is no alternation itself (no "a|b" outside a group or a class)."""
    return next(_top_level_bars(branch), None) is None


def _top_level_bars(pattern: str) -> Iterator[int]:
    """The offsets of the "|" of ``pattern`` that stand outside every group and class."""
    return (i for i, c, depth in _structure(pattern) if c == "|" and depth == 0)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The characters of ``pattern`` outside escapes and character classes, each with its offset and the depth of
    the groups around it (after a "(", before a ")": the ")" that closes a top-level group comes at depth 0)."""
    depth = 0
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member
        else:
            if c == ")":
                depth -= 1
            yield i, c, depth
            if c == "(":
                depth += 1
        i += 1
