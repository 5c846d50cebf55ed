"""Shared bits of the graph tests: fixture paths, the dev gold, and expectations computed from facts."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "graph"
FACTS = FIXTURES / "facts"
BAD = FIXTURES / "bad"
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "corpus" / "dev" / "gold"
PHOIHOP = [sys.executable, "-m", "phoihop"]


def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"the shared dev gold is not here ({GOLD})")
    return GOLD


def gold_dicts() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir().glob("*.json"))]


def fixture_facts():
    from phoihop.facts import iter_facts_files, read_facts

    return [f for p in iter_facts_files([FACTS]) for f in read_facts(p)]


def run_cli(*args, timeout=120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*PHOIHOP, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=kwargs.pop("cwd", ROOT),
        **kwargs,
    )


def signing_programme_iri(art: dict, n: int, signing: dict) -> str:
    """The programme node an unnumbered signing lands on, by the identity rules of ontology/README.md:
    the article's document with the same parties and an agreeing date or period; else the cross-article
    event key (parties, kind, period, date); else the per-article node."""
    from phoihop.graph import iris

    prov, pub = art.get("province"), art.get("published")
    parties = {iris.agency_identity(p, prov, pub).iri for p in signing.get("parties") or []}
    period = tuple(signing["period"]) if signing.get("period") else None
    fits = []
    for d in art.get("documents") or []:
        dparties = {iris.agency_identity(p, prov, pub).iri for p in d.get("parties") or []}
        if len(parties) < 2 or dparties != parties:
            continue
        dperiod = tuple(d["period"]) if d.get("period") else None
        date, issued = signing.get("date"), d.get("issued")
        if (date and issued and date != issued) or (period and dperiod and period != dperiod):
            continue
        if (date and date == issued) or (period and period == dperiod):
            fits.append(iris.document_iri(d["symbol"], d.get("issued"), pub or "", prov))
    if len(set(fits)) == 1:
        return fits[0]
    kind = None
    for ev in signing.get("evidence") or []:
        for word in ("chương trình", "quy chế", "kế hoạch", "giao ước"):
            if word in (ev.get("sentence") or "").lower():
                kind = kind or word
    event = iris.programme_event_iri(tuple(parties), kind, period, signing.get("date"))
    return event or iris.local_iri("programme", art["id"], n)


def expected_programmes(articles: list[dict]) -> dict[str, dict]:
    """Programme IRI -> {"symbol", "parties" (labels), "periods", "dates"} from facts dicts, by the facts-format rules.

    A programme is: each signing without a document; each document with two
    or more parties; each document a signing names.
    """
    from phoihop.graph import iris

    out: dict[str, dict] = {}

    def entry(key, symbol):
        return out.setdefault(key, {"symbol": symbol, "parties": set(), "periods": set(), "dates": set()})

    for art in articles:
        prov = art.get("province")
        pub = art.get("published")

        def label(name, prov=prov, pub=pub):
            return iris.agency_identity(name, prov, pub).label

        def doc_key(symbol, issued, prov=prov, pub=pub):
            return iris.document_iri(symbol, issued, pub or "", prov)

        docs = {iris.clean_symbol(d["symbol"]).casefold(): d for d in art.get("documents") or []}
        for d in docs.values():
            if len({iris.agency_identity(p, prov, pub).iri for p in d.get("parties") or []}) >= 2:
                e = entry(doc_key(d["symbol"], d.get("issued")), iris.clean_symbol(d["symbol"]))
                e["parties"] |= {label(p) for p in d["parties"]}
                if d.get("period"):
                    e["periods"].add(tuple(d["period"]))
        for n, s in enumerate(art.get("signings") or [], 1):
            if s.get("document"):
                d = docs.get(iris.clean_symbol(s["document"]).casefold(), {"symbol": s["document"]})
                e = entry(doc_key(d["symbol"], d.get("issued")), iris.clean_symbol(d["symbol"]))
                e["parties"] |= {label(p) for p in d.get("parties") or []}
                if d.get("period"):
                    e["periods"].add(tuple(d["period"]))
                elif s.get("period"):
                    e["periods"].add(tuple(s["period"]))
            else:
                key = signing_programme_iri(art, n, s)
                doc = next((d for d in docs.values() if doc_key(d["symbol"], d.get("issued")) == key), None)
                e = entry(key, iris.clean_symbol(doc["symbol"]) if doc else None)
                if doc and doc.get("period"):
                    e["periods"].add(tuple(doc["period"]))
                elif s.get("period"):
                    e["periods"].add(tuple(s["period"]))
            e["parties"] |= {label(p) for p in s.get("parties") or []}
            if s.get("date"):
                e["dates"].add(s["date"])
    return out


@contextlib.contextmanager
def store_held_by_another_process(path: Path):
    """Keep the store at ``path`` open for writing in a child process for the ``with`` block."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom phoihop.graph.store import open_store\n"
            f"s = open_store({str(path)!r})\nprint('ready', flush=True)\nsys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.communicate("\n", timeout=30)
