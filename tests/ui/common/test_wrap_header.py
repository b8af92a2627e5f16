"""The wrapping table header: titles wrap rather than being cut, and the header grows to fit."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from duewise.ui.common.wrap_header import WrapHeader, keep_rows_in_sight

TITLES = ["Month", "银行信用卡: principal", "Penalties and late fees"]


def _table(qtbot: QtBot, width: int) -> tuple[QTableView, WrapHeader]:
    model = QStandardItemModel(3, len(TITLES))
    model.setHorizontalHeaderLabels(TITLES)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    header = WrapHeader(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, header


def _fits(header: WrapHeader, logical: int) -> bool:
    metrics = header.fontMetrics()
    chrome = header.title_margins(logical, TITLES[logical])
    room = header.sectionSize(logical) - chrome.width()
    flags = (Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap).value
    box = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, TITLES[logical])
    return box.width() <= room and box.height() <= header.height() - chrome.height()


def test_a_narrow_column_wraps_its_title_and_the_header_grows(qtbot: QtBot) -> None:
    view, header = _table(qtbot, 900)
    for column in range(len(TITLES)):
        header.resizeSection(column, header.one_line_width(column))
    qtbot.waitUntil(lambda: all(_fits(header, c) for c in range(len(TITLES))))
    one_line = header.height()
    header.resizeSection(1, header.title_width(1))
    qtbot.waitUntil(lambda: header.height() > one_line)
    assert view.horizontalHeader() is header
    assert _fits(header, 1)
    assert header.title_width(1) < header.one_line_width(1)


def test_titles_stay_on_one_line_when_every_column_fits(qtbot: QtBot) -> None:
    _, header = _table(qtbot, 900)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    qtbot.waitUntil(lambda: header.sectionSize(2) >= header.one_line_width(2))
    assert header.roomy()
    assert all(_fits(header, c) for c in range(len(TITLES)))


def test_titles_wrap_when_the_columns_do_not_fit(qtbot: QtBot) -> None:
    view, header = _table(qtbot, 200)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    qtbot.waitUntil(lambda: header.sectionSize(2) == header.title_width(2))
    assert not header.roomy()
    assert all(_fits(header, c) for c in range(len(TITLES)))
    assert view.horizontalScrollBar().maximum() > 0  # the table scrolls sideways instead


def test_the_table_grows_with_its_rows(qtbot: QtBot) -> None:
    view, _ = _table(qtbot, 600)
    keep_rows_in_sight(view, spare_rows=1)
    before = view.minimumHeight()
    view.model().insertRows(0, 2)
    assert view.minimumHeight() == view.maximumHeight() == before + 2 * view.rowHeight(0)
