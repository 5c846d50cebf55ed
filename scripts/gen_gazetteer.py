"""Regenerate the bundled gazetteer from ``vietnamadminunits`` (MIT, https://github.com/tranngocminhhieu/vietnamadminunits).

    .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python scripts/gen_gazetteer.py

Writes, from the package's own SQLite dataset and its 63 -> 34 province
mapping (``converter_2025.json``), nothing fetched from the network:

* ``graph/data/provinces.tsv``: the 63 provinces before 1 July 2025 and the
  34 after, with the identity slug phoihop uses, the official code, a point
  (the dataset's centroid) and the mapping between the two structures;
* ``graph/data/places.tsv``: districts (before 2025) and communes (after
  2025) with a point, to place a body named after one;
* ``graph/data/communes.tsv``: which communes before 1 July 2025 each commune
  from then on was formed from (the package's ``DICT_PROVINCE_WARD_NO_DIVIDED``,
  and ``DICT_PROVINCE_WARD_DIVIDED`` for an old commune split between several);
* ``graph/explore/assets/vietnam-provinces.json``: a simplified outline of each
  province (concave hull of its communes' points, 0.01 degree precision),
  drawn by the geographic layout of ``phoihop viz``.

phoihop reads only these generated files at run time; the package is a
build-time source, re-run this script when it publishes a correction.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib.util import find_spec
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def ascii_slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def package_data() -> Path:
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("vietnamadminunits is not installed: pip install vietnamadminunits==1.0.4")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def outline(points: list[tuple[float, float]], ratio: float = 0.35):
    hull = shapely.concave_hull(MultiPoint(points), ratio=ratio)
    return hull.buffer(0.04).simplify(0.03, preserve_topology=True)


def rings(geom) -> list[list[list[float]]]:
    polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    out = []
    for poly in polys:
        if poly.geom_type != "Polygon" or poly.area < 0.002:
            continue
        coords = [[round(x, 2), round(y, 2)] for x, y in poly.exterior.coords]
        out.append(coords)
    return out


def _legacy_communes(db) -> dict[str, tuple]:
    """The package's key of an old commune (``{province}_{district}_{ward}``) -> its province key, district
    level and name, commune level and name, and its point."""
    out = {}
    for pkey, dkey, wkey, dtype, district, wtype, ward, lat, lon in db.execute(
        "SELECT provinceKey, districtKey, wardKey, districtType, districtShort, wardType, wardShort, wardLat, wardLon "
        "FROM admin_units_legacy WHERE wardKey IS NOT NULL AND wardLat IS NOT NULL"
    ):
        out[f"{pkey}_{dkey}_{wkey}"] = (pkey, (dtype or "").lower(), district, (wtype or "").lower(), ward, lat, lon)
    return out


def _new_communes(db) -> dict[tuple[str, str], tuple[str, str]]:
    """(province key, commune key) from 1 July 2025 -> its level and name."""
    return {
        (pkey, wkey): ((wtype or "").lower(), ward)
        for pkey, wkey, wtype, ward in db.execute("SELECT provinceKey, wardKey, wardType, wardShort FROM admin_units")
    }


def commune_links(db, converter: dict) -> list[tuple[tuple[str, str], str, bool]]:
    """(new province key, new commune key), old commune key, whole: every old -> new commune link of the
    package. ``whole`` is False for an old commune split between several new ones (it went in part)."""
    links = []
    for pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            links.extend(((pkey, wkey), old, True) for old in olds)
    for pkey, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in olds.items():
            links.extend(((pkey, part["newWardKey"]), old, False) for part in parts)
    return links


def write_communes(db, data: Path, legacy: dict, new: dict) -> None:
    """``graph/data/communes.tsv``: one row per old -> new commune link, sorted; links naming a commune the
    dataset does not hold (a key spelt otherwise) are counted and left out."""
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    olds, news = _legacy_communes(db), _new_communes(db)
    rows, missing = set(), 0
    for new_key, old_key, whole in commune_links(db, converter):
        if new_key not in news or old_key not in olds:
            missing += 1
            continue
        level, name = news[new_key]
        opkey, dlevel, district, olevel, oname, lat, lon = olds[old_key]
        rows.add(
            (
                new[new_key[0]]["slug"],
                level,
                name,
                legacy[opkey]["slug"],
                f"{dlevel} {district}",
                olevel,
                oname,
                "1" if whole else "0",
                f"{lat:.4f}",
                f"{lon:.4f}",
            )
        )
    lines = [
        "# Communes from 1 July 2025 and the communes before it they were formed from, generated by",
        "# scripts/gen_gazetteer.py from vietnamadminunits 1.0.4 (MIT; converter_2025.json). province: 2025 slug;",
        "# old_province: slug before 2025; whole: 1 = the old commune went whole into this one, 0 = in part;",
        "# old_lat/old_lon: the dataset's point for the old commune.",
        "province\tlevel\tname\told_province\told_district\told_level\told_name\twhole\told_lat\told_lon",
    ]
    lines.extend("\t".join(row) for row in sorted(rows))
    (ROOT / "graph" / "data" / "communes.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} commune links ({missing} left out: a key the dataset does not hold)")


def main() -> int:
    data = package_data()
    db = sqlite3.connect(data / "dataset.db")
    mapping_2025 = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]

    legacy: dict[str, dict] = {}
    for key, short, code, lat, lon in db.execute(
        "SELECT provinceKey, provinceShort, provinceCode, provinceLat, provinceLon FROM admin_units_legacy "
        "GROUP BY provinceCode ORDER BY provinceCode"
    ):
        legacy[key] = {"name": short, "slug": ascii_slug(short), "code": code, "lat": lat, "lon": lon}
    new: dict[str, dict] = {}
    for key, short, code, lat, lon in db.execute(
        "SELECT provinceKey, provinceShort, provinceCode, provinceLat, provinceLon FROM admin_units "
        "GROUP BY provinceCode ORDER BY provinceCode"
    ):
        olds = mapping_2025[key]
        unchanged = olds == [key]
        new[key] = {
            "name": short,
            "slug": ascii_slug(short) if unchanged else ascii_slug(short) + "-2025",
            "code": code,
            "lat": lat,
            "lon": lon,
            "olds": olds,
            "unchanged": unchanged,
        }
        for old in olds:
            legacy[old]["successor"] = key

    lines = [
        "# Provinces before and after 1 July 2025 (Nghị quyết 202/2025/QH15), generated by scripts/gen_gazetteer.py",
        "# from vietnamadminunits 1.0.4 (MIT). era: legacy (63, to 30/6/2025) or 2025 (34, from 1/7/2025).",
        "# slug: phoihop's identity slug; an unchanged province keeps one slug in both eras.",
        "# predecessors / successor: slugs in the other era. lat/lon: the dataset's point for the province.",
        "era\tslug\tname\tcode\tlat\tlon\tpredecessors\tsuccessor",
    ]
    for p in legacy.values():
        succ = new[p["successor"]]
        lines.append(f"legacy\t{p['slug']}\t{p['name']}\t{p['code']}\t{p['lat']:.4f}\t{p['lon']:.4f}\t\t{succ['slug']}")
    for p in new.values():
        preds = ",".join(legacy[o]["slug"] for o in p["olds"])
        lines.append(f"2025\t{p['slug']}\t{p['name']}\t{p['code']}\t{p['lat']:.4f}\t{p['lon']:.4f}\t{preds}\t")
    (ROOT / "graph" / "data" / "provinces.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    places = [
        "# Districts (before 1 July 2025) and communes (after) with a point, generated by scripts/gen_gazetteer.py",
        "# from vietnamadminunits 1.0.4 (MIT). province: phoihop slug of the province in that era.",
        "era\tprovince\tlevel\tname\tlat\tlon",
    ]
    seen = set()
    for pkey, district, dtype, lat, lon in db.execute(
        "SELECT provinceKey, districtShort, districtType, districtLat, districtLon FROM admin_units_legacy "
        "WHERE districtLat IS NOT NULL ORDER BY provinceCode, districtCode"
    ):
        row = ("legacy", legacy[pkey]["slug"], (dtype or "").lower(), district)
        if row not in seen:
            seen.add(row)
            places.append("\t".join(row) + f"\t{lat:.4f}\t{lon:.4f}")
    for pkey, ward, wtype, lat, lon in db.execute(
        "SELECT provinceKey, wardShort, wardType, wardLat, wardLon FROM admin_units "
        "WHERE wardLat IS NOT NULL ORDER BY provinceCode, wardCode"
    ):
        places.append(f"2025\t{new[pkey]['slug']}\t{(wtype or '').lower()}\t{ward}\t{lat:.4f}\t{lon:.4f}")
    (ROOT / "graph" / "data" / "places.tsv").write_text("\n".join(places) + "\n", encoding="utf-8")
    write_communes(db, data, legacy, new)

    points: dict[str, list] = defaultdict(list)
    for pkey, lat, lon in db.execute(
        "SELECT provinceKey, wardLat, wardLon FROM admin_units_legacy WHERE wardLat IS NOT NULL"
    ):
        points[pkey].append((lon, lat))
    shapes_legacy = {k: outline(v) for k, v in points.items()}
    out = {
        "source": "vietnamadminunits 1.0.4 (MIT): concave hulls of commune points, simplified",
        "legacy": {legacy[k]["slug"]: rings(g) for k, g in shapes_legacy.items()},
        "2025": {},
    }
    for p in new.values():
        merged = shapely.union_all([shapes_legacy[o] for o in p["olds"]]).simplify(0.03, preserve_topology=True)
        out["2025"][p["slug"]] = rings(merged)
    (ROOT / "graph" / "explore" / "assets" / "vietnam-provinces.json").write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    print(f"{len(legacy)} legacy provinces, {len(new)} provinces from 2025, {len(places) - 3} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
