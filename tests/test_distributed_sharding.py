"""``--shard I/N``: disjoint shards that cover the corpus, the same split on every machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from _scale_helpers import ROOT, write_corpus

from phoihop.batch.sharding import Shard, parse_shard, select_shard, shard_of
from phoihop.cli import main


def test_shards_are_disjoint_and_cover_everything():
    ids = [f"bai-{i}" for i in range(2000)] + ["bentre-2021-10-29-dan-van", "Hà Nam", "", "x" * 300]
    for count in (1, 2, 3, 7, 16):
        shards = [set(select_shard(ids, Shard(i, count), key=lambda x: x)) for i in range(count)]
        assert sum(len(s) for s in shards) == len(ids)  # disjoint
        assert set().union(*shards) == set(ids)  # covering
        if count > 1:  # and reasonably even: no shard gets more than twice its share
            assert max(len(s) for s in shards) < 2 * len(ids) / count


def test_the_split_does_not_depend_on_the_process():
    ids = [f"bài-{i}" for i in range(50)]
    here = [shard_of(i, 5) for i in ids]
    code = (
        "import json, sys; from phoihop.batch.sharding import shard_of; "
        "print(json.dumps([shard_of(i, 5) for i in json.loads(sys.argv[1])]))"
    )
    for seed in ("0", "12345"):  # str hashes differ between these processes; the split must not
        other = subprocess.run(
            [sys.executable, "-c", code, json.dumps(ids)],
            capture_output=True,
            text=True,
            env=dict(os.environ, PYTHONHASHSEED=seed),
            check=True,
        )
        assert json.loads(other.stdout) == here


@pytest.mark.parametrize(
    "text, message",
    [("3", "I/N"), ("a/b", "whole numbers"), ("0/0", "at least 1"), ("4/4", "0 to N-1"), ("-1/4", "0 to N-1")],
)
def test_bad_shard_specs_are_refused(text, message):
    with pytest.raises(ValueError, match=message):
        parse_shard(text)


def test_extract_shards_split_a_corpus_between_runs(tmp_path, capsys):
    corpus = write_corpus(12, tmp_path / "corpus.jsonl", seed=2)
    out = tmp_path / "facts"
    seen: list[set[str]] = []
    for index in range(3):
        before = {p.stem for p in out.glob("*.json")} if out.exists() else set()
        assert main(["extract", str(corpus), "--facts", str(out), "--shard", f"{index}/3", "--no-progress"]) == 0
        seen.append({p.stem for p in out.glob("*.json")} - before)
    every = {json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()}
    assert set().union(*seen) == every
    assert sum(map(len, seen)) == len(every)
    # each shard kept its own journal in the shared folder
    assert sorted(p.name for p in out.glob(".phoihop-extract-journal*")) == [
        f".phoihop-extract-journal.{i}-of-3.tsv" for i in range(3)
    ]


def test_extract_rejects_a_bad_shard_on_the_command_line(tmp_path, capsys):
    corpus = write_corpus(1, tmp_path / "corpus.jsonl")
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(corpus), "--facts", str(tmp_path / "out"), "--shard", "3/3"])
    assert stop.value.code == 2
    assert "0 to N-1" in capsys.readouterr().err


def test_build_shards_fill_one_store(tmp_path):
    from phoihop.graph.store import open_store

    corpus = write_corpus(6, tmp_path / "corpus.jsonl", seed=8)
    store = tmp_path / "store"
    for index in range(2):
        assert main(["build", str(corpus), "--store", str(store), "--shard", f"{index}/2", "--no-progress"]) == 0
    with open_store(store, read_only=True) as opened:
        assert opened.article_ids() == {f"synth-8-{i:06d}" for i in range(6)}


def test_the_shard_option_is_documented():
    help_text = subprocess.run(
        [sys.executable, "-m", "phoihop", "extract", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    assert "--shard I/N" in help_text and "--resume" in help_text and "--dask" in help_text
