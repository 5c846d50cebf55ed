"""``phoihop score``: extracted facts against hand-made gold facts, per fact set.

A researcher who annotates a few articles of a new province or outlet can see
what the extractor gets right there before trusting its graph; the counting is
``phoihop.extract.scoring`` (the facts contract's rules).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from phoihop.extract.scoring import score_paths

EPILOG = """\
GOLD is a folder of <id>.json facts files (or one JSON Lines file); PRED is
what `phoihop extract` wrote (a folder, or a .jsonl file). Articles without a
prediction count as empty. Exit status: 0 scored; 2 unreadable input.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "score",
        help="score extracted facts against gold facts",
        description="Precision, recall and F1 per fact set (agency, document, document_detail, "
        "cooperation, signing, person, position) and micro-F1 over all of them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--gold", required=True, type=Path, metavar="GOLD", help="gold facts")
    parser.add_argument("--pred", required=True, type=Path, metavar="PRED", help="extracted facts")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--show-errors", action="store_true", help="list every missed and spurious fact")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = score_paths(args.gold, args.pred)
    except (OSError, ValueError) as exc:
        print(f"phoihop score: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(report.table())
    if args.show_errors:
        for error in report.errors:
            print(f"  {error.article} {error.set} {error.kind}: {error.item}")
    return 0
