"""Write ``extract/data/places.tsv`` from the ``vietnamadminunits`` gazetteer (PyPI, MIT).

Why a generated lexicon and not the package at run time: the package ships its data as a 7 MB SQLite
file and pulls in shapely and geopy for features the extractor never uses (coordinates, address
parsing).  The grammar needs only the place names, so they are copied once, here, into one small
text file that the pipeline loads with the other lexicons (a set look-up per candidate; no import
of the package, no network).  Re-run after upgrading the package:

    .venv/bin/pip install vietnamadminunits
    .venv/bin/python scripts/build_places.py

Columns: short name (as written after a level word: "Ia Pnôn", "Ch'Ơm", "Nha Trang"), then the kinds
it has, comma-separated (province, district, commune; "2025" marks the units after the reform).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "places.tsv"


# The pipeline reads the older syllable "qui" as "quy" (extract/normalize.py), so the gazetteer's "Phú Quí" must be
# looked up as "Phú Quý".
_QUI = re.compile(r"([Qq][Uu])([iìíỉĩịIÌÍỈĨỊ])(?![\w])")
_I_AS_Y = str.maketrans("iìíỉĩịIÌÍỈĨỊ", "yỳýỷỹỵYỲÝỶỸỴ")


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = unicodedata.normalize("NFC", name).replace("\u2019", "'").replace("\u2018", "'").strip()
    name = _QUI.sub(lambda m: m.group(1) + m.group(2).translate(_I_AS_Y), name)
    return name or None


def collect(db: Path) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = defaultdict(set)
    with sqlite3.connect(db) as conn:
        for prov, dist, ward in conn.execute("SELECT provinceShort, districtShort, wardShort FROM admin_units_legacy"):
            for name, kind in ((prov, "province"), (dist, "district"), (ward, "commune")):
                if n := _clean(name):
                    kinds[n].add(kind)
        for prov, ward in conn.execute("SELECT provinceShort, wardShort FROM admin_units"):
            for name, kind in ((prov, "province2025"), (ward, "commune2025")):
                if n := _clean(name):
                    kinds[n].add(kind)
    return kinds


def main() -> None:
    db = Path(str(resources.files("vietnamadminunits").joinpath("data", "dataset.db")))
    kinds = collect(db)
    lines = [
        "# Place names from the vietnamadminunits gazetteer (MIT); made by scripts/build_places.py",
        "# name\tkinds (province, district, commune before 2025; province2025, commune2025 after)",
    ]
    lines += [f"{name}\t{','.join(sorted(k))}" for name, k in sorted(kinds.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kinds)} names -> {OUT}")


if __name__ == "__main__":
    main()
