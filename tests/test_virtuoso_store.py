"""What is particular to the Virtuoso store: credentials, the server's own graphs, the CLI on a server,
and scripts/virtuoso.sh. The store contract itself is tested in test_store_agnostic.py."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import urllib.request

import pyoxigraph as ox
import pytest
from _scale_helpers import ROOT, empty_virtuoso, synthetic_facts, virtuoso_spec, write_corpus

from phoihop.cli import main
from phoihop.graph.iris import graph_iri
from phoihop.graph.store import StoreError, open_store

pytestmark = pytest.mark.virtuoso


def test_writing_needs_credentials_from_the_environment(monkeypatch):
    spec = virtuoso_spec()
    with empty_virtuoso() as store:
        store.replace_articles(synthetic_facts(2))
    monkeypatch.delenv("PHOIHOP_STORE_USER")
    monkeypatch.delenv("PHOIHOP_STORE_PASSWORD")
    with open_store(spec) as reader:
        assert len(reader.article_ids()) == 2  # reading needs no account
        with pytest.raises(StoreError, match="PHOIHOP_STORE_USER"):
            reader.replace_articles(synthetic_facts(1))
        with pytest.raises(StoreError, match="PHOIHOP_STORE_USER"):
            reader.delete_article("synthetic-000000")
        assert len(reader.article_ids()) == 2


def test_wrong_password_is_refused(monkeypatch):
    spec = virtuoso_spec()
    monkeypatch.setenv("PHOIHOP_STORE_PASSWORD", "not-the-password")
    with open_store(spec) as store, pytest.raises(StoreError, match="refused"):
        store.replace_articles(synthetic_facts(1))


def test_unreachable_server_and_bad_spec_are_reported():
    with pytest.raises(StoreError, match="cannot reach"):
        open_store("virtuoso+http://127.0.0.1:9")
    with pytest.raises(StoreError, match="no host"):
        open_store("virtuoso+http://")


def test_graphs_of_other_applications_stay_out_of_the_union():
    store = empty_virtuoso()
    facts = synthetic_facts(3)
    store.replace_articles(facts)
    foreign = "http://example.org/not-phoihop"
    store._update(
        f"INSERT DATA {{ GRAPH <{foreign}> {{ <http://example.org/x> a "
        f'<https://w3id.org/phoihop/ontology#Agency> ; <http://example.org/p> "y" }} }}'
    )
    try:
        with open_store(virtuoso_spec()) as fresh:
            union = fresh.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
            assert union == fresh.quad_count()
            agencies = {
                a
                for (a,) in fresh.select(
                    "SELECT DISTINCT ?a WHERE { ?a a <https://w3id.org/phoihop/ontology#Agency> }"
                ).rows
            }
            assert "http://example.org/x" not in agencies and agencies
            # named graphs: phoihop's only, as on the embedded store; SELECT * shows no rewriting variables
            graphs = {g for (g,) in fresh.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
            assert graphs == {graph_iri(f.id) for f in facts}
            assert fresh.select(f"SELECT * WHERE {{ GRAPH <{foreign}> {{ ?s ?p ?o }} }}").rows == []
            own = fresh.select(f"SELECT * WHERE {{ GRAPH <{graph_iri(facts[0].id)}> {{ ?s ?p ?o }} }}")
            assert own.variables == ["s", "p", "o"] and len(own.rows) > 10
            assert fresh.article_ids() == {f.id for f in facts}
    finally:
        store._update(f"DROP SILENT GRAPH <{foreign}>")
        store.close()


def test_cli_load_query_delete_export_on_virtuoso(tmp_path, capsys):
    spec = virtuoso_spec()
    empty_virtuoso().close()
    facts_file = tmp_path / "facts.jsonl"
    facts = synthetic_facts(5, seed=9)
    facts_file.write_text("".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    assert main(["load", str(facts_file), "--store", spec, "--no-progress"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "query",
                "--store",
                spec,
                "--format",
                "json",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["rows"] == [[5]]
    assert main(["query", "--store", spec, "--name", "programmes", "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["delete", facts[0].id, "--store", spec]) == 0
    assert main(["delete", facts[0].id, "--store", spec]) == 1
    out = tmp_path / "dump.nq"
    assert main(["export", "--store", spec, "--format", "nquads", "-o", str(out)]) == 0
    graphs = {q.graph_name.value for q in ox.parse(out.read_bytes(), ox.RdfFormat.N_QUADS)}
    assert graphs == {graph_iri(f.id) for f in facts[1:]}


def test_cli_build_on_virtuoso(tmp_path, capsys):
    spec = virtuoso_spec()
    empty_virtuoso().close()
    corpus = write_corpus(3, tmp_path / "corpus.jsonl", seed=4)
    assert main(["build", str(corpus), "--store", spec, "--no-progress"]) == 0
    with open_store(spec) as store:
        assert store.article_ids() == {f"synth-4-{i:06d}" for i in range(3)}
        assert store.ask("ASK { ?a a <https://w3id.org/phoihop/ontology#Agency> }")
        out = io.BytesIO()
        store.export(out, "trig")
        assert len(list(ox.parse(out.getvalue(), ox.RdfFormat.TRIG))) == store.quad_count()


@pytest.mark.skipif(
    shutil.which("virtuoso-t") is None, reason="virtuoso-t is not installed (apt-get install -y virtuoso-opensource)"
)
def test_virtuoso_script_starts_and_stops_a_server(tmp_path):
    script = ROOT / "scripts" / "virtuoso.sh"
    folder = tmp_path / "db"
    started = subprocess.run(["bash", str(script), "start", str(folder)], capture_output=True, text=True, timeout=120)
    try:
        assert started.returncode == 0, started.stderr
        exports = dict(line.removeprefix("export ").split("=", 1) for line in started.stdout.splitlines())
        url = exports["PHOIHOP_VIRTUOSO"]
        assert url.startswith("virtuoso+http://127.0.0.1:") and "HTTP (SPARQL) port" in started.stderr
        port = url.rsplit(":", 1)[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=10) as answer:
            assert answer.status == 200
        assert subprocess.run(["bash", str(script), "status", str(folder)], capture_output=True).returncode == 0
        env = dict(
            os.environ,
            PHOIHOP_STORE_USER=exports["PHOIHOP_STORE_USER"],
            PHOIHOP_STORE_PASSWORD=exports["PHOIHOP_STORE_PASSWORD"],
        )
        check = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from phoihop.graph.store import open_store\n"
                "s = open_store(sys.argv[1]); print(s.quad_count())",
                url,
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert check.returncode == 0 and check.stdout.strip() == "0", check.stderr
    finally:
        stopped = subprocess.run(
            ["bash", str(script), "stop", str(folder)], capture_output=True, text=True, timeout=120
        )
    assert stopped.returncode == 0, stopped.stderr
    assert subprocess.run(["bash", str(script), "status", str(folder)], capture_output=True).returncode != 0
