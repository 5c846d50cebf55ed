"""How fast `phoihop serve` answers the research queries, against running them in-process.

    .venv/bin/python benchmarks/bench_serve.py                 # synthetic store of 100 articles
    .venv/bin/python benchmarks/bench_serve.py --store DIR     # an existing store (left unchanged)
    .venv/bin/python benchmarks/bench_serve.py --articles 300 --seconds 5 --clients 1 4 8

Every research query (default parameters) is first run in-process through the
store API (``GraphStore.select``): that is the baseline. Then concurrent
clients (threads, kept-alive HTTP connections, loopback) drive each endpoint
with the same queries in turn, for a bounded time and request count, and the
script prints throughput and latency percentiles (p50/p95/p99), per query and
overall, with the ratio to in-process. Endpoints measured:

* ``phoihop serve``: the front with its Oxigraph worker processes (what users run);
* ``oxigraph direct``: one ``oxigraph serve-read-only`` without the front (no
  time limit, no policy), to show what the front costs;
* ``pyoxigraph+stdlib``: pyoxigraph in a standard-library threaded HTTP
  server, the other design considered.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

ACCEPT_JSON = "application/sparql-results+json"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def build_synthetic_store(folder: Path, articles: int) -> Path:
    from synthetic_facts import synthetic_facts

    from phoihop.graph.store import open_store

    with open_store(folder) as store:
        store.replace_articles(synthetic_facts(articles, seed=7))
    return folder


def in_process(store_dir: Path, queries: dict[str, str], repeats: int) -> dict[str, list[float]]:
    """Seconds per run of each query through the store API, ``repeats`` runs each."""
    from phoihop.graph.store import open_store

    times: dict[str, list[float]] = {}
    with open_store(store_dir, read_only=True) as store:
        for name, text in queries.items():
            store.select(text)  # warm the caches as the servers' warm-up does
            runs = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                store.select(text)
                runs.append(time.perf_counter() - t0)
            times[name] = runs
    return times


def drive(
    host: str, port: int, path: str, queries: dict[str, str], clients: int, seconds: float, max_requests: int
) -> tuple[dict[str, list[float]], float, int]:
    """Run ``clients`` threads posting the queries in turn; (latencies by query, wall seconds, errors)."""
    names = list(queries)
    latencies: dict[str, list[float]] = {n: [] for n in names}
    errors = [0]
    lock = threading.Lock()
    counter = [0]
    stop_at = [0.0]  # set once the warm-up is over

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=120)
        i = offset
        while time.monotonic() < stop_at[0]:
            with lock:
                if counter[0] >= max_requests:
                    break
                counter[0] += 1
            name = names[i % len(names)]
            i += 1
            body = urlencode({"query": queries[name]})
            t0 = time.perf_counter()
            try:
                conn.request(
                    "POST",
                    path,
                    body=body,
                    headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT_JSON},
                )
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
                ok = False
            elapsed = time.perf_counter() - t0
            with lock:
                if ok:
                    latencies[name].append(elapsed)
                else:
                    errors[0] += 1
        conn.close()

    # warm-up: each query once
    drive_once = http.client.HTTPConnection(host, port, timeout=120)
    for text in queries.values():
        drive_once.request(
            "POST",
            path,
            body=urlencode({"query": text}),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT_JSON},
        )
        drive_once.getresponse().read()
    drive_once.close()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    stop_at[0] = time.monotonic() + seconds
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, time.perf_counter() - t0, errors[0]


def _wait_port(host: str, port: int, proc: subprocess.Popen | None = None, timeout: float = 30) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("the server exited before listening")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {host}:{port}")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _PyoxigraphHandler(BaseHTTPRequestHandler):
    """The alternative design: pyoxigraph queried in the server's threads."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    store = None

    def log_message(self, *args):
        pass

    def do_POST(self):
        import pyoxigraph as ox

        length = int(self.headers.get("Content-Length") or 0)
        text = parse_qs(self.rfile.read(length).decode("utf-8"))["query"][0]
        out = self.store.query(text, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)
        self.send_response(200)
        self.send_header("Content-Type", ACCEPT_JSON)
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


def start_endpoint(kind: str, store_dir: Path, workers: int):
    """(host, port, path, stop function) of a running endpoint of ``kind``."""
    port = _free_port()
    if kind == "phoihop serve":
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "phoihop",
                "serve",
                "--store",
                str(store_dir),
                "--port",
                str(port),
                "--workers",
                str(workers),
                "--timeout",
                "120",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_port("127.0.0.1", port, proc)
        time.sleep(0.3)
        return "127.0.0.1", port, "/sparql", lambda: (proc.terminate(), proc.wait(30))
    if kind == "oxigraph direct":
        from phoihop.graph.serve.backend import oxigraph_command

        proc = subprocess.Popen(
            [
                oxigraph_command(),
                "serve-read-only",
                "--location",
                str(store_dir),
                "--union-default-graph",
                "--bind",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_port("127.0.0.1", port, proc)
        return "127.0.0.1", port, "/query", lambda: (proc.terminate(), proc.wait(30))
    if kind == "pyoxigraph+stdlib":
        import pyoxigraph as ox

        handler = type("Handler", (_PyoxigraphHandler,), {"store": ox.Store.read_only(str(store_dir))})
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        return "127.0.0.1", port, "/sparql", lambda: (server.shutdown(), server.server_close())
    raise ValueError(kind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="an existing store folder (default: build a synthetic one)")
    parser.add_argument("--articles", type=int, default=100, help="articles in the synthetic store")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4], help="concurrent client counts")
    parser.add_argument("--seconds", type=float, default=4.0, help="time bound per endpoint and client count")
    parser.add_argument("--max-requests", type=int, default=2000, help="request bound per run")
    parser.add_argument("--repeats", type=int, default=20, help="in-process runs per query")
    parser.add_argument("--workers", type=int, default=2, help="phoihop serve --workers")
    parser.add_argument(
        "--skip-slower-than",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="leave out of the HTTP runs a query slower than this in-process (reported)",
    )
    parser.add_argument("--endpoints", nargs="+", default=["phoihop serve", "oxigraph direct", "pyoxigraph+stdlib"])
    args = parser.parse_args(argv)

    from phoihop.graph.queries import list_queries, load_query

    queries = {q.name: load_query(q.name) for q in list_queries()}
    tmp = None
    store_dir = args.store
    if store_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-serve-")
        t0 = time.perf_counter()
        store_dir = build_synthetic_store(Path(tmp.name) / "store", args.articles)
        print(f"synthetic store: {args.articles} articles built in {time.perf_counter() - t0:.1f} s")
    from phoihop.graph.store import open_store

    with open_store(store_dir, read_only=True) as store:
        print(
            f"store {store_dir}: {store.quad_count():,} quads, {len(store.article_ids()):,} articles; "
            f"{len(queries)} research queries"
        )

    slow = {}
    with open_store(store_dir, read_only=True) as store:
        for name, text in list(queries.items()):
            t0 = time.perf_counter()
            store.select(text)
            took = time.perf_counter() - t0
            if took > args.skip_slower_than:
                slow[name] = took
                del queries[name]
    for name, took in slow.items():
        print(f"  skipped {name}: {took:.1f} s in-process (over --skip-slower-than {args.skip_slower_than:g})")
    local = in_process(store_dir, queries, args.repeats)
    local_mean = {n: statistics.mean(v) for n, v in local.items()}
    mix_seconds = sum(local_mean.values()) / len(local_mean)  # one query of the mix, in-process
    print(f"\nin-process (GraphStore.select, 1 thread): {1 / mix_seconds:8.1f} queries/s over the mix")
    for name in queries:
        print(f"  {name:28s} p50 {statistics.median(local[name]) * 1000:8.2f} ms")

    for kind in args.endpoints:
        host, port, path, stop = start_endpoint(kind, store_dir, args.workers)
        try:
            for clients in args.clients:
                lat, wall, errors = drive(host, port, path, queries, clients, args.seconds, args.max_requests)
                every = [x for v in lat.values() for x in v]
                qps = len(every) / wall
                print(
                    f"\n{kind}, {clients} client(s): {len(every)} requests in {wall:.1f} s, {qps:8.1f} queries/s "
                    f"(x{qps * mix_seconds:.2f} of in-process), errors {errors}"
                )
                print(
                    f"  all queries                  p50 {percentile(every, 50) * 1000:8.2f} ms  "
                    f"p95 {percentile(every, 95) * 1000:8.2f} ms  p99 {percentile(every, 99) * 1000:8.2f} ms"
                )
                for name in queries:
                    v = lat[name]
                    if not v:
                        continue
                    p50 = percentile(v, 50)
                    print(
                        f"  {name:28s} p50 {p50 * 1000:8.2f} ms  p95 {percentile(v, 95) * 1000:8.2f} ms  "
                        f"p99 {percentile(v, 99) * 1000:8.2f} ms  x{p50 / statistics.median(local[name]):.2f} "
                        f"in-process latency"
                    )
        finally:
            stop()
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
