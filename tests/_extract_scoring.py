"""Run the pipeline over a folder of corpus articles (``<id>.json`` with id, text, title, published,
province, source) and write one facts file per article, for the scoring tests."""

from __future__ import annotations

import json
from pathlib import Path

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_articles


def extract_folder(articles: Path, out: Path) -> None:
    batch = []
    for path in sorted(articles.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        batch.append(
            Article(str(d["id"]), d["text"], d.get("title"), d.get("published"), d.get("province"), d.get("source"))
        )
    for facts in extract_articles(batch):
        (out / f"{facts.id}.json").write_text(json.dumps(facts.to_dict(), ensure_ascii=False), encoding="utf-8")
