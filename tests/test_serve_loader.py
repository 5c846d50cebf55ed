"""A loader beside `phoihop serve`: it fails at once with a clear message and the store stays whole;
after the server stops, the load works and a restarted server serves the new data."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from _serve_server import FACTS, FIXTURES, ServeProcess, build_store, children_of

EXTRA = FIXTURES / "extra.json"
COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"


def articles_served(proc: ServeProcess) -> int:
    req = Request(
        proc.endpoint,
        data=urlencode({"query": COUNT_ARTICLES}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urlopen(req, timeout=30) as resp:
        return int(json.loads(resp.read())["results"]["bindings"][0]["n"]["value"])


def quads_in(store_dir) -> int:
    from phoihop.graph.store import open_store

    with open_store(store_dir, read_only=True) as store:
        return store.quad_count()


def load(store_dir, *paths):
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "phoihop", "load", "--no-progress", "--store", str(store_dir), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done, time.monotonic() - started


@pytest.fixture()
def store_dir(tmp_path):
    return build_store(tmp_path / "store", [FACTS])


def test_load_into_a_served_store_fails_at_once_and_changes_nothing(store_dir):
    before = quads_in(store_dir)
    with ServeProcess(store_dir, "--workers", "1") as proc:
        done, elapsed = load(store_dir, EXTRA)
        assert done.returncode != 0
        assert "in use" in done.stderr or "being served" in done.stderr
        assert elapsed < 30
        # the store API names the server and says what to do
        from phoihop.graph.store import StoreLockedError, open_store

        with pytest.raises(StoreLockedError, match=r"being served by `phoihop serve` \(pid \d+"):
            open_store(store_dir)
        # so does a load with store options, which opens the Oxigraph store directly
        moded = subprocess.run(
            [
                sys.executable,
                "-m",
                "phoihop",
                "load",
                "--no-progress",
                "--mode",
                "transactional",
                "--store",
                str(store_dir),
                str(EXTRA),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert moded.returncode == 3 and "being served by `phoihop serve`" in moded.stderr, moded.stderr
        # any RocksDB writer, even bypassing phoihop, is held off by the lock
        import pyoxigraph

        with pytest.raises(OSError, match="lock"):
            pyoxigraph.Store(str(store_dir))
        # readers are not held off, and the server still answers
        assert quads_in(store_dir) == before
        assert articles_served(proc) == 3
        assert proc.stop() == 0
    assert quads_in(store_dir) == before


def test_after_stopping_the_load_works_and_a_restart_serves_the_new_data(store_dir):
    with ServeProcess(store_dir, "--workers", "1") as proc:
        assert articles_served(proc) == 3
        assert proc.stop() == 0
    done, _ = load(store_dir, EXTRA)
    assert done.returncode == 0, done.stderr
    with ServeProcess(store_dir, "--workers", "1") as proc:
        assert articles_served(proc) == 4
        assert "4 articles" in proc.banner


@pytest.fixture
def short_tmpdir():
    """A TMPDIR of its own, short enough for the workers' Unix sockets to stay under it."""
    folder = Path(tempfile.mkdtemp(prefix="ph-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_killed_server_leaves_no_workers_no_lock_and_no_socket_folders(store_dir, short_tmpdir):
    scratch = short_tmpdir  # the server's TMPDIR: its workers' private socket folders go there
    proc = ServeProcess(store_dir, "--workers", "2", env={"TMPDIR": str(scratch)})
    workers = children_of(proc.proc.pid)
    assert len(workers) == 2
    os.kill(proc.proc.pid, signal.SIGKILL)
    proc.proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        os.path.exists(f"/proc/{w}") and Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        for w in workers
    ):
        time.sleep(0.1)
    for w in workers:
        stat = Path(f"/proc/{w}/stat")
        state = stat.read_text().rsplit(")", 1)[1].split()[0] if stat.exists() else "Z"
        assert state == "Z", "a worker outlived the server"
    while time.monotonic() < deadline and any(scratch.iterdir()):
        time.sleep(0.1)
    assert not any(scratch.iterdir()), f"left behind: {sorted(p.name for p in scratch.iterdir())}"
    # the pid file is stale now: the loader sees the process is gone and loads
    done, _ = load(store_dir, EXTRA)
    assert done.returncode == 0, done.stderr
    assert quads_in(store_dir) > 0


def test_serve_starts_under_a_temporary_folder_too_long_for_a_unix_socket(store_dir, tmp_path):
    deep = tmp_path / ("a-temporary-folder-with-a-long-name-" * 3)  # with pytest's own prefix, > 108 bytes
    deep.mkdir()
    with ServeProcess(store_dir, "--workers", "1", env={"TMPDIR": str(deep)}) as proc:
        assert articles_served(proc) == 3  # the store as built, before any load
    assert not any(deep.iterdir())


def test_allow_writes_accepts_updates_and_still_keeps_loaders_off(store_dir):
    insert = (
        "INSERT DATA { GRAPH <https://w3id.org/phoihop/id/graph/manual> { "
        "<https://w3id.org/phoihop/id/article/manual> a <https://schema.org/NewsArticle> } }"
    )
    with ServeProcess(store_dir, "--allow-writes") as proc:
        assert "WRITABLE" in proc.banner
        req = Request(proc.url + "update", data=urlencode({"update": insert}).encode())
        with urlopen(req, timeout=30) as resp:
            assert resp.status in (200, 204)
        assert articles_served(proc) == 4
        done, _elapsed = load(store_dir, EXTRA)
        assert done.returncode != 0 and ("in use" in done.stderr or "being served" in done.stderr)
        assert proc.stop() == 0
    from phoihop.graph.store import open_store

    with open_store(store_dir, read_only=True) as store:
        assert "manual" in store.article_ids()  # the update was written through to the folder


def test_serve_refuses_a_store_a_writer_holds(store_dir):
    from phoihop.graph.store import open_store

    with open_store(store_dir) as writer:  # a load in progress, as far as the folder can tell
        assert writer.quad_count() > 0
        done = subprocess.run(
            [sys.executable, "-m", "phoihop", "serve", "--store", str(store_dir), "--port", "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert "in use by another process" in done.stderr
