"""Totals that change under the fields are announced to screen readers: the calculator's headline
and totals, the planner's plan — once the typing pauses, once per new text, never for a page's
first result or while the page is hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent

from duewise.ui.common import announce


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, str]]:
    """Every announcement DueWise makes: (the widget it comes from, the words)."""
    events: list[tuple[object, str]] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            events.append((event.object(), event.message()))
        else:
            real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return events


def _window(build_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    _, window = build_window(tmp_path / "data", "en")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_calculator_says_its_new_totals_once_typing_pauses(  # type: ignore[no-untyped-def]
    build_window, qtbot, tmp_path, said
) -> None:
    window = _window(build_window, qtbot, tmp_path)
    page = window.show_page("calculator")
    panel = page.cost_panel
    qtbot.waitUntil(lambda: page.result is not None)
    assert said == []  # the page's first result is what the learner lands on: no news
    page.amount_edit.setFocus()
    page.amount_edit.selectAll()
    qtbot.keyClicks(page.amount_edit, "3000")  # four totals, one per key
    assert said == [] and panel.announcer.pending()
    qtbot.waitUntil(lambda: not panel.announcer.pending(), timeout=5000)
    headline = page.summary.text()
    assert headline.startswith("This scenario costs ¥")
    assert said == [(page.summary, f"{headline} {panel.totals_sentence()}")]
    assert "On time: ¥3,0" in said[0][1]
    # The same totals again (another spelling of the amount) are not said twice.
    qtbot.keyClick(page.amount_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.amount_edit, "0")
    qtbot.waitUntil(lambda: not panel.announcer.pending(), timeout=5000)
    assert len(said) == 1


def test_a_hidden_calculator_announces_nothing(build_window, qtbot, tmp_path, said) -> None:  # type: ignore[no-untyped-def]
    window = _window(build_window, qtbot, tmp_path)
    page = window.show_page("calculator")
    qtbot.waitUntil(lambda: page.result is not None)
    window.show_page("settings")
    page.apply_preset("miss-one")  # recomputed while another page is shown
    assert not page.cost_panel.announcer.pending()
    window.show_page("calculator")
    assert said == []


def test_the_planner_says_the_new_plan_once_typing_pauses(  # type: ignore[no-untyped-def]
    build_window, qtbot, tmp_path, said
) -> None:
    window = _window(build_window, qtbot, tmp_path)
    page = window.show_page("planner")
    qtbot.waitUntil(lambda: page.comparison is not None)
    assert said == []
    page.budget_edit.setFocus()
    page.budget_edit.selectAll()
    qtbot.keyClicks(page.budget_edit, "3000")
    assert page.plan_announcer.pending() and said == []
    qtbot.waitUntil(lambda: not page.plan_announcer.pending(), timeout=5000)
    assert len(said) == 1
    widget, words = said[0]
    assert widget is page.plan_summary
    assert words == f"{page.plan_heading.text()}. {page.plan_summary.text()}"
    assert words.startswith("Your plan month by month: ") and "Debt-free by " in words


def test_the_planner_says_when_the_budget_falls_short(build_window, qtbot, tmp_path, said) -> None:  # type: ignore[no-untyped-def]
    window = _window(build_window, qtbot, tmp_path)
    page = window.show_page("planner")
    qtbot.waitUntil(lambda: page.comparison is not None)
    page.budget_edit.setFocus()
    page.budget_edit.selectAll()
    qtbot.keyClicks(page.budget_edit, "10")
    page.plan_announcer.say_now()  # as the pause would
    assert said and "budget falls short of the minimums" in said[-1][1]


def test_announcer_known_texts_are_not_said(qtbot, said) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    announcer = announce.Announcer(label, delay_ms=10)
    announcer.say_or_know("Total ¥1")  # hidden: only noted
    assert not announcer.pending()
    label.show()
    announcer.say_or_know("Total ¥1")
    announcer.say_now()
    assert said == []
    announcer.say_or_know("Total ¥2")
    qtbot.waitUntil(lambda: not announcer.pending())
    assert said == [(label, "Total ¥2")]
