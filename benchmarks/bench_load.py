"""Load and query benchmark of the embedded store against bare pyoxigraph, in one run.

    .venv/bin/python benchmarks/bench_load.py [--articles 20000] [--seed 1] [--workdir DIR]

Measures, on seeded synthetic facts (``synthetic_facts.py``):

1. **baseline load**: the same quads, already serialised as N-Quads in a file,
   bulk-loaded straight into a fresh ``pyoxigraph.Store`` (``bulk_load``);
2. **phoihop load** (bulk mode): facts -> quads -> store through
   ``OxigraphStore.replace_articles`` (mapping, journal, bulk load);
   ratio = phoihop throughput / baseline throughput (aim >= 0.7);
   then the store's programme merge step (``programme_merge.reconcile``, part of
   every load) timed again alone, as a share of the load;
3. **re-load** of the same facts into the filled store (unchanged graphs are
   recognised by their digest and kept), then of changed facts for some
   articles (old graphs deleted, new ones written);
4. **transactional mode** on a slice, for comparison;
5. **canned queries** of the library through ``store.select`` (with value
   conversion) vs the same SPARQL on the bare store (rows fully read);
   ratio = phoihop time / bare time (aim <= 1.2).

The two loads hold exactly the same quads (checked), so the ratios compare
like with like. Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox
from synthetic_facts import synthetic_facts

from phoihop.graph import queries
from phoihop.graph.rdf_mapping import article_nquads
from phoihop.graph.store.oxigraph import OxigraphStore

CANNED = [
    ("programmes-in-force", {"year": 2021}),
    ("partners-by-sector", {"province": "Bến Tre"}),
    ("party-military-over-time", {}),
    ("documents-cited", {}),
    ("persons-posts", {}),
]


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _report_merge_step(store: OxigraphStore, load_time: float) -> None:
    """The store-level identity step (``programme_merge.reconcile``, run at the end of every load) timed alone,
    again on the loaded store: its claims query and plan cost the same whether or not anything moves."""
    try:
        from phoihop.graph import programme_merge
    except ImportError:  # a build from before the step existed (comparisons across commits)
        print("programme merge step: not in this build")
        return
    seconds, moved = _timed(lambda: programme_merge.reconcile(store))
    print(
        f"programme merge step (reconcile, timed again alone): {seconds * 1000:.0f} ms = "
        f"{seconds / load_time:.1%} of the load; {moved} report(s) moved"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--transactional-articles", type=int, default=1000)
    ap.add_argument("--changed-articles", type=int, default=1000, help="articles re-loaded with changed facts")
    ap.add_argument("--repeat", type=int, default=3, help="query repetitions (best time kept)")
    ap.add_argument("--workdir", type=Path, help="where the stores go (default: a temporary folder, removed)")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="phoihop-bench-", dir=args.workdir))
    try:
        print(f"generating {args.articles} articles' facts (seed {args.seed}) …", flush=True)
        facts = list(synthetic_facts(args.articles, args.seed))
        nq = work / "same-quads.nq"
        map_time = 0.0
        with nq.open("w", encoding="utf-8") as handle:
            for f in facts:
                t, text = _timed(lambda f=f: article_nquads(f))
                map_time += t
                handle.write(text)
        quads = sum(1 for _ in nq.open(encoding="utf-8"))
        print(f"facts -> N-Quads alone: {quads} quads in {map_time:.1f} s = {quads / map_time:,.0f} quads/s")

        bare_path = work / "bare"
        bare = ox.Store(str(bare_path))
        base_time, _ = _timed(lambda: bare.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS))
        bare.flush()
        base_rate = len(bare) / base_time
        print(
            f"baseline  pyoxigraph bulk_load of the same quads: {len(bare)} quads in {base_time:.1f} s "
            f"= {base_rate:,.0f} quads/s"
        )

        store = OxigraphStore(work / "phoihop", mode="bulk")
        load_time, written = _timed(lambda: store.replace_articles(iter(facts)))
        rate = written / load_time
        print(
            f"phoihop   load (bulk mode, facts -> store):      {written} quads in {load_time:.1f} s "
            f"= {rate:,.0f} quads/s; ratio to baseline {rate / base_rate:.2f}x (aim >= 0.7)"
        )
        if store.quad_count() != len(bare):
            print(f"!! the stores differ: phoihop {store.quad_count()} quads, bare {len(bare)}")
        _report_merge_step(store, load_time)

        reload_time, rewritten = _timed(lambda: store.replace_articles(iter(facts)))
        print(
            f"phoihop   re-load of the same (unchanged) facts: {len(facts)} articles in {reload_time:.1f} s, "
            f"{rewritten} quads rewritten; store still holds {store.quad_count()} quads"
        )

        print(f"canned queries (best of {args.repeat}): phoihop store.select vs bare pyoxigraph query")
        for name, params in CANNED:
            text = queries.load_query(name, **params)
            ours = min(_timed(lambda text=text: store.select(text))[0] for _ in range(args.repeat))

            def bare_query(text=text):
                return [tuple(row) for row in bare.query(text, use_default_graph_as_union=True)]

            theirs = min(_timed(bare_query)[0] for _ in range(args.repeat))
            rows = len(store.select(text).rows)
            print(
                f"  {name:26s} {rows:6d} rows  phoihop {ours * 1000:8.1f} ms  bare {theirs * 1000:8.1f} ms  "
                f"ratio {ours / theirs:.2f}x (aim <= 1.2)"
            )
        sub = facts[: args.transactional_articles]
        tx_store = OxigraphStore(work / "transactional", mode="transactional")
        tx_time, tx_written = _timed(lambda: tx_store.replace_articles(iter(sub)))
        tx_rate = tx_written / tx_time
        print(
            f"phoihop   load (transactional mode, {len(sub)} articles): {tx_written} quads in {tx_time:.1f} s "
            f"= {tx_rate:,.0f} quads/s; ratio to baseline {tx_rate / base_rate:.2f}x"
        )
        tx_store.close()

        changed = list(synthetic_facts(args.changed_articles, args.seed + 1))  # same ids, other facts
        change_time, rewritten = _timed(lambda: store.replace_articles(iter(changed)))
        print(
            f"phoihop   re-load of {len(changed)} changed articles (delete + write): {rewritten} quads in "
            f"{change_time:.1f} s = {rewritten / change_time:,.0f} quads/s"
        )

        store.close()
        bare = None  # let go of the store (its files) before the folder is removed
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
