"""Issue 11, the store: stale pid files, readers during a load, missing or mistyped stores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from phoihop.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"


def _facts(folder: Path, article_id: str = "tot") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article_id}.json"
    path.write_text(
        json.dumps(
            {"id": article_id, "province": "Hà Nam", "agencies": [{"name": "Công an tỉnh", "sector": "police"}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_a_stale_serve_pid_file_naming_another_process_does_not_block_writers(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["load", str(_facts(tmp_path / "facts")), "--store", str(store), "--no-progress"]) == 0
    # The server was killed long ago; its pid now belongs to some other program.
    other = subprocess.Popen(["sleep", "60"])
    try:
        (store / ".phoihop-serve.pid").write_text(
            json.dumps({"pid": other.pid, "url": "http://127.0.0.1:7878/", "writable": False}), encoding="utf-8"
        )
        status = main(["load", str(_facts(tmp_path / "facts2", "hai")), "--store", str(store), "--no-progress"])
        err = capsys.readouterr().err
        assert status == 0, err
        assert f"kill {other.pid}" not in err
    finally:
        other.kill()
        other.wait()


WRITER = """
import sys, time
from phoihop.graph.store.oxigraph import OxigraphStore, JOURNAL_NAME
store = OxigraphStore(sys.argv[1])
(store.path / JOURNAL_NAME).write_text('{"articles": ["x"]}')   # a batch being bulk-loaded
print("ready", flush=True)
time.sleep(60)
"""


def test_a_reader_during_a_running_load_is_not_told_the_load_was_interrupted(tmp_path, capsys, caplog):
    store = tmp_path / "store"
    assert main(["load", str(_facts(tmp_path / "facts")), "--store", str(store), "--no-progress"]) == 0
    capsys.readouterr()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        assert main(["query", "--store", str(store), "ASK { ?s ?p ?o }"]) == 0
        assert "interrupted" not in capsys.readouterr().err + caplog.text, caplog.text
    finally:
        writer.kill()
        writer.wait()
    # Once the writer is gone (killed mid-batch), the leftover journal is reported.
    assert main(["query", "--store", str(store), "ASK { ?s ?p ?o }"]) == 0
    assert "an interrupted load left" in caplog.text


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("samples") / "store"
    assert main(["build", str(SAMPLES), "--store", str(store), "--no-progress"]) == 0
    return store


@pytest.mark.parametrize("typed", ["Hà Nam", "ha-nam", "Ha Nam", "tỉnh Hà Nam", "tinh ha nam"])
def test_province_parameters_take_the_forms_users_type(sample_store, typed, capsys):
    assert (
        main(
            [
                "query",
                "--store",
                str(sample_store),
                "--name",
                "partners-by-sector",
                "--param",
                f"province={typed}",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert len(json.loads(capsys.readouterr().out)["rows"]) >= 1


def test_partners_by_sector_answers_on_the_samples_without_parameters(sample_store, capsys):
    assert main(["query", "--store", str(sample_store), "--name", "partners-by-sector", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["rows"]) >= 1


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_outputs_honour_the_umask(sample_store, tmp_path, capsys, umask, mode):
    import os

    previous = os.umask(umask)
    try:
        facts = tmp_path / "facts"
        assert (
            main(
                [
                    "extract",
                    str(SAMPLES / "langson-2021-07-02-hdnd-ubnd-mttq-quy-che.txt"),
                    "--facts",
                    str(facts),
                    "--no-progress",
                ]
            )
            == 0
        )
        outputs = [facts / "langson-2021-07-02-hdnd-ubnd-mttq-quy-che.json"]
        assert main(["export", "--store", str(sample_store), "-o", str(tmp_path / "all.trig")]) == 0
        assert main(["network", "--store", str(sample_store), "-o", str(tmp_path / "net.graphml")]) == 0
        assert main(["viz", "--store", str(sample_store), "-o", str(tmp_path / "map.html")]) == 0
        outputs += [tmp_path / "all.trig", tmp_path / "net.graphml", tmp_path / "map.html"]
    finally:
        os.umask(previous)
    assert {path.name: oct(path.stat().st_mode & 0o777) for path in outputs} == {
        path.name: oct(mode) for path in outputs
    }


@pytest.mark.slow
def test_a_missing_or_empty_store_gets_one_message_and_exit_status_3_from_every_command(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    commands = [
        ["query", "ASK {}"],
        ["export"],
        ["validate"],
        ["network", "-o", str(tmp_path / "n.graphml")],
        ["viz", "-o", str(tmp_path / "m.html")],
        ["serve", "--port", "0"],
        ["delete", "some-id"],
    ]
    for store in (tmp_path / "typo", empty):
        for command in commands:
            result = subprocess.run(
                [sys.executable, "-m", "phoihop", command[0], *command[1:], "--store", str(store)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert result.returncode == 3, (command, store, result.stderr)
            assert f"error: no store at {store}" in result.stderr, (command, result.stderr)
            assert "CURRENT" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "typo").exists(), "delete created an empty store"
    assert list(empty.iterdir()) == []


def test_store_help_says_created_when_missing_only_where_it_is():
    from phoihop.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in subparsers.items():
        for action in sub._actions:
            if "--store" in action.option_strings:
                creates = "created when missing" in (action.help or "")
                assert creates == (name in ("build", "load")), (name, action.help)
