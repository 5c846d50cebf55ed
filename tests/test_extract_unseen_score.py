"""Extraction quality on the project's own unseen articles (tests/fixtures/unseen, unseen2 … unseen5).

Scored with the shared scorer (../shared/eval/score.py) so that the figure
means the same as on the dev corpus; skips where ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_articles

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
SCORER = ROOT / ".." / "shared" / "eval" / "score.py"
BAR = 0.90
# (fixture folder, micro-F1 bar): unseen2 reached 0.980 after the fixes it prompted (0.846 when held out), 0.992 once
# the issued-date rule was settled; unseen3 reached 1.000 after its fixes (0.867 when held out); unseen4 scored 0.952
# held out, after those fixes and untuned (0.802 with the pipeline of session 1), and 0.981 after the fixes it prompted;
# unseen5 scored 0.928 held out, after all of them (0.834 with the pipeline of session 1)
SETS = [(UNSEEN, BAR), (ROOT / "tests" / "fixtures" / "unseen2", 0.95), (ROOT / "tests" / "fixtures" / "unseen3", 0.97),
        (ROOT / "tests" / "fixtures" / "unseen4", 0.95), (ROOT / "tests" / "fixtures" / "unseen5", 0.90)]


def _scorer():
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not here ({SCORER})")
    spec = importlib.util.spec_from_file_location("phoihop_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("folder,bar", SETS, ids=[f.name for f, _ in SETS])
def test_unseen_articles_score_above_the_bar(folder, bar, tmp_path, capsys):
    scorer = _scorer()
    articles = []
    for path in sorted((folder / "articles").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(d["id"], d["text"], d.get("title"), d.get("published"), d.get("province"),
                                d.get("source")))
    for facts in extract_articles(articles):
        (tmp_path / f"{facts.id}.json").write_text(json.dumps(facts.to_dict(), ensure_ascii=False),
                                                   encoding="utf-8")
    scorer.main(["--gold", str(folder / "gold"), "--pred", str(tmp_path), "--json"])
    out = capsys.readouterr().out
    # --json prints the scores object, then the "articles=" and "micro_f1=" lines
    scores = json.loads(out[: out.rindex("}") + 1])
    assert scores["micro"]["f1"] >= bar, scores
