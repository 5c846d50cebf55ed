"""``phoihop serve``: a store as a SPARQL 1.1 endpoint.

A thin HTTP front (standard library) stands before Oxigraph's own server
processes (:mod:`phoihop.graph.serve.backend`), which speak the SPARQL 1.1
Protocol and write every result format. The front adds what Oxigraph's
server lacks or does differently:

* the policy: updates, ``LOAD`` and Graph Store writes are refused with 403
  unless ``--allow-writes``; CORS headers only for ``--cors`` origins;
* a query time limit that really stops a query (a runaway child is killed
  and replaced) and answers 503 with a plain explanation;
* the pages: YASGUI (Oxigraph's bundled copy) pointed at this server, and the
  research-query library one click away;
* keeping writers off the folder while it is served (:mod:`phoihop.graph.store.lock`).

Routes: ``/sparql`` and ``/query`` (queries, GET or POST), ``/update``,
``/store`` (Graph Store Protocol), ``/`` (editor), ``/queries`` (library),
``/queries/NAME.rq`` (a research query with its default parameters),
``/queries.json``, ``/static/*``.
"""

from __future__ import annotations

import json
import logging
import re
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from phoihop.graph.serve.backend import BackendError, BackendPool, QueryTimeout, ResponseTooLarge
from phoihop.graph.serve.pages import PageFacts, index_page, library_page, static_file
from phoihop.graph.store import lock as serve_lock

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
# A connection that sends nothing (idle keep-alive, or a request or body stopped half-way) for this
# long is closed, so that it does not hold a thread for ever.
IDLE_TIMEOUT_S = 20.0
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARD_HOSTS = ("", "0.0.0.0", "::")
DEFAULT_TIMEOUT_S = 30.0
MAX_REQUEST_BYTES = 256 * 1024 * 1024
YASGUI_FILES = {"/yasgui.min.js", "/yasgui.min.css", "/logo.svg"}
FORM = "application/x-www-form-urlencoded"
SERVICE_MESSAGE = (
    "Federated queries (SERVICE) are refused: they would make this server fetch other URLs. "
    "Start `phoihop serve` with --allow-service to permit them."
)
FOREIGN_HOST_MESSAGE = (
    "Unknown Host {host!r}: this server answers only to {names}. (A web page that "
    "renamed this address to its own, DNS rebinding, is refused.) Start `phoihop serve` "
    "with --allow-host NAME to add a name."
)
FOREIGN_ORIGIN_MESSAGE = (
    "Cross-site write refused: a page from {origin} may not change this store. Writes are "
    "accepted from this server's own pages and from clients that send no Origin "
    "(curl, SPARQLWrapper); add a trusted origin with --cors ORIGIN."
)
READ_ONLY_MESSAGE = (
    "This endpoint is read-only: SPARQL Update (including LOAD) and Graph Store writes are "
    "refused. Start `phoihop serve` with --allow-writes to permit them."
)


@dataclass
class ServeConfig:
    """How ``phoihop serve`` runs (the command-line options)."""

    store_dir: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    timeout: float = DEFAULT_TIMEOUT_S
    cors: tuple[str, ...] = ()
    allow_writes: bool = False
    allow_service: bool = False
    workers: int = 2
    allow_hosts: tuple[str, ...] = ()  # more names the Host header may give (a proxy's, a DNS name)
    idle_timeout: float = IDLE_TIMEOUT_S

    def limits(self) -> str:
        """The limits in force, in words (printed at start and shown on the pages)."""
        access = "WRITABLE (updates and Graph Store writes accepted)" if self.allow_writes else "read-only"
        cors = f"CORS for {', '.join(self.cors)}" if self.cors else "CORS off"
        service = "SERVICE allowed" if self.allow_service else "SERVICE off"
        return f"{access}; query time limit {self.timeout:g} s; {cors}; {service}"


def timeout_message(limit: float) -> str:
    return (
        f"Query timed out: it did not finish within this server's limit of {limit:g} s and was stopped "
        f"(phoihop serve --timeout). Narrow the patterns or add a LIMIT, or ask the operator to "
        f"raise the limit."
    )


# Strings, IRIs and comments are matched first so that a SERVICE keyword inside them is skipped;
# a variable (?service) or a prefixed name (ex:service) is not the keyword either.
_SERVICE_SCAN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n]*"
    r"|(?<![\w:?$])(?P<service>SERVICE)(?![\w:-])",
    re.IGNORECASE,
)


def uses_service(sparql: str) -> bool:
    """Whether a query text holds the SERVICE keyword (federation) outside strings, IRIs and comments."""
    return any(m.group("service") for m in _SERVICE_SCAN.finditer(sparql))


@dataclass
class Classified:
    """What a request to a SPARQL route asks for."""

    kind: str  # "query", "update", "store-read", "store-write" or "bad"
    status: int = 200  # for "bad": the status to answer
    message: str = ""
    extra: dict = field(default_factory=dict)


def classify(method: str, path: str, query_string: str, content_type: str, body: bytes) -> Classified:
    """Sort a request on ``/sparql``, ``/query``, ``/update`` or ``/store`` by what it would do."""
    ctype = content_type.split(";")[0].strip().lower()
    params = parse_qs(query_string, keep_blank_values=True)
    if path == "/store":
        if method in ("GET", "HEAD"):
            return Classified("store-read")
        return Classified("store-write")
    if path == "/update":
        if method != "POST":
            return Classified("bad", 405, "SPARQL updates are sent with POST")
        return Classified("update")
    # /sparql and /query
    if method in ("GET", "HEAD"):
        if "update" in params:
            return Classified("update", extra={"by_get": True})
        if "query" not in params:
            return Classified("bad", 400, "Missing 'query' parameter: send ?query=... (GET) or POST a query")
        return Classified("query", extra={"text": params["query"][0]})
    if method != "POST":
        return Classified("bad", 405, f"{method} is not used on {path}: send queries with GET or POST")
    if ctype == "application/sparql-update":
        return Classified("update")
    if ctype == "application/sparql-query":
        return Classified("query", extra={"text": body.decode("utf-8", "replace")})
    if ctype == FORM:
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        if "update" in form:
            return Classified("update")
        if "query" in form or "query" in params:
            return Classified("query", extra={"text": (form.get("query") or params["query"])[0]})
        return Classified("bad", 400, "Missing 'query' (or 'update') field in the form")
    return Classified(
        "bad",
        415,
        f"Unsupported Content-Type {ctype or '(none)'!r}: use "
        f"application/sparql-query, application/sparql-update or {FORM}",
    )


class SparqlFront(ThreadingHTTPServer):
    """The listening server; holds what every request handler needs."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, config: ServeConfig, pool: BackendPool, facts: PageFacts):
        self.config = config
        self.pool = pool
        self.facts = facts
        self.yasgui_cache: dict[str, tuple[bytes, str]] = {}
        if ":" in config.host:
            self.address_family = socket.AF_INET6
        super().__init__((config.host, config.port), FrontHandler)
        self.host_names = self._host_names()

    def _host_names(self) -> frozenset[str]:
        """The names a request's Host header may give (without the port)."""
        names = {name.lower() for name in (*LOOPBACK_NAMES, self.config.host, *self.config.allow_hosts) if name}
        if self.config.host in WILDCARD_HOSTS:
            names.update({socket.gethostname().lower(), socket.getfqdn().lower()})
        return frozenset(names)

    def host_allowed(self, header: str | None) -> bool:
        """Whether a Host header names this server (a DNS-rebinding page sends its own name)."""
        if header is None:  # HTTP/1.0 clients may send none; browsers always do
            return True
        text = header.strip().lower()
        match = re.fullmatch(r"(\[[0-9a-f:.]+\]|[^:\[\]]+)(?::(\d{1,5}))?", text)
        if not match:
            return False
        name, port = match.group(1).strip("[]"), match.group(2)
        if port is not None and int(port) != self.server_address[1]:
            return False
        if name in self.host_names:
            return True
        # Listening on every address: any address literal of this machine reaches it by design.
        return self.config.host in WILDCARD_HOSTS and _is_address(name)

    def origin_allowed(self, origin: str) -> bool:
        """Whether a write may come from a page of ``origin``: this server's own, or a --cors one."""
        if origin in self.config.cors:
            return True
        parts = urlsplit(origin)
        return (
            parts.scheme == "http" and self.host_allowed(parts.netloc) and (parts.port or 80) == self.server_address[1]
        )

    def fetch_yasgui(self) -> None:
        """Keep Oxigraph's YASGUI files in memory: the page needs no child for them."""
        for name in sorted(YASGUI_FILES):
            resp = self.pool.exchange("GET", name, None, {}, time.monotonic() + 20)
            if resp.status == 200:
                self.yasgui_cache[name] = (resp.body, resp.content_type)


def _is_address(name: str) -> bool:
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in name else socket.AF_INET, name)
    except OSError:
        return False
    return True


class FrontHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "phoihop-serve"
    # headers and body leave in two writes: without TCP_NODELAY, Nagle's algorithm and the
    # client's delayed ACK add ~40 ms to every small answer
    disable_nagle_algorithm = True
    server: SparqlFront

    def setup(self) -> None:
        # Reads (request line, headers, body) give up after the idle limit: see IDLE_TIMEOUT_S.
        self.timeout = self.server.config.idle_timeout  # type: ignore[misc]  # socketserver reads it per instance
        super().setup()

    # ------------------------------------------------------------ plumbing

    def log_message(self, format, *args):
        log.debug("%s %s", self.address_string(), format % args)

    def _cors_headers(self) -> dict[str, str]:
        allowed = self.server.config.cors
        origin = self.headers.get("Origin")
        if not allowed:
            return {}
        if "*" in allowed:
            return {"Access-Control-Allow-Origin": "*"}
        if origin and origin in allowed:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        return {}

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/plain; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in {**self._cors_headers(), **(headers or {})}.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (message.rstrip("\n") + "\n").encode("utf-8"), headers=headers)

    def _body(self) -> bytes | None:
        """The request body; ``None`` when an error was already answered."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self._text(411, "Send the request body with a Content-Length (chunked bodies are not accepted)")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._text(400, "Bad Content-Length: expected a number of bytes, 0 or more")
            return None
        if length > MAX_REQUEST_BYTES:
            self._text(413, f"Request body over {MAX_REQUEST_BYTES // (1024 * 1024)} MiB")
            self.close_connection = True
            return None
        if not length:
            return b""
        body = self.rfile.read(length)  # raises TimeoutError when the client stops sending
        if len(body) < length:
            self.close_connection = True
            self._text(400, f"Request body cut short: {len(body)} of {length} bytes")
            return None
        return body

    # ------------------------------------------------------------ methods

    def do_GET(self):
        self._dispatch()

    def do_HEAD(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def do_PUT(self):
        self._dispatch()

    def do_DELETE(self):
        self._dispatch()

    def do_PATCH(self):
        self._dispatch()

    def do_OPTIONS(self):
        methods = "GET, HEAD, POST, OPTIONS" + (", PUT, DELETE" if self.server.config.allow_writes else "")
        headers = {"Allow": methods}
        if self._cors_headers():
            headers.update(
                {
                    "Access-Control-Allow-Methods": methods,
                    "Access-Control-Allow-Headers": "Content-Type, Accept",
                    "Access-Control-Max-Age": "600",
                }
            )
        self._send(204, b"", headers=headers)

    def _dispatch(self) -> None:
        try:
            if not self.server.host_allowed(self.headers.get("Host")):
                self.close_connection = True
                self._text(
                    403,
                    FOREIGN_HOST_MESSAGE.format(
                        host=self.headers.get("Host"), names=", ".join(sorted(self.server.host_names))
                    ),
                )
                return
            url = urlsplit(self.path)
            path = url.path
            if path in ("/sparql", "/query", "/update", "/store"):
                self._sparql(path, url.query)
            elif self.command in ("GET", "HEAD"):
                self._page(path)
            else:  # the body was not read: the connection cannot carry another request
                self.close_connection = True
                self._text(405 if self._is_page(path) else 404, f"{self.command} {path} is not served here")
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True
        except Exception as exc:  # a bug must not kill the connection silently
            log.exception("phoihop serve: error on %s %s", self.command, self.path)
            try:
                self._text(500, f"Internal error in phoihop serve: {exc}")
            except OSError:
                self.close_connection = True

    # ------------------------------------------------------------ pages

    @staticmethod
    def _is_page(path: str) -> bool:
        return (
            path in ("/", "/index.html", "/queries", "/queries/", "/queries.json")
            or path in YASGUI_FILES
            or path.startswith(("/static/", "/queries/"))
        )

    def _page(self, path: str) -> None:
        from phoihop.graph import queries as library

        facts = self.server.facts
        html_type = "text/html; charset=utf-8"
        if path in ("/", "/index.html"):
            self._send(200, index_page(facts, len(library.list_queries())), html_type)
        elif path in ("/queries", "/queries/"):
            self._send(200, library_page(facts, library.list_queries()), html_type)
        elif path == "/queries.json":
            items = [
                {
                    "name": q.name,
                    "title": q.title,
                    "description": q.description,
                    "parameters": [
                        {"name": p.name, "type": p.type, "default": p.default, "comment": p.comment}
                        for p in q.parameters
                    ],
                    "editor": f"/?library={q.name}",
                }
                for q in library.list_queries()
            ]
            self._send(
                200, json.dumps(items, ensure_ascii=False, indent=1).encode("utf-8"), "application/json; charset=utf-8"
            )
        elif path.startswith("/queries/") and path.endswith(".rq"):
            name = path[len("/queries/") : -len(".rq")]
            try:
                text = library.load_query(name)
            except (KeyError, ValueError) as exc:
                self._text(404, str(exc).strip("'\""))
                return
            self._send(200, text.encode("utf-8"), "text/plain; charset=utf-8")
        elif path.startswith("/static/"):
            found = static_file(path[len("/static/") :])
            if found is None:
                self._text(404, f"No such file: {path}")
            else:
                self._send(200, found[0], found[1], {"Cache-Control": "no-cache"})
        elif path in self.server.yasgui_cache:
            body, ctype = self.server.yasgui_cache[path]
            self._send(200, body, ctype, {"Cache-Control": "max-age=3600"})
        elif path == "/favicon.ico" and "/logo.svg" in self.server.yasgui_cache:
            body, ctype = self.server.yasgui_cache["/logo.svg"]
            self._send(200, body, ctype)
        else:
            self._text(
                404,
                f"Nothing at {path}: the query page is /, the SPARQL endpoint /sparql, the research queries /queries",
            )

    # ------------------------------------------------------------ SPARQL

    def _sparql(self, path: str, query_string: str) -> None:
        config = self.server.config
        body = self._body() if self.command in ("POST", "PUT", "PATCH", "DELETE") else b""
        if body is None:
            return
        if (
            self.command == "GET"
            and path == "/sparql"
            and not query_string
            and "text/html" in self.headers.get("Accept", "")
        ):
            self._send(303, b"", headers={"Location": "/"})  # a browser opening the endpoint: show the editor
            return
        req = classify(self.command, path, query_string, self.headers.get("Content-Type", ""), body)
        if req.kind == "bad":
            self._text(req.status, req.message)
            return
        if req.kind in ("update", "store-write"):
            if not config.allow_writes:
                self._text(403, READ_ONLY_MESSAGE)
                return
            if req.extra.get("by_get"):
                self._text(400, "SPARQL updates must be sent with POST, not GET")
                return
            # A browser sends Origin with every cross-site POST (a form, fetch): without this check
            # any web page could write into the store of a user running --allow-writes.
            origin = self.headers.get("Origin")
            cross = self.headers.get("Sec-Fetch-Site", "").lower() in ("cross-site", "same-site")
            if (origin is not None and not self.server.origin_allowed(origin)) or (origin is None and cross):
                self._text(403, FOREIGN_ORIGIN_MESSAGE.format(origin=origin or "another site"))
                return
        if req.kind == "query" and not config.allow_service and uses_service(req.extra.get("text", "")):
            self._text(403, SERVICE_MESSAGE)
            return
        headers = {}
        for name in ("Content-Type", "Accept"):
            if self.headers.get(name):
                headers[name] = self.headers[name]
        target = path + (f"?{query_string}" if query_string else "")
        deadline = time.monotonic() + config.timeout
        method = "GET" if self.command == "HEAD" else self.command
        try:
            resp = self.server.pool.exchange(method, target, body if method != "GET" else None, headers, deadline)
        except QueryTimeout:
            self._text(503, timeout_message(config.timeout))
            return
        except ResponseTooLarge:
            self._text(507, "The answer is too large to send (over 512 MiB): add a LIMIT or narrow the query")
            return
        except BackendError as exc:
            self._text(502, f"The query engine failed: {exc}. It has been restarted; try again.")
            return
        if resp.status == 400 and resp.body.startswith(b"error at "):
            self._text(400, "Malformed SPARQL: " + resp.body.decode("utf-8", "replace"))
            return
        self._send(resp.status, resp.body, resp.content_type or "application/octet-stream", {"Vary": "Accept"})


# ---------------------------------------------------------------- running


class ServeError(RuntimeError):
    """``phoihop serve`` cannot start; the message says why."""


def store_facts(store_dir: Path) -> tuple[int, int]:
    """(quads, articles) of the store, read through a read-only open."""
    from phoihop.graph.store import StoreError, open_store

    try:
        with open_store(store_dir, read_only=True) as store:
            return store.quad_count(), len(store.article_ids())
    except StoreError as exc:
        raise ServeError(str(exc)) from None


class NoStoreError(ServeError):
    """The store to serve is missing (exit status 3, as for every command)."""


def _check_store_dir(store_dir: Path) -> None:
    from phoihop.graph.store.oxigraph import missing_store_message

    if not store_dir.is_dir() or not (store_dir / "CURRENT").is_file():
        raise NoStoreError(missing_store_message(store_dir))


class RunningServer:
    """A started front and its children; :meth:`stop` undoes everything :func:`start_server` did."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.lock_fd: int | None = None
        self.pid_path: Path | None = None
        self.pool: BackendPool | None = None
        self.front: SparqlFront | None = None
        self.thread: threading.Thread | None = None
        self.quads = 0
        self.articles = 0

    @property
    def url(self) -> str:
        assert self.front is not None, "the server is not started"
        host, port = self.front.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host  # (bytes only for AF_UNIX sockets)
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"

    def stop(self) -> None:
        if self.front is not None:
            if self.thread is not None:
                self.front.shutdown()
                self.thread.join(timeout=5)
            self.front.server_close()
        if self.pool is not None:
            self.pool.close()
        serve_lock.remove_pid_file(self.pid_path)
        serve_lock.release_store_lock(self.lock_fd)


def start_server(config: ServeConfig) -> RunningServer:
    """Lock the store, start the Oxigraph children and the front; raises :class:`ServeError`."""
    config.store_dir = Path(config.store_dir)
    _check_store_dir(config.store_dir)
    running = RunningServer(config)
    try:
        other = serve_lock.served_by(config.store_dir)
        if other is not None:
            raise ServeError(f"the store {config.store_dir} is already served by pid {other.pid} at {other.url}")
        running.quads, running.articles = store_facts(config.store_dir)
        if not config.allow_writes:
            try:
                running.lock_fd = serve_lock.hold_store_lock(config.store_dir)
            except serve_lock.StoreBusyError as exc:
                raise ServeError(str(exc)) from None
        running.pool = BackendPool(config.store_dir, size=config.workers, writable=config.allow_writes)
        try:
            running.pool.start()
        except BackendError as exc:
            if config.allow_writes and "lock" in str(exc).lower():
                raise ServeError(
                    f"the store {config.store_dir} is in use by another process (a load?); "
                    f"start `phoihop serve --allow-writes` when it is done"
                ) from None
            raise ServeError(str(exc)) from None
        try:
            running.front = SparqlFront(
                config, running.pool, PageFacts(running.quads, running.articles, config.limits())
            )
        except OSError as exc:
            raise ServeError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from None
        running.front.fetch_yasgui()
        running.pid_path = serve_lock.write_pid_file(config.store_dir, running.url, config.allow_writes)
        running.thread = threading.Thread(
            target=running.front.serve_forever, kwargs={"poll_interval": 0.2}, name="phoihop-serve-http", daemon=True
        )
        running.thread.start()
        return running
    except BaseException:
        running.thread = None
        running.stop()
        raise


def banner(running: RunningServer) -> str:
    """What ``phoihop serve`` prints once it listens."""
    config = running.config
    lines = [
        f"phoihop serve: {running.url}",
        f"  SPARQL endpoint: {running.url}sparql   research queries: {running.url}queries",
        f"  store: {config.store_dir} ({running.quads:,} quads, {running.articles:,} articles; "
        f"default graph = union of the article graphs)",
        f"  limits: {config.limits()}; {running.pool.size if running.pool else 0} query worker(s)",
    ]
    from phoihop.graph.serve.backend import private_network_prefix

    if private_network_prefix() is None:
        lines.append(
            "  warning: no private network namespace here (unshare refused): the Oxigraph processes "
            "behind this front listen on loopback ports that every local user can reach"
        )
    if config.host not in ("127.0.0.1", "localhost", "::1"):
        lines.append(f"  warning: listening on {config.host}: other machines can reach this endpoint")
    if not config.allow_writes:
        lines.append(
            "  the store is locked against writers while served: stop the server before `phoihop load`/`build` into it"
        )
    lines.append("  press Ctrl-C to stop")
    return "\n".join(lines)


def run(config: ServeConfig, out=None) -> int:
    """Serve until SIGINT/SIGTERM; returns the exit status (0 on a clean stop)."""
    out = out or sys.stdout
    try:
        running = start_server(config)
    except ServeError as exc:
        print(f"phoihop serve: error: {exc}", file=sys.stderr)
        return 3 if isinstance(exc, NoStoreError) else 1
    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    try:
        print(banner(running), file=out, flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        running.stop()
    print("phoihop serve: stopped", file=out, flush=True)
    return 0
