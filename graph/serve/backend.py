"""Oxigraph server processes behind ``phoihop serve``.

The SPARQL work (protocol, parsing, evaluation, every result format) is done
by Oxigraph's own server (the ``oxigraph`` command of the ``oxigraph`` wheel),
run as child processes on private loopback ports. Oxigraph's ``--timeout-s``
does not stop every query (an aggregate or ``ORDER BY`` over a huge join runs
on), so the time limit is enforced here: each child answers one request at a
time, and a child whose request outlives its deadline is killed and replaced
by a fresh one. Other requests, on other children, are not disturbed.

Read-only stores get ``size`` children of ``oxigraph serve-read-only``
(RocksDB allows many readers); a writable store gets exactly one
``oxigraph serve`` child, since only one process may write a RocksDB folder.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import logging
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

START_TIMEOUT_S = 20.0
MAX_RESPONSE_BYTES = 512 * 1024 * 1024  # answers are buffered whole so a timeout can still become an error
_CHUNK = 256 * 1024


class QueryTimeout(Exception):
    """The request did not finish (or could not start) before its deadline."""


class BackendError(Exception):
    """A child failed in a way that is not the query's fault (it died, or would not start)."""


class ResponseTooLarge(Exception):
    """The answer is bigger than :data:`MAX_RESPONSE_BYTES`."""


@dataclass
class BackendResponse:
    status: int
    content_type: str
    body: bytes


def oxigraph_command() -> str:
    """The ``oxigraph`` executable installed beside this Python (the wheel's), else the one on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise BackendError("the `oxigraph` command is missing: install the `oxigraph` wheel (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_failed_restart(future: concurrent.futures.Future) -> None:
    if future.exception():
        log.error("oxigraph restart failed: %s", future.exception())


class OxigraphChild:
    """One ``oxigraph serve[-read-only]`` process and a kept-alive connection to it."""

    def __init__(self, store_dir: Path, writable: bool):
        self.store_dir = store_dir
        self.writable = writable
        self.port = 0
        self.process: subprocess.Popen | None = None
        self._conn: http.client.HTTPConnection | None = None
        self._stderr: IO[bytes] | None = None

    def start(self) -> None:
        mode = "serve" if self.writable else "serve-read-only"
        last_error = ""
        for _attempt in range(3):  # a just-freed port can be taken again before oxigraph binds it
            self.port = _free_port()
            argv = [
                oxigraph_command(),
                mode,
                "--location",
                str(self.store_dir),
                "--union-default-graph",
                "--bind",
                f"127.0.0.1:{self.port}",
            ]
            setpriv = shutil.which("setpriv")
            if setpriv:  # the child dies with us even if we are killed with SIGKILL
                argv = [setpriv, "--pdeathsig", "TERM", "--", *argv]
            self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 -- the child's stderr, for its lifetime
            self.process = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr, start_new_session=True
            )
            if self._wait_listening():
                return
            last_error = self._stderr_tail()
            self.kill()
            if "Address already in use" not in last_error:
                break
        raise BackendError(f"oxigraph would not start on {self.store_dir}: {last_error or 'no message'}")

    def _wait_listening(self) -> bool:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.02)
        return False

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        try:
            self._stderr.seek(0)
            text = self._stderr.read().decode("utf-8", "replace")
        except (OSError, AttributeError, ValueError):
            return ""
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith(" ")]
        return " ".join(lines[:3])[:500]

    def exchange(
        self, method: str, target: str, body: bytes | None, headers: dict[str, str], deadline: float
    ) -> BackendResponse:
        """Send one request and read the whole answer, giving up at ``deadline`` (``time.monotonic``)."""
        for attempt in (1, 2):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout()
            try:
                if self._conn is None:
                    self._conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=remaining)
                    self._conn.connect()
                    self._conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                conn = self._conn
                conn.timeout = remaining
                if conn.sock is not None:
                    conn.sock.settimeout(remaining)
                conn.request(method, target, body=body, headers=headers)
                resp = conn.getresponse()
                return self._read(resp, deadline)
            except TimeoutError:
                self._drop_connection()
                raise QueryTimeout() from None
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                # a kept-alive connection the child closed: retry once on a new one
                self._drop_connection()
                if attempt == 2 or self.process is None or self.process.poll() is not None:
                    raise BackendError(f"the oxigraph process stopped answering: {exc}") from None
            except (OSError, http.client.HTTPException) as exc:
                self._drop_connection()
                raise BackendError(f"talking to oxigraph failed: {exc}") from None
        raise BackendError("unreachable")

    def _read(self, resp: http.client.HTTPResponse, deadline: float) -> BackendResponse:
        parts: list[bytes] = []
        size = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout()
            if self._conn is not None and self._conn.sock is not None:
                self._conn.sock.settimeout(remaining)
            chunk = resp.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                self._drop_connection()
                raise ResponseTooLarge()
            parts.append(chunk)
        if resp.will_close:
            self._drop_connection()
        return BackendResponse(resp.status, resp.getheader("Content-Type") or "", b"".join(parts))

    def _drop_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def kill(self) -> None:
        """Stop the process (TERM, then KILL if it lingers) and reap it."""
        self._drop_connection()
        proc = self.process
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=3)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None


class BackendPool:
    """``size`` children, each lent to one request at a time; a timed-out child is replaced."""

    def __init__(self, store_dir: str | os.PathLike, size: int = 2, writable: bool = False):
        self.store_dir = Path(store_dir)
        self.writable = writable
        self.size = 1 if writable else max(1, size)
        self._idle: queue.Queue[OxigraphChild] = queue.Queue()
        self._all: set[OxigraphChild] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Every child is started from this one long-lived thread: a parent-death signal
        # fires when the *thread* that forked the child ends, not only the process.
        self._spawner = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="oxigraph-spawn")
        self.restarts = 0

    def start(self) -> None:
        """Start every child; raises :class:`BackendError` when one will not start."""
        futures = [self._spawner.submit(self._spawn) for _ in range(self.size)]
        for fut in futures:
            fut.result()

    def _spawn(self) -> None:
        child = OxigraphChild(self.store_dir, self.writable)
        child.start()
        with self._lock:
            if self._closed:
                child.kill()
                return
            self._all.add(child)
        self._idle.put(child)

    def _replace(self, child: OxigraphChild) -> None:
        child.kill()
        with self._lock:
            self._all.discard(child)
            if self._closed:
                return
            self.restarts += 1
        fut = self._spawner.submit(self._spawn)
        fut.add_done_callback(_log_failed_restart)

    def exchange(
        self, method: str, target: str, body: bytes | None, headers: dict[str, str], deadline: float
    ) -> BackendResponse:
        """Run one request on a free child before ``deadline`` (waiting for one counts against it)."""
        remaining = deadline - time.monotonic()
        try:
            child = self._idle.get(timeout=max(remaining, 0.001))
        except queue.Empty:
            raise QueryTimeout() from None
        try:
            response = child.exchange(method, target, body, headers, deadline)
        except (QueryTimeout, BackendError):
            self._replace(child)  # the child may still be computing: only killing it stops that
            raise
        except BaseException:
            self._replace(child)
            raise
        self._idle.put(child)
        return response

    def close(self) -> None:
        """Stop every child, busy or idle."""
        with self._lock:
            self._closed = True
            children = list(self._all)
            self._all.clear()
        for child in children:
            child.kill()
        self._spawner.shutdown(wait=True)
