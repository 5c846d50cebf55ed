"""The ``phoihop serve`` subcommand (the work is in :mod:`phoihop.graph.serve.front`)."""

from __future__ import annotations

import argparse
import os
import sys

DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30.0


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("the time limit must be more than 0 seconds")
    return value


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve a store as a SPARQL 1.1 endpoint with a query page",
        description="Serve a store folder as a SPARQL 1.1 Protocol endpoint (/sparql), with a query page (/) "
        "and the research-query library (/queries). Read-only, loopback-only and time-limited "
        "unless told otherwise. The store is locked against writers while served: stop the "
        "server (Ctrl-C) before loading into it, and start it again to serve the new data.",
    )
    p.add_argument("--store", required=True, metavar="DIR", help="the store folder (pyoxigraph/Oxigraph)")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for all)",
    )
    p.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT}; 0 picks a free one)"
    )
    p.add_argument(
        "--timeout",
        type=_positive_seconds,
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help=f"query time limit; a longer query is stopped and answered 503 (default {DEFAULT_TIMEOUT_S:g})",
    )
    p.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow cross-origin requests from ORIGIN (repeatable; '*' for any); off by default",
    )
    p.add_argument(
        "--allow-writes",
        action="store_true",
        help="accept SPARQL Update, LOAD and Graph Store writes (refused with 403 by default)",
    )
    p.add_argument(
        "--allow-service",
        action="store_true",
        help="allow federated queries (SERVICE <url>), which make the server fetch other URLs; "
        "refused with 403 by default",
    )
    p.add_argument(
        "--idle-timeout",
        type=_positive_seconds,
        default=20.0,
        metavar="SECONDS",
        help="close a connection that sends nothing (idle, or a request stopped half-way) for this long (default 20)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests whose Host header is NAME (a DNS name or proxy in front); by "
        "default only localhost and the listening address are answered, against DNS rebinding",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=max(2, os.cpu_count() or 2),
        metavar="N",
        help="query processes running side by side (read-only mode; default: the CPU count, at least 2)",
    )
    p.set_defaults(func=handle_serve)


def handle_serve(args) -> int:
    from pathlib import Path

    from phoihop.graph.serve.front import ServeConfig, run

    if args.workers < 1:
        print("phoihop serve: error: --workers must be at least 1", file=sys.stderr)
        return 2
    config = ServeConfig(
        store_dir=Path(args.store),
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        cors=tuple(args.cors),
        allow_writes=args.allow_writes,
        allow_service=args.allow_service,
        workers=args.workers,
        allow_hosts=tuple(name.lower() for name in args.allow_host),
        idle_timeout=args.idle_timeout,
    )
    return run(config)
