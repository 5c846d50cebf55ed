"""Bodies through the 2025 reorganisation: which structure a mention belongs to, and the change events between them.

On 1 July 2025 the 63 provinces became 34 (23 merged, 11 unchanged), the
district level ended and the communes were merged; earlier in 2025 Party
boards, the district police and others were merged or dissolved. A body of
the old structure and the body of the new one that continues it are *two*
nodes, linked by an ``org:ChangeEvent``.

* **Which structure** (:func:`era_scope`): the text's own words first
  ("(mới)", "(cũ)", "trước sáp nhập" in the name), else the article's date
  (before or from :data:`REFORM_DATE`). District bodies always belong to the
  old structure (there are none after it); a commune body of the new
  structure gets the scope ``{province}-2025`` even in a province that did
  not merge, because its commune is a new unit.
* **Scopes**: a province that did not merge keeps its slug in both eras
  (``thanh-hoa``: "Công an tỉnh Thanh Hóa" stays one node); a merged one is
  ``{slug}`` before and ``{slug}-2025`` after (``gia-lai`` / ``gia-lai-2025``).
* **Change events** (:func:`change_events`): the province mergers come from
  ``data/provinces.tsv`` (generated from ``vietnamadminunits`` by
  ``scripts/gen_gazetteer.py``); the Party, State and armed-forces
  reorganisations from the cited table ``data/reorganisations.tsv``.

Everything here is computed from the mention and static tables, so an
article's graph can state the events that touch its bodies by itself:
deterministic IRIs, no cross-graph rewrite.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
REFORM_DATE = "2025-07-01"  # provinces merged, district level ended (NQ 202/2025/QH15, NQ 203/2025/QH15)
LAST_LEGACY_DAY = "2025-06-30"
NEW_SUFFIX = "-2025"
PLACE_LEVELS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã"})
DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã"})
COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn"})
PROVINCE_MERGER_SOURCE = (
    "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh (12/06/2025, hiệu lực "
    "01/07/2025); mapping from vietnamadminunits 1.0.4 (MIT)"
)

COMMUNE_MERGER_SOURCE = (
    "Nghị quyết 202/2025/QH15 và các nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã "
    "của từng tỉnh năm 2025 (hiệu lực 01/07/2025; 10.040 xã, phường, thị trấn thành 3.321); old -> new communes "
    "from vietnamadminunits 1.0.4 (MIT), converter_2025.json"
)

_NEW_MARK = re.compile(r"\s*(?:\(\s*mới\s*\)|\bsau (?:khi )?sáp nhập\b)\s*", re.I)
_OLD_MARK = re.compile(r"\s*(?:\(\s*cũ\s*\)|\btrước (?:khi )?sáp nhập\b|\s+cũ$)\s*", re.I)


@dataclass(frozen=True)
class Province:
    era: str  # "legacy" or "2025"
    slug: str
    name: str
    lat: float
    lon: float
    predecessors: tuple[str, ...] = ()
    successor: str | None = None

    @property
    def unchanged(self) -> bool:
        return (self.era == "2025" and self.predecessors == (self.slug,)) or (
            self.era == "legacy" and self.successor == self.slug
        )


@dataclass(frozen=True)
class Place:
    era: str
    province: str  # province slug in that era
    level: str  # huyện, quận, thị xã, thành phố, xã, phường, đặc khu
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class OldCommune:
    """A commune before 1 July 2025 that a commune from then on was formed from (``data/communes.tsv``)."""

    province: str  # province slug before 2025
    district: str  # "huyện Đức Cơ": old commune names repeat across districts
    level: str
    name: str
    whole: bool  # False: the old commune was split, this new one took a part
    lat: float
    lon: float

    @property
    def label(self) -> str:
        return f"{self.level} {self.name}, {self.district}"


@lru_cache(maxsize=1)
def communes() -> dict[tuple[str, str, str], tuple[OldCommune, ...]]:
    """(2025 province slug, level, name key) of a commune from 1 July 2025 -> the old communes it was formed
    from. Read on first use only: articles that place no body in a new commune never load the table."""
    out: dict[tuple[str, str, str], list[OldCommune]] = {}
    for line in (DATA / "communes.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "province\t")):
            continue
        prov, level, name, old_prov, district, old_level, old_name, whole, lat, lon = line.split("\t")
        old = OldCommune(old_prov, district, old_level, old_name, whole == "1", float(lat), float(lon))
        out.setdefault((prov, level, _key(name)), []).append(old)
    return {k: tuple(v) for k, v in out.items()}


def commune_predecessors(place: Place) -> tuple[OldCommune, ...]:
    """The old communes a commune of the 2025 structure was formed from; ``()`` for anything else."""
    if place.era != "2025" or place.level not in COMMUNE_LEVELS:
        return ()
    return communes().get((place.province, place.level, _key(place.name)), ())


@lru_cache(maxsize=16_384)
def _key(text: str) -> str:
    from phoihop.graph.iris import name_key

    return name_key(text)


@lru_cache(maxsize=1)
def provinces() -> dict[tuple[str, str], Province]:
    """(era, slug) -> :class:`Province`, from ``data/provinces.tsv``."""
    out = {}
    for line in (DATA / "provinces.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "era\t")):
            continue
        era, slug, name, _code, lat, lon, preds, succ = line.split("\t")
        out[(era, slug)] = Province(
            era, slug, name, float(lat), float(lon), tuple(p for p in preds.split(",") if p), succ or None
        )
    return out


@lru_cache(maxsize=1)
def _by_name() -> dict[tuple[str, str], Province]:
    out = {}
    for (era, _slug), p in provinces().items():
        out[(era, _key(p.name))] = p
    # the gazetteer writes "Huế"; articles before 2025 often say "Thừa Thiên Huế"
    for era in ("legacy", "2025"):
        out[(era, _key("Thừa Thiên Huế"))] = out[(era, _key("Huế"))]
    return out


def province(era: str, name_or_slug: str | None) -> Province | None:
    if not name_or_slug:
        return None
    return provinces().get((era, name_or_slug)) or _by_name().get((era, _key(name_or_slug)))


@lru_cache(maxsize=1)
def places() -> dict[tuple[str, str, str, str], Place]:
    """(era, province slug, level, name key) -> :class:`Place`, from ``data/places.tsv``."""
    out: dict[tuple[str, str, str, str], Place] = {}
    for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "era\t")):
            continue
        era, prov, level, name, lat, lon = line.split("\t")
        out.setdefault((era, prov, level, _key(name)), Place(era, prov, level, name, float(lat), float(lon)))
    return out


_PLACE_IN_NAME = re.compile(
    r"(?<!\w)(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\s+((?:[^\W\d_][\w']*|\d+)"
    r"(?:\s+(?:[^\W\d_][\w']*|\d+))*)$",
    re.I,
)


@lru_cache(maxsize=16_384)
def place_in_name(name: str, era: str, province_slug: str) -> Place | None:
    """The commune or district a body's name ends with ("Công an xã Ia Nan"), when the gazetteer knows it."""
    m = _PLACE_IN_NAME.search(name)
    if not m:
        return None
    level, words = m.group(1).lower(), m.group(2).split()
    table = places()
    for n in range(len(words), 0, -1):  # "xã Ia Nan huyện Đức Cơ": try the longest name first
        hit = table.get((era, province_slug, level, _key(" ".join(words[:n]))))
        if hit:
            return hit
    return None


def era_mark(text: str) -> tuple[str, str | None]:
    """``text`` without its era words, and ``"new"``/``"old"``/``None``: "tỉnh Gia Lai (mới)" -> new."""
    if _NEW_MARK.search(text):
        return _NEW_MARK.sub(" ", text).strip(), "new"
    if _OLD_MARK.search(text):
        return _OLD_MARK.sub(" ", text).strip(), "old"
    return text, None


@dataclass(frozen=True)
class Scope:
    scope: str  # the agency IRI's scope segment
    province_slug: str  # phid:province/{slug}
    era: str  # "legacy" or "2025"
    province: Province | None


@lru_cache(maxsize=16_384)
def era_scope(province_name: str, published: str | None, level: str | None, mark: str | None, from_name: bool) -> Scope:
    """The scope of a body of ``province_name`` mentioned in an article of ``published`` (see the module doc)."""
    from phoihop.graph.iris import ascii_slug

    legacy, new = province("legacy", province_name), province("2025", province_name)
    if legacy is None and new is None:
        s = ascii_slug(province_name)
        return Scope(s, s, "legacy", None)
    if mark == "new":
        era = "2025"
    elif mark == "old":
        era = "legacy"
    else:
        era = "2025" if published and published >= REFORM_DATE else "legacy"
    if level in DISTRICT_LEVELS:
        era = "legacy"
    if era == "legacy" or (new is None and from_name):
        if legacy is None:  # only a name of the new structure: it is the new body
            assert new is not None  # one of the two is known (checked above)
            return Scope(new.slug, new.slug, "2025", new)
        s = ascii_slug(province_name)  # keeps the slugs written before this module ("thua-thien-hue")
        return Scope(s, s, "legacy", legacy)
    assert legacy is not None or new is not None
    target = new or province("2025", legacy.successor if legacy else None)
    if target is None:  # a legacy province whose successor the table lacks: it stays itself
        s = ascii_slug(province_name)
        return Scope(s, s, "legacy", legacy)
    scope = target.slug
    if target.unchanged and level in COMMUNE_LEVELS:
        scope += NEW_SUFFIX
    return Scope(scope, target.slug, "2025", target)


# ---------------------------------------------------------------- change events


@dataclass(frozen=True)
class Body:
    iri: str
    label: str
    province_slug: str | None = None


@dataclass(frozen=True)
class ChangeEvent:
    iri: str
    rule: str  # "province-merger" or an id of data/reorganisations.tsv
    date: str
    label: str
    source: str
    originals: tuple[Body, ...]
    resulting: tuple[Body, ...]
    provinces: tuple[str, ...] = field(default=())  # province slugs of a province merger: originals..., result

    @property
    def rule_label(self) -> str:
        return RULE_LABELS.get(self.rule) or self.rule


RULE_LABELS = {
    "province-merger": "Hợp nhất tỉnh (01/07/2025)",
    "tgdv-tw": "Hợp nhất Ban Tuyên giáo và Ban Dân vận Trung ương",
    "tgdv-tinh": "Hợp nhất Ban Tuyên giáo và Ban Dân vận cấp tỉnh",
    "dttg-tw": "Ủy ban Dân tộc thành Bộ Dân tộc và Tôn giáo",
    "dttg-tinh": "Ban Dân tộc tỉnh thành Sở Dân tộc và Tôn giáo",
    "ca-huyen": "Kết thúc Công an cấp huyện",
    "chqs-huyen": "Giải thể Ban Chỉ huy Quân sự cấp huyện",
    "bdbp-tinh": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh về Bộ Chỉ huy Quân sự tỉnh",
}


@dataclass(frozen=True)
class _Rule:
    id: str
    date: str
    scope: str
    originals: tuple[str, ...]  # names as written in the table; a trailing "*" marks a prefix
    resulting: str
    source: str


@lru_cache(maxsize=1)
def rules() -> tuple[_Rule, ...]:
    out = []
    for line in (DATA / "reorganisations.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "id\t")):
            continue
        rid, date, scope, originals, resulting, source = line.split("\t")
        names = tuple((o[2:] + "*") if o.startswith("* ") else o for o in originals.split(" | "))
        out.append(_Rule(rid, date, scope, names, resulting, source))
    return tuple(out)


@lru_cache(maxsize=16_384)
def _city_form(name: str, city: bool) -> str:
    """A provincial body's name in a city's words ("Công an tỉnh" -> "Công an thành phố") and back."""
    if city:
        name = re.sub(r"([Tt])ỉnh ủy$", lambda m: ("T" if m.group(1) == "T" else "t") + "hành ủy", name)
        return re.sub(r"(?<!\w)tỉnh$", "thành phố", name)
    name = re.sub(r"([Tt])hành ủy$", lambda m: ("T" if m.group(1) == "T" else "t") + "ỉnh ủy", name)
    return re.sub(r"(?<!\w)thành phố$", "tỉnh", name)


def _is_city(p: Province | None) -> bool:
    from phoihop.graph.iris import CITIES, name_key

    return p is not None and name_key(p.name) in CITIES


_GENERIC_PROVINCE_RE = re.compile(r"(?:(?<!\w)tỉnh|thành phố|tỉnh ủy|thành ủy)$|^sở ")


def _body(scope: str, name: str, province_slug: str | None, province_name: str | None) -> Body:
    from phoihop.graph.iris import PHID, display_name, slug

    label = display_name(name)
    key = label.casefold()
    if province_name and re.search(r"(?:tỉnh|tỉnh ủy|thành phố|thành ủy)$", key):
        label = f"{label} {province_name}"
    return Body(f"{PHID}agency/{scope}/{slug(key)}", label, province_slug)


def _event_iri(rule: str, scope: str, result_key: str) -> str:
    from phoihop.graph.iris import PHID, slug

    return f"{PHID}change/{rule}/{scope}/{slug(result_key)}"


@lru_cache(maxsize=16_384)
def _ended_before_reform(key: str) -> bool:
    """A provincial body a table rule ended before 1 July 2025 (Ban Dân vận Tỉnh ủy): no province merger made it."""
    return any(
        r.scope == "province"
        and r.date < REFORM_DATE
        and any(_matches(_key(o), _city_form(key, False)) for o in r.originals)
        for r in rules()
    )


def _province_merger(scope: Scope, name: str) -> ChangeEvent | None:
    """The merger of provinces that made (or ended) this body, for a generic provincial body."""
    key = _key(name)
    p = scope.province
    if p is None or p.unchanged or not _GENERIC_PROVINCE_RE.search(key) or _ended_before_reform(key):
        return None
    if p.era != "2025":  # stated by the bodies of the new structure (see change_events)
        return None
    new = p
    if scope.scope != scope.province_slug:  # a commune body: its own commune merger, not the province's
        return None
    result_name = _city_form(name, _is_city(new))
    originals = []
    for slug_ in new.predecessors:
        old = province("legacy", slug_)
        if old is None:  # the table names every predecessor; a gap would be a data error, not a body
            continue
        originals.append(_body(old.slug, _city_form(name, _is_city(old)), old.slug, old.name))
    result = _body(new.slug, result_name, new.slug, new.name)
    return ChangeEvent(
        _event_iri("province-merger", new.slug, _key(result_name)),
        "province-merger",
        REFORM_DATE,
        f"Hợp nhất: {result.label} (01/07/2025)",
        PROVINCE_MERGER_SOURCE,
        tuple(originals),
        (result,),
        (*new.predecessors, new.slug),
    )


def _matches(rule_key: str, key: str) -> bool:
    return key.startswith(rule_key[:-1] + " ") if rule_key.endswith("*") else key == rule_key


def _table_events(scope: Scope | None, name: str) -> list[ChangeEvent]:
    from phoihop.graph.iris import NATIONAL

    key = _key(name)
    out = []
    city = _is_city(scope.province) if scope else False
    for rule in rules():
        if (rule.scope == "central") != (scope is None):
            continue
        if (
            scope is not None
            and scope.era == "2025"
            and rule.date < REFORM_DATE
            and scope.province is not None
            and not scope.province.unchanged
        ):
            continue  # a body of a merged province after 1/7/2025 comes after these changes
        forms = {k: _city_form(k, city) for k in (*rule.originals, rule.resulting)}
        local = _city_form(key, False) if city else key
        hit_original = next((o for o in rule.originals if _matches(_key(o), local)), None)
        if hit_original is None and (local != _key(rule.resulting) or all(o.endswith("*") for o in rule.originals)):
            continue
        if hit_original and not hit_original.endswith("*"):
            continue  # stated by the resulting body (see change_events)
        sc = scope.scope if scope else NATIONAL
        pslug = scope.province_slug if scope else None
        pname = scope.province.name if scope and scope.province else None
        originals: tuple[Body, ...]
        if hit_original and hit_original.endswith("*"):
            originals = (_body(sc, name, pslug, pname),)  # this one district body
        else:
            originals = tuple(_body(sc, forms[o], pslug, pname) for o in rule.originals if not o.endswith("*"))
        result = _body(sc, forms[rule.resulting], pslug, pname)
        iri = _event_iri(
            rule.id, sc, key if hit_original and hit_original.endswith("*") else _key(forms[rule.resulting])
        )
        out.append(
            ChangeEvent(iri, rule.id, rule.date, f"{rule.id}: {result.label}", rule.source, originals, (result,))
        )
    return out


@lru_cache(maxsize=16_384)
def change_events(scope: Scope | None, name: str, depth: int = 3) -> tuple[ChangeEvent, ...]:
    """The change events a graph states for the body ``name`` (its display name) of ``scope`` (``None``: central).

    A body states where it came from: the events it resulted from, followed back ``depth`` steps (the
    Ban Tuyên giáo và Dân vận Tỉnh ủy of the merged Gia Lai <- those of Gia Lai and Bình Định <- their Ban
    Tuyên giáo and Ban Dân vận), each with all its original bodies. A body that was absorbed without a named
    successor of its own (a district police, "* Công an huyện" in the table) states its event forward. The old
    bodies' articles need not say anything: an event is one deterministic node, so the articles of the new
    structure link the old bodies however they were loaded, and articles before 2025 (most of a corpus) carry no
    extra statements."""
    events: dict[str, ChangeEvent] = {}
    todo = [(scope, name, depth)]
    while todo:
        sc, k, d = todo.pop()
        found = _table_events(sc, k)
        if sc is not None:
            merger = _province_merger(sc, k)
            if merger:
                found.append(merger)
        for ev in found:
            if ev.iri in events:
                continue
            events[ev.iri] = ev
            if d <= 1:
                continue
            for body in ev.originals:
                nsc, nk = _scope_key_of(body)
                if (nsc, nk) != (sc, k):
                    todo.append((nsc, nk, d - 1))
    return tuple(sorted(events.values(), key=lambda e: (e.date, e.iri)))


def _scope_key_of(body: Body) -> tuple[Scope | None, str]:
    """The scope and display name of a body of an event (the label without the province it ends with)."""
    from phoihop.graph.iris import NATIONAL, PHID

    scope_slug = body.iri[len(PHID + "agency/") :].split("/", 1)[0]
    label = body.label
    if scope_slug == NATIONAL or not body.province_slug:
        return None, label
    era = "2025" if province("legacy", body.province_slug) is None else "legacy"
    p = province(era, body.province_slug)
    if p and label.endswith(" " + p.name):
        label = label[: -len(p.name) - 1]
    return Scope(scope_slug, body.province_slug, p.era if p else "legacy", p), label


@lru_cache(maxsize=4096)
def gazetteer_province(slug: str | None, name: str | None = None) -> Province | None:
    """The gazetteer's province for an identity slug (``gia-lai``, ``gia-lai-2025``) or, failing that, a name."""
    if slug:
        for era in ("2025", "legacy"):
            p = provinces().get((era, slug))
            if p:
                return p
    return province("legacy", name) or province("2025", name) if name else None


@lru_cache(maxsize=16_384)
def agency_change_events(ident) -> tuple[ChangeEvent, ...]:
    """The change events of an agency identity (:class:`phoihop.graph.iris.AgencyIdentity`)."""
    from phoihop.graph.iris import NATIONAL

    if ident.scope == NATIONAL:
        return change_events(None, ident.label)
    if not ident.province_slug:
        return ()
    p = gazetteer_province(ident.province_slug, ident.province)
    if p is None:
        return ()
    label = ident.label
    if label.endswith(" " + (ident.province or "")):
        label = label[: -len(ident.province) - 1]
    return change_events(Scope(ident.scope, ident.province_slug, ident.era, p), label)


def short_hash(*parts: str) -> str:
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12]
