"""Person stage: each named person once, with every position the article gives them."""

from __future__ import annotations

from phoihop.extract.assembly.context import ArticleContext
from phoihop.facts import Person


def build_persons(ctx: ArticleContext) -> list[Person]:
    persons: dict[str, Person] = {}
    for p in ctx.m.persons:
        person = persons.get(p.name)
        if person is None:
            person = persons[p.name] = Person(p.name, [], [ctx.ev.at(p.start)])
        for pos in p.positions:
            if pos.casefold() not in {x.casefold() for x in person.positions}:
                person.positions.append(pos)
    return list(persons.values())
