"""After the first paint the chart pages are built and drawn in idle time, so that their first
visit only switches the page stack (no figure is drawn again)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from duewise.ui.common.charts.base import ChartCanvas
from duewise.ui.shell import warm_up
from duewise.ui.shell.main_window import MainWindow


def test_chart_pages_are_ready_before_their_first_visit(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(MainWindow, "warm_up_steps", warm_up.STEPS)
    _, window = build_window(tmp_path / "data", "en")
    window.resize(1280, 820)
    window.show()
    learn = window.pages["learn"]
    learn.setFocus()
    with qtbot.waitSignal(window.warm_up.finished, timeout=30000):
        pass
    assert window.current_page_id() == "learn"  # the user's page stays in front
    assert QApplication.focusWidget() is learn
    assert {"calculator", "planner"} <= set(window.pages)
    calculator = window.pages["calculator"]
    charts = calculator.findChildren(ChartCanvas)
    before = [chart.full_draws for chart in charts]
    sizes = [chart.canvas.size() for chart in charts]
    window.show_page("calculator")
    for _ in range(3):
        QApplication.processEvents()
    assert [chart.canvas.size() for chart in charts] == sizes  # drawn at its real size
    assert [chart.full_draws for chart in charts] == before  # shown from the kept image


def test_warm_up_steps_run_once_in_order(build_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ran: list[str] = []
    _, window = build_window(tmp_path / "data", "en")
    job = warm_up.WarmUp(window, window, [lambda w: ran.append("a"), lambda w: ran.append("b")])
    with qtbot.waitSignal(job.finished):
        job.start(delay_ms=0)
        job.start(delay_ms=0)
    assert ran == ["a", "b"] and job.done
