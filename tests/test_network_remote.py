"""The projection through a remote store (Virtuoso over SPARQL/HTTP) equals the local one."""

from __future__ import annotations

from pathlib import Path

import pytest

from phoihop.facts import read_facts
from phoihop.graph.explore.network import network_to_text, project

FACTS = Path(__file__).resolve().parent / "fixtures" / "network_facts.jsonl"


def snapshot(graph):
    nodes = {n: (d["label"], d["sector"], d["province"]) for n, d in graph.nodes(data=True)}
    edges = {
        frozenset((a, b)): (
            d["weight"],
            sorted(
                (p["symbol"] or "", tuple(p["period"] or ()), p["signed"] or "", p["sentence"] or "", p["url"] or "")
                for p in d["programmes"]
            ),
        )
        for a, b, d in graph.edges(data=True)
    }
    return nodes, edges


@pytest.mark.virtuoso
def test_virtuoso_projection_matches_oxigraph(tmp_path):
    from _scale_helpers import empty_virtuoso

    from phoihop.graph.store import open_store

    remote = empty_virtuoso()
    local = open_store(tmp_path / "store")
    try:
        remote.replace_articles(read_facts(FACTS))
        local.replace_articles(read_facts(FACTS))
        assert snapshot(project(remote)) == snapshot(project(local))
        assert snapshot(project(remote, years="2019", sectors=["state", "police"])) == snapshot(
            project(local, years="2019", sectors=["state", "police"])
        )
        remote_graph = project(remote)
        assert remote_graph.number_of_nodes() == 7 and remote_graph.number_of_edges() == 6
        assert "91-KH/BDVTU-CAT" in network_to_text(remote_graph, "graphml")
    finally:
        remote.drop_all()
        remote.close()
        local.close()
