"""Scale benchmark: extract + load N synthetic articles, on the embedded store and on Virtuoso; Dask 2 vs 1 worker.

    python benchmarks/bench_scale.py                          # small: 200 articles, embedded (+ Virtuoso if set)
    python benchmarks/bench_scale.py --sizes 1000,10000 --load-sizes 100000 --dask-articles 400

What is measured (each size in a fresh process, so peak memory is that run's own):

* ``extract+load``: the articles of ``benchmarks/synthetic_corpus.py`` (seeded, deterministic)
  streamed from a JSON Lines file in chunks of ``--chunk`` articles: each chunk through the
  extraction runner (``run_batch``, ``--jobs`` processes), then into the store
  (``replace_articles``), as ``phoihop build --resume`` does. Printed: seconds per article
  (extraction and loading apart), peak memory of the driver and of its worker processes
  (``getrusage``), quads in the store.
* ``load only`` (``--load-sizes``): facts of ``benchmarks/synthetic_facts.py`` loaded into the
  store, for sizes where extracting would take hours; extraction is per article and keeps no
  state between articles, so its cost per article is measured at the ``--sizes`` and carried over.
* ``Dask``: ``--dask-articles`` articles on a LocalCluster of 1, then 2 worker processes, after
  every worker has loaded the NLP pipeline (cluster start-up is not counted); the ratio is the
  speed-up of 2 workers.

Stores: a fresh embedded store in a temporary folder; Virtuoso with ``--fresh-virtuoso`` (a new
throw-away server per measurement, started and stopped with ``scripts/virtuoso.sh``), or the server of
``PHOIHOP_VIRTUOSO`` (and ``PHOIHOP_STORE_USER``/``PHOIHOP_STORE_PASSWORD``, and
``PHOIHOP_VIRTUOSO_SQL_PORT`` for its fast write path), emptied of phoihop graphs first.
Ratios printed against the smallest size of the same run. Aims: time per article at the largest
size within 1.2x of the smallest, peak memory flat, Dask 2 workers >= 1.7x one worker.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
PART = 1000  # articles per corpus file


def _module(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"phoihop_bench_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rss_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


class DescendantPeak:
    """The largest resident size any descendant process reached, sampled every ``period`` seconds.

    ``getrusage(RUSAGE_CHILDREN)`` sees only children that were waited for; ``--jobs N`` workers are
    children of a fork server that outlives the measurement, so they are sampled from /proc instead.
    """

    def __init__(self, period: float = 0.5):
        import threading

        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(period,), daemon=True)
        self._thread.start()

    def _run(self, period: float) -> None:
        me = os.getpid()
        while not self._stop.wait(period):
            parents, rss = {}, {}
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    status = (entry / "status").read_text()
                except OSError:
                    continue
                fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
                parents[int(entry.name)] = int(fields.get("PPid", "0").strip() or 0)
                rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
            for pid in rss:
                ancestor = parents.get(pid)
                while ancestor and ancestor != me:
                    ancestor = parents.get(ancestor)
                if ancestor == me:
                    self.peak_mb = max(self.peak_mb, rss[pid])

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb


def _open_store(kind: str, folder: Path):
    from phoihop.graph.store import open_store

    if kind == "embedded":
        return open_store(folder / "store")
    store = open_store(os.environ["PHOIHOP_VIRTUOSO"])
    store.drop_all()
    return store


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# ---------------------------------------------------------------- one measurement (child process)


def measure_extract_load(n: int, store_kinds: list[str], jobs: int, chunk: int, seed: int) -> list[dict]:
    """Extract ``n`` synthetic articles once, streaming in chunks, and load each chunk into every store.

    Timings exclude writing the corpus and loading the NLP pipeline (done once, as a long run amortises it).
    """
    from phoihop.batch.readers import read_file
    from phoihop.batch.runner import run_batch
    from phoihop.extract.pipeline import load_pipeline
    from phoihop.facts import ArticleFacts

    corpus = _module("synthetic_corpus")
    with tempfile.TemporaryDirectory(prefix="phoihop-bench-") as scratch:
        folder = Path(scratch)
        # A big corpus comes as many files: parts of PART articles, read one at a time, keep memory flat.
        parts = []
        for first in range(0, n, PART):
            part = folder / f"corpus-{first // PART:05d}.jsonl"
            with open(part, "w", encoding="utf-8") as handle:
                for article in corpus.synthetic_articles(min(PART, n - first), seed, start=first):
                    handle.write(json.dumps(article, ensure_ascii=False) + "\n")
            parts.append(part)
        stores = {kind: _open_store(kind, folder) for kind in store_kinds}
        load_s = dict.fromkeys(store_kinds, 0.0)
        extract_s = 0.0
        failed = 0

        class Keep:
            def __init__(self):
                self.facts = {}

            def add(self, index, facts):
                self.facts[index] = ArticleFacts.from_dict(facts)

            def close(self):
                pass

        load_pipeline()
        workers = DescendantPeak()
        for part in (c for path in parts for c in _chunks(read_file(path), chunk)):
            sink = Keep()
            started = time.perf_counter()
            result = run_batch(part, sink, jobs=jobs, progress=False, report=lambda message: None)
            extract_s += time.perf_counter() - started
            failed += len(result.failed)
            facts = [sink.facts[i] for i in sorted(sink.facts)]
            for kind, store in stores.items():
                started = time.perf_counter()
                store.replace_articles(iter(facts))
                load_s[kind] += time.perf_counter() - started
        workers_mb = max(workers.stop(), _rss_mb(resource.RUSAGE_CHILDREN))
        results = []
        for kind, store in stores.items():
            results.append(
                {
                    "kind": "extract+load",
                    "store": kind,
                    "n": n,
                    "jobs": jobs,
                    "articles": len(store.article_ids()),
                    "failed": failed,
                    "extract_s": extract_s,
                    "load_s": load_s[kind],
                    "quads": store.quad_count(),
                    "rss_mb": _rss_mb(resource.RUSAGE_SELF),
                    "workers_rss_mb": workers_mb,
                }
            )
            store.close()
    return results


def measure_load(n: int, store_kind: str, chunk: int, seed: int) -> dict:
    """Load ``n`` articles' synthetic facts (no extraction), streamed in chunks."""
    facts = _module("synthetic_facts")
    with tempfile.TemporaryDirectory(prefix="phoihop-bench-") as scratch:
        store = _open_store(store_kind, Path(scratch))
        load_s = 0.0
        for part in _chunks(facts.synthetic_facts(n, seed), chunk):
            started = time.perf_counter()
            store.replace_articles(part)
            load_s += time.perf_counter() - started
        quads = store.quad_count()
        articles = len(store.article_ids())
        store.close()
    return {
        "kind": "load",
        "store": store_kind,
        "n": n,
        "articles": articles,
        "extract_s": 0.0,
        "load_s": load_s,
        "quads": quads,
        "rss_mb": _rss_mb(resource.RUSAGE_SELF),
        "workers_rss_mb": 0.0,
    }


def measure_dask(n: int, workers: int, seed: int, partition_size: int) -> dict:
    """Extract ``n`` articles on a LocalCluster of ``workers`` processes, pipeline preloaded on each."""
    import logging

    from distributed import Client, LocalCluster

    from phoihop.batch.distributed import run_dask_extract
    from phoihop.batch.readers import read_file

    logging.getLogger("distributed").setLevel(logging.ERROR)
    corpus = _module("synthetic_corpus")
    with tempfile.TemporaryDirectory(prefix="phoihop-bench-") as scratch:
        folder = Path(scratch)
        articles = list(read_file(corpus.write_corpus(n, folder / "corpus.jsonl", seed)))
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit="3GB",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        with Client(cluster) as client:
            client.run(_warm_worker)  # every worker loads the pipeline before the clock starts
            started = time.perf_counter()
            result = run_dask_extract(
                articles, folder / "facts", "unused", client=client, partition_size=partition_size
            )
            seconds = time.perf_counter() - started
        cluster.close()
    return {
        "kind": "dask",
        "workers": workers,
        "n": n,
        "written": result.written,
        "seconds": seconds,
        "partitions": result.partitions,
        "worker_rss_mb": result.peak_worker_rss_mb,
    }


def _warm_worker() -> bool:
    from phoihop.extract.article import Article
    from phoihop.extract.pipeline import extract_articles, load_pipeline

    nlp = load_pipeline()
    list(extract_articles([Article("warm-up", "Ngày 1-1-2024, Công an tỉnh ký kết chương trình phối hợp.")], nlp))
    return True


# ---------------------------------------------------------------- driver


def _fresh_virtuoso(folder: Path) -> dict[str, str]:
    """Start a throw-away Virtuoso in ``folder`` (scripts/virtuoso.sh); the environment that points at it."""
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "virtuoso.sh"), "start", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    env = {}
    for line in out.splitlines():
        if line.startswith("export "):
            for pair in line[len("export ") :].split():
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def _child(args: list[str], fresh_virtuoso: bool = False) -> dict:
    """Run one measurement in a fresh interpreter; its last stdout line is the JSON result.

    With ``fresh_virtuoso``, the measurement gets a new throw-away Virtuoso of its own (stopped after),
    as the embedded store gets a new folder: emptying a big Virtuoso store takes minutes.
    """
    env = dict(os.environ)
    server = None
    if fresh_virtuoso:
        server = Path(tempfile.mkdtemp(prefix="phoihop-bench-virtuoso-"))
        env.update(_fresh_virtuoso(server))
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--one", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
    finally:
        if server is not None:
            subprocess.run(["bash", str(ROOT / "scripts" / "virtuoso.sh"), "stop", str(server)], capture_output=True)
            shutil.rmtree(server, ignore_errors=True)
    if done.returncode != 0:
        raise SystemExit(f"measurement {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()] if text else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200", help="article counts to extract and load (default 200)")
    parser.add_argument("--load-sizes", default="", help="article counts to load only (synthetic facts)")
    parser.add_argument(
        "--stores",
        default="auto",
        help="embedded,virtuoso (default: embedded, plus virtuoso when PHOIHOP_VIRTUOSO is set "
        "or --fresh-virtuoso is given)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1)")
    parser.add_argument("--chunk", type=int, default=500, help="articles per extract/load step (default 500)")
    parser.add_argument(
        "--fresh-virtuoso",
        action="store_true",
        help="give each measurement a new throw-away Virtuoso (scripts/virtuoso.sh) instead of "
        "emptying the one of PHOIHOP_VIRTUOSO",
    )
    parser.add_argument(
        "--dask-articles",
        type=int,
        default=0,
        help="articles for the Dask 1-vs-2-worker comparison (0: skip; e.g. 200)",
    )
    parser.add_argument("--partition-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.one:
        kind, *rest = args.one
        if kind == "extract+load":
            result = measure_extract_load(int(rest[0]), rest[1].split(","), int(rest[2]), int(rest[3]), int(rest[4]))
        elif kind == "load":
            result = measure_load(int(rest[0]), rest[1], int(rest[2]), int(rest[3]))
        else:
            result = measure_dask(int(rest[0]), int(rest[1]), int(rest[2]), int(rest[3]))
        print(json.dumps(result))
        return 0

    stores = (
        ["embedded"] + (["virtuoso"] if os.environ.get("PHOIHOP_VIRTUOSO") or args.fresh_virtuoso else [])
        if args.stores == "auto"
        else [s.strip() for s in args.stores.split(",") if s.strip()]
    )
    if "virtuoso" in stores and not (os.environ.get("PHOIHOP_VIRTUOSO") or args.fresh_virtuoso):
        raise SystemExit("--stores virtuoso needs PHOIHOP_VIRTUOSO (see scripts/virtuoso.sh) or --fresh-virtuoso")
    fresh = args.fresh_virtuoso and "virtuoso" in stores
    results = []
    print(
        f"{'run':<13} {'store':<9} {'articles':>9} {'ms/art':>8} {'extract':>8} {'load':>7} "
        f"{'quads':>10} {'peak MB':>8} {'workers MB':>10}",
        flush=True,
    )

    def show(r: dict) -> None:
        results.append(r)
        n = r["n"]
        per = (r["extract_s"] + r["load_s"]) / n * 1000
        print(
            f"{r['kind']:<13} {r['store']:<9} {n:>9} {per:>8.2f} {r['extract_s'] / n * 1000:>8.2f} "
            f"{r['load_s'] / n * 1000:>7.2f} {r['quads']:>10} {r['rss_mb']:>8.0f} "
            f"{r['workers_rss_mb']:>10.0f}",
            flush=True,
        )
        if r["articles"] != n:
            print(f"  WARNING: the store holds {r['articles']} articles, not {n}", flush=True)

    for n in _sizes(args.sizes):  # one extraction per size, loaded into every store
        for r in _child(
            ["extract+load", str(n), ",".join(stores), str(args.jobs), str(args.chunk), str(args.seed)], fresh
        ):
            show(r)
    for store in stores:
        for n in _sizes(args.load_sizes):
            show(_child(["load", str(n), store, str(args.chunk), str(args.seed)], fresh and store == "virtuoso"))
    print()
    for kind in ("extract+load", "load"):
        for store in stores:
            rows = [r for r in results if r["kind"] == kind and r["store"] == store]
            if len(rows) >= 2:
                small, large = rows[0], rows[-1]
                ratio = ((large["extract_s"] + large["load_s"]) / large["n"]) / (
                    (small["extract_s"] + small["load_s"]) / small["n"]
                )
                memory = max(large["rss_mb"], large["workers_rss_mb"]) / max(small["rss_mb"], small["workers_rss_mb"])
                print(
                    f"{kind} on {store}: time/article at {large['n']} = {ratio:.2f}x the one at {small['n']} "
                    f"(aim <= 1.2); peak memory {memory:.2f}x (aim ~1)"
                )
    if args.dask_articles:
        one = _child(["dask", str(args.dask_articles), "1", str(args.seed), str(args.partition_size)])
        two = _child(["dask", str(args.dask_articles), "2", str(args.seed), str(args.partition_size)])
        results += [one, two]
        print(
            f"Dask, {args.dask_articles} articles: 1 worker {one['seconds']:.1f} s, 2 workers {two['seconds']:.1f} s "
            f"-> speed-up {one['seconds'] / two['seconds']:.2f}x (aim >= 1.7); peak worker memory "
            f"{one['worker_rss_mb']:.0f} / {two['worker_rss_mb']:.0f} MB"
        )
        for r in (one, two):
            if r["written"] != args.dask_articles:
                print(
                    f"  WARNING: {r['workers']} worker(s) wrote {r['written']} of {args.dask_articles} "
                    f"articles' facts (extraction failures make the timing meaningless)"
                )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
