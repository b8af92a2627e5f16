"""Keep and take away: plans saved by name and opened again, this month's real payments recorded.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from duewise.finance import planner_debts, planner_tools, products
from duewise.finance.money import (
    MoneyError,
    to_decimal,
)
from duewise.finance.planner import Strategy
from duewise.storage import names
from duewise.ui.common import basics
from duewise.ui.common.flow import FlowLayout
from duewise.ui.planner.models import (
    DebtRow,
)
from duewise.ui.planner.parts import PLAN_KIND, label_button


class SavedPlansPart:
    """A part of the planner page (see the module docstring)."""

    def _build_take_away(self) -> None:
        frame, layout = basics.card(self)
        self.take_heading = basics.heading(2, frame)
        layout.addWidget(self.take_heading)
        save_row = FlowLayout()
        self.plan_name_label = QLabel(frame)
        self.plan_name_box = QComboBox(frame)
        self.plan_name_box.setEditable(True)
        basics.keep_single_line(self.plan_name_box.lineEdit())  # a pasted name stays one line
        self.plan_name_box.setMinimumWidth(220)
        self.plan_name_label.setBuddy(self.plan_name_box)
        self.save_button = QPushButton(frame)
        self.open_button = QPushButton(frame)
        self.delete_plan_button = QPushButton(frame)
        for widget in (
            self.plan_name_label,
            self.plan_name_box,
            self.save_button,
            self.open_button,
            self.delete_plan_button,
        ):
            save_row.addWidget(widget)
        layout.addLayout(save_row)
        export_row = FlowLayout()
        self.csv_button = QPushButton(frame)
        self.pdf_button = QPushButton(frame)
        self.ics_button = QPushButton(frame)
        self.record_button = QPushButton(frame)
        for widget in (self.csv_button, self.pdf_button, self.ics_button, self.record_button):
            export_row.addWidget(widget)
        layout.addLayout(export_row)
        self.progress = QProgressBar(frame)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = basics.paragraph(frame)
        layout.addWidget(self.status)
        self.body.addWidget(frame)

    def _build_actions(self) -> None:
        def action(keys: list[QKeySequence | str], slot, widget: QWidget, context) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_action = action(["Ctrl+N"], self._on_add_triggered, self, page_wide)
        self.insert_action = action(
            ["Insert"], self._on_add_triggered, self.debts_view, Qt.ShortcutContext.WidgetShortcut
        )
        self.delete_action = action(
            [QKeySequence.StandardKey.Delete],
            self._on_delete_triggered,
            self.debts_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.paste_action = action(
            [QKeySequence.StandardKey.Paste],
            self._on_paste_triggered,
            self.debts_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.up_action = action(
            ["Alt+Up"], self._on_up_triggered, self.debts_view, Qt.ShortcutContext.WidgetShortcut
        )
        self.down_action = action(
            ["Alt+Down"],
            self._on_down_triggered,
            self.debts_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.undo_action = self.debts_model.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(page_wide)
        self.addAction(self.undo_action)
        self.redo_action = self.debts_model.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(page_wide)
        self.addAction(self.redo_action)
        self.save_action = action(["Ctrl+S"], self._on_save_clicked, self, page_wide)
        self.help_action = action(
            ["F1"], self._on_help_triggered, self.strategy_table, Qt.ShortcutContext.WidgetShortcut
        )

    def plan_payload(self) -> dict[str, object]:
        """Everything needed to reopen the plan (as typed)."""
        start = self.start_edit.date()
        return {
            "version": 1,
            "currency": self.currency(),
            "debts": [row.to_json() for row in self.debts_model.rows],
            "budget": self.budget_edit.text(),
            "extra": self.extra_edit.text(),
            "start": f"{start.year():04d}-{start.month():02d}",
            "lump_sums": [[m, format(a, "f")] for m, a in sorted(self.lumps.items())],
            "strategy": self.chosen.value if self.chosen else None,
        }

    def apply_payload(self, payload: dict[str, object]) -> None:
        """Show a saved plan (raises ValueError/KeyError/TypeError when it is damaged)."""
        debts = payload["debts"]
        if not isinstance(debts, list):
            raise ValueError("debts")
        rows = [DebtRow.from_json(d) for d in debts]
        year, month = (int(x) for x in str(payload["start"]).split("-"))
        lumps_raw = payload.get("lump_sums") or []
        if not isinstance(lumps_raw, list):
            raise ValueError("lump_sums")
        lumps = {int(m): to_decimal(a) for m, a in lumps_raw}
        strategy = payload.get("strategy")
        self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(payload["currency"])))
        self.lumps = lumps
        self.chosen = Strategy(strategy) if strategy else None
        self.start_edit.setDate(QDate(year, month, 1))
        self.budget_edit.setText(str(payload.get("budget", "")))
        self.extra_edit.setText(str(payload.get("extra", "0")))
        self.debts_model.undo_stack.clear()
        self.debts_model.set_rows(rows)
        self._refresh_lump_list()
        self.recompute()

    def refresh_saved_names(self) -> None:
        """The saved plans' names in the name box."""
        current = self.plan_name_box.currentText()
        self.plan_name_box.clear()
        self.plan_name_box.addItems(
            self.context.database.item_names(self.context.profile_id, PLAN_KIND)
        )
        self.plan_name_box.setEditText(current)

    def _on_save_clicked(self) -> None:
        name = names.single_line(self.plan_name_box.currentText())
        if not name:
            self.status.setText(
                QCoreApplication.translate("PlannerPage", "Type a name for the plan first.")
            )
            self.plan_name_box.setFocus()
            return
        self.context.database.save_item(
            self.context.profile_id, PLAN_KIND, name, json.dumps(self.plan_payload())
        )
        self.refresh_saved_names()
        self.plan_name_box.setEditText(name)
        self.status.setText(
            QCoreApplication.translate("PlannerPage", "Saved the plan “%1”.").replace("%1", name)
        )

    def _on_open_clicked(self) -> None:
        name = names.single_line(self.plan_name_box.currentText())
        text = self.context.database.load_item(self.context.profile_id, PLAN_KIND, name)
        if text is None:
            self.status.setText(
                QCoreApplication.translate(
                    "PlannerPage", "There is no saved plan called “%1”."
                ).replace("%1", name)
            )
            return
        try:
            payload = json.loads(text)
            if not isinstance(payload, dict):
                raise ValueError("not an object")
            self.apply_payload(payload)
        except (ValueError, KeyError, TypeError, MoneyError):
            self.status.setText(
                QCoreApplication.translate(
                    "PlannerPage", "The saved plan “%1” could not be read."
                ).replace("%1", name)
            )
            return
        self.status.setText(
            QCoreApplication.translate("PlannerPage", "Opened the plan “%1”.").replace("%1", name)
        )

    def _on_delete_plan_clicked(self) -> None:
        name = self.plan_name_box.currentText().strip()
        if not name or name not in self.context.database.item_names(
            self.context.profile_id, PLAN_KIND
        ):
            self.status.setText(
                QCoreApplication.translate(
                    "PlannerPage", "There is no saved plan called “%1”."
                ).replace("%1", name)
            )
            return
        self.context.database.delete_item(self.context.profile_id, PLAN_KIND, name)
        self.refresh_saved_names()
        self.plan_name_box.setEditText("")
        self.status.setText(
            QCoreApplication.translate("PlannerPage", "Deleted the saved plan “%1”.").replace(
                "%1", name
            )
        )

    # --- exports ----------------------------------------------------------------------------

    def _on_record_clicked(self) -> None:
        result = self._shown_result()
        if result is None or not result.month_count:
            return
        planned = [(debt.name, debt.payment) for debt in result.schedule[0].debts]
        amounts = self.ask_payments(self, planned, self.currency(), self.context.language)
        if amounts is not None:
            self.record_payments(amounts)

    def record_payments(self, amounts: dict[str, Decimal]) -> None:
        """Apply this month's real payments and re-plan from next month."""
        recorded = planner_tools.record_month(self._valid_debts, amounts, self.products_by_debt())
        left = {d.name: d.balance for d in recorded.debts}
        rows = [
            DebtRow(**{**r.to_json(), "balance": format(left[r.name.strip()], "f")})
            for r in self.debts_model.rows
            if r.name.strip() in left
        ]
        self.start_edit.blockSignals(True)
        self.start_edit.setDate(self.start_edit.date().addMonths(1))
        self.start_edit.blockSignals(False)
        self.lumps = {m - 1: a for m, a in self.lumps.items() if m > 1}
        self._refresh_lump_list()
        self.debts_model.apply(rows, QCoreApplication.translate("PlannerPage", "Record payments"))
        message = QCoreApplication.translate(
            "PlannerPage", "Recorded. The plan now starts in %1."
        ).replace("%1", self.month_text(1))
        if recorded.repaid:
            message += " " + QCoreApplication.translate("PlannerPage", "Paid off: %1.").replace(
                "%1", ", ".join(recorded.repaid)
            )
        if recorded.below_minimum:
            message += " " + QCoreApplication.translate(
                "PlannerPage", "Below the minimum (overdue): %1. Pay the rest as soon as you can."
            ).replace("%1", ", ".join(recorded.below_minimum))
        charges = [
            QCoreApplication.translate("PlannerPage", "%1 %2")
            .replace("%1", name)
            .replace("%2", self.money(amount))
            for name, amount in recorded.late_charges.items()
            if amount > 0
        ]
        if charges:
            message += " " + QCoreApplication.translate(
                "PlannerPage", "Late charges added to the balance: %1."
            ).replace("%1", ", ".join(charges))
        self.status.setText(message)

    def products_by_debt(self) -> dict[str, products.Product]:
        """Each debt's product, whose rules price a payment below the minimum: its preset, or
        the product its own terms are simulated as (``planner_debts.missed_payment_setup``)."""
        found: dict[str, products.Product] = {}
        rows = {r.name.strip(): r for r in self.debts_model.rows}
        for debt in self._valid_debts:
            row = rows.get(debt.name)
            if row is None:
                continue
            try:
                setup = planner_debts.missed_payment_setup(
                    debt, self.presets.get(row.product), self.currency(), self.presets
                )
            except (MoneyError, products.ProductError):
                continue  # a payment that never repays it: no late-charge rule to apply
            found[debt.name] = setup.product
        return found

    # --- appearance ---------------------------------------------------------------------------

    def _retranslate_take_away(self) -> None:
        self.take_heading.setText(QCoreApplication.translate("PlannerPage", "Keep and take away"))
        self.plan_name_label.setText(QCoreApplication.translate("PlannerPage", "Plan &name"))
        self.plan_name_box.setAccessibleName(QCoreApplication.translate("PlannerPage", "Plan name"))
        for button, text, name in (
            (
                self.save_button,
                QCoreApplication.translate("PlannerPage", "&Save"),
                QCoreApplication.translate("PlannerPage", "Save the plan under this name (Ctrl+S)"),
            ),
            (
                self.open_button,
                QCoreApplication.translate("PlannerPage", "&Open"),
                QCoreApplication.translate("PlannerPage", "Open the saved plan with this name"),
            ),
            (
                self.delete_plan_button,
                QCoreApplication.translate("PlannerPage", "Delete saved"),
                QCoreApplication.translate("PlannerPage", "Delete the saved plan"),
            ),
            (
                self.csv_button,
                QCoreApplication.translate("PlannerPage", "Schedule as CSV…"),
                QCoreApplication.translate("PlannerPage", "Export the schedule as CSV"),
            ),
            (
                self.pdf_button,
                QCoreApplication.translate("PlannerPage", "Printable PDF…"),
                QCoreApplication.translate("PlannerPage", "Export a printable PDF plan"),
            ),
            (
                self.ics_button,
                QCoreApplication.translate("PlannerPage", "Calendar (.ics)…"),
                QCoreApplication.translate(
                    "PlannerPage", "Export every due date with a reminder two days before"
                ),
            ),
            (
                self.record_button,
                QCoreApplication.translate("PlannerPage", "Record this month's payments…"),
                QCoreApplication.translate(
                    "PlannerPage",
                    "Record what you actually paid and re-plan from the real balances",
                ),
            ),
        ):
            label_button(button, text, name)
