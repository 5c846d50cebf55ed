"""Issue 11, a Virtuoso store with missing, wrong or misplaced credentials: a message and exit
status 3, never a traceback, and never the password in a message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


class _RefusingServer(BaseHTTPRequestHandler):
    """A SPARQL server that answers queries (empty) and refuses every credential on its -auth endpoints."""

    def log_message(self, *args):
        pass

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if "-auth" in self.path:
            body = b"Unauthorized"
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Digest realm="SPARQL", nonce="abc", qop="auth"')
        else:
            body = json.dumps({"head": {"vars": []}, "boolean": True, "results": {"bindings": []}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture
def refusing_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RefusingServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def facts(tmp_path) -> Path:
    path = tmp_path / "tot.json"
    path.write_text(
        json.dumps(
            {"id": "tot", "province": "Hà Nam", "agencies": [{"name": "Công an tỉnh", "sector": "police"}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def _load(facts: Path, store: str, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PHOIHOP_")}
    return subprocess.run(
        [sys.executable, "-m", "phoihop", "load", str(facts), "--store", store, "--no-progress"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**clean, **env},
    )


def test_missing_credentials_are_a_message_and_status_3(facts, refusing_server):
    result = _load(facts, f"virtuoso+http://{refusing_server}")
    assert result.returncode == 3, result.stderr
    assert "needs credentials: set PHOIHOP_STORE_USER and PHOIHOP_STORE_PASSWORD" in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_credentials_are_a_message_and_status_3(facts, refusing_server):
    result = _load(
        facts, f"virtuoso+http://{refusing_server}", PHOIHOP_STORE_USER="dba", PHOIHOP_STORE_PASSWORD="wrong-secret"
    )
    assert result.returncode == 3, result.stderr
    assert "refused the credentials" in result.stderr
    assert "Traceback" not in result.stderr and "wrong-secret" not in result.stderr


@pytest.mark.parametrize("command", [["load"], ["query", "ASK {}"], ["export"]])
def test_credentials_in_the_store_url_are_refused_and_never_echoed(facts, refusing_server, command):
    store = f"virtuoso+http://dba:s3cret-pw@{refusing_server}"
    args = [command[0], *([str(facts)] if command[0] == "load" else command[1:]), "--store", store]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PHOIHOP_")}
    result = subprocess.run(
        [sys.executable, "-m", "phoihop", *args], capture_output=True, text=True, timeout=120, env=clean
    )
    assert result.returncode == 3, result.stderr
    assert "s3cret-pw" not in result.stderr + result.stdout
    assert "holds credentials" in result.stderr


@pytest.mark.slow
@pytest.mark.virtuoso
@pytest.mark.skipif(
    not (Path("/usr/bin/virtuoso-t").exists() and Path("/usr/bin/isql-vt").exists()),
    reason="needs Debian's virtuoso-opensource (virtuoso-t, isql-vt)",
)
def test_virtuoso_sh_sets_a_private_password_never_on_a_command_line(tmp_path):
    import requests

    root = Path(__file__).resolve().parents[1]
    shim = tmp_path / "isql-shim"
    argv_log = tmp_path / "isql-argv.log"
    shim.write_text(f'#!/bin/sh\necho "$@" >> {argv_log}\nexec /usr/bin/isql-vt "$@"\n')
    shim.chmod(0o755)
    server = tmp_path / "virtuoso"
    env = {**os.environ, "ISQL_BIN": str(shim)}
    started = subprocess.run(
        ["bash", str(root / "scripts" / "virtuoso.sh"), "start", str(server)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    try:
        assert started.returncode == 0, started.stderr
        settings = dict(
            line.removeprefix("export ").split("=", 1)
            for line in started.stdout.splitlines()
            if line.startswith("export ")
        )
        password = settings["PHOIHOP_STORE_PASSWORD"]
        assert password != "dba" and len(password) >= 16
        assert (server / "env").stat().st_mode & 0o077 == 0, "DIR/env is readable by other users"
        assert password not in argv_log.read_text()
        update = settings["PHOIHOP_VIRTUOSO"].replace("virtuoso+", "") + "/sparql-auth"
        data = {"update": "INSERT DATA { GRAPH <urn:phoihop:test> { <urn:a> <urn:b> 1 } }"}
        assert (
            requests.post(update, data=data, auth=requests.auth.HTTPDigestAuth("dba", "dba"), timeout=30).status_code
            == 401
        )
        assert (
            requests.post(update, data=data, auth=requests.auth.HTTPDigestAuth("dba", password), timeout=30).status_code
            == 200
        )
    finally:
        stopped = subprocess.run(
            ["bash", str(root / "scripts" / "virtuoso.sh"), "stop", str(server)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    assert stopped.returncode == 0, stopped.stderr
    assert not (server / "virtuoso.lck").exists()
    assert password not in argv_log.read_text()
