"""The README's commands and Python example stay true.

The first command of "On a fresh machine" is run as written, minus the
set-up step (this test already runs inside the set-up environment) and with
the store in a temporary folder; the Python example is executed as is.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_main_command_builds_the_samples_and_answers_the_research_question(tmp_path):
    main = _blocks("bash")[0].strip()
    steps = [s.strip() for s in main.split("&&")]
    assert steps[0] == "bash scripts/setup.sh"
    assert (ROOT / "scripts" / "setup.sh").is_file()
    rows = None
    for step in steps[1:]:
        argv = shlex.split(step)
        assert argv[0] == ".venv/bin/phoihop"
        argv = [str(tmp_path / "store") if a == "store" else a for a in argv]
        done = subprocess.run(
            [sys.executable, "-m", "phoihop", *argv[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr
        rows = done.stdout
    # the last step is the query: a table whose rows name the Ban Dân vận's partners
    assert "Ban Dân vận Tỉnh ủy" in rows and re.search(r"\(\d+ rows?\)", rows), rows


def test_test_command_is_what_ci_runs():
    assert _blocks("bash")[1].strip() == "bash scripts/test.sh"
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_python_example_runs(tmp_path, monkeypatch):
    (code,) = _blocks("python")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["facts"].signings[0].parties == ["Ban Dân vận Tỉnh ủy Hà Nam", "Công an tỉnh"]
    assert namespace["rows"], "the example's programme is in force in 2024"
    assert "phoihop_agencies" in namespace["nlp"].pipe_names
