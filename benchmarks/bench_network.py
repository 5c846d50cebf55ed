"""Network projection and map benchmark, against a full scan of the same store, in one run.

    .venv/bin/python benchmarks/bench_network.py [--articles 2000] [--seed 1] [--naive 150]

On seeded synthetic facts (``synthetic_facts.py``) loaded into an
OxigraphStore, measures:

1. **baseline**: reading every quad of the store once with bare pyoxigraph
   (the floor for anything that looks at the whole graph);
2. **projection**: ``phoihop.graph.explore.network.project`` (six SELECTs through
   ``store.select`` plus the Python join); ratio = projection / baseline;
3. **map**: ``phoihop.graph.explore.viz.build_map`` on that network (reduced by
   province and sector above 2500 agencies), with the page size;
4. **naive join** (on the first ``--naive`` articles only): one SELECT that
   joins agencies with their labels, sectors and provinces in a single
   pattern, as a first version did; the union of article graphs repeats
   the shared nodes' statements, so its rows multiply. Printed as a ratio
   to the projection of the same small store, to show why the projection
   splits its queries.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_facts import synthetic_facts

from phoihop.graph.explore.network import PREFIXES, project
from phoihop.graph.explore.viz import build_map
from phoihop.graph.store.oxigraph import OxigraphStore

NAIVE_AGENCIES = (
    PREFIXES
    + """
SELECT ?agency ?label ?sector ?province ?provinceLabel WHERE {
  ?agency a ph:Agency .
  OPTIONAL { ?agency skos:prefLabel ?label }
  OPTIONAL { ?agency ph:sector ?sector }
  OPTIONAL { ?agency ph:province ?province . OPTIONAL { ?province skos:prefLabel ?provinceLabel } }
}
"""
)


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def store_of(facts, folder: Path) -> OxigraphStore:
    store = OxigraphStore(folder)
    store.replace_articles(facts)
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--naive", type=int, default=150, help="articles for the naive-join comparison (0: skip)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="phoihop-bench-network-") as work:
        facts = list(synthetic_facts(args.articles, args.seed))
        store, load_s = timed(lambda: store_of(facts, Path(work) / "big"))
        quads = store.quad_count()
        print(f"store: {args.articles} articles, {quads} quads, loaded in {load_s:.1f} s")

        count, scan_s = timed(lambda: sum(1 for _ in store.raw.quads_for_pattern(None, None, None, None)))
        print(f"baseline  full scan of {count} quads: {scan_s:.2f} s")
        graph, proj_s = timed(lambda: project(store))
        print(
            f"projection {graph.number_of_nodes()} agencies, {graph.number_of_edges()} ties: "
            f"{proj_s:.2f} s  ratio {proj_s / scan_s:.2f}x the full scan"
        )
        page, map_s = timed(lambda: build_map(graph))
        print(
            f"map       {page.nodes} nodes, {page.edges} edges shown (reduced: {page.reduced}), "
            f"{len(page.html) / 1e6:.1f} MB: {map_s:.2f} s"
        )
        store.close()

        if args.naive:
            small = store_of(facts[: args.naive], Path(work) / "small")
            small_graph, small_s = timed(lambda: project(small))
            result, naive_s = timed(lambda: small.select(NAIVE_AGENCIES))
            print(
                f"naive join on {args.naive} articles: {len(result.rows)} rows for "
                f"{small_graph.number_of_nodes()} agencies in the network, {naive_s:.2f} s; "
                f"whole projection {small_s:.2f} s; ratio naive / projection {naive_s / small_s:.1f}x"
            )
            small.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
