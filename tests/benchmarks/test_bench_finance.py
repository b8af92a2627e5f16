"""Finance benchmarks (DESIGN.md budgets): a 30-year schedule; every planner strategy, 20 × 600.

Run with ``pytest tests/benchmarks/test_bench_finance.py --benchmark-enable --benchmark-only``;
the medians are in pytest-benchmark's table (and printed with ``-s``).
"""

from __future__ import annotations

from decimal import Decimal

from pytest_benchmark.fixture import BenchmarkFixture

from duewise.finance import calc, planner, schedules
from duewise.finance.schedules import MinimumPayment

D = Decimal


def _report(benchmark: BenchmarkFixture, what: str, budget_ms: float) -> None:
    stats = benchmark.stats
    if stats is not None:
        median_ms = stats.stats.median * 1000
        print(f"\n{what}: median {median_ms:.2f} ms (budget {budget_ms:g} ms)")


def test_bench_360_month_schedule(benchmark: BenchmarkFixture) -> None:
    loan = benchmark(schedules.amortize, D("1000000"), D("0.049"), 360)
    assert len(loan.rows) == 360
    _report(benchmark, "360-month 等额本息 schedule", 30)


def test_bench_360_month_schedule_via_calc(benchmark: BenchmarkFixture) -> None:
    params = {"principal": "1000000", "annual_rate": "4.9", "months": 360}
    result = benchmark(calc.run, "loan", params)
    assert len(result["schedule"]) == 360  # type: ignore[arg-type]
    _report(benchmark, "calc loan, 360 months, JSON-ready", 30)


def _twenty_debts() -> list[planner.Debt]:
    """20 debts whose minimums beat their interest by a cent: the worst case, since then every
    strategy (the budget is the minimums) runs the full 600 months with all 20 debts open."""
    debts = []
    for i in range(20):
        balance = D(20_000 + 37 * i)
        apr = D("0.18") + D(i) / 1000
        minimum = (balance * apr / 12).quantize(D("0.01")) + D("0.01")
        debts.append(planner.Debt(f"debt{i:02d}", balance, apr, MinimumPayment.fixed(minimum)))
    # Entered in no particular order, so avalanche, snowball and custom are three separate runs.
    return [debts[(7 * i) % 20] for i in range(20)]


def test_bench_planner_all_strategies_20_debts_600_months(benchmark: BenchmarkFixture) -> None:
    debts = _twenty_debts()
    budget = sum((d.minimum.floor for d in debts), D(0))
    comparison = benchmark(planner.compare, debts, budget)
    months = {s.value: len(r.raw_months) for s, r in comparison.results.items()}
    assert set(months.values()) == {planner.HORIZON_MONTHS}
    _report(benchmark, f"planner.compare, 20 debts, months run {months}", 50)
