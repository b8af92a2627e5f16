"""Loading and validating every shipped lesson, both languages, with computed answers.

Budget (DESIGN.md): 200 ms. Run with
``pytest tests/benchmarks/test_bench_lessons.py --benchmark-enable --benchmark-only -s``.
"""

from __future__ import annotations

import statistics

from duewise import paths
from duewise.content import loader

BUDGET_MS = 200


def test_load_and_validate_the_shipped_pack(benchmark) -> None:  # type: ignore[no-untyped-def]
    pack = paths.lessons_dir()
    loader.load_pack(pack)  # warm: imports and the finance engine's first use
    result = benchmark.pedantic(loader.load_pack, args=(pack,), rounds=15, iterations=1)
    median_ms = statistics.median(benchmark.stats.stats.data) * 1000
    lessons = len(result.pack.lessons) + len(result.skipped)
    print(
        f"\nload + validate {lessons} lessons ({len(result.pack.questions)} questions), "
        f"zh + en: median {median_ms:.1f} ms (budget {BUDGET_MS} ms)"
    )
    benchmark.extra_info.update(median_ms=round(median_ms, 1), lessons=lessons)
