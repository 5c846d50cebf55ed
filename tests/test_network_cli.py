"""``phoihop network`` and ``phoihop viz`` on a store built from facts by the real store API."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from phoihop.cli import main
from phoihop.facts import read_facts

FACTS = Path(__file__).resolve().parent / "fixtures" / "network_facts.jsonl"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from phoihop.graph.store import open_store

    path = tmp_path_factory.mktemp("store") / "store"
    store = open_store(path)
    try:
        store.replace_articles(read_facts(FACTS))
    finally:
        store.close()
    return path


def labels_of(graph):
    return sorted(d["label"] for _, d in graph.nodes(data=True))


def test_network_graphml_for_gephi(store_dir, tmp_path, capsys):
    out = tmp_path / "net.graphml"
    assert main(["network", "--store", str(store_dir), "-o", str(out)]) == 0
    assert "7 nodes, 6 edges" in capsys.readouterr().err
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == 7 and graph.number_of_edges() == 6
    heavy = [d for *_, d in graph.edges(data=True) if d["weight"] == 2]
    assert len(heavy) == 1  # Bến Tre's Ban Dân vận and Công an: the 2015 plan and the 2021 signing
    programmes = json.loads(heavy[0]["programmes"])
    assert {p["symbol"] for p in programmes} == {"91-KH/BDVTU-CAT", None}
    assert {tuple(p["period"]) for p in programmes} == {(2015, 2020), (2021, 2025)}
    assert any("<script>" in (p["sentence"] or "") for p in programmes)


def test_network_filters_and_formats(store_dir, tmp_path, capsys):
    assert main(["network", "--store", str(store_dir), "--format", "json", "--year", "2019"]) == 0
    data = json.loads(capsys.readouterr().out)
    # in 2019: Bến Tre's 2015-2020 plan and Hà Nam's regulation signed that year
    assert len(data["nodes"]) == 5 and len(data["links"]) == 4
    assert (
        main(
            [
                "network",
                "--store",
                str(store_dir),
                "--format",
                "json",
                "--province",
                "Hà Nam",
                "--sector",
                "state,police",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [n["sector"] for n in data["nodes"]].count("front") == 0 and len(data["links"]) == 1
    out = tmp_path / "bi.gexf"
    assert main(["network", "--store", str(store_dir), "--bipartite", "-o", str(out)]) == 0
    graph = nx.read_gexf(out)
    kinds = sorted(d["node_type"] for _, d in graph.nodes(data=True))
    # programmes: the plan, three 2021 signings, the regulation
    assert kinds.count("programme") == 5 and kinds.count("agency") == 7


def test_network_reports_bad_input(store_dir, tmp_path, capsys):
    assert main(["network", "--store", str(tmp_path / "missing"), "-o", str(tmp_path / "x.graphml")]) == 3
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "x.graphml").exists()
    assert main(["network", "--store", str(store_dir), "--year", "twenty"]) == 2
    assert "not a year" in capsys.readouterr().err
    assert main(["network", "--store", str(store_dir), "--sector", "army"]) == 2
    assert "unknown sector" in capsys.readouterr().err


def test_viz_writes_an_offline_escaped_page(store_dir, tmp_path, capsys):
    out = tmp_path / "map.html"
    assert main(["viz", "--store", str(store_dir), "-o", str(out)]) == 0
    assert "7 nodes, 6 edges" in capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "<script>window.phoihopInjected" not in html and "<em>2021" not in html
    assert "\\u003cscript\\u003ewindow.phoihopInjected = 1" in html


def test_viz_reduces_a_map_above_the_threshold(store_dir, tmp_path, capsys):
    out = tmp_path / "top.html"
    assert main(["viz", "--store", str(store_dir), "-o", str(out), "--max-nodes", "3", "--large", "top"]) == 0
    assert "reduced by 'top' from 7 agencies" in capsys.readouterr().err
    assert "only the 3 agencies with most programme links" in out.read_text(encoding="utf-8")


def test_commands_run_as_a_program(store_dir, tmp_path):
    out = tmp_path / "net.graphml"
    done = subprocess.run(
        [sys.executable, "-m", "phoihop", "network", "--store", str(store_dir), "--year", "2021-2025", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert nx.read_graphml(out).number_of_edges() == 3
