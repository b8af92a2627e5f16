"""Benchmark: a theme or text-size change from the Settings page with every page built.

Each round is one change as the Settings page makes it (``context.set_appearance``): the style
sheet is set again (Qt restyles every widget built so far) and the pages re-fit their texts and
charts; the round ends when the event loop has settled. Charts on the pages not shown are drawn
when they are next shown, not during the change. Run: ``pytest
tests/benchmarks/test_bench_appearance.py --benchmark-enable --benchmark-only -s``.
"""

from __future__ import annotations

import itertools
import os
import statistics
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from duewise import app as duewise_app
from duewise.ui.shell.main_window import PAGE_IDS

CHANGES = [("dark", 100), ("light", 200), ("high_contrast", 100), ("light", 100)]


def _settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


def test_bench_appearance_change(benchmark, qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context, window = duewise_app.build(qapp, tmp_path / "data", "zh_CN")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    for page_id in PAGE_IDS:  # every page built, as after a session of use
        window.show_page(page_id)
        _settle(qapp)
    window.show_page("settings")
    _settle(qapp)
    widgets = len(window.findChildren(QWidget))
    cycle = itertools.cycle(CHANGES)
    times: list[float] = []

    def change() -> None:
        theme_name, scale = next(cycle)
        start = time.perf_counter()
        context.set_appearance(theme_name=theme_name, text_scale=scale)
        _settle(qapp)
        times.append(time.perf_counter() - start)

    benchmark.pedantic(change, rounds=8, iterations=1)
    median_ms = statistics.median(times) * 1000
    print(
        f"\nappearance change with every page built ({widgets} widgets), Settings shown: "
        f"median {median_ms:.0f} ms, slowest {max(times) * 1000:.0f} ms "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    benchmark.extra_info.update(median_ms=round(median_ms), widgets=widgets)
    context.set_appearance(theme_name="light", text_scale=100, remember=False)
    context.set_language("en", remember=False)
