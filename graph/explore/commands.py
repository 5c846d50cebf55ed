"""``phoihop network`` (export the cooperation network) and ``phoihop viz`` (an offline HTML map)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SECTOR_CHOICES = ("party", "state", "military", "police", "front")
DEFAULT_MAX_NODES = 2500  # keep equal to phoihop.graph.explore.viz.DEFAULT_MAX_NODES (not imported: --help stays quick)


def _sectors(values: list[str] | None) -> list[str] | None:
    """--sector may repeat and may hold comma-separated names."""
    if not values:
        return None
    out = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            if name not in SECTOR_CHOICES:
                raise ValueError(f"unknown sector {name!r} (one of {', '.join(SECTOR_CHOICES)})")
            out.append(name)
    return out or None


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        required=True,
        metavar="DIR",
        help="the graph store (a directory built by `phoihop build`, or a SPARQL endpoint URL)",
    )
    parser.add_argument(
        "--province",
        metavar="NAME",
        help="only programmes with a party from this province (name like 'Bến Tre' or slug 'ben-tre')",
    )
    parser.add_argument(
        "--year", metavar="YEAR[-YEAR]", help="only programmes in force in that year or period (e.g. 2021 or 2021-2025)"
    )
    parser.add_argument(
        "--sector",
        action="append",
        metavar="SECTOR",
        help="keep agencies of these sectors (repeat or comma-separate: party,police)",
    )


def _project(args: argparse.Namespace, bipartite: bool = False, include_isolated: bool = False):
    from phoihop.graph.explore.network import parse_years, project
    from phoihop.graph.store import open_store

    years = parse_years(args.year)
    sectors = _sectors(args.sector)
    store = open_store(args.store, read_only=True)
    try:
        return project(
            store,
            province=args.province,
            years=years,
            sectors=sectors,
            bipartite=bipartite,
            include_isolated=include_isolated,
        )
    finally:
        store.close()


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
    return suffix if suffix in ("graphml", "gexf", "json") else "graphml"


def run_network(args: argparse.Namespace) -> int:
    from phoihop.fileio import write_text_atomic
    from phoihop.graph.explore.network import network_to_text
    from phoihop.graph.store import StoreError

    try:
        graph = _project(args, bipartite=args.bipartite, include_isolated=args.all_agencies)
    except StoreError as exc:  # the same status as every command: 3, the store could not be opened
        print(f"phoihop network: error: {exc}", file=sys.stderr)
        return 3
    except (ValueError, FileNotFoundError) as exc:
        print(f"phoihop network: error: {exc}", file=sys.stderr)
        return 2
    fmt = _format_for(args)
    text = network_to_text(graph, fmt)
    if args.output:
        write_text_atomic(Path(args.output), text)
        print(
            f"phoihop network: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
            f"({graph.graph.get('view')}; {graph.graph.get('filter')}) -> {args.output} ({fmt})",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(text)
    return 0


def run_viz(args: argparse.Namespace) -> int:
    from phoihop.graph.explore.viz import write_map
    from phoihop.graph.store import StoreError

    try:
        graph = _project(args)
    except StoreError as exc:  # the same status as every command: 3, the store could not be opened
        print(f"phoihop viz: error: {exc}", file=sys.stderr)
        return 3
    except (ValueError, FileNotFoundError) as exc:
        print(f"phoihop viz: error: {exc}", file=sys.stderr)
        return 2
    page = write_map(
        graph,
        Path(args.output),
        max_nodes=args.max_nodes,
        large=args.large,
        layout=args.layout,
        **({"title": args.title} if args.title else {}),
    )
    shown = f"{page.nodes} nodes, {page.edges} edges"
    if page.reduced:
        shown += f" (reduced by '{page.reduced}' from {page.source_nodes} agencies, {page.source_edges} ties)"
    print(f"phoihop viz: {shown} -> {args.output}", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``network`` and ``viz`` subcommands."""
    net = subparsers.add_parser(
        "network",
        help="export the cooperation network (GraphML/GEXF for Gephi, or JSON)",
        description="Project the graph store onto a network of agencies linked by the cooperation "
        "programmes they share (edge weight = number of programmes) and write it out.",
    )
    _add_filters(net)
    net.add_argument(
        "--format",
        choices=("graphml", "gexf", "json"),
        help="output format (default: from the -o suffix, else graphml)",
    )
    net.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    net.add_argument(
        "--bipartite",
        action="store_true",
        help="agencies and programmes as two kinds of node, linked when an agency is a party",
    )
    net.add_argument(
        "--all-agencies", action="store_true", help="also include agencies with no cooperation (isolated nodes)"
    )
    net.set_defaults(func=run_network)

    viz = subparsers.add_parser(
        "viz",
        help="write an interactive offline HTML map of cooperation",
        description="Write one self-contained HTML page (vis-network, no internet needed) showing agencies "
        "coloured by sector and sized by partners, linked by their programmes.",
    )
    _add_filters(viz)
    viz.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    viz.add_argument(
        "--max-nodes",
        type=int,
        default=DEFAULT_MAX_NODES,
        metavar="N",
        help=f"above N agencies, reduce the map (default {DEFAULT_MAX_NODES})",
    )
    viz.add_argument(
        "--large",
        choices=("aggregate", "top"),
        default="aggregate",
        help="how to reduce a large map: group by province and sector, or keep the top N agencies",
    )
    viz.add_argument("--title", help="the page title")
    viz.add_argument(
        "--layout",
        choices=("force", "geo"),
        default="force",
        help="the layout the page opens in: force-directed, or geographic (bodies at their province on "
        "an outline of Vietnam); a button on the page switches (default: force)",
    )
    viz.set_defaults(func=run_viz)
