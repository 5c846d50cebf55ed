"""How much of the gold files' agency names the naming grammar reads whole, each put in one neutral sentence.

    .venv/bin/python scripts/name_coverage.py ../shared/corpus/*/gold [--show]

Every distinct (name, province) of the gold files' ``agencies`` goes into "Sáng 5/3, NAME đã tổ chức hội nghị triển
khai nhiệm vụ năm 2024." and through the whole pipeline; a name counts as read when the facts hold it (compared as
``phoihop score`` compares names: abbreviations spelled out, the article's own province optional at the end), and its
sector is checked apart. The figure is a check of the catalogues across every writer's names, which no one set's
errors give; a name that only its page's context makes an agency ("Công an", "Phòng Y tế") is missed here by design.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_articles
from phoihop.extract.scoring import fact_tuples

NEUTRAL_SENTENCE = "Sáng 5/3, {name} đã tổ chức hội nghị triển khai nhiệm vụ năm 2024."


def gold_names(gold_dirs: list[Path]) -> list[tuple[str, str, str | None]]:
    """Each distinct (name, sector, province) of the gold files' agencies, in file order."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for folder in gold_dirs:
        for path in sorted(folder.glob("*.json")):
            try:
                gold = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                print(f"{path}: not read ({err})", file=sys.stderr)
                continue
            province = gold.get("province") or None
            for agency in gold.get("agencies", []):
                key = (agency["name"], province)
                if key not in seen:
                    seen.add(key)
                    out.append((agency["name"], agency["sector"], province))
    return out


def coverage(names: list[tuple[str, str, str | None]]) -> tuple[Counter, list[tuple[str, str, list[str]]]]:
    """(counts of "read", "sector" (read, other sector) and "missed"; the names not read right, with what was read)."""
    articles = [
        Article(f"n{i}", NEUTRAL_SENTENCE.format(name=name), None, "2024-03-06", province)
        for i, (name, _sector, province) in enumerate(names)
    ]
    counts: Counter = Counter()
    misses = []
    for (name, sector, province), facts in zip(names, extract_articles(articles), strict=True):
        read = _agencies([{"name": a.name, "sector": a.sector} for a in facts.agencies], province)
        wanted = _agencies([{"name": name, "sector": sector}], province)
        if wanted <= read:
            counts["read"] += 1
            continue
        counts["sector" if {n for n, _ in wanted} <= {n for n, _ in read} else "missed"] += 1
        misses.append((name, sector, [a.name for a in facts.agencies]))
    return counts, misses


def _agencies(agencies: list[dict], province: str | None) -> set[tuple]:
    return fact_tuples({"agencies": agencies}, province)["agency"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="folders of gold facts files")
    parser.add_argument("--show", action="store_true", help="list the names not read right")
    args = parser.parse_args(argv)
    names = gold_names(args.gold)
    if not names:
        print("no agency names in the gold folders given", file=sys.stderr)
        return 2
    counts, misses = coverage(names)
    total = len(names)
    print(
        f"{counts['read']} of {total} names read whole in their sector ({counts['read'] / total:.1%}); "
        f"{counts['sector']} read in another sector, {counts['missed']} not read whole"
    )
    if args.show:
        for name, sector, read in misses:
            print(f"  {name} ({sector}) -> {read}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
