"""The map page in a real headless Chromium: it draws, stays offline, and shows article text as text."""

from __future__ import annotations

import itertools
import time

import pytest
from _network_store import fixture_store

from phoihop.graph.explore.browser import chromium_missing, headless_chromium, is_local, requested_urls, wait_for_map
from phoihop.graph.explore.network import project
from phoihop.graph.explore.viz import write_map

pytestmark = pytest.mark.browser

REASON = chromium_missing()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    if REASON:
        pytest.skip(f"no headless browser: {REASON}")
    path = tmp_path_factory.mktemp("map") / "map.html"
    written = write_map(project(fixture_store()), path)
    with headless_chromium() as driver:
        driver.get(path.as_uri())
        state = wait_for_map(driver)
        yield driver, state, written


def test_network_draws_every_node_and_edge(page):
    driver, state, written = page
    assert (state["nodes"], state["edges"]) == (8, 7) == (written.nodes, written.edges)
    assert state["canvas"]
    # vis laid the nodes out on the canvas: every node has a finite position
    positions = driver.execute_script("return Object.values(network.getPositions());")
    assert len(positions) == 8 and all(abs(p["x"]) < 1e6 and abs(p["y"]) < 1e6 for p in positions)


def test_page_makes_no_remote_request(page):
    driver, _, _ = page
    urls = requested_urls(driver)
    assert urls, "the performance log recorded no request at all (the page itself should be one)"
    assert any(u.startswith("file:") for u in urls)
    assert [u for u in urls if not is_local(u)] == []
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_article_markup_never_runs_and_shows_as_text(page):
    driver, _, _ = page
    assert driver.execute_script("return window.phoihopInjected === undefined;")
    # click the Hà Nam edge (the one whose sentence carries <script> and <img onerror>)
    found = driver.execute_script("""
        var edge = edges.get().find(function (e) { return e.title.textContent.indexOf('Hai bên') >= 0; });
        network.body.emitter.emit('click', {nodes: [], edges: [edge.id]});
        var d = document.getElementById('details');
        var link = d.querySelector('a');
        return {text: d.textContent, tags: d.querySelectorAll('script, img, i').length,
                href: link ? link.getAttribute('href') : null};
    """)
    assert "<script>window.phoihopInjected = 3</script>" in found["text"]
    assert '<img src=x onerror="window.phoihopInjected=4">' in found["text"]
    assert "Tiêu đề <b>đậm</b> & <script>" in found["text"]  # the headline, as the link's text
    assert found["tags"] == 0
    assert found["href"] == "https://example.org/hanam/ky-ket?a=1&b=2"
    time.sleep(0.3)
    assert driver.execute_script("return window.phoihopInjected === undefined;")


def test_hovering_a_node_shows_its_tooltip(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver, _, _ = page
    target = driver.execute_script("""
        var node = nodes.get().find(function (n) { return n.label === 'Ban Dân vận Tỉnh ủy (Bến Tre)'; });
        var pos = network.canvasToDOM(network.getPositions([node.id])[node.id]);
        var box = document.getElementById('mynetwork').getBoundingClientRect();
        return {x: pos.x, y: pos.y, w: box.width, h: box.height};
    """)
    canvas = driver.find_element(By.CSS_SELECTOR, "#mynetwork canvas")
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(target["x"] - target["w"] / 2), int(target["y"] - target["h"] / 2)
    ).perform()
    text = ""
    for _ in range(40):
        text = driver.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' ? t.textContent : '';"
        )
        if text:
            break
        time.sleep(0.1)
    assert "Ban Dân vận Tỉnh ủy" in text and "Bến Tre" in text and "4 đối tác" in text


def test_large_network_draws_aggregated(tmp_path):
    import networkx as nx

    if REASON:
        pytest.skip(f"no headless browser: {REASON}")
    # 4 provinces x 5 sectors x 30 agencies, each agency tied to the next one across sectors
    big = nx.Graph(filter="all")
    sectors = ("party", "state", "military", "police", "front")
    names = [(p, s, i) for p in range(4) for s in sectors for i in range(30)]
    for p, s, i in names:
        big.add_node((p, s, i), label=f"Cơ quan {p}-{s}-{i}", sector=s, province=f"Tỉnh {p}")
    for a, b in itertools.pairwise(names):
        big.add_edge(a, b, weight=1, programmes=[{"symbol": "1/CTr", "sentence": "<b>x</b>"}])
    path = tmp_path / "big.html"
    written = write_map(big, path, max_nodes=100)
    assert written.reduced == "aggregate" and written.nodes == 20
    with headless_chromium() as driver:
        driver.get(path.as_uri())
        state = wait_for_map(driver)
        assert (state["nodes"], state["edges"]) == (20, written.edges)
        notice = driver.execute_script("return document.getElementById('notice').textContent;")
        assert "600 agencies" in notice and "grouped by province and sector" in notice
        assert [u for u in requested_urls(driver) if not is_local(u)] == []
