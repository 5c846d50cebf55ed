"""Main text of news pages: the page reader of ``phoihop extract`` and ``collect`` against the alternatives.

    python benchmarks/bench_html_text.py [--pages tests/fixtures/news_pages] [--repeat 5] [--json OUT]
                                         [--html-text-rev 29f2601]

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

Extractors: ``phoihop.batch.pages.read_page`` as ``phoihop extract`` calls it
(trafilatura and htmldate; the collector calls the same function with the
page's address); the same with tables kept; trafilatura called bare with
``favor_precision`` (its own title and htmldate's date, tables kept); and
html_text, the hand-written reader ``phoihop extract`` used before, loaded
from git (``--html-text-rev``; left out when git or the revision is absent).

A second table reads the same articles as HTML fragments (the body as
``<p>`` paragraphs, or as text with ``<br>``s, with ``&nbsp;``/``&quot;``
entities and an inline ``<b>``; and the first paragraph alone in a ``<p>``;
no ``<html>``), as a JSON record's text may be: ``read_page`` (which reads fragments with ``pages.fragment_text``)
against trafilatura on the same markup.
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


_HTML_TEXT = None


def load_html_text(rev: str):
    """``page_content`` of ``batch/html_text.py`` as it was at ``rev`` (removed since), or ``None``."""
    import subprocess
    import types

    try:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:batch/html_text.py"], check=True, capture_output=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("html_text_before")
    sys.modules[module.__name__] = module  # dataclasses look their module up there
    exec(compile(source, f"{rev}:batch/html_text.py", "exec"), module.__dict__)
    return module.page_content


def read_html_text(html: str) -> tuple[str, str | None]:
    from phoihop.batch.readers import iso_date

    page = _HTML_TEXT(html)
    return page.text, iso_date(page.published)


def read_pages(html: str) -> tuple[str, str | None]:
    from phoihop.batch.pages import read_page

    page = read_page(html)
    return page.text, page.published


def read_pages_tables(html: str) -> tuple[str, str | None]:
    from phoihop.batch.pages import read_page

    page = read_page(html, tables=True)
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
    "read_page (extract, collect)": read_pages,
    "read_page, tables kept": read_pages_tables,
    "trafilatura bare, favor_precision": read_trafilatura_precision,
}


def read_trafilatura_fragment(html: str) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    return ((doc.text or "") if doc else ""), None


def fragments(truth: dict) -> dict[str, str]:
    """The article of ``truth`` as HTML fragments: ``<p>`` paragraphs, text separated by ``<br>``s, and its
    first paragraph alone in a ``<p>`` (``one``: scored against that paragraph)."""
    import html as html_lib

    def esc(text: str) -> str:
        return html_lib.escape(text, quote=True).replace(" ", "&nbsp;", 1)

    first, *rest = truth["body"] or [""]
    paragraphs = [f"<p><b>{esc(first)}</b></p>"] + [f"<p>{esc(p)}</p>" for p in rest]
    return {
        "p": f"<h1>{esc(truth['title'])}</h1>" + "".join(paragraphs),
        "br": esc(truth["title"]) + "<br>" + "<br/>".join(esc(p) for p in truth["body"]),
        "one": f"<p>{esc(first)}</p>",
    }


def run_fragments(truths: dict) -> dict:
    results = {}
    for name, read in (("read_page (fragment_text)", read_pages), ("trafilatura", read_trafilatura_fragment)):
        rows = []
        for truth in truths.values():
            for kind, markup in fragments(truth).items():
                text, _ = read(markup)
                expected = truth if kind != "one" else truth | {"title": "", "body": truth["body"][:1]}
                rows.append(score(text, None, expected) | {"kind": kind})
        results[name] = {
            "recall": statistics.mean(r["recall"] for r in rows),
            "min_recall": min(r["recall"] for r in rows),
            "precision": statistics.mean(r["precision"] for r in rows),
            "empty": sum(1 for r in rows if r["precision"] == 0),
            "n": len(rows),
        }
    return results


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


def run(pages_dir: Path, repeat: int, html_text_rev: str | None = None) -> dict:
    global _HTML_TEXT
    truths = json.loads((pages_dir / "truth.json").read_text(encoding="utf-8"))
    pages = {name: (pages_dir / f"{name}.html").read_text(encoding="utf-8") for name in truths}
    results: dict[str, dict] = {}
    extractors = dict(EXTRACTORS)
    _HTML_TEXT = load_html_text(html_text_rev) if html_text_rev else None
    if _HTML_TEXT is not None:
        extractors = {f"html_text (before, {html_text_rev})": read_html_text} | extractors
    for extractor, read in extractors.items():
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
    return {"pages": results, "fragments": run_fragments(truths)}


def report(all_results: dict) -> str:
    results = all_results["pages"]
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
    lines += [
        "",
        "The same articles as HTML fragments (<p> paragraphs; text with <br>s; the first paragraph alone):",
        "",
        "| reader | recall (mean / min) | precision | empty |",
        "|---|---|---|---|",
    ]
    for name, r in all_results["fragments"].items():
        lines.append(
            f"| {name} | {r['recall']:.3f} / {r['min_recall']:.3f} | {r['precision']:.3f} | {r['empty']} of {r['n']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "fixtures" / "news_pages")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write every figure, page by page, to this file")
    parser.add_argument(
        "--html-text-rev",
        default="29f2601",
        help="the git revision to read the former html_text reader from ('' to leave it out)",
    )
    args = parser.parse_args(argv)
    results = run(args.pages, args.repeat, args.html_text_rev or None)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
