"""The crawling engine, measured on the fixture news site: Scrapy (phoihop collect) against trafilatura's spider.

    python benchmarks/bench_collect_engines.py [--delay 0.2]

Both crawl the site of tests/_collect_site.py on 127.0.0.1 from its home page
with the same delay. For each: wall time, requests the server received, pages
requested twice, whether the path robots.txt forbids was requested, the
smallest gap between two requests, the 500 retried, and the articles found.

Measured: trafilatura's spider makes no request at all here, because courlan
(its URL filter) refuses an address made of an IP and a port
(``courlan.check_url("http://127.0.0.1:8123/")`` is None), so it cannot be
tested against a local fixture; see docs/collect.md for the rest of the
comparison.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from _collect_site import SiteServer  # noqa: E402


def measure(server, started: float, articles: int) -> dict:
    log = server.log
    paths = [e["path"] for e in log]
    times = [e["time"] for e in log]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    return {
        "seconds": round(time.monotonic() - started, 2),
        "requests": len(paths),
        "twice": sorted({p for p in paths if paths.count(p) > 1}),
        "forbidden_requested": any(p.startswith("/noi-bo/") for p in paths),
        "min_gap": round(min(gaps), 3) if gaps else None,
        "retried_500": paths.count("/bai-viet/tam-loi.html") > 1,
        "articles": articles,
    }


def run_scrapy(delay: float) -> dict:
    with SiteServer() as server, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "a.jsonl"
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "phoihop",
                "collect",
                server.url + "/",
                "-o",
                str(out),
                "--delay",
                str(delay),
                "--max-depth",
                "1",
                "--backoff",
                "0.2",
                "--max-page-mb",
                "1",
                "--no-progress",
            ],
            capture_output=True,
            check=False,
        )
        n = sum(1 for _ in out.open()) if out.exists() else 0
        return measure(server, started, n)


def run_trafilatura(delay: float) -> dict:
    from trafilatura import extract, fetch_url
    from trafilatura.settings import use_config
    from trafilatura.spider import focused_crawler

    config = use_config()
    config.set("DEFAULT", "SLEEP_TIME", str(delay))
    with SiteServer() as server:
        started = time.monotonic()
        _todo, known = focused_crawler(server.url + "/", max_seen_urls=40, max_known_urls=200, config=config)
        # The spider only finds addresses; the pages are then fetched and read one by one.
        articles = 0
        for url in sorted(known):
            html = fetch_url(url, config=config)
            if html and extract(html):
                articles += 1
            time.sleep(delay)
        return measure(server, started, articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=0.2)
    args = parser.parse_args(argv)
    for name, run in (("scrapy (phoihop collect)", run_scrapy), ("trafilatura spider", run_trafilatura)):
        try:
            print(name, run(args.delay), flush=True)
        except Exception as exc:
            print(name, "failed:", type(exc).__name__, exc, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
