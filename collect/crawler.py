"""The crawl: a Scrapy spider, two downloader middlewares and the settings that make it polite.

Scrapy does the fetching: robots.txt (Protego), one download slot per host
with its delay and concurrency limit, AutoThrottle (which never goes below
the delay), redirects, the page-size limit, timeouts, sitemaps. What is ours:

- :class:`JournalMiddleware` refuses a request for an address the journal
  says was fetched (so nothing is fetched twice, across restarts too) and
  adds ``If-None-Match`` / ``If-Modified-Since`` when an earlier run saw the
  page;
- :class:`BackoffRetryMiddleware` replaces Scrapy's retry middleware to wait
  before retrying 429 / 5xx / timeouts: ``Retry-After`` when the server says
  (capped), else ``backoff * 2**(attempt-1)``;
- :class:`NewsSpider` reads seeds (site pages, sitemaps, RSS/Atom feeds),
  follows same-site links, reads each page with trafilatura (``batch.pages``,
  the page reader ``phoihop extract`` uses too), applies the filters and the
  duplicate checks, and records everything in the journal, one transaction
  per page.

Scrapy's own JOBDIR is not used: it saves its queue only on a clean stop, and
a crawl killed with ``kill -9`` restarts from scratch (docs/collect.md).
"""

from __future__ import annotations

import asyncio
import gzip
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import CloseSpider, IgnoreRequest

from phoihop.batch.pages import decode_page, read_page
from phoihop.collect import dedupe
from phoihop.collect.journal import Journal
from phoihop.collect.reader import vietnamese_share

log = logging.getLogger("phoihop.collect")

RETRY_STATUSES = (429, 500, 502, 503, 504, 522, 524, 408)
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)
_SITEMAP_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(urlset|sitemapindex)\b", re.S | re.I)


@dataclass
class Options:
    """What to collect and how politely (the ``phoihop collect`` options)."""

    seeds: list[str]
    state_dir: Path
    province: str | None = None
    all_sites: bool = False
    keep: list[re.Pattern] = field(default_factory=list)
    skip: list[re.Pattern] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    keywords: list[str] = field(default_factory=list)
    max_depth: int = 3
    max_articles: int = 0
    min_chars: int = 400
    min_vietnamese: float = 0.08
    refresh_depth: int = 1
    delay: float = 2.0
    concurrency: int = 1
    autothrottle: bool = True
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 5.0
    max_page_bytes: int = 5 * 1024 * 1024
    user_agent: str = "phoihop-collect/0.1 (research crawler)"
    obey_robots: bool = True
    keep_raw: bool = True
    progress: bool = True


class Tally:
    """Counts for the progress bar and the summary."""

    def __init__(self, progress: bool):
        self.fetched = 0
        self.kept = 0
        self.skipped: Counter = Counter()
        self.listing = 0
        self.bar = None
        if progress:
            import sys

            from tqdm import tqdm

            if sys.stderr.isatty():
                self.bar = tqdm(desc="collect", unit=" pages", file=sys.stderr, dynamic_ncols=True)

    def update(self, fetched: int = 0) -> None:
        self.fetched += fetched
        if self.bar is not None:
            self.bar.update(fetched)
            top = ", ".join(f"{r} {n}" for r, n in self.skipped.most_common(3))
            self.bar.set_postfix_str(
                f"kept {self.kept}, listings {self.listing}, skipped "
                f"{sum(self.skipped.values())}" + (f" ({top})" if top else "")
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def settings_for(opts: Options, verbose: bool = False) -> dict:
    """Scrapy settings for ``opts``: politeness first."""
    return {
        "BOT_NAME": "phoihop",
        "USER_AGENT": opts.user_agent,
        "ROBOTSTXT_OBEY": opts.obey_robots,
        "ROBOTSTXT_USER_AGENT": opts.user_agent,
        "DOWNLOAD_DELAY": opts.delay,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "CONCURRENT_REQUESTS": max(8, opts.concurrency * 4),
        "CONCURRENT_REQUESTS_PER_DOMAIN": opts.concurrency,
        "AUTOTHROTTLE_ENABLED": opts.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(opts.delay, 0.01),
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, opts.delay),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(opts.concurrency),
        "DOWNLOAD_TIMEOUT": opts.timeout,
        "DOWNLOAD_MAXSIZE": opts.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "HTTPERROR_ALLOW_ALL": True,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter",  # the journal decides
        "RETRY_ENABLED": False,  # BackoffRetryMiddleware retries
        "PHOIHOP_RETRIES": opts.retries,
        "PHOIHOP_BACKOFF": opts.backoff,
        "DOWNLOADER_MIDDLEWARES": {
            "phoihop.collect.crawler.JournalMiddleware": 50,
            "phoihop.collect.crawler.BackoffRetryMiddleware": 550,
        },
        "SPIDER_MIDDLEWARES": {"scrapy.spidermiddlewares.depth.DepthMiddleware": None},
        "LOG_LEVEL": "INFO" if verbose else "ERROR",
        "LOG_ENABLED": True,
        "LOG_INSTALL_ROOT_HANDLER": False,  # phoihop's own handler prints
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",  # breadth first, in page order
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    }


class JournalMiddleware:
    """Never fetch an address twice; ask with the validators of an earlier run."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def process_request(self, request, spider):
        url = dedupe.canonical_url(request.url)
        state = spider.journal.state(url)
        if state and state[0] == "done":
            raise IgnoreRequest(f"already fetched: {url}")
        etag, modified = spider.journal.validators(url)
        if etag:
            request.headers.setdefault(b"If-None-Match", etag)
        if modified:
            request.headers.setdefault(b"If-Modified-Since", modified)
        return None


class BackoffRetryMiddleware:
    """Retry 429 / 5xx and timeouts after a growing wait (``Retry-After`` honoured up to 10 minutes)."""

    def __init__(self, retries: int, backoff: float):
        self.retries = retries
        self.backoff = backoff

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("PHOIHOP_RETRIES"), crawler.settings.getfloat("PHOIHOP_BACKOFF"))

    async def process_request(self, request, spider):
        wait = request.meta.pop("phoihop_wait", 0)
        if wait > 0:
            await asyncio.sleep(wait)
        return None

    def _wait(self, request, response=None) -> float:
        attempt = request.meta.get("retry_times", 0) + 1
        if response is not None:
            after = response.headers.get(b"Retry-After")
            if after:
                text = after.decode("latin-1").strip()
                try:
                    return min(600.0, float(text))
                except ValueError:
                    try:
                        return min(600.0, max(0.0, parsedate_to_datetime(text).timestamp() - time.time()))
                    except (TypeError, ValueError):
                        pass
        return self.backoff * 2 ** (attempt - 1)

    def _retry(self, request, spider, reason, response=None):
        wait = self._wait(request, response)
        retry = get_retry_request(request, spider=spider, reason=reason, max_retry_times=self.retries)
        if retry is not None:
            retry.meta["phoihop_wait"] = wait
            retry.dont_filter = True
        return retry

    def process_response(self, request, response, spider):
        if response.status in RETRY_STATUSES:
            retry = self._retry(request, spider, f"HTTP {response.status}", response)
            if retry is not None:
                return retry
        return response

    def process_exception(self, request, exception, spider):
        from twisted.internet.error import ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError
        from twisted.internet.error import TimeoutError as TwistedTimeoutError

        if isinstance(
            exception,
            (
                TwistedTimeoutError,
                TCPTimedOutError,
                ConnectionRefusedError,
                ConnectionLost,
                DNSLookupError,
                asyncio.TimeoutError,
            ),
        ):
            return self._retry(request, spider, type(exception).__name__)
        return None


class NewsSpider(scrapy.Spider):
    name = "phoihop-collect"

    def __init__(self, opts: Options, journal: Journal, tally: Tally, **kwargs):
        super().__init__(**kwargs)
        self.opts = opts
        self.journal = journal
        self.tally = tally
        self.hosts = {dedupe.host_of(s) for s in opts.seeds}
        self.near = dedupe.NearIndex()
        for aid, value in journal.simhashes():
            self.near.add(value, aid)
        self.pages_dir = opts.state_dir / "pages"
        self.keywords = [_fold(k) for k in opts.keywords]
        from scrapy.linkextractors import LinkExtractor

        self.links = LinkExtractor(unique=True, tags=("a", "area"), attrs=("href",))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        return spider

    # -- start ----------------------------------------------------------------------------------
    async def start(self):
        for request in self.start_requests():
            yield request

    def start_requests(self):
        with self.journal.transaction():
            for seed in self.opts.seeds:
                self.journal.add_seed(dedupe.canonical_url(seed))
        for url, depth in list(self.journal.queued()):
            yield self._request(url, depth)

    def _request(self, url: str, depth: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_any,
            errback=self.failed,
            dont_filter=True,
            meta={"phoihop_depth": depth, "phoihop_url": url},
        )

    # -- responses ------------------------------------------------------------------------------
    def parse_any(self, response):
        meta = response.meta
        url, depth = meta["phoihop_url"], meta["phoihop_depth"]
        self.tally.update(1 + len(meta.get("redirect_urls", [])))
        aliases = [dedupe.canonical_url(u) for u in meta.get("redirect_urls", [])]
        final = dedupe.canonical_url(response.url)
        etag = _header(response, b"ETag")
        modified = _header(response, b"Last-Modified")
        status = response.status
        new_requests: list[scrapy.Request] = []

        with self.journal.transaction():

            def mark(kind, reason=None):
                for u in {url, final, *aliases}:
                    self.journal.done(
                        u, kind=kind, reason=reason, status=status, etag=etag, last_modified=modified, depth=depth
                    )
                if kind == "skipped":
                    self.tally.skipped[reason] += 1

            if status == 304:
                known = self.journal.state(url)  # a 304 answers a conditional request: the URL is journalled
                mark((known[1] if known else None) or "listing", "not modified")
            elif status >= 400:
                mark("skipped", f"HTTP {status}")
            elif final != url and (self.journal.state(final) or ("",))[0] == "done":
                mark("skipped", "redirect to a page already fetched")
            else:
                body = response.body
                if _SITEMAP_START.match(body[:2048]) or _is_gzip(body):
                    links = self._sitemap_links(body)
                    mark("sitemap")
                elif _FEED_START.match(body[:2048]):
                    links = self._feed_links(body)
                    mark("feed")
                else:
                    links, kind, reason = self._html_page(response, url, final, depth)
                    mark(kind, reason)
                if depth < self.opts.max_depth:
                    for link in links:
                        request = self._follow(link, depth + 1)
                        if request is not None:
                            new_requests.append(request)
        if self.opts.max_articles and self.tally.kept >= self.opts.max_articles:
            raise CloseSpider("max_articles")
        yield from new_requests
        self.tally.update()

    def _follow(self, link: str, depth: int) -> scrapy.Request | None:
        if not link.lower().startswith(("http://", "https://")):
            return None
        url = dedupe.canonical_url(link)
        if not self.opts.all_sites and not dedupe.same_site(url, self.hosts):
            return None
        if any(p.search(url) for p in self.opts.skip):
            if self.journal.queue(url, depth):
                self.journal.done(url, kind="skipped", reason="address matches --skip", depth=depth)
                self.tally.skipped["address matches --skip"] += 1
            return None
        if not self.journal.queue(url, depth):
            return None  # met before: queued already, or done
        return self._request(url, depth)

    def _sitemap_links(self, body: bytes) -> list[str]:
        from scrapy.utils.gz import gunzip
        from scrapy.utils.sitemap import Sitemap

        if _is_gzip(body):
            try:
                body = gunzip(body, max_size=self.opts.max_page_bytes * 10)
            except OSError:
                return []
        links = []
        try:
            sitemap = Sitemap(body)
        except Exception:
            return []
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            lastmod = (entry.get("lastmod") or "")[:10]
            if sitemap.type == "urlset" and self._before_range(lastmod):
                continue  # the sitemap says it has not changed since before --since
            links.append(loc)
        return links

    def _feed_links(self, body: bytes) -> list[str]:
        from lxml import etree

        try:
            root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            return []
        if root is None:
            return []
        links = []
        for item in root.iter("{*}item", "{*}entry"):
            href = None
            for link in item.iter("{*}link"):
                href = (link.get("href") or link.text or "").strip()
                if href and link.get("rel") in (None, "alternate"):
                    break
            if href:
                links.append(href)
        return links

    def _before_range(self, iso: str) -> bool:
        return bool(self.opts.since and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso or "") and iso < self.opts.since)

    def _html_page(self, response, url: str, final: str, depth: int) -> tuple[list[str], str, str | None]:
        """(links, kind, reason) of an HTML page; keeps its article when it passes every check."""
        if not hasattr(response, "text"):
            return [], "skipped", "not an HTML page"
        links = [link.url for link in self.links.extract_links(response)]
        header_charset = None
        content_type = _header(response, b"Content-Type") or ""
        match = re.search(r"charset=([\w.:\-]+)", content_type, re.I)
        if match:
            header_charset = match.group(1)
        html = decode_page(response.body, header_charset)
        try:
            page = read_page(html, url=final)
        except Exception as exc:
            log.warning("%s: cannot read the page: %s", final, exc)
            return links, "skipped", "unreadable page"
        body_chars = len(page.text) - len(page.title or "")
        if body_chars < self.opts.min_chars or _link_share(response, page.text) > 0.5:
            self.tally.listing += 1
            return links, "listing", "no article text"
        if vietnamese_share(page.text) < self.opts.min_vietnamese:
            return links, "skipped", "not Vietnamese"
        if self.opts.keep and not any(p.search(final) for p in self.opts.keep):
            self.tally.listing += 1
            return links, "listing", "address does not match --keep"
        if self.opts.since or self.opts.until:
            if not page.published:
                return links, "skipped", "no publication date (--since/--until)"
            if (self.opts.since and page.published < self.opts.since) or (
                self.opts.until and page.published > self.opts.until
            ):
                return links, "skipped", "outside the date range"
        if self.keywords:
            folded = _fold(page.text)
            if not any(k in folded for k in self.keywords):
                return links, "skipped", "no keyword"
        canonical = None
        if page.canonical and page.canonical.lower().startswith(("http://", "https://")):
            canonical = dedupe.canonical_url(page.canonical)
        address = canonical if canonical and (self.opts.all_sites or dedupe.same_site(canonical, self.hosts)) else final
        t_hash = dedupe.text_hash(page.text)
        twin = self.journal.article_with(canonical=address)
        if twin:
            return links, "skipped", f"duplicate: same address as {twin}"
        twin = self.journal.article_with(text_hash=t_hash)
        if twin:
            return links, "skipped", f"duplicate: same text as {twin}"
        s_hash = dedupe.simhash(page.text)
        twin = self.near.near(s_hash)
        if twin:
            return links, "skipped", f"near-duplicate of {twin}"
        aid = dedupe.article_id(address)
        page_path = None
        if self.opts.keep_raw:
            self.pages_dir.mkdir(parents=True, exist_ok=True)
            page_path = f"pages/{aid}.html.gz"
            target = self.pages_dir / f"{aid}.html.gz"
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(gzip.compress(response.body, mtime=0))
            tmp.replace(target)
        self.journal.add_article(
            {
                "id": aid,
                "url": address,
                "canonical": canonical,
                "title": page.title,
                "published": page.published,
                # (--province wins; else the one the site's name gives, "Báo Kon Tum điện tử")
                "province": self.opts.province or page.province,
                "text": page.text,
                "text_hash": t_hash,
                "simhash": s_hash,
                "page": page_path,
            }
        )
        self.near.add(s_hash, aid)
        self.tally.kept += 1
        return links, "article", None

    # -- failures -------------------------------------------------------------------------------
    def failed(self, failure):
        request = failure.request
        url, depth = request.meta["phoihop_url"], request.meta["phoihop_depth"]
        error = failure.value
        message = str(error)
        if isinstance(error, IgnoreRequest):
            if message.startswith("already fetched"):
                return
            reason = "forbidden by robots.txt" if "robots" in message.lower() else f"ignored: {message[:80]}"
        elif (
            "maxsize" in message.lower()
            or "max size" in message.lower()
            or "larger than" in message.lower()
            or type(error).__name__ in ("CancelledError", "DownloadCancelledError")
        ):
            reason = "page too large"
        elif "timeout" in type(error).__name__.lower() or "timed out" in message.lower():
            reason = "timeout"
        else:
            reason = f"network error: {type(error).__name__}"
        if reason != "forbidden by robots.txt":
            self.tally.update(1)
        with self.journal.transaction():
            self.journal.done(url, kind="skipped", reason=reason, depth=depth)
        self.tally.skipped[reason] += 1

    def on_closed(self, spider, reason):
        self.close_reason = reason


def _link_share(response, text: str) -> float:
    """The share of ``text``'s lines that are the text of a link: high on home and category pages."""
    anchors = set()
    for anchor in response.xpath("//a"):
        words = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
        if len(words) >= 12:
            anchors.add(words.casefold())
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    linked = sum(len(line) for line in lines if line.casefold() in anchors)
    return linked / total if total else 0.0


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _is_gzip(body: bytes) -> bool:
    return body[:2] == b"\x1f\x8b"


def _fold(text: str) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def crawl(opts: Options, verbose: bool = False) -> tuple[Journal, Tally, str]:
    """Run the crawl to its end (or its stop); return the journal, the tally and Scrapy's close reason."""
    from scrapy.crawler import CrawlerProcess

    journal = Journal(opts.state_dir / "journal.sqlite")
    journal.start_run(opts.refresh_depth)
    tally = Tally(opts.progress)

    def quiet() -> None:
        # Scrapy opens the root logger to every level: keep phoihop's (WARNING, or DEBUG with -v).
        logging.getLogger().setLevel(logging.DEBUG if verbose else logging.WARNING)
        for name in ("scrapy", "twisted", "protego", "trafilatura", "htmldate", "courlan", "py.warnings"):
            logging.getLogger(name).setLevel(logging.INFO if verbose else logging.ERROR)

    quiet()
    process = CrawlerProcess(settings_for(opts, verbose))
    quiet()
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, opts=opts, journal=journal, tally=tally)
    process.start()
    tally.close()
    reason = getattr(crawler.spider, "close_reason", None) or "unknown"
    if reason == "finished":
        journal.finish_run()
    return journal, tally, reason
