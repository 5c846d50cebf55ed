"""The ``phoihop collect`` subcommand: seeds in, articles (JSON Lines) out, politely and resumably."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

EPILOG = """\
seeds: site addresses (the crawl follows their same-site links), sitemaps
  (.xml or .xml.gz, sitemap indexes too), RSS or Atom feeds, and files of
  addresses (one a line, "#" comments). Which is which is read from what the
  server sends, not from the name.

output: OUT gets one JSON object a line with id, url, title, published
  (YYYY-MM-DD), province, text and page; "page" is the raw page as fetched,
  gzipped, in the state folder beside OUT (default OUT without its suffix +
  ".collect/": journal.sqlite, pages/, report.json). phoihop build OUT reads it.

politeness: robots.txt is obeyed; one request at a time per host (--concurrency)
  at least --delay seconds apart, slower when the site slows (AutoThrottle);
  429/5xx and timeouts are retried after a growing wait (Retry-After honoured);
  pages seen by an earlier run are asked for with If-None-Match /
  If-Modified-Since. Name yourself with --contact.

resume: run the same command again. A stopped crawl (Ctrl-C, kill -9, a
  power cut) continues where it stopped without fetching a page twice; a
  finished one looks again at its seeds and the listings near them for new
  articles and never fetches a kept article again.

exit status: 0 the crawl finished; 1 it stopped before the end (run it again
  to continue); 2 usage error; 3 the collector's packages are not installed
  (pip install 'phoihop[collect]').
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "collect",
        help="collect news articles from sites, sitemaps and feeds (polite, resumable)",
        description="Crawl news sites politely and write their articles as JSON Lines for phoihop build.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "seeds", nargs="+", metavar="SEED", help="site address, sitemap, RSS/Atom feed, or a file of addresses"
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT", help="the JSON Lines file of articles to write"
    )
    parser.add_argument(
        "--state",
        type=Path,
        metavar="DIR",
        help="journal, raw pages and report (default: OUT without suffix + .collect)",
    )
    parser.add_argument("--province", metavar="NAME", help='province of the articles, in full ("Hà Nam")')
    scope = parser.add_argument_group("scope")
    scope.add_argument("--all-sites", action="store_true", help="follow links to other sites too")
    scope.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="REGEX",
        help="keep as articles only pages whose address matches (repeatable)",
    )
    scope.add_argument(
        "--skip", action="append", default=[], metavar="REGEX", help="never fetch addresses that match (repeatable)"
    )
    scope.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="keep articles published on or after")
    scope.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="keep articles published on or before")
    scope.add_argument(
        "--keyword",
        action="append",
        default=[],
        metavar="WORDS",
        help='keep only articles whose text holds one of these ("phối hợp"; repeatable)',
    )
    scope.add_argument(
        "--max-depth", type=int, default=3, metavar="N", help="links followed from a seed at most N deep (default 3)"
    )
    scope.add_argument(
        "--max-articles",
        type=int,
        default=0,
        metavar="N",
        help="stop after N articles kept (resumable; default no limit)",
    )
    scope.add_argument(
        "--min-chars",
        type=int,
        default=400,
        metavar="N",
        help="a page with less body text is a listing, not an article (default 400)",
    )
    polite = parser.add_argument_group("politeness")
    polite.add_argument(
        "--delay",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="at least this long between two requests to one host (default 2)",
    )
    polite.add_argument(
        "--concurrency", type=int, default=1, metavar="N", help="requests in flight per host (default 1)"
    )
    polite.add_argument(
        "--no-autothrottle",
        dest="autothrottle",
        action="store_false",
        help="keep to --delay even when the site slows down",
    )
    polite.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS")
    polite.add_argument("--retries", type=int, default=3, metavar="N", help="retries of 429/5xx/timeouts (default 3)")
    polite.add_argument(
        "--backoff",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="first wait before a retry, doubled each time (default 5)",
    )
    polite.add_argument("--max-page-mb", type=float, default=5.0, metavar="MB", help="larger pages are skipped")
    polite.add_argument(
        "--contact", metavar="EMAIL_OR_URL", help="put in the User-Agent so that a webmaster can reach you"
    )
    polite.add_argument("--user-agent", metavar="UA", help="the whole User-Agent (default names phoihop-collect)")
    parser.add_argument("--no-raw", dest="keep_raw", action="store_false", help="do not keep the raw pages")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    parser.set_defaults(func=run)


def _date(value: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)")
    return value


def _regex(value: str) -> re.Pattern:
    try:
        return re.compile(value)
    except re.error as exc:
        raise SystemExit(f"phoihop collect: error: bad pattern {value!r}: {exc}") from exc


def read_seeds(items: list[str]) -> tuple[list[str], list[str]]:
    """(addresses, problems) from the SEED arguments: addresses as given, files read one address a line."""
    seeds, problems = [], []
    for item in items:
        if re.match(r"^https?://", item, re.I):
            seeds.append(item)
            continue
        path = Path(item)
        if not path.is_file():
            problems.append(f"{item}: neither an http(s) address nor a file")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if re.match(r"^https?://\S+$", line, re.I):
                seeds.append(line)
            else:
                problems.append(f"{item}:{n}: not an http(s) address: {line[:80]!r}")
    return seeds, problems


def run(args: argparse.Namespace) -> int:
    try:
        from phoihop.collect import crawler
    except ImportError as exc:
        print(f"phoihop collect: error: {exc.name} is not installed: pip install 'phoihop[collect]'", file=sys.stderr)
        return 3
    from phoihop import __version__

    seeds, problems = read_seeds(args.seeds)
    for problem in problems:
        print(f"phoihop collect: warning: {problem}", file=sys.stderr)
    if not seeds:
        print("phoihop collect: error: no seed addresses", file=sys.stderr)
        return 2
    out: Path = args.output
    if out.is_dir():
        print(f"phoihop collect: error: -o {out}: is a folder; give the .jsonl file to write", file=sys.stderr)
        return 2
    state = args.state or out.with_name(out.stem + ".collect")
    user_agent = args.user_agent or (
        f"phoihop-collect/{__version__} (research crawler" + (f"; +{args.contact}" if args.contact else "") + ")"
    )
    opts = crawler.Options(
        seeds=seeds,
        state_dir=state,
        province=args.province,
        all_sites=args.all_sites,
        keep=[_regex(p) for p in args.keep],
        skip=[_regex(p) for p in args.skip],
        since=args.since,
        until=args.until,
        keywords=args.keyword,
        max_depth=args.max_depth,
        max_articles=args.max_articles,
        min_chars=args.min_chars,
        delay=args.delay,
        concurrency=max(1, args.concurrency),
        autothrottle=args.autothrottle,
        timeout=args.timeout,
        retries=args.retries,
        backoff=args.backoff,
        max_page_bytes=int(args.max_page_mb * 1024 * 1024),
        user_agent=user_agent,
        keep_raw=args.keep_raw,
        progress=args.progress,
    )
    journal, tally, reason = crawler.crawl(opts, verbose=getattr(args, "verbose", False))
    try:
        count = write_articles(journal, out, state)
        report = journal.write_report(state / "report.json")
    finally:
        journal.close()
    skipped = ", ".join(f"{r} {n}" for r, n in tally.skipped.most_common()) or "none"
    print(
        f"phoihop collect: {tally.fetched} pages fetched this run, {tally.kept} articles kept "
        f"({count} in {out}), {tally.listing} listings, skipped: {skipped}",
        file=sys.stderr,
    )
    if reason != "finished":
        print(
            f"phoihop collect: stopped before the end ({reason}); {report['queued']} addresses still queued: "
            "run the same command again to continue",
            file=sys.stderr,
        )
        return 1
    return 0


def write_articles(journal, out: Path, state: Path) -> int:
    """Write every kept article (all runs) to ``out`` atomically; return how many."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    count = 0
    relative = os.path.relpath(state, out.parent)
    with tmp.open("w", encoding="utf-8") as fh:
        for article in journal.articles():
            record = {key: article[key] for key in ("id", "url", "title", "published", "province", "text")}
            if article["page"]:
                record["page"] = f"{relative}/{article['page']}"
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    tmp.replace(out)
    return count
