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


_ISOLATION: list | None = None


def private_network_prefix() -> list[str] | None:
    """The command prefix that runs a child in a private network namespace, or ``None`` where none can be made.

    ``unshare --net`` as root; an unprivileged user needs a user namespace
    too (``--user --map-root-user``), which some systems (containers) forbid.
    Checked once per process.
    """
    global _ISOLATION
    if _ISOLATION is None:
        _ISOLATION = [None]
        unshare = shutil.which("unshare")
        if unshare and sys.platform.startswith("linux") and os.environ.get("PHOIHOP_SERVE_ISOLATION") != "0":
            prefix = [unshare, "--net"] + ([] if os.geteuid() == 0 else ["--user", "--map-root-user"])
            try:
                ok = (
                    subprocess.run(
                        [*prefix, "--", "true"],
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        timeout=10,
                    ).returncode
                    == 0
                )
            except (OSError, subprocess.SubprocessError):
                ok = False
            if ok:
                _ISOLATION = [[*prefix, "--"]]
    return _ISOLATION[0]


class _UnixHTTPConnection(http.client.HTTPConnection):
    """HTTP over a Unix socket (the relay into a child's private network namespace)."""

    def __init__(self, path: str, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self.unix_path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.unix_path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_failed_restart(future: concurrent.futures.Future) -> None:
    if future.exception():
        log.error("oxigraph restart failed: %s", future.exception())


# A Unix socket's path must fit in sockaddr_un (108 bytes on Linux, with its final NUL).
_SOCKET_PATH_MAX = 107


def _socket_folder() -> str:
    """A new folder only this user may enter, for one relay's socket.

    Under the temporary folder (``TMPDIR``) where the socket's path fits in a Unix address; a long
    ``TMPDIR`` would make the relay fail to bind, so then under ``/tmp``.
    """
    folder = tempfile.mkdtemp(prefix="phoihop-serve-")
    if len(os.path.join(folder, "oxigraph.sock").encode()) <= _SOCKET_PATH_MAX or not os.path.isdir("/tmp"):
        return folder
    os.rmdir(folder)
    return tempfile.mkdtemp(prefix="phoihop-serve-", dir="/tmp")


class OxigraphChild:
    """One ``oxigraph serve[-read-only]`` process and a kept-alive connection to it."""

    def __init__(self, store_dir: Path, writable: bool):
        self.store_dir = store_dir
        self.writable = writable
        self.port = 0
        self.socket_path: str | None = None  # set when the child runs in a private network namespace
        self._socket_dir: str | None = None
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
            isolation = private_network_prefix()
            if isolation:
                # Only this front can reach the child: it listens in a network namespace of its own,
                # and the relay's Unix socket sits in a folder only this user may enter.
                self._socket_dir = _socket_folder()
                self.socket_path = os.path.join(self._socket_dir, "oxigraph.sock")
                relay = str(Path(__file__).with_name("relay.py"))
                argv = [*isolation, sys.executable, "-P", relay, self.socket_path, "--", *argv]
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
            if self.socket_path is not None:
                if os.path.exists(self.socket_path):
                    return True
                time.sleep(0.02)
                continue
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
                    if self.socket_path is not None:
                        self._conn = _UnixHTTPConnection(self.socket_path, timeout=remaining)
                        self._conn.connect()
                    else:
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
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None


# When every child is busy (long queries, perhaps runaways), a request that has waited this long
# gets a spare child of its own, started for it and stopped after it: a cheap query is not kept
# waiting for the whole time limit behind expensive ones.
SPARE_AFTER_S = 0.25


class BackendPool:
    """``size`` children, each lent to one request at a time; a timed-out child is replaced.

    Read-only pools also start up to ``size`` spare children on demand (see :data:`SPARE_AFTER_S`).
    """

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
        self.spares = 0 if writable else self.size  # at most this many spare children at once
        self._spare_count = 0
        self.spares_started = 0

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
        spare = False
        child: OxigraphChild | None
        try:
            child = self._idle.get(timeout=max(min(remaining, SPARE_AFTER_S), 0.001))
        except queue.Empty:
            child = self._start_spare(deadline)
            spare = child is not None
            if child is None:
                try:
                    child = self._idle.get(timeout=max(deadline - time.monotonic(), 0.001))
                except queue.Empty:
                    raise QueryTimeout() from None
        if spare:
            try:
                return child.exchange(method, target, body, headers, deadline)
            finally:
                child.kill()
                with self._lock:
                    self._all.discard(child)
                    self._spare_count -= 1
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

    def _start_spare(self, deadline: float) -> OxigraphChild | None:
        """A spare child for one request, or ``None`` when the spares are all out (or it will not start)."""
        with self._lock:
            if self._closed or self._spare_count >= self.spares:
                return None
            self._spare_count += 1

        def start() -> OxigraphChild:
            child = OxigraphChild(self.store_dir, self.writable)
            child.start()
            return child

        future = self._spawner.submit(start)
        try:
            child = future.result(timeout=max(deadline - time.monotonic(), 0.001))
        except Exception as exc:
            # a child that starts after all must not be left running
            def kill_if_started(done) -> None:
                if done.exception() is None:
                    done.result().kill()

            future.add_done_callback(kill_if_started)
            log.warning("no spare oxigraph process: %s", exc or "it did not start in time")
            with self._lock:
                self._spare_count -= 1
            return None
        with self._lock:
            if self._closed:
                child.kill()
                self._spare_count -= 1
                return None
            self._all.add(child)
            self.spares_started += 1
        return child

    def close(self) -> None:
        """Stop every child, busy or idle."""
        with self._lock:
            self._closed = True
            children = list(self._all)
            self._all.clear()
        for child in children:
            child.kill()
        self._spawner.shutdown(wait=True)
