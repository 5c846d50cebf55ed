"""The project's scorer (phoihop.extract.scoring) counts as the facts contract says."""

from __future__ import annotations

import importlib.util
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from phoihop.extract.scoring import fact_tuples, normalise_symbol, normalise_text, read_facts, score, score_paths

SHARED_SCORER = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "score.py"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "unseen5"

GOLD = {
    "id": "a1",
    "province": "Hà Nam",
    "published": "2023-09-12",
    "agencies": [
        {"name": "Ban Dân vận Tỉnh ủy", "sector": "party"},
        {"name": "Công an tỉnh Hà Nam", "sector": "police"},
        {"name": "Ủy ban nhân dân tỉnh", "sector": "state"},
    ],
    "documents": [
        {
            "symbol": "12/CTrPH-BDV-CAT",
            "kind": "chương trình",
            "issued": "2023-09-12",
            "period": [2023, 2026],
            "parties": ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"],
        }
    ],
    "signings": [
        {
            "date": "2023-09-12",
            "period": [2023, 2026],
            "document": "12/CTrPH-BDV-CAT",
            "parties": ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"],
        }
    ],
    "persons": [{"name": "Trần Văn Hòa", "positions": ["Chủ tịch Ủy ban nhân dân tỉnh"]}],
}


def test_spellings_a_reader_treats_as_one_compare_equal():
    assert normalise_text("UBND  tỉnh") == normalise_text("Ủy ban nhân dân tỉnh")
    assert normalise_text("Tỉnh uỷ") == normalise_text("Tỉnh ủy")  # old tone placement
    assert normalise_text("Ch\u2019Ơm") == normalise_text("Ch'Ơm")
    assert normalise_text("Khu vực 9–Gia Lai") == normalise_text("khu vực 9 - Gia Lai")
    assert normalise_symbol("Số 105/QC- PH") == normalise_symbol("105/QC-PH")


def test_the_articles_own_province_at_the_end_of_a_name_is_optional():
    with_place = fact_tuples({"agencies": [{"name": "Công an tỉnh Hà Nam", "sector": "police"}]}, "Hà Nam")
    without = fact_tuples({"agencies": [{"name": "Công an tỉnh", "sector": "police"}]}, "Hà Nam")
    assert with_place["agency"] == without["agency"]
    other = fact_tuples({"agencies": [{"name": "Công an tỉnh Nam Định", "sector": "police"}]}, "Hà Nam")
    assert other["agency"] != without["agency"]


def test_perfect_prediction_scores_one_and_counts_every_set():
    report = score({"a1": GOLD}, {"a1": GOLD})
    assert report.micro.f1 == 1.0
    # one cooperation pair, counted once though both the document and the signing give it
    assert report.sets["cooperation"].tp == 1
    assert report.sets["position"].tp == 1 and report.sets["document_detail"].tp == 1


def test_errors_are_missed_and_spurious_tuples():
    pred = json.loads(json.dumps(GOLD))
    pred["signings"][0]["parties"] = ["Ban Dân vận Tỉnh ủy", "Ủy ban nhân dân tỉnh"]  # wrong partner
    pred["persons"] = []
    report = score({"a1": GOLD}, {"a1": pred})
    assert report.sets["signing"].tp == 0 and report.sets["signing"].fp == 1 and report.sets["signing"].fn == 1
    assert report.sets["person"].fn == 1 and report.sets["position"].fn == 1
    kinds = {(e.set, e.kind) for e in report.errors}
    assert ("signing", "missed") in kinds and ("signing", "spurious") in kinds
    assert 0 < report.micro.f1 < 1


def test_an_article_without_prediction_counts_as_empty():
    report = score({"a1": GOLD}, {})
    assert report.predicted == 0 and report.micro.f1 == 0.0 and report.sets["agency"].fn == 3


def test_facts_are_read_from_a_folder_or_json_lines(tmp_path):
    (tmp_path / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    lines = tmp_path / "all.jsonl"
    lines.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_facts(tmp_path).keys() == {"a1"}
    assert read_facts(lines) == {"a1": GOLD}
    lines.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"all\.jsonl: line 1"):
        read_facts(lines)


def test_agrees_with_the_shared_scorer_on_a_fixture(tmp_path):
    if not SHARED_SCORER.is_file():
        pytest.skip(f"the shared scorer is not here ({SHARED_SCORER.resolve()}): a clone without ../shared")
    spec = importlib.util.spec_from_file_location("phoihop_shared_score", SHARED_SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    # An imperfect prediction: every gold file with its last agency and signing dropped.
    for gold in sorted((FIXTURE / "gold").glob("*.json")):
        facts = json.loads(gold.read_text(encoding="utf-8"))
        facts["agencies"] = facts["agencies"][:-1]
        facts["signings"] = facts["signings"][:-1]
        (tmp_path / gold.name).write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    ours = score_paths(FIXTURE / "gold", tmp_path)
    out = io.StringIO()
    with redirect_stdout(out):
        shared.main(["--gold", str(FIXTURE / "gold"), "--pred", str(tmp_path), "--json"])
    text = out.getvalue()
    theirs = json.loads(text[: text.rindex("}") + 1])
    for name, s in ours.sets.items():
        assert (s.tp, s.fp, s.fn) == (theirs[name]["tp"], theirs[name]["fp"], theirs[name]["fn"]), name
    assert ours.micro.f1 < 1.0


def test_the_score_command_prints_the_table_and_names_a_broken_file(tmp_path):
    from phoihop.cli import main

    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir(), pred.mkdir()
    (gold / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (pred / "a1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["score", "--gold", str(gold), "--pred", str(pred)]) == 0
    assert out.getvalue().rstrip().endswith("micro_f1=1.000")
    (pred / "a1.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a1\.json: not JSON"):
        read_facts(pred)
    assert main(["score", "--gold", str(gold), "--pred", str(pred)]) == 2
