"""The facts contract: what ``extract`` writes and ``graph`` reads.

One JSON object per article, in the format of ``shared/spec/facts-format.md``
(``id``, ``province``, ``published``, ``agencies``, ``documents``,
``signings``, ``persons``) plus keys the scorer ignores:

- ``title`` and ``url`` of the article (either may be null);
- ``evidence`` on every fact: a list of spans
  ``{"article": id, "sentence": text, "start": int, "end": int}`` where
  ``start``/``end`` are character offsets (Python ``str`` indices) of the
  sentence in the article's original text, so ``text[start:end] == sentence``.

The dataclasses below are the typed view of that JSON; ``from_dict`` accepts
files without the extra keys (the hand-made gold files have none).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SECTORS = ("party", "state", "military", "police", "front")


@dataclass(frozen=True)
class Evidence:
    article: str
    sentence: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: dict[str, Any], article: str = "") -> Evidence:
        return cls(
            str(d.get("article") or article),
            str(d.get("sentence") or ""),
            int(d.get("start") or 0),
            int(d.get("end") or 0),
        )


def _evidence(d: dict[str, Any], article: str) -> list[Evidence]:
    return [Evidence.from_dict(e, article) for e in d.get("evidence") or []]


def _period(value: Any) -> tuple[int, int] | None:
    if not value:
        return None
    return (int(value[0]), int(value[1]))


@dataclass
class Agency:
    name: str
    sector: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Document:
    symbol: str
    kind: str | None = None
    issued: str | None = None
    period: tuple[int, int] | None = None
    parties: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Signing:
    date: str | None = None
    period: tuple[int, int] | None = None
    document: str | None = None
    parties: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Person:
    name: str
    positions: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ArticleFacts:
    id: str
    province: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    agencies: list[Agency] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    signings: list[Signing] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleFacts:
        if not isinstance(d, dict) or not d.get("id"):
            raise ValueError("a facts object needs an 'id'")
        aid = str(d["id"])
        return cls(
            id=aid,
            province=d.get("province"),
            published=d.get("published"),
            title=d.get("title"),
            url=d.get("url") or d.get("source"),
            agencies=[Agency(a["name"], a.get("sector") or "", _evidence(a, aid)) for a in d.get("agencies") or []],
            documents=[
                Document(
                    x["symbol"],
                    x.get("kind"),
                    x.get("issued"),
                    _period(x.get("period")),
                    list(x.get("parties") or []),
                    _evidence(x, aid),
                )
                for x in d.get("documents") or []
                if x.get("symbol")
            ],
            signings=[
                Signing(
                    s.get("date"),
                    _period(s.get("period")),
                    s.get("document"),
                    list(s.get("parties") or []),
                    _evidence(s, aid),
                )
                for s in d.get("signings") or []
            ],
            persons=[
                Person(p["name"], list(p.get("positions") or []), _evidence(p, aid)) for p in d.get("persons") or []
            ],
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for doc in d["documents"]:
            doc["period"] = list(doc["period"]) if doc["period"] else None
        for s in d["signings"]:
            s["period"] = list(s["period"]) if s["period"] else None
        return d


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_characters(obj: Any, text: str) -> None:
    """Raise ``ValueError`` when a JSON escape left half a surrogate pair in ``obj``.

    Such a string is not Unicode text: it cannot be encoded as UTF-8, so a
    store (or a facts file) would fail on it half-way through a batch.
    """
    if not _SURROGATE_ESCAPE.search(text):  # the usual case: no escape that could leave one
        return
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            match = _SURROGATE.search(item)
            if match:
                raise ValueError(
                    f"a lone surrogate escape (\\u{ord(match.group()):04x}) in {item[:40]!r}…, which is not a character"
                )
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def read_facts(path: Path) -> Iterator[ArticleFacts]:
    """Yield the articles' facts in a ``.json`` file (one object, or a list) or a ``.jsonl`` file.

    Raises ``ValueError`` naming the file (and line) on malformed input.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                _check_characters(obj, line)
                yield ArticleFacts.from_dict(obj)
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{lineno}: not a facts object: {exc}") from exc
        return
    try:
        obj = json.loads(text)
        _check_characters(obj, text)
        objs = obj if isinstance(obj, list) else [obj]
        facts = [ArticleFacts.from_dict(o) for o in objs]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a facts file: {exc}") from exc
    yield from facts


def iter_facts_files(inputs: list[Path], unreadable: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Every ``.json``/``.jsonl`` file named in ``inputs`` or found below a folder there, sorted.

    A folder that cannot be read is not passed over in silence: it goes into ``unreadable`` as
    (folder, reason), so that the command can name it and say that its files were skipped.
    """
    for item in inputs:
        item = Path(item)
        if not item.is_dir():
            yield item
            continue
        found: list[Path] = []

        def note(exc: OSError, top: Path = item) -> None:
            if unreadable is not None:
                unreadable.append((Path(exc.filename or top), exc.strerror or str(exc)))

        for folder, _dirs, names in os.walk(item, onerror=note):
            found.extend(Path(folder, n) for n in names if n.endswith((".json", ".jsonl")))
        yield from sorted(found)
