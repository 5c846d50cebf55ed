"""Throughput of the phoihop extraction pipeline against spaCy's Vietnamese tokenizer (pyvi) alone.

usage: python benchmarks/extract_speed.py [--articles DIR] [--repeat N]

Both are measured in the same run on the same texts (the shared dev corpus when
present, else the project's sample articles); prints characters per second for
each and the ratio pipeline / tokenizer (the bar is >= 0.6).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT / ".." / "shared" / "corpus" / "dev" / "articles"
    if not default.is_dir():
        default = ROOT / "samples" / "articles"
    ap.add_argument("--articles", type=Path, default=default)
    ap.add_argument("--repeat", type=int, default=3, help="copies of the article set per round")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds; the best of each is kept")
    args = ap.parse_args(argv)

    import spacy

    from phoihop.extract.article import Article
    from phoihop.extract.pipeline import extract_articles, load_pipeline

    raw = _texts(args.articles) * args.repeat
    articles = [Article(str(a.get("id")), a.get("text") or "", a.get("title"), a.get("published"),
                        a.get("province"), a.get("source")) for a in raw]
    chars = sum(len(a.text) for a in articles)

    tokenizer_only = spacy.blank("vi")
    nlp = load_pipeline()
    # Warm up both (pyvi model load, regex compilation).
    list(tokenizer_only.pipe([articles[0].text]))
    list(extract_articles(articles[:1], nlp))

    # Alternate the two measurements and keep each one's best time, so that load from other
    # processes on the machine skews the ratio as little as possible.
    t_tok = t_full = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _doc in tokenizer_only.pipe(a.text for a in articles):
            pass
        t_tok = min(t_tok, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _facts in extract_articles(articles, nlp):
            pass
        t_full = min(t_full, time.perf_counter() - t0)

    print(f"articles={len(articles)} chars={chars}")
    print(f"tokenizer_only chars/s={chars / t_tok:,.0f} ({t_tok:.2f}s)")
    print(f"full_pipeline  chars/s={chars / t_full:,.0f} ({t_full:.2f}s)")
    print(f"ratio={t_tok / t_full:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
