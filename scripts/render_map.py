#!/usr/bin/env python
"""Render docs/map.png: the cooperation map of the bundled samples, screenshotted in headless Chromium.

    .venv/bin/python scripts/render_map.py                  # samples/articles -> docs/map.png
    .venv/bin/python scripts/render_map.py --store STORE -o out.png --html out.html

Without --store it builds a temporary store from samples/articles with
`phoihop build`. The page is the real `phoihop viz` output, opened from a
file: URL; the script fails if the page asks for anything off the machine.
Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store (default: build one from --samples)")
    parser.add_argument("--samples", default=str(ROOT / "samples" / "articles"), help="articles to build from")
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "map.png"), help="the PNG to write")
    parser.add_argument("--html", help="also keep the map page here")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args(argv)

    from phoihop.cli import main as phoihop
    from phoihop.graph.explore.browser import (
        chromium_missing,
        headless_chromium,
        is_local,
        requested_urls,
        wait_for_map,
    )

    missing = chromium_missing()
    if missing:
        print(f"render_map: cannot render: {missing}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="phoihop-render-") as work:
        store = args.store or str(Path(work) / "store")
        if not args.store and phoihop(["build", args.samples, "--store", store]) != 0:
            print("render_map: phoihop build failed", file=sys.stderr)
            return 1
        page = Path(args.html) if args.html else Path(work) / "map.html"
        if (
            phoihop(
                ["viz", "--store", store, "-o", str(page), "--title", "Phối hợp — cooperation in the sample articles"]
            )
            != 0
        ):
            return 1
        with headless_chromium(args.width, args.height) as driver:
            driver.get(page.resolve().as_uri())
            state = wait_for_map(driver)
            # Show the details of the best-connected agency in the side panel, as a reader would.
            driver.execute_script("""
                var best = null, most = -1;
                nodes.get().forEach(function (n) {
                    var d = network.getConnectedEdges(n.id).length;
                    if (d > most) { most = d; best = n.id; }
                });
                if (best !== null) {
                    network.selectNodes([best]);
                    network.body.emitter.emit('click', {nodes: [best], edges: []});
                }
            """)
            remote = [u for u in requested_urls(driver) if not is_local(u)]
            if remote:
                print(f"render_map: the page requested remote URLs: {remote}", file=sys.stderr)
                return 1
            out = Path(args.output)
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
    print(f"render_map: {state['nodes']} nodes, {state['edges']} edges -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
