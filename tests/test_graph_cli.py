"""The graph subcommands, run as a user runs them (subprocess)."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from _graph_helpers import BAD, FACTS, FIXTURES, gold_dir, run_cli, store_held_by_another_process

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    done = run_cli("load", FACTS, "--store", path)
    assert done.returncode == 0, done.stderr
    return path


def test_load_reports_and_reload_keeps_counts(store):
    again = run_cli("load", FACTS, "--store", store)
    assert again.returncode == 0, again.stderr
    assert "loaded 3 article(s), 0 quads written" in again.stderr


def test_load_goes_on_past_bad_files_and_exits_1(tmp_path):
    done = run_cli("load", BAD, FACTS, tmp_path / "nope.json", "--store", tmp_path / "s")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "broken.json" in done.stderr and "no-id.json" in done.stderr and "nope.json" in done.stderr
    assert "loaded 3 article(s)" in done.stderr
    listed = run_cli(
        "query",
        "--store",
        tmp_path / "s",
        "--format",
        "json",
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }",
    )
    assert json.loads(listed.stdout)["rows"] == [[3]]


def test_load_with_no_facts_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    done = run_cli("load", tmp_path / "empty", "--store", tmp_path / "s")
    assert done.returncode == 2 and "no facts files" in done.stderr


def test_query_by_name_with_param_in_every_format(store):
    table = run_cli("query", "--store", store, "--name", "programmes-in-force", "--param", "year=2025")
    assert table.returncode == 0, table.stderr
    assert "12-CTr/BDVTU-BCHQS" in table.stdout and "05/QCPH-CAT-UBMTTQ" in table.stdout
    assert "(3 rows)" in table.stdout  # the Hà Nam signing (2022-2026) too
    as_csv = run_cli(
        "query", "--store", store, "--name", "programmes-in-force", "--param", "year=2022", "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["symbol"] for r in rows} == {"", "12-CTr/BDVTU-BCHQS"}
    as_tsv = run_cli("query", "--store", store, "--name", "documents-cited", "--format", "tsv")
    header, first = as_tsv.stdout.splitlines()[:2]
    assert header.split("\t") == ["document", "symbol", "kind", "issued", "citations"]
    assert first.split("\t")[1:] == ["25-NQ/TW", "nghị quyết", "2013-06-03", "3"]
    as_json = run_cli("query", "--store", store, "--name", "persons-posts", "--format", "json")
    data = json.loads(as_json.stdout)
    assert data["variables"][:3] == ["person", "name", "position"] and len(data["rows"]) == 3


def test_query_text_file_ask_construct_and_errors(store, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/phoihop/ontology#Signing> }")
    assert run_cli("query", "--store", store, "--file", q, "--format", "csv").stdout.split() == ["n", "2"]
    assert run_cli("query", "--store", store, "ASK { ?s ?p ?o }").stdout.strip() == "true"
    nt = run_cli(
        "query",
        "--store",
        store,
        "CONSTRUCT { ?s <http://xmlns.com/foaf/0.1/name> ?n } WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?n }",
    )
    graph = rdflib.Graph().parse(data=nt.stdout, format="nt")
    assert {str(o) for o in graph.objects()} == {"Trần Thị Hạ", "Trần Thị Hà"}
    bad = run_cli("query", "--store", store, "SELECT WHERE {")
    assert bad.returncode == 2 and "syntax" in bad.stderr.lower() and "Traceback" not in bad.stderr
    wrong = run_cli("query", "--store", store, "--name", "programmes-in-force", "--param", "year=soon")
    assert wrong.returncode == 2 and "not an integer" in wrong.stderr
    unknown = run_cli("query", "--store", store, "--name", "nothing")
    assert unknown.returncode == 2 and "programmes" in unknown.stderr
    missing = run_cli("query", "--store", tmp_path / "nostore", "ASK { ?s ?p ?o }")
    assert missing.returncode == 3 and "no store" in missing.stderr


def test_query_list():
    done = run_cli("query", "--list")
    assert done.returncode == 0
    for name in (
        "programmes",
        "programmes-in-force",
        "partners-by-sector",
        "party-military-over-time",
        "documents-cited",
        "persons-posts",
    ):
        assert f"{name}: " in done.stdout
    assert "--param year=<integer> (default 2021)" in done.stdout


def test_export_formats_to_file_and_stdout(store, tmp_path):
    for fmt, parser in (("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")):
        out = tmp_path / f"x.{fmt}"
        assert run_cli("export", "--store", store, "--format", fmt, "-o", out).returncode == 0
        ds = rdflib.Dataset()
        ds.parse(out, format=parser)
        assert len({c.identifier for c in ds.graphs() if "phoihop/id/graph/" in str(c.identifier)}) == 3
    turtle = run_cli("export", "--store", store, "--format", "turtle")
    assert len(rdflib.Graph().parse(data=turtle.stdout, format="turtle")) > 100


def test_delete(tmp_path):
    path = tmp_path / "s"
    run_cli("load", FACTS, "--store", path)
    done = run_cli("delete", "hanam-2022-03-01-dan-van-cong-an", "nothing-here", "--store", path)
    assert done.returncode == 1
    assert "deleted hanam-2022-03-01-dan-van-cong-an" in done.stderr and "nothing-here" in done.stderr
    left = run_cli(
        "query",
        "--store",
        path,
        "--format",
        "csv",
        "SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id",
    )
    assert left.stdout.split()[1:] == ["bentre-2023-06-01-cong-an-mttq", "hanam-2023-05-10-bchqs-ctr"]


def test_locked_store_fails_at_once_without_traceback(tmp_path):
    path = tmp_path / "s"
    run_cli("load", FACTS, "--store", path)
    with store_held_by_another_process(path):
        for args in (("load", FACTS), ("delete", "x"), ("build", FIXTURES / "facts")):
            done = run_cli(*args, "--store", path, timeout=60)
            assert done.returncode == 3, (args, done.stderr)
            assert "in use by another process" in done.stderr and "Traceback" not in done.stderr
        # reading still works next to the writer
        assert run_cli("query", "--store", path, "ASK { ?s ?p ?o }").stdout.strip() == "true"


def test_validate_passes_on_fixtures(store):
    done = run_cli("validate", "--store", store)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms" in done.stderr


def test_build_extracts_then_loads(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        json.dumps(
            {
                "id": "hanam-test-1",
                "province": "Hà Nam",
                "published": "2024-01-02",
                "title": "Ký kết chương trình phối hợp",
                "text": "Ngày 2/1/2024, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết "
                "chương trình phối hợp giai đoạn 2024 - 2028.",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    facts = tmp_path / "facts"
    done = run_cli("build", articles, "--store", tmp_path / "s", "--facts", facts, "--no-progress", timeout=600)
    assert done.returncode == 0, done.stderr
    assert (facts / "hanam-test-1.json").is_file()
    ids = run_cli(
        "query",
        "--store",
        tmp_path / "s",
        "--format",
        "csv",
        "SELECT ?id ?date WHERE { ?a <http://purl.org/dc/terms/identifier> ?id ; "
        "<https://schema.org/datePublished> ?date }",
    )
    assert ids.stdout.split()[1:] == ["hanam-test-1,2024-01-02"]


def test_gold_loads_and_validates(tmp_path):
    path = tmp_path / "gold"
    done = run_cli("load", gold_dir(), "--store", path)
    assert done.returncode == 0, done.stderr
    assert run_cli("validate", "--store", path).returncode == 0
