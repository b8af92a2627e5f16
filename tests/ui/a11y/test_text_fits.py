"""At 100 % and 200 % text, in Chinese and in English, on every page: no text is cut off,
squeezed, overlapping or smaller than the body text.

What is checked, on every shown label, button, combo box and table header of each page (in a
1280×800 window, as the issue tried it):

- ``small``: its font is smaller than the body font;
- ``cut``: its text needs more room than it has (a label or button narrower or lower than its
  size hint, or than its height for its width when it wraps; a combo box whose field is narrower
  than the current text, which Qt then elides; a header section narrower than its title);
- ``overlap``: it overlaps another shown text widget (neither inside the other);
- ``row``: a table row lower than a line of its text; ``cell``: a table cell too small for
  its text (Qt elides it);
- ``sideways``: the page scrolls sideways (WCAG 2.2 SC 1.4.10, reflow).

Violations in screens that other work is changing now are listed in ``KNOWN`` with the follow-up
they need (the test fails when one is fixed, so the list only shrinks).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_tour import Violation, compare_with_known, pages, report, settle, shown, where
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from duewise.ui.common.focus_ring import FocusRing

#: Per text size: (check, place) found on main in screens that other branches are changing
#: now, left to their follow-up (listed in the a11y branch's report).
KNOWN: dict[int | str, set[tuple[str, str]]] = {
    100: {
        # The monthly table fits the page by narrow columns: its titles are cut.
        ("cut", "duewise.ui.calculator.statement_panel:StatementPanel.table.header"),
        # Schedule columns are 120 px whatever their title ("银行信用卡: principal").
        ("cut", "duewise.ui.planner.page:PlannerPage.schedule_view.header"),
    },
    200: {
        ("cut", "duewise.ui.calculator.next_loan_panel:NextLoanPanel.rate_label"),
        ("cut", "duewise.ui.calculator.statement_panel:StatementPanel.table.header"),
        # The remedies' names give way to the amounts at 200 % ("★ Repay now").
        ("cut", "duewise.ui.calculator.remedies_panel:RemediesPanel.table.header"),
        ("cut", "duewise.ui.planner.page:PlannerPage.debts_view.header"),
        ("cut", "duewise.ui.planner.page:PlannerPage.schedule_view.header"),
    },
    # High contrast's scroll bars are wider (they grow with the text), so pages are a little
    # narrower: these two fit in the light theme only by luck.
    "high_contrast": {
        # Row heights are fitted before the page's last width change; the recommended row
        # ("★ 雪崩法…（推荐）") is elided.
        ("cell", "duewise.ui.planner.page:PlannerPage.strategy_table"),
        # The lesson box hints 312 px for a 426 px text (minimum-contents policy).
        ("cut", "duewise.ui.check.overview_panel:OverviewPanel.lesson_combo"),
    },
}

_TOLERANCE = 1  # pixels: rounding between size hints and geometry
_CELL_ROWS = 40


def _shown_text(widget: QWidget) -> str:
    """The text a label, button or combo box shows ('' for other widgets and pictures)."""
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _text_widgets(window: QWidget, page: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in page.findChildren(QWidget)
        if not isinstance(widget, FocusRing)
        and shown(widget, window)
        and _shown_text(widget).strip()
    ]


def _cut(widget: QWidget) -> str:
    """Why the widget's text does not fit ('' when it does)."""
    width, height = widget.width(), widget.height()
    if isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        # The ink of the text (a combo box measures its items so, and the last glyph's
        # trailing bearing may overhang the field).
        needed = widget.fontMetrics().boundingRect(widget.currentText()).width()
        if not widget.itemIcon(widget.currentIndex()).isNull():
            needed += widget.iconSize().width() + 4
        if needed > field.width() + _TOLERANCE:
            return f"field {field.width()}px for {needed}px of {widget.currentText()!r}"
        return ""
    if widget.hasHeightForWidth():
        needed_height = widget.heightForWidth(width)
        if needed_height > height + _TOLERANCE:
            return f"{height}px high, its text needs {needed_height}px at {width}px wide"
        hint = widget.minimumSizeHint()
        if hint.width() > width + _TOLERANCE:
            return f"{width}px wide, at least {hint.width()}px needed"
        return ""
    hint = widget.sizeHint()
    if hint.width() > width + _TOLERANCE or hint.height() > height + _TOLERANCE:
        return f"{width}x{height}px for a text of {hint.width()}x{hint.height()}px"
    return ""


def _header_problems(window: QWidget, page: QWidget, body_px: int) -> list[Violation]:
    found = []
    for header in page.findChildren(QHeaderView):
        if not shown(header, window) or header.model() is None:
            continue
        metrics = QFontMetrics(header.font())
        if QFontInfo(header.font()).pixelSize() < body_px:
            found.append(Violation("small", where(header.parentWidget() or header)))
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            if not text:
                continue
            lines = text.split("\n")
            if header.orientation() == Qt.Orientation.Horizontal:
                needed = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
                room = header.sectionSize(section)
                tall = metrics.lineSpacing() * len(lines)
                if needed > room + _TOLERANCE or tall > header.height() + _TOLERANCE:
                    found.append(
                        Violation(
                            "cut",
                            where(header.parentWidget() or header) + ".header",
                            f"column {section} {text!r}: {room}px for {needed}px",
                        )
                    )
            elif metrics.height() > header.sectionSize(section) + _TOLERANCE:
                found.append(Violation("row", where(header.parentWidget() or header)))
    for view in page.findChildren(QTableView):
        if not shown(view, window) or view.model() is None:
            continue
        line = QFontMetrics(view.font()).height()
        for row in range(view.model().rowCount()):
            if not view.isRowHidden(row) and 0 < view.rowHeight(row) < line:
                found.append(
                    Violation("row", where(view), f"row {row}: {view.rowHeight(row)}px < {line}px")
                )
                break
        found += _cell_problems(view)
    return found


def _cell_problems(view: QTableView) -> list[Violation]:
    """Cells whose text needs more room than the cell has (the first rows: a table's columns
    and rows are sized for all of them alike)."""
    model, delegate = view.model(), view.itemDelegate()
    option = QStyleOptionViewItem()
    for row in range(min(model.rowCount(), _CELL_ROWS)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text or view.isColumnHidden(column) or view.isRowHidden(row):
                continue
            room = view.visualRect(index)
            if room.width() <= 0:
                continue
            option.initFrom(view)
            option.rect = room
            view.initViewItemOption(option)
            option.rect = room
            needed = delegate.sizeHint(option, index)
            if view.wordWrap():
                too_big = needed.height() > room.height() + _TOLERANCE
            else:
                too_big = needed.width() > room.width() + _TOLERANCE
            if too_big:
                size = f"{room.width()}x{room.height()}px for {needed.width()}x{needed.height()}px"
                return [Violation("cell", where(view), f"row {row} column {column}: {size}")]
    return []


def _overlaps(window: QWidget, widgets: list[QWidget]) -> list[Violation]:
    boxes: list[tuple[QWidget, QRect]] = []
    for widget in widgets:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        boxes.append((widget, QRect(top_left, widget.size()).adjusted(1, 1, -1, -1)))
    found = []
    for i, (one, box_one) in enumerate(boxes):
        for two, box_two in boxes[i + 1 :]:
            if one.isAncestorOf(two) or two.isAncestorOf(one):
                continue
            if box_one.intersects(box_two):
                found.append(Violation("overlap", where(one), where(two)))
    return found


def _check_page(app: QApplication, window: QWidget, page: QWidget) -> list[Violation]:
    body_px = QFontInfo(app.font()).pixelSize()
    found: list[Violation] = []
    widgets = _text_widgets(window, page)
    for widget in widgets:
        size = QFontInfo(widget.font()).pixelSize()
        if size < body_px:
            found.append(Violation("small", where(widget), f"{size}px < {body_px}px"))
        problem = _cut(widget)
        if problem:
            found.append(Violation("cut", where(widget), problem))
    found += _header_problems(window, page, body_px)
    found += _overlaps(window, widgets)
    for area in page.findChildren(QScrollArea):
        # WCAG 2.2 SC 1.4.10: the page reflows instead of scrolling sideways.
        if shown(area, window) and area.horizontalScrollBar().maximum() > 0:
            content = area.widget()
            found.append(
                Violation(
                    "sideways",
                    where(area),
                    f"{content.width() if content else 0}px in {area.viewport().width()}px",
                )
            )
    return found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("scale", "theme_name"), [(100, "light"), (200, "light"), (200, "high_contrast")]
)
def test_no_text_is_cut_overlapping_or_small(  # type: ignore[no-untyped-def]
    build_window, qapp, tmp_path: Path, scale, theme_name
) -> None:
    """High contrast draws wider scroll bars and bordered buttons: checked at 200 % too."""
    context, window = build_window(tmp_path / "data", "en")
    context.set_appearance(theme_name=theme_name, text_scale=scale, remember=False)
    settle(qapp)
    found: list[Violation] = []
    for language, page_id, page in pages(qapp, context, window):
        for violation in _check_page(qapp, window, page):
            detail = f"{page_id}, {language}, {scale} %: {violation.detail}"
            found.append(Violation(violation.check, violation.place, detail))
    new, fixed = compare_with_known(found, KNOWN[scale] | KNOWN.get(theme_name, set()))
    assert not new and not fixed, "\n" + report(new, fixed)
