"""The pipeline on the shared dev corpus, scored by the shared scorer (the quality bar of issue #2)."""

import importlib.util
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.slow


def _scorer():
    spec = importlib.util.spec_from_file_location("phoihop_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (DEV / "articles").is_dir() or not SCORER.is_file(),
                    reason="../shared (dev corpus and scorer) is not available")
def test_dev_corpus_meets_the_quality_bar(tmp_path, capsys):
    from phoihop.extract.article import Article
    from phoihop.extract.pipeline import extract_articles

    articles = []
    for path in sorted((DEV / "articles").glob("*.json")):
        a = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(str(a["id"]), a["text"], a.get("title"), a.get("published"), a.get("province"),
                                a.get("source")))
    for facts in extract_articles(articles):
        (tmp_path / f"{facts.id}.json").write_text(json.dumps(facts.to_dict(), ensure_ascii=False), encoding="utf-8")

    score = _scorer()
    assert score.main(["--gold", str(DEV / "gold"), "--pred", str(tmp_path), "--json"]) == 0
    out = capsys.readouterr().out
    scores = json.loads(out[:out.rindex("}") + 1])
    low = {name: s["f1"] for name, s in scores.items() if name != "micro" and s["f1"] < 0.80}
    assert scores["micro"]["f1"] >= 0.90, scores["micro"]
    assert not low, low
