"""The GraphStore contract, run on every store: the embedded one (pyoxigraph), Virtuoso, and a
generic SPARQL 1.1 endpoint (the ``oxigraph serve`` HTTP server: query, update and Graph Store
protocol URLs given through the environment).

The Virtuoso variants need a server (``PHOIHOP_VIRTUOSO``, see tests/_scale_helpers.py)
and skip with the reason otherwise. The last tests load the same facts into
the embedded store and a server and compare what they answer, research queries included.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from _scale_helpers import GOLD, empty_virtuoso, synthetic_facts

from phoihop.facts import read_facts
from phoihop.graph.iris import graph_iri
from phoihop.graph.queries import list_queries, load_query
from phoihop.graph.store import QueryError, StoreError, open_store

PREFIXES = """PREFIX ph: <https://w3id.org/phoihop/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
"""


@pytest.fixture(scope="module")
def endpoint_server(tmp_path_factory):
    """An ``oxigraph serve`` HTTP server (the CLI installed with the oxigraph package): a generic endpoint."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph command line server is not installed (pip package oxigraph)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(tmp_path_factory.mktemp("endpoint")),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield base
    server.terminate()
    server.wait(timeout=10)


def _open_endpoint(base: str, monkeypatch):
    monkeypatch.setenv("PHOIHOP_STORE_UPDATE_URL", f"{base}/update")
    monkeypatch.setenv("PHOIHOP_STORE_GRAPH_STORE", f"{base}/store")
    monkeypatch.delenv("PHOIHOP_STORE_USER", raising=False)  # this server has no accounts
    opened = open_store(f"{base}/query")
    opened.drop_all()
    return opened


@pytest.fixture(params=["embedded", pytest.param("virtuoso", marks=pytest.mark.virtuoso), "endpoint"])
def store(request, tmp_path, monkeypatch):
    if request.param == "embedded":
        opened = open_store(tmp_path / "store")
    elif request.param == "virtuoso":
        opened = empty_virtuoso()
    else:
        opened = _open_endpoint(request.getfixturevalue("endpoint_server"), monkeypatch)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def facts():
    return synthetic_facts(8, seed=3)


def _graph_size(store, article_id: str) -> int:
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri(article_id)}> {{ ?s ?p ?o }} }}").rows
    return rows[0][0]


def test_replace_articles_stores_one_graph_per_article(store, facts):
    written = store.replace_articles(facts)
    assert store.article_ids() == {f.id for f in facts}
    assert written == store.quad_count() > 0
    assert sum(_graph_size(store, f.id) for f in facts) == store.quad_count()


def test_replacing_an_article_replaces_its_graph_without_duplicates(store, facts):
    store.replace_articles(facts)
    before = store.quad_count()
    store.replace_articles(facts[:3])
    assert store.quad_count() == before

    target = next(f for f in facts if f.persons)
    person = target.persons[0].name
    ask = PREFIXES + f'ASK {{ GRAPH <{graph_iri(target.id)}> {{ ?p foaf:name "{person}"@vi }} }}'
    plain = PREFIXES + f'ASK {{ GRAPH <{graph_iri(target.id)}> {{ ?p foaf:name ?n FILTER(STR(?n) = "{person}") }} }}'
    assert store.ask(plain)
    changed = dataclasses.replace(target, persons=[])
    store.replace_articles([changed])
    assert not store.ask(plain) and not store.ask(ask)
    assert store.article_ids() == {f.id for f in facts}


def test_delete_article_removes_that_graph_only(store, facts):
    store.replace_articles(facts)
    total = store.quad_count()
    gone = graph_iri(facts[0].id)
    shared = store.select(
        PREFIXES
        + f"""SELECT DISTINCT ?a WHERE {{
        GRAPH <{gone}> {{ ?a a ph:Agency }} GRAPH ?other {{ ?a a ph:Agency }} FILTER(?other != <{gone}>) }}"""
    ).rows
    assert shared, "the fixture needs an agency named by two articles"
    size = _graph_size(store, facts[0].id)
    assert store.delete_article(facts[0].id) is True
    assert store.delete_article(facts[0].id) is False
    assert store.article_ids() == {f.id for f in facts[1:]}
    assert store.quad_count() == total - size
    # an agency that another article also names keeps its description from that article
    for (agency,) in shared:
        assert store.ask(PREFIXES + f"ASK {{ <{agency}> a ph:Agency ; skos:prefLabel ?label }}")


def test_select_gives_python_values(store, facts):
    store.replace_articles(facts)
    result = store.select(
        PREFIXES
        + """
        SELECT ?period ?start (?start + 0.5 AS ?half) (?start > 2000 AS ?recent) ?missing
        WHERE { ?period ph:startYear ?start . OPTIONAL { ?period ph:nothing ?missing } }
        ORDER BY ?period LIMIT 3"""
    )
    assert result.variables == ["period", "start", "half", "recent", "missing"]
    assert result.rows
    for period, start, half, recent, missing in result.rows:
        assert isinstance(period, str) and period.startswith("https://w3id.org/phoihop/id/period/")
        assert isinstance(start, int) and not isinstance(start, bool)
        assert isinstance(half, float) and half == start + 0.5
        if getattr(getattr(store, "endpoints", None), "virtuoso", False):
            assert recent == 1  # Virtuoso has no boolean results: it answers xsd:integer 1/0
        else:
            assert recent is True
        assert missing is None
    assert result.dicts()[0]["start"] == result.rows[0][1]


def test_default_graph_is_the_union_of_the_article_graphs(store, facts):
    store.replace_articles(facts)
    count = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    # a multiset union of the article graphs, and nothing else (no server system graphs)
    assert count == store.quad_count()
    graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert {g for (g,) in graphs} >= {graph_iri(f.id) for f in facts}


def test_ask_and_construct(store, facts):
    store.replace_articles(facts)
    assert store.ask(PREFIXES + "ASK { ?a a ph:Agency }")
    assert not store.ask(PREFIXES + "ASK { ?a a ph:NoSuchClass }")
    triples = store.construct(
        PREFIXES + "CONSTRUCT { ?a skos:prefLabel ?l } WHERE { ?a a ph:Agency ; skos:prefLabel ?l }"
    )
    assert triples
    for s, p, o in triples:
        assert isinstance(s, rdflib.URIRef) and isinstance(p, rdflib.URIRef)
        assert isinstance(o, rdflib.Literal) and o.language == "vi"


def test_bad_queries_raise_query_error(store):
    with pytest.raises(QueryError):
        store.select("SELEC ?x WHERE { ?x ?y ?z }")
    with pytest.raises(QueryError):
        store.select("ASK { ?s ?p ?o }")


def test_export_keeps_every_quad(store, facts):
    store.replace_articles(facts)
    for fmt, rdf_format in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        out = io.BytesIO()
        store.export(out, fmt)
        quads = set(ox.parse(out.getvalue(), rdf_format))
        assert len(quads) == store.quad_count()
        assert {q.graph_name.value for q in quads} == {graph_iri(f.id) for f in facts}
    out = io.BytesIO()
    store.export(out, "turtle")
    assert len(list(ox.parse(out.getvalue(), ox.RdfFormat.TURTLE))) > 0


def test_read_only_store_refuses_writes(store, facts, tmp_path):
    store.replace_articles(facts[:2])
    spec = store.endpoints.spec if hasattr(store, "endpoints") else str(tmp_path / "store")
    if not hasattr(store, "endpoints"):
        store.close()
    reader = open_store(spec, read_only=True)
    try:
        assert reader.article_ids() == {f.id for f in facts[:2]}
        with pytest.raises(StoreError):
            reader.replace_articles(facts[2:3])
        with pytest.raises(StoreError):
            reader.delete_article(facts[0].id)
    finally:
        reader.close()


# ---------------------------------------------------------------- the two stores side by side


_WKT_POINT = re.compile(r"POINT\(\s*([-0-9.eE]+)\s+([-0-9.eE]+)\s*\)")


def _point(match: re.Match) -> str:
    return f"POINT({float(match.group(1)):.4f} {float(match.group(2)):.4f})"


def _normalise(rows: list[tuple]) -> list[tuple]:
    """Rows in an order-free form: GROUP_CONCAT parts sorted, floats rounded, rows sorted. A WKT point's
    coordinates are rounded too: Virtuoso stores a geo:wktLiteral as its own geometry and writes the
    coordinates back in double precision ("106.44059753418" for "106.4406")."""

    def value(x):
        if isinstance(x, str) and x.startswith("POINT("):
            return _WKT_POINT.sub(_point, x)
        if isinstance(x, str) and " ; " in x:
            return " ; ".join(sorted(x.split(" ; ")))
        if isinstance(x, float):
            return round(x, 6)
        return x

    return sorted((tuple(value(x) for x in row) for row in rows), key=repr)


def _both_stores(tmp_path, facts, remote):
    embedded = open_store(tmp_path / "embedded")
    embedded.replace_articles(facts)
    remote.replace_articles(facts)
    return embedded, remote


REPORTS = Path(__file__).resolve().parent / "fixtures" / "identity-report"


def _report_facts():
    """An unnumbered report merged into a document printed elsewhere (the store's merge step runs on each store)."""
    return [f for path in sorted(REPORTS.glob("*.json")) for f in read_facts(path)]


def _gold_facts():
    if not GOLD.is_dir():
        pytest.skip(f"{GOLD} is absent (the shared dev corpus)")
    return [f for path in sorted(GOLD.glob("*.json")) for f in read_facts(path)]


@pytest.mark.parametrize("server", [pytest.param("virtuoso", marks=pytest.mark.virtuoso), "endpoint"])
@pytest.mark.parametrize("dataset", ["synthetic", "gold", "reports"])
def test_research_queries_answer_alike_on_both_stores(tmp_path, dataset, server, request, monkeypatch):
    facts = {"synthetic": lambda: synthetic_facts(20, seed=5), "gold": _gold_facts, "reports": _report_facts}[dataset]()
    remote = (
        empty_virtuoso()
        if server == "virtuoso"
        else _open_endpoint(request.getfixturevalue("endpoint_server"), monkeypatch)
    )
    embedded, virtuoso = _both_stores(tmp_path, facts, remote)
    try:
        assert virtuoso.quad_count() == embedded.quad_count()
        assert virtuoso.article_ids() == embedded.article_ids()
        queries = list_queries()
        assert queries, "the research query library is empty"
        answered = 0
        for query in queries:
            text = load_query(query.name)
            mine, theirs = virtuoso.select(text), embedded.select(text)
            assert mine.variables == theirs.variables, query.name
            assert _normalise(mine.rows) == _normalise(theirs.rows), query.name
            answered += bool(theirs.rows)
        if dataset == "reports":  # the merge made by each store's own merge step
            rules = {row["rule"] for row in virtuoso.select(load_query("programme-merges")).dicts()}
            assert "unnumbered-report-of-document" in rules
            return
        assert answered >= len(queries) // 2, "too few research queries had rows to compare"
    finally:
        embedded.close()
        virtuoso.close()
