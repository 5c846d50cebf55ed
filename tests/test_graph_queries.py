"""The research-query library: its files, safe parameter binding, and real answers on fixtures and the dev gold.

Expected rows are computed here from the facts JSON by the facts-format rules
(a programme is a signing without a document, a document of two or more
parties, or a signed document), never copied from query output.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest
from _graph_helpers import FACTS, expected_programmes, gold_dicts, signing_programme_iri

from phoihop.graph import iris, queries
from phoihop.graph.store import open_store

NAMES = {
    "programmes",
    "programmes-in-force",
    "partners-by-sector",
    "party-military-over-time",
    "documents-cited",
    "persons-posts",
}


def _fixture_dicts():
    out = []
    for path in sorted(FACTS.iterdir()):
        text = path.read_text(encoding="utf-8")
        out += (
            [json.loads(line) for line in text.splitlines() if line.strip()]
            if path.suffix == ".jsonl"
            else [json.loads(text)]
        )
    return out


@pytest.fixture(scope="module", params=["fixtures", "gold"])
def corpus(request, tmp_path_factory):
    from phoihop.facts import ArticleFacts

    dicts = _fixture_dicts() if request.param == "fixtures" else gold_dicts()
    store = open_store(tmp_path_factory.mktemp(request.param) / "store")
    store.replace_articles(ArticleFacts.from_dict(d) for d in dicts)
    yield dicts, store
    store.close()


def _select(store, name, **params):
    return store.select(queries.load_query(name, **params)).dicts()


def test_library_lists_every_query_with_title_description_and_parameters():
    listed = {q.name: q for q in queries.list_queries()}
    assert set(listed) >= NAMES
    for q in listed.values():
        assert q.title and q.description and "SELECT" in q.text
    (year,) = listed["programmes-in-force"].parameters
    assert (year.name, year.type, year.default) == ("year", "integer", "2021")
    assert listed["partners-by-sector"].parameters[0].type == "province"


def test_parameters_are_bound_as_typed_literals_never_pasted():
    text = queries.load_query("programmes-in-force", year=2019)
    assert 'VALUES ?year { "2019"^^<http://www.w3.org/2001/XMLSchema#integer> }' in text
    for bad in ("2019 } } DROP ALL #", "twenty", "1.5"):
        with pytest.raises(ValueError, match="not an integer"):
            queries.load_query("programmes-in-force", year=bad)
    sneaky = queries.load_query("partners-by-sector", province='Hà Nam" } } ; DROP ALL ; #')
    assert 'VALUES ?province { "Hà Nam\\" } } ; DROP ALL ; #" }' in sneaky
    with pytest.raises(ValueError, match="no parameter"):
        queries.load_query("programmes", year=2020)
    with pytest.raises(KeyError):
        queries.load_query("../../etc/passwd")
    assert queries.query_form("PREFIX a: <http://x#> # SELECT\nASK { ?s ?p ?o }") == "ASK"


def test_programmes(corpus):
    dicts, store = corpus
    expected = expected_programmes(dicts)
    rows = {r["programme"]: r for r in _select(store, "programmes")}
    assert set(rows) == set(expected)
    for iri, exp in expected.items():
        row = rows[iri]
        assert set(filter(None, (row["parties"] or "").split(" ; "))) == exp["parties"], iri
        assert row["partyCount"] == len(exp["parties"])
        assert row["symbol"] == exp["symbol"]
        if exp["periods"]:
            assert (row["startYear"], row["endYear"]) == (
                min(p[0] for p in exp["periods"]),
                max(p[1] for p in exp["periods"]),
            )
        else:
            assert row["startYear"] is None
        assert row["signed"] == (min(exp["dates"]) if exp["dates"] else None)
        assert row["article"].startswith("https://w3id.org/phoihop/id/article/")


def test_programme_rows_carry_the_source_sentence(tmp_path):
    from phoihop.facts import ArticleFacts

    with open_store(tmp_path / "store") as store:
        store.replace_articles(ArticleFacts.from_dict(d) for d in _fixture_dicts())
        rows = {r["programme"]: r for r in _select(store, "programmes")}
        art = next(d for d in _fixture_dicts() if d["id"] == "hanam-2022-03-01-dan-van-cong-an")
        signed = rows[signing_programme_iri(art, 1, art["signings"][0])]
        assert signed["sentence"].startswith("Ban Dân vận Tỉnh uỷ và Công an tỉnh ký kết")


@pytest.mark.parametrize("year", [2013, 2017, 2021, 2024])
def test_programmes_in_force(corpus, year):
    dicts, store = corpus
    expected = {iri for iri, e in expected_programmes(dicts).items() if any(a <= year <= b for a, b in e["periods"])}
    got = {r["programme"] for r in _select(store, "programmes-in-force", year=year)}
    assert got == expected


def _sector_of(dicts):
    sectors = defaultdict(set)
    for art in dicts:
        for a in art.get("agencies") or []:
            sectors[iris.agency_identity(a["name"], art.get("province"), art.get("published")).iri].add(
                a.get("sector") or ""
            )
    return sectors


def test_partners_by_sector(corpus):
    dicts, store = corpus
    sectors = _sector_of(dicts)
    for province in sorted({iris.canonical_province(a.get("province")) for a in dicts} - {None}):
        # expected: agencies of this province that share a programme, partners grouped by sector
        groups: dict[str, set] = {}
        for d in dicts:
            for parties in _party_sets(d):
                for a in parties:
                    # agency/{scope}/{name}: the province's slug, or its slug of the structure from 2025
                    if a.split("/")[-2].removesuffix("-2025") != iris.province_slug(province):
                        continue
                    for b in parties - {a}:
                        for sector in sectors.get(b) or {"unknown"}:
                            groups.setdefault((a, sector or "unknown"), set()).add(b)
        rows = _select(store, "partners-by-sector", province=province)
        got = {(r["agency"], r["partnerSector"]): r["partners"] for r in rows}
        assert got == {k: len(v) for k, v in groups.items()}, province


def _party_sets(article):
    """The party IRI sets of each programme an article states."""
    prov, pub = article.get("province"), article.get("published")
    out = []
    for d in article.get("documents") or []:
        ids = {iris.agency_identity(p, prov, pub).iri for p in d.get("parties") or []}
        if len(ids) >= 2:
            out.append(ids)
    docs = {iris.clean_symbol(d["symbol"]).casefold(): d for d in article.get("documents") or []}
    for s in article.get("signings") or []:
        ids = {iris.agency_identity(p, prov, pub).iri for p in s.get("parties") or []}
        if s.get("document"):
            d = docs.get(iris.clean_symbol(s["document"]).casefold(), {})
            ids |= {iris.agency_identity(p, prov, pub).iri for p in d.get("parties") or []}
        out.append(ids)
    return out


def test_party_military_over_time(corpus):
    dicts, store = corpus
    sectors = _sector_of(dicts)
    programmes = expected_programmes(dicts)
    by_iri_parties = defaultdict(set)
    issued = {}
    for art in dicts:
        prov, pub = art.get("province"), art.get("published")
        for d in art.get("documents") or []:
            key = iris.document_iri(d["symbol"], d.get("issued"), art.get("published") or "", prov)
            by_iri_parties[key] |= {iris.agency_identity(p, prov, pub).iri for p in d.get("parties") or []}
            if d.get("issued"):
                issued[key] = int(d["issued"][:4])
        for n, s in enumerate(art.get("signings") or [], 1):
            key = (
                iris.document_iri(
                    s["document"],
                    next(
                        (
                            d.get("issued")
                            for d in art.get("documents") or []
                            if iris.clean_symbol(d["symbol"]).casefold() == iris.clean_symbol(s["document"]).casefold()
                        ),
                        None,
                    ),
                    art.get("published") or "",
                    prov,
                )
                if s.get("document")
                else signing_programme_iri(art, n, s)
            )
            by_iri_parties[key] |= {iris.agency_identity(p, prov, pub).iri for p in s.get("parties") or []}
    years = Counter()
    for key, exp in programmes.items():
        parties = by_iri_parties[key]
        if any("party" in sectors[p] for p in parties) and any("military" in sectors[p] for p in parties):
            if exp["dates"]:
                for year in {int(d[:4]) for d in exp["dates"]}:
                    years[year] += 1
            else:
                years[min(p[0] for p in exp["periods"]) if exp["periods"] else issued.get(key)] += 1
    rows = _select(store, "party-military-over-time")
    assert {r["year"]: r["programmes"] for r in rows} == dict(years)


def test_documents_cited(corpus):
    dicts, store = corpus
    citing = defaultdict(set)
    symbols = {}
    for art in dicts:
        prov = art.get("province")
        for d in art.get("documents") or []:
            key = iris.document_iri(d["symbol"], d.get("issued"), art.get("published") or "", prov)
            citing[key].add(art["id"])
            symbols[key] = iris.clean_symbol(d["symbol"])
    rows = _select(store, "documents-cited")
    assert {r["document"]: r["citations"] for r in rows} == {k: len(v) for k, v in citing.items()}
    counts = [r["citations"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert all(r["symbol"].casefold() == symbols[r["document"]].casefold() for r in rows)


def test_persons_posts(corpus):
    dicts, store = corpus
    expected = set()
    for art in dicts:
        for p in art.get("persons") or []:
            for position in p.get("positions") or []:
                expected.add(
                    (iris.person_iri(p["name"], art.get("province")), iris.display_name(position), art.get("published"))
                )
    rows = _select(store, "persons-posts")
    assert {(r["person"], r["position"], r["asOf"]) for r in rows} == expected
    # rows come ordered by person, then date
    keys = [r["person"] for r in rows]
    assert keys == sorted(keys)


def test_posts_link_the_organisation_they_name(corpus):
    _dicts, store = corpus
    rows = _select(store, "persons-posts")
    linked = [r for r in rows if r["organisation"]]
    assert linked
    for r in linked:
        # the organisation's name (its IRI's last segment, without the province) is in the post's title
        assert r["organisation"].rsplit("/", 1)[1] in iris.slug(r["position"])
