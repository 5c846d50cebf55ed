"""The projection of the dev gold facts, checked against values computed straight from the gold JSON.

The expected network is counted here from the JSON files alone, following
the facts format's definition of cooperation (every pair of parties of a
signing, and of a document with two or more parties), with node identity
from the IRI rules of ``phoihop.graph.iris`` (the mapping's contract), and
compared with what ``phoihop.graph.explore.network`` reads back out of a real store.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pytest

from phoihop.graph.explore import analytics
from phoihop.graph.explore.network import project

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev" / "gold"


def gold_files() -> list[Path]:
    if not GOLD.is_dir():
        pytest.skip(f"dev gold facts not found at {GOLD.resolve()} (../shared is not mounted)")
    files = sorted(GOLD.glob("*.json"))
    if not files:
        pytest.skip(f"no gold files in {GOLD}")
    return files


def expected_programmes_by_pair(files: list[Path], years: tuple[int, int] | None = None) -> dict:
    """{frozenset(agency IRIs): set of programme keys}, straight from the JSON."""
    from _graph_helpers import signing_programme_iri

    from phoihop.graph.iris import agency_identity, clean_symbol, document_iri

    pairs: dict[frozenset, set] = defaultdict(set)
    for path in files:
        art = json.loads(path.read_text(encoding="utf-8"))
        province, published = art.get("province"), art.get("published") or ""
        docs = {clean_symbol(d["symbol"]).casefold(): d for d in art.get("documents") or []}

        def agency(name: str, province=province, published=published) -> str:
            return agency_identity(name, province, published or None).iri

        def in_force(period, date) -> bool:
            if years is None:
                return True
            if period:
                return period[0] <= years[1] and period[1] >= years[0]
            return bool(date) and years[0] <= int(date[:4]) <= years[1]

        def add(parties, key):
            for a, b in itertools.combinations(sorted({agency(p) for p in parties}), 2):
                pairs[frozenset((a, b))].add(key)

        for doc in art.get("documents") or []:
            if len({agency(p) for p in doc.get("parties") or []}) >= 2 and in_force(
                doc.get("period"), doc.get("issued")
            ):
                add(doc["parties"], document_iri(doc["symbol"], doc.get("issued"), published, province))
        for n, signing in enumerate(art.get("signings") or [], 1):
            symbol = signing.get("document")
            doc = docs.get(clean_symbol(symbol).casefold()) if symbol else None
            if not in_force(signing.get("period") or (doc or {}).get("period"), signing.get("date")):
                continue
            key = (
                document_iri(symbol, (doc or {}).get("issued"), published, province)
                if symbol
                else signing_programme_iri(art, n, signing)
            )
            add(signing.get("parties") or [], key)
    return pairs


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory):
    from phoihop.facts import read_facts
    from phoihop.graph.store import open_store

    files = gold_files()
    store = open_store(tmp_path_factory.mktemp("gold") / "store")
    store.replace_articles(f for path in files for f in read_facts(path))
    yield store
    store.close()


def test_gold_network_counts(gold_store):
    expected = expected_programmes_by_pair(gold_files())
    graph = project(gold_store)
    nodes = set().union(*expected)
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(expected)
    assert set(graph.nodes) == nodes
    assert {frozenset(e) for e in graph.edges} == set(expected)
    assert {frozenset((a, b)): d["weight"] for a, b, d in graph.edges(data=True)} == {
        pair: len(keys) for pair, keys in expected.items()
    }


def test_gold_centrality_ranking(gold_store):
    expected = expected_programmes_by_pair(gold_files())
    partners: dict[str, int] = defaultdict(int)
    for pair in expected:
        for agency in pair:
            partners[agency] += 1
    rows = analytics.centrality(project(gold_store))
    assert {r["agency"]: r["degree"] for r in rows} == dict(partners)
    # the ranking starts with the agencies with most partners
    top = max(partners.values())
    leaders = {a for a, d in partners.items() if d == top}
    assert {r["agency"] for r in rows[: len(leaders)]} == leaders
    # betweenness from an independently built graph of the expected pairs
    reference = nx.Graph(list(tuple(p) for p in expected))
    between = nx.betweenness_centrality(reference)
    best = max(between.values())
    assert max(rows, key=lambda r: r["betweenness"])["agency"] in {a for a, b in between.items() if b == best}
    assert max(r["betweenness"] for r in rows) == pytest.approx(best, abs=1e-5)


@pytest.mark.parametrize("years", [(2021, 2025), (2016, 2020)])
def test_gold_time_slices(gold_store, years):
    expected = expected_programmes_by_pair(gold_files(), years)
    graph = project(gold_store, years=years)
    assert {frozenset(e) for e in graph.edges} == set(expected)
