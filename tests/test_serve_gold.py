"""The research queries over the dev gold facts answer the same through `phoihop serve` as in-process."""

from __future__ import annotations

import json
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from _serve_server import SHARED_GOLD, ServeProcess, build_store


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory):
    files = sorted(SHARED_GOLD.glob("*.json")) if SHARED_GOLD.is_dir() else []
    if not files:
        pytest.skip(f"the dev gold facts are absent ({SHARED_GOLD.resolve()})")
    return build_store(tmp_path_factory.mktemp("serve-gold") / "store", files), len(files)


def test_research_queries_on_gold_match_in_process(gold_store):
    from phoihop.graph.queries import list_queries, load_query
    from phoihop.graph.store import open_store

    store_dir, n_files = gold_store
    with open_store(store_dir, read_only=True) as store:
        expected = {q.name: store.select(load_query(q.name)) for q in list_queries()}
        quads = store.quad_count()
    with ServeProcess(store_dir) as proc:
        assert f"{quads:,} quads, {n_files} articles" in proc.banner
        for name, local in expected.items():
            req = Request(
                proc.endpoint,
                data=urlencode({"query": load_query(name)}).encode(),
                headers={"Accept": "application/sparql-results+json"},
            )
            with urlopen(req, timeout=60) as resp:
                answer = json.loads(resp.read())
            assert answer["head"]["vars"] == local.variables, name
            served = [tuple(b.get(v, {}).get("value") for v in local.variables) for b in answer["results"]["bindings"]]
            assert len(served) == len(local.rows), name
            # same rows, compared as text (the store API converts numbers to int/float)
            as_text = [
                tuple(None if x is None else (str(x).lower() if isinstance(x, bool) else str(x)) for x in row)
                for row in local.rows
            ]
            assert sorted(map(repr, served)) == sorted(map(repr, as_text)), name
        assert proc.stop() == 0
