"""Issue 11, the batch machinery: ``--jobs N`` started from an awkward folder, killed with SIGKILL,
and ``build`` interrupted without ``--resume``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
PHOIHOP = Path(sys.executable).parent / "phoihop"


def _batch(folder: Path, count: int) -> Path:
    texts = [json.loads(line)["text"] for line in (SAMPLES / "nghean-articles.jsonl").read_text("utf-8").splitlines()]
    path = folder / "batch.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"bai-{n:05d}", "text": texts[n % len(texts)]}, ensure_ascii=False) + "\n"
            for n in range(count)
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_jobs_work_when_run_from_the_folder_that_holds_the_clone(tmp_path):
    # `git clone … phoihop; phoihop/.venv/bin/phoihop extract … --jobs 2`: the current folder holds a
    # folder named like the package; the workers must still import the installed package.
    (tmp_path / "phoihop").symlink_to(ROOT, target_is_directory=True)
    batch = _batch(tmp_path, 6)
    result = subprocess.run(
        [str(PHOIHOP), "extract", str(batch), "--facts", "facts", "--jobs", "2", "--no-progress"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "facts").glob("bai-*.json"))) == 6


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("command", ["extract", "build"])
def test_kill_9_of_a_jobs_run_leaves_no_process_behind(tmp_path, command):
    batch = _batch(tmp_path, 2000)
    target = ["--facts", str(tmp_path / "facts")] if command == "extract" else ["--store", str(tmp_path / "st")]
    process = subprocess.Popen(
        [str(PHOIHOP), command, str(batch), *target, "--jobs", "2", "--no-progress"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        helpers: set[int] = set()
        while time.monotonic() < deadline:
            helpers = _descendants(process.pid)
            # the fork server, the resource tracker and two workers
            if len(helpers) >= 4:
                break
            time.sleep(0.2)
        assert len(helpers) >= 4, f"the workers did not start: {helpers}"
        time.sleep(3)  # the workers are extracting now
        helpers |= _descendants(process.pid)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_running(pid) for pid in helpers):
        time.sleep(0.2)
    left = [pid for pid in helpers if _running(pid)]
    for pid in left:  # clean up after a failure
        os.kill(pid, signal.SIGKILL)
    assert not left, f"still running 15 s after the kill: {left}"


def test_a_plain_build_journals_so_that_resume_skips_what_it_loaded(tmp_path, capsys):
    from phoihop.cli import main

    store = tmp_path / "store"
    assert main(["build", str(SAMPLES), "--store", str(store), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["build", str(SAMPLES), "--store", str(store), "--no-progress", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "resuming: 8 article(s) already in the store, 0 to do" in err, err


@pytest.mark.slow
@pytest.mark.parametrize("scale", [["--jobs", "2"], ["--dask", "local:2"]])
def test_a_run_leaves_nothing_in_tmpdir(tmp_path, scale):
    pytest.importorskip("distributed") if "--dask" in scale else None
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    batch = _batch(tmp_path, 8)
    result = subprocess.run(
        [str(PHOIHOP), "extract", str(batch), "--facts", str(tmp_path / "facts"), *scale, "--no-progress"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    assert result.returncode == 0, result.stderr
    time.sleep(1)  # the workers end just after the command
    assert sorted(p.name for p in scratch.iterdir()) == []


@pytest.mark.slow
def test_a_killed_run_leaves_no_model_file_in_tmpdir(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    batch = _batch(tmp_path, 3000)
    out = tmp_path / "facts"
    process = subprocess.Popen(
        [str(PHOIHOP), "extract", str(batch), "--facts", str(out), "--no-progress"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (out.is_dir() and any(out.glob("*.json"))):
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert any(out.glob("*.json")), "the run did not start extracting"
    assert sorted(p.name for p in scratch.iterdir()) == []
