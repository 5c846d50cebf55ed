"""Resumable runs: kill a run half-way, run it again with --resume, and nothing is redone or duplicated."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _scale_helpers import ROOT, write_corpus

from phoihop.batch.resume import Journal, article_fingerprint, extract_journal_path, read_journal
from phoihop.cli import main
from phoihop.extract.article import Article


def _kill_when(command: list[str], ready, timeout: float = 240) -> subprocess.CompletedProcess | None:
    """Run ``command``; SIGKILL it as soon as ``ready()`` is true. Returns the finished process if it ended first."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return subprocess.CompletedProcess(command, process.returncode, "", process.stderr.read())
            if ready():
                process.send_signal(signal.SIGKILL)
                process.wait()
                return None
            time.sleep(0.02)
        raise AssertionError("the run neither got half-way nor ended in time")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()


def _ids(corpus: Path) -> list[str]:
    return [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]


def test_journal_ignores_a_torn_last_line(tmp_path):
    path = tmp_path / "j.tsv"
    with Journal(path) as journal:
        journal.record("a", "0" * 64)
        journal.record("b", "1" * 64)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("2" * 64 + "\tc")  # killed before the newline
    assert read_journal([path, tmp_path / "missing.tsv"]) == {"a": {"0" * 64}, "b": {"1" * 64}}


def test_fingerprint_follows_content_and_defaults():
    from phoihop.batch.runner import BatchDefaults

    article = Article("a", "Ngày 29-10-2021, Công an tỉnh ký kết.", "Tin", "2021-10-29", "Bến Tre")
    same = Article("a", "Ngày 29-10-2021, Công an tỉnh ký kết.", "Tin", "2021-10-29", "Bến Tre")
    assert article_fingerprint(article) == article_fingerprint(same)
    assert article_fingerprint(article) != article_fingerprint(
        Article("a", same.text + " ", "Tin", "2021-10-29", "Bến Tre")
    )
    assert article_fingerprint(article) != article_fingerprint(article, BatchDefaults(province="Hà Nam"))


# Enough articles that the run is still going when the poll sees it half-way: 60 took 0.3 s, shorter than a busy
# machine's pause between two polls (the tests flaked under a loaded full run)
EXTRACT_ARTICLES = 400
BUILD_ARTICLES = 240


def test_extract_killed_half_way_resumes_without_redoing(tmp_path):
    corpus = write_corpus(EXTRACT_ARTICLES, tmp_path / "corpus.jsonl", seed=11)
    out = tmp_path / "facts"
    journal = extract_journal_path(out)

    def half_way():
        return journal.is_file() and 10 <= journal.read_text(encoding="utf-8").count("\n") < EXTRACT_ARTICLES // 2

    ended = _kill_when(
        [sys.executable, "-m", "phoihop", "extract", str(corpus), "--facts", str(out), "--no-progress"], half_way
    )
    if ended is not None:
        pytest.fail(f"the first run finished before it could be stopped half-way: {ended.stderr[-500:]}")
    done_before = read_journal([journal])
    assert 10 <= len(done_before) < EXTRACT_ARTICLES
    kept = {aid: (out / f"{aid}.json").stat().st_mtime_ns for aid in done_before}

    # an article the first run finished is edited: it must be redone, the others not
    lines = corpus.read_text(encoding="utf-8").splitlines()
    edited_id = sorted(done_before)[0]
    for n, line in enumerate(lines):
        article = json.loads(line)
        if article["id"] == edited_id:
            article["text"] += "\n\nBài viết được cập nhật."
            lines[n] = json.dumps(article, ensure_ascii=False)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert main(["extract", str(corpus), "--facts", str(out), "--resume", "--no-progress"]) == 0
    assert {p.stem for p in out.glob("*.json")} == set(_ids(corpus))
    for aid, mtime in kept.items():
        if aid != edited_id:
            assert (out / f"{aid}.json").stat().st_mtime_ns == mtime, f"{aid} was extracted again"
    assert (out / f"{edited_id}.json").stat().st_mtime_ns != kept[edited_id]
    # every article journalled; one more line only for the edited one
    entries = journal.read_text(encoding="utf-8").splitlines()
    assert len(entries) == EXTRACT_ARTICLES + 1
    assert set(read_journal([journal])) == set(_ids(corpus))
    # a third run has nothing left to do
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert main(["extract", str(corpus), "--facts", str(out), "--resume", "--no-progress"]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")} == before


def test_build_killed_half_way_resumes_without_redoing_or_duplicating(tmp_path, capsys):
    from phoihop.graph.store import open_store

    corpus = write_corpus(BUILD_ARTICLES, tmp_path / "corpus.jsonl", seed=12)
    store, facts = tmp_path / "store", tmp_path / "facts"
    journal = facts / ".phoihop-build-journal.tsv"

    def half_way():
        return journal.is_file() and 8 <= journal.read_text(encoding="utf-8").count("\n") < BUILD_ARTICLES // 2

    ended = _kill_when(
        [
            sys.executable,
            "-m",
            "phoihop",
            "build",
            str(corpus),
            "--store",
            str(store),
            "--facts",
            str(facts),
            "--resume",
            "--resume-chunk",
            "8",
            "--no-progress",
        ],
        half_way,
    )
    if ended is not None:
        pytest.fail(f"the first build finished before it could be stopped half-way: {ended.stderr[-500:]}")
    loaded_before = len(read_journal([journal]))
    assert 8 <= loaded_before < BUILD_ARTICLES

    capsys.readouterr()
    assert (
        main(
            [
                "build",
                str(corpus),
                "--store",
                str(store),
                "--facts",
                str(facts),
                "--resume",
                "--resume-chunk",
                "8",
                "--no-progress",
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert f"resuming: {loaded_before} article(s) already in the store, {BUILD_ARTICLES - loaded_before} to do" in err

    # every article once, and exactly the quads a clean load of the same facts gives
    with open_store(store, read_only=True) as built:
        assert built.article_ids() == set(_ids(corpus))
        quads = built.quad_count()
    assert main(["load", str(facts), "--store", str(tmp_path / "clean"), "--no-progress"]) == 0
    with open_store(tmp_path / "clean", read_only=True) as clean:
        assert clean.quad_count() == quads
    assert set(read_journal([journal])) == set(_ids(corpus))
