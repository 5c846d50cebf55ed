"""The Virtuoso store's fast write path (graph/store/virtuoso_bulk.py): batches through the SQL port.

Needs the test server of tests/_scale_helpers.py with its SQL port (``PHOIHOP_VIRTUOSO_SQL_PORT``,
printed by ``scripts/virtuoso.sh start``), pyodbc (the ``virtuoso`` extra) with unixODBC (Debian ``unixodbc``)
and Virtuoso's ODBC driver (Debian ``libvirtodbc0``, installed with virtuoso-opensource); skips with the
reason otherwise.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from _scale_helpers import ROOT, empty_virtuoso, synthetic_facts, virtuoso_spec

from phoihop.graph.iris import GRAPH_PREFIX, article_iri, graph_iri
from phoihop.graph.rdf_mapping import article_nquads
from phoihop.graph.store import open_store
from phoihop.graph.store.virtuoso_bulk import SQL_PORT_ENV, SqlError, _pyodbc, distinct_lines, find_driver

pytestmark = pytest.mark.virtuoso


def _needs_fast_path() -> None:
    virtuoso_spec()
    if not os.environ.get(SQL_PORT_ENV):
        pytest.skip(f"{SQL_PORT_ENV} is not set (scripts/virtuoso.sh start prints it)")
    try:
        _pyodbc()
    except SqlError as exc:
        pytest.skip(str(exc))
    if find_driver() is None:
        pytest.skip("Virtuoso's ODBC driver virtodbc_r.so is not installed (apt package libvirtodbc0)")


@pytest.fixture
def store():
    _needs_fast_path()
    opened = empty_virtuoso()
    yield opened
    opened.close()


def _graph_sizes(store) -> dict[str, int]:
    rows = store.select(
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }} GROUP BY ?g'
    ).rows
    return {g: int(n) for g, n in rows}


def _expected(facts) -> dict[str, int]:
    return {graph_iri(f.id): distinct_lines(article_nquads(f)) for f in facts}


def test_batches_go_through_the_sql_port_and_replace_each_article(store):
    facts = synthetic_facts(40, seed=3)
    written = store.replace_articles(facts)
    assert store._bulk is not None, "the fast path was not taken"
    assert written == store.quad_count() == sum(_expected(facts).values())
    assert _graph_sizes(store) == _expected(facts)
    assert store.article_ids() == {f.id for f in facts}
    assert store.select(
        f"SELECT ?h WHERE {{ <{article_iri(facts[0].id)}> <https://schema.org/headline> ?h }}"
    ).rows == [(facts[0].title,)]

    # a re-load with changed facts replaces that article's graph, and only it
    target = next(f for f in facts if f.persons)
    name = target.persons[0].name
    ask = (
        f"ASK {{ GRAPH <{graph_iri(target.id)}> {{ ?p <http://xmlns.com/foaf/0.1/name> ?n "
        f'FILTER(STR(?n) = "{name}") }} }}'
    )
    assert store.ask(ask)
    changed = dataclasses.replace(target, persons=[])
    assert store.replace_articles([changed]) == distinct_lines(article_nquads(changed))
    assert not store.ask(ask)
    sizes = _graph_sizes(store)
    assert sizes == {**_expected(facts), graph_iri(target.id): distinct_lines(article_nquads(changed))}


def test_unchanged_articles_are_not_rewritten(store):
    facts = synthetic_facts(30, seed=4)
    store.replace_articles(facts)
    loads = store._bulk.timings["load"]
    assert store.replace_articles(facts) == 0
    assert store._bulk.timings["load"] == loads, "unchanged articles were sent to the server again"
    changed = dataclasses.replace(facts[5], title="Tiêu đề mới")
    assert store.replace_articles([*facts[:10], changed]) == distinct_lines(article_nquads(changed))
    assert store.select(f"SELECT ?h WHERE {{ <{article_iri(changed.id)}> <https://schema.org/headline> ?h }}").rows == [
        ("Tiêu đề mới",)
    ]
    assert _graph_sizes(store) == {**_expected(facts), **_expected([changed])}


def test_the_later_facts_of_an_id_given_twice_win(store):
    first, second = synthetic_facts(2, seed=5)
    again = dataclasses.replace(first, title="Lần hai")
    store.replace_articles([first, second, again])
    assert store.select(f"SELECT ?h WHERE {{ <{article_iri(first.id)}> <https://schema.org/headline> ?h }}").rows == [
        ("Lần hai",)
    ]
    assert _graph_sizes(store) == _expected([again, second])


def test_a_graph_stored_without_digest_is_replaced(store):
    facts = synthetic_facts(3, seed=6)
    graph = graph_iri(facts[0].id)
    stale = (
        f"<{article_iri(facts[0].id)}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        f'<https://schema.org/NewsArticle> .\n<urn:x:old> <urn:x:p> "cũ" .\n'
    )
    store._put_graph(graph, stale, facts[0].id)  # as another tool might have written it
    store.replace_articles(facts)
    assert not store.ask("ASK { <urn:x:old> ?p ?o }")
    assert _graph_sizes(store) == _expected(facts)


def test_without_the_sql_port_the_store_puts_each_graph_and_says_why(monkeypatch, caplog):
    virtuoso_spec()
    empty_virtuoso().close()
    monkeypatch.delenv(SQL_PORT_ENV, raising=False)
    facts = synthetic_facts(5, seed=7)
    with caplog.at_level(logging.WARNING, logger="phoihop.graph.store.virtuoso"), open_store(virtuoso_spec()) as store:
        written = store.replace_articles(facts)
        assert store._bulk is None
        assert written == store.quad_count() == sum(_expected(facts).values())
        store.replace_articles(facts)  # the reason is logged once per store
    reasons = [r.getMessage() for r in caplog.records if "PUT per article" in r.getMessage()]
    assert len(reasons) == 1 and SQL_PORT_ENV in reasons[0]


def test_an_unreachable_sql_port_falls_back_with_the_reason(monkeypatch, caplog):
    _needs_fast_path()
    empty_virtuoso().close()
    monkeypatch.setenv(SQL_PORT_ENV, "127.0.0.1:9")
    facts = synthetic_facts(3, seed=8)
    with caplog.at_level(logging.WARNING, logger="phoihop.graph.store.virtuoso"), open_store(virtuoso_spec()) as store:
        assert store.replace_articles(facts) == sum(_expected(facts).values())
        assert store._bulk is None and store.article_ids() == {f.id for f in facts}
    assert any("127.0.0.1:9" in r.getMessage() for r in caplog.records)


_LOADER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from _scale_helpers import synthetic_facts
    from phoihop.graph.store import open_store

    store = open_store({spec!r})
    assert store._bulk_loader() is not None
    def progress(n):
        print("stored", n, flush=True)
    store.replace_articles(synthetic_facts({n}, seed=9), progress=progress)
    print("done", flush=True)
""")


def test_kill_9_mid_load_leaves_every_article_graph_complete_or_absent(store, tmp_path):
    n = 1500  # ~12 transactions of ~130 articles
    script = tmp_path / "load.py"
    script.write_text(_LOADER.format(tests=str(ROOT / "tests"), spec=virtuoso_spec(), n=n), encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = child.stdout.readline()  # the first transaction is committed ...
        assert line.startswith("stored"), line
        time.sleep(0.7)  # ... and the next ones are being loaded: kill mid-transaction
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    expected = _expected(synthetic_facts(n, seed=9))
    # the server rolls the interrupted transaction back once it sees the connection gone
    deadline = time.monotonic() + 60
    previous = None
    while True:
        sizes = _graph_sizes(store)
        if sizes == previous or time.monotonic() > deadline:
            break
        previous = sizes
        time.sleep(2)
    half = {g: (size, expected.get(g)) for g, size in sizes.items() if size != expected.get(g)}
    assert not half, f"half-written article graphs: {list(half.items())[:5]}"
    assert 0 < len(sizes) < n, f"the kill came too early or too late to test anything ({len(sizes)} of {n} stored)"
    # a new load completes the rest and rewrites nothing that is already there
    facts = synthetic_facts(n, seed=9)
    written = store.replace_articles(facts)
    assert written == sum(size for g, size in expected.items() if g not in sizes)
    assert _graph_sizes(store) == expected


def test_texts_over_the_parameter_limit_are_split_and_too_big_articles_put(store, monkeypatch):
    from phoihop.graph.store import virtuoso_bulk

    facts = synthetic_facts(12, seed=10)
    sizes = sorted(len(article_nquads(f).encode("utf-8")) for f in facts)
    # several articles per SQL parameter, several parameters per transaction
    monkeypatch.setattr(virtuoso_bulk, "_MAX_PARAMETER_BYTES", 3 * sizes[-1])
    assert store.replace_articles(facts[:8]) == sum(_expected(facts[:8]).values())
    # an article bigger than one parameter goes by PUT, in its place in the order
    monkeypatch.setattr(virtuoso_bulk, "_MAX_PARAMETER_BYTES", sizes[len(sizes) // 2])
    changed = [dataclasses.replace(f, title=f"Mới {i}") for i, f in enumerate(facts)]
    assert store.replace_articles(changed) == sum(_expected(changed).values())
    assert _graph_sizes(store) == _expected(changed)
    assert store._bulk is not None


@pytest.mark.parametrize("fast", [True, False], ids=["sql-port", "sparql-drop"])
def test_drop_all_empties_a_store_of_many_graphs_in_seconds(fast, monkeypatch):
    # Virtuoso 7.2 compiles one update of 40 DROP operations for minutes: drop_all must not batch them.
    _needs_fast_path()
    if not fast:
        monkeypatch.setenv("PHOIHOP_VIRTUOSO_BULK", "0")
    store = empty_virtuoso()
    try:
        store.replace_articles(synthetic_facts(60, seed=9))
        assert len(store.article_ids()) == 60
        assert (store._bulk is not None) is fast
        started = time.perf_counter()
        assert store.drop_all() == 60
        assert time.perf_counter() - started < 30
        assert store.article_ids() == set()
    finally:
        store.close()
