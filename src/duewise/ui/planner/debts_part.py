"""The debts table: the example, adding, deleting, moving, pasting and importing debts.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from duewise.finance import planner_tools
from duewise.storage import debt_import
from duewise.ui.common import basics, errors
from duewise.ui.common.flow import FlowLayout
from duewise.ui.common.wrap_header import WrapHeader, keep_rows_in_sight
from duewise.ui.planner.models import (
    COL_NAME,
    CUSTOM,
    DebtRow,
    ProductDelegate,
)
from duewise.ui.planner.parts import label_button


class DebtsPart:
    """The debts table: the example, adding, deleting, moving, pasting and importing debts."""

    def _build_example_note(self) -> None:
        self.example_frame = QFrame(self)
        self.example_frame.setObjectName("plannerExample")
        self.example_frame.setProperty("role", "note")  # the theme's note colours
        row = QHBoxLayout(self.example_frame)
        self.example_label = QLabel(self.example_frame)
        self.example_label.setWordWrap(True)
        self.clear_example_button = QPushButton(self.example_frame)
        row.addWidget(self.example_label, 1)
        row.addWidget(self.clear_example_button)
        self.body.addWidget(self.example_frame)

    def _build_debts(self) -> None:
        frame, layout = basics.card(self)
        self.debts_heading = basics.heading(2, frame)
        layout.addWidget(self.debts_heading)
        buttons = FlowLayout()
        self.add_button = QPushButton(frame)
        self.delete_button = QPushButton(frame)
        self.up_button = QPushButton(frame)
        self.down_button = QPushButton(frame)
        self.paste_button = QPushButton(frame)
        self.import_button = QPushButton(frame)
        self.undo_button = QPushButton(frame)
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.paste_button,
            self.import_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.debts_view = QTableView(frame)
        self.debts_view.setModel(self.debts_model)
        self.debts_view.setItemDelegateForColumn(1, ProductDelegate(self.debts_model, self))
        self.debts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debts_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.debts_view.setDragEnabled(True)
        self.debts_view.setAcceptDrops(True)
        self.debts_view.setDropIndicatorShown(True)
        self.debts_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.debts_view.setDragDropOverwriteMode(False)
        self.debts_view.setTabKeyNavigation(False)
        header = WrapHeader(self.debts_view)  # "Due day" wraps where the table scrolls sideways
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        keep_rows_in_sight(self.debts_view)
        layout.addWidget(self.debts_view)
        self.debts_hint = basics.paragraph(frame, muted=True)
        self.debts_errors = QLabel(frame)
        self.debts_errors.setWordWrap(True)
        self.debts_errors.setProperty("role", "error")
        layout.addWidget(self.debts_errors)
        layout.addWidget(self.debts_hint)
        self.body.addWidget(frame)

    def _debt_problems(self) -> list[str]:
        problems = self.debts_model.errors()
        lines = []
        for (row, column), code in sorted(problems.items()):
            name = self.debts_model.rows[row].name or QCoreApplication.translate(
                "PlannerPage", "row %1"
            ).replace("%1", str(row + 1))
            title = str(self.debts_model.headerData(column, Qt.Orientation.Horizontal))
            lines.append(
                QCoreApplication.translate("PlannerPage", "Row %1 (%2), %3: %4")
                .replace("%1", str(row + 1))
                .replace("%2", name)
                .replace("%3", title)
                .replace("%4", errors.cell_message(code))
            )
        return lines

    def order(self) -> list[str]:
        """Debt names in the table's order (the custom order)."""
        return [row.name.strip() for row in self.debts_model.rows]

    # --- computing --------------------------------------------------------------------------

    def _on_debts_changed(self, *args: object) -> None:
        del args
        self.recompute()

    def _selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.debts_view.selectionModel().selectedRows()}
        current = self.debts_view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def _on_add_triggered(self) -> None:
        rows = list(self.debts_model.rows)
        names = {r.name for r in rows}
        number = len(rows) + 1
        while (
            QCoreApplication.translate("PlannerPage", "Debt %1").replace("%1", str(number)) in names
        ):
            number += 1
        name = QCoreApplication.translate("PlannerPage", "Debt %1").replace("%1", str(number))
        rows.append(DebtRow(name, CUSTOM, "", "", "10", "0", "10"))
        self.debts_model.apply(rows, QCoreApplication.translate("PlannerPage", "Add debt"))
        index = self.debts_model.index(len(rows) - 1, COL_NAME)
        self.debts_view.setFocus()
        self.debts_view.setCurrentIndex(index)
        self.debts_view.edit(index)

    def _on_delete_triggered(self) -> None:
        selected = self._selected_rows()
        if not selected:
            return
        rows = [r for i, r in enumerate(self.debts_model.rows) if i not in selected]
        self.debts_model.apply(rows, QCoreApplication.translate("PlannerPage", "Delete debts"))
        self.status.setText(
            QCoreApplication.translate(
                "PlannerPage", "Deleted %1 debt(s). Ctrl+Z brings them back."
            ).replace("%1", str(len(selected)))
        )
        if rows:
            self.debts_view.setCurrentIndex(
                self.debts_model.index(min(selected[0], len(rows) - 1), COL_NAME)
            )

    def _move(self, step: int) -> None:
        selected = self._selected_rows()
        if not selected:
            return
        current = self.debts_view.currentIndex()
        column = current.column() if current.isValid() else COL_NAME
        if step < 0 and selected[0] == 0:
            return
        if step > 0 and selected[-1] >= len(self.debts_model.rows) - 1:
            return
        target = selected[0] - 1 if step < 0 else selected[-1] + 2
        self.debts_model.move_rows(selected, target)
        first = selected[0] + step
        self.debts_view.setCurrentIndex(self.debts_model.index(first, column))

    def _on_up_triggered(self) -> None:
        self._move(-1)

    def _on_down_triggered(self) -> None:
        self._move(1)

    def _on_paste_triggered(self) -> None:
        text = QGuiApplication.clipboard().text()
        self.import_text(text)

    def _on_import_clicked(self) -> None:
        path = self.ask_open_path(
            self,
            QCoreApplication.translate("PlannerPage", "Import debts"),
            QCoreApplication.translate("PlannerPage", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path is None:
            return
        try:  # a regular file within the size limit only (a pipe or 50 MB file: refused)
            text = debt_import.read_debt_text(path)
        except debt_import.DebtImportError as error:
            self.status.setText(errors.describe(error))
            return
        self.import_text(text)

    def import_text(self, text: str) -> int:
        """Read debts from pasted or imported text, show the preview, add the good rows."""
        if not text.strip():
            self.status.setText(
                QCoreApplication.translate(
                    "PlannerPage", "Nothing to paste: copy rows from a spreadsheet first."
                )
            )
            return 0
        known = [r.name.strip() for r in self.debts_model.rows]
        try:
            parsed = debt_import.parse_debt_text(text, tuple(self.presets))
        except debt_import.DebtImportError as error:  # too many rows, or a cell too long
            self.status.setText(errors.debt_import_message(error.code, error.params))
            return 0
        # A row whose name is already in the table is a duplicate too.
        rows = []
        for parsed_row in parsed:
            if parsed_row.debt is not None and parsed_row.debt.name in known:
                rows.append(
                    planner_tools.ImportRow(
                        parsed_row.line, parsed_row.cells, None, (("name", "duplicate_name"),)
                    )
                )
            else:
                rows.append(parsed_row)
        if not self.confirm_import(self, rows):
            self.status.setText(QCoreApplication.translate("PlannerPage", "Nothing was added."))
            return 0
        new_rows = list(self.debts_model.rows)
        added = 0
        for row in rows:
            debt = row.debt
            if debt is None:
                continue
            new_rows.append(
                DebtRow(
                    debt.name,
                    debt.product_id or CUSTOM,
                    format(debt.balance, "f"),
                    format((debt.annual_rate * 100).normalize(), "f"),
                    format((debt.min_rate * 100).normalize(), "f"),
                    format(debt.min_floor, "f"),
                    str(debt.due_day),
                )
            )
            added += 1
        self.debts_model.apply(
            new_rows, QCoreApplication.translate("PlannerPage", "Add pasted debts")
        )
        self.status.setText(
            QCoreApplication.translate("PlannerPage", "Added %1 debt(s).").replace("%1", str(added))
        )
        return added

    def _on_clear_example_clicked(self) -> None:
        self.debts_model.apply([], QCoreApplication.translate("PlannerPage", "Clear the example"))
        self.status.setText(
            QCoreApplication.translate(
                "PlannerPage", "The example was cleared. Ctrl+Z brings it back."
            )
        )
        self.example_frame.hide()
        self.add_button.setFocus()

    # --- slots: money -----------------------------------------------------------------------

    def _retranslate_debts(self) -> None:
        self.example_label.setText(
            QCoreApplication.translate(
                "PlannerPage",
                "This is an example (a 白条 bill, a bank card and a personal loan with a budget "
                "of ¥2,500). Change it to your own debts, or clear it to start empty.",
            )
        )
        self.clear_example_button.setText(
            QCoreApplication.translate("PlannerPage", "Clear the example")
        )
        self.clear_example_button.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Clear the example")
        )
        self.debts_heading.setText(QCoreApplication.translate("PlannerPage", "Your debts"))
        for button, text, name in (
            (
                self.add_button,
                QCoreApplication.translate("PlannerPage", "&Add debt"),
                QCoreApplication.translate("PlannerPage", "Add a debt (Ctrl+N or Insert)"),
            ),
            (
                self.delete_button,
                QCoreApplication.translate("PlannerPage", "De&lete"),
                QCoreApplication.translate("PlannerPage", "Delete the selected debts (Delete)"),
            ),
            (
                self.up_button,
                QCoreApplication.translate("PlannerPage", "Move &up"),
                QCoreApplication.translate("PlannerPage", "Move the debt up (Alt+Up)"),
            ),
            (
                self.down_button,
                QCoreApplication.translate("PlannerPage", "Move do&wn"),
                QCoreApplication.translate("PlannerPage", "Move the debt down (Alt+Down)"),
            ),
            (
                self.paste_button,
                QCoreApplication.translate("PlannerPage", "&Paste rows"),
                QCoreApplication.translate(
                    "PlannerPage", "Paste debts copied from a spreadsheet (Ctrl+V)"
                ),
            ),
            (
                self.import_button,
                QCoreApplication.translate("PlannerPage", "&Import CSV…"),
                QCoreApplication.translate("PlannerPage", "Import debts from a CSV file"),
            ),
            (
                self.undo_button,
                QCoreApplication.translate("PlannerPage", "U&ndo"),
                QCoreApplication.translate("PlannerPage", "Undo the last change (Ctrl+Z)"),
            ),
        ):
            label_button(button, text, name)
        self.undo_button.setEnabled(self.debts_model.undo_stack.canUndo())
        self.undo_action.setText(QCoreApplication.translate("PlannerPage", "Undo"))
        self.redo_action.setText(QCoreApplication.translate("PlannerPage", "Redo"))
        self.debts_view.setAccessibleName(QCoreApplication.translate("PlannerPage", "Debts"))
        self.debts_view.setAccessibleDescription(
            QCoreApplication.translate(
                "PlannerPage", "Type to edit a cell. Delete removes rows, Ctrl+Z undoes."
            )
        )
        self.debts_hint.setText(
            QCoreApplication.translate(
                "PlannerPage",
                "Rates: the APR, or the daily rate Chinese lenders quote (0.05 % a day = 18.25 % "
                "a year); type either. Minimum: a percent of the balance, at least an amount "
                "(a loan's instalment is an amount with 0 %). The table's order is the order "
                "of “Your order”.",
            )
        )
