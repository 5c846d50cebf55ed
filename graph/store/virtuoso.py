"""A :class:`GraphStore` on a Virtuoso server (or another SPARQL 1.1 endpoint), over HTTP.

Store specs (see :func:`phoihop.graph.store.open_store`):

* ``virtuoso+http://host:port`` (``virtuoso+https://``): a Virtuoso server.
  Queries go to ``/sparql``; writes go to the authenticated Graph Store
  endpoint ``/sparql-graph-crud-auth`` and the update endpoint
  ``/sparql-auth`` (HTTP digest authentication).
* ``http(s)://host/path``: a generic SPARQL 1.1 query endpoint. Writes use
  the SPARQL 1.1 Graph Store protocol at ``PHOIHOP_STORE_GRAPH_STORE`` when
  that is set, else SPARQL Update (``INSERT DATA``) at
  ``PHOIHOP_STORE_UPDATE_URL`` (default: the query URL). Its queries must
  use the union of the named graphs as default graph (``oxigraph serve
  --union-default-graph``; Fuseki's ``tdb:unionDefaultGraph``). For a
  Virtuoso server always use ``virtuoso+http://``, which also keeps
  Virtuoso's system graphs out of the answers.

Credentials come from the environment only, never from the command line:
``PHOIHOP_STORE_USER`` and ``PHOIHOP_STORE_PASSWORD`` (digest authentication,
or basic when a generic endpoint asks for it). Reading needs none; writing to
Virtuoso without them fails with a message saying which variables to set; a
generic endpoint is written to without authentication when they are unset.

How articles are written: in batches through Virtuoso's SQL port when
``PHOIHOP_VIRTUOSO_SQL_PORT`` is set (``scripts/virtuoso.sh`` prints it) and
Virtuoso's ODBC driver is installed; see :mod:`phoihop.graph.store.virtuoso_bulk`.
Each batch transaction reads the stored ``ph:factsDigest`` of its articles,
skips the unchanged ones, deletes the stale graphs and loads the new N-Quads
with ``DB.DBA.TTLP``, then commits: each article's graph is replaced as a
unit, as with a ``PUT``. Measured on a local Virtuoso 7.2 (2 cores, load
average 2-4 from other work, ~300-triple articles): 4.8-7.0 ms per article
for 1,000 articles and 6.4-7.9 ms for 10,000, against 29 ms (1,000) and
70-150 ms (at scale) for one ``PUT`` per article; an unchanged article costs
~1.2 ms (its mapping and the digest query).

Otherwise (no SQL port configured, no driver, the port unreachable: the
reason is logged once per store) each article's graph is replaced with one
Graph Store protocol ``PUT``, one server transaction per article (a crash
leaves every article either old or new, never half-written): ~11 ms fixed
cost per request plus ~0.06 ms per triple, against ~25-45 articles/s for
batched ``DROP``/``INSERT DATA`` updates. Two requests in flight overlap
client-side serialisation with server work. Generic SPARQL endpoints always
take this path (or ``INSERT DATA`` when they have no Graph Store).

The default graph: with no ``FROM``, Virtuoso queries the union of *all* its
graphs, including its own system graphs (``virtrdf#``, ``owl#``, ...; about
2,600 triples in a new database). Every query therefore gets a
``DEFINE input:default-graph-exclude`` and ``input:named-graph-exclude``
for each graph outside phoihop's namespace, so the default graph is the union
of phoihop's graphs and ``GRAPH ?g`` ranges over phoihop's graphs, as on the
embedded store. The list is read once per store object and refreshed when a
query is run after :meth:`VirtuosoStore.refresh_graphs`.

Virtuoso 7.2 quirks, and what this module does about them:

* ``GRAPH <constant> { ... }`` finds nothing once a graph exclusion is
  defined: such patterns are rewritten to ``GRAPH ?v { FILTER(?v = <constant>) ... }``.
* ``YEAR(?unbound)`` (and the other date functions) abort the query instead
  of leaving the value unbound: they are guarded with ``IF(BOUND(..), .., ..)``.
* Booleans computed in a query (``?a > ?b``, ``BOUND(?x)``, ``true``) come
  back as ``xsd:integer`` 1/0, so as ``int`` (equal to ``True``/``False``
  in Python, but not ``bool``). Not fixable from the client.
* ``REGEX`` works on UTF-8 bytes, so ``.`` and case-insensitive matching
  misbehave on Vietnamese text: research queries should use ``CONTAINS``
  and ``LCASE``, or compare in Python.
* Results are capped by the server's ``ResultSetMaxRows`` (``scripts/virtuoso.sh``
  raises it to 10 million); :meth:`VirtuosoStore.select` logs a warning when a
  result has exactly a common cap's size.
* JSON results are ~3x slower to produce than XML ones on Virtuoso, so results
  are asked for as SPARQL XML.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urlsplit, urlunsplit

from phoihop.facts import ArticleFacts
from phoihop.graph import programme_merge
from phoihop.graph.store.base import (
    EXPORT_FORMATS,
    GraphStore,
    QueryError,
    SelectResult,
    StoreError,
    python_value,
)

if TYPE_CHECKING:
    from phoihop.graph.store.virtuoso_bulk import BulkLoader

log = logging.getLogger(__name__)

PHOIHOP_NAMESPACE = "https://w3id.org/phoihop/"
USER_ENV = "PHOIHOP_STORE_USER"
PASSWORD_ENV = "PHOIHOP_STORE_PASSWORD"
GRAPH_STORE_ENV = "PHOIHOP_STORE_GRAPH_STORE"
UPDATE_URL_ENV = "PHOIHOP_STORE_UPDATE_URL"
CONNECTIONS_ENV = "PHOIHOP_STORE_CONNECTIONS"

_TIMEOUT = (10, 3600)  # (connect, read) seconds: big exports and loads are slow, not dead
_SUSPICIOUS_ROW_COUNTS = {10000, 100000, 1000000}  # common ResultSetMaxRows settings
_GRAPHS_PER_EXPORT_QUERY = 200
_FULL_SCAN_LIMIT = 300_000  # quads up to which the foreign graphs are listed exactly
_UPDATE_TRIPLES_PER_REQUEST = 900  # Virtuoso rejects much larger INSERT DATA requests


_FROM_CLAUSE = re.compile(r"\bFROM\s+(NAMED\s+)?(<|[A-Za-z_][\w.-]*:|:)", re.I)
_CONSTANT_GRAPH = re.compile(r"\bGRAPH\s*(<[^<>\"{}|^`\\\s]*>|[A-Za-z_]?[\w.-]*:[\w.%-]*)\s*\{", re.I)
HIDDEN_VARIABLE_PREFIX = "_phoihop_graph_"


def _constant_graphs_to_variables(sparql: str) -> str:
    """``GRAPH <g> {`` -> ``GRAPH ?_phoihop_graph_N { FILTER(?_phoihop_graph_N = <g>)`` (see _with_default_graph)."""
    counter = iter(range(1_000_000))

    def replace(match: re.Match) -> str:
        variable = f"?{HIDDEN_VARIABLE_PREFIX}{next(counter)}"
        return f"GRAPH {variable} {{ FILTER({variable} = {match.group(1)}) "

    return _CONSTANT_GRAPH.sub(replace, sparql)


_DATE_FUNCTION = re.compile(
    r"\b(YEAR|MONTH|DAY|HOURS|MINUTES|SECONDS|TIMEZONE|TZ)\s*\(\s*([?$][A-Za-z_][\w]*)\s*\)", re.I
)


def _guard_date_functions(sparql: str) -> str:
    """``YEAR(?x)`` -> ``IF(BOUND(?x), YEAR(?x), ?unbound)``.

    SPARQL makes ``YEAR`` of an unbound variable an error that ``COALESCE``,
    ``BIND`` and ``FILTER`` absorb (the value is just unbound); Virtuoso 7.2
    aborts the whole query instead (``DT001 Function year needs a datetime``).
    The guarded form gives the standard answer on Virtuoso.
    """

    def replace(match: re.Match) -> str:
        function, variable = match.group(1), match.group(2)
        return f"IF(BOUND({variable}), {function}({variable}), ?{HIDDEN_VARIABLE_PREFIX}unbound)"

    return _DATE_FUNCTION.sub(replace, sparql)


def _strip_html(text: str) -> str:
    """Virtuoso answers errors as an HTML page: keep the words."""
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", text).strip()[:600]


def redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` replaced by ``***@``, fit for messages."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit((parts.scheme, "***@" + parts.netloc.rsplit("@", 1)[1], parts.path, parts.query, parts.fragment))


class Endpoints:
    """The URLs one store spec stands for."""

    def __init__(self, spec: str):
        parts = urlsplit(spec)
        scheme = parts.scheme.lower()
        if not parts.netloc:
            raise StoreError(f"store URL {redact_url(spec)!r} has no host: use e.g. virtuoso+http://127.0.0.1:8890")
        if parts.username is not None or parts.password is not None:
            # A URL is echoed in messages, logs, shell history and `ps`: secrets stay out of it.
            raise StoreError(
                f"the store URL {redact_url(spec)} holds credentials: remove them from the URL and "
                f"set {USER_ENV} and {PASSWORD_ENV} in the environment instead"
            )
        self.spec = spec
        # Only the explicit scheme says "Virtuoso": a plain URL may be any server (Fuseki's
        # /ds/sparql, Oxigraph's /query), whose write endpoints cannot be guessed.
        self.virtuoso = scheme.startswith("virtuoso+")
        if self.virtuoso:
            base = urlunsplit((scheme[len("virtuoso+") :], parts.netloc, parts.path.rstrip("/"), "", ""))
            self.query = base + "/sparql"
            self.update = base + "/sparql-auth"
            self.graph_store: str | None = base + "/sparql-graph-crud-auth"
        else:
            self.query = spec
            self.update = os.environ.get(UPDATE_URL_ENV) or spec
            self.graph_store = os.environ.get(GRAPH_STORE_ENV) or None
        self.display = redact_url(urlunsplit((scheme, parts.netloc, parts.path, "", "")))


class VirtuosoStore(GraphStore):
    """The article graphs on a Virtuoso server (see the module docstring)."""

    def __init__(self, spec: str, read_only: bool = False):
        import requests

        self._requests = requests
        self.endpoints = Endpoints(spec)
        self.read_only = read_only
        self.user = os.environ.get(USER_ENV) or None
        self.password = os.environ.get(PASSWORD_ENV) or None
        self._local = threading.local()
        self._excluded: list[str] | None = None
        self._connections = max(1, int(os.environ.get(CONNECTIONS_ENV) or 2))
        self._closed = False
        self._bulk: BulkLoader | None = None  # the SQL-port loader (virtuoso_bulk), once connected
        self._bulk_tried = False
        # Fail at open, with words, when the server is not there.
        self.ask("ASK {}")

    # -- HTTP plumbing

    def _session(self):
        """One ``requests.Session`` per thread (sessions are not thread-safe; each keeps its connection)."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._requests.Session()
            if self.user is not None:
                # Virtuoso's *-auth endpoints accept digest only; the session answers
                # the first challenge and then reuses the nonce.
                session.auth = self._requests.auth.HTTPDigestAuth(self.user, self.password or "")
            self._local.session = session
        return session

    def _request(self, method: str, url: str, *, auth_needed: bool = False, **kwargs):
        if self._closed:
            raise StoreError("the store is closed")
        if auth_needed and self.user is None and self.endpoints.virtuoso:
            raise StoreError(
                f"writing to {self.endpoints.display} needs credentials: set {USER_ENV} and "
                f"{PASSWORD_ENV} in the environment (they are never taken from the command line)"
            )
        session = self._session()
        try:
            response = session.request(method, url, timeout=_TIMEOUT, **kwargs)
            if (
                response.status_code == 401
                and "basic" in response.headers.get("WWW-Authenticate", "").lower()
                and self.user is not None
            ):
                # a generic endpoint that wants basic rather than digest authentication
                session.auth = (self.user, self.password or "")
                response = session.request(method, url, timeout=_TIMEOUT, **kwargs)
        except self._requests.ConnectionError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self.endpoints.display}: {exc}") from exc
        except self._requests.Timeout as exc:
            raise StoreError(f"the SPARQL server at {self.endpoints.display} did not answer in time") from exc
        if response.status_code in (401, 403):
            raise StoreError(
                f"{self.endpoints.display} refused the credentials in {USER_ENV}/{PASSWORD_ENV} "
                f"(HTTP {response.status_code})"
            )
        return response

    def _query(self, sparql: str, accept: str):
        text = self._with_default_graph(sparql)
        response = self._request("POST", self.endpoints.query, data={"query": text}, headers={"Accept": accept})
        if response.status_code >= 400:
            message = _strip_html(response.text)
            if response.status_code == 400 or (
                "SP030" in message or "SP031" in message or "syntax" in message.lower() or "SPARQL compiler" in message
            ):
                raise QueryError(f"the SPARQL server rejected the query: {message}")
            raise StoreError(f"query failed on {self.endpoints.display} (HTTP {response.status_code}): {message}")
        return response

    def _update(self, sparql: str) -> None:
        self._check_writable()
        response = self._request("POST", self.endpoints.update, data={"update": sparql}, auth_needed=True)
        if response.status_code >= 400:
            raise StoreError(
                f"update failed on {self.endpoints.display} (HTTP {response.status_code}): {_strip_html(response.text)}"
            )

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.endpoints.display} was opened read-only")

    # -- the default graph: phoihop's graphs only

    def refresh_graphs(self) -> None:
        """Forget the cached list of foreign graphs (call after loading non-phoihop data)."""
        self._excluded = None

    def _foreign_graphs(self) -> list[str]:
        if self._excluded is None:
            if not self.endpoints.virtuoso:
                self._excluded = []
            else:
                # The exact list needs a scan of every quad (~10 s per million on a 2-core
                # machine); graphs holding an rdf:type come from an index in well under a second.
                # Small stores get the exact list; big ones the typed graphs (Virtuoso's own
                # untyped graphs are a few dozen triples; see _FULL_SCAN_LIMIT).
                pattern = "?s ?p ?o" if self._all_quads() <= _FULL_SCAN_LIMIT else "?s a ?type"
                # The FILTER matters for the plan: without it, Virtuoso 7.2 took 29 s over
                # 14,000 quads loaded with TTLP (0.07 s with it).
                rows = self._raw_select(
                    f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {pattern} }} "
                    f'FILTER(!STRSTARTS(STR(?g), "{PHOIHOP_NAMESPACE}")) }}'
                )
                self._excluded = sorted(g for (g,) in rows if g)
        return self._excluded

    def _with_default_graph(self, sparql: str) -> str:
        """Prefix Virtuoso ``DEFINE``s so that the default graph and the named graphs leave out foreign graphs.

        Queries that set their own dataset (``FROM``) are left alone. Virtuoso
        7.2 answers nothing for ``GRAPH <constant> { ... }`` once an exclusion
        is defined (``GRAPH ?variable`` is fine), so constant graph names are
        rewritten to a variable filtered to that name.
        """
        if not self.endpoints.virtuoso:
            return sparql
        if _FROM_CLAUSE.search(sparql):
            return _guard_date_functions(sparql)
        excluded = self._foreign_graphs()
        if not excluded:
            return sparql
        defines = "".join(
            f"DEFINE input:default-graph-exclude <{g}>\nDEFINE input:named-graph-exclude <{g}>\n" for g in excluded
        )
        return defines + _guard_date_functions(_constant_graphs_to_variables(sparql))

    # -- reading

    def select(self, sparql: str) -> SelectResult:
        answer = _parse_results(self._query(sparql, RESULTS_ACCEPT))
        if answer.boolean is not None:
            raise QueryError("not a SELECT query (use ask())")
        # SELECT * would show the variables of _constant_graphs_to_variables: leave them out
        variables = [v for v in answer.variables if not v.startswith(HIDDEN_VARIABLE_PREFIX)]
        rows = [tuple(_python(binding.get(v)) for v in variables) for binding in answer.bindings]
        if len(rows) in _SUSPICIOUS_ROW_COUNTS:
            log.warning(
                "%s returned exactly %d rows: the server's ResultSetMaxRows may have cut the result",
                self.endpoints.display,
                len(rows),
            )
        return SelectResult(variables, rows)

    def ask(self, sparql: str) -> bool:
        answer = _parse_results(self._query(sparql, RESULTS_ACCEPT))
        if answer.boolean is None:
            raise QueryError("not an ASK query")
        return answer.boolean

    def construct(self, sparql: str) -> list:
        import rdflib

        response = self._query(sparql, "application/n-triples, text/plain;q=0.9")
        graph = rdflib.Graph()
        try:
            graph.parse(data=response.content.decode("utf-8"), format="nt")
        except Exception as exc:  # rdflib raises several parser exception types
            raise QueryError(f"not a CONSTRUCT/DESCRIBE query, or an answer that is not N-Triples: {exc}") from exc
        return list(graph)

    def article_ids(self) -> set[str]:
        from phoihop.graph.iris import GRAPH_PREFIX, article_id_of_graph

        # Every article graph describes its article as a schema:NewsArticle (rdf_mapping): an
        # index lookup (0.3 s for 10,000 articles) where listing graphs scans every quad (20 s).
        result = self._raw_select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } "
            f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}'
        )
        ids = set()
        for (g,) in result:
            aid = article_id_of_graph(g)
            if aid is not None:
                ids.add(aid)
        return ids

    def quad_count(self) -> int:
        # All quads minus those of the foreign graphs: both counts come from indexes, where a
        # FILTER on the graph name would test every quad (24 s for 3 million).
        if not self.endpoints.virtuoso:  # a generic server may hold other data: count phoihop's graphs
            rows = self._raw_select(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                f'FILTER(STRSTARTS(STR(?g), "{PHOIHOP_NAMESPACE}")) }}'
            )
            return int(rows[0][0]) if rows and rows[0][0] else 0
        foreign = self._foreign_graphs()
        if not foreign:
            return self._all_quads()
        values = " ".join(f"<{g}>" for g in foreign)
        rows = self._raw_select(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return self._all_quads() - (int(rows[0][0]) if rows and rows[0][0] else 0)

    def _all_quads(self) -> int:
        rows = self._raw_select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0][0]) if rows and rows[0][0] else 0

    def _raw_results(self, sparql: str) -> _Results:
        """Run a query that names its graphs itself (no default-graph DEFINEs needed)."""
        response = self._request(
            "POST", self.endpoints.query, data={"query": sparql}, headers={"Accept": RESULTS_ACCEPT}
        )
        if response.status_code >= 400:
            raise StoreError(f"query failed on {self.endpoints.display}: {_strip_html(response.text)}")
        return _parse_results(response)

    def _raw_select(self, sparql: str) -> list[tuple]:
        answer = self._raw_results(sparql)
        return [tuple(_python(b.get(v)) for v in answer.variables) for b in answer.bindings]

    # -- writing

    def replace_articles(self, facts: Iterable[ArticleFacts], *, progress: Callable[[int], None] | None = None) -> int:
        """Write each article's graph in place of its old one; returns the number of triples written.

        On a Virtuoso server whose SQL port is configured (``PHOIHOP_VIRTUOSO_SQL_PORT``)
        the articles go in batches through :mod:`phoihop.graph.store.virtuoso_bulk`,
        and articles whose stored graph has the same ``ph:factsDigest`` are
        left alone (0 triples). Otherwise each graph is ``PUT`` (reason logged
        once): up to ``PHOIHOP_STORE_CONNECTIONS`` (default 2) requests are in
        flight. ``progress(n)`` is called as articles are stored. If one id
        comes twice, the later facts win.
        """
        self._check_writable()
        if self.user is None and self.endpoints.virtuoso:
            self._request("GET", self.endpoints.query, auth_needed=True)  # raises the credentials message
        loader = self._bulk_loader()
        if loader is not None:
            written = self._replace_in_batches(loader, facts, progress)
        else:
            written = self._replace_by_put(facts, progress)
        programme_merge.reconcile(self)
        return written

    def update(self, sparql: str) -> None:
        """A SPARQL update (used by :mod:`phoihop.graph.programme_merge`)."""
        self._check_writable()
        self._update(sparql)

    def _bulk_loader(self):
        """The SQL-port loader, connected on first use; ``None`` (reason logged once) when there is none."""
        if self._bulk is None and not self._bulk_tried and self.endpoints.virtuoso:
            self._bulk_tried = True
            from phoihop.graph.store.virtuoso_bulk import BulkLoader, SqlError

            try:
                self._bulk = BulkLoader.connect(self.endpoints.spec, self.user, self.password)
                log.info("%s: writing in batches through the SQL port %s", self.endpoints.display, self._bulk.where)
            except SqlError as exc:
                log.warning(
                    "%s: writing one Graph Store PUT per article (about 10x slower than batches through "
                    "the SQL port, see phoihop.graph.store.virtuoso_bulk): %s",
                    self.endpoints.display,
                    exc,
                )
        return self._bulk

    def _replace_in_batches(self, loader, facts: Iterable[ArticleFacts], progress: Callable[[int], None] | None) -> int:
        """Map articles into groups of ~8 MB; one writer thread stores group k while group k+1 is mapped."""
        from phoihop.graph.rdf_mapping import article_nquads_digest
        from phoihop.graph.store.virtuoso_bulk import (
            _MAX_PARAMETER_BYTES,
            MAX_TRANSACTION_BYTES,
            Group,
            SqlError,
            distinct_lines,
        )

        written = 0
        pending: tuple[Future, int] | None = None

        def wait() -> None:
            nonlocal pending, written
            if pending is not None:
                future, count = pending
                pending = None
                try:
                    written += future.result()
                except SqlError as exc:
                    raise StoreError(
                        f"writing to {self.endpoints.display} through the SQL port failed "
                        f"(the articles of that batch keep their old graphs): {exc}"
                    ) from None
                if progress:
                    progress(count)

        with ThreadPoolExecutor(1, thread_name_prefix="phoihop-sql") as writer:

            def submit(group: Group) -> None:
                nonlocal pending
                wait()
                pending = (writer.submit(loader.write, group), len(group.articles))

            group = Group()
            try:
                for item in facts:
                    text, digest = article_nquads_digest(item)
                    data = text.encode("utf-8")
                    if len(data) > _MAX_PARAMETER_BYTES:
                        # too big for one SQL parameter: after what came before it, by PUT
                        group.discard(item.id)
                        if group.articles:
                            submit(group)
                            group = Group()
                        wait()
                        written += self._replace_by_put([item], progress)
                        continue
                    group.add(item.id, data, digest, distinct_lines(text))
                    del text, data
                    if group.size >= MAX_TRANSACTION_BYTES:
                        submit(group)
                        group = Group()
                if group.articles:
                    submit(group)
                wait()
            finally:
                if pending is not None:  # an error while mapping: let the group being written finish
                    pending[0].exception()
        return written

    def _replace_by_put(self, facts: Iterable[ArticleFacts], progress: Callable[[int], None] | None) -> int:
        from phoihop.graph.iris import graph_iri
        from phoihop.graph.rdf_mapping import article_nquads

        written = 0
        pending: deque[tuple[str, Future]] = deque()
        in_flight: dict[str, Future] = {}

        def finish_oldest() -> int:
            aid, future = pending.popleft()
            count = future.result()
            if in_flight.get(aid) is future:
                del in_flight[aid]
            if progress:
                progress(1)
            return count

        with ThreadPoolExecutor(self._connections, thread_name_prefix="phoihop-put") as pool:
            try:
                for item in facts:
                    graph = graph_iri(item.id)
                    body = _nquads_to_ntriples(article_nquads(item), graph)
                    earlier = in_flight.get(item.id)
                    if earlier is not None:
                        earlier.result()  # keep the order of two writes of one graph
                    future = pool.submit(self._put_graph, graph, body, item.id)
                    in_flight[item.id] = future
                    pending.append((item.id, future))
                    # A bounded queue: the input may be a stream of 100,000 articles.
                    while len(pending) > 2 * self._connections:
                        written += finish_oldest()
                while pending:
                    written += finish_oldest()
            except BaseException:
                for _, future in pending:
                    future.cancel()
                raise
        return written

    def _put_graph(self, graph: str, ntriples: str, article_id: str) -> int:
        lines = ntriples.count("\n")
        if self.endpoints.graph_store is None:
            self._replace_by_update(graph, ntriples)
            return lines
        response = self._request(
            "PUT",
            self.endpoints.graph_store,
            params={"graph-uri": graph} if self.endpoints.virtuoso else {"graph": graph},
            data=ntriples.encode("utf-8"),
            headers={"Content-Type": "text/plain" if self.endpoints.virtuoso else "application/n-triples"},
            auth_needed=True,
        )
        if response.status_code >= 400:
            raise StoreError(
                f"storing article {article_id!r} on {self.endpoints.display} failed "
                f"(HTTP {response.status_code}): {_strip_html(response.text)}"
            )
        return lines

    def _replace_by_update(self, graph: str, ntriples: str) -> None:
        """Replacement through SPARQL Update, for endpoints without a Graph Store: drop, then insert in chunks."""
        lines = ntriples.splitlines()
        requests_text = [f"DROP SILENT GRAPH <{graph}>"]
        for start in range(0, len(lines), _UPDATE_TRIPLES_PER_REQUEST):
            chunk = "\n".join(lines[start : start + _UPDATE_TRIPLES_PER_REQUEST])
            requests_text.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{chunk}\n}} }}")
        # One request when it fits, so the replacement is one transaction on most servers.
        if len(requests_text) == 2:
            self._update(" ;\n".join(requests_text))
        else:
            for text in requests_text:
                self._update(text)

    def delete_article(self, article_id: str) -> bool:
        from phoihop.graph.iris import graph_iri

        self._check_writable()
        graph = graph_iri(article_id)
        if not self._raw_ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
            return False
        self._update(f"DROP SILENT GRAPH <{graph}>")
        programme_merge.reconcile(self)  # reports merged into a document of this article go back
        return True

    def drop_all(self) -> int:
        """Remove every phoihop graph from the server (other graphs stay); returns how many were dropped.

        For tests and benchmarks that need an empty store on a shared server.
        """
        self._check_writable()
        graphs = self._phoihop_graphs()
        loader = self._bulk_loader()
        if loader is not None:
            from phoihop.graph.store.virtuoso_bulk import SqlError

            try:
                loader.delete_graphs(graphs)
            except SqlError as exc:
                raise StoreError(f"emptying {self.endpoints.display} through the SQL port failed: {exc}") from None
        else:
            # One DROP per request: Virtuoso 7.2 takes minutes to compile an update of a few
            # dozen DROP operations (20: 0.25 s; 40: over 100 s), so batching them is far slower.
            for graph in graphs:
                self._update(f"DROP SILENT GRAPH <{graph}>")
        return len(graphs)

    def _raw_ask(self, sparql: str) -> bool:
        return bool(self._raw_results(sparql).boolean)

    # -- export

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write every phoihop graph to ``out`` (as the embedded store does); graphs are fetched 200 at a time."""
        import pyoxigraph as ox

        from phoihop.graph.rdf_mapping import PREFIXES

        fmt = fmt.lower().replace("-", "")
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
        memory = ox.Store()
        graphs = sorted(self._phoihop_graphs())
        for start in range(0, len(graphs), _GRAPHS_PER_EXPORT_QUERY):
            values = " ".join(f"<{g}>" for g in graphs[start : start + _GRAPHS_PER_EXPORT_QUERY])
            answer = self._raw_results(
                f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
            memory.bulk_extend(list(_quads_of(answer.bindings, ox)))
        if fmt == "nquads":
            memory.dump(out, ox.RdfFormat.N_QUADS)
        elif fmt == "trig":
            memory.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt == "jsonld":
            memory.dump(out, ox.RdfFormat.JSON_LD)
        else:  # Turtle holds one graph: the union, each statement once
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in memory}
            ox.serialize(sorted(triples, key=str), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)

    def _phoihop_graphs(self) -> list[str]:
        rows = self._raw_select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{PHOIHOP_NAMESPACE}")) }}'
        )
        return [g for (g,) in rows]

    def close(self) -> None:
        if self._bulk is not None:
            self._bulk.close()
            self._bulk = None
        session = getattr(self._local, "session", None)
        if session is not None:
            session.close()
        self._closed = True

    def __repr__(self) -> str:
        return f"VirtuosoStore({self.endpoints.display!r})"


def _nquads_to_ntriples(nquads: str, graph: str) -> str:
    """Drop the graph term that ends every line of one article's N-Quads (all lines share it); keep each line once."""
    suffix = f" <{graph}> .\n"
    out = []
    seen = set()
    for line in io.StringIO(nquads):
        if line.endswith(suffix):
            triple = line[: -len(suffix)] + " .\n"
        elif line.strip():
            raise StoreError(f"unexpected N-Quads line outside graph <{graph}>: {line[:200]!r}")
        else:
            continue
        if triple not in seen:
            seen.add(triple)
            out.append(triple)
    return "".join(out)


RESULTS_ACCEPT = "application/sparql-results+xml, application/sparql-results+json;q=0.9"
_RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class _Results:
    """A SPARQL results document: ``boolean`` for ASK, else variables and bindings.

    Terms are dicts shaped like SPARQL JSON results terms (``type``, ``value``,
    ``datatype``, ``xml:lang``), whichever format the server answered in.
    """

    variables: list[str]
    bindings: list[dict[str, dict]]
    boolean: bool | None = None


def _parse_results(response) -> _Results:
    """Parse a SPARQL XML (preferred: Virtuoso writes it ~3x faster than JSON) or JSON results answer."""
    content_type = response.headers.get("Content-Type", "")
    body = response.content
    if "json" in content_type:
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise QueryError(f"the server's answer is not SPARQL JSON results: {exc}") from exc
        if "boolean" in data:
            return _Results([], [], bool(data["boolean"]))
        if "results" not in data:
            raise QueryError("the server's answer holds no results (not a SELECT or ASK query?)")
        return _Results(list(data["head"].get("vars") or []), data["results"]["bindings"])
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise QueryError(
            f"the server answered {content_type or 'something'} that is not SPARQL results "
            f"(not a SELECT or ASK query?): {exc}"
        ) from exc
    boolean = root.find(f"{_RESULTS_NS}boolean")
    if boolean is not None:
        return _Results([], [], (boolean.text or "").strip() == "true")
    variables = [v.get("name", "") for v in root.iter(f"{_RESULTS_NS}variable")]
    results = root.find(f"{_RESULTS_NS}results")
    if results is None:
        raise QueryError("the server's answer holds no results (not a SELECT or ASK query?)")
    bindings = []
    for result in results:
        row = {}
        for binding in result:
            term = binding[0]
            kind = term.tag[len(_RESULTS_NS) :]
            value = term.text or ""
            if kind == "uri":
                row[binding.get("name", "")] = {"type": "uri", "value": value}
            elif kind == "bnode":
                row[binding.get("name", "")] = {"type": "bnode", "value": value}
            else:
                entry = {"type": "literal", "value": value}
                if datatype := term.get("datatype"):
                    entry["datatype"] = datatype
                if lang := term.get(_XML_LANG):
                    entry["xml:lang"] = lang
                row[binding.get("name", "")] = entry
        bindings.append(row)
    return _Results(variables, bindings)


def _python(term: dict | None):
    """A SPARQL JSON results term as a Python value of the store conventions."""
    if term is None:
        return None
    kind = term.get("type")
    if kind == "uri":
        return python_value("iri", term["value"])
    if kind == "bnode":
        return python_value("bnode", term["value"])
    # Virtuoso says "typed-literal" (SPARQL JSON results of 2008); the standard says "literal"
    return python_value("literal", term["value"], term.get("datatype"))


def _term(term: dict, ox):
    kind = term["type"]
    if kind == "uri":
        return ox.NamedNode(term["value"])
    if kind == "bnode":
        value = term["value"]
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", value.removeprefix("_:")))
    if term.get("xml:lang"):
        return ox.Literal(term["value"], language=term["xml:lang"])
    if term.get("datatype"):
        return ox.Literal(term["value"], datatype=ox.NamedNode(term["datatype"]))
    return ox.Literal(term["value"])


def _quads_of(bindings: list[dict], ox):
    for b in bindings:
        yield ox.Quad(_term(b["s"], ox), _term(b["p"], ox), _term(b["o"], ox), ox.NamedNode(b["g"]["value"]))


__all__ = ["PHOIHOP_NAMESPACE", "Endpoints", "VirtuosoStore"]
