"""Issue 11, ``phoihop serve`` against hostile clients: cross-site writes, DNS rebinding, broken and
idle connections, runaway queries, and direct access to the Oxigraph processes behind the front."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from _serve_server import FACTS, RUNAWAY_QUERY, ServeProcess, build_store
from test_serve_policy import ASK_ANY, FORM, INSERT, form, http


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("serve-hardening") / "store", [FACTS])


@pytest.fixture(scope="module")
def server(store_dir):
    with ServeProcess(store_dir, "--timeout", "8", "--workers", "2") as proc:
        yield proc


def _raw(server, request: bytes, timeout: float = 10) -> bytes:
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks) and not request.startswith(b"POST"):
                break
        return b"".join(chunks)


def test_a_foreign_host_header_is_refused_everywhere(server):
    for path in ("/", "/sparql?query=ASK%7B%7D", "/queries"):
        status, _, body = http("GET", server.url.rstrip("/") + path, headers={"Host": "evil.example:7878"})
        assert status == 403 and "Unknown Host" in body, (path, status, body)
    port = urlsplit(server.url).port
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        status, _, _ = http("GET", server.url + "queries", headers={"Host": host})
        assert status == 200, host


def test_a_cross_site_form_post_cannot_write(store_dir, tmp_path):
    store = build_store(tmp_path / "store", [FACTS])
    with ServeProcess(store, "--allow-writes", "--timeout", "5") as writable:
        evil = {**FORM, "Origin": "https://evil.example"}
        status, _, body = http("POST", writable.url + "update", form(update=INSERT), evil)
        assert status == 403 and "Cross-site write refused" in body, body
        status, _, body = http(
            "POST", writable.url + "sparql", form(update=INSERT), {**FORM, "Sec-Fetch-Site": "cross-site"}
        )
        assert status == 403, body
        # the server's own page, and tools that send no Origin, still write
        own = writable.url.rstrip("/")
        status, _, body = http("POST", writable.url + "update", form(update=INSERT), {**FORM, "Origin": own})
        assert status in (200, 204), body
        status, _, body = http("POST", writable.url + "update", form(update=INSERT), FORM)
        assert status in (200, 204), body


def test_a_negative_content_length_is_a_400_not_a_500(server):
    answer = _raw(
        server,
        b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: -5\r\n\r\nASK {}",
    )
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert b"Traceback" not in answer


def test_idle_and_half_sent_connections_are_closed(tmp_path):
    with ServeProcess(build_store(tmp_path / "store", [FACTS]), "--timeout", "5", "--idle-timeout", "1") as short:
        parts = urlsplit(short.url)
        for opening in (
            b"",
            b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n",
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 100\r\n\r\nASK",
        ):
            with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
                sock.sendall(opening)
                started = time.monotonic()
                while sock.recv(65536):  # an error answer (if any), then the close
                    pass
                assert time.monotonic() - started < 6, opening


def test_cheap_queries_are_answered_while_two_runaways_run(server):
    results = []

    def runaway():
        results.append(http("POST", server.endpoint, form(query=RUNAWAY_QUERY), FORM, timeout=30)[0])

    threads = [threading.Thread(target=runaway) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # both children are busy now
    started = time.monotonic()
    status, _, body = http("POST", server.endpoint, form(query=ASK_ANY), FORM, timeout=30)
    took = time.monotonic() - started
    for thread in threads:
        thread.join()
    assert status == 200 and "true" in body
    assert took < 4, f"a cheap query waited {took:.1f} s behind two runaways"
    assert results == [503, 503]


def _oxigraph_children(pid: int) -> list[tuple[int, list[str]]]:
    from test_hardening_batch import _descendants

    found = []
    for child in _descendants(pid):
        try:
            argv = Path(f"/proc/{child}/cmdline").read_bytes().decode().split("\0")
        except OSError:
            continue
        if argv and argv[0].endswith("oxigraph") and "--bind" in argv:
            found.append((child, argv))
    return found


def test_the_oxigraph_processes_cannot_be_reached_around_the_front(server):
    import os

    from phoihop.graph.serve.backend import private_network_prefix

    if private_network_prefix() is None:
        pytest.skip("this system allows no private network namespace (unshare refused)")
    deadline = time.monotonic() + 30  # children replaced after an earlier test's timeouts may be starting
    while not (children := _oxigraph_children(server.proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert children, "no oxigraph process found"
    for pid, argv in children:
        port = int(argv[argv.index("--bind") + 1].rsplit(":", 1)[1])
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        assert os.readlink(f"/proc/{pid}/ns/net") != os.readlink("/proc/self/ns/net")
    # and the front still answers through them
    status, _, body = http("POST", server.endpoint, form(query=ASK_ANY), FORM)
    assert status == 200 and "true" in body
