#!/usr/bin/env python3
"""Check the import contracts of pyproject.toml ([tool.importlinter]) with import-linter.

    .venv/bin/python scripts/lint_imports.py [lint-imports options]

import-linter reads one folder per package, but here `phoihop` is put
together from several (core/, cli/, extract/, batch/, graph/, ontology/,
mapped in [tool.setuptools] package-dir). So the Python files are copied
into a temporary tree laid out as installed (phoihop/extract/..., ...)
and lint-imports runs on that copy. Exit status: lint-imports' own (0 when
every contract is kept).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"


def package_folders(pyproject: Path = PYPROJECT) -> dict[str, Path]:
    """``{package: source folder}`` for every package of [tool.setuptools]."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping = config.get("package-dir", {})
    folders = {}
    for package in config["packages"]:
        parts = package.split(".")
        for cut in range(len(parts), 0, -1):
            prefix = ".".join(parts[:cut])
            if prefix in mapping:
                folders[package] = pyproject.parent / mapping[prefix] / Path(*parts[cut:])
                break
        else:
            folders[package] = pyproject.parent / Path(*parts)
    return folders


def build_tree(dest: Path, pyproject: Path = PYPROJECT) -> Path:
    """Copy the packages' .py files into ``dest`` as installed; returns ``dest``."""
    for package, folder in package_folders(pyproject).items():
        target = Path(dest, *package.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for source in folder.glob("*.py"):
            shutil.copy2(source, target / source.name)
    return Path(dest)


def lint(tree: Path, args: list[str] = (), pyproject: Path = PYPROJECT) -> subprocess.CompletedProcess:
    """Run lint-imports with the contracts of ``pyproject`` on the package copy in ``tree``."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    command = [
        sys.executable,
        "-c",
        "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())",
        "--no-cache",
        *args,
        str(pyproject),
    ]
    return subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="phoihop-imports-") as tmp:
        done = lint(build_tree(Path(tmp)), list(sys.argv[1:] if argv is None else argv))
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
