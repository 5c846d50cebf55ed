"""Batched loading of article graphs into Virtuoso through its SQL port (the fast write path).

:class:`phoihop.graph.store.virtuoso.VirtuosoStore` writes through this
module when it can reach the server's SQL port, and through one Graph Store
``PUT`` per article otherwise (the reason is logged once per store).

How a batch is written
----------------------
Articles are mapped to N-Quads and grouped into *transactions* of up to
~8 MB of text (about 130 articles of ~300 quads). For each transaction,
over one SQL connection with autocommit off:

1. one query reads the ``ph:factsDigest`` stored for the group's articles;
   an article whose graph already holds the same digest is left alone;
2. the graphs of the other articles are deleted (``DELETE FROM
   DB.DBA.RDF_QUAD WHERE G = ...``, an index lookup; a no-op for new ones);
3. their N-Quads go to ``DB.DBA.TTLP(text, '', '', 512, 0, 1)``: flag 512 is
   N-Quads (the graph of each quad is kept), the last 1 asks for a
   transactional load, i.e. in the caller's transaction;
4. ``COMMIT``.

So each article's old graph is deleted and its new one inserted in *one*
server transaction: after a crash of the client (``kill -9``: the server
sees the connection drop and rolls back) or of the server (the transaction
log replays committed transactions only), every article graph is complete,
old or absent, never half; no client-side journal is needed. Mapping the
next group overlaps with the server's work on the current one (one writer
thread; pyodbc releases the GIL during ODBC calls).

The text goes to the server as a bound SQL parameter: nothing needs to be
written to a folder the server can read (``DirsAllowed``), so the path also
works for a server on another machine. The driver refuses parameters over
10 MB, hence the ~8 MB transactions; an article bigger than that goes
through the ``PUT`` path.

The SQL client is :mod:`pyodbc` (the ``virtuoso`` extra) over Debian's
unixODBC driver manager (package ``unixodbc``) and Virtuoso's ODBC driver
(``virtodbc_r.so``, package ``libvirtodbc0``, installed with
``virtuoso-opensource``). The driver is named by the path of its library in
the connection string, or by its name when it is registered in
``odbcinst.ini``: no DSN is needed. The password goes from the environment
into the connection string inside the process (``isql-vt`` would need it on
its command line, visible to every user of the machine). pyodbc is imported
only when the fast path is tried: without it the store says why and writes
one ``PUT`` per article.

Configuration: ``PHOIHOP_VIRTUOSO_SQL_PORT`` (``1111`` or ``host:1111``;
the host defaults to the store URL's), the credentials of
``PHOIHOP_STORE_USER``/``PHOIHOP_STORE_PASSWORD``, and the driver found in
the usual places or named by ``PHOIHOP_VIRTUOSO_ODBC_DRIVER`` (the path of
the library, or the name of a driver registered with ``odbcinst``).
``PHOIHOP_VIRTUOSO_BULK=0`` turns the fast path off.

Why this path (measured on Virtuoso 7.2.5, 2 cores shared with other work,
load average 2-4, synthetic articles of ~300 quads, 60 KB of N-Quads each):

* one ``PUT`` per article (the fallback): ~11 ms fixed cost per request
  plus ~0.06 ms per triple; 29 ms per article for 1,000 articles, 70-150 ms
  at scale under load, growing with the store;
* ``TTLP`` of 500 articles' N-Quads in one call: 1.8-3.0 s, i.e. 3.6-6 ms
  per article, whichever variant (``TTLP``, ``TTLP`` with 2 threads,
  ``TTLP_MT``, ``log_enable(2)``, ``ld_dir`` + ``rdf_loader_run`` on a file:
  all 1.6-2.5 s, within the noise): parsing and index insertion, not
  logging, is the cost. The transactional variant is no slower and the only
  one that is rolled back when the client dies mid-load (the others commit
  on their own and go on without it);
* this path, end to end (``benchmarks/bench_scale.py --load-sizes
  1000,10000`` on a fresh server): 4.8-7.0 ms per article for 1,000
  articles, 6.4-7.9 ms for 10,000; loading 1,000 more into a server holding
  70,000 articles costs 1.08x the wall time (1.2x the server CPU) of the same
  load into a near-empty one. Per transaction of ~130 articles: the digest
  query 3-70 ms, the commit (log flush) 50-75 ms;
* an unchanged article costs ~1.2 ms (its mapping and its share of the
  digest query);
* a *changed* article also pays for deleting its old graph: ~8-12 ms at
  10,000 articles, and more as the store grows. Virtuoso's default indexes
  reach a graph's quads through ``GS`` -> ``SP`` -> ``PSOG``, which walks the
  quads of shared subjects (provinces, agencies) in every graph;
  ``SPARQL CLEAR GRAPH`` (15 ms) and ``DROP GRAPH`` (70 ms) are slower still,
  and a ``PUT`` pays the same.
"""

from __future__ import annotations

import glob
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SQL_PORT_ENV = "PHOIHOP_VIRTUOSO_SQL_PORT"
DRIVER_ENV = "PHOIHOP_VIRTUOSO_ODBC_DRIVER"
BULK_ENV = "PHOIHOP_VIRTUOSO_BULK"

MAX_TRANSACTION_BYTES = 8_000_000  # bytes of N-Quads per transaction (~130 articles of ~300 quads)
_MAX_PARAMETER_BYTES = 9_000_000  # the driver refuses parameters over 10 MB
_DRIVER_GLOBS = (
    "/usr/lib/*/odbc/virtodbc_r.so",
    "/usr/lib/odbc/virtodbc_r.so",
    "/usr/lib64/odbc/virtodbc_r.so",
    "/usr/local/lib/virtodbc_r.so",
    "/usr/local/virtuoso-opensource/lib/virtodbc_r.so",
    "/opt/virtuoso-opensource/lib/virtodbc_r.so",
    "/usr/lib/*/odbc/virtodbc.so",
)
_DEADLOCK_RETRIES = 3
GRAPHS_PER_DELETE = 500
# Parameters up to this size are bound in one piece. pyodbc otherwise streams long values with
# SQLPutData ("data at execution"), which Virtuoso accepts in INSERT and UPDATE only.
_MAX_WRITE = 1 << 30


class SqlError(RuntimeError):
    """An error the Virtuoso driver or server reported; ``state`` is the SQLSTATE."""

    def __init__(self, message: str, state: str = ""):
        super().__init__(message)
        self.state = state


def _pyodbc() -> Any:
    """The :mod:`pyodbc` module; :class:`SqlError` with what to install when it cannot be loaded."""
    try:
        import pyodbc
    except ImportError as exc:
        if getattr(exc, "name", None) == "pyodbc":
            raise SqlError("pyodbc is not installed (pip install 'phoihop[virtuoso]')") from None
        # pyodbc is there, the driver manager it links to is not (libodbc.so.2)
        raise SqlError(f"pyodbc cannot load unixODBC (Debian package unixodbc): {exc}") from None
    return pyodbc


def _registered_drivers() -> list[str]:
    """The ODBC drivers registered with unixODBC (``odbcinst -q -d``), ``[]`` without pyodbc."""
    try:
        return list(_pyodbc().drivers())
    except SqlError:
        return []


def find_driver() -> str | None:
    """Virtuoso's ODBC driver as the connection string names it (a registered name or a library path), or ``None``.

    ``PHOIHOP_VIRTUOSO_ODBC_DRIVER`` first (a path, or a name registered with
    ``odbcinst``); then a registered driver whose name says Virtuoso; then the
    library in the places Debian and Virtuoso's own installer put it.
    """
    named = os.environ.get(DRIVER_ENV)
    if named:
        if os.path.exists(named) or named in _registered_drivers():
            return named
        return None
    for name in _registered_drivers():
        if "virtuoso" in name.lower():
            return name
    for pattern in _DRIVER_GLOBS:
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return None


def _error(exc: Exception, what: str) -> SqlError:
    """A :class:`SqlError` for a pyodbc error: its message and SQLSTATE."""
    args: tuple = getattr(exc, "args", ())
    if len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        state, message = args[0], args[1]
    else:
        state, message = "", str(exc)
    return SqlError(f"{what}: {message}" + (f" (SQLSTATE {state})" if state else ""), state)


class SqlConnection:
    """One connection to a Virtuoso SQL port through pyodbc and Virtuoso's ODBC driver, autocommit off.

    Just what the loader needs: statements with text parameters, rows,
    commit and rollback. Not thread-safe: one thread at a time.
    """

    def __init__(self, driver: str, host: str, port: int, user: str, password: str):
        pyodbc = _pyodbc()
        self._errors = pyodbc.Error
        for value in (driver, user, password, host):
            if any(c in value for c in ";{}"):
                raise SqlError("the driver, host, user and password for the SQL port cannot contain ';', '{' or '}'")
        try:
            self._connection = pyodbc.connect(
                f"DRIVER={{{driver}}};HOST={host}:{port};UID={user};PWD={password}", autocommit=False
            )
        except pyodbc.Error as exc:
            raise _error(exc, f"connecting to the SQL port {host}:{port}") from None
        connection = self._connection
        # Virtuoso's narrow strings are UTF-8: statements and str parameters go as UTF-8 bytes,
        # and text columns are read as such (its ODBC driver is the ANSI one).
        connection.setencoding(encoding="utf-8")
        connection.setdecoding(pyodbc.SQL_CHAR, encoding="utf-8")
        connection.setdecoding(pyodbc.SQL_WCHAR, encoding="utf-8", ctype=pyodbc.SQL_CHAR)
        connection.maxwrite = _MAX_WRITE
        self._cursor = connection.cursor()

    def execute(self, sql: str, *params: str | bytes) -> list[tuple]:
        """Run one statement with ``?`` parameters; the rows of its result as tuples.

        A ``bytes`` parameter goes as binary data: wrap it in ``cast(? as varchar)``
        where the statement needs text (the bytes are kept, no copy is decoded).
        """
        cursor = self._cursor
        try:
            cursor.execute(sql, *params)
            return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
        except self._errors as exc:
            raise _error(exc, sql[:120]) from None

    def commit(self) -> None:
        try:
            self._connection.commit()
        except self._errors as exc:
            raise _error(exc, "committing") from None

    def rollback(self) -> None:
        try:
            self._connection.rollback()
        except self._errors as exc:
            raise _error(exc, "rolling back") from None

    def close(self) -> None:
        connection = getattr(self, "_connection", None)
        if connection is None:
            return
        self._connection = None
        try:
            connection.rollback()
        except self._errors:
            pass
        try:
            connection.close()
        except self._errors:
            pass


@dataclass
class Group:
    """Articles written in one transaction: id -> (UTF-8 N-Quads, digest, distinct quads).

    The text is kept as UTF-8 bytes: half the memory of a Python ``str`` of
    Vietnamese text, and what the driver sends.
    """

    articles: dict[str, tuple[bytes, str, int]] = field(default_factory=dict)
    size: int = 0  # bytes of N-Quads

    def add(self, article_id: str, text: bytes, digest: str, quads: int) -> None:
        self.discard(article_id)
        self.articles[article_id] = (text, digest, quads)
        self.size += len(text)

    def discard(self, article_id: str) -> None:
        """Forget an article's earlier facts in this group (a later version of it comes)."""
        old = self.articles.pop(article_id, None)
        if old is not None:
            self.size -= len(old[0])


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class BulkLoader:
    """Writes groups of articles to Virtuoso over one SQL connection (see the module docstring)."""

    def __init__(self, connection: SqlConnection, where: str):
        self._sql = connection
        self.where = where
        self._lock = threading.Lock()
        self.timings = {"digests": 0.0, "delete": 0.0, "load": 0.0, "commit": 0.0}

    @classmethod
    def connect(cls, spec: str, user: str | None, password: str | None) -> BulkLoader:
        """A loader for the server of ``spec``; raises :class:`SqlError` with the reason when there can be none."""
        if os.environ.get(BULK_ENV, "").strip().lower() in ("0", "no", "false", "off"):
            raise SqlError(f"{BULK_ENV} turns it off")
        port_text = (os.environ.get(SQL_PORT_ENV) or "").strip()
        if not port_text:
            raise SqlError(f"{SQL_PORT_ENV} is not set (the server's SQL port, e.g. 1111)")
        if user is None:
            raise SqlError("no credentials")
        host = urlsplit(spec).hostname or "127.0.0.1"
        if ":" in port_text:
            host, _, port_text = port_text.rpartition(":")
        try:
            port = int(port_text)
        except ValueError:
            raise SqlError(f"{SQL_PORT_ENV}={port_text!r} is not a port number") from None
        _pyodbc()  # says what to install when pyodbc or unixODBC is missing
        driver = find_driver()
        if driver is None:
            raise SqlError(
                "Virtuoso's ODBC driver (virtodbc_r.so, Debian package libvirtodbc0) is not installed"
                + (f"; {DRIVER_ENV} names neither a file nor a registered driver" if os.environ.get(DRIVER_ENV) else "")
            )
        return cls(SqlConnection(driver, host, port, user, password or ""), f"{host}:{port}")

    def write(self, group: Group) -> int:
        """Replace the graphs of the group's changed articles in one transaction; returns the quads written."""
        from phoihop.graph.iris import PH, article_iri, graph_iri

        with self._lock:
            for attempt in range(_DEADLOCK_RETRIES + 1):
                try:
                    started = time.perf_counter()
                    stored = self._stored_digests(group, PH, article_iri, graph_iri)
                    now = time.perf_counter()
                    self.timings["digests"] += now - started
                    changed = {aid: entry for aid, entry in group.articles.items() if stored.get(aid) != entry[1]}
                    if not changed:
                        self._sql.rollback()
                        return 0
                    stale = [graph_iri(aid) for aid in changed if aid in stored]
                    if stale:
                        self._sql.execute(_delete_graphs_statement(stale))
                    started, now = now, time.perf_counter()
                    self.timings["delete"] += now - started
                    for piece in _pieces(entry[0] for entry in changed.values()):
                        # every line names its graph: the graph argument (required) is never used
                        # (cast: the UTF-8 bytes go as binary data and become the text TTLP reads, without a copy)
                        self._sql.execute("DB.DBA.TTLP(cast(? as varchar), '', 'urn:phoihop:unused', 512, 0, 1)", piece)
                    started, now = now, time.perf_counter()
                    self.timings["load"] += now - started
                    self._sql.commit()
                    self.timings["commit"] += time.perf_counter() - now
                    return sum(entry[2] for entry in changed.values())
                except SqlError as exc:
                    try:
                        self._sql.rollback()
                    except SqlError:
                        pass
                    if exc.state == "40001" and attempt < _DEADLOCK_RETRIES:
                        log.info("%s: transaction deadlocked, retrying", self.where)
                        continue
                    raise
        raise AssertionError("unreachable")

    def delete_graphs(self, graphs: list[str]) -> None:
        """Delete these named graphs, ``GRAPHS_PER_DELETE`` per transaction.

        Much faster than SPARQL ``DROP GRAPH``: ~8 ms per article graph, and
        Virtuoso 7.2 compiles an update of a few dozen ``DROP`` operations for
        minutes (20 in one request: 0.25 s; 40: over 100 s, measured).
        """
        with self._lock:
            for start in range(0, len(graphs), GRAPHS_PER_DELETE):
                try:
                    self._sql.execute(_delete_graphs_statement(graphs[start : start + GRAPHS_PER_DELETE]))
                    self._sql.commit()
                except SqlError:
                    try:
                        self._sql.rollback()
                    except SqlError:
                        pass
                    raise

    def _stored_digests(self, group: Group, ph: str, article_iri, graph_iri) -> dict[str, str]:
        """article id -> the digest its stored graph records, for the group's articles that have one.

        Also catches graphs stored without a digest (by other tools): their
        article node still has its rdf:type, so they count as changed and
        get deleted before the load.
        """
        by_iri = {article_iri(aid): aid for aid in group.articles}
        values = " ".join(f"<{iri}>" for iri in by_iri)
        rows = self._sql.execute(
            "SPARQL SELECT ?a ?g ?d WHERE { VALUES ?a { "
            + values
            + " } GRAPH ?g { ?a a <https://schema.org/NewsArticle> "
            f"OPTIONAL {{ ?a <{ph}factsDigest> ?d }} }} }}"
        )
        stored: dict[str, str] = {}
        for a, g, d in rows:
            aid = by_iri.get(a)
            if aid is not None and g == graph_iri(aid):
                stored[aid] = d or ""
        return stored

    def close(self) -> None:
        with self._lock:
            self._sql.close()


def _delete_graphs_statement(graphs: list[str]) -> str:
    """One SQL DELETE of these graphs' quads: an IN list over the graph index."""
    return (
        "DELETE FROM DB.DBA.RDF_QUAD WHERE G IN (" + ", ".join(f"iri_to_id({_sql_string(g)}, 0)" for g in graphs) + ")"
    )


def _pieces(texts):
    """Whole articles' UTF-8 N-Quads joined into parameters of at most ~9 MB (the driver's limit is 10 MB)."""
    current: list[bytes] = []
    size = 0
    for data in texts:
        if current and size + len(data) > _MAX_PARAMETER_BYTES:
            yield b"".join(current)
            current, size = [], 0
        current.append(data)
        size += len(data)
    if current:
        yield b"".join(current)


def distinct_lines(text: str) -> int:
    """The quads of one article's N-Quads as the store counts them (a line given twice is one quad)."""
    return len({line for line in text.split("\n") if line.strip()})


__all__ = [
    "BULK_ENV",
    "DRIVER_ENV",
    "GRAPHS_PER_DELETE",
    "MAX_TRANSACTION_BYTES",
    "SQL_PORT_ENV",
    "BulkLoader",
    "Group",
    "SqlConnection",
    "SqlError",
    "distinct_lines",
    "find_driver",
]
