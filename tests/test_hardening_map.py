"""Issue 11, the map as a new user sees it: a headless screenshot shows the network, it is redrawn
when the window changes size, and no two agency labels overlap at 1400 px."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from phoihop.cli import main
from phoihop.graph.explore.browser import chromium_missing, headless_chromium, wait_for_map

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sample_map(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("map")
    assert main(["build", str(SAMPLES), "--store", str(folder / "store"), "--no-progress"]) == 0
    assert main(["viz", "--store", str(folder / "store"), "-o", str(folder / "map.html")]) == 0
    return folder / "map.html"


def _coloured_pixels(png: Path, right: int) -> int:
    from PIL import Image

    image = Image.open(png).convert("RGB")
    width, height = image.size
    count = 0
    for x in range(0, min(right, width), 2):
        for y in range(80, height, 2):
            r, g, b = image.getpixel((x, y))
            if max(r, g, b) - min(r, g, b) > 60:  # a sector colour, not text or an edge (greys)
                count += 1
    return count


def _screenshot(page: Path, shot: Path, profile: Path, budget_ms: int) -> int:
    """``chromium --headless --screenshot`` of ``page`` as a user runs it, in a fresh profile (no other
    Chromium of the test run is handed the page); the coloured pixels of the network area."""
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            # Let the page's scripts run (vis draws on a timer) before the capture.
            f"--virtual-time-budget={budget_ms}",
            f"--screenshot={shot}",
            "--window-size=1400,900",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert shot.is_file()
    return _coloured_pixels(shot, right=1000)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")
def test_a_headless_screenshot_shows_the_network(sample_map, tmp_path):
    # Chromium resizes the page just before its capture, and on a loaded machine it can still catch a
    # frame before the canvas is presented again (about one shot in fifteen with the page's synchronous
    # redraw on resize, one in two without it): a map that draws is seen within three shots, a map that
    # does not draw is empty in all of them.
    shots = []
    for attempt in range(3):
        coloured = _screenshot(sample_map, tmp_path / f"shot{attempt}.png", tmp_path / f"profile{attempt}", 5000)
        shots.append(coloured)
        if coloured > 1500:
            break
    assert coloured > 1500, f"the network area of every screenshot is empty: coloured pixels {shots}"


def _label_overlaps(driver) -> list:
    return driver.execute_script("""
        var ctx = document.createElement('canvas').getContext('2d');
        ctx.font = '15px Noto Sans, DejaVu Sans, Arial';
        var pos = network.getPositions();
        var boxes = nodes.get().map(function (n) {
            var p = network.canvasToDOM(pos[n.id]);
            var scale = network.getScale();
            var w = ctx.measureText(n.label).width * scale;
            var top = network.canvasToDOM({x: pos[n.id].x, y: pos[n.id].y + network.body.nodes[n.id].shape.options.size}).y;
            return {label: n.label, left: p.x - w / 2, right: p.x + w / 2, top: top, bottom: top + 17 * scale};
        });
        var bad = [];
        for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
            var a = boxes[i], b = boxes[j];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) bad.push([a.label, b.label]);
        }
        return bad;
    """)


@pytest.mark.skipif(chromium_missing() is not None, reason=f"no headless browser: {chromium_missing()}")
def test_no_labels_overlap_at_1400_px_and_the_map_refits_on_resize(sample_map):
    with headless_chromium(1400, 900) as driver:
        driver.get(sample_map.as_uri())
        wait_for_map(driver)
        assert _label_overlaps(driver) == []
        before = driver.execute_script("return network.getScale();")
        driver.set_window_size(700, 900)
        driver.execute_script("window.dispatchEvent(new Event('resize'));")
        import time

        time.sleep(1.0)
        after = driver.execute_script("return network.getScale();")
        assert after < before * 0.9, (before, after)  # refitted to the narrower window
