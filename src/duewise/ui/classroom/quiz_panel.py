"""The class quiz: one question at a time on the projector, hand counts typed in, answer revealed.

The widget presents; :mod:`duewise.learning.classroom` validates tallies, sums team scores and
saves the session. Three views in a stack: set-up, the running question, and the end (summary or
team scoreboard). The projector control (``quiz_projector``), the countdown (``quiz_countdown``)
and the CSV export (``quiz_export``) are modules of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from duewise.content.model import Language, Pack, Question, QuestionType
from duewise.learning import classroom, quiz
from duewise.storage import classroom_store
from duewise.ui.classroom import controls, quiz_export, quiz_words
from duewise.ui.classroom.quiz_countdown import QuizCountdown
from duewise.ui.classroom.quiz_end import QuizEndView
from duewise.ui.classroom.quiz_projector import QuizProjectorControl
from duewise.ui.classroom.quiz_run_view import QuizRunView
from duewise.ui.classroom.quiz_setup import QuizSetupView
from duewise.ui.common import app_language, errors
from duewise.ui.common.basics import RetranslatingWidget


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
        sessions: classroom_store.SessionStore,
        pack: Pack,
        language: Callable[[], str],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.pack = pack
        self._language = language
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        #: The quiz being run (``None`` before the start and after "New quiz").
        self.run: classroom.QuizRun | None = None
        self.spins: list[QSpinBox] = []
        self.option_labels: list[QLabel] = []
        self.team_labels: list[QLabel] = []
        self._countdown = QuizCountdown(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.projector = QuizProjectorControl(self._make_presenter, self._screen_index, self)
        self.present_button = self.projector.present_button
        self.present_status = self.projector.present_status
        layout.addWidget(self.projector)
        self.stack = controls.Views(self)
        layout.addWidget(self.stack)
        self.setup_view = QuizSetupView(pack, language, self.stack)
        self.stack.addWidget(self.setup_view)
        for name in self.setup_view.SHARED.split():
            setattr(self, name, getattr(self.setup_view, name))
        self.run_view = QuizRunView(self.stack)
        self.stack.addWidget(self.run_view)
        for name in self.run_view.SHARED.split():
            setattr(self, name, getattr(self.run_view, name))
        self.end_view = QuizEndView(self.stack)
        self.stack.addWidget(self.end_view)
        for name in self.end_view.SHARED.split():
            setattr(self, name, getattr(self.end_view, name))
        self._shortcuts = [
            (QShortcut(QKeySequence("Ctrl+R"), self.run_view), self._on_reveal_button_clicked),
            (QShortcut(QKeySequence("Ctrl+Return"), self.run_view), self._on_next_button_clicked),
            (
                QShortcut(QKeySequence("Ctrl+Backspace"), self.run_view),
                self._on_back_button_clicked,
            ),
            (QShortcut(QKeySequence("Ctrl+T"), self.run_view), self._on_timer_button_clicked),
            (QShortcut(QKeySequence(Qt.Key.Key_F5), self), self.projector.toggle),
        ]
        self._shortcuts[-1][0].setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        self.retranslate_ui()

    # --- building ---------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.saved_export_button.clicked.connect(self._on_saved_export_button_clicked)
        self.timer_button.clicked.connect(self._on_timer_button_clicked)
        self.run_view.counts_changed.connect(self._on_run_view_counts_changed)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self._countdown.ticked.connect(self._on_countdown_ticked)
        self.projector.presenter_started.connect(self._on_projector_presenter_started)
        self.projector.presenter_closed.connect(self.retranslate_ui)
        for shortcut, slot in self._shortcuts:
            shortcut.activated.connect(slot)

    # --- helpers ----------------------------------------------------------------------------

    @property
    def remaining(self) -> int:
        """Seconds left on the countdown of the question on screen."""
        return self._countdown.remaining

    @property
    def presenter(self) -> QWidget | None:
        """The quiz presenter window on the projector, or ``None``."""
        return self.projector.presenter

    @property
    def language(self) -> Language:
        """The language lesson text is shown in (the interface language)."""
        return app_language.lesson_language(self._language())

    @property
    def session(self) -> classroom.ClassSession | None:
        """The session so far (``None`` when no quiz runs)."""
        return self.run.session if self.run is not None else None

    @property
    def questions(self) -> tuple[Question, ...]:
        """The quiz's questions, in order."""
        return self.run.questions if self.run is not None else ()

    @property
    def index(self) -> int:
        """The position of the question on screen."""
        return self.run.index if self.run is not None else 0

    @property
    def revealed(self) -> bool:
        """Whether the answer of the question on screen is shown."""
        return self.run.revealed if self.run is not None else False

    def current_question(self) -> Question | None:
        """The question on screen while a quiz runs."""
        return self.run.current() if self.run is not None else None

    def option_text(
        self, question: Question, option: classroom.TallyOption, position: int | None = None
    ) -> str:
        """An option's words: ``A. …`` for choices (the letter of its shown ``position``),
        true/false, right/wrong."""
        return quiz_words.option_text(question, option, self.language, position)

    def option_short(self, option: classroom.TallyOption, position: int | None = None) -> str:
        """A short label for the chart's axis."""
        return quiz_words.option_short(option, position)

    def answer_text(self, question: Question) -> str:
        """The right answer in words (letters as shown to the class)."""
        seed = self.session.order_seed if self.session is not None else None
        return quiz_words.answer_text(question, self._language(), seed)

    def shown_options(self, question: Question) -> list[tuple[int, classroom.TallyOption]]:
        """``(tally index, option)`` in the order the class sees them: row k of the panel and
        of the projector, letter k; ``spins[k]`` counts that option in class mode."""
        return quiz_words.shown(question, self.session.order_seed if self.session else None)

    # --- saved sessions ---------------------------------------------------------------------

    def refresh_saved(self) -> None:
        """List the teacher area's saved class sessions (the same whichever learner is current)."""
        self.setup_view.refresh_saved(self.sessions.names())

    def _save(self) -> None:
        if self.run is None:
            return
        name = classroom.session_name(self.run.session)
        self.sessions.save(name, classroom.to_payload(self.run.session))
        self.session_saved.emit(name)

    def load_saved(self, name: str) -> classroom.ClassSession | None:
        """A saved session by name (``None`` if missing or damaged)."""
        data = self.sessions.load(name)
        if data is None:
            return None
        try:
            return classroom.from_payload(data)
        except classroom.ClassQuizError:
            return None

    # --- running ----------------------------------------------------------------------------

    def start(self, lesson_id: str) -> None:
        """Start a quiz over the lesson quiz's questions (never a final-test or practice item)
        with the chosen settings."""
        lesson = self.pack.lesson(lesson_id)
        mode = classroom.QuizMode(self.mode_box.currentData())
        teams = self.setup_view.team_names()
        try:
            session = classroom.new_session(
                lesson_id,
                quiz.lesson_quiz_questions(lesson) if lesson else (),
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
        self.run = classroom.QuizRun(session, quiz.lesson_quiz_questions(lesson) if lesson else ())
        self.show_question(0)
        self.stack.setCurrentWidget(self.run_view)

    def show_question(self, index: int) -> None:
        """Show question ``index`` with empty tallies and the answer hidden."""
        assert self.run is not None
        self.run.show(index)
        question = self.current_question()
        assert question is not None and self.session is not None
        self._countdown.reset(self.session.countdown_seconds)
        teams = self.session.teams if self.session.mode is classroom.QuizMode.TEAMS else ()
        self.spins, self.option_labels, self.team_labels = self.run_view.make_rows(
            len(self.shown_options(question)), len(teams), classroom.MAX_COUNT
        )
        if self.spins:
            self.spins[0].setFocus()
        for widget in (self.answer_label, self.chart, self.explanation):
            widget.hide()
        self.run_error.hide()
        self.retranslate_ui()

    def set_counts(self, values: list[int]) -> None:
        """Type the tallies (per option, in the question's written order) or the team points in,
        as the teacher would (each on the row where the option is shown)."""
        rows = quiz_words.to_rows(values, self._rows_order())
        for spin, value in zip(self.spins, rows, strict=True):
            spin.setValue(value)

    def _rows_order(self) -> list[int]:
        """The tally index shown on each row (class mode; team rows are the teams)."""
        question = self.current_question()
        if question is None or self.run is None or self.run.teams:
            return list(range(len(self.spins)))
        return [k for k, _ in self.shown_options(question)]

    def _values(self) -> list[int]:
        """What was typed, per option in the written order (or per team)."""
        return quiz_words.from_rows([spin.value() for spin in self.spins], self._rows_order())

    def _record(self) -> None:
        if self.run is None or self.current_question() is None:
            return
        try:
            self.run.record(self._values())
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
        assert self.run is not None
        try:
            self.run.reveal(self._values())
        except classroom.ClassQuizError as exc:
            self.run_error.setText(errors.class_quiz_message(exc.code, exc.params))
            self.run_error.show()
        else:
            self.run_error.hide()
        self._save()
        for widget in (self.answer_label, self.chart, self.explanation):
            widget.show()
        self._update_reveal()
        self.retranslate_ui()

    def reveal_chart_data(self) -> quiz_words.ChartData | None:
        """What the reveal chart shows: the answer distribution, or the team points so far."""
        question = self.current_question()
        if question is None or self.run is None:
            return None
        return quiz_words.reveal_chart(self.run, question, self._values(), self._language())

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

    def _on_run_view_counts_changed(self) -> None:
        if self.revealed:
            self._record()
            self._save()
            self._update_reveal()
        self.state_changed.emit()

    def _on_countdown_ticked(self) -> None:
        self.retranslate_ui()

    def _on_timer_button_clicked(self) -> None:
        self.toggle_countdown()

    def toggle_countdown(self) -> None:
        """Start the countdown, or pause it while it runs."""
        if self.session is None or self.session.countdown_seconds == 0 or self.revealed:
            return
        self._countdown.toggle(self.session.countdown_seconds)
        self.retranslate_ui()

    def tick(self) -> None:
        """One second of the countdown (the timer calls this; tests may too)."""
        self._countdown.tick()

    def countdown_running(self) -> bool:
        """Whether the countdown is ticking."""
        return self._countdown.running()

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
        if self.run is not None and self.run.has_next():
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
        if self.run is not None:
            self.run.keep_typed(self._values())

    def _show_entered(self, index: int) -> None:
        """Show question ``index`` with what was entered for it before (revealed if it was)."""
        assert self.run is not None
        entered, was_revealed = self.run.entered(index)
        self.show_question(index)
        if entered is None or len(entered) != len(self.spins):
            return
        if not was_revealed:
            self.set_counts(list(entered))
            return
        rows = quiz_words.to_rows(entered, self._rows_order())
        for spin, value in zip(self.spins, rows, strict=True):
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
        assert self.run is not None
        self.end_view.show_run(self.run, self._language(), self.scoreboard_chart_data())
        self.stack.setCurrentWidget(self.end_view)
        self.refresh_saved()
        self.retranslate_ui()

    def scoreboard_chart_data(self) -> quiz_words.ChartData | None:
        """The final team points (team mode only); the winners are highlighted."""
        if self.run is None or not self.run.teams:
            return None
        return quiz_words.scoreboard_chart(self.run.session, self._language())

    def question_summaries(self) -> list[tuple[int, Question, classroom.TallySummary]]:
        """Class mode: (number, question, tally summary) of every question with counts."""
        return self.run.summaries() if self.run is not None else []

    def _on_new_button_clicked(self) -> None:
        self.run = None
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
        return self.projector.present()

    def _make_presenter(self) -> QWidget:
        from duewise.ui.classroom.quiz_presenter import QuizPresenterWindow

        return QuizPresenterWindow(self)

    def _screen_index(self) -> int:
        return int(self.screen_box.currentData() or 0)

    def _on_projector_presenter_started(self, presenter: QWidget) -> None:
        self.retranslate_ui()  # the presenter shows what the panel holds (state_changed)
        self.presenter_started.emit(presenter)

    # --- export -----------------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        if self.session is not None:
            quiz_export.ask_and_write(
                self, self.session, self.pack, self._language(), self.end_status
            )

    def _on_saved_export_button_clicked(self) -> None:
        name = self.saved_box.currentData()
        session = self.load_saved(str(name)) if name else None
        quiz_export.ask_and_write_saved(
            self, session, self.pack, self._language(), self.saved_status
        )

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setup_view.retranslate_ui()
        self.projector.retranslate_ui()
        question = self.current_question()
        if question is not None and self.session is not None:
            self.progress_label.setText(
                self.tr("Question %1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.questions)))
            )
            self.prompt.setText(question.prompt.get(self.language))
            teams = self.session.mode is classroom.QuizMode.TEAMS
            options = [option for _, option in self.shown_options(question)]
            for row, (label, option) in enumerate(zip(self.option_labels, options, strict=True)):
                mark = "✓ " if self.revealed and option.correct else ""
                label.setText(mark + self.option_text(question, option, row))
            for row, (spin, option) in enumerate(
                zip(self.spins if not teams else [], options, strict=False)
            ):
                spin.setAccessibleName(
                    self.tr("How many answered: %1").replace("%1", self.option_short(option, row))
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
                    self.tr("Pause") if self._countdown.running() else self.tr("Start countdown")
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
        self.run_view.retranslate_ui()
        self.end_view.retranslate_ui()
        if self.stack.currentWidget() is self.end_view and self.run is not None:
            self.end_view.show_run(self.run, self._language(), self.scoreboard_chart_data())
        self.state_changed.emit()
