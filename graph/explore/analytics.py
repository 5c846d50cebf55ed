"""Measures on the cooperation network built by :mod:`phoihop.graph.explore.network`.

Every function takes the agency graph (nodes with ``label`` and ``sector``,
edges with ``weight`` = number of programmes) and returns plain Python rows
(lists of dicts), which ``pandas.DataFrame(rows)`` turns into a table.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

SECTOR_ORDER = ("party", "state", "military", "police", "front", "")


def centrality(graph: nx.Graph) -> list[dict[str, Any]]:
    """Degree and betweenness of every agency, most connected first.

    Columns: ``agency`` (node id), ``label``, ``sector``, ``province``,
    ``degree`` (number of partner agencies), ``programmes`` (weighted degree:
    programme links summed over partners), ``degree_centrality`` (degree /
    (n - 1)) and ``betweenness`` (normalised, unweighted shortest paths: how
    often an agency lies between two others). Ties are broken by label.
    """
    if graph.number_of_nodes() == 0:
        return []
    degree_c = nx.degree_centrality(graph)
    between = nx.betweenness_centrality(graph, normalized=True)
    rows = []
    for node, attrs in graph.nodes(data=True):
        rows.append(
            {
                "agency": node,
                "label": attrs.get("label", node),
                "sector": attrs.get("sector", ""),
                "province": attrs.get("province"),
                "degree": graph.degree(node),
                "programmes": int(graph.degree(node, weight="weight")),
                "degree_centrality": round(degree_c[node], 6),
                "betweenness": round(between[node], 6),
            }
        )
    rows.sort(key=lambda r: (-r["degree"], -r["programmes"], -r["betweenness"], str(r["label"])))
    return rows


def _sector_pair(graph: nx.Graph, a: Any, b: Any) -> tuple[str, str]:
    sa, sb = graph.nodes[a].get("sector", ""), graph.nodes[b].get("sector", "")
    rank = {s: i for i, s in enumerate(SECTOR_ORDER)}
    first, second = sorted((sa, sb), key=lambda s: (rank.get(s, len(rank)), s))
    return first, second


def sector_ties(graph: nx.Graph) -> list[dict[str, Any]]:
    """Ties between each pair of sectors (party–military, party–police, state–front …).

    Columns: ``sectors`` ("military–party"-style label, party first),
    ``sector_a``, ``sector_b``, ``cross`` (True if the sectors differ),
    ``edges`` (agency pairs), ``programmes`` (summed weights), and ``share``
    (fraction of all programme links). Largest first.
    """
    edges: Counter = Counter()
    programmes: Counter = Counter()
    for a, b, attrs in graph.edges(data=True):
        pair = _sector_pair(graph, a, b)
        edges[pair] += 1
        programmes[pair] += int(attrs.get("weight", 1))
    total = sum(programmes.values())
    rows = [
        {
            "sectors": f"{pair[0] or '?'}–{pair[1] or '?'}",
            "sector_a": pair[0],
            "sector_b": pair[1],
            "cross": pair[0] != pair[1],
            "edges": edges[pair],
            "programmes": programmes[pair],
            "share": round(programmes[pair] / total, 6) if total else 0.0,
        }
        for pair in edges
    ]
    rows.sort(key=lambda r: (-r["programmes"], -r["edges"], r["sectors"]))
    return rows


def cross_sector_share(graph: nx.Graph, weighted: bool = True) -> float:
    """Fraction of cooperation that links two different sectors.

    Weighted by programmes by default; with ``weighted=False`` it is the
    fraction of agency pairs. 0.0 for a graph without edges.
    """
    total = cross = 0
    for a, b, attrs in graph.edges(data=True):
        w = int(attrs.get("weight", 1)) if weighted else 1
        total += w
        pair = _sector_pair(graph, a, b)
        if pair[0] != pair[1]:
            cross += w
    return cross / total if total else 0.0


def communities(graph: nx.Graph, method: str = "louvain", seed: int = 0) -> list[dict[str, Any]]:
    """Communities of agencies that cooperate more among themselves than with others.

    ``method`` is "louvain" (networkx ``louvain_communities``, seeded so runs
    repeat) or "greedy" (``greedy_modularity_communities``); both use the
    programme weights. Returns one row per community, largest first:
    ``community`` (0-based rank), ``size``, ``members`` (labels),
    ``sectors`` (count by sector), ``nodes`` (ids) and ``modularity`` of
    the whole partition (the same on every row).
    """
    if graph.number_of_edges() == 0:
        return []
    if method == "louvain":
        parts = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    elif method == "greedy":
        parts = nx.community.greedy_modularity_communities(graph, weight="weight")
    else:
        raise ValueError(f"unknown community method {method!r} (louvain or greedy)")
    parts = [set(p) for p in parts]
    modularity = nx.community.modularity(graph, parts, weight="weight")
    labels = lambda nodes: sorted(str(graph.nodes[n].get("label", n)) for n in nodes)  # noqa: E731
    parts.sort(key=lambda p: (-len(p), labels(p)))
    rows = []
    for rank, part in enumerate(parts):
        rows.append(
            {
                "community": rank,
                "size": len(part),
                "members": labels(part),
                "sectors": dict(Counter(graph.nodes[n].get("sector", "") for n in part)),
                "nodes": sorted(part),
                "modularity": round(modularity, 6),
            }
        )
    return rows


def summary(graph: nx.Graph) -> dict[str, Any]:
    """Size and shape of a network: nodes, edges, programme links, density, components, cross-sector share."""
    n = graph.number_of_nodes()
    components = list(nx.connected_components(graph)) if n else []
    return {
        "nodes": n,
        "edges": graph.number_of_edges(),
        "programme_links": int(sum(w for _, _, w in graph.edges(data="weight", default=1))),
        "density": round(nx.density(graph), 6) if n > 1 else 0.0,
        "components": len(components),
        "largest_component": max((len(c) for c in components), default=0),
        "mean_degree": round(2 * graph.number_of_edges() / n, 6) if n else 0.0,
        "cross_sector_share": round(cross_sector_share(graph), 6),
    }


def compare_periods(before: nx.Graph, after: nx.Graph) -> dict[str, Any]:
    """How the network changed from ``before`` to ``after`` (e.g. 2016-2020 vs 2021-2025).

    Returns ``before`` and ``after`` (:func:`summary` of each), the agencies
    and ties added, removed and kept (labels; ties as "A — B"), and the
    Jaccard similarity of the two edge sets.
    """

    def tie(graph: nx.Graph, a: Any, b: Any) -> str:
        la, lb = sorted((str(graph.nodes[a].get("label", a)), str(graph.nodes[b].get("label", b))))
        return f"{la} — {lb}"

    def label(graph: nx.Graph, n: Any) -> str:
        province = graph.nodes[n].get("province")
        base = str(graph.nodes[n].get("label", n))
        return f"{base} ({province})" if province else base

    nodes_b, nodes_a = set(before.nodes), set(after.nodes)
    edges_b = {frozenset(e) for e in before.edges}
    edges_a = {frozenset(e) for e in after.edges}
    union = edges_a | edges_b
    return {
        "before": summary(before),
        "after": summary(after),
        "agencies_added": sorted(label(after, n) for n in nodes_a - nodes_b),
        "agencies_removed": sorted(label(before, n) for n in nodes_b - nodes_a),
        "agencies_kept": len(nodes_a & nodes_b),
        "ties_added": sorted(tie(after, *sorted(e)) for e in edges_a - edges_b),
        "ties_removed": sorted(tie(before, *sorted(e)) for e in edges_b - edges_a),
        "ties_kept": len(edges_a & edges_b),
        "edge_jaccard": round(len(edges_a & edges_b) / len(union), 6) if union else 1.0,
    }
