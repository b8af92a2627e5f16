"""The class quiz's end view: the results per question, or the team scoreboard and its chart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.learning import classroom
from duewise.ui.classroom import quiz_words
from duewise.ui.classroom.charts import BarsChart
from duewise.ui.common import app_language, basics
from duewise.ui.common.basics import RetranslatingWidget


class QuizEndView(RetranslatingWidget):
    """How a finished class quiz went (the panel connects the export and new-quiz buttons)."""

    #: The widgets the panel shows under its own name (``panel.end_table`` …).
    SHARED = "end_table end_chart end_status export_button new_button"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._teams = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.end_heading = basics.heading(2, self)
        self.end_note = basics.paragraph(self, muted=True)
        self.end_table = QTableWidget(self)
        self.end_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.end_table.verticalHeader().hide()
        self.end_table.setMinimumHeight(220)
        self.end_chart = BarsChart(self)
        self.end_chart.setMinimumHeight(240)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self)
        self.new_button = QPushButton(self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.end_status = basics.paragraph(self, muted=True)
        for widget in (self.end_heading, self.end_note, self.end_table, self.end_chart):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.end_status)
        layout.addStretch(1)

    def show_run(
        self, run: classroom.QuizRun, lang: str, scoreboard: quiz_words.ChartData | None
    ) -> None:
        """Fill the table (and the team chart) with how ``run`` went."""
        self._teams = run.teams
        session = run.session
        language = app_language.lesson_language(lang)
        table = self.end_table
        table.clearContents()
        if session.mode is classroom.QuizMode.TEAMS:
            board = classroom.scoreboard(session)
            table.setColumnCount(3)
            table.setRowCount(len(board))
            for row, standing in enumerate(board):
                for column, value in enumerate(
                    (str(standing.rank), standing.team, formatting.number(standing.points, lang))
                ):
                    table.setItem(row, column, QTableWidgetItem(value))
            self.end_chart.font_scale = 150
            if scoreboard is not None:
                scoreboard.show(self.end_chart)
            self.end_chart.show()
        else:
            rows = []
            for number, question in enumerate(run.questions, start=1):
                result = session.result(question.id)
                if result is None or not result.counts:
                    continue
                summary = classroom.summarize(question, result.counts)
                right = (
                    formatting.pct(classroom.percent(summary.share_right, 0), lang, 0)
                    if summary.share_right is not None
                    else "—"
                )
                rows.append(
                    (
                        str(number),
                        question.prompt.get(language),
                        formatting.number(summary.total, lang),
                        right,
                    )
                )
            table.setColumnCount(4)
            table.setRowCount(len(rows))
            for row, values in enumerate(rows):
                for column, value in enumerate(values):
                    table.setItem(row, column, QTableWidgetItem(value))
            self.end_chart.hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if table.columnCount() == 4:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.end_heading.setText(self.tr("Quiz finished"))
        teams_end = self._teams
        self.end_note.setText(
            self.tr("Scoreboard: teams with equal points share a place.")
            if teams_end
            else self.tr(
                "How the class did on each question (share right: answers on the right "
                "option; — for multiple choice, which hand counts cannot tell)."
            )
        )
        if teams_end:
            self.end_table.setHorizontalHeaderLabels(
                [self.tr("Place"), self.tr("Team"), self.tr("Points")]
            )
            self.end_table.setAccessibleName(self.tr("Team scoreboard"))
            self.end_chart.setAccessibleName(self.tr("Team points"))
        else:
            self.end_table.setHorizontalHeaderLabels(
                [self.tr("No."), self.tr("Question"), self.tr("Answers"), self.tr("Share right")]
            )
            self.end_table.setAccessibleName(self.tr("Class results per question"))
        self.export_button.setText(self.tr("&Export as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export this quiz as CSV"))
        self.new_button.setText(self.tr("&New quiz"))
        self.new_button.setAccessibleName(self.tr("Set up a new class quiz"))
