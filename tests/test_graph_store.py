"""The store API on the project's own fixtures: replacement, deletion, conversions, export, locking, crashes."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
import rdflib
from _graph_helpers import FACTS, ROOT, fixture_facts, store_held_by_another_process

from phoihop.graph import iris
from phoihop.graph.rdf_mapping import article_nquads, article_quads, graph_iri
from phoihop.graph.store import QueryError, SelectResult, StoreError, StoreLockedError, open_store
from phoihop.graph.store.oxigraph import JOURNAL_NAME, OxigraphStore

PREFIXES = """PREFIX ph: <https://w3id.org/phoihop/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX dct: <http://purl.org/dc/terms/>
"""


@pytest.fixture()
def loaded(tmp_path):
    store = open_store(tmp_path / "store")
    store.replace_articles(fixture_facts())
    yield store
    store.close()


def _graph_size(store, article_id):
    return len(list(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri(article_id)))))


def test_article_quads_are_all_in_the_article_graph():
    facts = fixture_facts()[0]
    quads = article_quads(facts)
    assert quads and {q.graph_name.value for q in quads} == {graph_iri(facts.id)}
    assert len(quads) == len(set(quads))


def test_load_twice_keeps_the_quad_count_and_ids(loaded):
    before = loaded.quad_count()
    assert loaded.article_ids() == {
        "hanam-2022-03-01-dan-van-cong-an",
        "hanam-2023-05-10-bchqs-ctr",
        "bentre-2023-06-01-cong-an-mttq",
    }
    # unchanged facts: every graph is kept as it is (same digest), nothing is written twice
    assert loaded.replace_articles(fixture_facts()) == 0
    assert loaded.quad_count() == before


def test_reloading_changed_facts_replaces_the_old_graph(loaded):
    facts = fixture_facts()[0]
    facts.signings = []
    assert loaded.replace_articles([facts]) == len(article_quads(facts))
    assert _graph_size(loaded, facts.id) == len(article_quads(facts))
    sparql = PREFIXES + f"ASK {{ GRAPH <{graph_iri(facts.id)}> {{ ?s a ph:Signing }} }}"
    assert not loaded.ask(sparql)


def test_merges_across_articles_and_provinces(loaded):
    rows = loaded.select(
        PREFIXES
        + """
        SELECT DISTINCT ?a ?label WHERE { ?a a ph:Agency ; skos:prefLabel ?label } ORDER BY ?label"""
    ).rows
    labels = [label for _a, label in rows]
    # one node per body: spellings with tone-mark, abbreviation and place-name differences merge ...
    assert labels.count("Ban Dân vận Tỉnh ủy Hà Nam") == 1
    assert labels.count("Công an tỉnh Hà Nam") == 1
    assert labels.count("Bộ Chính trị") == 1
    # ... while the same words in another province stay apart
    assert "Công an tỉnh Bến Tre" in labels
    alt = {
        r[0]
        for r in loaded.select(
            PREFIXES
            + """
        SELECT DISTINCT ?alt WHERE { ?a skos:prefLabel "Ban Dân vận Tỉnh ủy Hà Nam"@vi ; skos:altLabel ?alt }"""
        ).rows
    }
    assert alt == {"Ban Dân vận Tỉnh uỷ"}  # the merge is explained by the forms seen
    persons = loaded.select(PREFIXES + "SELECT DISTINCT ?p ?n WHERE { ?p foaf:name ?n } ORDER BY ?n").rows
    assert [n for _p, n in persons] == ["Trần Thị Hà", "Trần Thị Hạ"]
    cited = loaded.select(
        PREFIXES
        + """
        SELECT ?d (COUNT(DISTINCT ?art) AS ?n) WHERE { ?art dct:references ?d ; a ?t } GROUP BY ?d"""
    ).rows
    assert sorted(n for _d, n in cited) == [1, 1, 3]  # 25-NQ/TW cited by all three articles


def test_delete_removes_that_article_only(loaded):
    total = loaded.quad_count()
    size = _graph_size(loaded, "hanam-2022-03-01-dan-van-cong-an")
    assert loaded.delete_article("hanam-2022-03-01-dan-van-cong-an") is True
    assert loaded.quad_count() == total - size
    assert "hanam-2022-03-01-dan-van-cong-an" not in loaded.article_ids()
    # shared nodes keep what the other articles say about them
    assert loaded.ask(PREFIXES + 'ASK { ?a skos:prefLabel "Ban Dân vận Tỉnh ủy Hà Nam"@vi ; ph:signs ?p }')
    assert not loaded.ask(PREFIXES + 'ASK { ?a skos:altLabel "Ban Dân vận Tỉnh uỷ"@vi }')
    assert loaded.delete_article("hanam-2022-03-01-dan-van-cong-an") is False


def test_select_converts_values(loaded):
    result = loaded.select(
        PREFIXES
        + """
        SELECT ?p ?start ?label ?missing (1.5 AS ?dec) (true AS ?flag) ?date WHERE {
          ?p ph:startYear ?start . ?p a ph:Period .
          <https://w3id.org/phoihop/id/agency/vn/bộ-chính-trị> skos:prefLabel ?label .
          ?s ph:date ?date .
          OPTIONAL { ?p ph:nothing ?missing }
        } LIMIT 1"""
    )
    assert isinstance(result, SelectResult)
    assert result.variables == ["p", "start", "label", "missing", "dec", "flag", "date"]
    p, start, label, missing, dec, flag, date = result.rows[0]
    assert p.startswith("https://w3id.org/phoihop/id/period/")
    assert isinstance(start, int) and label == "Bộ Chính trị" and missing is None
    assert dec == 1.5 and flag is True and date == "2022-03-01"


def test_ask_construct_and_query_errors(loaded):
    assert loaded.ask("ASK { ?s ?p ?o }") is True
    triples = loaded.construct(
        PREFIXES + "CONSTRUCT { ?a skos:prefLabel ?l } WHERE { ?a a ph:Agency ; skos:prefLabel ?l }"
    )
    assert triples and all(isinstance(t[0], rdflib.URIRef) for t in triples)
    assert any(t[2] == rdflib.Literal("Bộ Chính trị", lang="vi") for t in triples)
    with pytest.raises(QueryError):
        loaded.select("SELECT WHERE {")
    with pytest.raises(QueryError):
        loaded.select("ASK { ?s ?p ?o }")


@pytest.mark.parametrize(
    "fmt,rdf_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld"), ("turtle", "turtle")]
)
def test_export_round_trips(loaded, fmt, rdf_format):
    out = io.BytesIO()
    loaded.export(out, fmt)
    data = out.getvalue()
    if fmt == "turtle":
        graph = rdflib.Graph().parse(data=data, format="turtle")
        union = {tuple(r) for r in loaded.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }").rows}
        assert len(graph) == len(union)
    else:
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=rdf_format)
        assert sum(1 for _ in dataset.quads((None, None, None, None))) == loaded.quad_count()


def test_bad_spec_and_read_only(tmp_path, loaded):
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing", read_only=True)
    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError):
        open_store(tmp_path / "afile")
    with pytest.raises(StoreError):
        open_store("ftp://example.org/store")


def test_locked_folder_fails_at_once_and_read_only_still_works(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        store.replace_articles(fixture_facts())
    with store_held_by_another_process(path):
        started = time.monotonic()
        with pytest.raises(StoreLockedError, match="in use by another process"):
            open_store(path)
        assert time.monotonic() - started < 5
        with open_store(path, read_only=True) as reader:
            assert len(reader.article_ids()) == 3
            with pytest.raises(StoreError):
                reader.delete_article("hanam-2022-03-01-dan-van-cong-an")


CRASH_CHILD = """
import sys
sys.path.insert(0, {bench!r})
from synthetic_facts import synthetic_facts
from phoihop.graph.store.oxigraph import OxigraphStore
store = OxigraphStore({path!r}, batch_quads=4000)
store.replace_articles(synthetic_facts({n}, seed=7))
print("finished", flush=True)
"""


def test_kill_9_mid_load_leaves_each_article_complete_or_absent(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_facts import synthetic_facts

    n = 400
    expected = {f.id: article_nquads(f).count("\n") for f in synthetic_facts(n, seed=7)}
    path = tmp_path / "store"
    journal = path / JOURNAL_NAME
    killed_mid_batch = False
    for attempt in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", CRASH_CHILD.format(bench=str(ROOT / "benchmarks"), path=str(path), n=n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        seen = 0
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline:
            if journal.exists():
                seen += 1
                if seen >= 3 + attempt:  # some batches are in: kill in the middle of a later one
                    os.kill(child.pid, signal.SIGKILL)
                    break
                while journal.exists() and child.poll() is None:
                    time.sleep(0.001)
            time.sleep(0.001)
        child.wait(timeout=60)
        if child.returncode == -signal.SIGKILL and journal.exists():
            killed_mid_batch = True
            break
    assert killed_mid_batch, "could not kill the loader in the middle of a batch"

    with OxigraphStore(path) as store:  # opens; recovers
        assert store.recovered, "the interrupted batch should have been dropped"
        assert not journal.exists()
        present = store.article_ids()
        assert present, "the batches finished before the kill should be there"
        assert not present & set(store.recovered)
        for aid in present:
            assert _graph_size(store, aid) == expected[aid], f"{aid} is incomplete"
        assert store.quad_count() == sum(expected[aid] for aid in present)
        # and a new load completes the store
        store.replace_articles(synthetic_facts(n, seed=7))
        assert store.article_ids() == set(expected)
        assert store.quad_count() == sum(expected.values())


def test_transactional_mode_gives_the_same_graph(tmp_path):
    with OxigraphStore(tmp_path / "a", mode="transactional") as a, OxigraphStore(tmp_path / "b") as b:
        a.replace_articles(fixture_facts())
        b.replace_articles(fixture_facts())
        a.replace_articles(fixture_facts())
        assert set(a.raw) == set(b.raw)


def test_iris_are_valid_for_every_fixture_article():
    for facts in fixture_facts():
        for quad in article_quads(facts):
            for term in (quad.subject, quad.predicate, quad.object):
                if isinstance(term, ox.NamedNode):
                    assert " " not in term.value and term.value.startswith(("https://", "http://"))
    assert iris.graph_iri("x").startswith(iris.GRAPH_PREFIX)
    assert FACTS.is_dir()


def test_a_second_writer_in_the_same_process_is_told_the_store_is_in_use(tmp_path):
    path = tmp_path / "store"
    with open_store(path), pytest.raises(StoreLockedError, match="in use by another process"):
        open_store(path)
    with open_store(path) as again:  # closed: the folder can be opened again
        assert again.quad_count() == 0


def test_an_error_that_mentions_a_lock_is_not_taken_for_a_locked_store(tmp_path):
    # A damaged store in a folder whose name holds "lock": RocksDB's message names the folder,
    # but nobody holds the store's lock, so this is "cannot open", not "in use".
    path = tmp_path / "blocked"
    with open_store(path) as store:
        store.replace_articles(fixture_facts())
    (path / "CURRENT").write_text("MANIFEST-999999\n", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the store") as caught:
        open_store(path)
    assert "lock" in str(caught.value).lower() and not isinstance(caught.value, StoreLockedError)
