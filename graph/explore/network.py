"""Project the RDF knowledge graph onto a networkx graph of cooperation.

Everything is read through SPARQL ``SELECT`` queries sent to
``store.select(sparql)`` (the :class:`phoihop.graph.store.GraphStore` API), so
the projection works the same on a local pyoxigraph store and on a remote
SPARQL endpoint. The queries use exactly the terms of ``ontology/MODEL.md``.

Cooperation, as in the facts format's scoring, is every pair of parties of a
signing and every pair of parties of a document/programme with two or more
parties. A programme links a pair once however many signings or citations
repeat it, and an edge's ``weight`` is the number of distinct programmes that
link its two agencies.

Node attributes (agency view): ``node_type`` ("agency"), ``label``,
``sector`` (party/state/military/police/front or ""), ``level``,
``province`` (Vietnamese name), ``province_iri``, ``iri``.
Edge attributes: ``weight`` and ``programmes``, a list of dicts with
``id``, ``symbol``, ``kind``, ``period`` ([start, end] or None), ``signed``
(ISO date or None), ``issued``, ``article``, ``url``, ``title``, ``sentence``.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

PREFIXES = """\
PREFIX ph: <https://w3id.org/phoihop/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""

# Why many small queries rather than one join: every article's named graph
# repeats the statements about shared nodes (a period, a sector, a province,
# an agency's label), and the union default graph is a multiset. A join that
# passes through a shared node multiplies those copies (a period cited by a
# thousand articles: a million rows). So each query below either matches a
# single triple pattern with DISTINCT, or joins only through nodes that belong
# to one article (signings, evidence), and the pieces are joined in Python.

AGENCIES_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?agency WHERE { ?agency a ph:Agency }
"""
)

# Single-pattern properties of agencies, documents, periods and articles.
PROPERTIES_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { skos:prefLabel ph:sector ph:level ph:province ph:symbol dct:type dct:issued
              ph:covers ph:startYear ph:endYear schema:url schema:headline }
  ?s ?p ?o .
}
"""
)

# Parties a document or programme lists (the mapping adds a signing's parties too).
PARTIES_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?programme ?agency WHERE { ?programme ph:party ?agency . }
"""
)

# Each signing with its parties; ``?programme`` is unbound when the signing
# points at nothing, and then the signing itself stands for its programme.
SIGNINGS_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?signing ?programme ?agency ?date WHERE {
  ?signing a ph:Signing ; prov:wasAssociatedWith ?agency .
  OPTIONAL { ?signing ph:signed ?programme }
  OPTIONAL { ?signing ph:date ?date }
}
"""
)

# Where each signing or programme was read: the sentence and its article.
EVIDENCE_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?node ?article ?sentence WHERE {
  { ?node a ph:Signing } UNION { ?node a ph:CooperationProgramme }
  ?node ph:evidence ?evidence .
  ?evidence ph:sentence ?sentence .
  OPTIONAL { ?evidence oa:hasTarget ?target . ?target oa:hasSource ?article }
}
"""
)

# The articles a signing or programme comes from (also those that give no sentence).
DERIVED_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?node ?article WHERE {
  { ?node a ph:Signing } UNION { ?node a ph:CooperationProgramme }
  ?node prov:wasDerivedFrom ?article .
}
"""
)

_P = {
    "label": "http://www.w3.org/2004/02/skos/core#prefLabel",
    "sector": "https://w3id.org/phoihop/ontology#sector",
    "level": "https://w3id.org/phoihop/ontology#level",
    "province": "https://w3id.org/phoihop/ontology#province",
    "symbol": "https://w3id.org/phoihop/ontology#symbol",
    "kind": "http://purl.org/dc/terms/type",
    "issued": "http://purl.org/dc/terms/issued",
    "covers": "https://w3id.org/phoihop/ontology#covers",
    "start": "https://w3id.org/phoihop/ontology#startYear",
    "end": "https://w3id.org/phoihop/ontology#endYear",
    "url": "https://schema.org/url",
    "title": "https://schema.org/headline",
}
_NAME_OF = {iri: name for name, iri in _P.items()}

SECTOR_IRI_PREFIX = "https://w3id.org/phoihop/id/sector/"


def select_rows(store: Any, sparql: str) -> list[dict[str, Any]]:
    """Run a SELECT through ``store.select`` and return its rows as dicts keyed by variable name.

    Accepts the ``SelectResult(variables, rows)`` of the project's store API,
    whose rows are sequences aligned with ``variables`` (or already dicts).
    """
    result = store.select(sparql)
    names = [str(v).lstrip("?$") for v in result.variables]
    rows = []
    for row in result.rows:
        if isinstance(row, dict):
            rows.append({str(k).lstrip("?$"): v for k, v in row.items()})
        else:
            rows.append(dict(zip(names, row, strict=False)))
    return rows


def _fold(text: str | None) -> str:
    """Case- and accent-form-insensitive key for matching province names typed by users."""
    return unicodedata.normalize("NFC", (text or "").strip()).casefold()


def _sector_key(iri: str | None) -> str:
    """The sector's key (``phid:sector/party`` -> ``party``); an empty string when there is none."""
    if iri and str(iri).startswith(SECTOR_IRI_PREFIX):
        return str(iri)[len(SECTOR_IRI_PREFIX) :]
    return ""


@dataclass
class Programme:
    """One cooperation programme (a document, a programme node or a bare signing)."""

    id: str
    symbol: str | None = None
    kind: str | None = None
    issued: str | None = None
    period: tuple[int, int] | None = None
    signed: str | None = None
    pairs: set[frozenset[str]] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    sources: list[dict[str, Any]] = field(default_factory=list)

    def in_force(self, first: int, last: int) -> bool:
        """Whether the programme is in force at some time in the years ``first``..``last``.

        A programme without a period counts in the year it was signed, or else
        the year it was issued; with neither it is left out of a time slice.
        """
        if self.period:
            return self.period[0] <= last and self.period[1] >= first
        for date in (self.signed, self.issued):
            if date and str(date)[:4].isdigit():
                return first <= int(str(date)[:4]) <= last
        return False

    def record(self) -> dict[str, Any]:
        """The programme as stored on an edge (plain JSON-able values)."""
        source = self.sources[0] if self.sources else {}
        return {
            "id": self.id,
            "symbol": self.symbol,
            "kind": self.kind,
            "period": list(self.period) if self.period else None,
            "signed": self.signed,
            "issued": self.issued,
            "article": source.get("article"),
            "url": source.get("url"),
            "title": source.get("title"),
            "sentence": source.get("sentence"),
        }


@dataclass
class CooperationData:
    """What the store says about agencies and programmes, before any filtering."""

    agencies: dict[str, dict[str, Any]]
    programmes: dict[str, Programme]


def _properties(store: Any) -> dict[str, dict[str, list[Any]]]:
    """{property name: {subject: sorted distinct values}} for the properties of PROPERTIES_QUERY."""
    props: dict[str, dict[str, set]] = {name: {} for name in _P}
    for row in select_rows(store, PROPERTIES_QUERY):
        name = _NAME_OF.get(row["p"])
        if name is not None and row.get("o") is not None:
            props[name].setdefault(row["s"], set()).add(row["o"])
    return {
        name: {subj: sorted(vals, key=str) for subj, vals in by_subject.items()} for name, by_subject in props.items()
    }


def _first(props: dict[str, dict[str, list[Any]]], name: str, subject: str | None) -> Any:
    values = props[name].get(subject) if subject else None
    return values[0] if values else None


def load_cooperation(store: Any) -> CooperationData:
    """Read agencies, programmes, their party pairs and evidence from ``store`` (six SELECTs)."""
    props = _properties(store)

    agencies: dict[str, dict[str, Any]] = {}
    for row in select_rows(store, AGENCIES_QUERY):
        iri = row["agency"]
        province = _first(props, "province", iri)
        agencies[iri] = {
            "iri": iri,
            "label": _first(props, "label", iri),
            "sector": _sector_key(_first(props, "sector", iri)),
            "level": _first(props, "level", iri),
            "province_iri": province,
            "province": _first(props, "label", province),
        }

    def period_of(node: str) -> tuple[int, int] | None:
        """The span of the periods ``node`` covers (a document renewed by a signing may cover two)."""
        spans = [
            (int(_first(props, "start", p)), int(_first(props, "end", p)))
            for p in props["covers"].get(node, [])
            if _first(props, "start", p) is not None and _first(props, "end", p) is not None
        ]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None

    programmes: dict[str, Programme] = {}
    listed: dict[str, set[str]] = {}
    for row in select_rows(store, PARTIES_QUERY):
        listed.setdefault(row["programme"], set()).add(row["agency"])

    signings: dict[str, dict[str, Any]] = {}
    for row in select_rows(store, SIGNINGS_QUERY):
        sig = signings.setdefault(row["signing"], {"programme": None, "agencies": set(), "date": None})
        sig["programme"] = sig["programme"] or row.get("programme")
        sig["agencies"].add(row["agency"])
        if row.get("date") and (not sig["date"] or str(row["date"]) < sig["date"]):
            sig["date"] = str(row["date"])
    signing_of: dict[str, str] = {}
    signers: dict[str, set[str]] = {}
    for sid in sorted(signings):
        sig = signings[sid]
        pid = sig["programme"] or sid
        signing_of[sid] = pid
        signers.setdefault(pid, set()).update(sig["agencies"])
        prog = programmes.setdefault(pid, Programme(pid))
        prog.parties |= sig["agencies"]
        prog.pairs |= {frozenset(p) for p in itertools.combinations(sorted(sig["agencies"]), 2)}
        if sig["date"] and (not prog.signed or sig["date"] < prog.signed):
            prog.signed = sig["date"]
        if not prog.period:
            prog.period = period_of(sid)

    for pid, parties in listed.items():
        prog = programmes.setdefault(pid, Programme(pid))
        prog.parties |= parties
        # The mapping also lists a signing's parties as the programme's parties.
        # When the signings explain every listed party ("A signs with B, and
        # with C"), the signings' own pairs are the cooperation: B and C did
        # not sign with each other. Otherwise the document names its parties
        # itself, and each pair of them cooperates.
        if len(parties) >= 2 and not parties <= signers.get(pid, set()):
            prog.pairs |= {frozenset(p) for p in itertools.combinations(sorted(parties), 2)}

    for pid, prog in programmes.items():
        prog.symbol = _first(props, "symbol", pid)
        prog.kind = _first(props, "label", _first(props, "kind", pid))
        issued = _first(props, "issued", pid)
        prog.issued = str(issued) if issued else None
        prog.period = period_of(pid) or prog.period  # the programme's own period wins over a signing's

    # One source per (programme, article): the sentence when there is one.
    best: dict[tuple[str, Any], dict[str, Any]] = {}
    rows = [dict(r, sentence=r.get("sentence")) for r in select_rows(store, EVIDENCE_QUERY)]
    rows += [dict(r, sentence=None) for r in select_rows(store, DERIVED_QUERY)]
    for row in sorted(rows, key=lambda r: (str(r.get("article") or "~"), str(r.get("sentence") or "~"))):
        pid = row["node"] if row["node"] in programmes else signing_of.get(row["node"])
        if pid is None or (not row.get("article") and not row.get("sentence")):
            continue
        key = (pid, row.get("article"))
        if key in best and (best[key].get("sentence") or not row.get("sentence")):
            continue
        article = row.get("article")
        best[key] = {
            "article": article,
            "url": _first(props, "url", article),
            "title": _first(props, "title", article),
            "sentence": row.get("sentence"),
        }
    for (pid, _), source in best.items():
        programmes[pid].sources.append(source)
    for prog in programmes.values():
        # Sources with a sentence first, so the edge shows the sentence that says it.
        prog.sources.sort(key=lambda src: (src.get("sentence") is None, str(src.get("article") or "")))
    return CooperationData(agencies, programmes)


@dataclass
class NetworkFilter:
    """Which slice of the cooperation network to project.

    ``province``: a province name ("Bến Tre"), slug ("ben-tre") or IRI; a
    programme belongs to it when one of its parties is an agency of that
    province (its national partners stay in). ``years``: (first, last), the
    programmes in force at some time in that span (a single year is
    (Y, Y)). ``sectors``: the sectors whose agencies are kept.
    """

    province: str | None = None
    years: tuple[int, int] | None = None
    sectors: frozenset[str] | None = None

    def describe(self) -> str:
        parts = []
        if self.province:
            parts.append(f"province {self.province}")
        if self.years:
            first, last = self.years
            parts.append(f"year {first}" if first == last else f"period {first}-{last}")
        if self.sectors:
            parts.append("sectors " + ", ".join(sorted(self.sectors)))
        return "; ".join(parts) or "all"


def parse_years(text: str | None) -> tuple[int, int] | None:
    """Parse "2021" or "2021-2025" (also "2021:2025") into (first, last); None for None/""."""
    if not text:
        return None
    cleaned = str(text).replace(":", "-").replace("–", "-").replace(" ", "")
    try:
        if "-" in cleaned:
            first, last = (int(x) for x in cleaned.split("-", 1))
        else:
            first = last = int(cleaned)
    except ValueError:
        raise ValueError(f"not a year or a period: {text!r} (write 2021 or 2021-2025)") from None
    if first > last:
        raise ValueError(f"period {text!r} ends before it starts")
    return first, last


def _province_keys(wanted: str) -> frozenset[str]:
    """What a typed province may equal: its folded name, and its slug as in ``phid:province/{slug}``
    ("tỉnh Bến Tre", "bến tre" and "ben-tre" all give "ben-tre")."""
    from phoihop.graph.iris import province_slug

    return frozenset(k for k in (_fold(wanted), province_slug(wanted)) if k)


def _province_matches(agency: dict[str, Any], keys: frozenset[str]) -> bool:
    iri = agency.get("province_iri") or ""
    return bool(keys) and bool({_fold(agency.get("province")), _fold(iri), iri.rsplit("/", 1)[-1]} & keys)


def _selected_programmes(data: CooperationData, flt: NetworkFilter) -> list[Programme]:
    chosen = []
    keys = _province_keys(flt.province) if flt.province else frozenset()
    for prog in data.programmes.values():
        if flt.years and not prog.in_force(*flt.years):
            continue
        if flt.province and not any(_province_matches(data.agencies.get(a, {}), keys) for a in prog.parties):
            continue
        chosen.append(prog)
    return sorted(chosen, key=lambda p: p.id)


def _keep_agency(data: CooperationData, iri: str, flt: NetworkFilter) -> bool:
    if not flt.sectors:
        return True
    return data.agencies.get(iri, {}).get("sector", "") in flt.sectors


def _agency_attrs(data: CooperationData, iri: str) -> dict[str, Any]:
    info = data.agencies.get(iri) or {"iri": iri}
    label = info.get("label") or iri.rsplit("/", 1)[-1]
    return {
        "label": label,
        "sector": info.get("sector") or "",
        "level": info.get("level"),
        "province": info.get("province"),
        "province_iri": info.get("province_iri"),
        "iri": iri,
        "node_type": "agency",
    }


def cooperation_graph(
    data: CooperationData, flt: NetworkFilter | None = None, include_isolated: bool = False
) -> nx.Graph:
    """The agency–agency cooperation graph of ``data`` restricted by ``flt``.

    With ``include_isolated`` every agency that passes the sector and
    province filters becomes a node, even one with no cooperation.
    """
    flt = flt or NetworkFilter()
    graph = nx.Graph(view="agencies", filter=flt.describe())
    for prog in _selected_programmes(data, flt):
        record = prog.record()
        for pair in sorted(prog.pairs, key=sorted):
            a, b = sorted(pair)
            if not (_keep_agency(data, a, flt) and _keep_agency(data, b, flt)):
                continue
            for node in (a, b):
                if node not in graph:
                    graph.add_node(node, **_agency_attrs(data, node))
            if graph.has_edge(a, b):
                graph[a][b]["programmes"].append(record)
                graph[a][b]["weight"] += 1
            else:
                graph.add_edge(a, b, weight=1, programmes=[record])
    if include_isolated:
        for iri, info in data.agencies.items():
            if iri in graph or not _keep_agency(data, iri, flt):
                continue
            if flt.province and not _province_matches(info, _province_keys(flt.province)):
                continue
            graph.add_node(iri, **_agency_attrs(data, iri))
    return graph


def bipartite_graph(data: CooperationData, flt: NetworkFilter | None = None) -> nx.Graph:
    """Agencies and programmes as the two sides (``bipartite`` 0 and 1) of one graph.

    An agency is linked to each selected programme it is a party to (as a
    listed party or as a signer). Only cooperation programmes (with a pair of
    parties) appear; programmes left with no kept agency drop out.
    """
    flt = flt or NetworkFilter()
    graph = nx.Graph(view="bipartite", filter=flt.describe())
    for prog in _selected_programmes(data, flt):
        parties = sorted(a for a in prog.parties if _keep_agency(data, a, flt))
        if not parties or not prog.pairs:  # a one-party document is not cooperation
            continue
        record = prog.record()
        attrs = {k: v for k, v in record.items() if k != "id"}
        graph.add_node(
            prog.id,
            bipartite=1,
            node_type="programme",
            label=prog.symbol or prog.kind or "programme",
            iri=prog.id,
            **attrs,
        )
        for agency in parties:
            if agency not in graph:
                graph.add_node(agency, bipartite=0, **_agency_attrs(data, agency))
            graph.add_edge(agency, prog.id, weight=1)
    return graph


def project(
    store: Any,
    province: str | None = None,
    years: tuple[int, int] | str | int | None = None,
    sectors: Iterable[str] | None = None,
    bipartite: bool = False,
    include_isolated: bool = False,
) -> nx.Graph:
    """Read ``store`` and return the cooperation network for the given filters.

    ``years`` may be a (first, last) tuple, a year, or a string "2021" /
    "2021-2025". ``sectors`` keeps agencies of those sectors only.
    ``bipartite`` returns the agency–programme view instead.
    """
    if isinstance(years, (str, int)):
        years = parse_years(str(years))
    flt = NetworkFilter(province=province, years=years, sectors=frozenset(sectors) if sectors else None)
    data = load_cooperation(store)
    if bipartite:
        return bipartite_graph(data, flt)
    return cooperation_graph(data, flt, include_isolated=include_isolated)


EXPORT_FORMATS = ("graphml", "gexf", "json")


def _flat(value: Any) -> Any:
    """A GraphML/GEXF-safe attribute value: lists and dicts become JSON strings."""
    import json

    if isinstance(value, (list, tuple, dict, set)):
        if isinstance(value, set):
            value = sorted(value)
        return json.dumps(value, ensure_ascii=False)
    return value


def exportable(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attributes are all str/int/float/bool.

    GraphML and GEXF cannot hold None or lists: None attributes are dropped,
    lists (``programmes``, ``period``) are written as JSON strings, and each
    edge also gets a ``symbols`` string ("; "-joined) that Gephi can show.
    """
    flat = nx.Graph() if not graph.is_directed() else nx.DiGraph()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items() if v is not None})
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in attrs.items() if v is not None})
    for a, b, attrs in graph.edges(data=True):
        clean = {k: _flat(v) for k, v in attrs.items() if v is not None}
        programmes = attrs.get("programmes")
        if isinstance(programmes, list):
            clean["symbols"] = "; ".join(p.get("symbol") or p.get("kind") or "?" for p in programmes)
        flat.add_edge(a, b, **clean)
    return flat


def network_to_text(graph: nx.Graph, fmt: str) -> str:
    """Serialise ``graph`` as GraphML, GEXF or node-link JSON text."""
    import io
    import json

    if fmt == "json":
        try:
            data = nx.node_link_data(graph, edges="links")
        except TypeError:  # networkx < 3.4 names the key "links" already and has no ``edges``
            data = nx.node_link_data(graph)
        return json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n"
    flat = exportable(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(flat, buffer, encoding="utf-8", prettyprint=True)
    else:
        raise ValueError(f"unknown network format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    return buffer.getvalue().decode("utf-8")
