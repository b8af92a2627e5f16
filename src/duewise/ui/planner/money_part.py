"""The money for the debts: budget, recurring extra, first month, currency, one-off payments.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from duewise.finance import forms, planner
from duewise.finance.money import ZERO
from duewise.ui.common import basics, errors
from duewise.ui.common.flow import FlowLayout


class MoneyPart:
    """A part of the planner page (see the module docstring)."""

    def _build_money(self) -> None:
        frame, layout = basics.card(self)
        self.money_heading = basics.heading(2, frame)
        layout.addWidget(self.money_heading)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.budget_label = QLabel(frame)
        self.budget_edit = QLineEdit(frame)
        self.budget_error = QLabel(frame)
        self.extra_label = QLabel(frame)
        self.extra_edit = QLineEdit("0", frame)
        self.extra_error = QLabel(frame)
        self.start_label = QLabel(frame)
        self.start_edit = QDateEdit(frame)
        self.start_edit.setDisplayFormat("yyyy-MM")
        # Every month of the longest plan simulated is a calendar month (years end at 9999):
        # the first payment month leaves room for planner.HORIZON_MONTHS after it.
        self.start_edit.setMaximumDate(QDate(9999, 12, 1).addMonths(-planner.HORIZON_MONTHS))
        today = QDate.currentDate()
        self.start_edit.setDate(QDate(today.year(), today.month(), 1).addMonths(1))
        self.currency_label = QLabel(frame)
        self.currency_box = QComboBox(frame)
        self.currency_box.addItem("¥ CNY", "CNY")
        self.currency_box.addItem("$ USD", "USD")
        for label, field in (
            (self.budget_label, self.budget_edit),
            (self.extra_label, self.extra_edit),
            (self.start_label, self.start_edit),
            (self.currency_label, self.currency_box),
        ):
            label.setBuddy(field)
        for error in (self.budget_error, self.extra_error):
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
        self.money_grid = grid
        self._place_money_fields(wide=not self._large_text())
        self.lump_heading = QLabel(frame)
        self.lump_heading.setWordWrap(True)
        layout.addWidget(self.lump_heading)
        lump_row = FlowLayout()
        self.lump_month_label = QLabel(frame)
        self.lump_month_edit = QDateEdit(frame)
        self.lump_month_edit.setDisplayFormat("yyyy-MM")
        self.lump_month_edit.setDate(self.start_edit.date().addMonths(11))
        self.lump_amount_label = QLabel(frame)
        self.lump_amount_edit = QLineEdit(frame)
        self.lump_add_button = QPushButton(frame)
        self.lump_remove_button = QPushButton(frame)
        self.lump_month_label.setBuddy(self.lump_month_edit)
        self.lump_amount_label.setBuddy(self.lump_amount_edit)
        for widget in (
            self.lump_month_label,
            self.lump_month_edit,
            self.lump_amount_label,
            self.lump_amount_edit,
            self.lump_add_button,
            self.lump_remove_button,
        ):
            lump_row.addWidget(widget)
        layout.addLayout(lump_row)
        self.lump_error = QLabel(frame)
        self.lump_error.setProperty("role", "error")
        self.lump_error.hide()
        layout.addWidget(self.lump_error)
        self.lump_list = QListWidget(frame)
        self.lump_list.setMaximumHeight(80)
        layout.addWidget(self.lump_list)
        self.body.addWidget(frame)

    def _place_money_fields(self, *, wide: bool) -> None:
        """Two label-field pairs per row, or one per row when the text is large."""
        grid = self.money_grid
        pairs = (
            (self.budget_label, self.budget_edit, self.budget_error),
            (self.extra_label, self.extra_edit, self.extra_error),
            (self.start_label, self.start_edit, None),
            (self.currency_label, self.currency_box, None),
        )
        for label, field, error in pairs:
            for widget in (label, field, error):
                if widget is not None:
                    grid.removeWidget(widget)
        per_row = 2 if wide else 1
        row = 0
        for start in range(0, len(pairs), per_row):
            chunk = pairs[start : start + per_row]
            for i, (label, field, error) in enumerate(chunk):
                grid.addWidget(label, row, 2 * i)
                grid.addWidget(field, row, 2 * i + 1)
                if error is not None:
                    grid.addWidget(error, row + 1, 2 * i + 1)
            row += 1 + any(error is not None for _, _, error in chunk)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column % 2 and (wide or column < 2) else 0)

    @staticmethod
    def _show_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _amount(self, edit: QLineEdit, error: QLabel, *, required: bool) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            if required:
                self._show_error(
                    error,
                    QCoreApplication.translate(
                        "PlannerPage", "Enter the amount you can pay each month."
                    ),
                )
                return None
            self._show_error(error, "")
            return ZERO
        name = "budget" if required else "extra"
        checked = forms.validate_planner(
            budget=text if required else "0", extra=None if required else text
        )
        problem = checked.error(name)
        if problem is not None:
            self._show_error(
                error, errors.cell_message(problem.code, problem.params, example="2500")
            )
            return None
        self._show_error(error, "")
        return checked.values[name]  # type: ignore[return-value]

    def _on_currency_changed(self, index: int) -> None:
        del index
        self.debts_model.currency = self.currency()
        self.debts_model.retranslate()
        self.retranslate_ui()
        self.recompute()

    def _lump_month_number(self) -> int:
        start = self.start_edit.date()
        chosen = self.lump_month_edit.date()
        return (chosen.year() - start.year()) * 12 + chosen.month() - start.month() + 1

    def _on_lump_add_clicked(self) -> None:
        month = self._lump_month_number()
        if not 1 <= month <= planner.HORIZON_MONTHS:
            self._show_error(
                self.lump_error,
                QCoreApplication.translate(
                    "PlannerPage", "Choose a month from the first payment month on."
                ),
            )
            return
        checked = forms.validate_planner(
            budget="0", lump_sum_month=month, lump_sum_amount=self.lump_amount_edit.text()
        )
        problem = checked.error("lump_sum_amount") or checked.error("lump_sum_month")
        if problem is not None:
            self._show_error(
                self.lump_error, errors.cell_message(problem.code, problem.params, example="5000")
            )
            return
        amount: Decimal = checked.values["lump_sum_amount"]  # type: ignore[assignment]
        self._show_error(self.lump_error, "")
        self.lumps[month] = self.lumps.get(month, ZERO) + amount
        self.lump_amount_edit.clear()
        self._refresh_lump_list()
        self.recompute()

    def _on_lump_remove_clicked(self) -> None:
        item = self.lump_list.currentItem()
        if item is None:
            return
        self.lumps.pop(int(item.data(Qt.ItemDataRole.UserRole)), None)
        self._refresh_lump_list()
        self.recompute()

    def _refresh_lump_list(self) -> None:
        self.lump_list.clear()
        for month, amount in sorted(self.lumps.items()):
            item = QListWidgetItem(
                QCoreApplication.translate("PlannerPage", "%1 (month %2): %3")
                .replace("%1", self.month_text(month))
                .replace("%2", str(month))
                .replace("%3", self.money(amount))
            )
            item.setData(Qt.ItemDataRole.UserRole, month)
            self.lump_list.addItem(item)
        self.lump_list.setVisible(bool(self.lumps))

    # --- slots: shortfall and strategies ----------------------------------------------------

    def _retranslate_money(self) -> None:
        self.money_heading.setText(
            QCoreApplication.translate("PlannerPage", "Money for your debts")
        )
        symbol = "¥" if self.currency() == "CNY" else "$"
        self.budget_label.setText(
            QCoreApplication.translate("PlannerPage", "Monthly &budget (%1)").replace("%1", symbol)
        )
        self.extra_label.setText(
            QCoreApplication.translate("PlannerPage", "Recurring &extra (%1)").replace("%1", symbol)
        )
        self.start_label.setText(QCoreApplication.translate("PlannerPage", "First payment &month"))
        self.currency_label.setText(QCoreApplication.translate("PlannerPage", "&Currency"))
        self.budget_edit.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Monthly budget")
        )
        self.extra_edit.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Recurring extra payment")
        )
        self.start_edit.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "First payment month")
        )
        self.currency_box.setAccessibleName(QCoreApplication.translate("PlannerPage", "Currency"))
        self.budget_edit.setToolTip(
            QCoreApplication.translate(
                "PlannerPage", "What you can pay towards all debts each month."
            )
        )
        self.extra_edit.setToolTip(
            QCoreApplication.translate("PlannerPage", "An extra amount you add every month on top.")
        )
        self.lump_heading.setText(
            QCoreApplication.translate(
                "PlannerPage", "One-off payments (a bonus, a 年终奖) on the month you choose:"
            )
        )
        self.lump_month_label.setText(QCoreApplication.translate("PlannerPage", "M&onth"))
        self.lump_amount_label.setText(QCoreApplication.translate("PlannerPage", "Amoun&t"))
        self.lump_add_button.setText(QCoreApplication.translate("PlannerPage", "Add one-off"))
        self.lump_remove_button.setText(QCoreApplication.translate("PlannerPage", "Remove one-off"))
        self.lump_month_edit.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Month of the one-off payment")
        )
        self.lump_amount_edit.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Amount of the one-off payment")
        )
        self.lump_add_button.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Add one-off payment")
        )
        self.lump_remove_button.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Remove the selected one-off payment")
        )
        self.lump_list.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "One-off payments")
        )
