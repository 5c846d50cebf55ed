"""The ``phoihop`` command: one subcommand per job.

Each stage contributes its subcommands from a module that defines
``register(subparsers)``; a subcommand's handler is stored as ``func`` and
returns the process exit status. Command modules keep their imports light at
module level (spaCy, pyoxigraph and friends are imported inside handlers) so
that ``phoihop --help`` stays instant.

This package is the composition root: the only place that knows every
stage, so that core (``phoihop.facts``, ``fileio``, ``text``) imports none
of them. ``python -m phoihop`` (``core/__main__.py``) only forwards here.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from phoihop import __version__

COMMAND_MODULES = [
    "phoihop.batch.commands",
    "phoihop.batch.score_command",
    "phoihop.graph.commands",
    "phoihop.graph.explore.commands",
    "phoihop.graph.serve.commands",
    "phoihop.collect.commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="phoihop",
        description="Read Vietnamese news articles and build a knowledge graph of cooperation "
        "between Party, State, armed-forces and Front bodies.",
    )
    parser.add_argument("--version", action="version", version=f"phoihop {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="phoihop: %(levelname)s: %(message)s"
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except Exception as exc:
        # A store that fails half-way (a server refusing the credentials, going away) is the
        # store's problem, not a bug: its message, exit status 3, as when it cannot be opened.
        from phoihop.graph.store import StoreError

        if not isinstance(exc, StoreError):
            raise
        print(f"phoihop {args.command}: error: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("phoihop: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
