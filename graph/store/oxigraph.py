"""The embedded store: pyoxigraph persistent in a folder (RocksDB).

Loading and crash safety
------------------------
Facts are turned into N-Quads text in one pass (``rdf_mapping``) and written
in batches. Two write modes exist; ``benchmarks/bench_load.py`` measures both:

``bulk`` (default)
    A batch goes through Oxigraph's bulk loader (``Store.bulk_load``), the
    fastest path, which is not transactional. Before touching the store the
    batch's article ids are written (atomically) to a *load journal* file in
    the store folder; then the old graphs of those articles are dropped,
    the batch is bulk-loaded, the store is flushed and the journal removed.
    If the process dies in between (``kill -9``), the journal is still there,
    and the next writable open drops every graph it lists before anything
    else happens. So each article's graph is either complete (it was
    loaded by an earlier, finished batch) or absent (re-load it).

``transactional``
    One transaction per article (``remove_graph`` then ``Store.load``, each
    atomic), no journal; slower, but a crash loses at most the article being
    written.

Each graph records a digest of its content (``ph:factsDigest`` on the
article node). Re-loading an article whose facts did not change leaves its
graph untouched: deleting quads is Oxigraph's slowest operation, so
re-loading a corpus costs little more than mapping it.

The folder is locked by RocksDB while a writable store is open. A second
writer fails at once with :class:`StoreLockedError`; ``read_only=True``
opens a consistent snapshot even while another process writes.
"""

from __future__ import annotations

import json
import logging
import os
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from phoihop.facts import ArticleFacts
from phoihop.fileio import write_text_atomic
from phoihop.graph import iris, programme_merge
from phoihop.graph.iris import PH
from phoihop.graph.rdf_mapping import PREFIXES, article_nquads_digest
from phoihop.graph.store.base import (
    EXPORT_FORMATS,
    GraphStore,
    QueryError,
    SelectResult,
    StoreError,
    StoreLockedError,
    python_value,
)
from phoihop.graph.store.lock import lock_held, note_held, note_released, refuse_if_served

log = logging.getLogger(__name__)

JOURNAL_NAME = "phoihop-load-journal.json"
DEFAULT_BATCH_QUADS = 250_000
MODES = ("bulk", "transactional")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_FACTS_DIGEST = ox.NamedNode(PH + "factsDigest")


def _value(term):
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return python_value("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return python_value("bnode", term.value)
    if isinstance(term, ox.Literal):
        return python_value("literal", term.value, term.datatype.value)
    return str(term)  # a triple term (RDF 1.2)


def _rdflib_term(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # rdflib tells "x" from "x"^^xsd:string; RDF 1.1 does not
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"cannot convert {term!r} to an rdflib term")


def missing_store_message(path: Path) -> str:
    """Why ``path`` is no store, in words, and how to make one (the same for every command)."""
    if not path.exists():
        why = "the folder does not exist"
    elif not any(path.iterdir()):
        why = "the folder is empty"
    else:
        why = "the folder holds no Oxigraph store (no CURRENT file)"
    return (
        f"no store at {path} ({why}); check the path, or make one with "
        f"`phoihop build INPUT --store {path}` or `phoihop load FACTS --store {path}`"
    )


class OxigraphStore(GraphStore):
    """A pyoxigraph store in ``path`` (created when missing, unless ``read_only``)."""

    def __init__(
        self,
        path: str | os.PathLike,
        *,
        read_only: bool = False,
        mode: str = "bulk",
        batch_quads: int = DEFAULT_BATCH_QUADS,
        create: bool = True,
    ):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        self.path = Path(path)
        self.read_only = read_only
        self.mode = mode
        self.batch_quads = batch_quads
        self.recovered: list[str] = []  # articles dropped because an earlier load was interrupted
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store folder")
        if (read_only or not create) and not (self.path / "CURRENT").is_file():
            raise StoreError(missing_store_message(self.path))
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                # Every writable open, however it is reached: a folder `phoihop serve` serves is
                # locked, and the message says by whom and what to do.
                refuse_if_served(self.path)
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
                note_held(self.path)
                self._release_lock_note = weakref.finalize(self, note_released, self.path)
        except OSError as exc:
            text = str(exc)
            # pyoxigraph's OSError carries no errno: ask the lock itself whether a writer holds it.
            if not read_only and lock_held(self.path):
                raise StoreLockedError(
                    f"the store {self.path} is in use by another process (a running server or load); "
                    f"stop it first, or open the store read-only"
                ) from None
            raise StoreError(f"cannot open the store {self.path}: {text}") from None
        self._journal = self.path / JOURNAL_NAME
        if self._journal.exists():
            if read_only:
                from phoihop.graph.store.lock import lock_holder

                writer = lock_holder(self.path)
                if writer is not None:  # a load is running now: its journal is not a leftover
                    log.info(
                        "%s: a load (pid %s) is writing to the store; this reader sees the store as "
                        "it was before that load's current batch",
                        self.path,
                        writer,
                    )
                else:
                    log.warning(
                        "%s: an interrupted load left %s; open the store for writing once to drop "
                        "the articles it lists",
                        self.path,
                        JOURNAL_NAME,
                    )
            else:
                self._recover()

    # ---------------------------------------------------------------- writing

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only")

    def _recover(self) -> None:
        try:
            ids = json.loads(self._journal.read_text(encoding="utf-8"))["articles"]
        except (OSError, ValueError, KeyError, TypeError):
            ids = None
        if ids is None:  # an unreadable journal: be safe and drop nothing we cannot name; report it
            log.warning("%s: unreadable load journal %s removed", self.path, self._journal)
        else:
            for aid in ids:
                self._store.remove_graph(ox.NamedNode(iris.graph_iri(aid)))
            self._store.flush()
            self.recovered = list(ids)
            log.warning(
                "%s: an earlier load was interrupted; %d article graph(s) dropped, load them again", self.path, len(ids)
            )
        self._journal.unlink()

    def replace_articles(self, facts: Iterable[ArticleFacts], *, progress: Callable[[int], None] | None = None) -> int:
        """Write each article's graph in place of its old one; returns the number of quads written.

        An article whose stored graph already holds exactly these facts (same
        ``ph:factsDigest``) is left alone and counts 0 quads. ``progress(n)``
        is called after each batch with the number of articles it held. If
        one id comes twice, the later facts win.
        """
        self._require_writable()
        # Mapping (Python) and writing (Rust, which releases the GIL) overlap: one writer thread takes
        # batch k while this thread maps batch k+1. At most one batch is being written at a time, so
        # batches reach the store in order and only one load journal exists.
        from concurrent.futures import ThreadPoolExecutor

        written = 0
        pending = None
        batch: dict[str, tuple[str, str, int]] = {}  # id -> (N-Quads, digest, quads)
        lines = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="phoihop-load") as writer:
            try:
                for article in facts:
                    text, digest = article_nquads_digest(article)
                    old = batch.pop(article.id, None)
                    if old is not None:
                        lines -= old[2]
                    count = text.count("\n")
                    batch[article.id] = (text, digest, count)
                    lines += count
                    if lines >= self.batch_quads:
                        if pending is not None:
                            written += pending.result()
                        pending = writer.submit(self._write_batch, batch, progress)
                        batch, lines = {}, 0
                if pending is not None:
                    written += pending.result()
                    pending = None
                if batch:
                    written += self._write_batch(batch, progress)
            finally:
                if pending is not None:  # an error while mapping: let the batch being written finish
                    pending.result()
        self._store.flush()
        programme_merge.reconcile(self)
        return written

    def _digest_of(self, graph: ox.NamedNode, article_id: str) -> str | None:
        for quad in self._store.quads_for_pattern(
            ox.NamedNode(iris.article_iri(article_id)), _FACTS_DIGEST, None, graph
        ):
            value = quad.object
            return None if isinstance(value, ox.Triple) else value.value
        return None

    def _write_batch(self, batch: dict[str, tuple[str, str, int]], progress: Callable[[int], None] | None) -> int:
        """Write one batch; articles whose stored graph has the same digest are left as they are."""
        changed: dict[str, tuple[str, int]] = {}
        stale: list[ox.NamedNode] = []
        for aid, (text, digest, count) in batch.items():
            graph = ox.NamedNode(iris.graph_iri(aid))
            if self._store.contains_named_graph(graph):
                if self._digest_of(graph, aid) == digest:
                    continue
                stale.append(graph)
            changed[aid] = (text, count)
        if self.mode == "transactional":
            for graph in stale:
                self._store.remove_graph(graph)
            for text, _count in changed.values():
                self._store.load(text.encode("utf-8"), ox.RdfFormat.N_QUADS)
        elif changed:
            write_text_atomic(self._journal, json.dumps({"articles": list(changed)}, ensure_ascii=False))
            for graph in stale:
                self._store.remove_graph(graph)
            self._store.bulk_load("".join(text for text, _ in changed.values()).encode("utf-8"), ox.RdfFormat.N_QUADS)
            self._store.flush()
            self._journal.unlink()
        if progress:
            progress(len(batch))
        return sum(count for _text, count in changed.values())

    def delete_article(self, article_id: str) -> bool:
        self._require_writable()
        graph = ox.NamedNode(iris.graph_iri(article_id))
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        self._store.flush()
        programme_merge.reconcile(self)  # reports merged into a document of this article go back
        return True

    def update(self, sparql: str) -> None:
        """A SPARQL update, in one transaction (used by :mod:`phoihop.graph.programme_merge`)."""
        self._require_writable()
        self._store.update(sparql)

    # ---------------------------------------------------------------- reading

    def article_ids(self) -> set[str]:
        ids = set()
        for graph in self._store.named_graphs():
            if isinstance(graph, ox.NamedNode):
                aid = iris.article_id_of_graph(graph.value)
                if aid is not None:
                    ids.add(aid)
        return ids

    def _query(self, sparql: str):
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except OSError as exc:
            raise StoreError(f"the store {self.path} failed during the query: {exc}") from None

    def select(self, sparql: str) -> SelectResult:
        result = self._query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query (use ask() or construct())")
        variables = [v.value for v in result.variables]
        width = len(variables)
        rows = [tuple(_value(solution[i]) for i in range(width)) for solution in result]
        return SelectResult(variables, rows)

    def ask(self, sparql: str) -> bool:
        result = self._query(sparql)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def construct(self, sparql: str) -> list:
        result = self._query(sparql)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return [(_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)) for t in result]

    def quad_count(self) -> int:
        return len(self._store)

    def quads(self):
        """Every quad (pyoxigraph objects); for validation and tests."""
        return self._store.quads_for_pattern(None, None, None, None)

    def export(self, out: BinaryIO, fmt: str) -> None:
        fmt = fmt.lower().replace("-", "")
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
        if fmt == "nquads":
            self._store.dump(out, ox.RdfFormat.N_QUADS)
        elif fmt == "trig":
            self._store.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt == "jsonld":
            self._store.dump(out, ox.RdfFormat.JSON_LD)
        else:  # Turtle holds one graph: the union, each statement once
            solutions = self._store.query(
                "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            assert isinstance(solutions, ox.QuerySolutions)
            triples = (ox.Triple(s, p, o) for s, p, o in solutions)
            ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            if not self.read_only:
                try:
                    store.flush()
                except OSError:
                    pass
            del self._store  # closed: no attribute (the other methods fail, raw says why)
            del store
            release = getattr(self, "_release_lock_note", None)
            if release is not None:
                release()

    @property
    def raw(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (benchmarks, validation)."""
        if getattr(self, "_store", None) is None:
            raise StoreError("the store is closed")
        return self._store
