"""The store API every part of phoihop codes against.

``open_store(spec)`` returns a :class:`GraphStore`:

* a folder path -> :class:`phoihop.graph.store.oxigraph.OxigraphStore`
  (pyoxigraph, persistent in that folder);
* ``virtuoso+http://host:port`` or any ``http(s)://`` URL ->
  ``phoihop.graph.store.virtuoso.VirtuosoStore`` (imported only then).

Conventions shared by all stores:

* one named graph per article (``phid:graph/{article-id}``); queries see the
  **union of the named graphs** as their default graph. The union is a
  multiset on Oxigraph: a statement repeated in two article graphs matches
  twice, so queries that must not count twice use ``DISTINCT``;
* :meth:`GraphStore.select` gives Python values: IRIs as ``str``,
  ``xsd:integer`` (and its subtypes) as ``int``, ``xsd:decimal``/``double``/
  ``float`` as ``float``, ``xsd:boolean`` as ``bool``, every other literal as
  its lexical form (``str``), blank nodes as ``_:id`` strings, unbound as ``None``;
* :meth:`GraphStore.construct` gives ``(s, p, o)`` tuples of **rdflib terms**
  (``URIRef``, ``BNode``, ``Literal`` with datatype/language kept), because
  there a plain string could not tell an IRI from a literal.

This package holds the interface (here), the backends (``oxigraph``,
``virtuoso`` and its SQL-port bulk loader ``virtuoso_bulk``) and ``lock``
(keeping writers off a folder while ``phoihop serve`` serves it). It may
import the graph model (``phoihop.graph.iris``, ``rdf_mapping``) and core;
never ``phoihop.graph.serve``, ``phoihop.graph.explore``, the commands,
``phoihop.extract`` or ``phoihop.batch``.
"""

from __future__ import annotations

import os

from phoihop.graph.store.base import (
    EXPORT_FORMATS,
    XSD,
    GraphStore,
    QueryError,
    SelectResult,
    StoreError,
    StoreLockedError,
    is_remote_spec,
    python_value,
)

__all__ = [
    "EXPORT_FORMATS",
    "XSD",
    "GraphStore",
    "QueryError",
    "SelectResult",
    "StoreError",
    "StoreLockedError",
    "is_remote_spec",
    "open_store",
    "python_value",
]


def open_store(spec: str | os.PathLike, *, read_only: bool = False, create: bool = True) -> GraphStore:
    """Open the store named by ``spec`` (a folder, or a ``virtuoso+http://`` / ``http(s)://`` URL).

    Raises :class:`StoreLockedError` when the folder is in use by another
    process and :class:`StoreError` for other problems, each with a message
    fit to show a user. A missing folder store is created only for writing
    with ``create`` (``load``, ``build``); otherwise it is a :class:`StoreError`.
    """
    if is_remote_spec(spec):
        scheme = os.fspath(spec).split("://", 1)[0].lower()
        if scheme in ("virtuoso+http", "virtuoso+https", "http", "https"):
            from phoihop.graph.store.virtuoso import VirtuosoStore

            return VirtuosoStore(os.fspath(spec), read_only=read_only)
        from phoihop.graph.store.virtuoso import redact_url

        raise StoreError(
            f"unknown store URL scheme {scheme!r} in {redact_url(os.fspath(spec))}: use a folder path, "
            f"virtuoso+http://host:port or an http(s) SPARQL endpoint"
        )
    from phoihop.graph.store.oxigraph import OxigraphStore

    return OxigraphStore(spec, read_only=read_only, create=create)
