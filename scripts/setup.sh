#!/usr/bin/env bash
# Create .venv and install phoihop into it.
#   scripts/setup.sh          the package and its command (enough for the main job)
#   scripts/setup.sh --dev    plus what the tests, notebooks and Dask path need
# Safe to run again: an existing .venv is reused.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
# setuptools says "Editable installation ... folders in your working directory with the same name
# as your package" on every editable install that maps folders to packages (core/ -> phoihop, ...):
# information only. The mapping is the point of the layout, and nothing but `phoihop` is importable
# (no top-level graph/ or extract/ module), so that one notice is filtered; every other warning shows.
PYTHONWARNINGS="ignore:Editable installation" \
    .venv/bin/python -m pip install -q -e ".${extras}" 2>&1 | grep -v '^WARNING: Location' || true
# pip's exit status is hidden by the filter above: check the install really worked.
.venv/bin/python -c "import phoihop.cli, spacy, pyoxigraph, pyvi" \
    || { echo "setup: phoihop did not install into .venv" >&2; exit 1; }
echo "setup: phoihop installed in .venv ($(.venv/bin/phoihop --version))"
