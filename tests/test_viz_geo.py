"""The geographic layout of the map: bodies at their province on the bundled outline of Vietnam, offline."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest
from _graph_helpers import ROOT, run_cli

from phoihop.graph.explore import viz

IDENTITY = ROOT / "tests" / "fixtures" / "identity"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    from phoihop.facts import ArticleFacts
    from phoihop.graph.explore.network import project
    from phoihop.graph.store import open_store

    store = open_store(tmp_path_factory.mktemp("geo") / "store")
    store.replace_articles(
        ArticleFacts.from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(IDENTITY.glob("*.json"))
    )
    yield project(store)
    store.close()


def _nodes(html: str) -> list[dict]:
    return json.loads(re.search(r"var nodeData = (\[.*?\]);\n", html).group(1))


def test_outline_is_bundled_and_covers_both_structures():
    outlines = viz.province_outlines()
    assert len(outlines["legacy"]) >= 63 and len(outlines["2025"]) >= 34
    xs = [x for ring in outlines["legacy"] for x, _ in ring]
    ys = [y for ring in outlines["legacy"] for _, y in ring]
    # Vietnam spans about 102-110 E and 8.5-23.5 N
    assert viz.geo_xy(102, 23.5)[0] <= min(xs) and max(xs) <= viz.geo_xy(110, 8.5)[0]
    assert viz.geo_xy(102, 23.5)[1] <= min(ys) and max(ys) <= viz.geo_xy(110, 8.5)[1]


def test_bodies_sit_at_their_province_by_structure(graph):
    pos = viz.geo_positions(graph)
    assert pos == viz.geo_positions(graph)  # deterministic
    old = "https://w3id.org/phoihop/id/agency/gia-lai/công-an-tỉnh"
    new = "https://w3id.org/phoihop/id/agency/gia-lai-2025/công-an-tỉnh"
    hanam = "https://w3id.org/phoihop/id/agency/ha-nam/ban-dân-vận-tỉnh-ủy"
    from phoihop.graph import succession

    for node, slug in ((old, "gia-lai"), (new, "gia-lai-2025"), (hanam, "ha-nam")):
        p = succession.gazetteer_province(slug)
        x, y = viz.geo_xy(p.lon, p.lat)
        assert abs(pos[node][0] - x) < 40 and abs(pos[node][1] - y) < 40, node
    assert pos[old] != pos[new]  # old Gia Lai (Pleiku) and the merged one (Quy Nhơn) differ
    assert pos[hanam][1] < pos[old][1]  # Hà Nam is north of Gia Lai: smaller y


def test_page_opens_in_the_geographic_layout_offline(graph):
    page = viz.build_map(graph, layout="geo")
    assert viz.external_references(page.html) == []
    assert 'var initialLayout = "geo";' in page.html and 'id="layout-geo"' in page.html
    nodes = _nodes(page.html)
    assert nodes and all(
        isinstance(n["geo"]["x"], (int, float)) and isinstance(n["geo"]["y"], (int, float)) for n in nodes
    )
    assert any("từ 7/2025" in line for n in nodes for line in n["info"]["lines"])
    with pytest.raises(ValueError, match="layout"):
        viz.build_map(graph, layout="globe")
    if shutil.which("node"):
        script = re.findall(r"<script>(.*?)</script>", page.html, re.S)[-1]
        done = subprocess.run(["node", "--check", "-"], input=script, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr


def test_cli_layout_flag(tmp_path):
    store = tmp_path / "store"
    assert run_cli("load", IDENTITY, "--store", store).returncode == 0
    done = run_cli("viz", "--store", store, "-o", tmp_path / "map.html", "--layout", "geo")
    assert done.returncode == 0, done.stderr
    assert 'var initialLayout = "geo";' in (tmp_path / "map.html").read_text(encoding="utf-8")


def test_the_same_store_gives_the_same_page_whatever_the_hash_seed(tmp_path):
    """The map is an artefact a researcher diffs and cites: written twice from one store it is the same
    file, although each Python process orders its sets of node ids by its own hash seed."""
    store = tmp_path / "store"
    assert run_cli("load", IDENTITY, "--store", store).returncode == 0
    pages = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"map-{seed}.html"
        done = run_cli("viz", "--store", store, "-o", out, env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        pages.append(out.read_text(encoding="utf-8"))
    assert len(_nodes(pages[0])) > 3
    assert pages[0] == pages[1] == pages[2]


@pytest.mark.browser
def test_layout_switch_in_a_browser(graph, tmp_path):
    from phoihop.graph.explore.browser import (
        chromium_missing,
        headless_chromium,
        is_local,
        requested_urls,
        wait_for_map,
    )

    missing = chromium_missing()
    if missing:
        pytest.skip(missing)
    page = tmp_path / "map.html"
    page.write_text(viz.build_map(graph, layout="geo").html, encoding="utf-8")
    with headless_chromium(1000, 800) as driver:
        driver.get(page.resolve().as_uri())
        wait_for_map(driver)
        assert driver.execute_script("return window.phoihopMap.layout") == "geo"
        geo_pos = driver.execute_script("return network.getPositions()")
        driver.execute_script("document.getElementById('layout-force').click()")
        assert driver.execute_script("return window.phoihopMap.layout") == "force"
        assert driver.execute_script("return network.getPositions()") != geo_pos
        driver.execute_script("document.getElementById('layout-geo').click()")
        assert driver.execute_script("return network.getPositions()") == geo_pos
        assert [u for u in requested_urls(driver) if not is_local(u)] == []
