"""A provincial news site on 127.0.0.1 for the collector's tests; it logs every request it gets.

Articles are the pages of ``tests/fixtures/news_pages`` (real corpus texts in
five provincial layouts), under ``/bai-viet/<name>.html``. Around them:

==============================  =====================================================
``/robots.txt``                 forbids ``/noi-bo/``
``/``                           home: links to articles, to every special page below, off-site
``/sitemap.xml``, ``/rss.xml``  a sitemap and an RSS feed (ETag, 304 on If-None-Match)
``/chuyen-muc/thoi-su``         a category page (a listing, not an article)
``/noi-bo/bao-cao.html``        forbidden by robots.txt: must never be requested
``/tin-cu/<n>``                 301 to an article
``/bai-viet/khong-co.html``     404
``/bai-viet/tam-loi.html``      500 on the first request, the article after
``/bai-viet/cham.html``         answers after ``SLOW_SECONDS``
``/in/<name>.html``             the print version of an article (rel=canonical to it)
``/bai-viet/<name>.html?utm_…`` the same address with tracking parameters
``/bao-khac/<name>.html``       another outlet's copy: other layout, title, first line
``/en/cooperation.html``        an English page
``/bai-viet/rat-lon.html``      a page of ``HUGE_BYTES``
``/bai-viet/cp1258.html``       an article in Windows-1258
==============================  =====================================================
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "news_pages"
SLOW_SECONDS = 1.0
HUGE_BYTES = 3 * 1024 * 1024


def article_names() -> list[str]:
    return sorted(json.loads((PAGES / "truth.json").read_text(encoding="utf-8")))


def truth() -> dict:
    return json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))


def to_cp1258(text: str) -> bytes:
    """``text`` in Windows-1258: precomposed letters the code page lacks become base letter + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        # Windows-1258 has the letters with shape marks (â ă ê ô ơ ư) but writes the five tones
        # (grave, acute, tilde, hook, dot below) as combining characters after them.
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
        shaped = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in tones))
        try:
            out += (shaped + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += b"?"
    return bytes(out)


class Site:
    """The site's pages and behaviours; ``names`` are the article pages, in the roles below."""

    def __init__(self):
        names = article_names()
        self.names = names
        self.t = truth()
        # Roles: home links 0-5 and 10-11; 6 behind a redirect; 7 behind a 500; 8 slow;
        # 9 in Windows-1258; 12-13 in the sitemap; 14 in the feed; 2's copy on another outlet.
        self.home_articles = names[0:6] + names[10:12]
        self.redirected, self.flaky, self.slow, self.cp1258 = names[6], names[7], names[8], names[9]
        self.sitemap_articles = [*names[12:14], names[0]]
        self.feed_articles = [names[14], names[3]]
        self.syndicated = names[2]
        self.failed_once: set[str] = set()
        self.log: list[dict] = []
        self.lock = threading.Lock()

    def page(self, name: str) -> str:
        return (PAGES / f"{name}.html").read_text(encoding="utf-8")

    def home(self) -> str:
        links = [f'<a href="/bai-viet/{n}.html">{self.t[n]["title"]}</a>' for n in self.home_articles]
        links += [
            '<a href="/chuyen-muc/thoi-su">Thời sự</a>',
            '<a href="/noi-bo/bao-cao.html">Báo cáo nội bộ</a>',
            '<a href="/tin-cu/6">Tin cũ</a>',
            f'<a href="/bai-viet/{self.home_articles[0]}.html?utm_source=facebook&amp;utm_medium=social">Chia sẻ</a>',
            f'<a href="/in/{self.home_articles[1]}.html">Bản in</a>',
            '<a href="/bai-viet/khong-co.html">Bài đã gỡ</a>',
            '<a href="/bai-viet/tam-loi.html">Tạm lỗi</a>',
            '<a href="/bai-viet/cham.html">Chậm</a>',
            '<a href="/en/cooperation.html">English</a>',
            '<a href="/bai-viet/rat-lon.html">Rất lớn</a>',
            '<a href="/bai-viet/cp1258.html">Bài cũ</a>',
            f'<a href="/bao-khac/{self.syndicated}.html">Báo khác đưa tin</a>',
            '<a href="http://offsite.invalid/tin.html">Trang ngoài</a>',
            '<a href="mailto:toasoan@bao.invalid">Liên hệ</a>',
        ]
        items = "".join(f"<li>{link}</li>" for link in links)
        return (
            f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo tỉnh - Trang chủ</title>'
            f'</head><body><div class="menu">Trang chủ | Thời sự</div><ul class="news-list">{items}</ul>'
            f'<div class="footer">Báo tỉnh. Địa chỉ: 108 Lê Lợi.</div></body></html>'
        )

    def category(self) -> str:
        items = "".join(f'<li><a href="/bai-viet/{n}.html">{self.t[n]["title"]}</a></li>' for n in self.names[10:12])
        return f'<html><head><meta charset="utf-8"><title>Thời sự</title></head><body><ul>{items}</ul></body></html>'

    def sitemap(self, base: str) -> str:
        urls = "".join(
            f"<url><loc>{base}/bai-viet/{n}.html</loc><lastmod>{self.t[n]['published']}</lastmod></url>"
            for n in self.sitemap_articles
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>"
        )

    def feed(self, base: str) -> str:
        items = "".join(
            f"<item><title>{self.t[n]['title']}</title><link>{base}/bai-viet/{n}.html</link></item>"
            for n in self.feed_articles
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo tỉnh</title>'
            f"<link>{base}/</link>{items}</channel></rss>"
        )

    def print_version(self, name: str, base: str) -> str:
        html = self.page(name)
        return html.replace("<head>", f'<head><link rel="canonical" href="{base}/bai-viet/{name}.html">', 1)

    def other_outlet(self, name: str) -> str:
        t = self.t[name]
        body = list(t["body"])
        body[0] = "(Báo Nhân dân) - " + body[0]
        paragraphs = "".join(f"<p>{p}</p>" for p in body)
        return (
            f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{t["title"]} - Báo khác</title>'
            f'</head><body><div class="nav">Trang chủ | Chính trị | Kinh tế</div><div class="content">'
            f'<h1>Theo báo tỉnh: {t["title"]}</h1><div class="body">{paragraphs}</div></div>'
            f'<div class="lienquan">Tin liên quan: Khai mạc Hội báo Xuân (02/02/2024)</div></body></html>'
        )

    def english(self) -> str:
        text = (FIXTURES / "collect_site" / "english.txt").read_text(encoding="utf-8")
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Provincial cooperation</title>'
            f"</head><body><article><h1>Provincial agencies sign cooperation plan</h1>{paragraphs}</article>"
            f"</body></html>"
        )

    def huge(self) -> bytes:
        filler = "<p>Nội dung lặp lại của một trang rất lớn, không phải bài báo.</p>\n".encode() * 10
        head = '<html><head><meta charset="utf-8"><title>Trang lớn</title></head><body>'.encode()
        return head + filler * (HUGE_BYTES // len(filler) + 1) + b"</body></html>"


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):
            with site.lock:
                site.log.append(
                    {
                        "time": time.monotonic(),
                        "path": self.path,
                        "user_agent": self.headers.get("User-Agent"),
                        "if_none_match": self.headers.get("If-None-Match"),
                        "if_modified_since": self.headers.get("If-Modified-Since"),
                    }
                )
            base = f"http://{self.headers.get('Host')}"
            path = self.path
            plain = path.split("?", 1)[0]
            if plain == "/robots.txt":
                return self.send(
                    200, f"User-agent: *\nDisallow: /noi-bo/\n\nSitemap: {base}/sitemap.xml\n", "text/plain"
                )
            if plain == "/":
                return self.send(200, site.home(), etag='"home-1"')
            if plain == "/sitemap.xml":
                return self.send(200, site.sitemap(base), "application/xml", etag='"sitemap-1"')
            if plain == "/rss.xml":
                return self.send(200, site.feed(base), "application/rss+xml", etag='"rss-1"')
            if plain == "/chuyen-muc/thoi-su":
                return self.send(200, site.category())
            if plain.startswith("/tin-cu/"):
                self.send_response(301)
                self.send_header("Location", f"/bai-viet/{site.redirected}.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if plain == "/bai-viet/tam-loi.html":
                with site.lock:
                    first = "flaky" not in site.failed_once
                    site.failed_once.add("flaky")
                if first:
                    return self.send(500, "<html><body>Lỗi máy chủ</body></html>")
                return self.send(200, site.page(site.flaky))
            if plain == "/bai-viet/cham.html":
                time.sleep(SLOW_SECONDS)
                return self.send(200, site.page(site.slow))
            if plain == "/bai-viet/rat-lon.html":
                return self.send(200, site.huge())
            if plain == "/bai-viet/cp1258.html":
                html = site.page(site.cp1258).replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
                html = html.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=windows-1258"')
                return self.send(200, to_cp1258(html), "text/html; charset=windows-1258")
            if plain == "/en/cooperation.html":
                return self.send(200, site.english())
            match = re.fullmatch(r"/in/(.+)\.html", plain)
            if match and match.group(1) in site.t:
                return self.send(200, site.print_version(match.group(1), base))
            match = re.fullmatch(r"/bao-khac/(.+)\.html", plain)
            if match and match.group(1) in site.t:
                return self.send(200, site.other_outlet(match.group(1)))
            match = re.fullmatch(r"/bai-viet/(.+)\.html", plain)
            if match and match.group(1) in site.t:
                return self.send(200, site.page(match.group(1)))
            return self.send(404, "<html><body>Không tìm thấy trang</body></html>")

        def send(self, status: int, body, content_type: str = "text/html; charset=utf-8", etag: str | None = None):
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that hangs up is no news
        pass


class SiteServer:
    """The site on 127.0.0.1 (a free port), in a thread; use as a context manager."""

    def __init__(self):
        self.site = Site()
        self.httpd = _QuietServer(("127.0.0.1", 0), make_handler(self.site))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def log(self) -> list[dict]:
        with self.site.lock:
            return list(self.site.log)

    def requests_for(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.log:
            counts[entry["path"]] = counts.get(entry["path"], 0) + 1
        return counts


if __name__ == "__main__":  # python tests/_collect_site.py: serve it by hand
    with SiteServer() as server:
        print(server.url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
