"""How fast ``phoihop extract`` runs, against spaCy's Vietnamese tokenizer on the same texts.

    python benchmarks/bench_extract.py [--articles N]
    python benchmarks/bench_extract.py --corpus ../shared/corpus/real/articles

Texts: the bundled samples (samples/articles) and, when present, the dev
articles of ../shared/corpus/dev, repeated under fresh ids up to N articles.
Repeated texts flatter the pipeline (its name caches hit on every repeat), so
``--corpus DIR [DIR ...]`` measures folders of distinct articles instead, each once
(real news pages: ../shared/corpus/real/articles), with the pipeline warmed
on a sample article only, so that its caches start cold as on new text.
Everything below is measured in this one run:

1. floor: ``spacy.blank("vi")`` (the pyvi word segmenter) tokenizing every
   text, model already loaded;
2. pipeline: ``extract_articles`` over the same texts in this process,
   pipeline already loaded; its ratio to the floor is the target
   (>= 0.6x);
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


def timed_with_cpu(function) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``function``: on a busy machine other processes stretch the wall clock of
    each side differently, this process's CPU time much less.

    The garbage of what ran before is collected first: a full collection of the heap (the tokenizer's model and
    the floor's documents) falls otherwise into whichever measurement crosses the collector's threshold, which
    moved the pipeline's time by a fifth between two builds that differ by a few allocations."""
    gc.collect()
    started, started_cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - started, time.process_time() - started_cpu


def run_cli(batch: Path, jobs: int) -> float:
    with tempfile.TemporaryDirectory(prefix="phoihop-bench-") as out:
        started = time.perf_counter()
        result = subprocess.run(
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
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(f"phoihop extract --jobs {jobs} failed ({result.returncode}):\n{result.stderr}")
        return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="articles in the batch (default 600)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the fastest counts")
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        help="folders of distinct articles, each article measured once "
        "(--articles and --repeat then apply to the CLI runs only)",
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

    tokenizer = spacy.blank("vi")
    tokenizer("khởi động")  # pyvi loads its model on first use
    floor, floor_cpu = best(lambda: timed_with_cpu(lambda: [tokenizer(t) for t in texts]))

    nlp = load_pipeline()
    warm_up, _ = source_articles()
    next(extract_articles(warm_up[:1], nlp))  # lazy loading done, caches not yet filled by these texts
    if args.corpus:
        # once: a second pass would hit the caches
        pipeline, pipeline_cpu = timed_with_cpu(lambda: list(extract_articles(batch, nlp)))
    else:
        pipeline, pipeline_cpu = best(lambda: timed_with_cpu(lambda: list(extract_articles(batch, nlp))))

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
        jobs1 = best(lambda: run_cli(batch_file, 1))
        jobs2 = best(lambda: run_cli(batch_file, 2))
        start1 = best(lambda: run_cli(one_article, 1))
        start2 = best(lambda: run_cli(one_article, 2))

    def line(label: str, seconds: float) -> str:
        return f"{label:<44} {seconds:7.2f} s {n / seconds:9.1f} articles/s {words / seconds:10.0f} words/s"

    print(line("floor: spacy.blank('vi') tokenizer", floor))
    print(line("pipeline, in process (loaded)", pipeline))
    print(line("phoihop extract --jobs 1 (end to end)", jobs1))
    print(line("phoihop extract --jobs 2 (end to end)", jobs2))
    print(f"{'start-up (CLI on 1 article), jobs 1 / jobs 2':<44} {start1:7.2f} s / {start2:.2f} s")
    # Other work on the machine takes cores from --jobs 2 first: say how busy it was.
    print(f"load average {os.getloadavg()[0]:.1f} after (with {os.cpu_count()} CPUs, above ~1 skews jobs 2)")
    print(
        f"pipeline / tokenizer throughput: {floor / pipeline:.2f}x  (target >= 0.6x); "
        f"{floor_cpu / pipeline_cpu:.2f}x in CPU time (moves less with the load)"
    )
    print(
        f"jobs 2 / jobs 1 throughput:      {jobs1 / jobs2:.2f}x end to end  (target >= 1.7x); "
        f"{(jobs1 - start1) / max(jobs2 - start2, 1e-9):.2f}x without start-up"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
