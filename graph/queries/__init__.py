"""The research-query library: commented SPARQL files in ``graph/queries/``.

A query file starts with comment lines that describe it::

    # title: Programmes in force in a year
    # description: Cooperation programmes whose period includes the year …
    # param: year = 2021 (integer) the calendar year

and then holds plain SPARQL in which each parameter is a variable
(``?year``). :func:`load_query` binds the parameters *safely*: every value is
checked against its declared type and written as a typed SPARQL literal in a
``VALUES`` block placed at the start of the ``WHERE`` group, so a value can
never change the query's structure (no text of the caller is pasted into the
query). The same text runs on Oxigraph and on a remote SPARQL endpoint.

Parameter types: ``integer``, ``string``, ``date`` (YYYY-MM-DD),
``iri`` and ``province`` (a province name, normalised the way the graph
writes it: "tỉnh Bến Tre" -> "Bến Tre").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent
PARAM_TYPES = ("integer", "string", "date", "iri", "province")

_PARAM_LINE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<default>\"[^\"]*\"|\S+)\s*"
    r"(?:\((?P<type>\w+)\))?\s*(?P<comment>.*)$"
)


@dataclass(frozen=True)
class QueryParameter:
    name: str
    type: str
    default: str
    comment: str = ""


@dataclass(frozen=True)
class ResearchQuery:
    name: str
    title: str
    description: str
    parameters: tuple[QueryParameter, ...] = field(default_factory=tuple)
    text: str = ""
    path: Path | None = None

    @property
    def comment(self) -> str:
        return self.description


def _parse(path: Path) -> ResearchQuery:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    params: list[QueryParameter] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        key, _, value = line[1:].strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "param":
            m = _PARAM_LINE.match(value)
            if not m:
                raise ValueError(
                    f"{path}: bad parameter line {line!r} (expected '# param: NAME = DEFAULT (TYPE) comment')"
                )
            ptype = (m.group("type") or "string").lower()
            if ptype not in PARAM_TYPES:
                raise ValueError(f"{path}: parameter {m.group('name')}: unknown type {ptype!r}")
            params.append(
                QueryParameter(m.group("name"), ptype, m.group("default").strip('"'), m.group("comment").strip())
            )
        elif key in ("title", "description"):
            header[key] = (header.get(key, "") + " " + value).strip()
    return ResearchQuery(
        path.stem, header.get("title", path.stem), header.get("description", ""), tuple(params), text, path
    )


def list_queries() -> list[ResearchQuery]:
    """Every research query of the library, by name."""
    return [_parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))]


def get_query(name: str) -> ResearchQuery:
    path = QUERY_DIR / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name or "") or not path.is_file():
        known = ", ".join(q.name for q in list_queries())
        raise KeyError(f"no research query named {name!r}; the library has: {known}")
    return _parse(path)


def sparql_term(value, ptype: str) -> str:
    """The SPARQL term for ``value`` checked as ``ptype``; raises ``ValueError`` on a value of the wrong shape."""
    text = str(value).strip()
    if ptype == "integer":
        if not re.fullmatch(r"[+-]?\d{1,18}", text):
            raise ValueError(f"not an integer: {value!r}")
        return f'"{int(text)}"^^<http://www.w3.org/2001/XMLSchema#integer>'
    if ptype == "date":
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None
        return f'"{text}"^^<http://www.w3.org/2001/XMLSchema#date>'
    if ptype == "iri":
        if not re.fullmatch(r"[A-Za-z][\w+.-]*:[^\s<>\"{}|^`\\]*", text):
            raise ValueError(f"not an IRI: {value!r}")
        return f"<{text}>"
    if ptype == "province":
        from phoihop.graph.iris import canonical_province

        text = canonical_province(text) or ""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def bind_parameters(query: ResearchQuery, **params) -> str:
    """The query's SPARQL with every parameter bound (defaults for those not given)."""
    declared = {p.name: p for p in query.parameters}
    unknown = set(params) - set(declared)
    if unknown:
        raise ValueError(
            f"query {query.name!r} has no parameter {', '.join(sorted(unknown))}; "
            f"it takes: {', '.join(declared) or 'none'}"
        )
    if not declared:
        return query.text
    values = []
    for name, prm in declared.items():
        raw = params.get(name, prm.default)
        try:
            term = sparql_term(raw, prm.type)
        except ValueError as exc:
            raise ValueError(f"parameter {name} of query {query.name!r}: {exc}") from None
        values.append(f"VALUES ?{name} {{ {term} }}")
    m = re.search(r"\bWHERE\s*\{", query.text, flags=re.I)
    if not m:
        raise ValueError(f"{query.path}: no WHERE {{ to bind the parameters in")
    return query.text[: m.end()] + "\n  " + "\n  ".join(values) + query.text[m.end() :]


def load_query(name: str, **params) -> str:
    """The SPARQL text of research query ``name`` with ``params`` bound.

    ``load_query("programmes-in-force", year=2021)``
    """
    return bind_parameters(get_query(name), **params)


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the form of a query (comments and prologue skipped)."""
    text = re.sub(r"<[^>\s]*>", "<>", sparql)  # IRIs may hold '#'
    text = re.sub(r"#[^\n]*", " ", text)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, flags=re.I)
    return m.group(1).upper() if m else "SELECT"
