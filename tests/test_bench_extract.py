"""benchmarks/bench_extract.py: a pass after ``clear_text_caches`` reads the texts as new (made-up sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_extract  # noqa: E402

from phoihop.extract import agencies, persons  # noqa: E402
from phoihop.extract.agencies import head_scan  # noqa: E402
from phoihop.extract.article import Article  # noqa: E402
from phoihop.extract.pipeline import extract_articles, load_pipeline  # noqa: E402

ARTICLES = [
    Article("a", "Ngày 5/3, Công an tỉnh Yên Bái và Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp."),
    Article("b", "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy Trạm Tấu, và Đồn Biên phòng Pha Long cùng dự."),
]


def test_clear_text_caches_empties_the_per_text_caches_and_keeps_the_pipeline():
    nlp = load_pipeline()
    before = list(extract_articles(ARTICLES, nlp))
    assert head_scan._head_starts.cache_info().currsize > 0
    assert bench_extract.clear_text_caches() > 5
    assert head_scan._head_starts.cache_info().currsize == 0
    assert persons._ends_with_province.cache_info().currsize == 0
    assert load_pipeline() is nlp  # the loaded pipeline is not a per-text cache
    assert agencies.grammar.cache_info().currsize == 1  # nor the grammar (an unbounded cache)
    assert list(extract_articles(ARTICLES, nlp)) == before


def test_timed_passes_alternate_and_prepare_each_pair():
    calls = []
    passes = bench_extract.timed_passes(
        [lambda: calls.append("floor"), lambda: calls.append("pipeline")], 3, prepare=lambda: calls.append("prepare")
    )
    assert calls == ["prepare", "floor", "pipeline"] * 3
    assert len(passes) == 3 and all(len(p) == 2 and min(min(side) for side in p) >= 0 for p in passes)
    assert bench_extract.median([3.0, 1.0, 2.0]) == 2.0 and bench_extract.median([4.0, 1.0, 2.0, 3.0]) == 2.5
