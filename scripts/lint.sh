#!/usr/bin/env bash
# Lint, format check and type check ([tool.ruff] and [tool.mypy] in pyproject.toml); fails on the first
# that fails. scripts/test.sh (hence .ci/run) runs it before the tests. Needs `scripts/setup.sh --dev`.
#   scripts/lint.sh          check only
#   scripts/lint.sh --fix    apply ruff's safe fixes and format first, then check
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--fix" ]; then
    .venv/bin/ruff check --fix .
    .venv/bin/ruff format .
fi
echo "lint: ruff check"
.venv/bin/ruff check .
echo "lint: ruff format --check"
.venv/bin/ruff format --check .
echo "lint: mypy (the package phoihop, scripts/typecheck.py)"
.venv/bin/python scripts/typecheck.py
echo "lint: import contracts ([tool.importlinter], scripts/lint_imports.py)"
.venv/bin/python scripts/lint_imports.py
