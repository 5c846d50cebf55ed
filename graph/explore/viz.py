"""An interactive, offline HTML map of the cooperation network (pyvis / vis-network).

The page is self-contained: vis-network's script and stylesheet are inlined
from the pyvis package and the page template (``assets/map.html.j2``) links
nothing else, so opening it makes no request that leaves the machine.
pyvis's own template links Bootstrap from a CDN even with
``cdn_resources="in_line"``; we build the nodes and edges with pyvis and
render them into our own template instead.

Article text (names, titles, sentences) reaches the page only as JSON inside
a script, escaped by Jinja's ``tojson``, and is put into the DOM with
``textContent``: markup in an article is shown as text, never run.

Large networks: above ``max_nodes`` agencies the map either aggregates the
agencies by province and sector (``large="aggregate"``, the default) or
keeps the ``max_nodes`` agencies with most programme links
(``large="top"``), and says so on the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # networkx is imported where graphs are built, to keep `phoihop --help` quick
    import networkx as nx

ASSETS = Path(__file__).resolve().parent / "assets"
TEMPLATE = "map.html.j2"
DEFAULT_MAX_NODES = 2500
MAX_TOOLTIP_PROGRAMMES = 12

SECTOR_COLOURS = {
    "party": "#d7301f",
    "state": "#2b8cbe",
    "military": "#31a354",
    "police": "#fdae17",
    "front": "#8856a7",
    "": "#9e9e9e",
}
SECTOR_NAMES = {
    "party": "Đảng (party)",
    "state": "Nhà nước (state)",
    "military": "Quân đội (military)",
    "police": "Công an (police)",
    "front": "Mặt trận (front)",
    "": "không rõ (unknown)",
}

# src=/href= (or CSS url()/@import) pointing at another host, or protocol-relative.
_EXTERNAL_REF = re.compile(
    r"""(?:\b(?:src|href|action|poster)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import\s+["']?(?:url\()?\s*["']?(?:https?:)?//)""",
    re.IGNORECASE,
)


def external_references(html: str) -> list[str]:
    """Every place in ``html`` that would load something from another host (empty if none)."""
    return [html[max(0, m.start() - 20) : m.end() + 60] for m in _EXTERNAL_REF.finditer(html)]


@dataclass
class MapPage:
    """A rendered map: the HTML and what it shows."""

    html: str
    nodes: int
    edges: int
    source_nodes: int
    source_edges: int
    reduced: str | None  # None, "aggregate" or "top"
    notice: str | None


def _vis_assets() -> tuple[str, str]:
    """vis-network's minified script and stylesheet, read from the installed pyvis."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # A source-map comment would make an open devtools fetch a missing file.
    js = re.sub(r"//# sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*# sourceMappingURL=\S*\s*\*/", "", css)
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("vis-network assets cannot be inlined: they close their own tag")
    return js, css


def _programme_info(programmes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    keep = ("symbol", "kind", "period", "signed", "issued", "sentence", "url", "title", "article", "partners")
    shown = [{k: p.get(k) for k in keep} for p in programmes[:MAX_TOOLTIP_PROGRAMMES]]
    more = len(programmes) - len(shown)
    return shown, (f"… và {more} chương trình khác (and {more} more)" if more > 0 else None)


def _node_programmes(graph: nx.Graph, node: Any, shown_label: dict) -> list[dict[str, Any]]:
    """The programmes of ``node``'s edges, once each, with the partners it shares each one with."""
    by_id: dict[Any, dict[str, Any]] = {}  # the programme's id, else the identity of its dict
    for partner in graph[node]:
        for prog in graph[node][partner].get("programmes") or []:
            key = prog.get("id") or id(prog)
            entry = by_id.setdefault(key, dict(prog, partners=[]))
            entry["partners"].append(shown_label.get(partner, str(partner)))
    return sorted(
        by_id.values(),
        key=lambda p: (str(p.get("signed") or p.get("issued") or ""), str(p.get("symbol") or "")),
        reverse=True,
    )


def _agency_view(graph: nx.Graph) -> tuple[list[dict], list[dict]]:
    """vis nodes and edges for agencies: colour by sector, size by degree, label edges by programmes."""
    ids = {node: f"n{i}" for i, node in enumerate(graph.nodes)}
    # The same name in two provinces ("Công an tỉnh") gets its province added on the map.
    name_count = Counter(str(attrs.get("label") or node) for node, attrs in graph.nodes(data=True))
    shown_label = {}
    for node, attrs in graph.nodes(data=True):
        label = str(attrs.get("label") or node)
        if name_count[label] > 1 and attrs.get("province"):
            label = f"{label} ({attrs['province']})"
        shown_label[node] = label
    nodes, edges = [], []
    for node, attrs in graph.nodes(data=True):
        label = shown_label[node]
        sector = attrs.get("sector") or ""
        partners = graph.degree(node)
        links = int(graph.degree(node, weight="weight"))
        lines = [f"Khối: {SECTOR_NAMES.get(sector, sector)}"]
        if attrs.get("province"):
            lines.append(f"Tỉnh: {attrs['province']}")
        if attrs.get("level"):
            lines.append(f"Cấp: {attrs['level']}")
        lines.append(f"{partners} đối tác (partners), {links} liên kết chương trình (programme links)")
        shown, more = _programme_info(_node_programmes(graph, node, shown_label))
        nodes.append(
            {
                "id": ids[node],
                "label": label,
                "color": SECTOR_COLOURS.get(sector, SECTOR_COLOURS[""]),
                "value": max(partners, 1),
                "sector": sector,
                "info": {"heading": label, "lines": lines, "programmes": shown, "more": more},
            }
        )
    for a, b, attrs in graph.edges(data=True):
        programmes = list(attrs.get("programmes") or [])
        shown, more = _programme_info(programmes)
        weight = int(attrs.get("weight", len(programmes) or 1))
        la, lb = shown_label[a], shown_label[b]
        edges.append(
            {
                "from": ids[a],
                "to": ids[b],
                "value": weight,
                "label": str(weight),
                "info": {
                    "heading": f"{la} — {lb}",
                    "lines": [f"{weight} chương trình (programmes)"],
                    "programmes": shown,
                    "more": more,
                },
            }
        )
    return nodes, edges


def aggregate_by_province_sector(graph: nx.Graph) -> nx.Graph:
    """Collapse agencies into one node per (province, sector); edge weights add up.

    Each group node has ``label``, ``sector``, ``province``, ``members``
    (agency count), ``internal`` (programme links inside the group) and
    ``top_members`` (up to ten labels, most connected first). Programme
    lists are merged onto the group edges.
    """
    import networkx as nx

    group_of = {}
    agg = nx.Graph(view="aggregate", filter=graph.graph.get("filter", ""))
    for node, attrs in graph.nodes(data=True):
        province = attrs.get("province") or "toàn quốc"
        sector = attrs.get("sector") or ""
        key = f"{province}|{sector}"
        group_of[node] = key
        if key not in agg:
            agg.add_node(
                key,
                label=f"{province} · {SECTOR_NAMES.get(sector, sector).split(' (')[0]}",
                sector=sector,
                province=province,
                members=0,
                internal=0,
                _members=[],
            )
        agg.nodes[key]["members"] += 1
        agg.nodes[key]["_members"].append((-int(graph.degree(node, weight="weight")), str(attrs.get("label") or node)))
    for a, b, attrs in graph.edges(data=True):
        ga, gb = group_of[a], group_of[b]
        weight = int(attrs.get("weight", 1))
        if ga == gb:
            agg.nodes[ga]["internal"] += weight
            continue
        if agg.has_edge(ga, gb):
            agg[ga][gb]["weight"] += weight
            agg[ga][gb]["programmes"].extend(attrs.get("programmes") or [])
        else:
            agg.add_edge(ga, gb, weight=weight, programmes=list(attrs.get("programmes") or []))
    for _, attrs in agg.nodes(data=True):
        attrs["top_members"] = [label for _, label in sorted(attrs.pop("_members"))[:10]]
    return agg


def _aggregate_view(agg: nx.Graph) -> tuple[list[dict], list[dict]]:
    nodes, edges = _agency_view(agg)
    by_id = {f"n{i}": node for i, node in enumerate(agg.nodes)}
    for vis_node in nodes:
        attrs = agg.nodes[by_id[vis_node["id"]]]
        vis_node["value"] = max(attrs["members"], 1)
        vis_node["info"]["lines"] = [
            f"{attrs['members']} cơ quan (agencies), {attrs['internal']} liên kết nội bộ (links inside)",
            "Tiêu biểu (most connected): " + "; ".join(attrs["top_members"]),
        ]
    return nodes, edges


def top_agencies(graph: nx.Graph, limit: int) -> nx.Graph:
    """The subgraph of the ``limit`` agencies with most programme links (ties: by label)."""
    ranked = sorted(
        graph.nodes, key=lambda n: (-graph.degree(n, weight="weight"), str(graph.nodes[n].get("label", n)), str(n))
    )
    return graph.subgraph(ranked[:limit]).copy()


def _options(node_count: int) -> dict[str, Any]:
    """vis-network options: a quick Barnes–Hut layout that settles, then freezes."""
    return {
        "nodes": {
            "shape": "dot",
            "scaling": {"min": 8, "max": 40},
            "font": {"size": 15, "face": "Noto Sans, DejaVu Sans, Arial", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "color": {"inherit": False, "color": "#9aa5b1", "highlight": "#333"},
            "scaling": {"min": 1, "max": 8},
            "smooth": False,
            "font": {"size": 11, "align": "middle", "strokeWidth": 3},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "layout": {"improvedLayout": node_count <= 150, "randomSeed": 7},
        "physics": {
            "solver": "barnesHut",
            # Strong central gravity keeps the many small components close
            # together, so the fitted view is near enough to read the labels.
            "barnesHut": {
                "gravitationalConstant": -3500,
                "centralGravity": 0.8,
                "springLength": 110,
                "springConstant": 0.04,
                "avoidOverlap": 0.5,
            },
            "stabilization": {"enabled": True, "iterations": 400 if node_count <= 500 else 150, "updateInterval": 50},
        },
    }


def build_map(
    graph: nx.Graph,
    title: str = "Bản đồ phối hợp — cooperation map",
    max_nodes: int = DEFAULT_MAX_NODES,
    large: str = "aggregate",
) -> MapPage:
    """Render ``graph`` (the agency view of :mod:`phoihop.graph.explore.network`) as one offline HTML page.

    ``max_nodes``: above this many agencies the map is reduced, by
    ``large="aggregate"`` (province × sector groups) or ``large="top"``
    (the ``max_nodes`` best-connected agencies); the page says which.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup
    from pyvis.network import Network

    if large not in ("aggregate", "top"):
        raise ValueError(f"unknown reduction {large!r} (aggregate or top)")
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    reduced, notice, size_meaning = None, None, "number of partner agencies"
    shown = graph
    if n > max_nodes:
        reduced = large
        if large == "aggregate":
            shown = aggregate_by_province_sector(graph)
            groups = shown.number_of_nodes()
            if groups > max_nodes:  # still too many groups: keep the best-connected ones
                shown = top_agencies(shown, max_nodes)
            notice = (
                f"The network has {n} agencies and {m} ties, more than the map shows at once "
                f"({max_nodes}): agencies are grouped by province and sector "
                f"({groups} groups{'' if groups <= max_nodes else f', the {max_nodes} best connected shown'})."
                f" Filter by --province, --year or --sector, "
                f"or export it with `phoihop network` for Gephi, to see single agencies."
            )
            size_meaning = "number of agencies in the group"
        else:
            shown = top_agencies(graph, max_nodes)
            notice = (
                f"The network has {n} agencies and {m} ties: only the {max_nodes} agencies with "
                f"most programme links are shown ({shown.number_of_edges()} ties among them). "
                f"Filter by --province, --year or --sector, or export it with `phoihop network`."
            )
    vis_nodes, vis_edges = _aggregate_view(shown) if reduced == "aggregate" else _agency_view(shown)

    # pyvis assembles (and checks) the node and edge lists; the page template is ours.
    net = Network(height="100%", width="100%", cdn_resources="in_line", heading=title)
    for node in vis_nodes:
        net.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in vis_edges:
        net.add_edge(edge["from"], edge["to"], **{k: v for k, v in edge.items() if k not in ("from", "to")})
    net.options = _options(len(vis_nodes))
    nodes, edges, heading, _h, _w, _opts = net.get_network_data()

    sectors_present = sorted(
        {node.get("sector", "") for node in vis_nodes},
        key=lambda s: list(SECTOR_COLOURS).index(s) if s in SECTOR_COLOURS else 99,
    )
    legend = [
        {"name": SECTOR_NAMES.get(s, s), "colour": SECTOR_COLOURS.get(s, SECTOR_COLOURS[""])} for s in sectors_present
    ]
    js, css = _vis_assets()
    env = Environment(loader=FileSystemLoader(str(ASSETS)), autoescape=select_autoescape(["j2", "html"]))
    total_links = int(sum(w for _, _, w in graph.edges(data="weight", default=1)))
    stats = (
        f"{n} cơ quan (agencies), {m} quan hệ phối hợp (ties), {total_links} liên kết chương trình (programme links)"
    )
    html = env.get_template(TEMPLATE).render(
        title=heading,
        stats=stats,
        filter_text=graph.graph.get("filter") if graph.graph.get("filter") != "all" else None,
        notice=notice,
        legend=legend,
        size_meaning=size_meaning,
        header_px=110 if notice else 80,
        nodes=nodes,
        edges=edges,
        options=net.options,
        vis_js=Markup(js),
        vis_css=Markup(css),
    )
    leaks = external_references(html)
    if leaks:  # a guard against a future template or pyvis change
        raise RuntimeError(f"map page would load remote resources: {leaks[:3]}")
    return MapPage(html, len(vis_nodes), len(vis_edges), n, m, reduced, notice)


def write_map(graph: nx.Graph, path: Path, **kwargs: Any) -> MapPage:
    """Build the map of ``graph`` (see :func:`build_map`) and write it atomically to ``path``."""
    from phoihop.fileio import write_text_atomic

    page = build_map(graph, **kwargs)
    write_text_atomic(Path(path), page.html)
    return page


def iframe(html: str, height: int = 640) -> str:
    """``html`` wrapped in an ``<iframe srcdoc>`` for showing the map inline in a notebook."""
    from html import escape

    return (
        f'<iframe srcdoc="{escape(html, quote=True)}" style="width: 100%; height: {int(height)}px; '
        f'border: 1px solid #ddd;"></iframe>'
    )
