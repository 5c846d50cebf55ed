"""The facts contract (phoihop.facts): reading, round-tripping and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phoihop.facts import ArticleFacts, iter_facts_files, read_facts
from phoihop.fileio import write_json_atomic

SAMPLE = {
    "id": "hanam-2022-05-04-dan-van",
    "province": "Hà Nam",
    "published": "2022-05-04",
    "title": "Ký kết chương trình phối hợp",
    "url": "https://example.invalid/a",
    "agencies": [
        {
            "name": "Ban Dân vận Tỉnh ủy",
            "sector": "party",
            "evidence": [
                {
                    "article": "hanam-2022-05-04-dan-van",
                    "sentence": "Ban Dân vận Tỉnh ủy ký kết.",
                    "start": 0,
                    "end": 27,
                }
            ],
        },
        {"name": "Công an tỉnh", "sector": "police"},
    ],
    "documents": [
        {
            "symbol": "12-CTr/BDVTU-CAT",
            "kind": "chương trình",
            "issued": "2022-05-04",
            "period": [2022, 2025],
            "parties": ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"],
        }
    ],
    "signings": [
        {
            "date": "2022-05-04",
            "period": [2022, 2025],
            "document": "12-CTr/BDVTU-CAT",
            "parties": ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"],
        }
    ],
    "persons": [{"name": "Trần Thị Mai", "positions": ["Trưởng Ban Dân vận Tỉnh ủy"]}],
}


def test_round_trip_keeps_every_field():
    facts = ArticleFacts.from_dict(SAMPLE)
    again = ArticleFacts.from_dict(facts.to_dict())
    assert again == facts
    out = facts.to_dict()
    assert out["documents"][0]["period"] == [2022, 2025]
    assert out["agencies"][0]["evidence"][0]["sentence"] == "Ban Dân vận Tỉnh ủy ký kết."
    assert out["agencies"][1]["evidence"] == []


def test_gold_style_file_without_extra_keys(tmp_path: Path):
    gold = {k: v for k, v in SAMPLE.items() if k not in ("title", "url")}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    [facts] = list(read_facts(path))
    assert facts.title is None and facts.url is None
    assert facts.signings[0].period == (2022, 2025)


def test_jsonl_error_names_file_and_line(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(SAMPLE, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    reader = read_facts(path)
    assert next(reader).id == SAMPLE["id"]
    with pytest.raises(ValueError, match=r"batch\.jsonl:2"):
        next(reader)


def test_object_without_id_is_refused(tmp_path: Path):
    path = tmp_path / "x.json"
    path.write_text('{"agencies": []}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.json"):
        list(read_facts(path))


def test_iter_facts_files_recurses_and_sorts(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    for name in ("sub/b.json", "a.jsonl", "notes.txt"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_facts_files([tmp_path])]
    assert found == ["a.jsonl", "sub/b.json"]


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path):
    target = tmp_path / "deep" / "out.json"
    write_json_atomic(target, SAMPLE)
    write_json_atomic(target, {"id": "x"})
    assert json.loads(target.read_text(encoding="utf-8")) == {"id": "x"}
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]
