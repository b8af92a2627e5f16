"""Benchmarks measure one thing at a time: windows built in-process do not warm the chart pages
behind the page being measured (the first-visit benchmark runs its own processes)."""

from __future__ import annotations

import pytest

from duewise.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """No warm-up steps in benchmark windows."""
    monkeypatch.setattr(MainWindow, "warm_up_steps", ())
