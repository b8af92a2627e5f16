"""Benchmark: one remedies comparison (issue #18), the call the calculator's remedies view makes.

Four simulations over the same horizon with their baselines, records, flags and next-loan
assessments. Run: ``pytest tests/benchmarks/test_bench_remedies.py --benchmark-enable
--benchmark-only -s``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from duewise.finance import borrowing, products, remedies


@pytest.mark.parametrize(
    ("pid", "balance", "missed"),
    [("cn_jd_baitiao", "3000", 3), ("cn_bank_card", "20000", 3), ("us_card", "5000", 3),
     ("cn_car_loan", "80000", 2)],
)  # fmt: skip
def test_bench_remedies_compare(benchmark, pid: str, balance: str, missed: int) -> None:  # type: ignore[no-untyped-def]
    product = products.load_preset(pid)
    rules = borrowing.load_rules()

    def run() -> remedies.RemedyComparison:
        return remedies.compare(product, Decimal(balance), missed, (2025, 1), rules=rules)

    result = benchmark(run)
    assert len(result.outcomes) == 4
    median_ms = benchmark.stats.stats.median * 1000
    print(
        f"\nremedies.compare ({pid}, {balance}, {missed} missed, horizon {result.horizon}): "
        f"median {median_ms:.2f} ms"
    )
