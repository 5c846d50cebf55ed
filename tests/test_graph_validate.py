"""SHACL validation: the builder's output conforms; graphs broken on purpose are reported in words."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from _graph_helpers import fixture_facts, gold_dicts, run_cli

from phoihop.facts import ArticleFacts
from phoihop.graph.rdf_mapping import graph_iri
from phoihop.graph.store import open_store
from phoihop.graph.validate import validate_store

PH = "https://w3id.org/phoihop/ontology#"


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "store")
    s.replace_articles(fixture_facts())
    yield s
    s.close()


def test_fixtures_conform(store):
    report = validate_store(store)
    assert report.conforms, [v.describe() for v in report.errors]
    assert report.triples > 100


def test_dev_gold_conforms(tmp_path):
    with open_store(tmp_path / "gold") as s:
        s.replace_articles(ArticleFacts.from_dict(d) for d in gold_dicts())
        report = validate_store(s)
    assert report.conforms, [v.describe() for v in report.errors]


def test_broken_graph_is_reported_with_focus_path_and_message(store):
    g = ox.NamedNode(graph_iri("hanam-2022-03-01-dan-van-cong-an"))
    signing = ox.NamedNode("https://w3id.org/phoihop/id/signing/hanam-2022-03-01-dan-van-cong-an/1")
    period = ox.NamedNode("https://w3id.org/phoihop/id/period/2022-2026")
    raw = store.raw
    # a signing that signs nothing, and a period whose start is a string after its end
    for q in list(raw.quads_for_pattern(signing, ox.NamedNode(PH + "signed"), None, g)):
        raw.remove(q)
    raw.add(ox.Quad(period, ox.NamedNode(PH + "startYear"), ox.Literal("2030"), g))
    report = validate_store(store)
    assert not report.conforms
    lines = [v.describe() for v in report.errors]
    assert any(
        v.focus == f"<{signing.value}>"
        and v.path == f"<{PH}signed>"
        and "exactly one cooperation programme" in v.message
        for v in report.errors
    ), lines
    assert any(v.focus == f"<{period.value}>" and v.path == f"<{PH}startYear>" for v in report.errors), lines


def test_cli_validate_exits_1_and_prints_violations(tmp_path):
    path = tmp_path / "s"
    with open_store(path) as s:
        s.replace_articles(fixture_facts())
        s.raw.add(
            ox.Quad(
                ox.NamedNode("https://w3id.org/phoihop/id/agency/ha-nam/x"),
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode(PH + "Agency"),
                ox.NamedNode(graph_iri("hanam-2022-03-01-dan-van-cong-an")),
            )
        )
    done = run_cli("validate", "--store", path)
    assert done.returncode == 1
    assert "Violation: <https://w3id.org/phoihop/id/agency/ha-nam/x>" in done.stdout
    assert "skos/core#prefLabel" in done.stdout and "Vietnamese name" in done.stdout
    assert "violation(s)" in done.stderr and "Traceback" not in done.stderr
