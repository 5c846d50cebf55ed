"""Main text of news pages: ``phoihop.batch.html_text`` against trafilatura (with htmldate for dates).

    python benchmarks/bench_html_text.py [--pages tests/fixtures/news_pages] [--repeat 5] [--json OUT]

The pages (made by benchmarks/news_pages.py) hold real article texts of the
corpus inside the furniture of provincial papers; ``truth.json`` beside them
gives each page's title + body, its publication date and the furniture
strings it carries. For each extractor and page:

- body recall / precision: token level (lower-cased words, multiset
  intersection) between the extracted text and title + body;
- furniture leaked: how many of the page's furniture strings (menu, masthead
  date, "Tin liên quan" headlines, counters, footer...) appear in the text;
- date: the publication date found (ISO), right, wrong or none;
- time: the median time to read one page, over ``--repeat`` passes.

Extractors: html_text (``page_content``, dates through ``readers.iso_date``);
trafilatura as the collector calls it (``phoihop.collect.reader.read_page``:
tables left out, a byline date at the head of the text preferred to
htmldate's); the same with tables kept; and trafilatura called bare with
``favor_precision`` (its own title and htmldate's date, tables kept).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def read_html_text(html: str) -> tuple[str, str | None]:
    from phoihop.batch.html_text import page_content
    from phoihop.batch.readers import iso_date

    page = page_content(html)
    return page.text, iso_date(page.published)


def read_trafilatura(html: str) -> tuple[str, str | None]:
    from phoihop.collect.reader import read_page

    page = read_page(html, url="https://bao.example.vn/bai-viet.html")
    return page.text, page.published


def read_trafilatura_tables(html: str) -> tuple[str, str | None]:
    from phoihop.collect.reader import read_page

    page = read_page(html, url="https://bao.example.vn/bai-viet.html", tables=True)
    return page.text, page.published


def read_trafilatura_precision(html: str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url="https://bao.example.vn/bai-viet.html",
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"},
    )
    if doc is None:
        return "", None
    text = doc.text or ""
    if doc.title and not text.startswith(doc.title):
        text = f"{doc.title}\n{text}"
    return text, doc.date


EXTRACTORS = {
    "html_text": read_html_text,
    "trafilatura": read_trafilatura,
    "trafilatura-tables": read_trafilatura_tables,
    "trafilatura-precision": read_trafilatura_precision,
}


def score(text: str, date: str | None, truth: dict) -> dict:
    expected = tokens(truth["title"] + "\n" + "\n".join(truth["body"]))
    got = tokens(text)
    common = sum((expected & got).values())
    leaked = [f for f in truth["furniture"] if f.lower() in text.lower()]
    return {
        "recall": common / max(1, sum(expected.values())),
        "precision": common / max(1, sum(got.values())),
        "leaked": len(leaked),
        "furniture": len(truth["furniture"]),
        "leaked_strings": leaked,
        "date": "right" if date == truth["published"] else ("none" if not date else "wrong"),
        "date_found": date,
    }


def run(pages_dir: Path, repeat: int) -> dict:
    truths = json.loads((pages_dir / "truth.json").read_text(encoding="utf-8"))
    pages = {name: (pages_dir / f"{name}.html").read_text(encoding="utf-8") for name in truths}
    results: dict[str, dict] = {}
    for extractor, read in EXTRACTORS.items():
        for html in pages.values():  # warm up: imports, lxml, trafilatura's caches
            read(html)
        per_page = {}
        for name, html in pages.items():
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                text, date = read(html)
                times.append(time.perf_counter() - start)
            per_page[name] = score(text, date, truths[name]) | {
                "seconds": statistics.median(times),
                "layout": truths[name]["layout"],
            }
        rows = list(per_page.values())
        results[extractor] = {
            "pages": per_page,
            "recall": statistics.mean(r["recall"] for r in rows),
            "precision": statistics.mean(r["precision"] for r in rows),
            "min_recall": min(r["recall"] for r in rows),
            "leaked": sum(r["leaked"] for r in rows),
            "furniture": sum(r["furniture"] for r in rows),
            "pages_leaking": sum(1 for r in rows if r["leaked"]),
            "dates_right": sum(1 for r in rows if r["date"] == "right"),
            "dates_wrong": sum(1 for r in rows if r["date"] == "wrong"),
            "dates_none": sum(1 for r in rows if r["date"] == "none"),
            "ms_per_page": 1000 * statistics.mean(r["seconds"] for r in rows),
            "n": len(rows),
        }
    return results


def report(results: dict) -> str:
    lines = [
        "| extractor | body recall (mean / min) | body precision | furniture leaked (strings / pages) "
        "| date right / wrong / none | ms per page |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['recall']:.3f} / {r['min_recall']:.3f} | {r['precision']:.3f} "
            f"| {r['leaked']} of {r['furniture']} / {r['pages_leaking']} of {r['n']} "
            f"| {r['dates_right']} / {r['dates_wrong']} / {r['dates_none']} | {r['ms_per_page']:.1f} |"
        )
    lines += ["", "By layout (recall / precision / leaked strings / date):", ""]
    layouts = sorted({p["layout"] for p in next(iter(results.values()))["pages"].values()})
    lines.append("| layout | " + " | ".join(results) + " |")
    lines.append("|---|" + "---|" * len(results))
    for layout in layouts:
        cells = []
        for r in results.values():
            rows = [p for p in r["pages"].values() if p["layout"] == layout]
            dates = Counter(p["date"] for p in rows)
            cells.append(
                f"{statistics.mean(p['recall'] for p in rows):.2f} / "
                f"{statistics.mean(p['precision'] for p in rows):.2f} / "
                f"{sum(p['leaked'] for p in rows)} / {dates['right']} right"
            )
        lines.append(f"| {layout} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "fixtures" / "news_pages")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write every figure, page by page, to this file")
    args = parser.parse_args(argv)
    results = run(args.pages, args.repeat)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
