"""How fast ``phoihop extract`` runs, against spaCy's Vietnamese tokenizer on the same texts.

    python benchmarks/bench_extract.py [--articles N]
    python benchmarks/bench_extract.py --corpus ../shared/corpus/real/articles

Texts: the bundled samples (samples/articles) and, when present, the dev
articles of ../shared/corpus/dev, repeated under fresh ids up to N articles.
Repeated texts flatter the pipeline (its name caches hit on every repeat), so
``--corpus DIR [DIR ...]`` measures folders of distinct articles instead
(real news pages: ../shared/corpus/real/articles) in ``--passes`` alternated
passes (floor, pipeline, floor, pipeline, ...), and prints the median of the
passes' ratios and their spread: one pass over 85 short pages is a few tenths
of a second, which the machine's other work moves by a tenth. A first pass of
each side is left out: it is dearer for both by about the same time (new
words in the vocabularies), which flattered the ratio of one pass. Before every
pipeline pass its per-text caches are emptied and refilled from a sample
article only, so that each pass costs what new text costs; before every pass
of either side the garbage is collected and the survivors frozen (the same
for both). Everything below is measured in this one run:

1. floor: ``spacy.blank("vi")`` (the pyvi word segmenter) tokenizing every
   text, model already loaded;
2. pipeline: ``extract_articles`` over the same texts in this process,
   pipeline already loaded; its ratio to the floor is the target
   (>= 0.6x). The pipeline tokenizes into syllables (spaCy's rule
   tokenizer), not with the floor's word segmenter, which no fact needs;
2b. the pipeline with the word segmenter (``load_pipeline(word_segmentation=True)``):
   what the components cost on top of the floor;
3. the CLI end to end, ``phoihop extract batch.jsonl --facts DIR --jobs 1``
   and ``--jobs 2``, each in a fresh process (start-up, pipeline loading and
   writing the facts files included); their ratio is the target (>= 1.7x).
   The same commands on a one-article batch give the fixed start-up cost,
   and the ratio without it is printed as well.

Words are space-separated syllables, as Vietnamese is written.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DEV = ROOT / ".." / "shared" / "corpus" / "dev" / "articles"


def source_articles(corpus: list[Path] | None = None):
    """The distinct articles to measure: the ``corpus`` folders, or the bundled samples plus the shared dev articles."""
    from phoihop.batch.readers import InputProblem, read_inputs

    default = [ROOT / "samples" / "articles"] + ([SHARED_DEV] if SHARED_DEV.is_dir() else [])
    inputs = list(corpus) if corpus else default
    items = list(read_inputs(inputs))
    problems = [str(i) for i in items if isinstance(i, InputProblem) and i.skipped]
    if problems:
        sys.exit("benchmark inputs are broken:\n" + "\n".join(problems))
    return [i.article for i in items], inputs


def replicate(articles, count: int):
    """``count`` articles cycling through ``articles``, each under its own id."""
    from dataclasses import replace

    return [
        replace(articles[n % len(articles)], id=f"bench-{n:05d}-{articles[n % len(articles)].id}") for n in range(count)
    ]


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def timed_with_cpu(function, settle=gc.collect) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``function``: on a busy machine other processes stretch the wall clock of
    each side differently, this process's CPU time much less.

    ``settle`` runs first, untimed: by default the garbage of what ran before is collected, since a full
    collection of the heap (the tokenizer's model and the floor's documents) falls otherwise into whichever
    measurement crosses the collector's threshold, which moved the pipeline's time by a fifth between two builds
    that differ by a few allocations."""
    settle()
    started, started_cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - started, time.process_time() - started_cpu


def clear_text_caches() -> int:
    """Empty the extraction's bounded caches (``functools.lru_cache`` with a ``maxsize``: those keyed by a text, a
    name or a sentence; the unbounded ``cache`` ones hold grammars and lexicons) and return how many were emptied.

    A pass over texts the pipeline has already read would otherwise find their names, heads and sentences in these
    caches and cost less than new text does. The few bounded caches that hold a table (maxsize 1 on a call without
    arguments) are refilled by the warm-up article that ``main`` reads after it (``fresh_pipeline``)."""
    from phoihop.extract.pipeline import load_pipeline

    emptied = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("phoihop.extract"):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if parameters is None or parameters()["maxsize"] is None or value is load_pipeline:
                continue
            if id(value) not in emptied:
                value.cache_clear()
                emptied.add(id(value))
    return len(emptied)


def settle_heap() -> None:
    """Collect the garbage of what ran before and freeze what survives (the tokenizer's model, the pipeline's
    grammars, the texts), before each timed pass of either side.

    Without the collection a full one falls into whichever pass crosses the collector's threshold (it moved the
    pipeline's time by a fifth between two builds that differ by a few allocations); without the freeze, the
    collections that a pass starts itself walk a heap whose size depends on what earlier passes left in it."""
    gc.collect()
    gc.freeze()


def timed_passes(sides, passes: int, prepare) -> list[list[tuple[float, float]]]:
    """(wall, CPU) seconds of each of ``sides`` (the floor first) in ``passes`` alternated passes, so that a burst
    of other work on the machine falls on one or two passes, not on one side. ``prepare`` runs untimed before each
    round (before the floor's pass, so that its garbage is collected with the floor's); each side is then settled
    alike (``settle_heap``) right before its pass."""
    out = []
    for _ in range(passes):
        prepare()
        out.append([timed_with_cpu(side, settle=settle_heap) for side in sides])
    return out


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def run_cli(batch: Path, jobs: int, cpu: list[tuple[float, float]] | None = None) -> float:
    """Seconds of ``phoihop extract batch --jobs N`` in a fresh process; ``cpu`` gets its (parent, other processes)
    CPU seconds: the parent's serial share is what a second worker cannot take over."""
    with tempfile.TemporaryDirectory(prefix="phoihop-bench-") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "phoihop",
                "extract",
                str(batch),
                "--facts",
                out,
                "--jobs",
                str(jobs),
                "--no-progress",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        others: dict[int, float] = {}
        looked = 0.0
        while True:
            # (the workers are the fork server's children, so the parent's rusage leaves them out: their CPU is read
            # from /proc while they run, every 20 ms, the process tree looked up again every 0.25 s)
            ended = os.wait4(process.pid, os.WNOHANG)
            if ended[0]:
                break
            if time.perf_counter() - looked > 0.25:
                looked = time.perf_counter()
                others.update({pid: others.get(pid, 0.0) for pid in _descendants(process.pid)})
            for pid in others:
                others[pid] = max(others[pid], _cpu_seconds(pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(ended[1])
        stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        if process.returncode != 0:
            sys.exit(f"phoihop extract --jobs {jobs} failed ({process.returncode}):\n{stderr}")
        if cpu is not None:
            cpu.append((ended[2].ru_utime + ended[2].ru_stime, sum(others.values())))
        return seconds


def _descendants(pid: int) -> set[int]:
    """The processes under ``pid`` (Linux /proc; none elsewhere)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="articles in the batch (default 600)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the fastest counts")
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        help="folders of distinct articles, measured in --passes alternated passes with the pipeline's per-text "
        "caches emptied before each (--articles and --repeat then apply to the CLI runs only)",
    )
    parser.add_argument(
        "--passes",
        type=int,
        default=5,
        help="with --corpus: alternated passes of the floor and the pipeline; the median ratio counts (default 5)",
    )
    parser.add_argument("--no-cli", action="store_true", help="measure in process only (no phoihop extract runs)")
    parser.add_argument(
        "--cli-only",
        action="store_true",
        help="only the phoihop extract runs (--jobs 1, --jobs 2, start-up): the jobs ratio, alternated with "
        "another build's by running this script with that build's Python",
    )
    args = parser.parse_args(argv)
    best = lambda measure: min(measure() for _ in range(max(1, args.repeat)))  # noqa: E731

    import spacy

    from phoihop.extract.pipeline import extract_articles, load_pipeline

    sources, inputs = source_articles(args.corpus)
    batch = sources if args.corpus else replicate(sources, args.articles)
    texts = [a.text for a in batch]
    words = sum(len(t.split()) for t in texts)
    n = len(batch)
    print(
        f"batch: {n} articles ({len(sources)} distinct, from {', '.join(os.path.relpath(p) for p in inputs)}), "
        f"{words} words, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before"
    )

    if args.cli_only:
        print(f"phoihop from {Path(sys.modules['phoihop'].__file__).resolve().parent.parent}")
        return _cli_runs(batch, n, words, best)

    tokenizer = spacy.blank("vi")
    tokenizer("khởi động")  # pyvi loads its model on first use

    nlp = load_pipeline()
    segmented = load_pipeline(word_segmentation=True)
    warm_up, _ = source_articles()

    def fresh_pipeline() -> None:
        """Caches as a long-running process has them before new text: the tables filled, no name of these texts."""
        clear_text_caches()
        next(extract_articles(warm_up[:1], nlp))
        next(extract_articles(warm_up[:1], segmented))

    sides = [
        lambda: [tokenizer(t) for t in texts],
        lambda: list(extract_articles(batch, nlp)),
        # (the components behind the word segmenter, which the pipeline leaves out by default: what they cost
        # against the tokenizer alone)
        lambda: list(extract_articles(batch, segmented)),
    ]
    labels = ["floor: spacy.blank('vi') tokenizer", "pipeline, in process (loaded)", "pipeline with word segmentation"]
    if args.corpus:
        # A first pass of each side, not counted, as the previous method's one timed pass: the first pass over new text
        # is dearer for both (the vocabularies' new words, memory first touched) by about the same time, which is a
        # larger share of the floor's; a long-running process has most words of a new page already.
        (first,) = timed_passes(sides, 1, prepare=fresh_pipeline)
        passes = timed_passes(sides, max(1, args.passes), prepare=fresh_pipeline)
    else:
        fresh_pipeline()
        passes = [[best(lambda side=side: timed_with_cpu(side)) for side in sides]]
    walls = [median([p[i][0] for p in passes]) for i in range(len(sides))]

    def line(label: str, seconds: float) -> str:
        return f"{label:<44} {seconds:7.2f} s {n / seconds:9.1f} articles/s {words / seconds:10.0f} words/s"

    for label, seconds in zip(labels, walls, strict=True):
        print(line(label + (", median" if args.corpus else ""), seconds))
    spread = lambda values: " / ".join(f"{v:.2f}" for v in values)  # noqa: E731
    for i, what, target in ((1, "pipeline / tokenizer", " (target >= 0.6x)"), (2, "with word segmentation", "")):
        ratios = [p[0][0] / p[i][0] for p in passes]
        ratios_cpu = [p[0][1] / p[i][1] for p in passes]
        print(
            f"{what} throughput: median of {len(ratios)} {'alternated ' if args.corpus else ''}passes "
            f"{median(ratios):.2f}x{target}, {min(ratios):.2f}-{max(ratios):.2f}; in CPU time "
            f"{median(ratios_cpu):.2f}x, {min(ratios_cpu):.2f}-{max(ratios_cpu):.2f} (moves less with the load)"
        )
        if args.corpus:
            print(f"  passes, wall: {spread(ratios)}; CPU: {spread(ratios_cpu)}")
    if args.corpus:
        print(
            f"  first pass (not counted): {first[0][0] / first[1][0]:.2f}x, "
            + ", ".join(f"{label.split(':')[0]} {f[0]:.2f} s" for label, f in zip(labels, first, strict=True))
        )
        print(
            "  seconds per pass: "
            + "; ".join(f"{label.split(':')[0]} {spread([p[i][0] for p in passes])}" for i, label in enumerate(labels))
        )
    print(f"load average {os.getloadavg()[0]:.1f} after the in-process passes")
    if args.no_cli:
        return 0
    return _cli_runs(batch, n, words, best)


def _cli_runs(batch, n: int, words: int, best) -> int:
    def line(label: str, seconds: float) -> str:
        return f"{label:<44} {seconds:7.2f} s {n / seconds:9.1f} articles/s {words / seconds:10.0f} words/s"

    with tempfile.TemporaryDirectory(prefix="phoihop-bench-") as tmp:
        batch_file = Path(tmp) / "batch.jsonl"
        batch_file.write_text(
            "".join(
                json.dumps(
                    {"id": a.id, "text": a.text, "title": a.title, "published": a.published, "province": a.province},
                    ensure_ascii=False,
                )
                + "\n"
                for a in batch
            ),
            encoding="utf-8",
        )
        one_article = Path(tmp) / "one.jsonl"
        one_article.write_text(batch_file.read_text(encoding="utf-8").split("\n", 1)[0] + "\n", encoding="utf-8")
        cpu1: list[tuple[float, float]] = []
        cpu2: list[tuple[float, float]] = []
        jobs1 = best(lambda: run_cli(batch_file, 1, cpu1))
        jobs2 = best(lambda: run_cli(batch_file, 2, cpu2))
        start1 = best(lambda: run_cli(one_article, 1))
        start2 = best(lambda: run_cli(one_article, 2))

    print(line("phoihop extract --jobs 1 (end to end)", jobs1))
    print(line("phoihop extract --jobs 2 (end to end)", jobs2))
    print(f"{'start-up (CLI on 1 article), jobs 1 / jobs 2':<44} {start1:7.2f} s / {start2:.2f} s")
    for label, cpu in (("jobs 1", cpu1), ("jobs 2", cpu2)):
        print(
            f"CPU s, {label}: parent / other processes (fork server, workers) "
            + ", ".join(f"{parent:.2f} / {rest:.2f}" for parent, rest in cpu)
        )
    # Other work on the machine takes cores from --jobs 2 first: say how busy it was.
    print(f"load average {os.getloadavg()[0]:.1f} after (with {os.cpu_count()} CPUs, above ~1 skews jobs 2)")
    print(
        f"jobs 2 / jobs 1 throughput:      {jobs1 / jobs2:.2f}x end to end  (target >= 1.7x); "
        f"{(jobs1 - start1) / max(jobs2 - start2, 1e-9):.2f}x without start-up"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
