"""Benchmark: the missed-payment simulation over 60 cycles (issue 3; page budget ≤ 30 ms, issue 4).

Run: ``pytest tests/benchmarks/test_bench_missed.py --benchmark-enable --benchmark-only``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from duewise.finance import missed, products, record


@pytest.mark.parametrize("pid", ["cn_bank_card", "us_card", "cn_jd_baitiao"])
def test_bench_missed_60_cycles(benchmark, pid: str) -> None:  # type: ignore[no-untyped-def]
    product = products.load_preset(pid)
    scenario = missed.parse_scenario("miss:3 then keep-missing")

    def run() -> record.CreditRecord:
        sim = missed.simulate(product, Decimal("5000"), (2025, 1), scenario, cycles=60)
        return record.build_record(sim, product)

    result = benchmark(run)
    assert len(result.months) == 60
    median_ms = benchmark.stats.stats.median * 1000
    print(
        f"\nmissed-payment simulation, 60 cycles + baseline + record ({pid}): "
        f"median {median_ms:.2f} ms"
    )
