"""The overview: quizzes to take, unfinished attempts, review, progress, and accommodations.

Part of :class:`~duewise.ui.check.page.CheckPage` (a mixin: the page holds the widgets and
the state); texts are translated in the page's context.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.learning import mastery as mastery_of
from duewise.learning import quiz, review
from duewise.learning.quiz import QuizKind
from duewise.storage import settings
from duewise.ui.check.charts import MasteryChart, ScoreChart
from duewise.ui.check.parts import EXTRA_TIME_CHOICES, LARGE_TEXT_SCALE, percent_value
from duewise.ui.common import basics


class OverviewPart:
    """A part of the Check yourself page (see the module docstring)."""

    def _build_overview(self) -> None:
        view = QWidget(self.views)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        self.continue_card, continue_layout = basics.card(view)
        self.continue_label = basics.paragraph(self.continue_card)
        continue_row = QHBoxLayout()
        self.continue_button = QPushButton(self.continue_card)
        self.discard_button = QPushButton(self.continue_card)
        continue_row.addWidget(self.continue_button)
        continue_row.addWidget(self.discard_button)
        continue_row.addStretch(1)
        continue_layout.addWidget(self.continue_label)
        continue_layout.addLayout(continue_row)
        layout.addWidget(self.continue_card)

        start_card, start_layout = basics.card(view)
        self.start_heading = basics.heading(2, start_card)
        start_layout.addWidget(self.start_heading)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.lesson_label = QLabel(start_card)
        self.lesson_combo = QComboBox(start_card)
        self.lesson_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lesson_combo.setMinimumContentsLength(12)
        self.lesson_label.setBuddy(self.lesson_combo)
        self.lesson_button = QPushButton(start_card)
        self.diagnostic_button = QPushButton(start_card)
        self.diagnostic_note = basics.paragraph(start_card, muted=True)
        self.final_button = QPushButton(start_card)
        self.final_note = basics.paragraph(start_card, muted=True)
        self.review_button = QPushButton(start_card)
        self.review_note = basics.paragraph(start_card, muted=True)
        lesson_row = QHBoxLayout()
        lesson_row.addWidget(self.lesson_label)
        lesson_row.addWidget(self.lesson_combo, 1)
        grid.addWidget(self.lesson_button, 0, 0)
        grid.addLayout(lesson_row, 0, 1)
        grid.addWidget(self.diagnostic_button, 1, 0)
        grid.addWidget(self.diagnostic_note, 1, 1)
        grid.addWidget(self.final_button, 2, 0)
        grid.addWidget(self.final_note, 2, 1)
        grid.addWidget(self.review_button, 3, 0)
        grid.addWidget(self.review_note, 3, 1)
        start_layout.addLayout(grid)
        layout.addWidget(start_card)

        rules_card, rules_layout = basics.card(view)
        self.rules_heading = basics.heading(2, rules_card)
        self.rules_text = basics.paragraph(rules_card)
        rules_layout.addWidget(self.rules_heading)
        rules_layout.addWidget(self.rules_text)
        layout.addWidget(rules_card)

        access_card, access_layout = basics.card(view)
        self.access_heading = basics.heading(2, access_card)
        access_layout.addWidget(self.access_heading)
        self.timer_check = QCheckBox(access_card)
        form = QFormLayout()
        self.minutes_label = QLabel(access_card)
        self.minutes_spin = QSpinBox(access_card)
        self.minutes_spin.setRange(1, settings.MAX_QUIZ_MINUTES)
        self.minutes_spin.setMaximumWidth(240)
        self.minutes_label.setBuddy(self.minutes_spin)
        self.extra_label = QLabel(access_card)
        self.extra_combo = QComboBox(access_card)
        self.extra_label.setBuddy(self.extra_combo)
        self.extra_combo.setMaximumWidth(240)
        for _ in EXTRA_TIME_CHOICES:
            self.extra_combo.addItem("")
        form.addRow(self.minutes_label, self.minutes_spin)
        form.addRow(self.extra_label, self.extra_combo)
        self.larger_check = QCheckBox(access_card)
        self.practice_check = QCheckBox(access_card)
        self.access_note = basics.paragraph(access_card, muted=True)
        access_layout.addWidget(self.timer_check)
        access_layout.addLayout(form)
        access_layout.addWidget(self.larger_check)
        access_layout.addWidget(self.practice_check)
        access_layout.addWidget(self.access_note)
        layout.addWidget(access_card)

        progress_card, progress_layout = basics.card(view)
        self.progress_heading = basics.heading(2, progress_card)
        self.streak_label = basics.paragraph(progress_card)
        self.streak_label.setObjectName("streakLabel")
        self.score_heading = basics.paragraph(progress_card)
        self.score_chart = ScoreChart(progress_card)
        self.mastery_heading = basics.paragraph(progress_card)
        objective_lessons = [
            i for i, lesson in enumerate(self.pack.lessons) for _ in lesson.objectives
        ]
        self.mastery_chart = MasteryChart(objective_lessons, progress_card)
        self.history_heading = basics.paragraph(progress_card)
        self.history_table = self._table(progress_card, 3)
        certificate_row = QHBoxLayout()
        self.certificate_button = QPushButton(progress_card)
        self.certificate_note = basics.paragraph(progress_card, muted=True)
        certificate_row.addWidget(self.certificate_button)
        certificate_row.addWidget(self.certificate_note, 1)
        for widget in (
            self.progress_heading,
            self.streak_label,
            self.score_heading,
            self.score_chart,
            self.mastery_heading,
            self.mastery_chart,
            self.history_heading,
            self.history_table,
        ):
            progress_layout.addWidget(widget)
        progress_layout.addLayout(certificate_row)
        layout.addWidget(progress_card)
        layout.addStretch(1)
        self.overview = view
        self.views.addWidget(view)

    def _table(self, parent: QWidget, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, parent)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _load_settings(self) -> None:
        database = self.context.database
        for widget in (self.timer_check, self.minutes_spin, self.extra_combo, self.practice_check):
            widget.blockSignals(True)
        self.timer_check.setChecked(settings.read(database, settings.CHECK_TIMER))
        self.minutes_spin.setValue(settings.read(database, settings.CHECK_MINUTES))
        extra = settings.read(database, settings.CHECK_EXTRA_PERCENT)
        self.extra_combo.setCurrentIndex(EXTRA_TIME_CHOICES.index(extra))
        self.practice_check.setChecked(settings.read(database, settings.CHECK_PRACTICE))
        for widget in (self.timer_check, self.minutes_spin, self.extra_combo, self.practice_check):
            widget.blockSignals(False)
        self._sync_larger_check()
        self._update_timer_controls()

    def _sync_larger_check(self) -> None:
        self.larger_check.blockSignals(True)
        self.larger_check.setChecked(self.context.text_scale >= LARGE_TEXT_SCALE)
        self.larger_check.blockSignals(False)

    def _update_timer_controls(self) -> None:
        on = self.timer_check.isChecked()
        self.minutes_spin.setEnabled(on)
        self.extra_combo.setEnabled(on)

    def _on_accommodation_changed(self, *_args: object) -> None:
        database = self.context.database
        settings.write(database, settings.CHECK_TIMER, self.timer_check.isChecked())
        settings.write(database, settings.CHECK_MINUTES, self.minutes_spin.value())
        extra = EXTRA_TIME_CHOICES[self.extra_combo.currentIndex()]
        settings.write(database, settings.CHECK_EXTRA_PERCENT, extra)
        settings.write(database, settings.CHECK_PRACTICE, self.practice_check.isChecked())
        self._update_timer_controls()

    def _on_larger_check_toggled(self, checked: bool) -> None:
        self.context.set_appearance(text_scale=LARGE_TEXT_SCALE if checked else 100)

    def _size_charts(self) -> None:
        # Larger text needs taller charts, or the axis labels are cut off.
        height = 200 + 120 * self.context.text_scale // 100
        for chart in (self.score_chart, self.mastery_chart):
            chart.setMinimumHeight(height)

    @staticmethod
    def _fit_table(table: QTableWidget) -> None:
        """Make a table as tall as its rows (the page scrolls, not the table)."""
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(max(height, table.horizontalHeader().height() + 40))

    def _time_limit_s(self) -> int | None:
        if not self.timer_check.isChecked():
            return None
        extra = EXTRA_TIME_CHOICES[self.extra_combo.currentIndex()]
        return self.minutes_spin.value() * 60 * (100 + extra) // 100

    # --- starting and resuming -----------------------------------------------------------------

    def retranslate_overview(self) -> None:
        """The overview's texts (and its figures when shown)."""
        self.start_heading.setText(QCoreApplication.translate("CheckPage", "Start a quiz"))
        self.lesson_label.setText(QCoreApplication.translate("CheckPage", "&Lesson:"))
        self.lesson_combo.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Lesson for the quiz")
        )
        self.lesson_button.setText(QCoreApplication.translate("CheckPage", "Lesson quiz"))
        self.lesson_button.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Start or continue the lesson quiz")
        )
        self.rules_heading.setText(
            QCoreApplication.translate("CheckPage", "How answers are scored")
        )
        self.rules_text.setText(
            QCoreApplication.translate(
                "CheckPage",
                "One choice, true/false and number questions: 1 point if right.\n"
                "Several right choices: each right tick earns its share of the point, each wrong "
                "tick takes a share away, and the score never goes below zero (ticking "
                "everything scores 0).\n"
                "Putting things in order: 1 point for the right order, else 0.\n"
                "Numbers: any answer within the tolerance shown after answering is right, and "
                "how you write the number never counts: ¥1,000, 1000, 1 000 and 1000,00 are all "
                "read. If a number cannot be read you are asked again, not marked wrong.",
            )
        )

        self.access_heading.setText(QCoreApplication.translate("CheckPage", "Accommodations"))
        self.timer_check.setText(
            QCoreApplication.translate("CheckPage", "Use a time limit (off by default)")
        )
        self.minutes_label.setText(QCoreApplication.translate("CheckPage", "&Minutes per quiz:"))
        self.minutes_spin.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Minutes per quiz")
        )
        self.extra_label.setText(QCoreApplication.translate("CheckPage", "E&xtra time:"))
        self.extra_combo.setAccessibleName(QCoreApplication.translate("CheckPage", "Extra time"))
        for i, extra in enumerate(EXTRA_TIME_CHOICES):
            self.extra_combo.setItemText(
                i,
                QCoreApplication.translate("CheckPage", "None")
                if extra == 0
                else QCoreApplication.translate("CheckPage", "+%1 %").replace("%1", str(extra)),
            )
        self.larger_check.setText(QCoreApplication.translate("CheckPage", "Larger text"))
        self.practice_check.setText(
            QCoreApplication.translate("CheckPage", "Practice without scoring")
        )
        self.access_note.setText(
            QCoreApplication.translate(
                "CheckPage",
                "Practice rounds show right or wrong and the explanation but keep no score; "
                "missed questions still come back for review. Settings apply to new quizzes.",
            )
        )

        self.progress_heading.setText(QCoreApplication.translate("CheckPage", "Your progress"))
        self.continue_button.setText(
            QCoreApplication.translate("CheckPage", "Continue where I left off")
        )
        self.discard_button.setText(QCoreApplication.translate("CheckPage", "Discard it"))
        self.discard_button.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Discard the unfinished quiz")
        )
        if self._data_ready():
            self._refresh_overview_data()

    def _data_ready(self) -> bool:
        """Whether figures from the database should be refreshed now.

        A hidden page refreshes when it is shown again (``showEvent``): this saves work, and a
        closed window never reads a closed database.
        """
        if self.isVisible():
            return True
        self._stale = True
        return False

    def _refresh_overview_data(self) -> None:
        """The overview's figures: mastery, review queue, unfinished quiz, progress."""
        lang = self._lang()
        profile = self.context.profile_id
        mastery = mastery_of.lesson_mastery(self.store.scored_answers(profile), self.pack)
        current = self.lesson_combo.currentData()
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        for lesson in self.pack.lessons:
            self.lesson_combo.addItem(
                QCoreApplication.translate("CheckPage", "%1 — mastery %2")
                .replace("%1", self._lesson_title(lesson.id))
                .replace(
                    "%2", self._pct(Fraction(mastery.get(lesson.id, 0.0)).limit_denominator(1000))
                ),
                lesson.id,
            )
        index = self.lesson_combo.findData(current)
        self.lesson_combo.setCurrentIndex(max(0, index))
        self.lesson_combo.blockSignals(False)
        objectives = len(self.pack.objectives)
        self.diagnostic_button.setText(QCoreApplication.translate("CheckPage", "Diagnostic test"))
        self.diagnostic_note.setText(
            QCoreApplication.translate(
                "CheckPage",
                "Before you start the lessons: %1 questions, one per learning objective. "
                "It shows what you know already and what to study.",
            ).replace("%1", str(objectives))
        )
        diagnostic = self.store.latest_finished(profile, QuizKind.DIAGNOSTIC)
        self.final_button.setText(QCoreApplication.translate("CheckPage", "Final test"))
        final_note = (
            QCoreApplication.translate(
                "CheckPage",
                "After the lessons: the same %1 objectives with different questions. "
                "Pass with %2 to earn a certificate.",
            )
            .replace("%1", str(objectives))
            .replace("%2", self._pct(quiz.PASS_MARK))
        )
        if diagnostic is None:
            final_note += self._sentence_gap() + QCoreApplication.translate(
                "CheckPage", "Take the diagnostic first to see how much you grew."
            )
        self.final_note.setText(final_note)
        cards = self.store.review_cards(profile)
        today = self._now().date()
        due = review.due_cards(cards, today)
        self.review_button.setText(
            QCoreApplication.translate("CheckPage", "Review (%1 due)").replace("%1", str(len(due)))
        )
        self.review_button.setEnabled(
            bool(due) or any(a.kind is QuizKind.REVIEW for a in self.store.unfinished(profile))
        )
        if cards:
            upcoming = review.next_due(cards, today)
            note = QCoreApplication.translate(
                "CheckPage",
                "%1 missed questions in your review queue (Leitner boxes: each right answer "
                "waits longer before the next review: 1, 2, 4, 8, 16 days).",
            ).replace("%1", str(len(cards)))
            if upcoming is not None and not due:
                note += self._sentence_gap() + QCoreApplication.translate(
                    "CheckPage", "Next review: %1."
                ).replace("%1", formatting.day(upcoming, lang))
            self.review_note.setText(note)
        else:
            self.review_note.setText(
                QCoreApplication.translate(
                    "CheckPage", "Questions you miss come back here for review, spaced over days."
                )
            )

        unfinished = self.store.unfinished(profile)
        self.continue_card.setVisible(bool(unfinished))
        if unfinished:
            attempt = unfinished[0]
            position = self._open_position(attempt)
            self.continue_label.setText(
                QCoreApplication.translate("CheckPage", "Unfinished: %1, question %2 of %3.")
                .replace("%1", self._kind_name(attempt))
                .replace("%2", str(position + 1))
                .replace("%3", str(len(attempt.items)))
            )

        self._fill_progress()

    def _fill_progress(self) -> None:
        lang = self._lang()
        profile = self.context.profile_id
        today = self._now().date()
        streak = quiz.streaks(self.store.activity_days(profile), today)
        self.streak_label.setText(
            QCoreApplication.translate("CheckPage", "Streak: %1 days in a row (longest: %2).")
            .replace("%1", str(streak.current))
            .replace("%2", str(streak.longest))
        )
        finished = [a for a in self.store.attempts(profile, finished=True) if a.scored]
        reports = [(a, self._report(a)) for a in finished]
        self.score_heading.setText(QCoreApplication.translate("CheckPage", "Score over time"))
        self.score_chart.update_data(
            [float(percent_value(r.total.fraction)) for _, r in reports],
            x_label=QCoreApplication.translate("CheckPage", "Quiz number"),
            y_label=QCoreApplication.translate("CheckPage", "Score (%)"),
            empty=QCoreApplication.translate("CheckPage", "No finished quizzes yet"),
            pass_label=QCoreApplication.translate("CheckPage", "Pass mark"),
        )
        mastery = mastery_of.objective_mastery(self.store.scored_answers(profile))
        self.mastery_heading.setText(
            QCoreApplication.translate(
                "CheckPage", "Mastery per objective (bars), grouped by lesson number"
            )
        )
        self.mastery_chart.update_data(
            [
                round(100 * mastery.get(o.id, 0.0), 1)
                for lesson in self.pack.lessons
                for o in lesson.objectives
            ],
            x_label=QCoreApplication.translate("CheckPage", "Lesson"),
            y_label=QCoreApplication.translate("CheckPage", "Mastery (%)"),
        )
        for chart in (self.score_chart, self.mastery_chart):
            chart.scale_fonts(self.context.text_scale)
            chart.redraw()
        self.score_chart.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Score over time")
        )
        self.mastery_chart.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Mastery per objective")
        )
        self.history_heading.setText(QCoreApplication.translate("CheckPage", "History"))
        self.history_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CheckPage", "Quiz"),
                QCoreApplication.translate("CheckPage", "Finished"),
                QCoreApplication.translate("CheckPage", "Score"),
            ]
        )
        self.history_table.setRowCount(len(reports))
        for row, (attempt, report) in enumerate(reversed(reports)):
            finished_at = attempt.finished_at or attempt.started_at
            cells = [
                self._kind_name(attempt),
                formatting.day(finished_at.date(), lang),
                self._pct(report.total.fraction),
            ]
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.setAccessibleName(
            QCoreApplication.translate("CheckPage", "History of finished quizzes")
        )
        self._fit_table(self.history_table)
        passed = self._passed_final()
        self.certificate_button.setText(
            QCoreApplication.translate("CheckPage", "Save certificate (PDF)…")
        )
        self.certificate_button.setEnabled(passed is not None)
        note = (
            QCoreApplication.translate(
                "CheckPage", "You passed the final test. The certificate is in Chinese and English."
            )
            if passed is not None
            else QCoreApplication.translate(
                "CheckPage", "Pass the final test to earn a certificate."
            )
        )
        if self.status_text:
            note += self._sentence_gap() + self.status_text
        self.certificate_note.setText(note)
