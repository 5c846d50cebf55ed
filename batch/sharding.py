"""Splitting a corpus into N disjoint shards without a scheduler: ``--shard I/N``.

Any batch system can then run the N parts side by side, e.g. a Slurm job
array (``--array=0-7``)::

    phoihop extract corpus/ --facts facts/ --shard ${SLURM_ARRAY_TASK_ID}/8

Which shard an article belongs to is decided by a **stable hash of its
article id** (BLAKE2b of the UTF-8 id, first 8 bytes, modulo N), not of the
file it came from: a JSON Lines file of 50,000 articles is split as finely as
a folder of 50,000 files, and an article keeps its shard when files are
moved, renamed or re-bundled. The hash does not depend on the Python process
(unlike ``hash()``), so every machine computes the same split. Every article
falls in exactly one of the N shards, so the shards are disjoint and together
cover the corpus. Each shard still reads (but does not extract) every input
file, which is cheap next to the NLP pipeline.

Shard numbers run from 0 to N-1 (Slurm array indices usually start at 0;
``--shard 1/1`` would be out of range, not "the first of one").
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Shard:
    index: int
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def holds(self, article_id: str) -> bool:
        """Whether the article with this id belongs to this shard."""
        return shard_of(article_id, self.count) == self.index


def shard_of(article_id: str, count: int) -> int:
    """The shard (0..count-1) of an article id; the same on every machine and Python version."""
    if count < 1:
        raise ValueError("the number of shards must be at least 1")
    digest = hashlib.blake2b(str(article_id).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def parse_shard(text: str) -> Shard:
    """``"I/N"`` -> :class:`Shard`; raises ``ValueError`` with a message fit for a user."""
    index_text, slash, count_text = str(text).strip().partition("/")
    if not slash:
        raise ValueError(f"not a shard: {text!r} (expected I/N, e.g. 0/4)")
    try:
        index, count = int(index_text), int(count_text)
    except ValueError:
        raise ValueError(f"not a shard: {text!r} (I and N must be whole numbers, e.g. 0/4)") from None
    if count < 1:
        raise ValueError(f"not a shard: {text!r} (N must be at least 1)")
    if not 0 <= index < count:
        raise ValueError(f"not a shard: {text!r} (I runs from 0 to N-1 = {count - 1})")
    return Shard(index, count)


def shard_argument(text: str) -> Shard:
    """``argparse`` type for ``--shard``."""
    try:
        return parse_shard(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_shard_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--shard I/N`` to a subcommand (``extract``, ``build``)."""
    parser.add_argument(
        "--shard",
        type=shard_argument,
        default=None,
        metavar="I/N",
        help="work on shard I of N only (0 <= I < N); articles are split by a stable hash "
        "of their id, so N runs with I = 0..N-1 cover the corpus once (e.g. Slurm "
        "job arrays: --shard $SLURM_ARRAY_TASK_ID/N)",
    )


def select_shard(items: Iterable[T], shard: Shard | None, key=lambda item: item.article.id) -> Iterator[T]:
    """The items of ``shard`` (all of them when ``shard`` is ``None``); ``key`` gives an item's article id."""
    if shard is None:
        yield from items
        return
    for item in items:
        if shard.holds(key(item)):
            yield item
