"""The colours pages paint with come from the theme, and read at WCAG 2.2 AA on each theme:
the next loan's outcome, the statement's missed months, the recommended remedy and strategy,
the planner's error cells, shortfall alert, example note and minimum-payment boxes, and the
learners' avatars. Measured on what is shown (a label's resolved colour, a cell as its delegate
paints it, a box's pixels), after switching themes while the app runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_tour import open_page, settle
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QStyleOptionViewItem, QWidget

from duewise.finance import borrowing
from duewise.storage import profiles
from duewise.ui.calculator.next_loan_panel import OUTCOME_ROLES
from duewise.ui.classroom.profiles_panel import avatar
from duewise.ui.common import contrast, theme
from duewise.ui.planner.models import COL_BALANCE

Role = QPalette.ColorRole
THEMES = ["light", "dark", "high_contrast"]


def _ratio(foreground: str, background: str) -> float:
    return round(contrast.contrast_ratio(foreground, background), 2)


def _painted(view: QAbstractItemView, index: QModelIndex) -> tuple[str, str]:
    """(text, background) of a cell as its delegate paints it."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.initViewItemOption(option)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    background = option.backgroundBrush
    fill = background.color().name() if background.style() != Qt.BrushStyle.NoBrush else ""
    foreground = index.data(Qt.ItemDataRole.ForegroundRole)
    text = foreground.color().name() if foreground is not None else ""
    return text or option.palette.color(Role.Text).name(), fill


def _pixel(widget: QWidget) -> str:
    """The colour a box is filled with: a pixel inside its border, left of its contents."""
    image = widget.grab().toImage()
    return image.pixelColor(5, image.height() // 2).name()


@pytest.mark.slow
@pytest.mark.parametrize("theme_name", THEMES)
def test_pages_paint_with_the_themes_colours(  # type: ignore[no-untyped-def]
    build_window, qapp, qtbot, tmp_path: Path, theme_name: str
) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.resize(1280, 800)
    window.show()
    # Built in one theme, switched to the next while running: nothing keeps the first's colours.
    context.set_appearance(theme_name="dark" if theme_name == "light" else "light", remember=False)
    calculator = open_page(qapp, window, "calculator")
    planner = open_page(qapp, window, "planner")
    context.set_appearance(theme_name=theme_name, remember=False)
    settle(qapp)
    scheme = theme.current()
    assert scheme.name == theme_name
    problems = []

    def check(what: str, fg: str, bg: str, expected_bg: str | None = None) -> None:
        if expected_bg is not None and bg != expected_bg:
            problems.append(f"{what}: background {bg}, the theme's is {expected_bg}")
        if _ratio(fg, bg) < contrast.NORMAL_TEXT:
            problems.append(f"{what}: {fg} on {bg} is {_ratio(fg, bg)}:1")

    # The next loan's outcome, in each outcome's colour.
    open_page(qapp, window, "calculator")
    outcome = calculator.next_loan_panel.outcome
    assert outcome.text()
    shown_role = outcome.property("role")
    assert shown_role in OUTCOME_ROLES.values()
    for role in OUTCOME_ROLES.values():
        outcome.setProperty("role", role)
        outcome.style().unpolish(outcome)
        outcome.style().polish(outcome)
        colour = outcome.palette().color(Role.WindowText).name()
        expected = {"good": scheme.good, "caution": scheme.caution, "error": scheme.error}[role]
        if colour != expected:
            problems.append(f"next-loan outcome {role}: {colour}, the theme's is {expected}")
        check(f"next-loan outcome {role}", colour, scheme.card)
    outcome.setProperty("role", shown_role)
    outcome.style().unpolish(outcome)
    outcome.style().polish(outcome)
    assert borrowing.Outcome.LIKELY_REFUSED in OUTCOME_ROLES

    # A missed month in the statement.
    statement = calculator.statement_panel
    rows = range(statement.model.rowCount())
    background = Qt.ItemDataRole.BackgroundRole
    missed = [r for r in rows if statement.model.index(r, 0).data(background) is not None]
    assert missed
    fg, bg = _painted(statement.table, statement.model.index(missed[0], 0))
    check("missed month in the statement", fg, bg, scheme.caution_bg)

    # The recommended remedy's column.
    remedies = calculator.remedies_panel.table
    recommended = next(
        c
        for c in range(1, remedies.columnCount())
        if "★" in remedies.horizontalHeaderItem(c).text()
    )
    fg, bg = _painted(remedies, remedies.model().index(0, recommended))
    check("recommended remedy", fg, bg, scheme.positive_bg)

    # The planner: the recommended strategy, an error cell, the example note, the boxes.
    open_page(qapp, window, "planner")
    strategies = planner.strategy_table
    strategies.clearSelection()
    strategies.setCurrentCell(-1, -1)
    fg, bg = _painted(strategies, strategies.model().index(0, 0))
    check("recommended strategy", fg, bg, scheme.positive_bg)
    note = planner.example_frame
    if note.isVisible():
        check(
            "example note",
            planner.example_label.palette().color(Role.WindowText).name(),
            _pixel(note),
            scheme.note_bg,
        )
    for label in planner.warning_labels:
        if label.isVisible():
            check(
                "minimum-payment box",
                label.palette().color(Role.WindowText).name(),
                _pixel(label),
                scheme.colour(Role.Base),
            )
    planner.budget_edit.selectAll()  # a budget below the minimums: the shortfall alert
    qtbot.keyClick(planner.budget_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(planner.budget_edit, "1500")
    alert = planner.shortfall_frame
    qtbot.waitUntil(alert.isVisible)
    assert isinstance(alert, QFrame)
    check(
        "shortfall alert",
        planner.shortfall_text.palette().color(Role.WindowText).name(),
        _pixel(alert),
        scheme.alert_bg,
    )
    model = planner.debts_model
    model.setData(model.index(0, COL_BALANCE), "-5")
    settle(qapp)
    fg, bg = _painted(planner.debts_view, model.index(0, COL_BALANCE))
    check("a debt's error cell", fg, bg, scheme.alert_bg)
    assert not problems, "\n".join(problems)


def test_avatars_initials_read_on_every_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    """White or black initials, whichever reads at 4.5:1 on the learner's colour."""
    failing = []
    for colour in profiles.AVATAR_COLOURS:
        profile = profiles.Profile(id=1, name="Lin Xiao", colour=colour, created_at="2026-01-01")
        image = avatar(profile, 72, "LX").pixmap(72, 72).toImage()
        fill = image.pixelColor(36, 12).name()  # the circle, above the letters
        inks = {  # inside the ring, opaque
            image.pixelColor(x, y).name()
            for x in range(14, 58)
            for y in range(22, 50)
            if image.pixelColor(x, y).alpha() == 255
        }
        ink = max(inks, key=lambda c: contrast.contrast_ratio(c, fill))
        if contrast.contrast_ratio(ink, fill) < contrast.NORMAL_TEXT:
            failing.append((colour, ink, _ratio(ink, fill)))
    assert not failing
