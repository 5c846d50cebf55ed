"""The scale-out options of ``extract`` and ``build`` put together: ``--shard``, ``--resume``, ``--dask``.

:mod:`phoihop.batch.resume` (fingerprints, journals, plans),
:mod:`phoihop.batch.sharding` and :mod:`phoihop.batch.distributed` (Dask)
each do one thing and import none of the others; this module, used by the
commands, combines them with the local runner (:mod:`phoihop.batch.runner`).
"""

from __future__ import annotations

import inspect
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phoihop.batch.distributed import DEFAULT_PARTITION_SIZE, parse_scheduler, run_dask_extract
from phoihop.batch.resume import DEFAULT_CHUNK, ExtractRun, Journal, build_journal_path, plan, read_journal
from phoihop.batch.runner import FactsDirectory, PipelineUnavailable, defaults_from_args, run_batch
from phoihop.batch.sharding import select_shard
from phoihop.facts import ArticleFacts, read_facts

# ---------------------------------------------------------------- extract


class OptionError(ValueError):
    """A combination of scale-out options that cannot work (reported as a usage error)."""


def run_extract_scaled(
    args,
    articles: Sequence,
    sink,
    *,
    out: Path,
    fmt: str,
    defaults,
    run_batch,
    report: Callable[[str], None],
    say: Callable[[str], None],
):
    """``phoihop extract`` with its scale-out options: ``--shard I/N``, ``--resume``, ``--dask``.

    Returns ``(result, sink)`` where ``result`` has ``written``, ``failed``
    and ``seconds``. Without any of the options this is ``run_batch`` plus
    the journal that makes a later ``--resume`` possible (folder output).
    Raises :class:`OptionError` for options that need a facts folder.
    """
    shard = getattr(args, "shard", None)
    resume = getattr(args, "resume", False)
    scheduler = getattr(args, "dask", None)
    if shard is not None:
        total = len(articles)
        articles = list(select_shard(articles, shard))
        say(f"shard {shard}: {len(articles)} of {total} article(s)")
    if fmt != "json":
        if resume or scheduler:
            raise OptionError(
                "--resume and --dask write one facts file per article: give --facts a folder (not --format jsonl)"
            )
        return run_batch(articles, sink, jobs=args.jobs, defaults=defaults, progress=args.progress, report=report), sink
    plan = ExtractRun(articles, out, defaults=defaults, resume=resume, shard=shard)
    if resume:
        say(f"resuming: {plan.skipped} article(s) already extracted in {out}, {len(plan.todo)} to do")
    sink = plan.sink(sink)
    try:
        if scheduler:
            try:
                parse_scheduler(scheduler)
            except ValueError as exc:
                raise OptionError(str(exc)) from None
            result = run_dask_extract(
                plan.todo,
                out,
                scheduler,
                defaults=defaults,
                partition_size=getattr(args, "partition_size", DEFAULT_PARTITION_SIZE),
                on_partition=lambda summary: plan.record_ids(summary["written"]),
            )
            for message in result.failed:
                report(message)
            if result.partitions:
                say(
                    f"Dask: {result.partitions} partition(s) on {result.workers} worker(s); "
                    f"peak worker memory {result.peak_worker_rss_mb:.0f} MB"
                )
        else:
            result = run_batch(
                plan.todo, sink, jobs=args.jobs, defaults=defaults, progress=args.progress, report=report
            )
    finally:
        plan.close()
    return result, sink


# ---------------------------------------------------------------- build


def _store_accepts_progress(store) -> bool:
    return "progress" in inspect.signature(store.replace_articles).parameters


def load_journalled(
    store, facts: Sequence, fingerprints: dict[str, str], journal: Journal, progress: Callable[[int], Any] | None = None
) -> int:
    """``store.replace_articles(facts)``, journalling each article as the store reports it written
    (``progress`` gets the same counts, for a progress bar)."""
    order = list(facts)
    position = 0

    def stored(count: int) -> None:
        nonlocal position
        for item in order[position : position + count]:
            journal.record(item.id, fingerprints[item.id])
        position += count
        if progress is not None and count:
            progress(count)

    if _store_accepts_progress(store):
        quads = store.replace_articles(iter(order), progress=stored)
    else:
        quads = store.replace_articles(iter(order))
    stored(len(order) - position)  # whatever the store did not report is written now too
    return quads


@dataclass
class BuildOutcome:
    loaded: int = 0
    quads: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0


def run_build_scaled(
    args,
    store,
    articles: Sequence,
    *,
    run_batch,
    defaults,
    say: Callable[[str], None],
    report: Callable[[str], None],
    chunk: int | None = None,
) -> BuildOutcome:
    """``phoihop build`` with ``--resume`` and/or ``--dask``.

    Local extraction works in chunks of ``chunk`` articles (extract, load,
    journal), so an interruption loses at most one chunk. With ``--dask``
    the workers write facts files (into ``--facts``, or a temporary folder
    for a ``local:N`` cluster), then the driver loads them. ``run_batch`` is
    :func:`phoihop.batch.runner.run_batch`.
    """
    journal_path = build_journal_path(args.store, args.facts)
    stored = store.article_ids() if args.resume else set()
    done = read_journal([journal_path]) if args.resume else {}
    chosen = plan(articles, done, defaults, finished=lambda aid: aid in stored)
    if args.resume:
        say(f"resuming: {chosen.skipped} article(s) already in the store, {len(chosen.todo)} to do")
    outcome = BuildOutcome(skipped=chosen.skipped)
    chunk = max(1, chunk or getattr(args, "resume_chunk", None) or DEFAULT_CHUNK)
    fingerprints = {item.article.id: fp for item, fp in zip(chosen.todo, chosen.fingerprints, strict=False)}
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    with Journal(journal_path) as journal:
        if getattr(args, "dask", None):
            if args.facts is None and not args.dask.startswith("local"):
                raise ValueError("--dask with a remote scheduler needs --facts DIR on a folder the workers share")
            with tempfile.TemporaryDirectory(prefix="phoihop-build-") as scratch:
                folder = Path(args.facts) if args.facts else Path(scratch)
                result = run_dask_extract(
                    chosen.todo,
                    folder,
                    args.dask,
                    defaults=defaults,
                    partition_size=getattr(args, "partition_size", 64),
                )
                outcome.seconds = result.seconds
                outcome.failed += result.failed
                for message in result.failed:
                    report(message)
                written = set(result.ids)
                facts: list[ArticleFacts] = []
                for item in chosen.todo:
                    if item.article.id in written:
                        facts.extend(read_facts(folder / f"{item.article.id}.json"))
                outcome.quads += load_journalled(store, facts, fingerprints, journal)
                outcome.loaded += len(facts)
            return outcome
        for start in range(0, len(chosen.todo), chunk):
            part = chosen.todo[start : start + chunk]
            collected: dict[int, ArticleFacts] = {}
            files = None
            if args.facts:
                files = FactsDirectory(args.facts)

            result = run_batch(
                part, _Collect(collected, files), jobs=jobs, defaults=defaults, progress=args.progress, report=report
            )
            outcome.seconds += result.seconds
            outcome.failed += result.failed
            facts = [collected[i] for i in sorted(collected)]
            outcome.quads += load_journalled(store, facts, fingerprints, journal)
            outcome.loaded += len(facts)
    return outcome


class _Collect:
    """The sink of one build chunk: facts kept in memory for the load, and also written to files when asked."""

    def __init__(self, collected: dict[int, ArticleFacts], files):
        self.collected = collected
        self.files = files

    def add(self, index, facts):
        self.collected[index] = ArticleFacts.from_dict(facts)
        if self.files is not None:
            self.files.add(index, facts)

    def close(self):
        if self.files is not None:
            self.files.close()


def build_hook(args, store, articles: list, skipped: int, *, say: Callable[[str], None]):
    """The scale-out part of ``phoihop build``: returns ``(articles, exit status or None)``.

    Applies ``--shard``; with ``--resume`` or ``--dask`` runs the whole build
    (:func:`run_build_scaled`), prints its summary and returns its exit
    status; otherwise returns ``None`` and the command goes on as usual.
    """
    shard = getattr(args, "shard", None)
    if shard is not None:
        total = len(articles)
        articles = [item for item in articles if shard.holds(item.article.id)]
        say(f"shard {shard}: {len(articles)} of {total} article(s)")
    if not (getattr(args, "resume", False) or getattr(args, "dask", None)):
        return articles, None
    defaults = defaults_from_args(args)
    try:
        outcome = run_build_scaled(
            args,
            store,
            articles,
            run_batch=run_batch,
            defaults=defaults,
            say=say,
            report=lambda message: say(f"error: {message}"),
        )
    except PipelineUnavailable as exc:
        say(f"error: cannot load the NLP pipeline: {exc}")
        return articles, 3
    except (ValueError, RuntimeError) as exc:
        say(f"error: {exc}")
        return articles, 2
    skipped += len(outcome.failed)
    total = store.quad_count()
    say(
        f"extracted and loaded {outcome.loaded} article(s) ({outcome.skipped} already done) in "
        f"{outcome.seconds:.1f} s of extraction; {outcome.quads} quads written; the store holds {total} quads"
        + (f"; {skipped} input(s) skipped (see above)" if skipped else "")
    )
    return articles, (1 if skipped else 0)
