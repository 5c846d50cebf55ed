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


# The geographic layout: an equirectangular projection of longitude/latitude to canvas pixels.
GEO_SCALE = 110.0  # pixels per degree
GEO_ORIGIN = (106.0, 16.0)  # (longitude, latitude) at the canvas origin
CENTRAL_ANCHOR = (113.5, 20.5)  # where central bodies (no province) sit: a block in the East Sea, labelled
_GOLDEN_ANGLE = 2.399963229728653


def geo_xy(lon: float, lat: float) -> tuple[float, float]:
    """Canvas coordinates of a point (y grows southwards)."""
    return (round((lon - GEO_ORIGIN[0]) * GEO_SCALE, 1), round((GEO_ORIGIN[1] - lat) * GEO_SCALE, 1))


def _anchor(attrs: dict[str, Any]) -> tuple[float, float]:
    """The (lon, lat) a node sits at in the geographic layout: its province's point, else the central block."""
    from phoihop.graph import succession

    slug = str(attrs.get("province_iri") or "").rsplit("/", 1)[-1] or None
    p = succession.gazetteer_province(slug, attrs.get("province"))
    return (p.lon, p.lat) if p else CENTRAL_ANCHOR


def geo_positions(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Each node at its province's point, the bodies of one province on a sunflower spiral around it (best
    connected in the middle), central bodies in a block east of the coast. Deterministic."""
    import math

    by_anchor: dict[tuple[float, float], list] = {}
    for node, attrs in graph.nodes(data=True):
        by_anchor.setdefault(_anchor(attrs), []).append(node)
    out = {}
    for (lon, lat), members in by_anchor.items():
        cx, cy = geo_xy(lon, lat)
        members.sort(key=lambda n: (-graph.degree(n, weight="weight"), str(graph.nodes[n].get("label", n)), str(n)))
        for k, node in enumerate(members):
            r = 11.0 * math.sqrt(k)
            out[node] = (round(cx + r * math.cos(k * _GOLDEN_ANGLE), 1), round(cy + r * math.sin(k * _GOLDEN_ANGLE), 1))
    return out


def province_outlines() -> dict[str, Any]:
    """The bundled outline of Vietnam's provinces (``assets/vietnam-provinces.json``, generated offline by
    ``scripts/gen_gazetteer.py``), projected to canvas coordinates: ``{"legacy": [ring...], "2025": [ring...]}``."""
    import json

    data = json.loads((ASSETS / "vietnam-provinces.json").read_text(encoding="utf-8"))
    return {
        era: [[list(geo_xy(x, y)) for x, y in ring] for rings in data[era].values() for ring in rings]
        for era in ("legacy", "2025")
    }


def _province_name(attrs: dict[str, Any]) -> str:
    """A province's name as shown: the merged province of 1 July 2025 says so ("Gia Lai, từ 7/2025")."""
    name = str(attrs.get("province") or "")
    if name and str(attrs.get("province_iri") or "").endswith("-2025"):
        name += ", từ 7/2025"
    return name


def _agency_view(graph: nx.Graph) -> tuple[list[dict], list[dict]]:
    """vis nodes and edges for agencies: colour by sector, size by degree, label edges by programmes."""
    ids = {node: f"n{i}" for i, node in enumerate(graph.nodes)}
    # The same name in two provinces ("Công an tỉnh") gets its province added on the map.
    name_count = Counter(str(attrs.get("label") or node) for node, attrs in graph.nodes(data=True))
    shown_label = {}
    for node, attrs in graph.nodes(data=True):
        label = str(attrs.get("label") or node)
        if name_count[label] > 1 and attrs.get("province"):
            label = f"{label} ({_province_name(attrs)})"
        shown_label[node] = label
    positions = geo_positions(graph)
    nodes, edges = [], []
    for node, attrs in graph.nodes(data=True):
        label = shown_label[node]
        sector = attrs.get("sector") or ""
        partners = graph.degree(node)
        links = int(graph.degree(node, weight="weight"))
        lines = [f"Khối: {SECTOR_NAMES.get(sector, sector)}"]
        if attrs.get("province"):
            lines.append(f"Tỉnh: {_province_name(attrs)}")
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
                "geo": {"x": positions[node][0], "y": positions[node][1]},
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


LABEL_FONT_PX = 15


def _label_boxes(vis_nodes: list[dict[str, Any]]) -> dict[Any, tuple[float, float, float, float]]:
    """Each node's dot and label as vis draws them (the label under the dot), as
    ``(left, top, right, bottom)`` around the node's position, in canvas units."""
    values = [float(node.get("value") or 1) for node in vis_nodes]
    low, high = min(values), max(values)
    boxes = {}
    for node, value in zip(vis_nodes, values, strict=False):
        # nodes.scaling {min 8, max 40}: the dot's radius grows linearly with its value
        radius = 8 + (32 * (value - low) / (high - low) if high > low else 16)
        lines = str(node.get("label") or "").split("\n")
        half = max(max(len(line) for line in lines) * LABEL_FONT_PX * 0.3 + 6, radius)
        boxes[node["id"]] = (-half, -radius - 4, half, radius + 6 + LABEL_FONT_PX * 1.3 * len(lines))
    return boxes


def layout_positions(vis_nodes: list[dict[str, Any]], vis_edges: list[dict[str, Any]]) -> dict[Any, tuple[int, int]]:
    """Positions for the map, computed here so the page draws at once (no layout running in the browser,
    which a screenshot taken at load time caught as an empty canvas).

    Each connected component gets a seeded spring layout sized to its labels,
    its label boxes are pushed apart until none overlap, and the components
    are packed in rows about as wide as a screen, largest first, so that the
    fitted view keeps the labels readable.
    """
    import math

    import networkx as nx

    if not vis_nodes:
        return {}
    graph = nx.Graph()
    graph.add_nodes_from(node["id"] for node in vis_nodes)
    for edge in vis_edges:
        graph.add_edge(edge["from"], edge["to"], weight=float(edge.get("value") or 1))
    boxes = _label_boxes(vis_nodes)
    order = {node["id"]: i for i, node in enumerate(vis_nodes)}
    components = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(graph)), key=lambda c: (-len(c), order[c[0]])
    )
    placed: list[tuple[dict[Any, list[float]], tuple[float, float, float, float]]] = []
    for component in components:
        # A copy in the page's node order: a subgraph view iterates a small component in the order of a
        # set of node ids, which the hash seed changes from run to run, and the seeded layout follows the
        # node order (the same store gave a differently laid out map each time).
        sub = nx.Graph()
        sub.add_nodes_from(component)
        sub.add_edges_from(graph.subgraph(component).edges(data=True))
        if len(component) == 1:
            pos = {component[0]: [0.0, 0.0]}
        else:
            raw = nx.spring_layout(sub, seed=7, iterations=100, weight="weight")
            scale = 70 * math.sqrt(len(component))
            pos = {key: [float(x) * scale, float(y) * scale] for key, (x, y) in raw.items()}
        _separate_labels(pos, boxes)
        left = min(x + boxes[k][0] for k, (x, _) in pos.items())
        right = max(x + boxes[k][2] for k, (x, _) in pos.items())
        top = min(y + boxes[k][1] for k, (_, y) in pos.items())
        bottom = max(y + boxes[k][3] for k, (_, y) in pos.items())
        placed.append((pos, (left, top, right, bottom)))
    area = sum((right - left) * (bottom - top) for _, (left, top, right, bottom) in placed)
    row_width = max(900.0, math.sqrt(area) * 1.6, max(right - left for _, (left, _t, right, _b) in placed))
    gap = 30.0
    result: dict[Any, tuple[int, int]] = {}
    x0 = y0 = row_height = 0.0
    for pos, (left, top, right, bottom) in placed:
        width, height = right - left, bottom - top
        if x0 > 0 and x0 + width > row_width:
            x0, y0, row_height = 0.0, y0 + row_height + gap, 0.0
        for key, (x, y) in pos.items():
            result[key] = (round(x - left + x0), round(y - top + y0))
        x0 += width + gap
        row_height = max(row_height, height)
    return result


def labels_overlap(
    pos: dict[Any, Any], boxes: dict[Any, tuple[float, float, float, float]], a, b, margin: float = 0.0
) -> tuple[float, float, float, float]:
    """How far the boxes of ``a`` and ``b`` overlap: ``(over_x, over_y, dx, dy)`` (overlap when both > 0)."""
    (la, ta, ra, ba), (lb, tb, rb, bb) = boxes[a], boxes[b]
    ax, ay = pos[a][0], pos[a][1]
    bx, by = pos[b][0], pos[b][1]
    over_x = min(ax + ra, bx + rb) - max(ax + la, bx + lb) + margin
    over_y = min(ay + ba, by + bb) - max(ay + ta, by + tb) + margin
    return over_x, over_y, (bx + (lb + rb) / 2) - (ax + (la + ra) / 2), (by + (tb + bb) / 2) - (ay + (ta + ba) / 2)


def _separate_labels(pos: dict[Any, list[float]], boxes: dict[Any, tuple[float, float, float, float]]) -> None:
    """Push nodes apart until no two label boxes overlap (each pair the shorter way, half each)."""
    keys = list(pos)
    for _sweep in range(300):
        moved = False
        for i, a in enumerate(keys):
            pa = pos[a]
            for b in keys[i + 1 :]:
                pb = pos[b]
                over_x, over_y, dx, dy = labels_overlap(pos, boxes, a, b, margin=4)
                if over_x <= 0 or over_y <= 0:
                    continue
                moved = True
                if over_y <= over_x:  # labels are wide: usually up or down
                    step = (over_y / 2 + 1) * (1 if dy > 0 or (dy == 0 and i % 2 == 0) else -1)
                    pa[1] -= step
                    pb[1] += step
                else:
                    step = (over_x / 2 + 1) * (1 if dx > 0 or (dx == 0 and i % 2 == 0) else -1)
                    pa[0] -= step
                    pb[0] += step
        if not moved:
            break


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
        "layout": {"improvedLayout": False, "randomSeed": 7},
        # The positions come with the nodes (layout_positions): the page draws its first frame
        # laid out, and dragging a node moves that node only.
        "physics": {"enabled": False},
    }


def build_map(
    graph: nx.Graph,
    title: str = "Bản đồ phối hợp — cooperation map",
    max_nodes: int = DEFAULT_MAX_NODES,
    large: str = "aggregate",
    layout: str = "force",
) -> MapPage:
    """Render ``graph`` (the agency view of :mod:`phoihop.graph.explore.network`) as one offline HTML page.

    ``layout``: the page opens in the force layout (``"force"``) or the
    geographic one (``"geo"``: bodies at their province on the bundled
    outline of Vietnam); a button switches between them.

    ``max_nodes``: above this many agencies the map is reduced, by
    ``large="aggregate"`` (province × sector groups) or ``large="top"``
    (the ``max_nodes`` best-connected agencies); the page says which.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup
    from pyvis.network import Network

    if layout not in ("force", "geo"):
        raise ValueError(f"unknown layout {layout!r} (force or geo)")
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
    positions = layout_positions(vis_nodes, vis_edges)
    for node in vis_nodes:
        node["x"], node["y"] = positions[node["id"]]

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
        layout=layout,
        geo={"outlines": province_outlines(), "central": list(geo_xy(*CENTRAL_ANCHOR))},
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
