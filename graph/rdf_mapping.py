"""Facts -> RDF: everything one article says, in that article's named graph.

The mapping writes N-Quads text in one pass over an :class:`ArticleFacts`
(:func:`article_nquads`). Text is the fast path: the store hands a whole
batch of it to Oxigraph's bulk loader, whose Rust parser builds the terms,
which is several times faster than building ``pyoxigraph`` term objects in
Python. :func:`article_quads` parses the same text back into
``pyoxigraph.Quad`` objects, so both views can never disagree.

The vocabulary is the one of ``ontology/MODEL.md`` (``ph:``/``phid:``).
Shared nodes (agencies, provinces, sectors, kinds, periods, documents) are
described again in every article graph that mentions them, so deleting one
article's graph never removes another article's facts.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import re
from collections.abc import Iterable

from phoihop.facts import ArticleFacts, Evidence
from phoihop.graph import iris, succession
from phoihop.graph.iris import PH, PHID, graph_iri  # noqa: F401  (graph_iri is part of this module's API)

log = logging.getLogger(__name__)

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
TIME = "http://www.w3.org/2006/time#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
GEO = "http://www.opengis.net/ont/geosparql#"
SF = "http://www.opengis.net/ont/sf#"

PREFIXES = {
    "ph": PH,
    "phid": PHID,
    "rdf": RDF,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
    "org": ORG,
    "prov": PROV,
    "time": TIME,
    "dct": DCT,
    "skos": SKOS,
    "foaf": FOAF,
    "schema": SCHEMA,
    "oa": OA,
    "geo": GEO,
    "sf": SF,
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
}

# Terms written as N-Triples IRIs once, so the hot loop only joins strings.
A = f"<{RDF}type>"
_T = {
    name: f"<{ns}{local}>"
    for name, ns, local in (
        ("Agency", PH, "Agency"),
        ("FormalOrganization", ORG, "FormalOrganization"),
        ("Sector", PH, "Sector"),
        ("Concept", SKOS, "Concept"),
        ("ConceptScheme", SKOS, "ConceptScheme"),
        ("Province", PH, "Province"),
        ("Document", PH, "Document"),
        ("Entity", PROV, "Entity"),
        ("CooperationProgramme", PH, "CooperationProgramme"),
        ("Signing", PH, "Signing"),
        ("Activity", PROV, "Activity"),
        ("Period", PH, "Period"),
        ("ProperInterval", TIME, "ProperInterval"),
        ("Instant", TIME, "Instant"),
        ("Person", FOAF, "Person"),
        ("ProvPerson", PROV, "Person"),
        ("Membership", ORG, "Membership"),
        ("NewsArticle", SCHEMA, "NewsArticle"),
        ("Evidence", PH, "Evidence"),
        ("Annotation", OA, "Annotation"),
        ("SpecificResource", OA, "SpecificResource"),
        ("TextPositionSelector", OA, "TextPositionSelector"),
        ("TextQuoteSelector", OA, "TextQuoteSelector"),
        ("DocumentKind", PH, "DocumentKind"),
        ("prefLabel", SKOS, "prefLabel"),
        ("altLabel", SKOS, "altLabel"),
        ("notation", SKOS, "notation"),
        ("inScheme", SKOS, "inScheme"),
        ("classification", ORG, "classification"),
        ("sector", PH, "sector"),
        ("province", PH, "province"),
        ("level", PH, "level"),
        ("signs", PH, "signs"),
        ("symbol", PH, "symbol"),
        ("number", PH, "number"),
        ("issuerCode", PH, "issuerCode"),
        ("typeCode", PH, "typeCode"),
        ("dctType", DCT, "type"),
        ("issued", DCT, "issued"),
        ("covers", PH, "covers"),
        ("party", PH, "party"),
        ("signed", PH, "signed"),
        ("wasAssociatedWith", PROV, "wasAssociatedWith"),
        ("date", PH, "date"),
        ("startYear", PH, "startYear"),
        ("endYear", PH, "endYear"),
        ("hasBeginning", TIME, "hasBeginning"),
        ("hasEnd", TIME, "hasEnd"),
        ("inXSDgYear", TIME, "inXSDgYear"),
        ("name", FOAF, "name"),
        ("hasMembership", ORG, "hasMembership"),
        ("held", PH, "held"),
        ("member", ORG, "member"),
        ("positionTitle", PH, "positionTitle"),
        ("organization", ORG, "organization"),
        ("asOf", PH, "asOf"),
        ("url", SCHEMA, "url"),
        ("headline", SCHEMA, "headline"),
        ("datePublished", SCHEMA, "datePublished"),
        ("references", DCT, "references"),
        ("identifier", DCT, "identifier"),
        ("source", DCT, "source"),
        ("hasTarget", OA, "hasTarget"),
        ("hasSource", OA, "hasSource"),
        ("hasSelector", OA, "hasSelector"),
        ("oaStart", OA, "start"),
        ("oaEnd", OA, "end"),
        ("exact", OA, "exact"),
        ("sentence", PH, "sentence"),
        ("start", PH, "start"),
        ("end", PH, "end"),
        ("evidence", PH, "evidence"),
        ("wasDerivedFrom", PROV, "wasDerivedFrom"),
        ("factsDigest", PH, "factsDigest"),
        # the 2025 reorganisation and identity decisions
        ("ChangeEvent", ORG, "ChangeEvent"),
        ("originalOrganization", ORG, "originalOrganization"),
        ("resultingOrganization", ORG, "resultingOrganization"),
        ("changedBy", ORG, "changedBy"),
        ("resultedFrom", ORG, "resultedFrom"),
        ("startedAtTime", PROV, "startedAtTime"),
        ("changeRule", PH, "changeRule"),
        ("validFrom", PH, "validFrom"),
        ("validUntil", PH, "validUntil"),
        ("label", "http://www.w3.org/2000/01/rdf-schema#", "label"),
        ("IdentityClaim", PH, "IdentityClaim"),
        ("identifies", PH, "identifies"),
        ("identityRule", PH, "identityRule"),
        ("identityKey", PH, "identityKey"),
        ("eventKey", PH, "eventKey"),
        ("article", PH, "article"),
        # geography (GeoSPARQL)
        ("Feature", GEO, "Feature"),
        ("Geometry", GEO, "Geometry"),
        ("Point", SF, "Point"),
        ("hasGeometry", GEO, "hasGeometry"),
        ("asWKT", GEO, "asWKT"),
        ("Place", PH, "Place"),
        ("place", PH, "place"),
    )
}
_WKT = f"<{GEO}wktLiteral>"
IDENTITY_RULES = {  # rule slug -> (vi, en): why a programme node is the one it is
    "same-symbol": ("cùng số, ký hiệu", "same printed symbol (issuer codes and year)"),
    "signing-of-document": (
        "lễ ký của văn bản đã nêu số",
        "unnumbered signing of a document named in the same article",
    ),
    "same-parties-kind-period-date": (
        "cùng các bên, loại, giai đoạn và ngày ký",
        "same parties, kind, period and signing date",
    ),
    "unnumbered-report-of-document": (
        "lễ ký không nêu số của văn bản đã nêu số ở bài khác",
        "unnumbered signing of a document printed with its symbol in another article",
    ),
}
_INTEGER = f"<{XSD}integer>"
_DATE = f"<{XSD}date>"
_GYEAR = f"<{XSD}gYear>"
SECTORS = tuple(iris.SECTOR_LABELS)

KIND_LABELS_EN = {  # Vietnamese document kind -> English label
    "chương trình": "programme",
    "kế hoạch": "plan",
    "quy chế": "regulation (working rules)",
    "nghị quyết": "resolution",
    "kết luận": "conclusion",
    "chỉ thị": "directive",
    "quyết định": "decision",
    "hướng dẫn": "guideline",
    "quy định": "regulation",
    "nghị định": "decree",
    "thông tư": "circular",
    "thông tri": "circular (Party)",
    "đề án": "scheme",
    "công văn": "official letter",
    "luật": "law",
    "thông báo": "announcement",
    "báo cáo": "report",
    "bản ghi nhớ": "memorandum of understanding",
}


# ---------------------------------------------------------------- N-Triples terms

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri(value: str) -> str:
    """An N-Triples IRI term; characters IRIs may not hold are percent-encoded."""
    if _IRI_UNSAFE.search(value):
        value = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), value)
    return f"<{value}>"


def lit(value: str, lang: str | None = None) -> str:
    text = f'"{str(value).translate(_ESCAPES)}"'
    return f"{text}@{lang}" if lang else text


def integer(value: int) -> str:
    return f'"{int(value)}"^^{_INTEGER}'


def valid_date(value: str | None) -> str | None:
    """``value`` when it is an ISO calendar date (YYYY-MM-DD), else ``None``."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        return None
    try:
        _dt.date.fromisoformat(str(value))
    except ValueError:
        return None
    return str(value)


def date(value: str) -> str:
    return f'"{value}"^^{_DATE}'


def valid_period(period) -> tuple[int, int] | None:
    if not period:
        return None
    start, end = int(period[0]), int(period[1])
    if start > end or not (1900 <= start <= 2200 and 1900 <= end <= 2200):
        return None
    return start, end


def is_absolute_url(value: str | None) -> bool:
    return bool(value) and re.match(r"^(?:https?|ftp|file)://\S+$", str(value).strip()) is not None


def valid_period_or_none(period) -> tuple[int, int] | None:
    try:
        return valid_period(period)
    except (TypeError, ValueError, IndexError):
        return None


_SIGNING_KIND = re.compile(
    r"(?<!\w)(chương trình|quy chế|kế hoạch|giao ước|nghị quyết liên tịch|thỏa thuận|"
    r"bản ghi nhớ|quy định)(?!\w)",
    re.I,
)


def signing_kind(signing) -> str | None:
    """The kind of document an unnumbered signing signs, from its evidence sentence ("ký kết quy chế phối hợp")."""
    for ev in signing.evidence:
        m = _SIGNING_KIND.search(ev.sentence or "")
        if m:
            return m.group(1).lower()
    return None


# ---------------------------------------------------------------- the mapping


class _ArticleWriter:
    """Collects the N-Quads lines of one article; one instance per article."""

    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self.aid = facts.id
        self.g = iri(iris.graph_iri(facts.id))
        self.article = iri(iris.article_iri(facts.id))
        self.lines: list[str] = []
        self.holdings = 0
        self.with_period: set[str] = set()  # programme/document nodes given a period already
        self.seen_shared: set[str] = set()  # shared nodes already described in this graph
        self.evidence_ids: dict[tuple, str] = {}
        self.agencies: dict[str, iris.AgencyIdentity] = {}  # name key as written -> identity
        self.labels_written: set[tuple[str, str, str]] = set()
        self.claimed: set[str] = set()  # programme nodes with an identity claim
        self.placed: set[str] = set()  # place nodes with their point written
        self.claimed_rules: dict[tuple[str, str], str] = {}  # (programme node, rule) -> claim node
        self.event_keys: set[tuple[str, str]] = set()  # (claim node, event key) written
        self.doc_kinds: dict[str, str | None] = {}
        self.doc_symbols: dict[str, str] = {}
        self.doc_facts: dict[str, tuple[frozenset, str | None, tuple[int, int] | None]] = {}
        self.province = iris.canonical_province(facts.province)
        self.published = valid_date(facts.published)

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} {self.g} .\n")

    def add_label(self, s: str, p: str, text: str, lang: str | None = "vi") -> None:
        key = (s, p, text)
        if key not in self.labels_written:
            self.labels_written.add(key)
            self.add(s, p, lit(text, lang))

    # -- shared nodes

    def province_node(self, name: str, slug: str | None = None) -> str:
        """``phid:province/{slug}``: ``slug`` is the era-aware one of an agency's identity (``gia-lai-2025``)."""
        node = iri(f"{PHID}province/{slug}" if slug else iris.province_iri(name))
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            self.add(node, A, _T["Province"])
            self.add(node, _T["prefLabel"], lit(iris.canonical_province(name) or name, "vi"))
            gaz = succession.gazetteer_province(slug or iris.province_slug(name), name)
            if gaz is not None:
                self.geometry(node, gaz.lat, gaz.lon)
                if gaz.era == "2025" and not gaz.unchanged:
                    self.add(node, _T["validFrom"], date(succession.REFORM_DATE))
                    self.province_merger(node, gaz)
                elif gaz.era == "legacy" and not gaz.unchanged:  # its merger is stated by the new province
                    self.add(node, _T["validUntil"], date(succession.LAST_LEGACY_DAY))
        return node

    def geometry(self, node: str, lat: float, lon: float, geom: str | None = None) -> str:
        """A GeoSPARQL point for ``node``: ``geo:hasGeometry`` -> ``geom`` (default ``{node}/geometry``) with
        ``geo:asWKT "POINT(lon lat)"``. An agency shares the point of its province or place."""
        geom = geom or node[:-1] + "/geometry>"
        self.add(node, _T["hasGeometry"], geom)
        if geom not in self.seen_shared:
            self.seen_shared.add(geom)
            self.add(geom, _T["asWKT"], f'"POINT({lon:.4f} {lat:.4f})"^^{_WKT}')
        return geom

    def province_merger(self, new_node: str, new: succession.Province) -> None:
        event = iri(f"{PHID}change/province-merger/{new.slug}")
        if event in self.seen_shared:
            return
        self.seen_shared.add(event)
        self.add(event, A, _T["ChangeEvent"])
        self.add(
            event,
            _T["changeRule"],
            self.rule_node("province-merger", "Hợp nhất tỉnh (01/07/2025)", succession.PROVINCE_MERGER_SOURCE),
        )
        self.add(event, _T["startedAtTime"], date(succession.REFORM_DATE))
        for old_slug in new.predecessors:
            old = succession.province("legacy", old_slug)
            if old is None:  # every predecessor is in the table; a gap is a data error, not a province
                continue
            old_node = iri(f"{PHID}province/{old_slug}")
            if old_node not in self.seen_shared:  # a sibling province: named, nothing more
                self.add_label(old_node, _T["prefLabel"], old.name)
                if (old_node, "typed", "") not in self.labels_written:
                    self.labels_written.add((old_node, "typed", ""))
                    self.add(old_node, A, _T["Province"])
            self.add(event, _T["originalOrganization"], old_node)
        self.add(event, _T["resultingOrganization"], new_node)
        if new_node not in self.seen_shared and (new_node, "typed", "") not in self.labels_written:
            self.labels_written.add((new_node, "typed", ""))
            self.add(new_node, A, _T["Province"])
            self.add_label(new_node, _T["prefLabel"], new.name)

    def rule_node(self, rule: str, label: str, source: str) -> str:
        """``phid:rule/{rule}``: what a kind of change is and its source, stated once per graph."""
        node = iri(f"{PHID}rule/{rule}")
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            self.add(node, _T["label"], lit(label, "vi"))
            self.add(node, _T["source"], lit(source))
        return node

    def sector_node(self, sector: str) -> str | None:
        sector = (sector or "").strip().lower()
        if sector not in iris.SECTOR_LABELS:
            return None
        node = iri(iris.sector_iri(sector))
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            vi, en = iris.SECTOR_LABELS[sector]
            scheme = iri(iris.SECTOR_SCHEME)
            self.add(node, A, _T["Sector"])
            self.add(node, A, _T["Concept"])
            self.add(node, _T["inScheme"], scheme)
            self.add(node, _T["prefLabel"], lit(vi, "vi"))
            self.add(node, _T["prefLabel"], lit(en, "en"))
            self.add(node, _T["notation"], lit(sector))
            if scheme not in self.seen_shared:
                self.seen_shared.add(scheme)
                self.add(scheme, A, _T["ConceptScheme"])
                self.add(scheme, _T["prefLabel"], lit("Khối", "vi"))
                self.add(scheme, _T["prefLabel"], lit("Sectors", "en"))
        return node

    def kind_node(self, kind: str | None) -> str | None:
        if not kind or not str(kind).strip():
            return None
        label = iris.display_name(kind).casefold()
        node = iri(iris.kind_iri(kind))
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            scheme = iri(iris.KIND_SCHEME)
            self.add(node, A, _T["DocumentKind"])
            self.add(node, A, _T["Concept"])
            self.add(node, _T["inScheme"], scheme)
            self.add(node, _T["prefLabel"], lit(label, "vi"))
            if label in KIND_LABELS_EN:
                self.add(node, _T["prefLabel"], lit(KIND_LABELS_EN[label], "en"))
            if scheme not in self.seen_shared:
                self.seen_shared.add(scheme)
                self.add(scheme, A, _T["ConceptScheme"])
                self.add(scheme, _T["prefLabel"], lit("Loại văn bản", "vi"))
                self.add(scheme, _T["prefLabel"], lit("Document kinds", "en"))
        return node

    def period_node(self, period) -> str | None:
        try:
            checked = valid_period(period)
        except (TypeError, ValueError, IndexError):
            checked = None
        if not checked:
            if period:
                log.warning("%s: ignoring period %r (not [first_year, last_year])", self.aid, period)
            return None
        start, end = checked
        node = iri(iris.period_iri(start, end))
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            self.add(node, A, _T["Period"])
            self.add(node, A, _T["ProperInterval"])
            self.add(node, _T["startYear"], integer(start))
            self.add(node, _T["endYear"], integer(end))
            self.add(node, _T["hasBeginning"], self.instant_node(start))
            self.add(node, _T["hasEnd"], self.instant_node(end))
        return node

    def instant_node(self, year: int) -> str:
        node = iri(iris.instant_iri(year))
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            self.add(node, A, _T["Instant"])
            self.add(node, _T["inXSDgYear"], f'"{year:04d}"^^{_GYEAR}')
        return node

    def agency_node(self, name: str, sector: str | None = None) -> str:
        ident = iris.agency_identity(name, self.facts.province, self.published)
        node = iri(ident.iri)
        self.agencies.setdefault(iris.name_key(name), ident)
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            self.add(node, A, _T["Agency"])
            self.add(node, A, _T["FormalOrganization"])
            self.add(node, _T["prefLabel"], lit(ident.label, "vi"))
            self.add(node, _T["wasDerivedFrom"], self.article)
            if ident.province:
                self.add(node, _T["province"], self.province_node(ident.province, ident.province_slug))
                self.agency_place(node, ident)
                if (ident.era == "2025" and ident.scope != ident.province_slug) or ident.scope.endswith(
                    succession.NEW_SUFFIX
                ):
                    self.add(node, _T["validFrom"], date(succession.REFORM_DATE))
                for event in succession.agency_change_events(ident):
                    self.change_event(event)
            elif ident.scope == iris.NATIONAL:
                for event in succession.agency_change_events(ident):
                    self.change_event(event)
            if ident.level:
                self.add(node, _T["level"], lit(ident.level))
        raw = " ".join(str(name).split())
        if raw != ident.label:
            self.add_label(node, _T["altLabel"], raw)
        if sector:
            concept = self.sector_node(sector)
            if concept:
                if (node, "sector", concept) not in self.labels_written:
                    self.labels_written.add((node, "sector", concept))
                    self.add(node, _T["classification"], concept)
                    self.add(node, _T["sector"], concept)
            else:
                log.warning("%s: agency %r has unknown sector %r", self.aid, name, sector)
        return node

    def agency_place(self, node: str, ident: iris.AgencyIdentity) -> None:
        """The commune or district the name ends with (``ph:place``, a point), else the province's point."""
        hit = (
            succession.place_in_name(ident.label, ident.era, ident.province_slug)
            if ident.level in succession.PLACE_LEVELS
            else None
        )
        if hit is None:
            gaz = succession.gazetteer_province(ident.province_slug, ident.province)
            if gaz is not None:
                self.geometry(node, gaz.lat, gaz.lon, iri(f"{PHID}province/{ident.province_slug}")[:-1] + "/geometry>")
            return
        place = iri(f"{PHID}place/{ident.province_slug}/{iris.ascii_slug(hit.level)}/{iris.slug(hit.name)}")
        self.add(node, _T["place"], place)
        if place not in self.seen_shared:
            self.seen_shared.add(place)
            self.add(place, A, _T["Place"])
            self.add(place, _T["prefLabel"], lit(f"{hit.level} {hit.name}", "vi"))
            self.add(place, _T["level"], lit(hit.level))
            if ident.province:
                self.add(place, _T["province"], self.province_node(ident.province, ident.province_slug))
            self.commune_merger(place, hit)
        self.geometry(
            node,
            hit.lat,
            hit.lon,
            self.geometry(place, hit.lat, hit.lon) if place not in self.placed else place[:-1] + "/geometry>",
        )
        self.placed.add(place)

    def commune_merger(self, place: str, hit: succession.Place) -> None:
        """``phid:change/commune-merger/{province}/{level}/{name}``: the communes before 1 July 2025 that a commune
        of the new structure was formed from, stated by the graphs that place a body in it (not for all 3,321)."""
        olds = succession.commune_predecessors(hit)
        if not olds:
            return
        event = iri(f"{PHID}change/commune-merger/{place[len(PHID) + 7 : -1]}")
        self.add(event, A, _T["ChangeEvent"])
        source = succession.COMMUNE_MERGER_SOURCE
        self.add(event, _T["changeRule"], self.rule_node("commune-merger", "Sắp xếp xã (01/07/2025)", source))
        self.add(event, _T["startedAtTime"], date(succession.REFORM_DATE))
        for old in olds:
            node = iri(
                f"{PHID}place/{old.province}/{iris.slug(old.district)}/{iris.ascii_slug(old.level)}/{iris.slug(old.name)}"
            )
            self.add(event, _T["originalOrganization"], node)
            if node not in self.seen_shared:  # an old commune: named, typed, with its point and old province
                self.seen_shared.add(node)
                self.add(node, A, _T["Place"])
                self.add(node, _T["prefLabel"], lit(old.label, "vi"))
                self.add(node, _T["level"], lit(old.level))
                self.add(node, _T["validUntil"], date(succession.LAST_LEGACY_DAY))
                self.geometry(node, old.lat, old.lon)
                province = succession.province("legacy", old.province)
                if province is not None:
                    self.add(node, _T["province"], self.province_node(province.name, old.province))
        self.add(event, _T["resultingOrganization"], place)

    def change_event(self, event: succession.ChangeEvent) -> None:
        """An ``org:ChangeEvent`` between bodies, stated again in every graph whose bodies it touches."""
        node = iri(event.iri)
        if node in self.seen_shared:
            return
        self.seen_shared.add(node)
        self.add(node, A, _T["ChangeEvent"])
        self.add(node, _T["changeRule"], self.rule_node(event.rule, event.rule_label, event.source))
        self.add(node, _T["startedAtTime"], date(event.date))
        for role, bodies in (("originalOrganization", event.originals), ("resultingOrganization", event.resulting)):
            for body in bodies:
                b = iri(body.iri)
                self.add(node, _T[role], b)
                if b not in self.seen_shared and (b, "typed", "") not in self.labels_written:
                    # a body of the chain this article does not name: typed and named, nothing more
                    self.labels_written.add((b, "typed", ""))
                    self.add(b, A, _T["FormalOrganization"])  # ph:Agency once an article names it
                    self.add_label(b, _T["prefLabel"], body.label)

    def evidence_nodes(self, spans: Iterable[Evidence]) -> list[str]:
        nodes = []
        for ev in spans:
            key = (ev.sentence, ev.start, ev.end)
            node = self.evidence_ids.get(key)
            if node is None:
                n = len(self.evidence_ids) + 1
                node = iri(iris.local_iri("evidence", self.aid, n))
                self.evidence_ids[key] = node
                target = iri(iris.local_iri("evidence", self.aid, n) + "/target")
                selector = iri(iris.local_iri("evidence", self.aid, n) + "/position")
                self.add(node, A, _T["Evidence"])
                self.add(node, A, _T["Annotation"])
                self.add(node, _T["sentence"], lit(ev.sentence))
                self.add(node, _T["start"], integer(ev.start))
                self.add(node, _T["end"], integer(ev.end))
                self.add(node, _T["hasTarget"], target)
                self.add(target, A, _T["SpecificResource"])
                self.add(target, _T["hasSource"], self.article)
                self.add(target, _T["hasSelector"], selector)
                self.add(selector, A, _T["TextPositionSelector"])
                self.add(selector, _T["oaStart"], integer(ev.start))
                self.add(selector, _T["oaEnd"], integer(ev.end))
            nodes.append(node)
        return nodes

    def link_evidence(self, node: str, spans: Iterable[Evidence]) -> None:
        for ev in self.evidence_nodes(spans):
            self.add(node, _T["evidence"], ev)

    # -- the article and its facts

    def write(self) -> str:
        f = self.facts
        art = self.article
        self.add(art, A, _T["NewsArticle"])
        self.add(art, A, _T["Entity"])
        self.add(art, _T["identifier"], lit(f.id))
        if f.url and is_absolute_url(f.url):
            self.add(art, _T["url"], iri(f.url.strip()))
        elif f.url:
            self.add(art, _T["source"], lit(f.url))
        if f.title:
            self.add(art, _T["headline"], lit(" ".join(f.title.split())))
        if self.published:
            self.add(art, _T["datePublished"], date(self.published))
        elif f.published:
            log.warning("%s: ignoring published date %r (not YYYY-MM-DD)", self.aid, f.published)
        if self.province:
            _, mark = succession.era_mark(f.province or "")
            sc = succession.era_scope(self.province, self.published, None, mark, False)
            name = sc.province.name if sc.province is not None and sc.era == "2025" else self.province
            self.add(art, _T["province"], self.province_node(name, sc.province_slug))

        for agency in f.agencies:
            node = self.agency_node(agency.name, agency.sector)
            self.link_evidence(node, agency.evidence)

        documents: dict[str, str] = {}  # symbol key -> document node
        for doc in f.documents:
            documents[iris.clean_symbol(doc.symbol).casefold()] = self.document(doc)

        for n, signing in enumerate(f.signings, 1):
            self.signing(n, signing, documents)

        for n, person in enumerate(f.persons, 1):
            self.person(n, person)
        body = "".join(dict.fromkeys(self.lines))  # a graph is a set: repeated statements once
        # A digest of the graph's content, kept in the graph: a re-load of unchanged facts can skip the
        # (slow) delete-and-rewrite of that graph.
        self.digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
        return body + f"{self.article} {_T['factsDigest']} {lit(self.digest)} {self.g} .\n"

    def claim(self, node: str, rule: str, key: str, spans: Iterable[Evidence] = ()) -> None:
        """Why ``node`` is the programme it is, as data: ``phid:identity/{article}/{n}`` (a ``ph:IdentityClaim`` by
        the domain of ``ph:identifies``; the type is not written, to keep the graph small) naming the rule, its key
        and the evidence; one per programme node and rule in each article, so the merges
        of programmes across articles (several claims, several articles) are listed by a query."""
        if (node, rule) in self.claimed_rules:
            return
        claim = iri(iris.local_iri("identity", self.aid, len(self.claimed_rules) + 1))
        self.claimed_rules[(node, rule)] = claim
        self.claimed.add(node)
        self.add(claim, _T["identifies"], node)
        self.add(claim, _T["identityRule"], iri(f"{PHID}rule/{rule}"))
        self.add(claim, _T["identityKey"], lit(key))
        self.add(claim, _T["article"], self.article)
        for ev in self.evidence_nodes(spans):
            self.add(claim, _T["evidence"], ev)

    def event_key(self, node: str, rule: str, parties: list[str], kind: str | None, period, day: str | None) -> None:
        """``ph:eventKey`` on ``node``'s claim under ``rule``: the signing event it was told as, so that the store
        can meet an unnumbered report of it on a printed document (``graph/programme_merge.py``). Only with a
        known kind: an event of unknown kind is never matched to a document, so its key would be dead weight."""
        key = iris.programme_event_key(tuple(p[1:-1] for p in parties), kind, valid_period_or_none(period), day)
        claim = self.claimed_rules.get((node, rule))
        if key is None or claim is None or key.split("/", 2)[1] == "_" or (claim, key) in self.event_keys:
            return
        self.event_keys.add((claim, key))
        self.add(claim, _T["eventKey"], lit(key))

    def signed_document(self, signing, parties: list[str]) -> str | None:
        """The document of this article an unnumbered signing signs: the same parties (two or more), no
        contradiction in date (signing date = issue date) or period, and one of them agreeing; ``None`` when no
        document or more than one fits."""
        wanted = frozenset(parties)
        if len(wanted) < 2:
            return None
        date_ = valid_date(signing.date)
        period = valid_period_or_none(signing.period)
        fits = []
        for node, (doc_parties, issued, doc_period) in self.doc_facts.items():
            if doc_parties != wanted:
                continue
            if (date_ and issued and date_ != issued) or (period and doc_period and period != doc_period):
                continue
            if (date_ and date_ == issued) or (period and period == doc_period):
                fits.append(node)
        return fits[0] if len(fits) == 1 else None

    def document(self, doc) -> str:
        node = iri(iris.document_iri(doc.symbol, doc.issued, f"{self.published or ''}", self.facts.province))
        parsed = iris.parse_symbol(doc.symbol)
        self.doc_symbols[node] = parsed.text
        self.add(self.article, _T["references"], node)
        self.add(node, A, _T["Document"])
        self.add(node, A, _T["Entity"])
        parties = [self.agency_node(p) for p in doc.parties]
        if len(set(parties)) >= 2:
            self.add(node, A, _T["CooperationProgramme"])
            self.claim(node, "same-symbol", parsed.text, doc.evidence)
            for p in parties:
                self.add(p, _T["signs"], node)
        self.add(node, _T["symbol"], lit(parsed.text))
        if parsed.number is not None:
            self.add(node, _T["number"], integer(parsed.number))
        if parsed.type_code:
            self.add(node, _T["typeCode"], lit(parsed.type_code))
        for code in dict.fromkeys(parsed.issuers):
            self.add(node, _T["issuerCode"], lit(code))
        kind = self.kind_node(doc.kind)
        if kind:
            self.add(node, _T["dctType"], kind)
        issued = valid_date(doc.issued)
        if issued:
            self.add(node, _T["issued"], date(issued))
        elif doc.issued:
            log.warning("%s: document %s: ignoring issue date %r", self.aid, doc.symbol, doc.issued)
        period = self.period_node(doc.period)
        if period:
            self.add(node, _T["covers"], period)
            self.with_period.add(node)
        for p in parties:
            self.add(node, _T["party"], p)
        if len(set(parties)) >= 2:
            self.doc_facts[node] = (frozenset(parties), issued, valid_period_or_none(doc.period))
            self.event_key(node, "same-symbol", parties, doc.kind, doc.period, issued)
        self.doc_kinds[node] = doc.kind
        self.add(node, _T["wasDerivedFrom"], self.article)
        self.link_evidence(node, doc.evidence)
        return node

    def signing(self, n: int, signing, documents: dict[str, str]) -> None:
        node = iri(iris.local_iri("signing", self.aid, n))
        parties = [self.agency_node(p) for p in signing.parties]
        period = self.period_node(signing.period)
        if signing.document:
            key = iris.clean_symbol(signing.document).casefold()
            target = documents.get(key)
            if target is None:  # a symbol the documents list does not hold
                from phoihop.facts import Document

                target = self.document(Document(signing.document))
                documents[key] = target
            if target not in self.claimed:
                self.claim(target, "same-symbol", iris.clean_symbol(signing.document))
            self.add(target, A, _T["CooperationProgramme"])
            self.document_signed_on(target, signing, parties)
        else:
            signed_doc = self.signed_document(signing, parties)
            kind = signing_kind(signing)
            event = (
                None
                if signed_doc
                else iris.programme_event_iri(
                    tuple(p[1:-1] for p in parties),
                    kind,
                    valid_period_or_none(signing.period),
                    valid_date(signing.date),
                )
            )
            if signed_doc:
                target = signed_doc
                self.claim(target, "signing-of-document", self.doc_symbols.get(target, ""), signing.evidence)
                self.document_signed_on(target, signing, parties)
            elif event:
                target = iri(event)
                self.claim(target, "same-parties-kind-period-date", event[len(PHID + "programme/") :], signing.evidence)
                self.event_key(
                    target, "same-parties-kind-period-date", parties, kind, signing.period, valid_date(signing.date)
                )
                kind_node = self.kind_node(kind)
                if kind_node:
                    self.add(target, _T["dctType"], kind_node)
            else:
                target = iri(iris.local_iri("programme", self.aid, n))
            self.add(target, A, _T["CooperationProgramme"])
            self.add(target, A, _T["Entity"])
            self.add(target, _T["wasDerivedFrom"], self.article)
            self.link_evidence(target, signing.evidence)
        if period and target not in self.with_period:  # a document's own period comes first
            self.add(target, _T["covers"], period)
        for p in parties:
            self.add(target, _T["party"], p)
            self.add(p, _T["signs"], target)
        self.add(node, A, _T["Signing"])
        self.add(node, A, _T["Activity"])
        self.add(node, _T["signed"], target)
        for p in parties:
            self.add(node, _T["wasAssociatedWith"], p)
        signed_on = valid_date(signing.date)
        if signed_on:
            self.add(node, _T["date"], date(signed_on))
        elif signing.date:
            log.warning("%s: signing %d: ignoring date %r", self.aid, n, signing.date)
        if period:
            self.add(node, _T["covers"], period)
        self.add(node, _T["wasDerivedFrom"], self.article)
        self.link_evidence(node, signing.evidence)

    def document_signed_on(self, doc: str, signing, parties: list[str]) -> None:
        """A signing of a printed document in this article: its date and parties are an event key of the
        document too (the issue date may be missing or differ from the ceremony's)."""
        if len(set(parties)) < 2:
            return
        kind = self.doc_kinds.get(doc) or signing_kind(signing)
        period = signing.period or self.doc_facts.get(doc, (None, None, None))[2]
        self.event_key(doc, "same-symbol", parties, kind, period, valid_date(signing.date))

    def person(self, n: int, person) -> None:
        name = iris.display_name(person.name)
        node = iri(iris.person_iri(person.name, self.facts.province))
        if node not in self.seen_shared:
            self.seen_shared.add(node)
            self.add(node, A, _T["Person"])
            self.add(node, A, _T["ProvPerson"])
            self.add(node, _T["name"], lit(name))
            self.add(node, _T["wasDerivedFrom"], self.article)
            if self.province:
                self.add(node, _T["province"], self.province_node(self.province))
        raw = " ".join(str(person.name).split())
        if raw != name:
            self.add_label(node, _T["altLabel"], raw)
        self.link_evidence(node, person.evidence)
        for position in dict.fromkeys(p for p in person.positions if p and p.strip()):
            self.holdings += 1
            holding = iri(iris.local_iri("holding", self.aid, self.holdings))
            title = iris.display_name(position)
            self.add(node, _T["hasMembership"], holding)
            self.add(node, _T["held"], holding)
            self.add(holding, A, _T["Membership"])
            self.add(holding, _T["member"], node)
            self.add(holding, _T["positionTitle"], lit(title, "vi"))
            organisation = self.organisation_of(title)
            if organisation:
                self.add(holding, _T["organization"], iri(organisation.iri))
            if self.published:
                self.add(holding, _T["asOf"], date(self.published))
            self.add(holding, _T["wasDerivedFrom"], self.article)
            self.link_evidence(holding, person.evidence)

    def organisation_of(self, title: str) -> iris.AgencyIdentity | None:
        """The article's agency whose name ends the position title (``Trưởng Ban Dân vận Tỉnh ủy``), longest first."""
        key = title.casefold()
        best = None
        for name_key, ident in self.agencies.items():
            if (key.endswith(" " + name_key) or key.endswith(" " + ident.key)) and (
                best is None or len(name_key) > len(best[0])
            ):
                best = (name_key, ident)
        return best[1] if best else None


def article_nquads(facts: ArticleFacts) -> str:
    """Everything ``facts`` says, as N-Quads text in the article's named graph."""
    return _ArticleWriter(facts).write()


def article_nquads_digest(facts: ArticleFacts) -> tuple[str, str]:
    """:func:`article_nquads` and the digest it records (``ph:factsDigest`` of the article node)."""
    writer = _ArticleWriter(facts)
    text = writer.write()
    return text, writer.digest


def article_quads(facts: ArticleFacts) -> list:
    """Everything ``facts`` says, as ``pyoxigraph.Quad`` objects in :func:`graph_iri` (``facts.id``)."""
    import pyoxigraph as ox

    return list(ox.parse(article_nquads(facts).encode("utf-8"), ox.RdfFormat.N_QUADS))
