"""Issue 11, first use: commands the documentation gives must work in the venv ``setup.sh --dev`` makes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
PROVIDERS = {"jupyter-lab": "jupyterlab", "jupyter-notebook": "notebook"}


def _bash_blocks(text: str) -> list[list[str]]:
    return [block.splitlines() for block in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_every_venv_command_in_the_notebooks_readme_exists_or_is_installed_first():
    for lines in _bash_blocks((ROOT / "notebooks" / "README.md").read_text(encoding="utf-8")):
        installed: set[str] = set()
        for line in lines:
            command = line.split("#", 1)[0].strip()
            match = re.match(r"\.venv/bin/python -m pip install (.+)", command)
            if match:
                installed.update(match.group(1).split())
                continue
            match = re.match(r"\.venv/bin/([\w.-]+)(?:\s+([\w-]+))?", command)
            if not match:
                continue
            tool = match.group(1)
            if tool == "jupyter" and match.group(2) and not match.group(2).startswith("-"):
                tool = f"jupyter-{match.group(2)}"  # `jupyter lab` runs the jupyter-lab program
            assert (VENV_BIN / tool).exists() or PROVIDERS.get(tool) in installed, (
                f"notebooks/README.md runs {command!r}, which `setup.sh --dev` does not install"
            )
