"""Running the extraction pipeline over a batch of articles.

The batch is read completely first (so duplicates are settled and the
progress bar knows the total), then cut into chunks that one process, or a
pool of ``jobs`` processes, runs through the pipeline. Each worker process
loads the pipeline once (the pool's initializer), and works under the
``spawn`` and ``forkserver`` start methods alike: the worker functions are
module-level and get everything they need as arguments. With forkserver
(Linux) the server loads the pipeline before forking the workers
(``worker_preload``), so the load is paid once, not once per worker.

A facts folder is written by the processes that extract (each chunk's
files atomically, then handed back as ids), so the parent only reads the
input and journals; other sinks get the facts themselves as they come back.
An interrupted run leaves complete facts files only. An article the
pipeline fails on, or whose file cannot be written, is reported and
skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import dataclasses
import json
import math
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phoihop.batch.readers import InputProblem, SourcedArticle
from phoihop.extract.article import Article
from phoihop.fileio import json_text, write_text_atomic, write_texts_atomic


class PipelineUnavailable(RuntimeError):
    """The NLP pipeline could not be loaded, so nothing can be extracted."""


@dataclass(frozen=True)
class BatchDefaults:
    """Metadata for articles that give none, neither in their object nor in their text."""

    province: str | None = None
    published: str | None = None
    # Not metadata: the longest article text (in characters) the batch extracts; None = max_chars().
    max_chars: int | None = None

    def __bool__(self) -> bool:
        return bool(self.province or self.published)


# spaCy refuses texts over 1,000,000 characters by default (nlp.max_length) because its
# statistical parsers need ~1 GB per 100,000 characters. phoihop's components are rules: an
# article takes about 1 GB and 16 s per million characters. Longer ones are skipped by name.
DEFAULT_MAX_CHARS = 2_000_000
MAX_CHARS_ENV = "PHOIHOP_MAX_CHARS"


def max_chars(defaults: BatchDefaults | None = None) -> int:
    """The length limit in force: ``--max-chars``, else ``$PHOIHOP_MAX_CHARS``, else :data:`DEFAULT_MAX_CHARS`."""
    if defaults is not None and defaults.max_chars:
        return defaults.max_chars
    try:
        return int(os.environ.get(MAX_CHARS_ENV) or DEFAULT_MAX_CHARS)
    except ValueError:
        return DEFAULT_MAX_CHARS


def defaults_from_args(args) -> BatchDefaults:
    """The batch defaults of an ``extract``/``build`` command line."""
    return BatchDefaults(
        province=(getattr(args, "province", None) or "").strip() or None,
        published=getattr(args, "published", None),
        max_chars=getattr(args, "max_chars", None),
    )


def too_long_message(length: int, limit: int) -> str:
    return (
        f"the text has {length:,} characters, over the limit of {limit:,}: raise it with --max-chars N "
        f"(or ${MAX_CHARS_ENV}); extraction takes about 1 GB of memory per million characters"
    )


@dataclass
class BatchResult:
    written: int = 0
    failed: list[str] = field(default_factory=list)  # "location: message" per article skipped
    seconds: float = 0.0


def settle_duplicates(
    items: Iterable[SourcedArticle | InputProblem],
) -> tuple[list[SourcedArticle], list[InputProblem]]:
    """Split read results into the articles to run and the problems; of two articles with one id, keep the later.

    The later one wins because a later input is usually the corrected one
    (a re-fetched page, a fixed line appended to a JSON Lines file). The
    earlier one is reported as skipped.
    """
    by_id: dict[str, SourcedArticle] = {}
    problems: list[InputProblem] = []
    for item in items:
        if isinstance(item, InputProblem):
            problems.append(item)
            continue
        aid = item.article.id
        earlier = by_id.pop(aid, None)
        if earlier is not None:
            problems.append(
                InputProblem(
                    earlier.path,
                    f"duplicate article id {aid!r}: skipped in favour of the later one at {item.location}",
                    line=earlier.line,
                    item=earlier.item,
                )
            )
        by_id[aid] = item
    return list(by_id.values()), problems


class FactsDirectory:
    """Writes one ``<id>.json`` per article into a folder, each file atomically, on a few threads.

    Given to :func:`run_batch` as the sink, it has the extracting processes write the files themselves
    (``files_folder``; :func:`write_chunk`) and is told of each file in place with ``placed``; ``add`` is for
    callers that hold the facts anyway (``build --facts``).

    Each write waits for its ``fsync``, which releases the GIL and which the file system commits together with
    the other threads' (one journal commit for several files); written one after another in the parent process,
    they were what ``--jobs 2`` waited for once extraction got cheap. ``then`` runs in the writer's thread once
    the file is in place (the resume journal records the article there, never before its file exists). A failed
    write is raised by the next ``add`` or by ``close``, which waits for every write.
    """

    WRITERS = 4
    IN_FLIGHT = 64  # writes queued at most: the facts they hold stay in memory until written

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._writers = ThreadPoolExecutor(max_workers=self.WRITERS, thread_name_prefix="phoihop-facts")
        self._pending: deque[Future] = deque()

    @property
    def files_folder(self) -> Path:
        """Where :func:`run_batch` has the extracting processes write the files (see :func:`write_chunk`)."""
        return self.folder

    def placed(self, index: int, article_id: str) -> None:
        """The file of the article at ``index`` is in place (written by the process that extracted it)."""

    def add(self, index: int, facts: dict[str, Any], then: Callable[[], None] | None = None) -> None:
        while self._pending and (self._pending[0].done() or len(self._pending) >= self.IN_FLIGHT):
            self._pending.popleft().result()  # (a failed write's error is raised here)
        self._pending.append(self._writers.submit(self._write, self.folder / f"{facts['id']}.json", facts, then))

    @staticmethod
    def _write(path: Path, facts: dict[str, Any], then: Callable[[], None] | None) -> None:
        # (written as the workers write theirs, write_chunk: the file and its name on disk before ``then`` records it)
        (failure,) = write_texts_atomic([(path, json_text(facts))])
        if failure is not None:
            raise failure
        if then is not None:
            then()

    def close(self) -> None:
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._writers.shutdown(wait=True, cancel_futures=True)

    def describe(self, count: int) -> str:
        return f"{count} facts file{'s' if count != 1 else ''} in {self.folder}"


class FactsJsonLines:
    """Writes all articles' facts to one JSON Lines file, in input order, when the batch is done.

    The file appears whole at the end or not at all.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.lines: dict[int, str] = {}

    def add(self, index: int, facts: dict[str, Any]) -> None:
        self.lines[index] = json.dumps(facts, ensure_ascii=False)

    def close(self) -> None:
        write_text_atomic(self.path, "".join(self.lines[i] + "\n" for i in sorted(self.lines)))

    def describe(self, count: int) -> str:
        return f"{count} article's facts in {self.path}" if count == 1 else f"{count} articles' facts in {self.path}"


def run_batch(
    articles: Sequence[SourcedArticle],
    sink,
    *,
    jobs: int = 1,
    defaults: BatchDefaults = BatchDefaults(),
    progress: bool = True,
    report: Callable[[str], None] | None = None,
    chunk_size: int | None = None,
) -> BatchResult:
    """Extract every article's facts and hand them to ``sink`` (``add(index, facts_dict)``, then ``close()``).

    A sink with a ``files_folder`` (:class:`FactsDirectory`) has the facts files written there by the processes
    that extract them, and is told ``placed(index, article_id)`` once each file is in place instead.
    ``jobs`` > 1 runs the pipeline in that many processes. ``report`` receives
    one message per article that failed (default: printed to stderr).
    Raises :class:`PipelineUnavailable` when the pipeline cannot be loaded.
    """
    from tqdm import tqdm

    result = BatchResult()
    started = time.perf_counter()
    bar = tqdm(
        total=len(articles),
        unit="article",
        file=sys.stderr,
        dynamic_ncols=True,
        disable=not (progress and sys.stderr.isatty()),
    )
    say = report or (lambda message: tqdm.write(message, file=sys.stderr))
    folder = getattr(sink, "files_folder", None)
    try:
        for start, outcomes in _outcomes(articles, jobs, defaults, chunk_size, folder):
            # (an outcome holds the facts, or with a folder the article's id, its file written where it was extracted)
            for offset, (facts_or_id, error) in enumerate(outcomes):
                index = start + offset
                if error is not None:
                    message = f"{articles[index].location}: article {articles[index].article.id!r}: {error}"
                    result.failed.append(message)
                    say(message)
                elif folder is not None:
                    sink.placed(index, facts_or_id)
                    result.written += 1
                else:
                    sink.add(index, facts_or_id)
                    result.written += 1
            bar.update(len(outcomes))
        sink.close()
    finally:
        bar.close()
        result.seconds = time.perf_counter() - started
    return result


def _outcomes(
    articles: Sequence[SourcedArticle],
    jobs: int,
    defaults: BatchDefaults,
    chunk_size: int | None,
    folder: Path | None = None,
):
    """``(first index, outcomes)`` per chunk of ``articles``, in completion order.

    With a ``folder`` each chunk's facts files are written there before its outcomes are given, which then hold
    the article's id instead of its facts (:func:`write_chunk`).
    """
    plain = [item.article for item in articles]
    if not plain:
        return
    size = chunk_size or _chunk_size(len(plain), jobs)
    chunks = [(start, plain[start : start + size]) for start in range(0, len(plain), size)]
    if jobs <= 1:
        nlp = _load()
        if folder is None:
            for start, chunk in chunks:
                yield start, extract_chunk(chunk, nlp, defaults)
            return
        # One chunk's files are written on a thread while the next chunk is extracted: the fsyncs' waits release
        # the GIL, which the thread writers of the facts folder overlapped with extraction the same way before.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="phoihop-chunk-writer") as writer:
            previous: tuple[int, Future] | None = None
            for start, chunk in chunks:
                extracted = extract_chunk(chunk, nlp, defaults)
                if previous is not None:
                    yield previous[0], previous[1].result()
                previous = (start, writer.submit(write_chunk, extracted, folder))
            if previous is not None:
                yield previous[0], previous[1].result()
        return
    # A process pool from concurrent.futures rather than multiprocessing.Pool:
    # when a worker dies (killed, out of memory) the pool breaks with
    # BrokenProcessPool instead of leaving the batch waiting for ever. The
    # unfinished chunks then get a fresh pool, a limited number of times.
    todo = chunks
    for _attempt in range(1 + _POOL_RESTARTS):
        broken: list[tuple[int, list[Article]]] = []
        with ProcessPoolExecutor(
            max_workers=min(jobs, len(todo)),
            mp_context=_pool_context(),
            initializer=_init_worker,
            initargs=(os.getpid(),),
        ) as pool:
            pending = {pool.submit(_run_chunk, start, chunk, defaults, folder): (start, chunk) for start, chunk in todo}
            try:
                for future in as_completed(pending):
                    try:
                        outcomes = future.result()
                    except BrokenProcessPool:
                        broken.append(pending[future])
                        continue
                    if isinstance(outcomes, str):
                        raise PipelineUnavailable(outcomes)
                    yield pending[future][0], outcomes
            finally:
                # Leaving early (an error, Ctrl-C): chunks not started yet are
                # dropped, so the pool's shutdown waits only for running ones.
                for future in pending:
                    future.cancel()
        if not broken:
            return
        todo = sorted(broken, key=lambda chunk: chunk[0])
    for start, chunk in todo:
        yield (
            start,
            [(None, "a worker process died on this part of the batch (killed, or out of memory?)")] * len(chunk),
        )


# How many times the unfinished part of a batch gets a new pool after a worker died.
_POOL_RESTARTS = 2


def _chunk_size(count: int, jobs: int) -> int:
    # Enough chunks per process to balance uneven articles, few enough that
    # the per-chunk overhead (pickling, nlp.pipe start) stays small.
    return max(1, min(16, math.ceil(count / (max(jobs, 1) * 4))))


def start_workers(jobs: int) -> None:
    """Have the pipeline loaded for ``jobs`` > 1 worker processes from now on, while the caller reads its input.

    The fork server loads the pipeline once before it forks a worker (``worker_preload``, ~1.5 s); started by
    the first chunk, it made a run wait that long after reading the batch. Started here it loads on another core
    while this process reads, settles and fingerprints the articles. Without a fork server this does nothing.
    """
    if jobs > 1:
        _pool_context()


def _pool_context():
    # forkserver starts workers from a clean server process (no inherited
    # threads or open files of the parent) and is cheaper than spawn; it is
    # not available everywhere, spawn is.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["phoihop.batch.worker_preload"])
        # The fork server is started as `python -c ...`, which puts the current folder first on its
        # sys.path (Python 3.11 ignores the parent's sys.path it is handed). Run from the folder that
        # holds a clone named `phoihop`, it would import that folder as the package and every worker
        # would fail. PYTHONSAFEPATH (Python >= 3.11) keeps the current folder off the path.
        from multiprocessing import forkserver

        saved = os.environ.get("PYTHONSAFEPATH")
        os.environ["PYTHONSAFEPATH"] = "1"
        try:
            forkserver.ensure_running()
        finally:
            if saved is None:
                os.environ.pop("PYTHONSAFEPATH", None)
            else:
                os.environ["PYTHONSAFEPATH"] = saved
    return context


Outcome = tuple[dict[str, Any] | None, str | None]
# What write_chunk makes of an Outcome: (article id, None) once its file is in place, or (None, error message).
Written = tuple[str | None, str | None]


def write_chunk(outcomes: list[Outcome], folder: Path) -> list[Written]:
    """Write each extracted article's facts to ``folder/<id>.json``; its outcome becomes ``(id, None)``.

    Run in the process that extracted the chunk, so that the encoding and the writes are shared out with the
    extraction and the parent receives ids only. The files are written as a group (:func:`write_texts_atomic`):
    when this returns, each file reported written is in place whole and on disk, content and name, so the
    journal the parent appends to next never names a file that a crash could take back. A file that cannot be
    encoded or written becomes the article's error, which names the file and the problem.
    """
    folder = Path(folder)
    written: list[Written] = [(None, error) for _, error in outcomes]
    texts: list[tuple[Path, str]] = []
    at: list[tuple[int, str]] = []  # (place in the chunk, article id) of each of texts
    for n, (facts, error) in enumerate(outcomes):
        if error is not None or facts is None:
            continue
        path = folder / f"{facts['id']}.json"
        try:
            texts.append((path, json_text(facts)))
        except (TypeError, ValueError) as exc:
            written[n] = (None, f"cannot write the facts file {path}: {type(exc).__name__}: {exc}")
            continue
        at.append((n, facts["id"]))
    for (n, article_id), (path, _), failure in zip(at, texts, write_texts_atomic(texts), strict=True):
        if failure is None:
            written[n] = (article_id, None)
        else:
            problem = failure.strerror if isinstance(failure, OSError) and failure.strerror else f"{failure}"
            written[n] = (None, f"cannot write the facts file {path}: {problem}")
    return written


def extract_chunk(articles: list[Article], nlp, defaults: BatchDefaults = BatchDefaults()) -> list[Outcome]:
    """``(facts_dict, None)`` or ``(None, error message)`` for each article, in order.

    Runs the chunk through the pipeline in one go; if that fails, article by
    article, so that one bad article does not take its neighbours down.
    Metadata precedence: the article's own fields, then what the pipeline
    reads in the text, then ``defaults``. An article whose facts lack a value
    that ``defaults`` has is extracted again with that value set, so the
    default also takes part in extraction (a date without a year takes the
    article's year).
    """
    from phoihop.extract.pipeline import extract_article, extract_articles

    limit = max_chars(defaults)
    if any(len(article.text or "") > limit for article in articles):
        placed: list[Outcome] = [None] * len(articles)  # type: ignore[list-item]
        fit = [i for i, article in enumerate(articles) if len(article.text or "") <= limit]
        for i, article in enumerate(articles):
            if len(article.text or "") > limit:
                placed[i] = (None, too_long_message(len(article.text), limit))
        for i, outcome in zip(
            fit, extract_chunk([articles[i] for i in fit], nlp, defaults) if fit else [], strict=False
        ):
            placed[i] = outcome
        return placed
    nlp.max_length = max(nlp.max_length, limit + 1)  # the limit above is the one in force, not spaCy's
    try:
        results: list[Any] = list(extract_articles(articles, nlp))
        if len(results) != len(articles):
            raise RuntimeError(f"pipeline returned {len(results)} results for {len(articles)} articles")
    except Exception:
        results = []
        for article in articles:
            try:
                results.append(extract_article(article, nlp))
            except Exception as exc:
                results.append(f"extraction failed: {type(exc).__name__}: {exc}")

    outcomes: list[Outcome] = []
    for article, facts in zip(articles, results, strict=False):
        if isinstance(facts, str):
            outcomes.append((None, facts))
            continue
        try:
            facts = _with_defaults(article, facts, nlp, defaults, extract_article)
            outcomes.append((facts.to_dict(), None))
        except Exception as exc:
            outcomes.append((None, f"extraction failed: {type(exc).__name__}: {exc}"))
    return outcomes


def _with_defaults(article: Article, facts, nlp, defaults: BatchDefaults, extract_article):
    missing = {}
    if defaults.province and not facts.province:
        missing["province"] = defaults.province
    if defaults.published and not facts.published:
        missing["published"] = defaults.published
    if missing:
        facts = extract_article(dataclasses.replace(article, **missing), nlp)
        for key, value in missing.items():
            if not getattr(facts, key):
                setattr(facts, key, value)
    # The reader's title and address stand when the pipeline leaves them out.
    facts.title = facts.title or article.title
    facts.url = facts.url or article.url
    return facts


def _load():
    try:
        from phoihop.extract.pipeline import load_pipeline

        return load_pipeline()
    except Exception as exc:
        raise PipelineUnavailable(f"{type(exc).__name__}: {exc}") from exc


# --- worker process side -------------------------------------------------

_worker_nlp = None
_worker_error: str | None = None


def _init_worker(parent_pid: int | None = None) -> None:
    """Load the pipeline once per worker process, and watch the process that started the batch.

    An exception here would make the pool restart the worker forever, so a
    failure is kept and reported with the first chunk instead.
    """
    global _worker_nlp, _worker_error
    if parent_pid:
        _watch_parent(parent_pid)
    try:
        _worker_nlp = _load()
    except PipelineUnavailable as exc:
        _worker_error = str(exc)


PARENT_POLL_S = 0.5


def _watch_parent(parent_pid: int) -> None:
    """Exit this worker soon after the batch's process is gone (even killed with SIGKILL).

    Workers are children of the fork server, not of the batch's process, so
    neither a parent-death signal nor ``getppid`` sees it die; its pid is
    polled instead. With the workers gone, the fork server (its "alive" pipe
    closed) and the resource tracker (its last writer gone) end too.
    """
    import threading

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_S)
            try:
                os.kill(parent_pid, 0)
                stat = Path(f"/proc/{parent_pid}/stat")
                if stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
                    os._exit(1)  # killed, not yet reaped: gone all the same
            except ProcessLookupError:
                os._exit(1)
            except (PermissionError, OSError, IndexError):
                continue

    threading.Thread(target=watch, name="phoihop-parent-watch", daemon=True).start()


def _run_chunk(
    start: int, articles: list[Article], defaults: BatchDefaults, folder: Path | None = None
) -> list[Outcome] | list[Written] | str:
    """The outcomes of one chunk (its files written into ``folder`` when given), or why the pipeline did not load."""
    if _worker_error is not None:
        return _worker_error
    outcomes = extract_chunk(articles, _worker_nlp, defaults)
    return write_chunk(outcomes, folder) if folder is not None else outcomes
