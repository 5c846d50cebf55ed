"""Stores for the network/viz tests: the hand-built TriG fixture and the dev gold facts.

``fixture_store()`` serves SELECTs over ``tests/fixtures/network_cooperation.trig``
with the project's store API conventions (IRIs as str, integers as int, other
literals as str, unbound as None), so the tests exercise the same
``store.select`` path as the real :class:`phoihop.graph.store.GraphStore`.
"""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "network_cooperation.trig"
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "corpus" / "dev" / "gold"

Result = namedtuple("Result", "variables rows")
INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _value(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal) and term.datatype.value == INTEGER:
        return int(term.value)
    return term.value


class TrigStore:
    """A read-only in-memory store over one TriG file, queried over the union of its graphs."""

    def __init__(self, path: Path):
        self._store = ox.Store()
        self._store.load(path=str(path), format=ox.RdfFormat.TRIG)

    def select(self, sparql: str) -> Result:
        solutions = self._store.query(sparql, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        rows = [tuple(_value(sol[name]) for name in names) for sol in solutions]
        return Result(names, rows)

    def close(self) -> None:
        pass


def fixture_store() -> TrigStore:
    return TrigStore(FIXTURE)
