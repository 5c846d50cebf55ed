"""Keeping writers away from a store while ``phoihop serve`` serves it.

Oxigraph's read-only server takes no lock on the RocksDB folder, and a
pyoxigraph writer opening the same folder meanwhile succeeds: the writer is
then the only one writing, so the store itself stays sound, but the server
keeps answering from files the writer compacts away, which Oxigraph calls
undefined behaviour. So while it runs, ``phoihop serve``:

* holds the folder's RocksDB ``LOCK`` file with the same POSIX record lock a
  RocksDB writer takes (:func:`hold_store_lock`), so any writer (``phoihop
  load``, pyoxigraph, the ``oxigraph`` CLI) fails at once with "lock";
  readers (``Store.read_only``) take no lock and go on working;
* writes ``DIR/.phoihop-serve.pid`` (:func:`write_pid_file`) so that the
  loader can say *who* holds the store and what to do
  (:func:`refuse_if_served`, called by ``OxigraphStore`` before every writable open).

When a writable open fails anyway, :func:`lock_held` tells "the store is in
use" from other failures by the lock itself (the errno of a non-blocking
lock attempt on ``LOCK``), not by the words of pyoxigraph's message, which
carries no errno.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
from dataclasses import dataclass
from pathlib import Path

from phoihop.fileio import write_text_atomic
from phoihop.graph.store.base import StoreLockedError

PID_FILE_NAME = ".phoihop-serve.pid"
ROCKSDB_LOCK_NAME = "LOCK"
# What fcntl(F_SETLK) answers when another process holds a conflicting record lock (POSIX allows both).
_HELD_ELSEWHERE = (errno.EACCES, errno.EAGAIN)

# Store folders whose RocksDB lock this process holds: writable OxigraphStores (note_held /
# note_released) and hold_store_lock. Record locks never conflict within one process, and closing
# *any* descriptor of the LOCK file drops all of them, so for these folders the LOCK file is not probed.
_held_here: dict[Path, int] = {}
_lock_fds: dict[int, Path] = {}


@dataclass(frozen=True)
class ServeInfo:
    """What a running ``phoihop serve`` wrote about itself."""

    pid: int
    url: str
    writable: bool


def pid_file(store_dir: str | os.PathLike) -> Path:
    return Path(store_dir) / PID_FILE_NAME


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _start_time(pid: int) -> int | None:
    """When process ``pid`` started (clock ticks since boot, from ``/proc``); ``None`` where unknown."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _looks_like_serve(pid: int) -> bool:
    """Whether ``pid`` runs ``phoihop serve`` (for pid files written without a start time)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: cannot tell, keep the old answer
    return any(b"phoihop" in part for part in argv) and b"serve" in argv


def served_by(store_dir: str | os.PathLike) -> ServeInfo | None:
    """The running server of ``store_dir``, or ``None`` (no pid file, or its process is gone).

    A pid is reused once its process is gone: the pid file also records the
    process's start time, and a process that started at another time (or,
    for older pid files, does not run ``phoihop serve``) is not the server.
    """
    path = pid_file(store_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = ServeInfo(int(data["pid"]), str(data.get("url") or ""), bool(data.get("writable")))
        started = data.get("started")
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if info.pid == os.getpid() or not _alive(info.pid):
        return None
    if started is not None:
        if _start_time(info.pid) not in (None, started):
            return None
    elif not _looks_like_serve(info.pid):
        return None
    return info


def lock_holder(store_dir: str | os.PathLike) -> int | None:
    """The pid of another process holding the store's RocksDB ``LOCK`` (a writer), from ``/proc/locks``.

    Reads the lock table rather than testing the lock: opening and closing the
    ``LOCK`` file here would drop a lock this very process holds on it.
    """
    try:
        info = os.stat(Path(store_dir) / ROCKSDB_LOCK_NAME)
        wanted = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
        table = Path("/proc/locks").read_text()
    except OSError:
        return None
    for line in table.splitlines():
        fields = line.split()
        if len(fields) > 5 and fields[1] in ("POSIX", "OFDLCK", "FLOCK") and fields[5] == wanted:
            try:
                pid = int(fields[4])
            except ValueError:
                continue
            if pid != os.getpid():
                return pid
    return None


def refuse_if_served(store_dir: str | os.PathLike) -> None:
    """Raise ``StoreLockedError`` with a clear message when ``phoihop serve`` is serving ``store_dir``.

    Call it before opening a folder store for writing.
    """
    info = served_by(store_dir)
    if info is None:
        return
    through = f" except through its SPARQL Update endpoint {info.url}update" if info.writable else ""
    raise StoreLockedError(
        f"the store {store_dir} is being served by `phoihop serve` (pid {info.pid}, {info.url}); "
        f"nothing can write to it meanwhile{through}. Stop the server (Ctrl-C in its terminal, or kill "
        f"{info.pid}), run the load, then start `phoihop serve` again: it serves the new data from its start."
    )


def write_pid_file(store_dir: str | os.PathLike, url: str, writable: bool) -> Path | None:
    """Record this process as the store's server; ``None`` when the folder is not writable."""
    path = pid_file(store_dir)
    try:
        write_text_atomic(
            path,
            json.dumps({"pid": os.getpid(), "url": url, "writable": writable, "started": _start_time(os.getpid())})
            + "\n",
        )
    except OSError:
        return None
    return path


def remove_pid_file(path: Path | None) -> None:
    """Remove the pid file if it still names this process."""
    if path is None:
        return
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError, AttributeError):
        pass


class StoreBusyError(RuntimeError):
    """The store folder is already locked by a writer or another server."""


def hold_store_lock(store_dir: str | os.PathLike) -> int | None:
    """Take RocksDB's lock on ``store_dir`` for this process; returns the descriptor to keep open.

    ``None`` when the folder cannot be written (a read-only mount): then
    nothing can write to it anyway. Raises :class:`StoreBusyError` when a
    writer (or another ``phoihop serve``) holds it. The lock goes with the
    process, so it is released even when the server is killed.
    """
    path = Path(store_dir) / ROCKSDB_LOCK_NAME
    if _key(store_dir) in _held_here:
        raise StoreBusyError(f"the store {store_dir} is open for writing in this process; close it first")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        # RocksDB locks the whole file with fcntl(F_SETLK, F_WRLCK): lockf takes that same lock.
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno not in _HELD_ELSEWHERE:
            return None  # no record locks here (ENOLCK, a file system without them): nothing to hold
        other = served_by(store_dir)
        who = (
            f"`phoihop serve` (pid {other.pid}, {other.url})"
            if other
            else "another process (a load or a writable server)"
        )
        raise StoreBusyError(
            f"the store {store_dir} is in use by {who}; wait for it to finish "
            f"or stop it, then start `phoihop serve` again"
        ) from None
    _lock_fds[fd] = _key(store_dir)
    note_held(store_dir)
    return fd


def release_store_lock(fd: int | None) -> None:
    if fd is not None:
        folder = _lock_fds.pop(fd, None)
        if folder is not None:
            note_released(folder)
        try:
            os.close(fd)  # closing the descriptor drops the POSIX lock
        except OSError:
            pass


# ---------------------------------------------------------------- is the store locked?


def _key(store_dir: str | os.PathLike) -> Path:
    return Path(store_dir).resolve()


def note_held(store_dir: str | os.PathLike) -> None:
    """Record that this process now holds the RocksDB lock of ``store_dir`` (a writable open)."""
    key = _key(store_dir)
    _held_here[key] = _held_here.get(key, 0) + 1


def note_released(store_dir: str | os.PathLike) -> None:
    """Undo one :func:`note_held` (the store was closed)."""
    key = _key(store_dir)
    count = _held_here.get(key, 0) - 1
    if count > 0:
        _held_here[key] = count
    else:
        _held_here.pop(key, None)


def lock_held(store_dir: str | os.PathLike) -> bool:
    """Whether a writer (this process or another) holds the RocksDB lock of ``store_dir``.

    For another process this tries the lock itself, without waiting, and
    releases it at once: the answer is the errno (``EACCES``/``EAGAIN``),
    not an error message. Ask it after a writable open failed.
    """
    if _key(store_dir) in _held_here:
        return True
    try:
        fd = os.open(Path(store_dir) / ROCKSDB_LOCK_NAME, os.O_RDWR)
    except OSError:
        return False  # no LOCK file (not a store yet), or not writable: no writer can hold it either
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno in _HELD_ELSEWHERE
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
