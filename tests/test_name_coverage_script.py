"""scripts/name_coverage.py on gold files of our own: the share of agency names the grammar reads whole, each put in a
neutral sentence, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "name_coverage.py"


def _gold(folder: Path, name: str, province: str, agencies: list[tuple[str, str]]) -> None:
    facts = {"id": name, "province": province, "agencies": [{"name": n, "sector": s} for n, s in agencies]}
    (folder / f"{name}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300)


def test_counts_the_names_read_whole_read_in_another_sector_and_missed(tmp_path):
    _gold(
        tmp_path,
        "a1",
        "Nghệ An",
        [
            ("Ban Dân vận Tỉnh ủy", "party"),  # read whole
            ("Sở Y tế", "front"),  # read, but the grammar's sector is the State's
            ("Phòng Y tế", "state"),  # a bare district department: only its page's context makes it one
        ],
    )
    # the same name in another file with the same province counts once; a broken file is named and skipped
    _gold(tmp_path, "a2", "Nghệ An", [("Ban Dân vận Tỉnh ủy", "party")])
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    result = _run(str(tmp_path), "--show")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "1 of 3 names read whole in their sector (33.3%); 1 read in another sector, 1 not read whole"
    )
    assert "  Phòng Y tế (state) -> []" in result.stdout
    assert "broken.json: not read" in result.stderr


def test_a_folder_without_agency_names_is_an_error(tmp_path):
    result = _run(str(tmp_path))
    assert result.returncode == 2
    assert "no agency names" in result.stderr
