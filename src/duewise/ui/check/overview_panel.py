"""The overview of Check yourself: quizzes to take, the unfinished one, review, accommodations,
and the learner's progress (charts, streak, history, certificate).

A panel of :class:`~duewise.ui.check.page.CheckPage`: it reads the learner's quizzes through
the page's :class:`~duewise.ui.check.progress.Progress` and says what the learner asks for with
signals; the page starts the quizzes and keeps the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
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
from duewise.ui.check.parts import (
    EXTRA_TIME_CHOICES,
    LARGE_TEXT_SCALE,
    Accommodations,
    fit_table,
    percent_value,
    table,
)
from duewise.ui.check.progress import Progress
from duewise.ui.common import basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.wrap_combo import WrapComboBox


class OverviewPanel(RetranslatingWidget):
    """Start or continue a quiz, set accommodations, see progress.

    Args:
        progress: the learner's quizzes over the pack in use (the page's).
        text_scale: the text size now (percent), for the charts and "Larger text".

    Signals:
        quiz_requested(object, object): start (or resume) a quiz: its ``QuizKind`` and, for a
            lesson quiz, the lesson id (else ``None``).
        continue_requested(): resume the unfinished quiz.
        discard_requested(): discard the unfinished quiz.
        accommodations_changed(object): the learner changed the time limit, extra time or
            practice (the new :class:`~duewise.ui.check.parts.Accommodations`).
        larger_text_changed(bool): "Larger text" was ticked or cleared.
        certificate_requested(): save the certificate.
    """

    quiz_requested = Signal(object, object)
    continue_requested = Signal()
    discard_requested = Signal()
    accommodations_changed = Signal(object)
    larger_text_changed = Signal(bool)
    certificate_requested = Signal()

    def __init__(
        self, progress: Progress, text_scale: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self._text_scale = text_scale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        self.continue_card, continue_layout = basics.card(self)
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

        start_card, start_layout = basics.card(self)
        self.start_heading = basics.heading(2, start_card)
        start_layout.addWidget(self.start_heading)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.lesson_label = QLabel(start_card)
        self.lesson_combo = WrapComboBox(start_card)  # a long lesson name wraps at 200 %
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

        rules_card, rules_layout = basics.card(self)
        self.rules_heading = basics.heading(2, rules_card)
        self.rules_text = basics.paragraph(rules_card)
        rules_layout.addWidget(self.rules_heading)
        rules_layout.addWidget(self.rules_text)
        layout.addWidget(rules_card)

        access_card, access_layout = basics.card(self)
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

        progress_card, progress_layout = basics.card(self)
        self.progress_heading = basics.heading(2, progress_card)
        self.streak_label = basics.paragraph(progress_card)
        self.streak_label.setObjectName("streakLabel")
        self.score_heading = basics.paragraph(progress_card)
        self.score_chart = ScoreChart(progress_card)
        self.mastery_heading = basics.paragraph(progress_card)
        self.mastery_chart = MasteryChart(self._objective_lessons(), progress_card)
        self.history_heading = basics.paragraph(progress_card)
        self.history_table = table(progress_card, 3)
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
        self._connect_signals()
        self.sync_text_scale()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.lesson_button.clicked.connect(self._on_lesson_button_clicked)
        self.diagnostic_button.clicked.connect(
            lambda: self.quiz_requested.emit(QuizKind.DIAGNOSTIC, None)
        )
        self.final_button.clicked.connect(lambda: self.quiz_requested.emit(QuizKind.FINAL, None))
        self.review_button.clicked.connect(lambda: self.quiz_requested.emit(QuizKind.REVIEW, None))
        self.continue_button.clicked.connect(self.continue_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.certificate_button.clicked.connect(self.certificate_requested)
        self.timer_check.toggled.connect(self._on_accommodation_changed)
        self.minutes_spin.valueChanged.connect(self._on_accommodation_changed)
        self.extra_combo.currentIndexChanged.connect(self._on_accommodation_changed)
        self.practice_check.toggled.connect(self._on_accommodation_changed)
        self.larger_check.toggled.connect(self.larger_text_changed)

    def _on_lesson_button_clicked(self) -> None:
        lesson_id = self.lesson_combo.currentData()
        if isinstance(lesson_id, str):
            self.quiz_requested.emit(QuizKind.LESSON, lesson_id)

    def select_lesson(self, lesson_id: str) -> None:
        """Choose ``lesson_id`` in the lesson list (if it is listed)."""
        index = self.lesson_combo.findData(lesson_id)
        if index >= 0:
            self.lesson_combo.setCurrentIndex(index)

    # --- accommodations ------------------------------------------------------------------------

    def accommodations(self) -> Accommodations:
        """What the learner chose."""
        return Accommodations(
            timer=self.timer_check.isChecked(),
            minutes=self.minutes_spin.value(),
            extra_percent=EXTRA_TIME_CHOICES[self.extra_combo.currentIndex()],
            practice=self.practice_check.isChecked(),
        )

    def set_accommodations(self, chosen: Accommodations) -> None:
        """Show the learner's stored choice (no ``accommodations_changed``)."""
        widgets = (self.timer_check, self.minutes_spin, self.extra_combo, self.practice_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.timer_check.setChecked(chosen.timer)
        self.minutes_spin.setValue(chosen.minutes)
        self.extra_combo.setCurrentIndex(EXTRA_TIME_CHOICES.index(chosen.extra_percent))
        self.practice_check.setChecked(chosen.practice)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_timer_controls()

    def _update_timer_controls(self) -> None:
        on = self.timer_check.isChecked()
        self.minutes_spin.setEnabled(on)
        self.extra_combo.setEnabled(on)

    def _on_accommodation_changed(self, *_args: object) -> None:
        self._update_timer_controls()
        self.accommodations_changed.emit(self.accommodations())

    def sync_text_scale(self) -> None:
        """Follow the text size: "Larger text" ticked at 150 % and more, taller charts."""
        scale = self._text_scale()
        self.larger_check.blockSignals(True)
        self.larger_check.setChecked(scale >= LARGE_TEXT_SCALE)
        self.larger_check.blockSignals(False)
        # Larger text needs taller charts, or the axis labels are cut off.
        height = 200 + 120 * scale // 100
        for chart in (self.score_chart, self.mastery_chart):
            chart.setMinimumHeight(height)

    def restyle_charts(self) -> None:
        """Redraw the charts for the text size and theme now."""
        self.sync_text_scale()
        for chart in (self.score_chart, self.mastery_chart):
            chart.scale_fonts(self._text_scale())
            chart.apply_palette()
            chart.redraw()

    # --- texts and figures ---------------------------------------------------------------------

    def _objective_lessons(self) -> list[int]:
        return [i for i, lesson in enumerate(self.progress.pack.lessons) for _ in lesson.objectives]

    def retranslate_ui(self) -> None:
        """Set every fixed text in the current language (the figures: :meth:`refresh`)."""
        self.start_heading.setText(self.tr("Start a quiz"))
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_combo.setAccessibleName(self.tr("Lesson for the quiz"))
        self.lesson_button.setText(self.tr("Lesson quiz"))
        self.lesson_button.setAccessibleName(self.tr("Start or continue the lesson quiz"))
        self.rules_heading.setText(self.tr("How answers are scored"))
        self.rules_text.setText(
            self.tr(
                "One choice, true/false and number questions: 1 point if right.\n"
                "Several right choices: each right tick earns its share of the point, each wrong "
                "tick takes a share away, and the score never goes below zero (ticking "
                "everything scores 0).\n"
                "Putting things in order: 1 point for the right order, else 0.\n"
                "Numbers: any answer within the tolerance shown after answering is right, and "
                "how you write the number never counts: ¥1,000, 1000 and 1 000 are all read. A "
                "comma only groups thousands (3,50 could be 3.50 or 350, so you are asked to write "
                "3.50). If a number cannot be read you are asked again, not marked wrong."
            )
        )
        self.access_heading.setText(self.tr("Accommodations"))
        self.timer_check.setText(self.tr("Use a time limit (off by default)"))
        self.minutes_label.setText(self.tr("&Minutes per quiz:"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes per quiz"))
        self.extra_label.setText(self.tr("E&xtra time:"))
        self.extra_combo.setAccessibleName(self.tr("Extra time"))
        for i, extra in enumerate(EXTRA_TIME_CHOICES):
            self.extra_combo.setItemText(
                i, self.tr("None") if extra == 0 else self.tr("+%1 %").replace("%1", str(extra))
            )
        self.larger_check.setText(self.tr("Larger text"))
        self.practice_check.setText(self.tr("Practice without scoring"))
        self.access_note.setText(
            self.tr(
                "Practice rounds show right or wrong and the explanation but keep no score; "
                "missed questions still come back for review. Settings apply to new quizzes."
            )
        )
        self.progress_heading.setText(self.tr("Your progress"))
        self.continue_button.setText(self.tr("Continue where I left off"))
        self.discard_button.setText(self.tr("Discard it"))
        self.discard_button.setAccessibleName(self.tr("Discard the unfinished quiz"))

    def refresh(self, status_text: str = "") -> None:
        """The figures from the learner's data: mastery per lesson, the review queue, the
        unfinished quiz and the progress card (``status_text``: the last certificate note)."""
        p = self.progress
        lang = p.language
        profile = p.profile_id
        store = p.store
        mastery = mastery_of.lesson_mastery(store.scored_answers(profile), p.pack)
        current = self.lesson_combo.currentData()
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        for lesson in p.pack.lessons:
            share = Fraction(mastery.get(lesson.id, 0.0)).limit_denominator(1000)
            self.lesson_combo.addItem(
                self.tr("%1 — mastery %2")
                .replace("%1", p.lesson_title(lesson.id))
                .replace("%2", p.pct(share)),
                lesson.id,
            )
        self.lesson_combo.setCurrentIndex(max(0, self.lesson_combo.findData(current)))
        self.lesson_combo.blockSignals(False)
        objectives = len(p.pack.objectives)
        self.diagnostic_button.setText(self.tr("Diagnostic test"))
        self.diagnostic_note.setText(
            self.tr(
                "Before you start the lessons: %1 questions, one per learning objective. "
                "It shows what you know already and what to study."
            ).replace("%1", str(objectives))
        )
        diagnostic = store.latest_finished(profile, QuizKind.DIAGNOSTIC)
        self.final_button.setText(self.tr("Final test"))
        final_note = (
            self.tr(
                "After the lessons: the same %1 objectives with different questions. "
                "Pass with %2 to earn a certificate."
            )
            .replace("%1", str(objectives))
            .replace("%2", p.pct(quiz.PASS_MARK))
        )
        if diagnostic is None:
            final_note += p.sentence_gap() + self.tr(
                "Take the diagnostic first to see how much you grew."
            )
        self.final_note.setText(final_note)
        cards = store.review_cards(profile)
        today = p.now().date()
        due = review.due_cards(cards, today)
        self.review_button.setText(self.tr("Review (%1 due)").replace("%1", str(len(due))))
        unfinished = store.unfinished(profile)
        self.review_button.setEnabled(
            bool(due) or any(a.kind is QuizKind.REVIEW for a in unfinished)
        )
        if cards:
            upcoming = review.next_due(cards, today)
            note = self.tr(
                "%1 missed questions in your review queue (Leitner boxes: each right answer "
                "waits longer before the next review: 1, 2, 4, 8, 16 days)."
            ).replace("%1", str(len(cards)))
            if upcoming is not None and not due:
                note += p.sentence_gap() + self.tr("Next review: %1.").replace(
                    "%1", formatting.day(upcoming, lang)
                )
            self.review_note.setText(note)
        else:
            self.review_note.setText(
                self.tr("Questions you miss come back here for review, spaced over days.")
            )
        self.continue_card.setVisible(bool(unfinished))
        if unfinished:
            attempt = unfinished[0]
            self.continue_label.setText(
                self.tr("Unfinished: %1, question %2 of %3.")
                .replace("%1", p.kind_name(attempt))
                .replace("%2", str(p.open_position(attempt) + 1))
                .replace("%3", str(len(attempt.items)))
            )
        self.fill_progress(status_text)

    def fill_progress(self, status_text: str = "") -> None:
        """The progress card: streak, score and mastery charts, history, certificate."""
        p = self.progress
        profile = p.profile_id
        store = p.store
        streak = quiz.streaks(store.activity_days(profile), p.now().date())
        self.streak_label.setText(
            self.tr("Streak: %1 days in a row (longest: %2).")
            .replace("%1", str(streak.current))
            .replace("%2", str(streak.longest))
        )
        finished = [a for a in store.attempts(profile, finished=True) if a.scored]
        reports = [(a, p.report(a)) for a in finished]
        self.score_heading.setText(self.tr("Score over time"))
        self.score_chart.update_data(
            [float(percent_value(r.total.fraction)) for _, r in reports],
            x_label=self.tr("Quiz number"),
            y_label=self.tr("Score (%)"),
            empty=self.tr("No finished quizzes yet"),
            pass_label=self.tr("Pass mark"),
        )
        mastery = mastery_of.objective_mastery(store.scored_answers(profile))
        self.mastery_heading.setText(
            self.tr("Mastery per objective (bars), grouped by lesson number")
        )
        self.mastery_chart.set_objectives(self._objective_lessons())
        objectives = [o for lesson in p.pack.lessons for o in lesson.objectives]
        self.mastery_chart.update_data(
            [round(100 * mastery.get(o.id, 0.0), 1) for o in objectives],
            x_label=self.tr("Lesson"),
            y_label=self.tr("Mastery (%)"),
            names=[o.text.get(lesson_language(p.language)) for o in objectives],
        )
        for chart in (self.score_chart, self.mastery_chart):
            chart.scale_fonts(self._text_scale())
            chart.redraw()
        self.score_chart.setAccessibleName(self.tr("Score over time"))
        self.mastery_chart.setAccessibleName(self.tr("Mastery per objective"))
        self.history_heading.setText(self.tr("History"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Quiz"), self.tr("Finished"), self.tr("Score")]
        )
        self.history_table.setRowCount(len(reports))
        for row, (attempt, report) in enumerate(reversed(reports)):
            finished_at = attempt.finished_at or attempt.started_at
            cells = [
                p.kind_name(attempt),
                formatting.day(finished_at.date(), p.language),
                p.pct(report.total.fraction),
            ]
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.setAccessibleName(self.tr("History of finished quizzes"))
        fit_table(self.history_table)
        passed = p.passed_final()
        self.certificate_button.setText(self.tr("Save certificate (PDF)…"))
        self.certificate_button.setEnabled(passed is not None)
        note = (
            self.tr("You passed the final test. The certificate is in Chinese and English.")
            if passed is not None
            else self.tr("Pass the final test to earn a certificate.")
        )
        if status_text:
            note += p.sentence_gap() + status_text
        self.certificate_note.setText(note)
