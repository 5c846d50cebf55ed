"""The facts files written by the processes that extract them (``--jobs N``), as a user of ``phoihop extract`` meets
it: the same bytes as ``--jobs 1``, a file that cannot be written named and skipped, a killed run resumed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from _scale_helpers import write_corpus
from test_distributed_resume import _kill_when

from phoihop.batch.resume import extract_journal_path, read_journal
from phoihop.cli import main
from phoihop.facts import ArticleFacts
from phoihop.fileio import write_texts_atomic

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if not path.name.startswith(".")}


@pytest.mark.slow
def test_two_jobs_write_the_same_bytes_as_one(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(SAMPLES), "--facts", str(one), "--jobs", "1", "--no-progress"]) == 0
    assert main(["extract", str(SAMPLES), "--facts", str(two), "--jobs", "2", "--no-progress"]) == 0
    written = _files(one)
    assert len(written) == 8
    assert _files(two) == written
    # both journal every article, each once
    for folder in (one, two):
        assert set(read_journal([extract_journal_path(folder)])) == {name[: -len(".json")] for name in written}
        assert not list(folder.glob(".*.tmp"))


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_facts_file_that_cannot_be_written_is_named_and_the_batch_goes_on(tmp_path, capsys, jobs):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": f"bai-{n}", "text": f"Ngày 2-3-2024, Công an tỉnh và Tỉnh đoàn ký kết quy chế {n}."})
            + "\n"
            for n in range(6)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "facts"
    (out / "bai-3.json").mkdir(parents=True)  # (a folder where the file goes: its rename fails)
    status = main(["extract", str(batch), "--facts", str(out), "--jobs", jobs, "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    # the input's place, the article, the file and the problem
    assert f"{batch}:4: article 'bai-3': cannot write the facts file {out / 'bai-3.json'}: Is a directory" in err
    assert "1 input skipped" in err
    assert sorted(p.name for p in out.glob("*.json") if p.is_file()) == [f"bai-{n}.json" for n in (0, 1, 2, 4, 5)]
    assert not list(out.glob(".*.tmp"))
    # only the written articles are journalled, so --resume does the other once its place is free
    assert set(read_journal([extract_journal_path(out)])) == {f"bai-{n}" for n in (0, 1, 2, 4, 5)}
    (out / "bai-3.json").rmdir()
    assert main(["extract", str(batch), "--facts", str(out), "--jobs", jobs, "--resume", "--no-progress"]) == 0
    assert "resuming: 5 article(s) already extracted" in capsys.readouterr().err
    assert (out / "bai-3.json").is_file()


@pytest.mark.slow
def test_a_jobs_2_run_killed_half_way_resumes_without_redoing(tmp_path):
    corpus = write_corpus(96, tmp_path / "corpus.jsonl", seed=13)
    out = tmp_path / "facts"
    journal = extract_journal_path(out)
    command = [sys.executable, "-m", "phoihop", "extract", str(corpus), "--facts", str(out), "--no-progress"]

    def half_way():
        return journal.is_file() and 10 <= journal.read_text(encoding="utf-8").count("\n") < 96

    ended = _kill_when([*command, "--jobs", "2"], half_way)
    if ended is not None:
        pytest.fail(f"the first run finished before it could be stopped half-way: {ended.stderr[-500:]}")
    done_before = read_journal([journal])
    assert 10 <= len(done_before) < 96
    # every article the journal names has its whole file (the workers wrote it before the parent journalled it)
    kept = {}
    for article_id in done_before:
        path = out / f"{article_id}.json"
        assert ArticleFacts.from_dict(json.loads(path.read_text(encoding="utf-8"))).id == article_id
        kept[article_id] = path.stat().st_mtime_ns

    assert main(["extract", str(corpus), "--facts", str(out), "--resume", "--jobs", "2", "--no-progress"]) == 0
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert {p.stem for p in out.glob("*.json")} == set(ids)
    for article_id, mtime in kept.items():
        assert (out / f"{article_id}.json").stat().st_mtime_ns == mtime, f"{article_id} was extracted again"
    assert set(read_journal([journal])) == set(ids)
    # what a run without the kill writes, byte for byte
    clean = tmp_path / "clean"
    assert main(["extract", str(corpus), "--facts", str(clean), "--jobs", "1", "--no-progress"]) == 0
    assert _files(out) == _files(clean)


def test_a_group_of_files_is_written_whole_and_a_failed_one_is_left_out(tmp_path):
    (tmp_path / "b.json").mkdir()
    errors = write_texts_atomic([(tmp_path / "a.json", "ă\n"), (tmp_path / "b.json", "b\n"), (tmp_path / "c.json", "")])
    assert errors[0] is None and errors[2] is None
    assert isinstance(errors[1], IsADirectoryError)
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == "ă\n" and (tmp_path / "c.json").read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json", "c.json"]  # no temporary file left
