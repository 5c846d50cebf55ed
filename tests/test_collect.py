"""phoihop collect against the fixture news site on 127.0.0.1 (tests/_collect_site.py); no real site is contacted."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

pytest.importorskip("scrapy")
pytest.importorskip("trafilatura")

sys.path.insert(0, str(Path(__file__).parent))
import itertools

from _collect_site import SiteServer, truth

PHOIHOP = [sys.executable, "-m", "phoihop"]
FAST = [
    "--delay",
    "0.05",
    "--max-depth",
    "1",
    "--backoff",
    "0.2",
    "--timeout",
    "5",
    "--max-page-mb",
    "1",
    "--no-progress",
]


def collect(server, out: Path, *extra: str, seeds=None) -> subprocess.CompletedProcess:
    seeds = seeds or [server.url + "/", server.url + "/sitemap.xml", server.url + "/rss.xml"]
    return subprocess.run(
        [*PHOIHOP, "collect", *seeds, "-o", str(out), *FAST, *extra], capture_output=True, text=True, timeout=120
    )


def articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def expected_paths(site) -> set[str]:
    """The address path of every article the site holds once (15)."""
    paths = {f"/bai-viet/{n}.html" for n in site.names}
    paths -= {f"/bai-viet/{n}.html" for n in (site.flaky, site.slow, site.cp1258)}
    return paths | {"/bai-viet/tam-loi.html", "/bai-viet/cham.html", "/bai-viet/cp1258.html"}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of the fixture site, then a second run of the same command; the server stays up."""
    tmp = tmp_path_factory.mktemp("collect")
    with SiteServer() as server:
        out = tmp / "articles.jsonl"
        first = collect(server, out)
        first_log = server.log
        second = collect(server, out)
        yield {
            "server": server,
            "out": out,
            "first": first,
            "second": second,
            "first_log": first_log,
            "second_log": server.log[len(first_log) :],
            "tmp": tmp,
        }


def test_keeps_every_article_once(crawled):
    assert crawled["first"].returncode == 0, crawled["first"].stderr
    site = crawled["server"].site
    kept = articles(crawled["out"])
    paths = {a["url"].split(str(crawled["server"].httpd.server_address[1]), 1)[1] for a in kept}
    assert paths == expected_paths(site)
    for article in kept:
        assert set(article) == {"id", "url", "title", "published", "province", "text", "page"}
        raw = crawled["out"].parent / article["page"]
        assert gzip.decompress(raw.read_bytes())[:200].lower().lstrip().startswith((b"<!doctype", b"<html"))
    assert len({a["id"] for a in kept}) == len(kept)


def test_text_and_dates_match_the_pages(crawled):
    t = truth()
    site = crawled["server"].site
    by_path = {a["url"].rsplit("/", 1)[1]: a for a in articles(crawled["out"])}
    served_as = {site.flaky: "tam-loi.html", site.slow: "cham.html", site.cp1258: "cp1258.html"}
    for name, page in t.items():
        article = by_path[served_as.get(name, f"{name}.html")]
        assert article["published"] == page["published"], name
        # Portals title every page with their own name; the headline is read from its class (batch/pages.py).
        assert article["title"] == page["title"], name
        for paragraph in page["body"][:2]:
            assert paragraph[:60] in article["text"], name
        assert "245/GP-BTTTT" not in article["text"] and "Đường dây nóng" not in article["text"], name
        # The province the paper's name gives ("Báo Kon Tum điện tử"); the <br> pages' <title> is the headline alone.
        assert article["province"] == (None if page["layout"] == "divs" else page["province"]), name
    cp = by_path["cp1258.html"]["text"]
    assert cp == unicodedata.normalize("NFC", cp) and t[site.cp1258]["body"][0][:60] in cp


def test_skips_with_reasons(crawled):
    report = json.loads((crawled["out"].parent / "articles.collect" / "report.json").read_text(encoding="utf-8"))
    reasons = {entry["url"].split("/", 3)[3]: entry["reason"] for entry in report["skipped_pages"]}
    site = crawled["server"].site
    assert reasons["noi-bo/bao-cao.html"] == "forbidden by robots.txt"
    assert reasons["bai-viet/khong-co.html"] == "HTTP 404"
    assert reasons["en/cooperation.html"] == "not Vietnamese"
    assert reasons["bai-viet/rat-lon.html"] == "page too large"
    assert reasons[f"in/{site.home_articles[1]}.html"].startswith("duplicate: same address as ")
    assert reasons[f"bao-khac/{site.syndicated}.html"].startswith("near-duplicate of ")
    assert len(reasons) == 6, reasons
    summary = crawled["first"].stderr
    assert "15 articles kept" in summary and "forbidden by robots.txt 1" in summary


def test_polite_requests(crawled):
    log = crawled["first_log"]
    paths = [entry["path"] for entry in log]
    assert not any(p.startswith("/noi-bo/") for p in paths), "robots.txt forbids /noi-bo/"
    assert not any("utm_" in p for p in paths), "tracking parameters are dropped before fetching"
    counts = {p: paths.count(p) for p in paths}
    assert counts.pop("/bai-viet/tam-loi.html") == 2  # a 500, then the article after a backoff
    assert set(counts.values()) == {1}, {p: n for p, n in counts.items() if n != 1}
    assert all(e["user_agent"].startswith("phoihop-collect/") for e in log)
    flaky = [e["time"] for e in log if e["path"] == "/bai-viet/tam-loi.html"]
    assert flaky[1] - flaky[0] >= 0.2  # --backoff 0.2


def test_rerun_asks_conditionally_and_fetches_no_article_again(crawled):
    assert crawled["second"].returncode == 0, crawled["second"].stderr
    log = crawled["second_log"]
    fetched = {e["path"] for e in log} - {"/robots.txt"}
    assert fetched == {"/", "/sitemap.xml", "/rss.xml", "/chuyen-muc/thoi-su"}
    assert all(e["if_none_match"] for e in log if e["path"] in ("/", "/sitemap.xml", "/rss.xml"))
    assert len(articles(crawled["out"])) == 15


def test_delay_between_requests(tmp_path):
    with SiteServer() as server:
        urls = tmp_path / "urls.txt"
        names = server.site.names[:4]
        urls.write_text("# a list of addresses\n" + "".join(f"{server.url}/bai-viet/{n}.html\n" for n in names))
        result = subprocess.run(
            [
                *PHOIHOP,
                "collect",
                str(urls),
                "-o",
                str(tmp_path / "a.jsonl"),
                "--delay",
                "0.4",
                "--max-depth",
                "0",
                "--no-progress",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        times = [e["time"] for e in server.log]
    assert len(times) == 5  # robots.txt and the four pages
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # The server logs a request when its thread reads it, a few milliseconds after the
    # crawler sent it (more on a loaded machine): allow that much jitter on a single gap.
    assert min(gaps) >= 0.3 and sorted(gaps)[len(gaps) // 2] >= 0.38, gaps


def test_filters(tmp_path):
    t = truth()
    with SiteServer() as server:
        names = server.site.names[:6]
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{server.url}/bai-viet/{n}.html\n" for n in names))
        result = subprocess.run(
            [
                *PHOIHOP,
                "collect",
                str(urls),
                "-o",
                str(tmp_path / "a.jsonl"),
                *FAST,
                "--max-depth",
                "0",
                "--since",
                "2020-01-01",
                "--keyword",
                "QUY CHẾ",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
    kept = {a["url"].rsplit("/", 1)[1][:-5] for a in articles(tmp_path / "a.jsonl")}
    report = json.loads((tmp_path / "a.collect" / "report.json").read_text(encoding="utf-8"))
    reasons = {e["url"].rsplit("/", 1)[1][:-5]: e["reason"] for e in report["skipped_pages"]}
    for name in names:
        text = t[name]["title"] + " " + " ".join(t[name]["body"])
        if t[name]["published"] < "2020-01-01":
            assert reasons[name] == "outside the date range"
        elif "quy chế" not in text.lower():
            assert reasons[name] == "no keyword"
        else:
            assert name in kept
    assert kept and reasons


def test_killed_crawl_resumes_without_fetching_twice(tmp_path):
    out = tmp_path / "articles.jsonl"
    journal = tmp_path / "articles.collect" / "journal.sqlite"
    with SiteServer() as server:
        seeds = [server.url + "/", server.url + "/sitemap.xml", server.url + "/rss.xml"]
        args = [
            *PHOIHOP,
            "collect",
            *seeds,
            "-o",
            str(out),
            "--delay",
            "0.3",
            "--max-depth",
            "1",
            "--backoff",
            "0.2",
            "--max-page-mb",
            "1",
            "--no-progress",
        ]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if journal.exists():
                try:
                    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
                        done = db.execute("SELECT COUNT(*) FROM urls WHERE state='done'").fetchone()[0]
                except sqlite3.OperationalError:
                    done = 0
            if done >= 10:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed_at = len(server.log)
        result = subprocess.run(args, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        paths = [e["path"] for e in server.log]
    assert 0 < killed_at < len(paths)
    counts = {p: paths.count(p) for p in paths}
    assert counts.pop("/robots.txt") == 2  # read again at each start
    assert counts.pop("/bai-viet/tam-loi.html") == 2  # its 500, then the article
    assert set(counts.values()) == {1}, {p: n for p, n in counts.items() if n != 1}
    assert len(articles(out)) == 15


@pytest.mark.slow
def test_collect_then_build(crawled, tmp_path):
    store = tmp_path / "store"
    result = subprocess.run(
        [*PHOIHOP, "build", str(crawled["out"]), "--store", str(store)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    query = subprocess.run(
        [
            *PHOIHOP,
            "query",
            "--store",
            str(store),
            "--format",
            "json",
            "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert query.returncode == 0, query.stderr
    assert "15" in query.stdout
