"""Benchmark: planner page, one edit to a redrawn chart (DESIGN.md: median ≤ 30 ms), and the engine.

Run: ``pytest tests/benchmarks/test_bench_planner_page.py --benchmark-enable --benchmark-only -s``.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from duewise.finance import planner
from duewise.finance.schedules import MinimumPayment
from duewise.ui.widgets.planner_models import DebtRow


def test_bench_engine_20_debts_600_months(benchmark) -> None:  # type: ignore[no-untyped-def]
    debts = [
        planner.Debt(
            f"D{i}",
            Decimal(5000),
            (Decimal(5) + Decimal(i) / 2) / 100,
            MinimumPayment(Decimal("0.02"), Decimal(10)),
        )
        for i in range(20)
    ]
    result = benchmark(planner.compare, debts, Decimal(2000))
    assert len(result.results[planner.Strategy.MINIMUM_ONLY].raw_months) > 300
    median_ms = benchmark.stats.stats.median * 1000
    print(f"\nplanner engine, 20 debts, all strategies: median {median_ms:.2f} ms")


def test_bench_edit_to_redraw(benchmark, qapp, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duewise import app as duewise_app

    context, window = duewise_app.build(qapp, tmp_path / "data", "en")
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    page = window.show_page("planner")
    # A 30-year plan: a mortgage-sized loan next to the example's card and 白条.
    rows = [
        *page.debts_model.rows[:2],
        DebtRow("Mortgage", "custom", "300000", "4.5", "0", "1520.06", "5"),
    ]
    page.debts_model.apply(rows, "bench")
    budgets = itertools.cycle(["3000", "3001", "3002", "3003"])

    def edit() -> None:
        page.budget_edit.setText(next(budgets))  # recomputes every strategy and the plan
        page.chart.canvas.draw()  # the redraw draw_idle would schedule, done now to time it

    benchmark(edit)
    months = page.comparison.results[planner.Strategy.MINIMUM_ONLY].months
    assert months is not None and months >= 300
    window.close()
    context.database.close()
    median_ms = benchmark.stats.stats.median * 1000
    print(f"\nplanner page, budget edit to redrawn chart (30-year plan): median {median_ms:.2f} ms")
