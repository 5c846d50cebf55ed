"""Writing files so that a crash never leaves one half-written."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def current_umask() -> int:
    """The process's umask (read without changing it where ``/proc`` tells it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the portable way: set and put back
    os.umask(mask)
    return mask


def temporary_beside(path: Path) -> tuple[int, str]:
    """A temporary file beside ``path`` (``(fd, name)``), with the mode a plain ``open`` would give.

    ``mkstemp`` makes files 0600 whatever the umask; a file renamed into
    place would keep that, so the facts, maps and exports of a shared
    project would be readable by their writer only.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
    except OSError:
        pass
    return fd, tmp


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A reader (or a crash) sees either the old file or the whole new one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_beside(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def json_text(obj: Any) -> str:
    """The text of a facts (or other JSON) file as phoihop writes it: indented by one, UTF-8 characters as they are."""
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def write_json_atomic(path: Path, obj: Any) -> None:
    write_text_atomic(path, json_text(obj))


# Threads that wait on the fsyncs of one group of files together (see write_texts_atomic).
_SYNC_THREADS = 4
_syncers = None


def _sync_pool():
    global _syncers
    if _syncers is None:  # (made on first use, so that a worker process forked from a server makes its own)
        from concurrent.futures import ThreadPoolExecutor

        _syncers = ThreadPoolExecutor(max_workers=_SYNC_THREADS, thread_name_prefix="phoihop-fsync")
    return _syncers


def write_texts_atomic(items: list[tuple[Path, str]]) -> list[Exception | None]:
    """Write each ``(path, text)`` through a temporary file and a rename, as a group; the error of each, or None.

    What holds for each file whose error is None, once this returns: the file is in place whole, and both its
    content and its name have reached the disk (a power cut cannot take it back or leave it truncated). A file
    that failed is not there, nor is its temporary file. A crash (or kill) during the call leaves each file whole
    or absent (the rename is atomic); only temporary files may be left over.

    Written one by one, each file costs a journal commit of its own for its ``fsync`` (~1.2 ms); here the
    temporary files are written first and their ``fsync``s run on a few threads at once, which the file system
    commits together (~0.25 ms a file), then the files are renamed and each folder synced once for its names.
    """
    errors: list[Exception | None] = [None] * len(items)
    temporaries: list[tuple[int, int, str]] = []  # (item, fd, temporary name) of the files written
    for n, (path, text) in enumerate(items):
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = temporary_beside(path)
        except OSError as exc:
            errors[n] = exc
            continue
        try:
            view = memoryview(text.encode("utf-8"))
            while view:  # (os.write may write less than asked)
                view = view[os.write(fd, view) :]
        except (OSError, UnicodeError) as exc:  # (a lone surrogate cannot be written as UTF-8)
            errors[n] = exc
            _discard(fd, tmp)
            continue
        temporaries.append((n, fd, tmp))

    def sync(entry: tuple[int, int, str]) -> OSError | None:
        try:
            os.fsync(entry[1])
        except OSError as exc:
            return exc
        return None

    synced = list(_sync_pool().map(sync, temporaries)) if len(temporaries) > 1 else [sync(t) for t in temporaries]
    folders: dict[Path, list[int]] = {}
    for (n, fd, tmp), error in zip(temporaries, synced, strict=True):
        if error is not None:
            errors[n] = error
            _discard(fd, tmp)
            continue
        try:
            os.close(fd)
            os.replace(tmp, items[n][0])
        except OSError as exc:
            errors[n] = exc
            _discard(None, tmp)
            continue
        folders.setdefault(Path(items[n][0]).parent, []).append(n)
    for folder, placed in folders.items():
        # The renames are entries of the folder: without its fsync a power cut could lose a name whose file the
        # caller then records as done. A file whose folder cannot be synced is reported, though it is in place.
        try:
            handle = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(handle)
            finally:
                os.close(handle)
        except OSError as exc:
            for n in placed:
                errors[n] = exc
    return errors


def _discard(fd: int | None, tmp: str) -> None:
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass
