"""Person stage: each named person once, with every position the article gives them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from phoihop.extract.abbreviations import SKIPPED_BY_INITIALS, base_letter, initials_of
from phoihop.extract.assembly.context import ArticleContext
from phoihop.facts import Person

# A body's head word and a run of capitals in a post ("Tổng Biên tập Báo SGGP"): a short form no table spells, which
# the article may spell itself by naming the body in full elsewhere ("Báo Sài Gòn Giải Phóng ký kết ..."); positions
# spell abbreviations out as bodies do
_HEAD_THEN_INITIALS = re.compile(r"(?<![\w])(?P<head>(?-i:[A-ZĐ][a-zà-ỹđ]+))\s+(?P<short>(?-i:[A-ZĐ]{2,8}))(?![\w])")


def build_persons(ctx: ArticleContext, body_names: Iterable[str] = ()) -> list[Person]:
    """Each person once, with their positions; a post's short form of a body the article names in full (one of
    ``body_names``) spelled as that body's name."""
    spelled = _bodies_by_initials(body_names)
    persons: dict[str, Person] = {}
    for p in ctx.m.persons:
        person = persons.get(p.name)
        if person is None:
            person = persons[p.name] = Person(p.name, [], [ctx.ev.at(p.start)])
        for pos in p.positions:
            pos = _spelled_out(pos, spelled) if spelled else pos
            if pos.casefold() not in {x.casefold() for x in person.positions}:
                person.positions.append(pos)
    return list(persons.values())


def _bodies_by_initials(body_names: Iterable[str]) -> dict[tuple[str, str], str]:
    """(head word, initials of the words after it) -> the body's name, for the bodies whose name after the head is
    two words or more ("Báo Sài Gòn Giải Phóng" under ("Báo", "SGGP")); a pair two bodies share spells neither."""
    found: dict[tuple[str, str], str | None] = {}
    for name in body_names:
        head, _, rest = name.partition(" ")
        words = [w for w in rest.split() if w not in SKIPPED_BY_INITIALS]
        if len(words) < 2:
            continue
        key = (head, initials_of(words))
        found[key] = name if found.get(key, name) == name else None
    return {k: v for k, v in found.items() if v is not None}


def _spelled_out(position: str, spelled: dict[tuple[str, str], str]) -> str:
    """``position`` with each head word and short form that spells a body of the article written as its name."""

    def repl(m: re.Match) -> str:
        initials = "".join(base_letter(c) for c in m.group("short"))
        return spelled.get((m.group("head"), initials), m.group(0))

    return _HEAD_THEN_INITIALS.sub(repl, position)
