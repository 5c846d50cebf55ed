"""Issue 11, bad input: what a new user's files do to ``extract``, ``load`` and ``build``.

Each test runs the command on real files the way a user would and checks
that the bad article is named and skipped while the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from phoihop.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Ngày 12/9/2023, Ban Dân vận Tỉnh ủy Hà Nam ký kết chương trình phối hợp với Công an tỉnh giai đoạn 2023 - 2026."


def _article(folder: Path, name: str, raw_json: str) -> Path:
    path = folder / name
    path.write_text(raw_json, encoding="utf-8")
    return path


# ---------------------------------------------------------------- 1. lone surrogate escapes


def test_extract_names_and_skips_an_article_with_a_lone_surrogate(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    _article(inputs, "tot.json", json.dumps({"id": "tot", "text": TEXT}, ensure_ascii=False))
    # json.dumps cannot write a lone surrogate: the escape is written by hand, as a broken scraper does.
    bad = _article(inputs, "hong.json", '{"id": "hong", "text": "Công an tỉnh ký kết \\ud83d với Ban Dân vận."}')
    out = tmp_path / "facts"
    status = main(["extract", str(inputs), "--facts", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"error: {bad}: article 'hong': 'text' holds a lone surrogate escape (\\ud83d)" in err
    assert (out / "tot.json").is_file() and not (out / "hong.json").exists()
    assert "Traceback" not in err


def test_load_names_and_skips_a_facts_file_with_a_lone_surrogate(tmp_path, capsys):
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "tot.json").write_text(
        json.dumps(
            {"id": "tot", "province": "Hà Nam", "agencies": [{"name": "Công an tỉnh", "sector": "police"}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    bad = facts / "hong.json"
    bad.write_text('{"id": "hong", "agencies": [{"name": "C\\udc00ng an", "sector": "police"}]}', encoding="utf-8")
    store = tmp_path / "store"
    status = main(["load", str(facts), "--store", str(store), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert str(bad) in err and "lone surrogate" in err and "(skipped)" in err
    assert (
        main(
            [
                "query",
                "--store",
                str(store),
                "--format",
                "json",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["rows"] == [[1]]


# ---------------------------------------------------------------- 2. unreadable folders


def _deny(monkeypatch, *denied: Path) -> None:
    """Make ``os.scandir`` fail on ``denied`` folders as it does for a user without read permission
    (the tests run as root, who may read everything)."""
    real = os.scandir
    refused = {str(p) for p in denied}

    def scandir(path="."):
        if os.fspath(path) in refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_input_folder_is_named_not_a_traceback(tmp_path, capsys, monkeypatch):
    readable, locked = tmp_path / "ok", tmp_path / "locked"
    readable.mkdir()
    locked.mkdir()
    _article(readable, "tot.json", json.dumps({"id": "tot", "text": TEXT}, ensure_ascii=False))
    _deny(monkeypatch, locked)
    out = tmp_path / "facts"
    status = main(["extract", str(locked), str(readable), "--facts", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"error: {locked}: cannot read the folder: Permission denied" in err
    assert (out / "tot.json").is_file()


def test_an_unreadable_subfolder_is_reported_and_the_exit_status_says_so(tmp_path, capsys, monkeypatch):
    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    _article(top, "tot.json", json.dumps({"id": "tot", "text": TEXT}, ensure_ascii=False))
    _article(top / "sub", "mat.json", json.dumps({"id": "mat", "text": TEXT}, ensure_ascii=False))
    _deny(monkeypatch, top / "sub")
    out = tmp_path / "facts"
    status = main(["extract", str(top), "--facts", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"error: {top / 'sub'}: cannot read the folder" in err
    assert (out / "tot.json").is_file()


# ---------------------------------------------------------------- 3. stray NUL bytes


def test_a_few_nul_bytes_in_utf8_text_are_dropped_with_a_warning(tmp_path, capsys):
    path = tmp_path / "nul.txt"
    path.write_bytes(TEXT.replace(" Công an", "\x00 Công an", 1).encode("utf-8") + b"\x00\n")
    out = tmp_path / "facts"
    status = main(["extract", str(path), "--facts", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"warning: {path}: 2 NUL byte(s) in the text; dropped" in err
    facts = json.loads((out / "nul.json").read_text(encoding="utf-8"))
    assert "Công an tỉnh" in {a["name"] for a in facts["agencies"]}


def test_binary_files_are_still_refused(tmp_path, capsys):
    png = ROOT / "tests" / "fixtures" / "extract_inputs" / "bad" / "binary.txt"
    zeros = tmp_path / "zeros.txt"
    zeros.write_bytes(b"abc" + b"\x00" * 4000)
    status = main(["extract", str(png), str(zeros), "--facts", str(tmp_path / "facts"), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"error: {png}: binary file" in err and f"error: {zeros}: binary file" in err


# ---------------------------------------------------------------- 4. articles over spaCy's 1,000,000 characters


def test_an_article_over_a_million_characters_is_extracted(tmp_path, capsys):
    # Padding keeps the test fast; what matters is the length spaCy refuses by default.
    text = TEXT + "\n" + " " * 1_000_000 + "\nHết."
    path = _article(tmp_path, "dai.json", json.dumps({"id": "dai", "text": text}, ensure_ascii=False))
    out = tmp_path / "facts"
    status = main(["extract", str(path), "--facts", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "Công an tỉnh" in {a["name"] for a in json.loads((out / "dai.json").read_text("utf-8"))["agencies"]}


def test_the_length_limit_is_settable_and_names_the_file(tmp_path, capsys):
    short = _article(tmp_path, "ngan.json", json.dumps({"id": "ngan", "text": TEXT}, ensure_ascii=False))
    long = _article(tmp_path, "dai.json", json.dumps({"id": "dai", "text": TEXT * 20}, ensure_ascii=False))
    out = tmp_path / "facts"
    status = main(["extract", str(short), str(long), "--facts", str(out), "--no-progress", "--max-chars", "500"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"error: {long}: article 'dai': the text has 2,"[:60] in err
    assert "over the limit of 500: raise it with --max-chars N" in err and "nlp.max_length" not in err
    assert (out / "ngan.json").is_file() and not (out / "dai.json").exists()


# ---------------------------------------------------------------- 9. an article's province


def test_an_unknown_province_is_dropped_with_a_warning_not_pasted_into_names(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = "Ngày 12/9/2023, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Công an tỉnh giai đoạn 2023 - 2026."
    bad = _article(
        inputs, "la.json", json.dumps({"id": "la", "text": text, "province": "<b>Hà Nam</b>"}, ensure_ascii=False)
    )
    _article(inputs, "slug.json", json.dumps({"id": "slug", "text": text, "province": "ha-nam"}))
    out = tmp_path / "facts"
    status = main(["extract", str(inputs), "--facts", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"warning: {bad}: article 'la': 'province' '<b>Hà Nam</b>' is not a known province; ignored" in err
    facts = json.loads((out / "la.json").read_text("utf-8"))
    assert facts["province"] is None
    assert not any("<b>" in a["name"] for a in facts["agencies"])
    assert json.loads((out / "slug.json").read_text("utf-8"))["province"] == "Hà Nam"


def test_an_unknown_province_option_is_a_usage_error(tmp_path, capsys):
    path = _article(tmp_path, "a.json", json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False))
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(path), "--facts", str(tmp_path / "f"), "--province", "Hà Nammm"])
    assert stop.value.code == 2
    assert "not a known province: 'Hà Nammm'" in capsys.readouterr().err


def test_load_names_an_unreadable_subfolder_of_facts_and_says_so_in_its_status(tmp_path, capsys, monkeypatch):
    facts = tmp_path / "facts"
    (facts / "sub").mkdir(parents=True)
    assert (
        main(
            [
                "extract",
                str(ROOT / "samples" / "articles" / "hanam-2023-03-15-dan-van-bchqs-ky-ket.json"),
                "--facts",
                str(facts),
                "--no-progress",
            ]
        )
        == 0
    )
    (facts / "sub" / "copy.json").write_text(next(facts.glob("*.json")).read_text(encoding="utf-8"), encoding="utf-8")
    capsys.readouterr()
    _deny(monkeypatch, facts / "sub")
    status = main(["load", str(facts), "--store", str(tmp_path / "store"), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"error: {facts / 'sub'}: cannot read the folder: Permission denied" in err
    assert "loaded 1 article(s)" in err
