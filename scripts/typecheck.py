#!/usr/bin/env python3
"""Type-check the library code with mypy ([tool.mypy] in pyproject.toml).

    .venv/bin/python scripts/typecheck.py [mypy options]

mypy finds modules by folder, but `phoihop` is put together from several
(core/, cli/, extract/, batch/, collect/, graph/, ontology/, mapped in
[tool.setuptools] package-dir), and the editable install's import hook is
invisible to it. So, as for the import contracts (scripts/lint_imports.py),
the .py files are copied into a tree laid out as installed, in .cache/typecheck
(kept, with their times, so that mypy's cache in .cache/mypy stays valid), and
mypy checks the package `phoihop` there. Paths in its messages are mapped
back to the source folders. Exit status: mypy's own.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TREE = ROOT / ".cache" / "typecheck"
CACHE = ROOT / ".cache" / "mypy"


def _lint_imports():
    spec = importlib.util.spec_from_file_location("phoihop_lint_imports", ROOT / "scripts" / "lint_imports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    helper = _lint_imports()
    shutil.rmtree(TREE, ignore_errors=True)  # no stale copy of a deleted module
    helper.build_tree(TREE)
    # longest first: phoihop/graph/store/ before phoihop/graph/
    folders = sorted(
        ((Path(*package.split(".")).as_posix() + "/", folder) for package, folder in helper.package_folders().items()),
        key=lambda item: -len(item[0]),
    )
    command = [
        sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(CACHE),
        *(sys.argv[1:] if argv is None else argv), "-p", "phoihop",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=TREE, capture_output=True, text=True)
    for line in done.stdout.splitlines():
        for prefix, folder in folders:
            if line.startswith(prefix):
                line = (folder.relative_to(ROOT) / line[len(prefix) :]).as_posix()
                break
        print(line)
    sys.stderr.write(done.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
