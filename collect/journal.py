"""The collector's memory: every address met, what became of it, and the articles kept (SQLite).

One file, ``<state>/journal.sqlite``, written in WAL mode and committed
after each page, so a crawl killed at any moment (even ``kill -9``) loses at
most the page in flight: a page whose response was handled is marked done in
the same transaction that stores its article and queues its links, and a
restarted crawl takes up the queued addresses and never asks for a done one
again.

Runs: a crawl that ends normally marks its run finished. Starting again after
an unfinished run resumes it; starting after a finished one begins a new run
that re-reads the seeds and the listing pages near them (``refresh_depth``)
with conditional requests (ETag / Last-Modified), to find new articles, and
never fetches an article already fetched.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,          -- canonical form (see collect.urls.canonical_url)
    depth INTEGER NOT NULL,
    state TEXT NOT NULL,           -- queued | done
    kind TEXT,                     -- seed | sitemap | feed | listing | article | skipped
    reason TEXT,                   -- why it was skipped, or what it was
    status INTEGER,                -- last HTTP status
    run INTEGER,                   -- the run that last fetched (or queued) it
    etag TEXT, last_modified TEXT, -- for conditional requests on later runs
    seed INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT UNIQUE NOT NULL, url TEXT NOT NULL, canonical TEXT, title TEXT, published TEXT,
    province TEXT, text TEXT NOT NULL, text_hash TEXT NOT NULL, simhash INTEGER NOT NULL,
    page TEXT, run INTEGER, fetched_at TEXT
);
CREATE INDEX IF NOT EXISTS urls_state ON urls(state);
CREATE INDEX IF NOT EXISTS articles_canonical ON articles(canonical);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(text_hash);
"""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Journal:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None)  # explicit transactions only
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process
        self.db.executescript(SCHEMA)
        self.run = 0
        self.resumed = False

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, refresh_depth: int = 1) -> int:
        """Resume the last run if it did not finish, else start a new one (re-queuing seeds and near listings)."""
        row = self.db.execute("SELECT id, finished FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        if row and row[1] is None:
            self.run, self.resumed = row[0], True
            return self.run
        with self.transaction():
            inserted = self.db.execute("INSERT INTO runs(started) VALUES (?)", (_now(),)).lastrowid
            assert inserted is not None  # an INSERT always sets it
            self.run = inserted
            if row:  # a later run of a finished crawl: look again at what may have changed
                self.db.execute(
                    "UPDATE urls SET state='queued', run=? WHERE state='done' AND "
                    "(seed=1 OR (kind IN ('sitemap','feed','listing') AND depth<=?))",
                    (self.run, refresh_depth),
                )
        return self.run

    def finish_run(self) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished=? WHERE id=?", (_now(), self.run))

    # -- addresses ----------------------------------------------------------------------------
    def transaction(self):
        return _Transaction(self.db)

    def state(self, url: str) -> tuple[str, str | None] | None:
        """(state, kind) of ``url``, or None when it was never met."""
        row = self.db.execute("SELECT state, kind FROM urls WHERE url=?", (url,)).fetchone()
        return (row[0], row[1]) if row else None

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT etag, last_modified FROM urls WHERE url=?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def add_seed(self, url: str) -> bool:
        """Queue a seed unless it is known; True when it was new."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO urls(url, depth, state, kind, seed, run) VALUES (?, 0, 'queued', 'seed', 1, ?)",
            (url, self.run),
        )
        if cur.rowcount == 0:
            self.db.execute("UPDATE urls SET seed=1 WHERE url=?", (url,))
        return cur.rowcount > 0

    def queue(self, url: str, depth: int) -> bool:
        """Queue ``url`` (inside a transaction) unless it is known; True when it was new."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO urls(url, depth, state, run) VALUES (?, ?, 'queued', ?)", (url, depth, self.run)
        )
        return cur.rowcount > 0

    def queued(self) -> Iterator[tuple[str, int]]:
        """The addresses still to fetch, seeds first, in the order they were met."""
        yield from self.db.execute("SELECT url, depth FROM urls WHERE state='queued' ORDER BY seed DESC, rowid")

    def done(
        self,
        url: str,
        *,
        kind: str,
        reason: str | None = None,
        status: int | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        depth: int = 0,
    ) -> None:
        """Mark ``url`` fetched (inside a transaction); validators kept unless new ones are given."""
        self.db.execute(
            "INSERT INTO urls(url, depth, state, kind, reason, status, run, etag, last_modified, fetched_at) "
            "VALUES (?, ?, 'done', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET state='done', "
            "kind=CASE WHEN urls.kind='seed' AND excluded.kind='listing' THEN 'seed' ELSE excluded.kind END, "
            "reason=excluded.reason, status=excluded.status, run=excluded.run, "
            "etag=COALESCE(excluded.etag, urls.etag), last_modified=COALESCE(excluded.last_modified, "
            "urls.last_modified), fetched_at=excluded.fetched_at",
            (url, depth, kind, reason, status, self.run, etag, last_modified, _now()),
        )

    # -- articles -----------------------------------------------------------------------------
    def article_with(self, *, canonical: str | None = None, text_hash: str | None = None) -> str | None:
        if canonical:
            row = self.db.execute(
                "SELECT id FROM articles WHERE canonical=? OR url=?", (canonical, canonical)
            ).fetchone()
            if row:
                return row[0]
        if text_hash:
            row = self.db.execute("SELECT id FROM articles WHERE text_hash=?", (text_hash,)).fetchone()
            if row:
                return row[0]
        return None

    def simhashes(self) -> Iterator[tuple[str, int]]:
        yield from self.db.execute("SELECT id, simhash FROM articles")

    def add_article(self, record: dict) -> None:
        self.db.execute(
            "INSERT INTO articles(id, url, canonical, title, published, province, text, text_hash, simhash, page, "
            "run, fetched_at) VALUES (:id, :url, :canonical, :title, :published, :province, :text, :text_hash, "
            ":simhash, :page, :run, :fetched_at)",
            record | {"run": self.run, "fetched_at": _now()},
        )

    def has_id(self, aid: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone() is not None

    def articles(self) -> Iterator[dict]:
        cols = ("id", "url", "title", "published", "province", "text", "page", "canonical")
        for row in self.db.execute(f"SELECT {', '.join(cols)} FROM articles ORDER BY n"):
            yield dict(zip(cols, row, strict=False))

    # -- reports ------------------------------------------------------------------------------
    def counts(self, run_only: bool = False) -> dict:
        where = "WHERE state='done'" + (" AND run=?" if run_only else "")
        args = (self.run,) if run_only else ()
        kinds = dict(self.db.execute(f"SELECT kind, COUNT(*) FROM urls {where} GROUP BY kind", args).fetchall())
        reasons = dict(
            self.db.execute(
                f"SELECT reason, COUNT(*) FROM urls {where} AND kind='skipped' GROUP BY reason ORDER BY COUNT(*) DESC",
                args,
            ).fetchall()
        )
        queued = self.db.execute("SELECT COUNT(*) FROM urls WHERE state='queued'").fetchone()[0]
        articles = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return {"kinds": kinds, "skipped": reasons, "queued": queued, "articles": articles}

    def skipped(self) -> list[dict]:
        return [
            {"url": u, "reason": r, "status": s}
            for u, r, s in self.db.execute("SELECT url, reason, status FROM urls WHERE kind='skipped' ORDER BY rowid")
        ]

    def write_report(self, path: Path) -> dict:
        report = self.counts() | {
            "skipped_pages": self.skipped(),
            "runs": self.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0],
        }
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return report

    def close(self) -> None:
        self.db.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        return False
