"""The offline HTML map: self-contained, escaped, reduced when large (no browser needed here)."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from _network_store import fixture_store

from phoihop.graph.explore.network import project
from phoihop.graph.explore.viz import (
    SECTOR_COLOURS,
    aggregate_by_province_sector,
    build_map,
    external_references,
    iframe,
    top_agencies,
)


@pytest.fixture(scope="module")
def graph():
    return project(fixture_store())


def page_data(html: str, name: str) -> list[dict]:
    match = re.search(rf"var {name} = (\[.*?\]);\n", html)
    assert match, f"no {name} in the page"
    return json.loads(match.group(1))


def test_page_is_self_contained(graph):
    html = build_map(graph).html
    assert external_references(html) == []
    # no tag loads anything from a URL: every src/href is a data: URI
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert re.findall(r"""\b(?:src|href)\s*=\s*["']([^"']*)""", html) == ["data:,"]
    assert "bootstrap.min" not in html and "cdn.jsdelivr" not in html and "cdnjs" not in html
    assert "sourceMappingURL" not in html
    assert "vis.Network" in html and "DataSet" in html


def test_detects_external_references():
    assert external_references('<script src="https://cdn.example/x.js"></script>')
    assert external_references("<link href='//cdn.example/x.css' rel=stylesheet>")
    assert external_references("<style>@import url(http://x/y.css);</style>")
    assert not external_references("<a>https://example.org as text</a>")


def test_nodes_and_edges_carry_sector_colour_size_and_count(graph):
    page = build_map(graph)
    nodes, edges = page_data(page.html, "nodeData"), page_data(page.html, "edgeData")
    assert (page.nodes, page.edges, page.reduced) == (8, 7, None)
    assert len(nodes) == 8 and len(edges) == 7
    by_label = {n["label"]: n for n in nodes}
    # "Ban Dân vận Tỉnh ủy" exists in two provinces: the map tells them apart
    bdv = by_label["Ban Dân vận Tỉnh ủy (Bến Tre)"]
    assert bdv["color"] == SECTOR_COLOURS["party"] and bdv["value"] == 4
    # a node's tooltip lists its programmes once each, with the partners of each
    progs = {p["symbol"]: p for p in bdv["info"]["programmes"]}
    assert len(bdv["info"]["programmes"]) == 4
    assert sorted(progs["12/QC-UBND-BDVTU-MTTQ"]["partners"]) == [
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "Ủy ban nhân dân tỉnh",
    ]
    assert progs["150-CTr/BCSĐUBND-BDVTU"]["period"] == [2017, 2020]
    assert sorted(e["label"] for e in edges) == ["1", "1", "1", "1", "1", "2", "2"]
    heavy = next(e for e in edges if e["label"] == "2" and "Bến Tre" in e["info"]["heading"])
    symbols = {p["symbol"] for p in heavy["info"]["programmes"]}
    assert "150-CTr/BCSĐUBND-BDVTU" in symbols
    sentences = " ".join(p["sentence"] or "" for p in heavy["info"]["programmes"])
    assert "giai đoạn 2021-2025" in sentences
    assert {p["url"] for p in heavy["info"]["programmes"]} == {"https://example.org/bentre/dan-van"}
    legend = re.findall(r'class="swatch" style="background: (#[0-9a-f]{6})"', page.html)
    assert set(legend) == {SECTOR_COLOURS[s] for s in ("party", "state", "military", "police", "front")}


def test_article_markup_is_escaped(graph):
    html = build_map(graph).html
    # the fixture's sentence, title and agency name carry <script> and an <img onerror>
    assert "<script>window.phoihopInjected" not in html
    assert "<img src=x" not in html
    assert "\\u003cscript\\u003ewindow.phoihopInjected = 3" in html
    edges = page_data(html, "edgeData")
    sentence = next(p["sentence"] for e in edges for p in e["info"]["programmes"] if "Hai bên" in (p["sentence"] or ""))
    assert "<script>window.phoihopInjected = 3</script>" in sentence  # kept as text, decoded by JSON
    # our header text goes through the autoescaping template too
    hostile = nx.Graph(filter="province <b>x</b>")
    hostile.add_edge("a", "b", weight=1, programmes=[])
    assert "province &lt;b&gt;x&lt;/b&gt;" in build_map(hostile, title="<i>t</i>").html


def test_large_network_is_aggregated_and_says_so():
    big = nx.Graph(filter="all")
    # 3 provinces x 2 sectors, 20 agencies each, in a ring per group plus ties between groups
    for p in range(3):
        for s, sector in enumerate(("party", "police")):
            members = [f"p{p}s{s}a{i}" for i in range(20)]
            for m in members:
                big.add_node(m, label=m, sector=sector, province=f"Tỉnh {p}")
            for a, b in zip(members, members[1:] + members[:1], strict=False):
                big.add_edge(a, b, weight=1, programmes=[])
    for p in range(3):
        big.add_edge(f"p{p}s0a0", f"p{p}s1a0", weight=2, programmes=[{"symbol": f"{p}/CTr"}])
    big.add_edge("p0s0a1", "p1s0a1", weight=1, programmes=[])
    page = build_map(big, max_nodes=50)
    assert page.reduced == "aggregate" and (page.source_nodes, page.nodes) == (120, 6)
    assert page.edges == 4 and "grouped by province and sector" in page.notice
    assert 'id="notice"' in page.html and "120 agencies" in page.html
    nodes = page_data(page.html, "nodeData")
    assert sorted(n["value"] for n in nodes) == [20] * 6
    agg = aggregate_by_province_sector(big)
    assert agg.nodes["Tỉnh 0|party"]["internal"] == 20
    assert agg.edges["Tỉnh 0|party", "Tỉnh 0|police"]["weight"] == 2

    top = build_map(big, max_nodes=10, large="top")
    assert top.reduced == "top" and top.nodes == 10 and "only the 10 agencies" in top.notice
    assert set(top_agencies(big, 3).nodes) == {"p0s0a0", "p0s1a0", "p1s0a0"}


def test_small_network_is_not_reduced(graph):
    page = build_map(graph, max_nodes=8)
    assert page.reduced is None and page.notice is None and 'id="notice"' not in page.html


def test_iframe_embeds_the_page_escaped(graph):
    frame = iframe(build_map(graph).html, height=300)
    assert frame.startswith('<iframe srcdoc="') and "height: 300px" in frame
    assert "<script" not in frame[: -len("</iframe>")]
