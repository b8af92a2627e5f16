"""The class quiz: one question at a time on the projector, hand counts typed in, answer revealed.

The widget presents; :mod:`duewise.learning.classroom` validates tallies, sums team scores and
saves the session. Three views in a stack: set-up, the running question, and the end (summary or
team scoreboard).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from duewise.content.model import Language, Lesson, Pack, Question, QuestionType
from duewise.learning import classroom
from duewise.reports import csv_writer
from duewise.storage import classroom_store
from duewise.storage.db import Database
from duewise.ui.classroom import controls
from duewise.ui.classroom.charts import BarsChart, count_axis_label, points_axis_label
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.classroom.presenter import fill_screen_box, show_on_screen
from duewise.ui.common import basics, errors, wrap_label
from duewise.ui.common.basics import RetranslatingWidget

LETTERS = string.ascii_uppercase


@dataclass(frozen=True, slots=True)
class ChartData:
    """What a bar chart of the class quiz shows (the panel and the presenter draw the same)."""

    labels: list[str]
    values: list[int]
    highlight: list[bool]
    value_labels: list[str]
    ylabel: str

    def show(self, chart: BarsChart) -> None:
        """Draw it on ``chart``."""
        chart.show_bars(
            self.labels, self.values, self.highlight, self.value_labels, ylabel=self.ylabel
        )


def content_language(language: str) -> Language:
    """The lesson language for an app language code."""
    return Language.ZH if language == "zh_CN" else Language.EN


class ClassQuizPanel(RetranslatingWidget):
    """Set up, run and finish a class quiz.

    Sessions belong to the teacher area, not to the learner using the app: they are saved under
    the teacher scope of :mod:`duewise.storage.classroom_store`.

    The quiz can also be shown full screen on the projector (:meth:`present`): the presenter
    window only shows what this panel holds and follows :attr:`state_changed`; its keys call the
    same methods as the buttons here, so tallies can be typed on either.

    Signals:
        session_saved(str): the session was saved under this name (``saved_items``).
        state_changed(): what the projector shows changed (question, tallies, countdown, reveal,
            end or language).
        presenter_started(object): the quiz presenter window now showing.
    """

    session_saved = Signal(str)
    state_changed = Signal()
    presenter_started = Signal(object)

    def __init__(
        self,
        database: Database,
        pack: Pack,
        language: Callable[[], str],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.pack = pack
        self._language = language
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.session: classroom.ClassSession | None = None
        self.questions: list[Question] = []
        self.index = 0
        self._typed: dict[str, list[int]] = {}  # tallies typed for a question left unrevealed
        self.revealed = False
        self.remaining = 0
        self.spins: list[QSpinBox] = []
        self.presenter: QWidget | None = None
        self.option_labels: list[QLabel] = []
        self.team_labels: list[QLabel] = []
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        present_row = QHBoxLayout()
        self.present_button = QPushButton(self)
        self.present_status = wrap_label.paragraph(self, muted=True)
        present_row.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignTop)
        present_row.addWidget(self.present_status, 1)
        layout.addLayout(present_row)
        self.stack = controls.Views(self)
        layout.addWidget(self.stack)
        self._build_setup()
        self._build_run()
        self._build_end()
        self._shortcuts = [
            (QShortcut(QKeySequence("Ctrl+R"), self.run_view), self._on_reveal_button_clicked),
            (QShortcut(QKeySequence("Ctrl+Return"), self.run_view), self._on_next_button_clicked),
            (
                QShortcut(QKeySequence("Ctrl+Backspace"), self.run_view),
                self._on_back_button_clicked,
            ),
            (QShortcut(QKeySequence("Ctrl+T"), self.run_view), self._on_timer_button_clicked),
            (QShortcut(QKeySequence(Qt.Key.Key_F5), self), self._on_present_button_clicked),
        ]
        self._shortcuts[-1][0].setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        self.retranslate_ui()

    # --- building ---------------------------------------------------------------------------

    def _build_setup(self) -> None:
        self.setup_view = QWidget(self.stack)
        layout = QVBoxLayout(self.setup_view)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self.setup_view)
        self.setup_heading = basics.heading(2, card)
        self.setup_intro = basics.paragraph(card, muted=True)
        form = QFormLayout()
        self.lesson_box = controls.combo(card)
        self.mode_box = controls.combo(card)
        self.teams_spin = QSpinBox(card)
        self.teams_spin.setRange(2, classroom.MAX_TEAMS)
        self.teams_spin.setValue(4)
        self.countdown_spin = QSpinBox(card)
        self.countdown_spin.setRange(0, classroom.MAX_COUNTDOWN)
        self.countdown_spin.setSingleStep(5)
        self.countdown_spin.setValue(30)
        self.screen_box = controls.combo(card)
        self.screen_label = QLabel(card)
        self.lesson_label = QLabel(card)
        self.mode_label = QLabel(card)
        self.teams_label = QLabel(card)
        self.countdown_label = QLabel(card)
        for label, field in (
            (self.lesson_label, self.lesson_box),
            (self.mode_label, self.mode_box),
            (self.teams_label, self.teams_spin),
            (self.countdown_label, self.countdown_spin),
            (self.screen_label, self.screen_box),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.start_button = QPushButton(card)
        self.setup_error = basics.paragraph(card)
        self.setup_error.setProperty("role", "error")
        self.setup_error.hide()
        for widget in (self.setup_heading, self.setup_intro):
            card_layout.addWidget(widget)
        card_layout.addLayout(form)
        card_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self.setup_error)
        layout.addWidget(card)

        saved, saved_layout = basics.card(self.setup_view)
        self.saved_heading = basics.heading(2, saved)
        self.saved_label = QLabel(saved)
        self.saved_box = controls.combo(saved)
        self.saved_label.setBuddy(self.saved_box)
        self.saved_export_button = QPushButton(saved)
        row = QHBoxLayout()
        row.addWidget(self.saved_label)
        row.addWidget(self.saved_box, 1)
        row.addWidget(self.saved_export_button)
        self.saved_status = basics.paragraph(saved, muted=True)
        saved_layout.addWidget(self.saved_heading)
        saved_layout.addLayout(row)
        saved_layout.addWidget(self.saved_status)
        layout.addWidget(saved)
        layout.addStretch(1)
        self.stack.addWidget(self.setup_view)
        self.setTabOrder(self.lesson_box, self.mode_box)
        self.setTabOrder(self.mode_box, self.teams_spin)
        self.setTabOrder(self.teams_spin, self.countdown_spin)
        self.setTabOrder(self.countdown_spin, self.screen_box)
        self.setTabOrder(self.screen_box, self.start_button)
        self.setTabOrder(self.start_button, self.saved_box)
        self.setTabOrder(self.saved_box, self.saved_export_button)

    def _build_run(self) -> None:
        self.run_view = QWidget(self.stack)
        layout = QVBoxLayout(self.run_view)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.progress_label = basics.heading(2, self.run_view)
        self.countdown_display = QLabel(self.run_view)
        self.countdown_display.setObjectName("countdown")
        big = QFont(self.countdown_display.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.countdown_display.setFont(big)
        self.timer_button = QPushButton(self.run_view)
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.countdown_display)
        top.addWidget(self.timer_button)
        layout.addLayout(top)
        self.prompt = wrap_label.WrapLabel(self.run_view)
        self.prompt.setObjectName("quizPrompt")
        font = QFont(self.prompt.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.prompt.setFont(font)
        layout.addWidget(self.prompt)
        self.entry_hint = basics.paragraph(self.run_view, muted=True)
        layout.addWidget(self.entry_hint)
        self.options_grid = QGridLayout()
        self.options_grid.setColumnStretch(0, 1)
        layout.addLayout(self.options_grid)
        self.teams_grid = QGridLayout()
        layout.addLayout(self.teams_grid)
        self.answer_label = wrap_label.WrapLabel(self.run_view)
        self.answer_label.setObjectName("quizAnswer")
        answer_font = QFont(self.answer_label.font())
        answer_font.setPointSizeF(answer_font.pointSizeF() * 1.3)
        answer_font.setBold(True)
        self.answer_label.setFont(answer_font)
        self.chart = BarsChart(self.run_view)
        self.chart.setMinimumHeight(260)
        self.explanation = wrap_label.WrapLabel(self.run_view)
        for widget in (self.answer_label, self.chart, self.explanation):
            layout.addWidget(widget)
            widget.hide()
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.run_view)
        self.reveal_button = QPushButton(self.run_view)
        self.next_button = QPushButton(self.run_view)
        self.stop_button = QPushButton(self.run_view)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)
        self.keys_hint = basics.paragraph(self.run_view, muted=True)
        layout.addWidget(self.keys_hint)
        self.run_error = basics.paragraph(self.run_view)
        self.run_error.setProperty("role", "error")
        self.run_error.hide()
        layout.addWidget(self.run_error)
        layout.addStretch(1)
        self.stack.addWidget(self.run_view)

    def _build_end(self) -> None:
        self.end_view = QWidget(self.stack)
        layout = QVBoxLayout(self.end_view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.end_heading = basics.heading(2, self.end_view)
        self.end_note = basics.paragraph(self.end_view, muted=True)
        self.end_table = QTableWidget(self.end_view)
        self.end_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.end_table.verticalHeader().hide()
        self.end_table.setMinimumHeight(220)
        self.end_chart = BarsChart(self.end_view)
        self.end_chart.setMinimumHeight(240)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.end_view)
        self.new_button = QPushButton(self.end_view)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.end_status = basics.paragraph(self.end_view, muted=True)
        for widget in (self.end_heading, self.end_note, self.end_table, self.end_chart):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.end_status)
        layout.addStretch(1)
        self.stack.addWidget(self.end_view)

    def _connect_signals(self) -> None:
        self.mode_box.currentIndexChanged.connect(self._update_setup)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.saved_export_button.clicked.connect(self._on_saved_export_button_clicked)
        self.timer_button.clicked.connect(self._on_timer_button_clicked)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self.present_button.clicked.connect(self._on_present_button_clicked)
        for shortcut, slot in self._shortcuts:
            shortcut.activated.connect(slot)

    # --- helpers ----------------------------------------------------------------------------

    @property
    def language(self) -> Language:
        """The language lesson text is shown in (the interface language)."""
        return content_language(self._language())

    def current_question(self) -> Question | None:
        """The question on screen while a quiz runs."""
        if self.session is None or not 0 <= self.index < len(self.questions):
            return None
        return self.questions[self.index]

    def option_text(self, question: Question, option: classroom.TallyOption) -> str:
        """An option's words: ``A. …`` for choices, true/false, right/wrong."""
        if option.kind is classroom.OptionKind.CHOICE:
            choice = question.choices[option.index].get(self.language)
            return f"{LETTERS[option.index]}. {choice}"
        return {
            classroom.OptionKind.TRUE: self.tr("True"),
            classroom.OptionKind.FALSE: self.tr("False"),
            classroom.OptionKind.RIGHT: self.tr("Right on paper"),
            classroom.OptionKind.WRONG: self.tr("Wrong on paper"),
        }[option.kind]

    def option_short(self, option: classroom.TallyOption) -> str:
        """A short label for the chart's axis."""
        if option.kind is classroom.OptionKind.CHOICE:
            return LETTERS[option.index]
        return {
            classroom.OptionKind.TRUE: self.tr("True"),
            classroom.OptionKind.FALSE: self.tr("False"),
            classroom.OptionKind.RIGHT: self.tr("Right"),
            classroom.OptionKind.WRONG: self.tr("Wrong"),
        }[option.kind]

    def answer_text(self, question: Question) -> str:
        """The right answer in words."""
        answer = question.answer
        lang = self._language()
        if question.type is QuestionType.TRUE_FALSE:
            return self.tr("True") if answer is True else self.tr("False")
        if question.type is QuestionType.NUMERIC:
            unit = question.unit.get(self.language) if question.unit else ""
            value = formatting.number(answer, lang) if answer is not None else "?"  # type: ignore[arg-type]
            return f"{value} {unit}".strip()
        if question.type is QuestionType.SINGLE and isinstance(answer, int):
            return self.option_text(
                question, classroom.TallyOption(classroom.OptionKind.CHOICE, True, answer)
            )
        if isinstance(answer, tuple):
            separator = " → " if question.type is QuestionType.ORDERING else "; "
            return separator.join(
                f"{LETTERS[i]}. {question.choices[i].get(self.language)}" for i in answer
            )
        return "?"

    def lessons(self) -> tuple[Lesson, ...]:
        """The lessons that have questions."""
        return tuple(lesson for lesson in self.pack.lessons if lesson.questions)

    def _fill_lesson_box(self) -> None:
        current = self.lesson_box.currentData()
        self.lesson_box.blockSignals(True)
        self.lesson_box.clear()
        for number, lesson in enumerate(self.lessons(), start=1):
            title = lesson.title.get(self.language)
            text = self.tr("%1. %2 (%3 questions)").replace("%1", str(number))
            text = text.replace("%3", str(len(lesson.questions))).replace("%2", title)
            self.lesson_box.addItem(text, lesson.id)
        index = self.lesson_box.findData(current)
        self.lesson_box.setCurrentIndex(max(index, 0))
        self.lesson_box.blockSignals(False)

    def _update_setup(self) -> None:
        teams = self.mode_box.currentData() == classroom.QuizMode.TEAMS.value
        self.teams_label.setVisible(teams)
        self.teams_spin.setVisible(teams)

    # --- saved sessions ---------------------------------------------------------------------

    def refresh_saved(self) -> None:
        """List the teacher area's saved class sessions (the same whichever learner is current)."""
        names = classroom_store.names(self.database, classroom.SESSION_KIND)
        self.saved_box.clear()
        for name in names:
            self.saved_box.addItem(name, name)
        self.saved_export_button.setEnabled(bool(names))
        self.saved_box.setEnabled(bool(names))

    def _save(self) -> None:
        if self.session is None:
            return
        name = classroom.session_name(self.session)
        payload = json.dumps(classroom.to_payload(self.session), ensure_ascii=False)
        classroom_store.save(self.database, classroom.SESSION_KIND, name, payload)
        self.session_saved.emit(name)

    def load_saved(self, name: str) -> classroom.ClassSession | None:
        """A saved session by name (``None`` if missing or damaged)."""
        text = classroom_store.load(self.database, classroom.SESSION_KIND, name)
        if text is None:
            return None
        try:
            return classroom.from_payload(json.loads(text))
        except (ValueError, classroom.ClassQuizError):
            return None

    # --- running ----------------------------------------------------------------------------

    def start(self, lesson_id: str) -> None:
        """Start a quiz over every question of a lesson with the chosen settings."""
        lesson = self.pack.lesson(lesson_id)
        mode = classroom.QuizMode(self.mode_box.currentData())
        teams = [
            self.tr("Team %1").replace("%1", LETTERS[i]) for i in range(self.teams_spin.value())
        ]
        try:
            session = classroom.new_session(
                lesson_id,
                lesson.questions if lesson else (),
                mode=mode,
                teams=teams if mode is classroom.QuizMode.TEAMS else (),
                countdown_seconds=self.countdown_spin.value(),
                language=self._language(),
                started_at=self._clock(),
            )
        except classroom.ClassQuizError as exc:
            self.setup_error.setText(errors.class_quiz_message(exc.code, exc.params))
            self.setup_error.show()
            return
        self.setup_error.hide()
        self.session = session
        self.questions = list(lesson.questions) if lesson else []
        self._typed = {}
        self.show_question(0)
        self.stack.setCurrentWidget(self.run_view)

    def show_question(self, index: int) -> None:
        """Show question ``index`` with empty tallies and the answer hidden."""
        self.index = index
        self.revealed = False
        self._countdown.stop()
        question = self.current_question()
        assert question is not None and self.session is not None
        self.remaining = self.session.countdown_seconds
        self._clear_grid(self.options_grid)
        self._clear_grid(self.teams_grid)
        self.spins, self.option_labels, self.team_labels = [], [], []
        teams = self.session.mode is classroom.QuizMode.TEAMS
        for row, _option in enumerate(classroom.tally_options(question)):
            label = wrap_label.WrapLabel(self.run_view)
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            label.setFont(font)
            self.options_grid.addWidget(label, row, 0)
            self.option_labels.append(label)
            if not teams:
                spin = self._make_spin()
                label.setBuddy(spin)
                self.options_grid.addWidget(spin, row, 1)
                self.spins.append(spin)
        if teams:
            for column, _team in enumerate(self.session.teams):
                label = QLabel(self.run_view)
                spin = self._make_spin()
                label.setBuddy(spin)
                self.teams_grid.addWidget(label, 0, column)
                self.teams_grid.addWidget(spin, 1, column)
                self.team_labels.append(label)
                self.spins.append(spin)
        chain = [
            *self.spins,
            self.back_button,
            self.reveal_button,
            self.next_button,
            self.stop_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        if self.spins:
            self.spins[0].setFocus()
        for widget in (self.answer_label, self.chart, self.explanation):
            widget.hide()
        self.run_error.hide()
        self.retranslate_ui()

    def _make_spin(self) -> QSpinBox:
        spin = QSpinBox(self.run_view)
        spin.setRange(0, classroom.MAX_COUNT)
        spin.setMinimumWidth(90)
        font = QFont(spin.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        spin.setFont(font)
        spin.valueChanged.connect(self._on_spin_value_changed)
        return spin

    @staticmethod
    def _clear_grid(grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def set_counts(self, values: list[int]) -> None:
        """Type the tallies (or team points) in, as the teacher would."""
        for spin, value in zip(self.spins, values, strict=True):
            spin.setValue(value)

    def _record(self) -> None:
        question = self.current_question()
        if question is None or self.session is None:
            return
        values = [spin.value() for spin in self.spins]
        try:
            if self.session.mode is classroom.QuizMode.TEAMS:
                self.session = classroom.record(
                    self.session, question, team_points=values, revealed=self.revealed
                )
            else:
                self.session = classroom.record(
                    self.session, question, counts=values, revealed=self.revealed
                )
        except classroom.ClassQuizError as exc:
            self.run_error.setText(errors.class_quiz_message(exc.code, exc.params))
            self.run_error.show()
            return
        self.run_error.hide()

    def reveal(self) -> None:
        """Record the tallies, show the right answer, the distribution and the explanation."""
        question = self.current_question()
        if question is None or self.session is None:
            return
        self._countdown.stop()
        self.revealed = True
        self._record()
        self._save()
        for widget in (self.answer_label, self.chart, self.explanation):
            widget.show()
        self._update_reveal()
        self.retranslate_ui()

    def reveal_chart_data(self) -> ChartData | None:
        """What the reveal chart shows: the answer distribution, or the team points so far."""
        question = self.current_question()
        if question is None or self.session is None:
            return None
        lang = self._language()
        if self.session.mode is classroom.QuizMode.TEAMS:
            board = {s.team: s.points for s in classroom.scoreboard(self.session)}
            values = [board.get(team, 0) for team in self.session.teams]
            return ChartData(
                [t.replace(" ", "\n", 1) for t in self.session.teams],
                values,
                [True] * len(values),
                [formatting.number(v, lang) for v in values],
                points_axis_label(),
            )
        values = [spin.value() for spin in self.spins]
        options = classroom.tally_options(question)
        summary = classroom.summarize(question, values)
        labels = [
            f"{formatting.number(c, lang)} ({formatting.pct(classroom.percent(s, 0), lang, 0)})"
            if summary.total
            else formatting.number(c, lang)
            for c, s in zip(summary.counts, summary.shares, strict=True)
        ]
        return ChartData(
            [self.option_short(o) for o in options],
            values,
            [o.correct for o in options],
            labels,
            count_axis_label(),
        )

    def _update_reveal(self) -> None:
        question = self.current_question()
        data = self.reveal_chart_data()
        if question is None or self.session is None or not self.revealed or data is None:
            return
        self.answer_label.setText(self.tr("Answer: %1").replace("%1", self.answer_text(question)))
        self.explanation.setText(question.explanation.get(self.language))
        self.chart.font_scale = 150
        data.show(self.chart)
        teams = self.session.mode is classroom.QuizMode.TEAMS
        self.chart.setAccessibleName(
            self.tr("Team points so far") if teams else self.tr("How the class answered")
        )

    def _on_spin_value_changed(self) -> None:
        if self.revealed:
            self._record()
            self._save()
            self._update_reveal()
        self.state_changed.emit()

    def _on_countdown_timeout(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        if self.remaining == 0:
            self._countdown.stop()
            QApplicationBeep.beep()
        self.retranslate_ui()

    def _on_timer_button_clicked(self) -> None:
        self.toggle_countdown()

    def toggle_countdown(self) -> None:
        """Start the countdown, or pause it while it runs."""
        if self.session is None or self.session.countdown_seconds == 0 or self.revealed:
            return
        if self._countdown.isActive():
            self._countdown.stop()
        else:
            if self.remaining == 0:
                self.remaining = self.session.countdown_seconds
            self._countdown.start()
        self.retranslate_ui()

    def tick(self) -> None:
        """One second of the countdown (the timer calls this; tests may too)."""
        self._on_countdown_timeout()

    def countdown_running(self) -> bool:
        """Whether the countdown is ticking."""
        return self._countdown.isActive()

    def _on_reveal_button_clicked(self) -> None:
        if self.stack.currentWidget() is self.run_view and not self.revealed:
            self.reveal()

    def _on_next_button_clicked(self) -> None:
        self.advance()

    def advance(self) -> None:
        """One step on: reveal the answer, then the next question, then the end."""
        if self.stack.currentWidget() is not self.run_view:
            return
        if not self.revealed:
            self.reveal()
            return
        if self.index + 1 < len(self.questions):
            self._show_entered(self.index + 1)  # after going back, the next one as entered
        else:
            self.finish()

    def go_back(self) -> None:
        """One question back, as it was entered: its tallies (or points), and its answer shown if
        it had been revealed. What was typed for the current question is kept."""
        if self.stack.currentWidget() is not self.run_view or self.session is None:
            return
        if self.index == 0:
            return
        self._keep_entered()
        self._show_entered(self.index - 1)

    def _keep_entered(self) -> None:
        """Keep what was typed for the current question while the class looks back (in memory:
        only revealed questions count in the results)."""
        question = self.current_question()
        if question is not None and not self.revealed:
            self._typed[question.id] = [spin.value() for spin in self.spins]

    def _show_entered(self, index: int) -> None:
        """Show question ``index`` with what was entered for it before (revealed if it was)."""
        self.show_question(index)
        question = self.current_question()
        entered = None
        if question is not None and self.session is not None:
            entered = self.session.result(question.id)
        if self.session is None or question is None:
            return
        if entered is None or not entered.revealed:
            typed = self._typed.pop(question.id, None)
            if typed is not None and len(typed) == len(self.spins):
                self.set_counts(typed)
            return
        teams = self.session.mode is classroom.QuizMode.TEAMS
        values = entered.team_points if teams else entered.counts
        if len(values) == len(self.spins):
            for spin, value in zip(self.spins, values, strict=True):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.reveal()

    def _on_back_button_clicked(self) -> None:
        self.go_back()

    def _on_stop_button_clicked(self) -> None:
        self.finish()

    def finish(self) -> None:
        """End the quiz: save it and show the summary or the team scoreboard."""
        self._countdown.stop()
        if self.session is None:
            return
        self._save()
        self._fill_end()
        self.stack.setCurrentWidget(self.end_view)
        self.refresh_saved()
        self.retranslate_ui()

    def _fill_end(self) -> None:
        session = self.session
        if session is None:
            return
        lang = self._language()
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
            data = self.scoreboard_chart_data()
            if data is not None:
                data.show(self.end_chart)
            self.end_chart.show()
        else:
            rows = []
            for number, question in enumerate(self.questions, start=1):
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
                        question.prompt.get(self.language),
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

    def scoreboard_chart_data(self) -> ChartData | None:
        """The final team points (team mode only); the winners are highlighted."""
        if self.session is None or self.session.mode is not classroom.QuizMode.TEAMS:
            return None
        lang = self._language()
        board = classroom.scoreboard(self.session)
        return ChartData(
            [s.team.replace(" ", "\n", 1) for s in board],
            [s.points for s in board],
            [s.rank == 1 for s in board],
            [formatting.number(s.points, lang) for s in board],
            points_axis_label(),
        )

    def question_summaries(self) -> list[tuple[int, Question, classroom.TallySummary]]:
        """Class mode: (number, question, tally summary) of every question with counts."""
        session = self.session
        if session is None:
            return []
        rows = []
        for number, question in enumerate(self.questions, start=1):
            result = session.result(question.id)
            if result is not None and result.counts:
                rows.append((number, question, classroom.summarize(question, result.counts)))
        return rows

    def _on_new_button_clicked(self) -> None:
        self.session = None
        self.questions = []
        self.end_status.clear()
        self.refresh_saved()
        self.stack.setCurrentWidget(self.setup_view)
        self.retranslate_ui()

    def _on_start_button_clicked(self) -> None:
        lesson_id = self.lesson_box.currentData()
        if lesson_id:
            self.start(str(lesson_id))

    # --- projector ----------------------------------------------------------------------------

    def present(self) -> QWidget:
        """Show the quiz full screen on the chosen screen (the presenter window)."""
        from duewise.ui.classroom.quiz_presenter import QuizPresenterWindow

        if self.presenter is not None:
            self.presenter.close()
        presenter = QuizPresenterWindow(self)
        presenter.closed.connect(self._on_presenter_closed)
        self.presenter = presenter
        show_on_screen(presenter, int(self.screen_box.currentData() or 0))
        self.retranslate_ui()
        self.presenter_started.emit(presenter)
        return presenter

    def _on_present_button_clicked(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
        else:
            self.present()

    def _on_presenter_closed(self) -> None:
        presenter = self.presenter
        self.presenter = None
        if presenter is not None:
            presenter.deleteLater()
        self.retranslate_ui()

    # --- export -----------------------------------------------------------------------------

    def csv_header(self) -> list[str]:
        """The CSV columns in the interface language."""
        return [
            self.tr("Question"),
            self.tr("Question id"),
            self.tr("Objective"),
            self.tr("Prompt"),
            self.tr("Option or team"),
            self.tr("Count or points"),
            self.tr("Right answer (1 = yes)"),
            self.tr("Share (%)"),
        ]

    def export_csv(self, session: classroom.ClassSession, path: Path) -> None:
        """Write a session as CSV."""
        questions = {q.id: q for q in self.pack.questions}
        rows = classroom.csv_rows(
            session,
            questions,
            self.option_text,
            self._language(),
        )
        csv_writer.write_csv(path, self.csv_header(), rows)

    def _ask_csv_path(self, session: classroom.ClassSession) -> Path | None:
        stamp = session.started_at[:16].replace(":", "").replace("T", "-")
        suggested = Path.home() / f"class-quiz-{session.lesson_id}-{stamp}.csv"
        return ClassroomDialogs.save_path(
            self, self.tr("Export class quiz as CSV"), suggested, self.tr("CSV files (*.csv)")
        )

    def _write_csv(self, session: classroom.ClassSession, status: QLabel) -> None:
        path = self._ask_csv_path(session)
        if path is None:
            return
        try:
            self.export_csv(session, path)
        except OSError as exc:
            status.setText(
                self.tr("Could not write the file: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        status.setText(self.tr("Saved as %1").replace("%1", str(path)))

    def _on_export_button_clicked(self) -> None:
        if self.session is not None:
            self._write_csv(self.session, self.end_status)

    def _on_saved_export_button_clicked(self) -> None:
        name = self.saved_box.currentData()
        session = self.load_saved(str(name)) if name else None
        if session is None:
            self.saved_status.setText(self.tr("This saved quiz could not be read."))
            return
        self._write_csv(session, self.saved_status)

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setup_heading.setText(self.tr("Class quiz"))
        self.setup_intro.setText(
            self.tr(
                "Show one question at a time on the projector. The class answers by raising "
                "hands or on paper; you type in how many chose each answer (or each team's "
                "points), then reveal the right answer, a chart of the answers and the "
                "explanation. Every quiz is saved and can be exported as CSV."
            )
        )
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_box.setAccessibleName(self.tr("Lesson whose quiz to run"))
        self._fill_lesson_box()
        self.mode_label.setText(self.tr("&How the class answers:"))
        self.mode_box.setAccessibleName(self.tr("How the class answers"))
        mode = self.mode_box.currentIndex()
        self.mode_box.blockSignals(True)
        self.mode_box.clear()
        self.mode_box.addItem(self.tr("Whole class: count hands per answer"), "class")
        self.mode_box.addItem(self.tr("Teams: enter points per team"), "teams")
        self.mode_box.setCurrentIndex(max(mode, 0))
        self.mode_box.blockSignals(False)
        self.teams_label.setText(self.tr("Number of &teams:"))
        self.teams_spin.setAccessibleName(self.tr("Number of teams"))
        self.countdown_label.setText(self.tr("&Countdown per question:"))
        self.countdown_spin.setAccessibleName(self.tr("Countdown per question in seconds"))
        self.countdown_spin.setSuffix(self.tr(" s"))
        self.countdown_spin.setSpecialValueText(self.tr("Off"))
        self.screen_label.setText(self.tr("Full screen &on:"))
        self.screen_box.setAccessibleName(self.tr("Screen for the full-screen quiz"))
        fill_screen_box(self.screen_box)
        if self.presenter is not None:
            self.present_button.setText(self.tr("Leave &full screen (F5)"))
            self.present_button.setAccessibleName(self.tr("Leave the full-screen quiz"))
            self.present_status.setText(
                self.tr(
                    "On the projector now. Type the counts here or on the projector with the "
                    "keys: ↑ ↓ choose an answer, 0–9 type its count, → reveal and next, "
                    "B blank, Esc leave."
                )
            )
        else:
            self.present_button.setText(self.tr("Present &full screen (F5)"))
            self.present_button.setAccessibleName(
                self.tr("Show the class quiz full screen on the projector")
            )
            self.present_status.setText(
                self.tr("Shows the current question full screen, in very large type.")
            )
        self.start_button.setText(self.tr("&Start the quiz"))
        self.start_button.setAccessibleName(self.tr("Start the class quiz"))
        self._update_setup()
        self.saved_heading.setText(self.tr("Saved class quizzes"))
        self.saved_label.setText(self.tr("&Quiz:"))
        self.saved_box.setAccessibleName(self.tr("Saved class quizzes"))
        self.saved_export_button.setText(self.tr("E&xport as CSV…"))
        self.saved_export_button.setAccessibleName(self.tr("Export the saved quiz as CSV"))
        if self.saved_box.count() == 0:
            self.saved_status.setText(self.tr("No class quiz has been saved yet."))

        question = self.current_question()
        if question is not None and self.session is not None:
            self.progress_label.setText(
                self.tr("Question %1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.questions)))
            )
            self.prompt.setText(question.prompt.get(self.language))
            teams = self.session.mode is classroom.QuizMode.TEAMS
            options = classroom.tally_options(question)
            for label, option in zip(self.option_labels, options, strict=True):
                mark = "✓ " if self.revealed and option.correct else ""
                label.setText(mark + self.option_text(question, option))
            for spin, option in zip(self.spins if not teams else [], options, strict=False):
                spin.setAccessibleName(
                    self.tr("How many answered: %1").replace("%1", self.option_short(option))
                )
            for label, team, spin in zip(
                self.team_labels, self.session.teams, self.spins if teams else [], strict=False
            ):
                label.setText(team)
                spin.setAccessibleName(self.tr("Points for %1").replace("%1", team))
            if teams:
                self.entry_hint.setText(self.tr("Type each team's points for this question."))
            elif question.type in (QuestionType.NUMERIC, QuestionType.ORDERING):
                self.entry_hint.setText(
                    self.tr("Answers are on paper: count how many were right and how many wrong.")
                )
            else:
                self.entry_hint.setText(self.tr("Type how many chose each answer."))
            if self.session.countdown_seconds:
                self.countdown_display.setVisible(True)
                self.timer_button.setVisible(not self.revealed)
                if self.remaining == 0 and not self.revealed:
                    self.countdown_display.setText(self.tr("Time's up!"))
                else:
                    self.countdown_display.setText(
                        self.tr("%1 s").replace("%1", str(self.remaining))
                    )
                self.timer_button.setText(
                    self.tr("Pause") if self._countdown.isActive() else self.tr("Start countdown")
                )
            else:
                self.countdown_display.setVisible(False)
                self.timer_button.setVisible(False)
            self.countdown_display.setAccessibleName(self.tr("Time left"))
            self.timer_button.setAccessibleName(self.tr("Start or pause the countdown"))
            self.reveal_button.setEnabled(not self.revealed)
            self.back_button.setEnabled(self.index > 0)
            last = self.index + 1 >= len(self.questions)
            self.next_button.setText(
                self.tr("Reveal and continue")
                if not self.revealed
                else (self.tr("Finish") if last else self.tr("Next question"))
            )
            self._update_reveal()
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

        self.end_heading.setText(self.tr("Quiz finished"))
        teams_end = self.session is not None and self.session.mode is classroom.QuizMode.TEAMS
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
        if self.stack.currentWidget() is self.end_view and self.session is not None:
            self._fill_end()
        self.export_button.setText(self.tr("&Export as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export this quiz as CSV"))
        self.new_button.setText(self.tr("&New quiz"))
        self.new_button.setAccessibleName(self.tr("Set up a new class quiz"))
        self.state_changed.emit()


class QApplicationBeep:
    """The end-of-countdown sound (a classmethod so tests stay silent)."""

    @classmethod
    def beep(cls) -> None:
        """Ring the system bell."""
        from PySide6.QtWidgets import QApplication

        QApplication.beep()
