"""The query page in headless Chromium: it loads offline, opens a research query from the library and shows its rows."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from _serve_server import FACTS, ServeProcess, build_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
QUERY = "programmes-in-force"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("serve-browser") / "store", [FACTS])
    from phoihop.graph.queries import load_query
    from phoihop.graph.store import open_store

    with open_store(store, read_only=True) as s:
        expected = s.select(load_query(QUERY))
    assert expected.rows
    with ServeProcess(store, "--workers", "2") as proc:
        proc.expected = expected
        yield proc
        assert proc.stop() == 0


def _result_rows(driver):
    return driver.find_elements("css selector", ".yasr table.dataTable tbody tr")


def _assert_same_origin(driver, url):
    origin = urlsplit(url).netloc
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"
    )
    assert loaded, "the page loaded no resources at all"
    outside = [u for u in loaded if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != origin]
    assert not outside, f"the page fetched from outside the server: {outside}"


def test_library_link_opens_and_runs_a_research_query(browser, server):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server.url + "queries")
    item = browser.find_element("css selector", f'li[data-query="{QUERY}"]')
    assert "period" in item.find_element("css selector", ".ph-comment").text
    item.find_element("css selector", "a.ph-run").click()
    wait = WebDriverWait(browser, 30)
    wait.until(lambda d: d.execute_script("return document.body.getAttribute('data-library-query')") == QUERY)
    wait.until(lambda d: len(_result_rows(d)) == len(server.expected.rows))
    table_text = browser.find_element("css selector", ".yasr table.dataTable").text
    symbols = [row[1] for row in server.expected.rows if row[1]]
    assert symbols and all(sym in table_text for sym in symbols)
    editor_text = browser.execute_script("return window.phoihopYasgui.getTab().getQuery();")
    assert "VALUES ?year" in editor_text
    _assert_same_origin(browser, server.url)


def test_editor_runs_a_typed_query_offline(browser, server):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server.url)
    wait = WebDriverWait(browser, 30)
    wait.until(lambda d: d.execute_script("return !!window.phoihopYasgui && !!window.phoihopYasgui.getTab()"))
    browser.execute_script(
        "var tab = window.phoihopYasgui.getTab();"
        "tab.setQuery('SELECT ?article WHERE { ?article a <https://schema.org/NewsArticle> } ORDER BY ?article');"
    )
    browser.find_element("css selector", ".yasqe_queryButton").click()
    wait.until(lambda d: len(_result_rows(d)) == 3)
    assert "serve-bentre-2021-ky-ket" in browser.find_element("css selector", ".yasr table.dataTable").text
    link = browser.find_element("id", "ph-library-link")
    assert link.get_attribute("href").endswith("/queries")
    _assert_same_origin(browser, server.url)
