"""The Dask path (``--dask``) on a LocalCluster of two worker processes: the same facts as a local run."""

from __future__ import annotations

import json

import pytest
from _scale_helpers import write_corpus

from phoihop.batch.distributed import parse_scheduler, run_dask_extract
from phoihop.batch.readers import read_file
from phoihop.batch.resume import extract_journal_path, read_journal
from phoihop.cli import main

distributed = pytest.importorskip("distributed", reason="the [dask] extra (dask, distributed) is not installed")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two single-threaded worker processes; the tests reach them by address, as a real cluster."""
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    local = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        memory_limit="2GB",
        dashboard_address=None,
        silence_logs=logging.ERROR,
        local_directory=str(tmp_path_factory.mktemp("dask-scratch")),
    )
    yield local
    local.close()


def _facts(folder):
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}


def test_scheduler_specs():
    assert parse_scheduler("local:3") == ("local", 3)
    assert parse_scheduler("local") == ("local", 2)
    assert parse_scheduler("tcp://10.0.0.5:8786") == ("address", "tcp://10.0.0.5:8786")
    for bad in ("local:0", "local:x", "nonsense"):
        with pytest.raises(ValueError):
            parse_scheduler(bad)


def test_dask_extract_writes_the_same_facts_as_a_local_run(tmp_path, cluster, capsys):
    corpus = write_corpus(8, tmp_path / "corpus.jsonl", seed=21)
    local, spread = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", str(corpus), "--facts", str(local), "--no-progress"]) == 0
    assert (
        main(
            [
                "extract",
                str(corpus),
                "--facts",
                str(spread),
                "--dask",
                cluster.scheduler_address,
                "--partition-size",
                "3",
                "--no-progress",
            ]
        )
        == 0
    )
    assert "on 2 worker(s)" in capsys.readouterr().err
    assert _facts(spread) == _facts(local)
    assert len(_facts(spread)) == 8
    # the driver journalled every article, so --resume has nothing left (and needs no cluster)
    assert set(read_journal([extract_journal_path(spread)])) == set(_facts(local))
    assert (
        main(
            ["extract", str(corpus), "--facts", str(spread), "--dask", "tcp://127.0.0.1:9", "--resume", "--no-progress"]
        )
        == 0
    )
    assert "0 to do" in capsys.readouterr().err


def test_dask_partitions_run_on_both_workers(tmp_path, cluster):
    corpus = write_corpus(8, tmp_path / "corpus.jsonl", seed=22)
    articles = list(read_file(corpus))
    seen = []
    with distributed.Client(cluster) as client:
        result = run_dask_extract(
            articles, tmp_path / "out", "unused", client=client, partition_size=2, on_partition=seen.append
        )
        assert result.workers == 2 and result.partitions == 4 and len(seen) == 4
    assert result.written == 8 and not result.failed
    assert sorted(result.ids) == sorted(a.article.id for a in articles)
    assert result.peak_worker_rss_mb > 50  # a worker with the NLP pipeline loaded


def _build_on(cluster, corpus, store, *options):
    """``phoihop build`` of ``corpus`` into ``store`` on the cluster's workers; the exit code."""
    args = ["build", str(corpus), "--store", str(store), "--dask", cluster.scheduler_address, "--no-progress"]
    return main([*args, *options])


def test_build_on_dask_loads_the_store(tmp_path, cluster, capsys):
    from phoihop.graph.store import open_store

    corpus = write_corpus(6, tmp_path / "corpus.jsonl", seed=23)
    store, facts = tmp_path / "store", tmp_path / "facts"
    # a scheduler address means workers elsewhere: the facts go through a folder they share
    assert _build_on(cluster, corpus, store) == 2
    assert "needs --facts" in capsys.readouterr().err
    assert _build_on(cluster, corpus, store, "--facts", str(facts)) == 0
    assert len(list(facts.glob("*.json"))) == 6
    with open_store(store, read_only=True) as built:
        assert built.article_ids() == {f"synth-23-{i:06d}" for i in range(6)}
        assert built.quad_count() > 6 * 20
    # run again with --resume: everything is in the store already
    assert _build_on(cluster, corpus, store, "--facts", str(facts), "--resume") == 0
    assert "6 article(s) already in the store, 0 to do" in capsys.readouterr().err
