"""Alternations of many regexes that open with letters, grouped by their leading letters.

Python's regex engine tries the branches of ``A|B|C|...`` one after the other, and under IGNORECASE it cannot
skip a branch by its first letter without entering it: an alternation of three hundred agency heads costs three
hundred tries at every place it is tried.  Grouped by their first letter, then by their second and so on, the
branches form a tree (the engine moves a letter shared by every branch of a group out in front of it), and a
place that starts with no head's letters costs one try per group.

The grouping never changes what an alternation matches, nor which branch wins: branches are grouped only by
letters that must be matched one by one (no escape, class, group or quantifier among them), so two branches in
different groups can never both match at one place, and within a group, and between a group and the branches
that are not grouped, the order is the original one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_QUANTIFIER_OPENERS = "?*+{"


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
        elif len({b[depth] for b in group}) == 1:
            # one letter, written alike: the engine moves it out of the group; group on by the next letter
            out.append("(?:" + "|".join(_grouped(group, depth + 1)) + ")")
        else:
            out.append("(?:" + "|".join(group) + ")")  # "B" and "b": still one group, no further
    return out


def _letters_overlap(letters: list[str]) -> bool:
    """Whether two different letters are matched by one character under IGNORECASE (the engine's own folding,
    which pairs a few letters that ``str.lower`` keeps apart)."""
    return any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(letters) for b in letters[i + 1 :])


def _plain_letter(branch: str, depth: int) -> str | None:
    """The letter at ``depth`` of ``branch`` where the branch opens with ``depth + 1`` letters matched one by one
    and holds no top-level "|" (it is one branch), else None."""
    if len(branch) <= depth or not branch[: depth + 1].isalpha():
        return None
    after = branch[depth + 1 : depth + 2]
    if after and after in _QUANTIFIER_OPENERS:
        return None  # "Bộ?": the letter is optional
    if not is_one_branch(branch):
        return None
    return branch[depth]


def is_one_branch(branch: str) -> bool:
    """Whether ``branch`` is no alternation itself (no "a|b" outside a group or a class)."""
    return next(_top_level_bars(branch), None) is None


def _top_level_bars(pattern: str) -> Iterator[int]:
    """The offsets of the "|" of ``pattern`` that stand outside every group and class."""
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
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            yield i
        i += 1
