"""Graph subcommands: ``load``, ``delete``, ``export``, ``query``, ``validate``.

Exit status (all of them): 0 done; 1 some input was bad (named on stderr)
or, for ``validate``, the graph has violations; 2 usage error; 3 the store
could not be opened (in use by another process, missing, damaged).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

STORE_HELP = "store folder (created when missing), or virtuoso+http://host:port"
EXISTING_STORE_HELP = "an existing store folder, or virtuoso+http://host:port"


def register(subparsers) -> None:
    fmt = argparse.RawDescriptionHelpFormatter

    p = subparsers.add_parser(
        "load",
        help="load facts files into a store",
        description="Load facts (.json / .jsonl files, or folders of them) into the "
        "store. Each article replaces its earlier graph; a bad file is "
        "reported and skipped, the rest is loaded.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=fmt,
    )
    p.add_argument("facts", nargs="+", metavar="FACTS", help="facts files or folders")
    p.add_argument("--store", required=True, help=STORE_HELP)
    p.add_argument(
        "--mode",
        choices=("bulk", "transactional"),
        default="bulk",
        help="bulk: Oxigraph's bulk loader with a crash journal (default, fastest); "
        "transactional: one transaction per article",
    )
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(func=run_load)

    p = subparsers.add_parser(
        "delete",
        help="remove articles' graphs from a store",
        description="Remove each named article's graph (its facts and evidence) and nothing else.",
    )
    p.add_argument("article_ids", nargs="+", metavar="ARTICLE_ID")
    p.add_argument("--store", required=True, help=EXISTING_STORE_HELP)
    p.set_defaults(func=run_delete)

    p = subparsers.add_parser(
        "export",
        help="write a store out as RDF",
        description="Write the whole store: trig / nquads / jsonld keep one named "
        "graph per article; turtle writes their union.",
    )
    p.add_argument("--store", required=True, help=EXISTING_STORE_HELP)
    p.add_argument("--format", choices=("trig", "nquads", "turtle", "jsonld"), default="trig")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="output file (default: standard output)")
    p.set_defaults(func=run_export)

    p = subparsers.add_parser(
        "query",
        help="run SPARQL or a research query on a store",
        description="Run a SPARQL query (text, --file, or a research query of the "
        "library by --name) against the union of the article graphs.",
        epilog="examples:\n  phoihop query --list\n"
        "  phoihop query --store st --name programmes-in-force --param year=2021\n"
        "  phoihop query --store st 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'",
        formatter_class=fmt,
    )
    p.add_argument("sparql", nargs="?", metavar="QUERY", help="SPARQL text")
    p.add_argument("--store", help=EXISTING_STORE_HELP)
    p.add_argument("--file", type=Path, metavar="F", help="read the SPARQL text from F")
    p.add_argument("--name", metavar="NAME", help="a research query of the library (see --list)")
    p.add_argument("--param", action="append", default=[], metavar="K=V", help="parameter of --name (repeatable)")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    p.add_argument("--list", action="store_true", help="list the research queries and their parameters")
    p.set_defaults(func=run_query)

    p = subparsers.add_parser(
        "validate",
        help="check a store against the SHACL shapes",
        description="Validate the store's union graph against ontology/shapes.ttl "
        "and report every violation (focus node, path, message).",
    )
    p.add_argument("--store", required=True, help=EXISTING_STORE_HELP)
    p.add_argument("--shapes", type=Path, help="other SHACL shapes file (default: the project's)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="report at most N violations (default 50)")
    p.set_defaults(func=run_validate)


# ---------------------------------------------------------------- helpers


def say(command: str, message: str) -> None:
    try:
        from tqdm import tqdm

        tqdm.write(f"phoihop {command}: {message}", file=sys.stderr)
    except ImportError:  # pragma: no cover
        print(f"phoihop {command}: {message}", file=sys.stderr)


def open_store_or_say(command: str, spec: str, read_only: bool = False, create: bool = True, **options):
    """Open the store or print why not; returns ``None`` on failure (the command then exits 3; also used by
    ``build``)."""
    from phoihop.graph.store import StoreError, is_remote_spec, open_store

    try:
        if options and not is_remote_spec(spec):
            from phoihop.graph.store.oxigraph import OxigraphStore

            return OxigraphStore(spec, read_only=read_only, **options)
        return open_store(spec, read_only=read_only, create=create)
    except StoreError as exc:
        say(command, f"error: {exc}")
        return None
    except ImportError as exc:
        say(command, f"error: this kind of store is not available here: {exc}")
        return None


def progress_bar(enabled: bool, total: int | None, desc: str):
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit="article",
        desc=desc,
        file=sys.stderr,
        dynamic_ncols=True,
        disable=not (enabled and sys.stderr.isatty()),
    )


def load_into(command: str, store, facts_iter, progress: bool, total: int | None) -> int:
    bar = progress_bar(progress, total, "loading")
    try:
        quads = (
            store.replace_articles(facts_iter, progress=bar.update)
            if _accepts_progress(store)
            else store.replace_articles(facts_iter)
        )
    finally:
        bar.close()
    return quads


def _accepts_progress(store) -> bool:
    import inspect

    return "progress" in inspect.signature(store.replace_articles).parameters


# ---------------------------------------------------------------- load


def run_load(args: argparse.Namespace) -> int:
    from phoihop.facts import iter_facts_files, read_facts

    bad = 0
    for item in args.facts:
        if not Path(item).exists():
            say("load", f"error: {item}: no such file or folder")
            bad += 1
    unreadable: list[tuple[Path, str]] = []
    files = list(iter_facts_files([Path(x) for x in args.facts if Path(x).exists()], unreadable))
    for folder, reason in unreadable:
        say("load", f"error: {folder}: cannot read the folder: {reason}; the files in it are skipped")
        bad += 1
    if not files:
        say("load", "error: no facts files (.json, .jsonl) found in " + " ".join(map(str, args.facts)))
        return 2
    store = open_store_or_say("load", args.store, mode=args.mode)
    if store is None:
        return 3
    counts = {"articles": 0}

    def stream():
        nonlocal bad
        for path in files:
            try:
                articles = list(read_facts(path))
            except (ValueError, OSError, UnicodeDecodeError) as exc:
                say("load", f"error: {exc if str(path) in str(exc) else f'{path}: {exc}'} (skipped)")
                bad += 1
                continue
            counts["articles"] += len(articles)
            yield from articles

    with store:
        quads = load_into("load", store, stream(), args.progress, None)
        total = store.quad_count()
    say(
        "load",
        f"loaded {counts['articles']} article(s), {quads} quads written; the store holds {total} quads"
        + (f"; {bad} input(s) skipped (see above)" if bad else ""),
    )
    return 1 if bad else 0


# ---------------------------------------------------------------- delete / export


def run_delete(args: argparse.Namespace) -> int:
    store = open_store_or_say("delete", args.store, create=False)
    if store is None:
        return 3
    missing = 0
    with store:
        for aid in args.article_ids:
            if store.delete_article(aid):
                say("delete", f"deleted {aid}")
            else:
                say("delete", f"error: no article {aid!r} in the store")
                missing += 1
    return 1 if missing else 0


def run_export(args: argparse.Namespace) -> int:
    store = open_store_or_say("export", args.store, read_only=True)
    if store is None:
        return 3
    with store:
        if args.output:
            import os

            from phoihop.fileio import temporary_beside

            args.output.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = temporary_beside(args.output)
            try:
                with os.fdopen(fd, "wb") as out:
                    store.export(out, args.format)
                os.replace(tmp, args.output)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        else:
            store.export(sys.stdout.buffer, args.format)
            sys.stdout.buffer.flush()
    return 0


# ---------------------------------------------------------------- query


def run_query(args: argparse.Namespace) -> int:
    from phoihop.graph import queries
    from phoihop.graph.store import QueryError, StoreError

    if args.list:
        for q in queries.list_queries():
            print(f"{q.name}: {q.title}")
            if q.description:
                print(f"    {q.description}")
            for prm in q.parameters:
                print(
                    f"    --param {prm.name}=<{prm.type}> (default {prm.default})"
                    f"{': ' + prm.comment if prm.comment else ''}"
                )
        return 0
    sources = [x for x in (args.sparql, args.file, args.name) if x]
    if len(sources) != 1:
        say("query", "error: give exactly one of QUERY, --file F or --name NAME (or --list)")
        return 2
    if not args.store:
        say("query", "error: --store is required")
        return 2
    try:
        if args.name:
            params = {}
            for item in args.param:
                if "=" not in item:
                    say("query", f"error: --param {item!r}: expected K=V")
                    return 2
                k, v = item.split("=", 1)
                params[k.strip()] = v.strip()
            text = queries.load_query(args.name, **params)
        elif args.file:
            text = args.file.read_text(encoding="utf-8")
        else:
            text = args.sparql
    except (KeyError, ValueError, OSError) as exc:
        say("query", f"error: {exc.args[0] if isinstance(exc, KeyError) else exc}")
        return 2
    if args.param and not args.name:
        say("query", "error: --param goes with --name")
        return 2
    store = open_store_or_say("query", args.store, read_only=True)
    if store is None:
        return 3
    try:
        with store:
            form = queries.query_form(text)
            if form == "ASK":
                result = store.ask(text)
            elif form in ("CONSTRUCT", "DESCRIBE"):
                result = store.construct(text)
            else:
                result = store.select(text)
    except QueryError as exc:
        say("query", f"error: {exc}")
        return 2
    except StoreError as exc:
        say("query", f"error: {exc}")
        return 3
    try:
        print_result(result, args.format, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) went away: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


# ---------------------------------------------------------------- validate


def run_validate(args: argparse.Namespace) -> int:
    from phoihop.graph.validate import validate_store

    store = open_store_or_say("validate", args.store, read_only=True)
    if store is None:
        return 3
    with store:
        report = validate_store(store, shapes=args.shapes)
    for violation in report.violations[: args.limit]:
        print(violation.describe())
    if len(report.violations) > args.limit:
        print(f"… and {len(report.violations) - args.limit} more")
    if report.conforms:
        say("validate", f"the store conforms to the shapes ({report.triples} triples checked)")
        return 0
    say("validate", f"{len(report.violations)} violation(s) in {report.triples} triples")
    return 1


def print_result(result, fmt: str, out) -> None:
    """Print a SELECT result (table/csv/tsv/json), an ASK answer or CONSTRUCT triples."""
    import csv
    import json

    from phoihop.graph.store import SelectResult

    if isinstance(result, bool):
        print(json.dumps({"boolean": result}) if fmt == "json" else ("true" if result else "false"), file=out)
        return
    if not isinstance(result, SelectResult):  # CONSTRUCT: N-Triples lines
        for s, p, o in result:
            print(f"{s.n3()} {p.n3()} {o.n3()} .", file=out)
        return
    if fmt == "json":
        json.dump(
            {"variables": result.variables, "rows": [list(r) for r in result.rows]}, out, ensure_ascii=False, indent=1
        )
        print(file=out)
        return
    if fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if v is None else v for v in row])
        return
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in result.rows]
    widths = [min(60, max([len(v)] + [len(r[i]) for r in cells])) for i, v in enumerate(result.variables)]

    def line(values):
        return " | ".join(
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=False)
        ).rstrip()

    print(line(result.variables), file=out)
    print("-+-".join("-" * w for w in widths), file=out)
    for texts in cells:
        print(line(texts), file=out)
    print(f"({len(cells)} row{'s' if len(cells) != 1 else ''})", file=out)
