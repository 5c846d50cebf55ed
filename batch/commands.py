"""The batch subcommands: ``extract`` (articles in, one facts file per article out) and
``build`` (extract, then load into a store)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EPILOG = """\
inputs:
  .txt          one article; id = file name; the first line is the title if it looks like one
  .html, .htm   one article taken out of the page (menus, scripts, footers dropped);
                title, publication date and canonical address from the page
  .json         one article object, or a list of them; a lone object without "id" takes the file name
  .jsonl        one article object per line
  An article object has "id", "text", and optionally "title", "published",
  "province" and "url" (or "source"). Files that are not UTF-8 are read as
  Windows-1258. Folders are searched recursively.

metadata: an article's province and publication date come from its own
  object (or page) first, then from its text as the pipeline reads it, and
  only then from --province / --published.

limits: an article over --max-chars characters (default 2,000,000, or
  $PHOIHOP_MAX_CHARS) is skipped by name; a "province" that names no known
  province is dropped with a warning; a few NUL bytes in UTF-8 text are
  dropped with a warning. See docs/robustness.md.

ids: article ids become file names: characters other than letters, digits,
  "_", "." and "-" become "_". When two articles of a batch have the same id,
  the later one is kept and the earlier one is reported as skipped.

exit status: 0 all articles extracted; 1 some input was skipped (each named
  on stderr with its file and line); 2 usage error (such as no input found);
  3 the NLP pipeline could not be loaded.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract cooperation facts from news articles",
        description="Read news articles and write the facts each one states (agencies, documents, "
        "signings, persons) as JSON, one <id>.json per article.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files (.txt, .html, .htm, .json, .jsonl) or folders holding them",
    )
    parser.add_argument(
        "--facts",
        required=True,
        type=Path,
        metavar="OUT",
        help="folder for the facts files (with --format jsonl: the .jsonl file to write)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one <id>.json per article (default); jsonl: one JSON Lines file "
        "(the default when OUT ends in .jsonl)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="run the pipeline in N processes (0 = one per CPU; default 1)",
    )
    parser.add_argument(
        "--province",
        metavar="NAME",
        type=province_name,
        help='province for articles that name none, in full Vietnamese ("Hà Nam")',
    )
    parser.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD or DD/MM/YYYY) for articles that give none",
    )
    parser.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress bar (there is none anyway when stderr is not a terminal)",
    )
    add_max_chars_option(parser)
    # Scale-out options (issue #6): --shard I/N, --resume, --dask; see phoihop.batch.scaled.
    from phoihop.batch import distributed, resume, sharding

    sharding.add_shard_option(parser)
    resume.add_resume_option(parser, "already extracted into OUT")
    distributed.add_dask_option(parser)
    parser.set_defaults(func=run)
    register_build(subparsers)


def register_build(subparsers) -> None:
    from phoihop.graph.commands import STORE_HELP
    from phoihop.graph.commands import __doc__ as graph_doc

    fmt = argparse.RawDescriptionHelpFormatter

    p = subparsers.add_parser(
        "build",
        help="extract facts from articles and load them into a store",
        description="Run the extraction stage over the articles, then load each "
        "article's facts into the store as its own named graph "
        "(replacing that article's earlier graph).",
        epilog=graph_doc.split("\n\n", 1)[1],
        formatter_class=fmt,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders (as for extract)")
    p.add_argument("--store", required=True, help=STORE_HELP)
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="extraction processes (0 = one per CPU; default 1)"
    )
    p.add_argument("--facts", type=Path, metavar="DIR", help="also keep the facts files (one <id>.json each) here")
    p.add_argument("--province", metavar="NAME", type=province_name, help="province for articles that name none")
    p.add_argument("--published", metavar="DATE", help="publication date for articles that give none")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bars")
    add_max_chars_option(p)
    # Scale-out options (issue #6): --shard I/N, --resume, --dask; see phoihop.batch.scaled.
    from phoihop.batch import distributed, resume, sharding

    sharding.add_shard_option(p)
    resume.add_resume_option(p, "already loaded into the store", chunked=True)
    distributed.add_dask_option(p)
    p.set_defaults(func=run_build)


def add_max_chars_option(parser) -> None:
    parser.add_argument(
        "--max-chars",
        type=_positive_int,
        default=None,
        metavar="N",
        help="skip (and name) articles longer than N characters (default $PHOIHOP_MAX_CHARS "
        "or 2,000,000; extraction needs about 1 GB of memory per million characters)",
    )


def province_name(value: str) -> str:
    """``--province``: a known province ("Hà Nam", "tỉnh Hà Nam", "ha-nam"), as the lexicon writes it."""
    from phoihop.extract.lexicon import known_province

    name = known_province(value)
    if name is None:
        raise argparse.ArgumentTypeError(
            f'not a known province: {value!r} (write it as in "Hà Nam", "Bến Tre" or "Thành phố Hồ Chí Minh")'
        )
    return name


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def run(args: argparse.Namespace) -> int:
    from phoihop.batch.readers import find_input_files, read_file
    from phoihop.batch.runner import (
        FactsDirectory,
        FactsJsonLines,
        PipelineUnavailable,
        defaults_from_args,
        run_batch,
        settle_duplicates,
        start_workers,
    )

    out: Path = args.facts
    fmt = args.format or ("jsonl" if out.suffix.lower() == ".jsonl" else "json")
    if fmt == "json" and out.exists() and not out.is_dir():
        return _usage(f"--facts {out}: exists and is not a folder")
    if fmt == "jsonl" and out.is_dir():
        return _usage(f"--facts {out}: is a folder; --format jsonl writes one file")
    if not getattr(args, "dask", None):
        start_workers(args.jobs)  # (the pipeline loads for the workers while the input is read below)

    files, problems = find_input_files(args.inputs)
    if not files:
        for problem in problems:
            _say(f"error: {problem}")
        return _usage("no input files (.txt, .html, .htm, .json, .jsonl) found in " + " ".join(args.inputs))
    articles, read_problems = settle_duplicates(item for path in files for item in read_file(path))
    problems += read_problems
    for problem in problems:
        _say(f"{'error' if problem.skipped else 'warning'}: {problem}")
    skipped = sum(problem.skipped for problem in problems)

    sink = FactsDirectory(out) if fmt == "json" else FactsJsonLines(out)
    defaults = defaults_from_args(args)
    try:
        # run_batch, with --shard/--resume/--dask and the resume journal (phoihop.batch.scaled)
        from phoihop.batch.scaled import OptionError, run_extract_scaled

        result, sink = run_extract_scaled(
            args,
            articles,
            sink,
            out=out,
            fmt=fmt,
            defaults=defaults,
            run_batch=run_batch,
            say=_say,
            report=lambda message: _say(f"error: {message}", above_bar=True),
        )
    except OptionError as exc:
        return _usage(str(exc))
    except PipelineUnavailable as exc:
        _say(f"error: cannot load the NLP pipeline: {exc}")
        return 3
    skipped += len(result.failed)
    summary = f"wrote {sink.describe(result.written)} in {result.seconds:.1f} s"
    if skipped:
        summary += f"; {skipped} input{'s' if skipped != 1 else ''} skipped (see above)"
    _say(summary)
    return 1 if skipped else 0


def run_build(args: argparse.Namespace) -> int:
    from phoihop.batch.readers import find_input_files, read_file
    from phoihop.batch.runner import (
        FactsDirectory,
        PipelineUnavailable,
        defaults_from_args,
        run_batch,
        settle_duplicates,
        start_workers,
    )
    from phoihop.facts import ArticleFacts
    from phoihop.graph.commands import open_store_or_say as _open
    from phoihop.graph.commands import say as _say

    files, problems = find_input_files(args.inputs)
    if not files:
        for problem in problems:
            _say("build", f"error: {problem}")
        _say("build", "error: no input files found in " + " ".join(args.inputs))
        return 2
    # Open the store before the (slow) extraction so a locked store fails at once.
    store = _open("build", args.store)
    if store is None:
        return 3
    with store:
        if not getattr(args, "dask", None):
            # (the pipeline loads for the workers while the input is read below)
            start_workers(args.jobs if args.jobs > 0 else (os.cpu_count() or 1))
        articles, read_problems = settle_duplicates(item for path in files for item in read_file(path))
        problems += read_problems
        for problem in problems:
            _say("build", f"{'error' if problem.skipped else 'warning'}: {problem}")
        skipped = sum(problem.skipped for problem in problems)
        # Scale-out options (issue #6): --shard, --resume, --dask (phoihop.batch.scaled.build_hook).
        from phoihop.batch.scaled import build_hook

        articles, status = build_hook(args, store, articles, skipped, say=lambda message: _say("build", message))
        if status is not None:
            return status

        class Collect:
            """Keeps each article's facts for loading (and writes them to --facts when asked)."""

            def __init__(self):
                self.facts: dict[int, ArticleFacts] = {}
                self.files = FactsDirectory(args.facts) if args.facts else None

            def add(self, index, facts):
                self.facts[index] = ArticleFacts.from_dict(facts)
                if self.files:
                    self.files.add(index, facts)

            def close(self):
                if self.files:
                    self.files.close()

        sink = Collect()
        jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
        defaults = defaults_from_args(args)
        try:
            result = run_batch(
                articles,
                sink,
                jobs=jobs,
                defaults=defaults,
                progress=args.progress,
                report=lambda message: _say("build", f"error: {message}"),
            )
        except PipelineUnavailable as exc:
            _say("build", f"error: cannot load the NLP pipeline: {exc}")
            return 3
        skipped += len(result.failed)
        facts = [sink.facts[i] for i in sorted(sink.facts)]
        # Every build journals what it loaded, so that `build --resume` after an interrupted (or
        # later extended) plain build skips what is already in the store (phoihop.batch.resume).
        from phoihop.batch.resume import Journal, article_fingerprint, build_journal_path
        from phoihop.batch.scaled import load_journalled
        from phoihop.graph.commands import progress_bar

        fingerprints = {item.article.id: article_fingerprint(item.article, defaults) for item in articles}
        bar = progress_bar(args.progress, len(facts), "loading")
        try:
            with Journal(build_journal_path(args.store, args.facts)) as journal:
                quads = load_journalled(store, facts, fingerprints, journal, progress=bar.update)
        finally:
            bar.close()
        total = store.quad_count()
    _say(
        "build",
        f"extracted {len(facts)} article(s) in {result.seconds:.1f} s; {quads} quads written; "
        f"the store holds {total} quads" + (f"; {skipped} input(s) skipped (see above)" if skipped else ""),
    )
    return 1 if skipped else 0


def _say(message: str, above_bar: bool = False) -> None:
    if above_bar:
        # tqdm.write clears the progress bar, prints, and draws the bar again.
        from tqdm import tqdm

        tqdm.write(f"phoihop extract: {message}", file=sys.stderr)
    else:
        print(f"phoihop extract: {message}", file=sys.stderr, flush=True)


def _usage(message: str) -> int:
    _say(f"error: {message}")
    return 2


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return jobs or os.cpu_count() or 1


def _date(value: str) -> str:
    from phoihop.batch.readers import iso_date

    date = iso_date(value)
    if date is None:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD or DD/MM/YYYY)")
    return date
