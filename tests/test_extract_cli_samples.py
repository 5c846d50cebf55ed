"""The bundled samples through ``phoihop extract``, against the hand-written facts of three of them.

tests/fixtures/samples_expected/ holds what a careful reader takes out of
three sample articles (facts format of ../shared/spec/facts-format.md). The
metadata, the cited documents and the named persons must come out exactly;
the relations (agencies, signings) are scored by the NLP stage's own tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phoihop.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
EXPECTED = Path(__file__).resolve().parent / "fixtures" / "samples_expected"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("facts")
    assert main(["extract", str(SAMPLES), "--facts", str(out), "--no-progress"]) == 0
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


EXPECTED_FILES = sorted(EXPECTED.glob("*.json"))


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=[p.stem for p in EXPECTED_FILES])
def test_sample_metadata_documents_and_persons(extracted, path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = extracted[expected["id"]]
    # .txt samples carry no metadata: province and date are read from the text.
    assert (got["province"], got["published"]) == (expected["province"], expected["published"])
    assert {d["symbol"] for d in got["documents"]} == {d["symbol"] for d in expected["documents"]}
    assert {p["name"] for p in got["persons"]} == {p["name"] for p in expected["persons"]}
    # Every fact points at the sentence that states it, by offsets into the article's text.
    for fact in got["documents"] + got["persons"]:
        assert fact["evidence"], fact
        for span in fact["evidence"]:
            assert span["article"] == expected["id"] and span["end"] > span["start"]


def test_expected_files_are_well_formed_facts():
    from phoihop.batch.readers import read_inputs
    from phoihop.facts import ArticleFacts

    sample_ids = {item.article.id for item in read_inputs([SAMPLES])}
    assert len(EXPECTED_FILES) == 3
    for path in EXPECTED_FILES:
        facts = ArticleFacts.from_dict(json.loads(path.read_text(encoding="utf-8")))
        assert facts.id == path.stem and facts.id in sample_ids
        names = {a.name for a in facts.agencies}
        for relation in facts.signings + [d for d in facts.documents if d.parties]:
            assert set(relation.parties) <= names, relation
