"""The facts folder's writer: files written on threads, each journalled only once it is in place, errors raised."""

from __future__ import annotations

import json

import pytest

from phoihop.batch.resume import Journal, JournalledFacts, read_journal
from phoihop.batch.runner import FactsDirectory


def _facts(n: int) -> dict:
    return {"id": f"a{n:03d}", "agencies": [], "signings": []}


def test_every_file_is_written_whole_and_journalled_after_it_is_in_place(tmp_path):
    folder = tmp_path / "facts"
    journal = Journal(tmp_path / "journal.tsv")
    seen_before_record: list[bool] = []
    record = journal.record

    def checked_record(article_id: str, fingerprint: str) -> None:
        seen_before_record.append((folder / f"{article_id}.json").is_file())
        record(article_id, fingerprint)

    journal.record = checked_record  # type: ignore[method-assign]
    sink = JournalledFacts(FactsDirectory(folder), journal, [f"{n:064x}" for n in range(200)])
    for n in range(200):
        sink.add(n, _facts(n))
    sink.close()
    assert sorted(p.name for p in folder.glob("*.json")) == [f"a{n:03d}.json" for n in range(200)]
    assert json.loads((folder / "a007.json").read_text(encoding="utf-8")) == _facts(7)
    assert seen_before_record == [True] * 200
    assert set(read_journal([tmp_path / "journal.tsv"])) == {f"a{n:03d}" for n in range(200)}
    assert not list(folder.glob(".*.tmp"))


def test_a_write_that_fails_is_raised_and_not_journalled(tmp_path):
    folder = tmp_path / "facts"
    sink = FactsDirectory(folder)
    (folder / "a001.json").mkdir()  # (a folder in the file's place: the rename onto it fails)
    recorded: list[str] = []
    sink.add(0, _facts(0), then=lambda: recorded.append("a000"))
    sink.add(1, _facts(1), then=lambda: recorded.append("a001"))
    with pytest.raises(OSError):
        sink.close()
    assert recorded == ["a000"]
    assert (folder / "a000.json").is_file() and not list(folder.glob(".*.tmp"))
