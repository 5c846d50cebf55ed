"""Identity of programmes and bodies across articles and through the 2025 reorganisation (issue 12).

The project's fixtures (``tests/fixtures/identity``) cover each rule; the
shared corpora's gold facts (``../shared``, skipped when absent) show the
same on real articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _graph_helpers import ROOT, SHARED

from phoihop.facts import ArticleFacts
from phoihop.graph import iris, queries, succession
from phoihop.graph.store import open_store
from phoihop.graph.validate import validate_store

IDENTITY = ROOT / "tests" / "fixtures" / "identity"
AG = iris.PHID + "agency/"
ORG = "http://www.w3.org/ns/org#"
PH = iris.PH


def _facts(folder: Path) -> list[ArticleFacts]:
    return [ArticleFacts.from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))]


def _rows(store, name: str, **params) -> list[dict]:
    return store.select(queries.load_query(name, **params)).dicts()


def _values(store, sparql: str) -> list[dict]:
    return store.select(
        f"PREFIX ph: <{PH}> PREFIX org: <{ORG}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        f"PREFIX geo: <http://www.opengis.net/ont/geosparql#> {sparql}"
    ).dicts()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("identity") / "store") as s:
        s.replace_articles(_facts(IDENTITY))
        yield s


# ---------------------------------------------------------------- programmes (priority 1)


def test_a_document_and_its_signing_in_one_article_are_one_programme(store):
    doc = iris.document_iri("12-CTr/BDVTU-CAT", "2020-05-10", "2020-05-10", "Gia Lai")
    signed = _values(
        store,
        "SELECT DISTINCT ?p WHERE { "
        f"<{iris.local_iri('signing', 'gialai-2020-05-10-dan-van-cong-an', 1)}> ph:signed ?p }}",
    )
    assert [r["p"] for r in signed] == [doc]
    programmes = _values(
        store,
        f"SELECT DISTINCT ?p WHERE {{ ?p a ph:CooperationProgramme ; ph:party <{AG}gia-lai/ban-dân-vận-tỉnh-ủy> }}",
    )
    assert [r["p"] for r in programmes] == [doc]  # not a second, unnumbered programme
    merges = {(r["programme"], r["rule"]) for r in _rows(store, "programme-merges")}
    assert (doc, "signing-of-document") in merges
    row = next(r for r in _rows(store, "programme-merges") if r["rule"] == "signing-of-document")
    assert "ký kết chương trình phối hợp" in row["sentences"] and row["symbol"] == "12-CTr/BDVTU-CAT"


def test_an_older_document_of_the_same_parties_is_not_merged(tmp_path):
    art = json.loads((IDENTITY / "gialai-2020-05-10-dan-van-cong-an.json").read_text(encoding="utf-8"))
    art["documents"][0].update(issued="2016-01-04", period=[2016, 2020])  # a programme of the last period
    with open_store(tmp_path / "s") as s:
        s.replace_articles([ArticleFacts.from_dict(art)])
        signed = _values(s, f"SELECT ?p WHERE {{ <{iris.local_iri('signing', art['id'], 1)}> ph:signed ?p }}")
        assert signed[0]["p"].startswith(iris.PHID + "programme/2020-05-10/")
        assert not [r for r in _rows(s, "programme-merges") if r["rule"] == "signing-of-document"]


def test_one_programme_told_by_two_outlets_is_one_node_with_two_evidences(store, tmp_path):
    nodes = _values(
        store,
        f"SELECT DISTINCT ?p WHERE {{ ?p a ph:CooperationProgramme ; ph:party <{AG}ha-nam/bộ-chỉ-huy-quân-sự-tỉnh> }}",
    )
    assert len(nodes) == 1
    node = nodes[0]["p"]
    assert node.startswith(iris.PHID + "programme/2023-09-12/chuong-trinh/2023-2026/")
    evidence = _values(store, f"SELECT DISTINCT ?s WHERE {{ <{node}> ph:evidence/ph:sentence ?s }}")
    assert {r["s"][:7] for r in evidence} == {"(Báo A)", "(Báo B)"}
    merge = next(r for r in _rows(store, "programme-merges") if r["programme"] == node)
    assert merge["rule"] == "same-parties-kind-period-date" and merge["articleCount"] == 2
    # deleting one report leaves the other's evidence and claim whole (one graph per article)
    with open_store(tmp_path / "s") as s:
        s.replace_articles(_facts(IDENTITY))
        s.delete_article("hanam-2023-09-12-outlet-a")
        left = _values(s, f"SELECT DISTINCT ?s WHERE {{ <{node}> ph:evidence/ph:sentence ?s }}")
        assert [r["s"][:7] for r in left] == ["(Báo B)"]
        assert _values(s, f"SELECT ?c WHERE {{ ?c ph:identifies <{node}> ; ph:article ?a }}")
        assert node not in {r["programme"] for r in _rows(s, "programme-merges")}


def test_programme_key_is_order_free_and_needs_a_date():
    a, b = AG + "ha-nam/x", AG + "ha-nam/y"
    assert iris.programme_event_iri((a, b), "chương trình", (2023, 2026), "2023-09-12") == iris.programme_event_iri(
        (b, a, b), "Chương trình", (2023, 2026), "2023-09-12"
    )
    assert iris.programme_event_iri((a, b), None, None, None) is None
    assert iris.programme_event_iri((a, a), None, None, "2023-09-12") is None


# ---------------------------------------------------------------- bodies through the reorganisation (priority 2)


def test_bodies_before_and_after_1_july_2025_are_distinct():
    before = iris.agency_identity("Công an tỉnh", "Gia Lai", "2025-06-30")
    after = iris.agency_identity("Công an tỉnh", "Gia Lai", "2025-07-01")
    assert before.iri == AG + "gia-lai/công-an-tỉnh" and after.iri == AG + "gia-lai-2025/công-an-tỉnh"
    # an article still filed under the old province after the merger is about the merged one
    assert iris.agency_identity("Công an tỉnh", "Bình Định", "2026-01-01").iri == after.iri
    # the text's own words win over the date
    assert iris.agency_identity("Công an tỉnh Gia Lai (mới)", "Gia Lai", "2025-06-20").iri == after.iri
    assert (
        iris.agency_identity("Công an tỉnh Bình Định (cũ)", "Gia Lai", "2026-01-15").iri
        == AG + "binh-dinh/công-an-tỉnh"
    )
    assert iris.agency_identity("Công an tỉnh", "Gia Lai (mới)", "2025-06-20").iri == after.iri
    # an unchanged province keeps one node; its communes are new units
    assert (
        iris.agency_identity("Công an tỉnh", "Thanh Hóa", "2020-01-01").iri
        == iris.agency_identity("Công an tỉnh", "Thanh Hóa", "2026-01-01").iri
    )
    assert iris.agency_identity("Đảng ủy xã Quảng Phú", "Thanh Hóa", "2026-01-01").scope == "thanh-hoa-2025"
    # district bodies ended: a later mention is the old body; no date keeps the old behaviour
    assert (
        iris.agency_identity("Công an huyện Đức Cơ", "Gia Lai", "2026-01-01").iri == AG + "gia-lai/công-an-huyện-đức-cơ"
    )
    assert iris.agency_identity("Công an tỉnh", "Gia Lai").iri == before.iri


def test_change_events_link_the_old_and_new_bodies(store):
    rows = _values(
        store,
        "SELECT DISTINCT ?e ?o ?r ?d ?src WHERE { ?e a org:ChangeEvent ; org:originalOrganization ?o ; "
        "org:resultingOrganization ?r ; <http://www.w3.org/ns/prov#startedAtTime> ?d ; "
        f"ph:changeRule/<http://purl.org/dc/terms/source> ?src . FILTER(?r = <{AG}gia-lai-2025/công-an-tỉnh>) }}",
    )
    assert {r["o"] for r in rows} == {AG + "gia-lai/công-an-tỉnh", AG + "binh-dinh/công-an-tỉnh"}
    assert {str(r["d"]) for r in rows} == {"2025-07-01"} and "202/2025/QH15" in rows[0]["src"]
    # the Party boards: Ban Dân vận + Ban Tuyên giáo -> Ban Tuyên giáo và Dân vận, then the province merger
    chain = _rows(store, "succession", agency="Ban Dân vận Tỉnh ủy Gia Lai")
    assert {(r["rule"], r["direction"]) for r in chain} >= {
        ("tgdv-tinh", "successor"),
        ("province-merger", "successor"),
    }
    # the provinces themselves
    assert _values(
        store,
        f"SELECT ?e WHERE {{ ?e org:originalOrganization <{iris.PHID}province/binh-dinh> ; "
        f"org:resultingOrganization <{iris.PHID}province/gia-lai-2025> }}",
    )
    # a dissolved district police: absorbed by the provincial police
    assert _values(
        store,
        f"SELECT ?e WHERE {{ ?e org:originalOrganization <{AG}gia-lai/công-an-huyện-đức-cơ> ; "
        f"org:resultingOrganization <{AG}gia-lai/công-an-tỉnh> }}",
    )


def test_succession_query_returns_partners_across_the_change(store):
    rows = _rows(
        store,
        "partners-across-succession",
        agency="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai",
        firstYear=2020,
        lastYear=2026,
    )
    new_board = AG + "gia-lai-2025/ban-tuyên-giáo-và-dân-vận-tỉnh-ủy"
    from_new = {(r["relation"], r["bodyName"], r["partnerName"], r["startYear"]) for r in rows if r["org"] == new_board}
    assert ("itself", "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", "Công an tỉnh Gia Lai", 2026) in from_new
    assert ("predecessor", "Ban Dân vận Tỉnh ủy Gia Lai", "Công an tỉnh Gia Lai", 2020) in from_new
    assert not [r for r in rows if r["partnerName"] == "Hội Nông dân tỉnh Bình Định"]  # not a partner of the chain


def test_every_reorganisation_row_cites_a_source():
    assert succession.rules()
    for rule in succession.rules():
        assert rule.source and rule.date[:4] == "2025" and rule.originals and rule.resulting, rule
    merged = [p for p in succession.provinces().values() if p.era == "2025" and not p.unchanged]
    assert len([p for p in succession.provinces().values() if p.era == "2025"]) == 34 and len(merged) == 23
    assert len([p for p in succession.provinces().values() if p.era == "legacy"]) == 63


# ---------------------------------------------------------------- shapes and geography (priorities 3, 4)


def test_fixtures_conform_to_the_shapes(store):
    report = validate_store(store)
    assert report.conforms, [v.describe() for v in report.errors]


def test_a_commune_of_2025_is_linked_to_the_communes_it_was_formed_from(store):
    rows = _values(
        store,
        f"SELECT ?e ?old ?l ?prov ?d ?src WHERE {{ <{AG}gia-lai-2025/đảng-ủy-xã-ia-dom> ph:place ?pl . "
        "?e org:resultingOrganization ?pl ; org:originalOrganization ?old ; "
        "<http://www.w3.org/ns/prov#startedAtTime> ?d ; ph:changeRule/<http://purl.org/dc/terms/source> ?src . "
        "?old skos:prefLabel ?l ; ph:province ?prov ; geo:hasGeometry/geo:asWKT ?w }",
    )
    assert [(r["l"], r["prov"]) for r in rows] == [("xã Ia Dom, huyện Đức Cơ", iris.PHID + "province/gia-lai")]
    assert rows[0]["e"].startswith(iris.PHID + "change/commune-merger/gia-lai-2025/")
    assert "vietnamadminunits" in rows[0]["src"] and str(rows[0]["d"]) == "2025-07-01"
    # events only for the communes bodies of the graph are placed in, not for all 3,321
    events = _values(
        store, "SELECT DISTINCT ?e WHERE { ?e ph:changeRule <https://w3id.org/phoihop/id/rule/commune-merger> }"
    )
    placed = _values(
        store, "SELECT DISTINCT ?pl WHERE { ?a ph:place ?pl . ?pl ph:level ?lv FILTER(?lv IN ('xã', 'phường')) }"
    )
    assert 1 <= len(events) <= len(placed)


def test_the_commune_table_holds_the_2025_communes_and_their_predecessors():
    table = succession.communes()
    assert len(table) > 3200  # of 3,321 (a few are islands or special zones without predecessors)
    assert sum(len(olds) for olds in table.values()) > 10_000  # 10,040 old communes, the split ones counted twice
    an_binh = succession.Place("2025", "gia-lai-2025", "phường", "An Bình", 0.0, 0.0)
    assert {o.name for o in succession.commune_predecessors(an_binh)} == {"Cư An", "Tân An", "An Bình"}
    assert not succession.commune_predecessors(succession.Place("legacy", "gia-lai", "huyện", "Đức Cơ", 0.0, 0.0))


def test_every_agency_with_a_province_has_a_point(store):
    missing = _values(
        store,
        "SELECT DISTINCT ?a WHERE { ?a a ph:Agency ; ph:province ?p . "
        "FILTER NOT EXISTS { ?a geo:hasGeometry/geo:asWKT ?w } }",
    )
    assert not missing
    commune = _values(
        store,
        f"SELECT ?w ?l WHERE {{ <{AG}gia-lai-2025/đảng-ủy-xã-ia-dom> ph:place ?pl ; "
        "geo:hasGeometry/geo:asWKT ?w . ?pl skos:prefLabel ?l }",
    )
    assert commune and commune[0]["l"] == "xã Ia Dom" and str(commune[0]["w"]).startswith("POINT(107.")
    per_year = _rows(store, "programmes-per-province-year")
    assert {(r["provinceName"], r["year"]) for r in per_year} >= {("Gia Lai", 2020), ("Gia Lai", 2026)}
    assert all(str(r["wkt"]).startswith("POINT(") for r in per_year)


# ---------------------------------------------------------------- the shared corpora


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory):
    folders = [SHARED / "corpus" / c / "gold" for c in ("dev", "dev-north", "real")]
    if not all(f.is_dir() for f in folders):
        pytest.skip(
            f"the shared corpora's gold facts are not here ({SHARED / 'corpus'}); they live beside the repository"
        )
    with open_store(tmp_path_factory.mktemp("gold") / "store") as s:
        s.replace_articles([f for folder in folders for f in _facts(folder)])
        yield s


def test_gold_merged_and_unmerged_province_bodies_are_linked(gold_store):
    old, new = AG + "an-giang/công-an-tỉnh", AG + "an-giang-2025/công-an-tỉnh"
    both = _values(gold_store, f"SELECT DISTINCT ?a WHERE {{ ?a a ph:Agency FILTER(?a IN (<{old}>, <{new}>)) }}")
    assert len(both) == 2
    assert _values(
        gold_store,
        f"SELECT ?e WHERE {{ ?e org:originalOrganization <{old}> ; org:resultingOrganization <{new}> ; "
        f"org:originalOrganization <{AG}kien-giang/công-an-tỉnh> }}",
    )


def test_gold_programme_told_twice_is_one_node(gold_store):
    merges = [r for r in _rows(gold_store, "programme-merges") if r["articleCount"] >= 2]
    articles = {frozenset(r["articles"].split(" ; ")) for r in merges}
    assert (
        frozenset(
            {iris.article_iri("quangbinh-2015-02-11-mttq-vien-kiem-sat"), iris.article_iri("dc09-quangbinh-2015")}
        )
        in articles
    )
    for r in merges:
        evidence = _values(
            gold_store,
            "SELECT DISTINCT ?s ?a WHERE {{ ?s ph:signed <{}> ; "
            "<http://www.w3.org/ns/prov#wasDerivedFrom> ?a }}".format(r["programme"]),
        )
        assert len({e["a"] for e in evidence}) == 2


def test_gold_succession_query_crosses_the_change(gold_store):
    rows = _rows(
        gold_store, "partners-across-succession", agency="Công an tỉnh An Giang", firstYear=2020, lastYear=2026
    )
    across = {
        r["partnerName"]
        for r in rows
        if r["org"] == AG + "an-giang-2025/công-an-tỉnh" and r["relation"] == "predecessor"
    }
    assert "Ban Dân vận Tỉnh ủy An Giang" in across


def test_gold_conforms_to_the_shapes(gold_store):
    report = validate_store(gold_store)
    assert report.conforms, [v.describe() for v in report.errors][:10]
