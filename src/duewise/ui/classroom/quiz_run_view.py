"""The class quiz's running view: the question, a count (or points) field per answer (or team),
the countdown, the reveal (answer, chart, explanation) and the step buttons.

The panel fills the per-question parts; this view holds the widgets (the count fields made per
question by :meth:`QuizRunView.make_rows`) and their fixed texts.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duewise.ui.classroom.charts import BarsChart
from duewise.ui.common import basics, wrap_label
from duewise.ui.common.basics import RetranslatingWidget


class QuizRunView(RetranslatingWidget):
    """The widgets of a running class quiz.

    Signals:
        counts_changed(): a count (or points) field was changed.
    """

    counts_changed = Signal()

    #: The widgets the panel shows under its own name (``panel.progress_label`` …).
    SHARED = (
        "progress_label countdown_display timer_button prompt entry_hint options_grid teams_grid "
        "answer_label chart explanation back_button reveal_button next_button stop_button "
        "keys_hint run_error"
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.progress_label = basics.heading(2, self)
        self.countdown_display = QLabel(self)
        self.countdown_display.setObjectName("countdown")
        big = QFont(self.countdown_display.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.countdown_display.setFont(big)
        self.timer_button = QPushButton(self)
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.countdown_display)
        top.addWidget(self.timer_button)
        layout.addLayout(top)
        self.prompt = wrap_label.WrapLabel(self)
        self.prompt.setObjectName("quizPrompt")
        font = QFont(self.prompt.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.prompt.setFont(font)
        layout.addWidget(self.prompt)
        self.entry_hint = basics.paragraph(self, muted=True)
        layout.addWidget(self.entry_hint)
        self.options_grid = QGridLayout()
        self.options_grid.setColumnStretch(0, 1)
        layout.addLayout(self.options_grid)
        self.teams_grid = QGridLayout()
        layout.addLayout(self.teams_grid)
        self.answer_label = wrap_label.WrapLabel(self)
        self.answer_label.setObjectName("quizAnswer")
        answer_font = QFont(self.answer_label.font())
        answer_font.setPointSizeF(answer_font.pointSizeF() * 1.3)
        answer_font.setBold(True)
        self.answer_label.setFont(answer_font)
        self.chart = BarsChart(self)
        self.chart.setMinimumHeight(260)
        self.explanation = wrap_label.WrapLabel(self)
        for widget in (self.answer_label, self.chart, self.explanation):
            layout.addWidget(widget)
            widget.hide()
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.reveal_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)
        self.keys_hint = basics.paragraph(self, muted=True)
        layout.addWidget(self.keys_hint)
        self.run_error = basics.paragraph(self)
        self.run_error.setProperty("role", "error")
        self.run_error.hide()
        layout.addWidget(self.run_error)
        layout.addStretch(1)

    def make_rows(
        self, options: int, teams: int, maximum: int
    ) -> tuple[list[QSpinBox], list[QLabel], list[QLabel]]:
        """The rows for a new question, replacing the last one's: a label per option shown,
        each with a count field (class mode, ``teams == 0``), or a label and a points field per
        team; counts from 0 to ``maximum``. Tab runs through the fields, then the step buttons.

        Returns:
            ``(fields, option labels, team labels)``, fields in the order shown.
        """
        for grid in (self.options_grid, self.teams_grid):
            while grid.count():
                item = grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        spins: list[QSpinBox] = []
        option_labels: list[QLabel] = []
        team_labels: list[QLabel] = []
        for row in range(options):
            label = wrap_label.WrapLabel(self)
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            label.setFont(font)
            self.options_grid.addWidget(label, row, 0)
            option_labels.append(label)
            if not teams:
                spin = self._make_spin(maximum)
                label.setBuddy(spin)
                self.options_grid.addWidget(spin, row, 1)
                spins.append(spin)
        for column in range(teams):
            label = QLabel(self)
            spin = self._make_spin(maximum)
            label.setBuddy(spin)
            self.teams_grid.addWidget(label, 0, column)
            self.teams_grid.addWidget(spin, 1, column)
            team_labels.append(label)
            spins.append(spin)
        chain = [*spins, self.back_button, self.reveal_button, self.next_button, self.stop_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        return spins, option_labels, team_labels

    def _make_spin(self, maximum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, maximum)
        spin.setMinimumWidth(90)
        font = QFont(spin.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        spin.setFont(font)
        spin.valueChanged.connect(self.counts_changed)
        return spin

    def retranslate_ui(self) -> None:
        """Set the texts that do not depend on the question shown."""
        self.reveal_button.setText(self.tr("&Reveal the answer"))
        self.reveal_button.setToolTip(self.tr("Reveal the answer (Ctrl+R)"))
        self.next_button.setToolTip(self.tr("Next (Ctrl+Enter)"))
        self.timer_button.setToolTip(self.tr("Start or pause the countdown (Ctrl+T)"))
        self.keys_hint.setText(
            self.tr(
                "Keys: Ctrl+R reveal · Ctrl+Enter next · Ctrl+Backspace back · Ctrl+T countdown"
            )
        )
        self.back_button.setText(self.tr("Previous question"))
        self.back_button.setToolTip(
            self.tr("Back to the previous question, as it was entered (Ctrl+Backspace)")
        )
        self.reveal_button.setAccessibleName(self.tr("Reveal the answer"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.stop_button.setText(self.tr("End the quiz"))
        self.stop_button.setAccessibleName(self.tr("End the quiz now"))
