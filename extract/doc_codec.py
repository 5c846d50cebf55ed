"""msgpack serialisation of the objects the phoihop components keep on a spaCy ``Doc``.

spaCy serialises ``doc.user_data`` (where extension values live) with srsly's msgpack, for
``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(..., n_process=N)``; msgpack knows only plain data.
The components keep dataclasses there (the mention store, the article metadata, the facts), so
they are registered here as msgpack encoders/decoders: each instance is written as its class's
name and its fields, and read back into the same class.  Only the classes listed below are ever
built from bytes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import srsly

_CLASS = "__phoihop__"  # marks a dataclass instance: {_CLASS: name, "fields": {...}}
# Mark tuples and lists inside the dataclasses: msgpack reads both back as lists, or as tuples
# (DocBin reads user data with ``use_list=False``), and the components rely on which is which.
_TUPLE = "__phoihop_tuple__"
_LIST = "__phoihop_list__"


def _classes() -> dict[str, type]:
    """The dataclasses a Doc may carry, by name (imported late: this module loads with them)."""
    from phoihop.extract.agencies import AgencyMention
    from phoihop.extract.assemble import Mentions, Meta
    from phoihop.extract.dates import DateMention, PeriodMention
    from phoihop.extract.documents import DocMention
    from phoihop.extract.normalize import NormText
    from phoihop.extract.persons import PersonMention
    from phoihop.facts import Agency, ArticleFacts, Document, Evidence, Person, Signing

    classes = (
        Mentions,
        Meta,
        NormText,
        DocMention,
        DateMention,
        PeriodMention,
        AgencyMention,
        PersonMention,
        ArticleFacts,
        Agency,
        Document,
        Signing,
        Person,
        Evidence,
    )
    return {cls.__name__: cls for cls in classes}


_BY_NAME: dict[str, type] = {}
_BY_TYPE: dict[type, str] = {}


def _registry() -> tuple[dict[str, type], dict[type, str]]:
    if not _BY_NAME:
        _BY_NAME.update(_classes())
        _BY_TYPE.update({cls: name for name, cls in _BY_NAME.items()})
    return _BY_NAME, _BY_TYPE


def _plain(value: Any) -> Any:
    """``value`` with its tuples and lists marked, so that they come back as they were (dataclasses
    are left to the packer, which calls the encoder on each)."""
    if isinstance(value, tuple):
        return {_TUPLE: [_plain(x) for x in value]}
    if isinstance(value, list):
        return {_LIST: [_plain(x) for x in value]}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def encode(obj: Any, chain: Callable | None = None) -> Any:
    """msgpack encoder: a registered dataclass as a marked dict, anything else down the chain."""
    _, by_type = _registry()
    name = by_type.get(type(obj))
    if name is None:
        return chain(obj) if chain is not None else obj
    fields = {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return {_CLASS: name, "fields": fields}


def decode(obj: Any, chain: Callable | None = None) -> Any:
    """msgpack decoder: the marked dicts back into tuples and dataclass instances (inner first)."""
    if isinstance(obj, dict):
        if len(obj) == 1 and _TUPLE in obj:
            return tuple(obj[_TUPLE])
        if len(obj) == 1 and _LIST in obj:
            return list(obj[_LIST])
        if _CLASS in obj and "fields" in obj:
            by_name, _ = _registry()
            cls = by_name.get(obj[_CLASS])
            if cls is not None:
                # Restore the stored state as it was, without running __init__ (frozen classes too).
                instance: Any = object.__new__(cls)
                for key, value in obj["fields"].items():
                    object.__setattr__(instance, key, value)
                return instance
    return chain(obj) if chain is not None else obj


def register() -> None:
    """Register the encoder and decoder with srsly (idempotent)."""
    if "phoihop" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("phoihop", func=encode)
    if "phoihop" not in srsly.msgpack_decoders.get_all():
        srsly.msgpack_decoders.register("phoihop", func=decode)
