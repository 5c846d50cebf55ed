"""An unnumbered report of a signing meets the document printed in another article (rule
``unnumbered-report-of-document``, ontology/README.md "Identity").

One article cannot decide this alone: the article that tells the signing without a symbol does not know
the symbol, and whether the match is unique depends on every other article. So each article writes the
event it was told as (``ph:eventKey``, ``{date}/{kind}/{period}/{parties hash}``) on its identity claims,
and after every load or delete the store runs :func:`reconcile`:

* an unnumbered signing's programme becomes the document whose claims carry the same date, kind and
  parties, when **exactly one** document fits and neither side's period contradicts the other (a period
  missing on one side agrees with any); its kind must be known on both sides;
* two documents that fit (two plans of the same parties signed the same day) leave the report alone:
  there is no telling which one it was;
* when a fit goes away (the document's article deleted or changed, a second document arrives), the
  report goes back to its own event node.

The change is written into the reporting article's graph only, by renaming its programme node (its
statements, evidence and links) and turning its claim's rule, so the merge stays explained as data and is
undone exactly. Nothing here depends on load order: the outcome is a function of the store's claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol

from phoihop.graph import iris

PH = iris.PH
RULE = f"{iris.PHID}rule/"
SAME_SYMBOL = RULE + "same-symbol"
EVENT_RULE = RULE + "same-parties-kind-period-date"
REPORT_RULE = RULE + "unnumbered-report-of-document"
EVENT_PREFIX = f"{iris.PHID}programme/"

# Only claims with an event key take part: documents' same-symbol claims and unnumbered signings' claims. The
# keys come first, alone (one pattern: cheap even over every article); details only for the few that can move.
KEYS_QUERY = f"""PREFIX ph: <{PH}>
SELECT ?g ?claim ?key WHERE {{ GRAPH ?g {{ ?claim ph:eventKey ?key }} }}"""
MERGED_QUERY = f"""PREFIX ph: <{PH}>
SELECT ?g ?claim WHERE {{ GRAPH ?g {{ ?claim ph:identityRule <{REPORT_RULE}> }} }}"""
_DETAILS_QUERY = """PREFIX ph: <{ph}>
SELECT ?claim ?target ?rule WHERE {{
  VALUES ?claim {{ {claims} }} ?claim ph:identifies ?target ; ph:identityRule ?rule }}"""
_DETAILS_BATCH = 500  # claims per VALUES block


class _Store(Protocol):
    def select(self, sparql: str): ...

    def ask(self, sparql: str) -> bool: ...

    def update(self, sparql: str) -> None: ...


@dataclass(frozen=True)
class Rewrite:
    """Rename ``old`` to ``new`` in one article's graph and set its claim's rule."""

    graph: str
    claim: str
    old: str
    new: str
    rule: str


def split_key(key: str) -> tuple[str, str]:
    """``{date}/{kind}/{period}/{hash}`` -> (``{date}/{kind}/{hash}``, ``{period}``)."""
    day, kind, period, digest = key.split("/")
    return f"{day}/{kind}/{digest}", period


def periods_agree(a: str, b: str) -> bool:
    return a == "_" or b == "_" or a == b


def _documents_by_event(rows: list[dict]) -> dict[str, dict[str, set[str]]]:
    """event (without period) -> document -> the periods its claims were told with."""
    documents: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        if row["rule"] == SAME_SYMBOL:
            event, period = split_key(row["key"])
            documents[event][row["target"]].add(period)
    return documents


def desired_target(key: str, documents: dict[str, dict[str, set[str]]]) -> str:
    """The node an unnumbered report with ``key`` belongs on: the one document that fits, else its own event."""
    event, period = split_key(key)
    fits = [doc for doc, periods in documents.get(event, {}).items() if any(periods_agree(period, p) for p in periods)]
    return fits[0] if len(fits) == 1 else EVENT_PREFIX + key


def plan(rows: list[dict]) -> list[Rewrite]:
    """The rewrites that bring every unnumbered report to the node :func:`desired_target` names."""
    documents = _documents_by_event(rows)
    rewrites = []
    for row in rows:
        if row["rule"] not in (EVENT_RULE, REPORT_RULE):
            continue
        new = desired_target(row["key"], documents)
        if new != row["target"]:
            rule = EVENT_RULE if new.startswith(EVENT_PREFIX) else REPORT_RULE
            rewrites.append(Rewrite(row["g"], row["claim"], row["target"], new, rule))
    return sorted(set(rewrites), key=lambda r: (r.graph, r.claim))


def rewrite_sparql(r: Rewrite) -> str:
    """One update: the programme node renamed in subject and object position, the claim's rule turned."""
    g, old, new = f"<{r.graph}>", f"<{r.old}>", f"<{r.new}>"
    return (
        f"PREFIX ph: <{PH}>\n"
        f"DELETE {{ GRAPH {g} {{ {old} ?p ?o }} }} INSERT {{ GRAPH {g} {{ {new} ?p ?o }} }} "
        f"WHERE {{ GRAPH {g} {{ {old} ?p ?o }} }} ;\n"
        f"DELETE {{ GRAPH {g} {{ ?s ?p {old} }} }} INSERT {{ GRAPH {g} {{ ?s ?p {new} }} }} "
        f"WHERE {{ GRAPH {g} {{ ?s ?p {old} }} }} ;\n"
        f"DELETE {{ GRAPH {g} {{ <{r.claim}> ph:identityRule ?rule }} }} "
        f"INSERT {{ GRAPH {g} {{ <{r.claim}> ph:identityRule <{r.rule}> }} }} "
        f"WHERE {{ GRAPH {g} {{ <{r.claim}> ph:identityRule ?rule }} }}"
    )


def _mentions(store: _Store, graph: str, node: str) -> bool:
    return store.ask(f"ASK {{ GRAPH <{graph}> {{ {{ <{node}> ?p ?o }} UNION {{ ?s ?p <{node}> }} }} }}")


def candidate_claims(keys: list[dict], merged: list[dict]) -> set[str]:
    """The claims that may have to move: those sharing an event (date, kind, parties) with a claim of another
    graph, and the reports merged now (their document may be gone). Everything else stays as written."""
    graphs_by_event: dict[str, set[str]] = defaultdict(set)
    for row in keys:
        graphs_by_event[split_key(row["key"])[0]].add(row["g"])
    shared = {row["claim"] for row in keys if len(graphs_by_event[split_key(row["key"])[0]]) > 1}
    return shared | {row["claim"] for row in merged}


def claim_rows(store: _Store, keys: list[dict], claims: set[str]) -> list[dict]:
    """The rows :func:`plan` reads (graph, claim, target, rule, key) for ``claims``."""
    details: dict[str, tuple[str, str]] = {}
    ordered = sorted(claims)
    for start in range(0, len(ordered), _DETAILS_BATCH):
        values = " ".join(f"<{c}>" for c in ordered[start : start + _DETAILS_BATCH])
        for row in store.select(_DETAILS_QUERY.format(ph=PH, claims=values)).dicts():
            details[row["claim"]] = (row["target"], row["rule"])
    return [
        dict(row, target=details[row["claim"]][0], rule=details[row["claim"]][1])
        for row in keys
        if row["claim"] in details
    ]


def reconcile(store: _Store) -> int:
    """Apply :func:`plan` to ``store``; returns the number of reports moved (merged or undone).

    A report is not merged into a document its own article already names otherwise: renaming would mix the
    article's own statements about that document with the report's, and undoing it could not tell them apart.
    """
    keys = store.select(KEYS_QUERY).dicts()
    claims = candidate_claims(keys, store.select(MERGED_QUERY).dicts())
    if not claims:
        return 0
    moved = 0
    for r in plan(claim_rows(store, keys, claims)):
        if r.rule == REPORT_RULE and _mentions(store, r.graph, r.new):
            continue
        store.update(rewrite_sparql(r))
        moved += 1
    return moved
