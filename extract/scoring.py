"""Score extracted facts against hand-made gold facts.

The counting follows the facts contract (``shared/spec/facts-format.md``,
"How the score is counted"): both sides are normalised the same way (Unicode
NFC, the two tone-mark placements of a final oa/oe/uy as one, case, spacing,
dashes, apostrophes, the contract's abbreviations spelled out, the article's
own province dropped from the end of a name) and compared per article as sets
of tuples:

==================  =================================================
set                 tuple
==================  =================================================
agency              (name, sector)
document            (symbol)
document_detail     (symbol, kind, issued, period)
cooperation         ({party, party}, period) for every pair of parties
                    of a signing or of a document with two or more
signing             ({parties}, date, period)
person              (name)
position            (name, position)
==================  =================================================

A fact counts once per article however often it is written down.  The
abbreviation table is the contract's own (``data/score_abbreviations.tsv``),
not the extractor's lexicon, so that the extractor cannot grade itself with
its own spelling rules.

The project's regression fixtures are scored with this module (so they keep
their bars in a plain clone), and ``phoihop score`` offers it to users with
gold files of their own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

from phoihop.extract.normalize import fold_tones
from phoihop.text import WS

SETS = ("agency", "document", "document_detail", "cooperation", "signing", "person", "position")

# "Ð"/"ð" (Icelandic eth) stand in for "Đ"/"đ" on some pages.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_DASHES = re.compile(r"[\u2010-\u2015]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u00b4`]")
_AROUND_HYPHEN = re.compile(r"\s*-\s*")
_SO_PREFIX = re.compile(r"^\s*(?:số|so)\s*[:.]?\s*", re.IGNORECASE)


def _abbreviation_table() -> list[tuple[re.Pattern[str], str]]:
    text = resources.files("phoihop.extract").joinpath("data/score_abbreviations.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, long = line.split("\t")[:2]
        rows.append((short, long))
    # Longest short forms first, so that "UBMTTQVN" is not read as "UBMTTQ" + "VN".
    rows.sort(key=lambda row: -len(row[0]))
    return [(re.compile(r"(?<!\w)" + re.escape(short) + r"(?!\w)"), long) for short, long in rows]


_ABBREVIATIONS = _abbreviation_table()


def normalise_text(text: Any) -> str:
    """The comparison form of a name, kind or position."""
    if text is None:
        return ""
    out = unicodedata.normalize("NFC", str(text)).translate(_ETH)
    for pattern, long in _ABBREVIATIONS:
        out = pattern.sub(long, out)
    out = fold_tones(unicodedata.normalize("NFC", out))
    out = _DASHES.sub("-", out)
    out = _APOSTROPHES.sub("'", out)
    out = _AROUND_HYPHEN.sub(" - ", out)
    out = WS.sub(" ", out).strip(" ,.;:")
    return out.casefold()


def normalise_symbol(symbol: Any) -> str:
    """A document symbol without "số", dashes unified, spaces removed."""
    if not symbol:
        return ""
    out = unicodedata.normalize("NFC", str(symbol)).translate(_ETH)
    out = _SO_PREFIX.sub("", out)
    out = _DASHES.sub("-", out)
    return WS.sub("", out).casefold()


def _period(value: Any) -> tuple[int, int] | None:
    if not value:
        return None
    try:
        return int(value[0]), int(value[1])
    except (TypeError, ValueError, IndexError):
        return None


def _name_normaliser(province: str | None):
    """normalise_text, then the article's own province dropped from the end of a name."""
    tail = " " + normalise_text(province) if province else ""

    def normalise(text: Any) -> str:
        out = normalise_text(text)
        if tail and out.endswith(tail) and len(out) > len(tail):
            out = out[: -len(tail)].rstrip(" -")
        return out

    return normalise


def fact_tuples(facts: dict[str, Any], province: str | None) -> dict[str, set[tuple]]:
    """The tuples of one article's facts, read with ``province`` as the article's own."""
    name = _name_normaliser(province)
    out: dict[str, set[tuple]] = {s: set() for s in SETS}
    for agency in facts.get("agencies") or []:
        out["agency"].add((name(agency.get("name")), (agency.get("sector") or "").lower()))
    for doc in facts.get("documents") or []:
        symbol = normalise_symbol(doc.get("symbol"))
        if not symbol:
            continue
        period = _period(doc.get("period"))
        out["document"].add((symbol,))
        out["document_detail"].add((symbol, name(doc.get("kind")), doc.get("issued") or "", period))
        out["cooperation"].update(_pairs(doc.get("parties"), name, period))
    for signing in facts.get("signings") or []:
        period = _period(signing.get("period"))
        parties = tuple(sorted({name(p) for p in signing.get("parties") or []}))
        out["signing"].add((parties, signing.get("date") or "", period))
        out["cooperation"].update(_pairs(signing.get("parties"), name, period))
    for person in facts.get("persons") or []:
        who = name(person.get("name"))
        out["person"].add((who,))
        out["position"].update((who, name(p)) for p in person.get("positions") or [])
    return out


def _pairs(parties: Iterable[str] | None, name, period) -> set[tuple]:
    names = sorted({name(p) for p in parties or []})
    return {(a, b, period) for a, b in combinations(names, 2)}


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Error:
    article: str
    set: str
    kind: str  # "missed" or "spurious"
    item: tuple


@dataclass
class Report:
    sets: dict[str, SetScore] = field(default_factory=lambda: {s: SetScore() for s in SETS})
    errors: list[Error] = field(default_factory=list)
    articles: int = 0
    predicted: int = 0

    @property
    def micro(self) -> SetScore:
        return SetScore(
            sum(s.tp for s in self.sets.values()),
            sum(s.fp for s in self.sets.values()),
            sum(s.fn for s in self.sets.values()),
        )

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: s.as_dict() for name, s in self.sets.items()}
        out["micro"] = self.micro.as_dict()
        out["articles"] = self.articles
        out["predicted"] = self.predicted
        return out

    def table(self) -> str:
        lines = [f"{'set':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, s in self.sets.items():
            lines.append(f"{name:16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
        lines.append(f"articles={self.articles} predicted={self.predicted}")
        lines.append(f"micro_f1={self.micro.f1:.3f}")
        return "\n".join(lines)


def score(gold: dict[str, dict], predicted: dict[str, dict]) -> Report:
    """Compare gold and predicted facts, both keyed by article id.

    Articles without a prediction count as empty predictions; predictions for
    articles without gold are ignored.  Both sides are read with the gold's
    province, so neither gains by writing it differently.
    """
    report = Report(articles=len(gold), predicted=sum(1 for aid in gold if aid in predicted))
    for aid in sorted(gold):
        province = gold[aid].get("province")
        g = fact_tuples(gold[aid], province)
        p = fact_tuples(predicted.get(aid, {}), province)
        for name in SETS:
            s = report.sets[name]
            s.tp += len(g[name] & p[name])
            s.fp += len(p[name] - g[name])
            s.fn += len(g[name] - p[name])
            report.errors += [Error(aid, name, "missed", t) for t in sorted(g[name] - p[name], key=repr)]
            report.errors += [Error(aid, name, "spurious", t) for t in sorted(p[name] - g[name], key=repr)]
    return report


def read_facts(path: Path) -> dict[str, dict]:
    """Facts keyed by article id, from a folder of ``*.json`` / ``*.jsonl`` files or one JSON Lines file."""
    files = sorted(path.glob("*.json")) + sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    out: dict[str, dict] = {}
    for f in files:
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".json" and path.is_dir():
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{f}: not JSON ({exc.msg}, line {exc.lineno})") from None
            out[str(obj.get("id") or f.stem)] = obj
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{f}: line {number}: not JSON ({exc.msg})") from None
                out[str(obj["id"])] = obj
    return out


def score_paths(gold: Path, predicted: Path) -> Report:
    """Score the facts under ``predicted`` against the gold files under ``gold``."""
    gold_facts = read_facts(gold)
    if not gold_facts:
        raise ValueError(f"{gold}: no gold facts")
    return score(gold_facts, read_facts(predicted) if predicted.exists() else {})
