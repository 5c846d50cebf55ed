"""Open map pages in a real headless Chromium (Debian's ``chromium`` + ``chromium-driver``).

Used by the browser test and by ``scripts/render_map.py``. Selenium is
pointed at the system binaries explicitly so selenium-manager never tries to
download a driver, and Chromium runs with its background networking off so
the only requests in its log are the page's own.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# chrome-untrusted: is Chromium's own WebUI (Debian's Chromium 150 opens one in every headless
# session), never the network.
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:", "chrome:", "chrome-untrusted:", "chrome-extension:", "devtools:")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def chromium_missing() -> str | None:
    """Why the browser cannot run here (None when it can)."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return f"{path} not found (apt-get install -y {package})"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return None


@contextmanager
def headless_chromium(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A selenium Chrome driver on the system Chromium, headless, with a fresh profile and the network log on."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="phoihop-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--allow-file-access-from-files",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_map(driver: Any, timeout: float = 60.0) -> dict[str, Any]:
    """Wait until the page's network has laid itself out; return what the page's JavaScript reports.

    Keys: ``nodes``/``edges`` (counts in vis-network's own data sets),
    ``stabilized``, ``canvas`` (whether a drawn canvas exists).
    """
    deadline = time.monotonic() + timeout
    state: dict[str, Any] = {}
    while time.monotonic() < deadline:
        state = (
            driver.execute_script(
                "if (typeof network === 'undefined' || !window.phoihopMap) { return null; }"
                "return {nodes: network.body.data.nodes.length, edges: network.body.data.edges.length,"
                " stabilized: window.phoihopMap.stabilized,"
                " canvas: !!document.querySelector('#mynetwork canvas')};"
            )
            or {}
        )
        if state.get("stabilized"):
            return state
        time.sleep(0.2)
    raise TimeoutError(f"the map did not finish drawing in {timeout}s (last state: {state})")


def requested_urls(driver: Any) -> list[str]:
    """Every URL the page asked for, from Chromium's performance (DevTools network) log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def is_local(url: str) -> bool:
    """Whether ``url`` stays on this machine (file:, data:, … or localhost)."""
    from urllib.parse import urlsplit

    if url.startswith(LOCAL_SCHEMES):
        return True
    host = urlsplit(url).hostname or ""
    return host in LOCAL_HOSTS or host == "::1"
