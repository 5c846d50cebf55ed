"""Made-up articles through the whole pipeline, for the signing tests: the facts, and the signings' party
sets and the agencies in an order-free form."""

from __future__ import annotations

import json
from pathlib import Path

from phoihop.cli import main
from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article
from phoihop.facts import ArticleFacts


def extract(text: str, published: str, province: str, title: str | None = None) -> ArticleFacts:
    return extract_article(Article("t", text, title, published, province))


def agency_names(facts: ArticleFacts) -> list[str]:
    """The article's agencies' names, sorted."""
    return sorted(a.name for a in facts.agencies)


def named_sectors(facts: ArticleFacts) -> set[tuple[str, str]]:
    """The article's agencies as (name, sector) pairs."""
    return {(a.name, a.sector) for a in facts.agencies}


def party_sets(facts: ArticleFacts) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(s.parties)) for s in facts.signings)


def signing_tuples(facts: ArticleFacts) -> list[tuple[tuple[str, ...], str, str]]:
    """Each signing as (parties sorted, date or "", "first-last" or ""), in the facts' order."""
    return [
        (tuple(sorted(s.parties)), s.date or "", f"{s.period[0]}-{s.period[1]}" if s.period else "")
        for s in facts.signings
    ]


def positions_by_name(facts: ArticleFacts) -> dict[str, list[str]]:
    """Each person's positions, by name."""
    return {p.name: list(p.positions) for p in facts.persons}


def facts_of_folder(folder: Path, out: Path) -> dict[str, dict]:
    """``phoihop extract FOLDER --facts OUT`` as a user runs it (it must succeed), and the facts files it wrote, by
    article id."""
    assert main(["extract", str(folder), "--facts", str(out), "--no-progress"]) == 0
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in out.glob("*.json")}
