"""Extraction across machines with Dask (``dask.distributed``): ``--dask SCHEDULER`` or ``--dask local:N``.

The corpus is cut into partitions (``partition_size`` articles each) and
mapped over a ``dask.bag``; each partition runs on a worker, which

* loads the NLP pipeline once per worker process (``load_pipeline`` is
  cached per process),
* extracts its articles with the same code as ``--jobs`` (``extract_chunk``),
* writes each article's facts as ``OUT/<id>.json`` itself, atomically (the
  facts never travel back through the scheduler; on a real cluster OUT must
  be a folder every worker sees, e.g. NFS),
* and returns only a small summary: ids written, failures, the worker's peak
  memory.

The driver journals the articles as partitions finish (one writer, see
:mod:`phoihop.batch.resume`), so ``--resume`` works as for local runs, and
``build`` then loads the facts files through the store's bulk path.

``SCHEDULER`` is a scheduler address (``tcp://host:8786``) or ``local:N``
for a :class:`distributed.LocalCluster` of N single-threaded worker
processes on this machine (the NLP pipeline holds the GIL, so processes, not
threads).
"""

from __future__ import annotations

import math
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_PARTITION_SIZE = 64


@dataclass
class DaskResult:
    written: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 0
    partitions: int = 0
    peak_worker_rss_mb: float = 0.0  # the largest peak RSS any worker process reached
    ids: list[str] = field(default_factory=list)


def add_dask_option(parser) -> None:
    """Add ``--dask SCHEDULER|local:N`` to a subcommand."""
    parser.add_argument(
        "--dask",
        metavar="SCHEDULER",
        default=None,
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786; the facts "
        "folder must be shared with the workers) or local:N for N worker processes here",
    )
    parser.add_argument(
        "--partition-size",
        type=int,
        default=DEFAULT_PARTITION_SIZE,
        metavar="K",
        help=f"articles per Dask partition (default {DEFAULT_PARTITION_SIZE})",
    )


def parse_scheduler(text: str) -> tuple[str, int | str]:
    """``("local", N)`` for ``local:N`` (``local`` = 2 workers), else ``("address", text)``."""
    text = text.strip()
    if text == "local" or text.startswith("local:"):
        count = text.partition(":")[2] or "2"
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {text}: local:N needs a number of workers N >= 1")
        return "local", int(count)
    if "://" not in text and ":" not in text:
        raise ValueError(f"--dask {text}: not a scheduler address (tcp://host:8786) nor local:N")
    return "address", text


def open_client(scheduler: str, *, memory_limit: str = "2GB"):
    """A ``distributed.Client`` for ``scheduler``; the caller closes it (and its LocalCluster, if any)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the [dask] extra is optional
        raise RuntimeError("the Dask path needs dask[bag] and distributed: pip install 'phoihop[dask]'") from exc
    kind, value = parse_scheduler(scheduler)
    import logging

    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        # Dask logs every worker start and stop at INFO: keep phoihop's stderr readable (-v shows them).
        logging.getLogger("distributed").setLevel(logging.ERROR)
    if kind == "local":
        import tempfile

        # The workers' scratch folders go in a folder of this run, removed with the cluster
        # (Dask's default, $TMPDIR/dask-scratch-space, is left behind by every run).
        import dask

        scratch = tempfile.mkdtemp(prefix="phoihop-dask-")
        dask.config.set({"temporary-directory": scratch})  # the scheduler's and nannies' scratch too
        cluster = LocalCluster(
            n_workers=int(value),
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=None,
            local_directory=scratch,
            silence_logs=40,
        )  # logging.ERROR: keep stderr for phoihop's messages
        cluster.phoihop_scratch = scratch  # type: ignore[attr-defined]  # removed with the cluster
        return Client(cluster)
    return Client(value, timeout="30s")


def close_scratch(cluster) -> None:
    """Remove the scratch folder :func:`open_client` made for a local cluster (after ``cluster.close()``)."""
    import shutil

    scratch = getattr(cluster, "phoihop_scratch", None)
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)


def extract_partition(articles: list, out_dir: str, defaults) -> dict[str, Any]:
    """Run on a worker: extract one partition, write ``<id>.json`` files atomically, return a summary."""
    from phoihop.batch.runner import PipelineUnavailable, _load, extract_chunk, write_chunk

    out = Path(out_dir)
    written: list[str] = []
    failed: list[str] = []
    try:
        nlp = _load()
    except PipelineUnavailable as exc:
        return {"written": [], "failed": [], "fatal": str(exc), "rss_mb": _peak_rss_mb()}
    plain = [item.article for item in articles]
    # (the partition's files written as a group, as the local workers write theirs: their fsyncs run together)
    for item, (article_id, error) in zip(articles, write_chunk(extract_chunk(plain, nlp, defaults), out), strict=True):
        if article_id is None:
            failed.append(f"{item.location}: article {item.article.id!r}: {error}")
        else:
            written.append(article_id)
    return {"written": written, "failed": failed, "fatal": None, "rss_mb": _peak_rss_mb()}


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_dask_extract(
    articles: Sequence,
    out_dir: Path,
    scheduler: str,
    *,
    defaults=None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    client=None,
    on_partition: Callable[[dict[str, Any]], None] | None = None,
) -> DaskResult:
    """Extract ``articles`` (SourcedArticles) on Dask, writing ``out_dir/<id>.json``.

    ``on_partition(summary)`` is called on the driver as each partition
    finishes (for journalling and progress). Pass an open ``client`` to reuse
    a cluster across runs (the benchmarks do); otherwise one is opened for
    ``scheduler`` and closed at the end. Raises ``RuntimeError`` when the
    workers cannot load the NLP pipeline.
    """
    from phoihop.batch.runner import BatchDefaults

    defaults = defaults if defaults is not None else BatchDefaults()
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    result = DaskResult()
    started = time.perf_counter()
    if not articles:
        return result
    own_client = client is None
    if own_client:
        client = open_client(scheduler)
    try:
        from distributed import as_completed

        result.workers = len(client.scheduler_info().get("workers", {}))
        # At least two partitions per worker, so that no worker idles while another has a backlog.
        size = max(1, min(partition_size, math.ceil(len(articles) / (2 * max(result.workers, 1)))))
        parts = [list(articles[i : i + size]) for i in range(0, len(articles), size)]
        result.partitions = len(parts)
        # A bag of partitions mapped with extract_partition; submitted as futures so that
        # the driver sees each partition as it finishes (journal, progress) rather than at the end.
        import dask.bag as db

        bag = db.from_sequence(parts, npartitions=len(parts))
        tasks = bag.map(extract_partition, str(out_dir), defaults).to_delayed()
        futures = client.compute(tasks)
        for future in as_completed(futures):
            for summary in future.result():
                if summary["fatal"]:
                    raise RuntimeError(f"a Dask worker cannot load the NLP pipeline: {summary['fatal']}")
                result.written += len(summary["written"])
                result.ids += summary["written"]
                result.failed += summary["failed"]
                result.peak_worker_rss_mb = max(result.peak_worker_rss_mb, summary["rss_mb"])
                if on_partition:
                    on_partition(summary)
    finally:
        if own_client:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
                close_scratch(cluster)
    result.seconds = time.perf_counter() - started
    return result
