"""Shared pieces of the scale-out tests (Virtuoso store, sharding, resume, Dask).

The Virtuoso tests use the server named by ``PHOIHOP_VIRTUOSO``
(``virtuoso+http://127.0.0.1:8890``), as started by ``scripts/virtuoso.sh
start DIR`` (whose output, eval'ed, also sets the account variables
``PHOIHOP_STORE_USER``/``PHOIHOP_STORE_PASSWORD``). They skip with the reason
when it is not set. Each test empties the server's phoihop graphs first.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "corpus" / "dev" / "gold"
BENCHMARKS = ROOT / "benchmarks"


def benchmark_module(name: str):
    """``benchmarks/<name>.py`` as a module (the benchmarks are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"phoihop_test_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def synthetic_facts(n: int, seed: int = 1) -> list:
    """``n`` ArticleFacts from benchmarks/synthetic_facts.py."""
    return list(benchmark_module("synthetic_facts").synthetic_facts(n, seed))


def corpus_module():
    """benchmarks/synthetic_corpus.py as a module."""
    return benchmark_module("synthetic_corpus")


def write_corpus(n: int, out: Path, seed: int = 1) -> Path:
    return corpus_module().write_corpus(n, out, seed)


def virtuoso_spec() -> str:
    """The test server's store spec, or skip the test saying how to get one."""
    spec = os.environ.get("PHOIHOP_VIRTUOSO")
    if not spec:
        pytest.skip(
            "PHOIHOP_VIRTUOSO is not set: start a test server with "
            "'eval \"$(scripts/virtuoso.sh start DIR)\"' (needs apt package virtuoso-opensource)"
        )
    if not (os.environ.get("PHOIHOP_STORE_USER") and os.environ.get("PHOIHOP_STORE_PASSWORD")):
        pytest.skip(
            "PHOIHOP_VIRTUOSO is set but PHOIHOP_STORE_USER/PHOIHOP_STORE_PASSWORD are not "
            "(scripts/virtuoso.sh start prints them)"
        )
    return spec


def empty_virtuoso():
    """A writable VirtuosoStore on the test server with no phoihop graphs left."""
    from phoihop.graph.store import open_store

    store = open_store(virtuoso_spec())
    store.drop_all()
    return store
