"""Extraction quality on the project's regression fixtures (tests/fixtures/unseen, unseen2 … unseen5).

These articles were written for phoihop (people and numbers invented). Each set was scored once before anyone
looked at its errors, then its classes of error were fixed: they guard against regressions now and do not
predict the score on real news pages (the shared corpora do, see test_extract_corpus_score.py).  Scored with
the project's own scorer (phoihop.extract.scoring), so they keep their bars in a plain clone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _extract_scoring import extract_folder

from phoihop.extract.scoring import score_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# (fixture folder, micro-F1 bar): unseen2 reached 0.980 after the fixes it prompted (0.846 when held out), 0.992 once
# the issued-date rule was settled; unseen3 reached 1.000 after its fixes (0.867 when held out); unseen4 scored 0.952
# held out, after those fixes and untuned (0.802 with the pipeline of session 1), and 0.981 after the fixes it prompted;
# unseen5 scored 0.928 held out, after all of them (0.834 with the pipeline of session 1)
SETS = [("unseen", 0.90), ("unseen2", 0.95), ("unseen3", 0.97), ("unseen4", 0.95), ("unseen5", 0.90)]


@pytest.mark.slow
@pytest.mark.parametrize("name,bar", SETS, ids=[name for name, _ in SETS])
def test_regression_fixtures_score_above_their_bar(name, bar, tmp_path):
    folder = FIXTURES / name
    extract_folder(folder / "articles", tmp_path)
    report = score_paths(folder / "gold", tmp_path)
    assert report.predicted == report.articles
    assert report.micro.f1 >= bar, report.table()
