"""The store interface: :class:`GraphStore`, its errors and result types, the value conventions.

The backends (``oxigraph``, ``virtuoso``) and ``lock`` import this module,
never the package itself, so that ``phoihop.graph.store`` (which opens the
backends in :func:`~phoihop.graph.store.open_store`) and its backends form no
import cycle. The conventions are described in the package docstring.
"""

from __future__ import annotations

import abc
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from phoihop.facts import ArticleFacts

EXPORT_FORMATS = ("trig", "nquads", "turtle", "jsonld")

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}


class StoreError(RuntimeError):
    """A store could not be opened or could not do what was asked; the message says why in words."""


class StoreLockedError(StoreError):
    """The store folder is held by another process (a running server, another load)."""


class QueryError(ValueError):
    """A SPARQL text the store rejected (syntax, or the wrong query form for the method)."""


@dataclass
class SelectResult:
    variables: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict]:
        """The rows as ``{variable: value}`` dicts."""
        return [dict(zip(self.variables, row, strict=False)) for row in self.rows]


def python_value(kind: str, value: str, datatype: str | None = None):
    """Convert one RDF term, given as (kind, lexical value, datatype IRI), to the Python value of the conventions.

    ``kind`` is ``"iri"``, ``"bnode"`` or ``"literal"``. Used by every store
    implementation so that all of them answer alike.
    """
    if kind == "iri":
        return value
    if kind == "bnode":
        return value if value.startswith("_:") else f"_:{value}"
    if datatype in _INTEGER_TYPES:
        try:
            return int(value)
        except ValueError:
            return value
    if datatype in _FLOAT_TYPES:
        try:
            return float(value)
        except ValueError:
            return value
    if datatype == XSD + "boolean":
        return value.strip() in ("true", "1")
    return value


class GraphStore(abc.ABC):
    """An RDF dataset of article graphs (see the module docstring for the conventions)."""

    @abc.abstractmethod
    def replace_articles(self, facts: Iterable[ArticleFacts]) -> int:
        """Write each article's graph, replacing any earlier graph of that article; return the quads written."""

    @abc.abstractmethod
    def delete_article(self, article_id: str) -> bool:
        """Remove that article's graph (and nothing else); ``False`` when the store has no such article."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL update; stores that are written only by loads need not have it."""
        raise NotImplementedError(f"{type(self).__name__} does not take SPARQL updates")

    @abc.abstractmethod
    def article_ids(self) -> set[str]:
        """The ids of the articles the store holds."""

    @abc.abstractmethod
    def select(self, sparql: str) -> SelectResult:
        """Run a SPARQL SELECT over the union of the article graphs."""

    @abc.abstractmethod
    def ask(self, sparql: str) -> bool:
        """Run a SPARQL ASK over the union of the article graphs."""

    @abc.abstractmethod
    def construct(self, sparql: str) -> list:
        """Run a SPARQL CONSTRUCT/DESCRIBE; ``(s, p, o)`` tuples of rdflib terms."""

    @abc.abstractmethod
    def quad_count(self) -> int:
        """How many quads the store holds."""

    @abc.abstractmethod
    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the store to ``out`` as ``trig``, ``nquads``, ``turtle`` (union graph) or ``jsonld``."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the store (the folder lock, connections)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def is_remote_spec(spec: str | os.PathLike) -> bool:
    text = os.fspath(spec)
    return isinstance(text, str) and "://" in text and text.split("://", 1)[0].replace("+", "").isalpha()
