"""Resumable runs: a run that stopped half-way goes on without redoing or duplicating finished articles.

How it works
------------
Every article of a run gets a **fingerprint**: SHA-256 of its content (id,
text, title, date, province, address), of the batch defaults
(``--province``/``--published``) and of the extractor itself (the source and
data files of ``phoihop.extract`` and the phoihop version). Same fingerprint
means the facts would come out the same, so finished work can be kept; a
changed article, changed defaults or a changed extractor all redo it.

A **journal** records finished articles, one ``fingerprint<TAB>id`` line
each, appended (and flushed) only *after* the article's result is safely
stored:

* ``extract``: the journal is ``OUT/.phoihop-extract-journal[.SHARD].tsv``
  beside the facts files (a hidden ``.tsv``, so facts readers never take it
  for facts); a line is appended after the article's ``<id>.json`` has been
  written atomically. With ``--resume``, an article is skipped when its
  fingerprint is in a journal *and* its facts file exists. Sharded runs that
  share one OUT folder each keep their own journal file (no two processes
  append to one file); all of them are read.
* ``build``: the journal is kept beside the store (see
  :func:`build_journal_path`); a line is appended once the store reports the
  article written (the store's ``progress`` callback). With ``--resume``, an
  article is skipped when the store holds its graph (``article_ids()``) *and*
  the journal has its fingerprint. ``build --resume`` also works in chunks
  (extract some, load them, record them), so an interrupted build loses at
  most one chunk.

Why nothing is duplicated: each article is one file (``<id>.json``) or one
named graph, and redoing it *replaces* that file or graph. The journal only
decides what can be skipped; a torn last line (the process killed while
writing it) is ignored, so that article is simply redone.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

EXTRACT_JOURNAL_PREFIX = ".phoihop-extract-journal"
BUILD_JOURNAL_NAME = ".phoihop-build-journal.tsv"
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
DEFAULT_CHUNK = 200


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """SHA-256 over the phoihop version and every source/data file of ``phoihop.extract`` (cached per process).

    Any change to the extractor's code or word lists changes it, so resumed
    runs never keep facts that the current extractor would not produce.
    """
    import phoihop
    import phoihop.extract as extract_package

    digest = hashlib.sha256(f"phoihop {phoihop.__version__}\n".encode())
    root = Path(extract_package.__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and (path.suffix in (".py", ".tsv", ".txt", ".json")) and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def article_fingerprint(article, defaults=None) -> str:
    """The fingerprint of one :class:`~phoihop.extract.article.Article` under batch ``defaults``."""
    content = {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "published": article.published,
        "province": article.province,
        "url": article.url,
        "defaults": [getattr(defaults, "province", None), getattr(defaults, "published", None)],
        "extractor": extractor_fingerprint(),
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


class Journal:
    """An append-only ``fingerprint<TAB>id`` file; one writer process per file, any number of its threads (the
    facts files' writers record each article once its file is in place)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._handle: TextIO | None = None
        self._lock = threading.Lock()

    def record(self, article_id: str, fingerprint: str) -> None:
        """Append one finished article (call only after its result is safely stored)."""
        with self._lock:
            if self._handle is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 -- kept open; close()
            # One write per line: a kill leaves at most a torn last line, which read_journal ignores.
            self._handle.write(f"{fingerprint}\t{article_id}\n")
            self._handle.flush()

    def close(self) -> None:
        with self._lock:
            if self._handle is not None:
                self._handle.close()
                self._handle = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_journal(paths: Iterable[Path]) -> dict[str, set[str]]:
    """``{article id: {fingerprints}}`` from journal files (missing files and torn lines are skipped)."""
    done: dict[str, set[str]] = {}
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            continue
        for line in text.split("\n")[:-1]:  # the part after the last newline is torn or empty
            fingerprint, tab, article_id = line.partition("\t")
            if tab and article_id and _FINGERPRINT.match(fingerprint):
                done.setdefault(article_id, set()).add(fingerprint)
    return done


def extract_journal_path(folder: Path, tag: str | None = None) -> Path:
    """The journal file of one writer in a facts folder (``tag``: e.g. the shard ``0-of-4``)."""
    suffix = f".{re.sub(r'[^A-Za-z0-9_-]+', '-', tag)}" if tag else ""
    return Path(folder) / f"{EXTRACT_JOURNAL_PREFIX}{suffix}.tsv"


def extract_journals(folder: Path) -> list[Path]:
    return sorted(Path(folder).glob(f"{EXTRACT_JOURNAL_PREFIX}*.tsv"))


def build_journal_path(store_spec: str, facts_folder: Path | None = None) -> Path:
    """Where ``build`` keeps its journal for a store.

    The facts folder when ``--facts`` is given; else inside the store folder
    (embedded store); else, for a server, a per-user state file named after
    the store's address (``$XDG_STATE_HOME/phoihop/``, default ``~/.local/state``).
    """
    if facts_folder is not None:
        return Path(facts_folder) / BUILD_JOURNAL_NAME
    text = os.fspath(store_spec)
    if "://" not in text:
        return Path(text) / BUILD_JOURNAL_NAME
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "phoihop"
    name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return state / f"build-journal-{name}.tsv"


@dataclass
class ResumePlan:
    """What a resumed run still has to do."""

    todo: list  # the SourcedArticles to (re)do, in input order
    fingerprints: list[str]  # fingerprint of each of ``todo``
    skipped: int = 0  # articles already finished
    skipped_ids: list[str] = field(default_factory=list)


def plan(
    articles: Sequence,
    done: dict[str, set[str]],
    defaults=None,
    finished: Callable[[str], bool] = lambda article_id: True,
) -> ResumePlan:
    """Split ``articles`` (SourcedArticles) into finished ones and the rest.

    An article is finished when ``done`` has its fingerprint and
    ``finished(id)`` agrees (its facts file exists, the store holds its graph).
    """
    result = ResumePlan([], [])
    for item in articles:
        fingerprint = article_fingerprint(item.article, defaults)
        if fingerprint in done.get(item.article.id, ()) and finished(item.article.id):
            result.skipped += 1
            result.skipped_ids.append(item.article.id)
        else:
            result.todo.append(item)
            result.fingerprints.append(fingerprint)
    return result


def plan_extract(articles: Sequence, folder: Path, defaults=None, resume: bool = True) -> ResumePlan:
    """The extract run's plan: skip articles journalled in ``folder`` whose ``<id>.json`` is there."""
    folder = Path(folder)
    done = read_journal(extract_journals(folder)) if resume and folder.is_dir() else {}
    return plan(articles, done, defaults, finished=lambda aid: (folder / f"{aid}.json").is_file())


class JournalledFacts:
    """A facts sink (``add(index, facts)`` / ``close()``) that journals each article after the sink stored it.

    Wraps :class:`phoihop.batch.runner.FactsDirectory`; ``fingerprints[index]``
    is the fingerprint of the article at ``index`` of the batch.
    """

    def __init__(self, sink, journal: Journal, fingerprints: Sequence[str]):
        self.sink = sink
        self.journal = journal
        self.fingerprints = fingerprints

    @property
    def files_folder(self) -> Path | None:
        """The folder the extracting processes write the files into, as the wrapped sink says (see ``placed``)."""
        return getattr(self.sink, "files_folder", None)

    def add(self, index: int, facts: dict[str, Any]) -> None:
        # (journalled by the writer once the file is in place: a kill in between leaves the article to redo)
        self.sink.add(index, facts, then=functools.partial(self.journal.record, facts["id"], self.fingerprints[index]))

    def placed(self, index: int, article_id: str) -> None:
        """The article's file is in place (written and synced where it was extracted): journal it now."""
        self.sink.placed(index, article_id)
        self.journal.record(article_id, self.fingerprints[index])

    def close(self) -> None:
        self.sink.close()
        self.journal.close()

    def describe(self, count: int) -> str:
        return self.sink.describe(count)


def shard_tag(shard) -> str | None:
    return f"{shard.index}-of-{shard.count}" if shard is not None else None


# ---------------------------------------------------------------- hooks for the commands


def add_resume_option(parser, what: str, chunked: bool = False) -> None:
    parser.add_argument(
        "--resume",
        action="store_true",
        help=f"go on with an interrupted run: skip articles {what} by an earlier run over the "
        f"same inputs with the same extractor (see phoihop.batch.resume)",
    )
    if chunked:
        parser.add_argument(
            "--resume-chunk",
            type=int,
            default=DEFAULT_CHUNK,
            metavar="K",
            help=f"with --resume: extract and load K articles at a time, so that an "
            f"interruption loses at most K (default {DEFAULT_CHUNK})",
        )


class ExtractRun:
    """The articles an ``extract`` run into a facts folder still has to do, and its journal."""

    def __init__(self, articles: Sequence, out: Path, *, defaults=None, resume: bool = False, shard=None):
        chosen = plan_extract(articles, out, defaults, resume=resume)
        self.todo = chosen.todo
        self.fingerprints = chosen.fingerprints
        self.skipped = chosen.skipped
        self._by_id = {item.article.id: fp for item, fp in zip(chosen.todo, chosen.fingerprints, strict=False)}
        # Every run journals what it writes, so one stopped without --resume can still be resumed.
        self.journal = Journal(extract_journal_path(out, shard_tag(shard)))

    def sink(self, inner) -> JournalledFacts:
        """Wrap the command's FactsDirectory so that each written article is journalled."""
        return JournalledFacts(inner, self.journal, self.fingerprints)

    def record_ids(self, ids: Iterable[str]) -> None:
        """Journal articles whose facts files someone else (a Dask worker) has written."""
        for article_id in ids:
            self.journal.record(article_id, self._by_id[article_id])

    def close(self) -> None:
        self.journal.close()
