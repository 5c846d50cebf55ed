"""`phoihop serve` speaks the SPARQL 1.1 Protocol: SPARQLWrapper as the client, every result format.

Each answer is checked against the same query run in-process on the same
store through the store API.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from _serve_server import FACTS, ServeProcess, build_store
from rdflib import Graph, Literal, URIRef

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, GET, JSON, JSONLD, N3, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML  # noqa: E402
from SPARQLWrapper import SPARQLWrapper as Client  # noqa: E402

PH = "https://w3id.org/phoihop/ontology#"
SELECT_AGENCIES = f"""PREFIX ph: <{PH}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?agency ?label WHERE {{ ?agency a ph:Agency ; skos:prefLabel ?label }} ORDER BY ?agency ?label"""
CONSTRUCT_SIGNS = f"""PREFIX ph: <{PH}>
CONSTRUCT {{ ?agency ph:signs ?programme . ?programme ph:covers ?period . ?period ph:startYear ?y }}
WHERE {{ ?agency ph:signs ?programme . OPTIONAL {{ ?programme ph:covers ?period . ?period ph:startYear ?y }} }}"""


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("serve-protocol") / "store", [FACTS])


@pytest.fixture(scope="module")
def expected(store_dir):
    """The in-process answers, read before the server starts."""
    from phoihop.graph.queries import list_queries, load_query
    from phoihop.graph.store import open_store

    with open_store(store_dir, read_only=True) as store:
        agencies = store.select(SELECT_AGENCIES)
        triples = set(store.construct(CONSTRUCT_SIGNS))
        library = {q.name: store.select(load_query(q.name)) for q in list_queries()}
    assert agencies.rows and triples and any(r.rows for r in library.values()), "the fixture store is empty"
    return {"agencies": [(a, label) for a, label in agencies.rows], "triples": triples, "library": library}


@pytest.fixture(scope="module")
def server(store_dir, expected):
    with ServeProcess(store_dir, "--timeout", "20") as proc:
        yield proc
    assert proc.proc.returncode == 0


def client(server, query, fmt, method=GET, request_method=URLENCODED):
    sparql = Client(server.endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    sparql.setRequestMethod(request_method)
    return sparql


@pytest.mark.parametrize(
    "method,request_method",
    [(GET, URLENCODED), (POST, URLENCODED), (POST, POSTDIRECTLY)],
    ids=["get", "post-form", "post-direct"],
)
def test_select_json_by_every_method(server, expected, method, request_method):
    result = client(server, SELECT_AGENCIES, JSON, method, request_method).queryAndConvert()
    assert result["head"]["vars"] == ["agency", "label"]
    rows = [(b["agency"]["value"], b["label"]["value"]) for b in result["results"]["bindings"]]
    assert rows == expected["agencies"]
    assert all(b["agency"]["type"] == "uri" for b in result["results"]["bindings"])


def test_select_xml(server, expected):
    doc = client(server, SELECT_AGENCIES, XML).queryAndConvert()  # a minidom Document
    ns = "http://www.w3.org/2005/sparql-results#"
    root = ET.fromstring(doc.toxml())
    rows = []
    for result in root.iter(f"{{{ns}}}result"):
        cells = {b.get("name"): b[0].text for b in result.iter(f"{{{ns}}}binding")}
        rows.append((cells["agency"], cells["label"]))
    assert rows == expected["agencies"]


def test_select_csv(server, expected):
    raw = client(server, SELECT_AGENCIES, CSV).queryAndConvert()
    table = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    assert table[0] == ["agency", "label"]
    assert [tuple(r) for r in table[1:]] == expected["agencies"]


def test_select_tsv(server, expected):
    raw = client(server, SELECT_AGENCIES, TSV).queryAndConvert()
    lines = raw.decode("utf-8").splitlines()
    assert lines[0].split("\t") == ["?agency", "?label"]
    rows = []
    for line in lines[1:]:
        iri, label = line.split("\t")
        rows.append((iri.strip("<>"), label.split('"')[1]))  # TSV keeps RDF term syntax: <iri>, "label"@vi
    assert rows == expected["agencies"]


def test_ask_true_and_false(server):
    yes = client(server, f"ASK {{ ?a a <{PH}Agency> }}", JSON).queryAndConvert()
    no = client(server, f"ASK {{ ?a a <{PH}NoSuchClass> }}", JSON).queryAndConvert()
    assert yes["boolean"] is True and no["boolean"] is False


def test_ask_as_xml(server):
    ns = "{http://www.w3.org/2005/sparql-results#}"
    for pattern, answer in ((f"?a a <{PH}Agency>", "true"), (f"?a a <{PH}NoSuchClass>", "false")):
        doc = client(server, f"ASK {{ {pattern} }}", XML, POST).queryAndConvert()
        assert ET.fromstring(doc.toxml()).find(f"{ns}boolean").text == answer


def _graph_triples(graph: Graph) -> set:
    return {
        (s, p, o if not isinstance(o, Literal) else Literal(str(o), datatype=o.datatype, lang=o.language))
        for s, p, o in graph
    }


def test_construct_turtle(server, expected):
    raw = client(server, CONSTRUCT_SIGNS, TURTLE).queryAndConvert()
    graph = Graph().parse(data=raw.decode("utf-8"), format="turtle")
    assert _graph_triples(graph) == expected["triples"]


def test_construct_ntriples(server, expected):
    sparql = client(server, CONSTRUCT_SIGNS, N3)
    sparql.addCustomHttpHeader("Accept", "application/n-triples")
    result = sparql.query()
    assert result.info()["content-type"].startswith("application/n-triples")
    graph = Graph().parse(data=result.convert().decode("utf-8"), format="nt")
    assert _graph_triples(graph) == expected["triples"]


def test_construct_jsonld(server, expected):
    result = client(server, CONSTRUCT_SIGNS, JSONLD).query()
    assert result.info()["content-type"].startswith("application/ld+json")
    graph = result.convert()  # SPARQLWrapper parses JSON-LD into an rdflib Graph
    assert _graph_triples(graph) == expected["triples"]


def test_default_graph_is_the_union_of_article_graphs(server):
    query = "SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { ?article a <https://schema.org/NewsArticle> }"
    result = client(server, query, JSON).queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == 3
    per_graph = client(
        server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", JSON
    ).queryAndConvert()
    assert int(per_graph["results"]["bindings"][0]["n"]["value"]) == 3


def test_every_research_query_answers_as_in_process(server, expected):
    from phoihop.graph.queries import load_query

    for name, local in expected["library"].items():
        result = client(server, load_query(name), JSON, POST).queryAndConvert()
        assert result["head"]["vars"] == local.variables, name
        assert len(result["results"]["bindings"]) == len(local.rows), name


def test_graph_store_read(server):
    from urllib.request import Request, urlopen

    graph = "https://w3id.org/phoihop/id/graph/serve-bentre-2021-ky-ket"
    with urlopen(Request(f"{server.url}store?graph={graph}", headers={"Accept": "application/n-triples"})) as r:
        body = r.read().decode("utf-8")
    parsed = Graph().parse(data=body, format="nt")
    assert (URIRef("https://w3id.org/phoihop/id/article/serve-bentre-2021-ky-ket"), None, None) in parsed
    assert len(parsed) > 10
