"""The RDF -> networkx projection on the hand-built fixture (tests/fixtures/network_cooperation.trig).

Expected values are read off the fixture by hand: six Bến Tre agencies of
which five cooperate (Bộ Chính trị only issues a one-party document), three
Hà Nam agencies, six cooperation programmes.
"""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from _network_store import fixture_store

from phoihop.graph.explore import analytics
from phoihop.graph.explore.network import load_cooperation, network_to_text, parse_years, project

PHID = "https://w3id.org/phoihop/id/"
BT_BDV = PHID + "agency/ben-tre/ban-dan-van-tinh-uy"
BT_CA = PHID + "agency/ben-tre/cong-an-tinh"
BT_QS = PHID + "agency/ben-tre/bo-chi-huy-quan-su-tinh"
BT_UB = PHID + "agency/ben-tre/uy-ban-nhan-dan-tinh"
BT_MT = PHID + "agency/ben-tre/uy-ban-mat-tran-to-quoc-tinh"
HN_BDV = PHID + "agency/ha-nam/ban-dan-van-tinh-uy"
HN_CA = PHID + "agency/ha-nam/cong-an-tinh"
HN_QS = PHID + "agency/ha-nam/bo-chi-huy-quan-su-tinh"


@pytest.fixture(scope="module")
def store():
    return fixture_store()


def weights(graph):
    return {frozenset((a, b)): d["weight"] for a, b, d in graph.edges(data=True)}


def test_whole_network_nodes_edges_and_weights(store):
    graph = project(store)
    assert set(graph.nodes) == {BT_BDV, BT_CA, BT_QS, BT_UB, BT_MT, HN_BDV, HN_CA, HN_QS}
    assert weights(graph) == {
        # 150-CTr (cited in both articles, one programme) + the 2021 signing
        frozenset((BT_BDV, BT_CA)): 2,
        frozenset((BT_BDV, BT_QS)): 1,
        # the joint regulation: one signing of three parties plus two listed parties
        frozenset((BT_BDV, BT_UB)): 1,
        frozenset((BT_BDV, BT_MT)): 1,
        frozenset((BT_UB, BT_MT)): 1,
        # the 2022 signing, and 07-CTr signed with Công an and (separately) with Quân sự:
        # Công an and Quân sự are not linked
        frozenset((HN_BDV, HN_CA)): 2,
        frozenset((HN_BDV, HN_QS)): 1,
    }


def test_node_and_edge_attributes(store):
    graph = project(store)
    node = graph.nodes[BT_BDV]
    assert (node["label"], node["sector"], node["level"], node["province"]) == (
        "Ban Dân vận Tỉnh ủy",
        "party",
        "tỉnh",
        "Bến Tre",
    )
    programmes = {p["symbol"]: p for p in graph[BT_BDV][BT_CA]["programmes"]}
    old = programmes["150-CTr/BCSĐUBND-BDVTU"]
    assert old["period"] == [2017, 2020] and old["issued"] == "2017-04-21" and old["kind"] == "chương trình"
    assert old["sentence"].startswith("Chương trình 150-CTr")
    assert old["url"] == "https://example.org/bentre/dan-van"
    new = programmes[None]
    assert new["signed"] == "2021-10-29" and new["period"] == [2021, 2025]
    assert "giai đoạn 2021-2025" in new["sentence"]


@pytest.mark.parametrize(
    "years, expected",
    [
        ("2018", {frozenset((BT_BDV, BT_CA)): 1}),
        # the regulation has no period: it counts in the year it was signed
        (
            "2019",
            {
                frozenset((BT_BDV, BT_CA)): 1,
                frozenset((BT_BDV, BT_UB)): 1,
                frozenset((BT_BDV, BT_MT)): 1,
                frozenset((BT_UB, BT_MT)): 1,
            },
        ),
        ("2026", {frozenset((HN_BDV, HN_CA)): 2, frozenset((HN_BDV, HN_QS)): 1}),
        ("2020-2021", {frozenset((BT_BDV, BT_CA)): 2, frozenset((BT_BDV, BT_QS)): 1}),
        ("1990", {}),
    ],
)
def test_time_slices(store, years, expected):
    assert weights(project(store, years=years)) == expected


def test_province_and_sector_filters(store):
    assert set(project(store, province="Hà Nam").nodes) == {HN_BDV, HN_CA, HN_QS}
    assert set(project(store, province="ha-nam").nodes) == {HN_BDV, HN_CA, HN_QS}
    assert set(project(store, province="bến tre").nodes) == {BT_BDV, BT_CA, BT_QS, BT_UB, BT_MT}
    assert set(project(store, province="tỉnh Bến Tre").nodes) == {BT_BDV, BT_CA, BT_QS, BT_UB, BT_MT}
    assert project(store, province="Nowhere").number_of_nodes() == 0
    graph = project(store, sectors=["party", "police"])
    assert weights(graph) == {frozenset((BT_BDV, BT_CA)): 2, frozenset((HN_BDV, HN_CA)): 2}
    assert weights(project(store, sectors=["state", "front"])) == {frozenset((BT_UB, BT_MT)): 1}


def test_isolated_agencies_only_on_request(store):
    assert PHID + "agency/vn/bo-chinh-tri" not in project(store)
    graph = project(store, include_isolated=True)
    assert PHID + "agency/vn/bo-chinh-tri" in graph and graph.degree(PHID + "agency/vn/bo-chinh-tri") == 0


def test_bipartite_view(store):
    graph = project(store, bipartite=True)
    programmes = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 1}
    agencies = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 0}
    assert len(programmes) == 6  # the one-party 01-KL/TW is not a cooperation programme
    assert agencies == {BT_BDV, BT_CA, BT_QS, BT_UB, BT_MT, HN_BDV, HN_CA, HN_QS}
    assert graph.number_of_edges() == 2 + 2 + 2 + 3 + 2 + 3
    assert nx.is_bipartite(graph)
    regulation = PHID + "document/ubnd-bdvtu-mttq/2019/12-qc"
    assert set(graph[regulation]) == {BT_BDV, BT_UB, BT_MT}
    assert graph.nodes[regulation]["label"] == "12/QC-UBND-BDVTU-MTTQ"


def test_graphml_round_trips_attributes(store):
    graph = project(store)
    back = nx.read_graphml(io.StringIO(network_to_text(graph, "graphml")))
    assert set(back.nodes) == set(graph.nodes) and back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[BT_BDV]["label"] == "Ban Dân vận Tỉnh ủy"
    assert back.nodes[BT_BDV]["province"] == "Bến Tre"
    edge = back.edges[BT_BDV, BT_CA]
    assert edge["weight"] == 2
    assert json.loads(edge["programmes"]) == graph.edges[BT_BDV, BT_CA]["programmes"]
    assert "150-CTr/BCSĐUBND-BDVTU" in edge["symbols"]
    # no None and no list survives into the file
    for _, attrs in list(back.nodes(data=True)) + [(None, d) for *_, d in back.edges(data=True)]:
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())


def test_gexf_and_json_exports(store):
    graph = project(store, bipartite=True)
    gexf = nx.read_gexf(io.StringIO(network_to_text(graph, "gexf")))
    assert gexf.number_of_nodes() == graph.number_of_nodes()
    data = json.loads(network_to_text(project(store), "json"))
    assert len(data["nodes"]) == 8 and len(data["links"]) == 7
    with pytest.raises(ValueError):
        network_to_text(graph, "dot")


def test_parse_years():
    assert parse_years("2021") == (2021, 2021)
    assert parse_years("2021-2025") == (2021, 2025)
    assert parse_years(None) is None
    for bad in ("20x1", "2025-2021"):
        with pytest.raises(ValueError):
            parse_years(bad)


def test_centrality_and_sector_ties(store):
    graph = project(store)
    rows = analytics.centrality(graph)
    assert rows[0]["agency"] == BT_BDV and rows[0]["degree"] == 4 and rows[0]["programmes"] == 5
    # of the 21 pairs of the 7 other agencies, Bến Tre's BDV lies on the only path of 5
    # (all its partners' pairs but UB–MT), Hà Nam's BDV on the path of 1 (CA–QS)
    between = {r["agency"]: r["betweenness"] for r in rows}
    assert between[BT_BDV] == pytest.approx(5 / 21, abs=1e-6)
    assert between[HN_BDV] == pytest.approx(1 / 21, abs=1e-6)
    assert sum(between.values()) == pytest.approx(6 / 21, abs=1e-5)
    ties = {r["sectors"]: r for r in analytics.sector_ties(graph)}
    assert ties["party–police"]["programmes"] == 4 and ties["party–police"]["edges"] == 2
    assert ties["party–military"]["programmes"] == 2
    assert ties["state–front"]["programmes"] == 1
    assert analytics.cross_sector_share(graph) == 1.0
    assert analytics.cross_sector_share(project(store, sectors=["party"])) == 0.0


def test_communities_cover_every_agency_once(store):
    graph = project(store)
    for method in ("louvain", "greedy"):
        rows = analytics.communities(graph, method=method)
        members = [n for row in rows for n in row["nodes"]]
        assert sorted(members) == sorted(graph.nodes)
        # Hà Nam's pair is not connected to Bến Tre: it is a community of its own
        assert {HN_BDV, HN_CA, HN_QS} in [set(row["nodes"]) for row in rows]
        assert rows[0]["modularity"] > 0


def test_compare_periods(store):
    change = analytics.compare_periods(project(store, years="2017-2020"), project(store, years="2021-2025"))
    assert change["before"]["nodes"] == 4 and change["after"]["nodes"] == 6
    assert change["ties_kept"] == 1  # BDV–CA: the old programme, then the 2021 signing
    assert len(change["ties_added"]) == 3 and len(change["ties_removed"]) == 3
    assert change["after"]["components"] == 2
    assert change["edge_jaccard"] == pytest.approx(1 / 7, abs=1e-6)


def test_load_cooperation_keeps_sources_per_programme(store):
    data = load_cooperation(store)
    old = data.programmes[PHID + "document/bcsdubnd-bdvtu/2017/150-ctr"]
    assert {s["article"] for s in old.sources} == {PHID + "article/bt-2021", PHID + "article/hn-2022"}
