"""SHACL validation of a store (pyshacl), reported in words.

The store's union graph (what queries see) is read with one CONSTRUCT into
an rdflib graph, so this works for any :class:`GraphStore`, and checked
against ``ontology/shapes.ttl``. Only results of severity ``sh:Violation``
make a graph non-conforming; warnings are listed too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from phoihop.ontology import SHAPES_PATH

SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None = None
    shape: str | None = None

    def describe(self) -> str:
        """One line: severity, focus node, path, message (and the offending value)."""
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)  # every result, violations first
    triples: int = 0

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]


def _short(term) -> str:
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _path_text(graph, path) -> str | None:
    from rdflib import URIRef

    if path is None:
        return None
    if isinstance(path, URIRef):
        return f"<{path}>"
    inverse = graph.value(path, URIRef(SH + "inversePath"))
    if inverse is not None:
        return f"^<{inverse}>"
    return str(path)


def validate_graph(data, shapes: Path | str | None = None) -> ValidationReport:
    """Validate an rdflib graph against the shapes (default: the project's)."""
    import pyshacl
    from rdflib import Graph, Namespace

    shapes_graph = Graph().parse(str(shapes or SHAPES_PATH), format="turtle")
    _conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=True, allow_warnings=True
    )
    sh = Namespace(SH)
    found = []
    for result in results.subjects(predicate=None, object=sh.ValidationResult):
        severity = results.value(result, sh.resultSeverity)
        message = results.value(result, sh.resultMessage)
        value = results.value(result, sh.value)
        found.append(
            Violation(
                focus=_short(results.value(result, sh.focusNode)),
                path=_path_text(results, results.value(result, sh.resultPath)),
                message=str(message) if message is not None else "does not conform",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=_short(value) if value is not None else None,
                shape=str(results.value(result, sh.sourceShape)),
            )
        )
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    found.sort(key=lambda v: (order.get(v.severity, 3), v.focus, v.path or "", v.message))
    return ValidationReport(not any(v.severity == "Violation" for v in found), found, len(data))


def store_graph(store):
    """The store's union graph as an rdflib graph (each statement once)."""
    from rdflib import Graph

    graph = Graph()
    for triple in store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        graph.add(triple)
    return graph


def validate_store(store, shapes: Path | str | None = None) -> ValidationReport:
    """Validate the union of a store's article graphs."""
    return validate_graph(store_graph(store), shapes)
