"""`phoihop serve` is safe by default: raw HTTP for the refusals, limits, CORS and the pages."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from _serve_server import FACTS, RUNAWAY_QUERY, ServeProcess, build_store, children_of

ASK_ANY = "ASK { ?s ?p ?o }"
INSERT = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }"


def http(method: str, url: str, body: bytes | None = None, headers: dict | None = None, timeout: float = 30):
    """(status, headers, body text) of one request; HTTP errors are answers too."""
    req = Request(url, data=body, method=method, headers=headers or {})
    try:
        with urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read().decode("utf-8")
    except HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def form(**fields) -> bytes:
    return urlencode(fields).encode("utf-8")


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("serve-policy") / "store", [FACTS])


@pytest.fixture(scope="module")
def quad_count(store_dir):
    from phoihop.graph.store import open_store

    with open_store(store_dir, read_only=True) as store:
        return store.quad_count()


@pytest.fixture(scope="module")
def server(store_dir, quad_count):
    with ServeProcess(store_dir, "--timeout", "2", "--workers", "2") as proc:
        yield proc


def count_quads(server) -> int:
    status, _, body = http(
        "POST",
        server.endpoint,
        form(query="SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
        {**FORM, "Accept": "application/sparql-results+json"},
    )
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_banner_names_url_size_and_limits(server, quad_count):
    text = server.banner
    assert server.url.startswith("http://127.0.0.1:")
    assert f"{quad_count:,} quads, 3 articles" in text
    assert "read-only" in text and "query time limit 2 s" in text and "CORS off" in text


@pytest.mark.parametrize(
    "method,path,body,headers",
    [
        ("POST", "sparql", form(update=INSERT), FORM),
        ("POST", "sparql", INSERT.encode(), {"Content-Type": "application/sparql-update"}),
        ("POST", "update", form(update="LOAD <https://example.org/data.ttl>"), FORM),
        ("POST", "update", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}),
        ("GET", "sparql?" + urlencode({"update": "DROP ALL"}), None, {}),
        (
            "PUT",
            "store?default",
            b"<https://example.org/s> <https://example.org/p> 1 .",
            {"Content-Type": "text/turtle"},
        ),
        (
            "POST",
            "store?graph=https://example.org/g",
            b"<https://example.org/s> <https://example.org/p> 1 .",
            {"Content-Type": "text/turtle"},
        ),
        ("DELETE", "store?graph=https://w3id.org/phoihop/id/graph/serve-bentre-2021-ky-ket", None, {}),
    ],
    ids=["form-update", "direct-update", "load", "clear", "update-by-get", "gsp-put", "gsp-post", "gsp-delete"],
)
def test_writes_are_refused_with_403(server, quad_count, method, path, body, headers):
    status, _, text = http(method, server.url + path, body, headers)
    assert status == 403, text
    assert "read-only" in text and "--allow-writes" in text
    assert count_quads(server) == quad_count


def test_malformed_query_gets_400_with_the_parser_message(server):
    status, _, text = http("POST", server.endpoint, form(query="SELECT ?x WHERE { ?x ?p }"), FORM)
    assert status == 400
    assert text.startswith("Malformed SPARQL: error at 1:")
    status, _, text = http("GET", server.endpoint + "?" + urlencode({"query": "SELEC * {}"}))
    assert status == 400 and "error at 1:" in text


def test_missing_query_and_wrong_content_type(server):
    assert http("GET", server.endpoint)[0] == 400
    status, _, text = http("POST", server.endpoint, b"ASK {}", {"Content-Type": "text/plain"})
    assert status == 415 and "application/sparql-query" in text


def test_query_past_the_time_limit_is_stopped_with_a_clear_error(server):
    started = time.monotonic()
    status, _, text = http("POST", server.endpoint, form(query=RUNAWAY_QUERY), FORM, timeout=60)
    elapsed = time.monotonic() - started
    assert status == 503, text
    assert "timed out" in text and "limit of 2 s" in text
    assert elapsed < 15
    # the runaway was killed and its worker replaced: the server answers again, and keeps its size
    assert http("POST", server.endpoint, form(query=ASK_ANY), FORM)[0] == 200
    deadline = time.monotonic() + 20  # the replacement worker starts in the background
    while len(children_of(server.proc.pid)) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(children_of(server.proc.pid)) == 2
    assert count_quads(server) > 0


def test_federated_service_is_refused(server):
    query = f"SELECT * WHERE {{ SERVICE <{server.endpoint}> {{ ?s ?p ?o }} }} LIMIT 1"
    status, _, text = http("POST", server.endpoint, form(query=query), FORM)
    assert status == 403 and "SERVICE" in text and "--allow-service" in text


def test_cors_headers_absent_by_default(server):
    status, headers, _ = http(
        "GET", server.endpoint + "?" + urlencode({"query": ASK_ANY}), headers={"Origin": "https://other.example"}
    )
    assert status == 200
    assert headers.get("Access-Control-Allow-Origin") is None
    status, headers, _ = http(
        "OPTIONS", server.endpoint, headers={"Origin": "https://other.example", "Access-Control-Request-Method": "POST"}
    )
    assert headers.get("Access-Control-Allow-Origin") is None


@pytest.fixture()
def own_store(tmp_path):
    """A store of its own, for a test that starts its own server."""
    return build_store(tmp_path / "store", [FACTS])


def test_cors_for_the_named_origin_only(own_store):
    with ServeProcess(own_store, "--cors", "https://app.example", "--workers", "1") as proc:
        assert "CORS for https://app.example" in proc.banner
        url = proc.endpoint + "?" + urlencode({"query": ASK_ANY})
        _, headers, _ = http("GET", url, headers={"Origin": "https://app.example"})
        assert headers.get("Access-Control-Allow-Origin") == "https://app.example"
        _, headers, _ = http("GET", url, headers={"Origin": "https://other.example"})
        assert headers.get("Access-Control-Allow-Origin") is None
        status, headers, _ = http(
            "OPTIONS", proc.endpoint, headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
        )
        assert status == 204
        assert headers.get("Access-Control-Allow-Origin") == "https://app.example"
        assert "POST" in headers.get("Access-Control-Allow-Methods")
        # a refused update still carries the header, so the browser shows the 403 text
        status, headers, _ = http("POST", proc.endpoint, form(update=INSERT), {**FORM, "Origin": "https://app.example"})
        assert status == 403 and headers.get("Access-Control-Allow-Origin") == "https://app.example"
        assert proc.stop() == 0


def test_pages_editor_and_library(server):
    from phoihop.graph.queries import list_queries, load_query

    status, headers, page = http("GET", server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'src="/yasgui.min.js"' in page and 'href="/queries"' in page
    status, headers, script = http("GET", server.url + "yasgui.min.js")
    assert status == 200 and "Yasgui" in script
    for asset in ("yasgui.min.css", "static/serve-page.js", "static/serve.css"):
        assert http("GET", server.url + asset)[0] == 200, asset
    # every external URL the page loads would break offline: the page loads none
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    status, _, library = http("GET", server.url + "queries")
    assert status == 200
    queries = list_queries()
    assert queries
    for q in queries:
        assert f'href="/?library={q.name}"' in library
        status, _, text = http("GET", f"{server.url}queries/{q.name}.rq")
        assert status == 200 and text == load_query(q.name)
    listed = json.loads(http("GET", server.url + "queries.json")[2])
    assert [item["name"] for item in listed] == [q.name for q in queries]
    assert http("GET", server.url + "queries/no-such-query.rq")[0] == 404


def test_stops_cleanly_on_sigterm_and_unlocks_the_store(own_store):
    from phoihop.graph.store.lock import pid_file

    store_dir = own_store
    proc = ServeProcess(store_dir, "--workers", "2")
    workers = children_of(proc.proc.pid)
    assert len(workers) == 2
    assert pid_file(store_dir).is_file()
    assert proc.stop(signal.SIGTERM) == 0
    assert "phoihop serve: stopped" in proc.banner
    assert not any(children_of(proc.proc.pid)) and all(not _alive(pid) for pid in workers)
    assert not pid_file(store_dir).exists()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_refuses_a_missing_store_and_a_second_server(tmp_path, server, store_dir):
    import subprocess
    import sys

    missing = subprocess.run(
        [sys.executable, "-m", "phoihop", "serve", "--store", str(tmp_path / "nope"), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 3 and "no store at" in missing.stderr
    second = subprocess.run(
        [sys.executable, "-m", "phoihop", "serve", "--store", str(store_dir), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 1 and "already served" in second.stderr


@pytest.mark.parametrize(
    "text,federated",
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
        ("select * { service silent <x:y> { ?s ?p ?o } }", True),
        ("SELECT * WHERE { ?s ?p ?o } # note\nSERVICE<x:y>{}", True),
        ("SELECT ?service WHERE { ?service a <http://example.org/SERVICE> } # SERVICE", False),
        ('SELECT * WHERE { ?s ex:service "SERVICE <x:y>" }', False),
        ("SELECT * WHERE { ?s ?p '''it's a SERVICE''' FILTER(?a < ?b && ?c > ?d) }", False),
    ],
)
def test_service_keyword_is_found_only_outside_strings_iris_and_comments(text, federated):
    from phoihop.graph.serve.front import uses_service

    assert uses_service(text) is federated


def test_a_browser_opening_the_endpoint_is_sent_to_the_editor(server):
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(server.endpoint)
    conn = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    conn.request("GET", "/sparql", headers={"Accept": "text/html,application/xhtml+xml"})
    resp = conn.getresponse()
    resp.read()
    conn.close()
    assert resp.status == 303 and resp.getheader("Location") == "/"
