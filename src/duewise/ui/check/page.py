"""Check yourself (自测): lesson quizzes, diagnostic and final tests, spaced review, progress.

The page presents; :mod:`duewise.learning` draws, grades and reports, and
:mod:`duewise.storage.quiz_store` commits every answer the moment it is given, so a quiz resumes at
the same question after the app is closed or killed. Only this page asks the clock (``_now``).

Views (a stack): the overview (start or continue a quiz, accommodations, scoring rules, progress
with charts, streaks and the certificate), the quiz (one question at a time) and the report (per
objective and per lesson, what to study next, and for the final test the change since the
diagnostic).

The lesson pack is the one the app reads once on a worker thread (``AppContext.lessons``): a page
built before it is read says so (``pack_wait``) and fills itself on ``lessons_loaded``; a quiz
asked for meanwhile (``open_with``) starts then.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QStackedWidget,
    QWidget,
)

from duewise import formatting, paths
from duewise.content.model import Pack, Question
from duewise.learning import grading, quiz, review
from duewise.learning.quiz import QuizKind
from duewise.storage.quiz_store import Attempt, QuizStore
from duewise.ui.check.overview_part import OverviewPart
from duewise.ui.check.parts import percent_value
from duewise.ui.check.quiz_part import QuizPart
from duewise.ui.check.report_part import ReportPart
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.context import AppContext
from duewise.ui.common.pack_wait import PackWait
from duewise.ui.common.page import Page


class CheckPage(
    OverviewPart,
    QuizPart,
    ReportPart,
    Page,
):
    """Quizzes and self-assessment.

    Signals: none of its own; it navigates with ``context.navigate("learn", …)``.
    """

    page_id = "check"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = QuizStore(context.database)
        loaded = context.lessons()  # never waits: None while the worker reads the pack
        self.pack = loaded.pack if loaded is not None else Pack(paths.lessons_dir(), ())
        self.questions: dict[str, Question] = {q.id: q for q in self.pack.questions}
        #: What ``open_with`` asked for before the pack was read (done once it is).
        self._pending_open: dict[str, object] | None = None
        self._first_wait = loaded is None  # the page opens once the pack is read
        self.attempt: Attempt | None = None
        self.position = 0
        self.shown_grade: grading.Grade | None = None
        self.report_attempt: Attempt | None = None
        self.time_ran_out = False
        self.elapsed_s = 0
        self.status_text = ""
        self._stale = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)

        self.pack_wait = PackWait(self)
        self.pack_wait.hide()
        self.body.addWidget(self.pack_wait)
        self.views = QStackedWidget(self)
        self.body.addWidget(self.views, 1)
        self._build_overview()
        self._build_quiz()
        self._build_report()
        self._load_settings()
        self._size_charts()
        self._connect_signals()
        self.finish_init()
        if loaded is None:
            self._wait_for_lessons()
        else:
            self._show_start()

    def _show_start(self) -> None:
        """The unfinished quiz to resume, or the overview."""
        unfinished = self._resumable()
        if unfinished:
            self._show_attempt(unfinished[0])
        else:
            self._show_overview()

    # --- the lesson pack (read once by the app, on a worker thread) ---------------------------

    @property
    def waiting_for_lessons(self) -> bool:
        """The pack in use is being read: ``pack_wait`` shows instead of the views."""
        return self.pack_wait.isVisibleTo(self)

    def _wait_for_lessons(self) -> None:
        self.timer.stop()
        self.attempt = None
        self.views.hide()
        self.pack_wait.show()
        self.context.load_lessons()

    def _on_context_lessons_loaded(self) -> None:
        loaded = self.context.lessons()
        if self.waiting_for_lessons and (loaded is not None or self.context.lessons_error):
            pack = loaded.pack if loaded is not None else Pack(paths.lessons_dir(), ())
            self._use_pack(pack, resume=self._first_wait)

    def _use_pack(self, pack: Pack, *, resume: bool = False) -> None:
        """Show ``pack``'s quizzes (after a wait, or another pack chosen); ``resume``: with the
        learner's unfinished quiz, as when the page opens."""
        self._first_wait = False
        self.pack = pack
        self.questions = {q.id: q for q in pack.questions}
        self.pack_wait.hide()
        self.views.show()
        self._on_context_data_deleted()
        if resume:
            self._show_start()
        pending, self._pending_open = self._pending_open, None
        if pending is not None:
            self.open_with(pending)

    def ensure_loaded(self) -> None:
        """Read the pack now if the worker has not yet (screenshots; the app waits instead)."""
        if self.waiting_for_lessons:
            from duewise.learning import bank

            self._use_pack(bank.load_bank(), resume=self._first_wait)

    # --- the clock (only the UI asks it) -------------------------------------------------------

    def _now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    @classmethod
    def ask_certificate_path(cls, parent: QWidget, suggested: Path, caption: str) -> Path | None:
        """Ask where to save the certificate (tests replace this)."""
        from duewise.ui.common import save_dialog

        return save_dialog.ask_save_path(parent, caption, suggested, "PDF (*.pdf)")

    @classmethod
    def ask_learner_name(cls, parent: QWidget, title: str, label: str) -> str | None:
        """Ask the learner's name for the certificate (tests replace this); ``None``: cancelled."""
        name, ok = QInputDialog.getText(parent, title, label)
        return name if ok else None

    # --- building ------------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.lesson_button.clicked.connect(self._on_lesson_button_clicked)
        self.diagnostic_button.clicked.connect(lambda: self.start_or_resume(QuizKind.DIAGNOSTIC))
        self.final_button.clicked.connect(lambda: self.start_or_resume(QuizKind.FINAL))
        self.review_button.clicked.connect(lambda: self.start_or_resume(QuizKind.REVIEW))
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.section_button.clicked.connect(self._on_section_button_clicked)
        self.panel.enter_pressed.connect(self._on_check_button_clicked)
        self.back_button.clicked.connect(self._show_overview)
        self.certificate_button.clicked.connect(self._on_certificate_button_clicked)
        self.report_certificate_button.clicked.connect(self._on_certificate_button_clicked)
        for button in self.study_buttons:
            button.clicked.connect(self._on_study_button_clicked)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer_check.toggled.connect(self._on_accommodation_changed)
        self.minutes_spin.valueChanged.connect(self._on_accommodation_changed)
        self.extra_combo.currentIndexChanged.connect(self._on_accommodation_changed)
        self.practice_check.toggled.connect(self._on_accommodation_changed)
        self.larger_check.toggled.connect(self._on_larger_check_toggled)
        self.context.language_changed.connect(self._on_context_language_changed)
        self.context.appearance_changed.connect(self._on_context_appearance_changed)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        self.context.lessons_changed.connect(self._on_context_lessons_changed)
        self.context.lessons_loaded.connect(self._on_context_lessons_loaded)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self._on_context_data_deleted())

    # --- settings (accommodations) -------------------------------------------------------------

    def _on_context_appearance_changed(self) -> None:
        self._sync_larger_check()
        self._size_charts()
        for chart in (self.score_chart, self.mastery_chart):
            chart.scale_fonts(self.context.text_scale)
            chart.apply_palette()
            chart.redraw()

    def open_with(self, params: dict[str, object]) -> None:
        """``{"lesson": id}`` starts (or resumes) that lesson's quiz; ``{"review": True}`` the
        review; ``{"kind": "diagnostic" | "final"}`` a test (once the pack is read)."""
        if self.waiting_for_lessons:
            self._pending_open = dict(params)
            return
        lesson_id = params.get("lesson")
        if isinstance(lesson_id, str) and self.pack.lesson(lesson_id) is not None:
            index = self.lesson_combo.findData(lesson_id)
            if index >= 0:
                self.lesson_combo.setCurrentIndex(index)
            self.start_or_resume(QuizKind.LESSON, lesson_id)
        elif params.get("review"):
            self.start_or_resume(QuizKind.REVIEW)
        elif params.get("kind") in ("diagnostic", "final"):
            self.start_or_resume(QuizKind(str(params["kind"])))

    def _on_lesson_button_clicked(self) -> None:
        lesson_id = self.lesson_combo.currentData()
        if isinstance(lesson_id, str):
            self.start_or_resume(QuizKind.LESSON, lesson_id)

    def start_or_resume(self, kind: QuizKind, lesson_id: str | None = None) -> None:
        """Resume the unfinished attempt of this kind (and lesson), or start a new one."""
        for attempt in self._resumable():
            if attempt.kind is kind and attempt.lesson_id == lesson_id:
                self._show_attempt(attempt)
                return
        seed = random.SystemRandom().randrange(2**31)
        if kind is QuizKind.LESSON:
            lesson = self.pack.lesson(lesson_id or "")
            if lesson is None:
                return
            items = quiz.draw_lesson_quiz(lesson, seed)
        elif kind is QuizKind.REVIEW:
            due = review.due_cards(
                self.store.review_cards(self.context.profile_id), self._now().date()
            )
            items = quiz.draw_review(self.pack, [c.question_id for c in due], seed)
        else:
            # The same learner gets the same difficulty per objective in both tests.
            items = quiz.draw_assessment(self.pack, kind, seed, learner=self.context.profile_id)
        if not items:
            self._show_overview()
            return
        attempt = self.store.start_attempt(
            self.context.profile_id,
            kind,
            items,
            seed=seed,
            now=self._now(),
            lesson_id=lesson_id,
            scored=not self.practice_check.isChecked(),
            time_limit_s=self._time_limit_s(),
        )
        self._show_attempt(attempt)

    def _open_position(self, attempt: Attempt) -> int:
        done = {a.position for a in attempt.answers}
        for i, item in enumerate(attempt.items):
            if i not in done and item.question_id in self.questions:
                return i
        return len(attempt.items)

    def _show_attempt(self, attempt: Attempt) -> None:
        self.attempt = attempt
        self.time_ran_out = False
        self.elapsed_s = attempt.elapsed_s
        position = self._open_position(attempt)
        if position >= len(attempt.items):
            self._finish()
            return
        self.views.setCurrentWidget(self.quiz_view)
        self.intro.hide()
        self._show_question(position)
        if attempt.time_limit_s:
            self.timer.start()
        else:
            self.timer.stop()
        self._update_timer_label()

    def _show_question(self, position: int) -> None:
        assert self.attempt is not None
        self.position = position
        self.shown_grade = None
        item = self.attempt.items[position]
        question = self.questions[item.question_id]
        self.panel.set_question(question, item, self.context.language)
        self.feedback_card.hide()
        self.retranslate_quiz()
        self.panel.focus_answer()

    def current_question(self) -> Question | None:
        """The question shown in the quiz view."""
        if self.attempt is None or self.position >= len(self.attempt.items):
            return None
        return self.questions.get(self.attempt.items[self.position].question_id)

    # --- answering -----------------------------------------------------------------------------

    def _finish(self) -> None:
        assert self.attempt is not None
        self.timer.stop()
        self.store.finish_attempt(self.attempt.id, self._now())
        self.report_attempt = self.store.attempt(self.attempt.id)
        self.attempt = None
        self.intro.show()
        self.views.setCurrentWidget(self.report_view)
        self.retranslate_report()
        self.back_button.setFocus()

    def _on_continue_button_clicked(self) -> None:
        unfinished = self._resumable()
        if unfinished:
            self._show_attempt(unfinished[0])

    def _on_discard_button_clicked(self) -> None:
        unfinished = self._resumable()
        if unfinished:
            self.store.discard_attempt(unfinished[0].id)
        self._show_overview()

    def _on_study_button_clicked(self) -> None:
        lesson_id = self.sender().property("lessonId")
        if isinstance(lesson_id, str):
            self.context.navigate("learn", {"lesson": lesson_id})

    def _resumable(self) -> list[Attempt]:
        """Unfinished attempts whose questions are all in the lesson pack in use."""
        return [
            attempt
            for attempt in self.store.unfinished(self.context.profile_id)
            if all(item.question_id in self.questions for item in attempt.items)
        ]

    def _on_context_lessons_changed(self) -> None:
        # Another lesson pack: its own questions, once read. An unfinished quiz from the other
        # pack stays stored and resumes when that pack is in use again.
        loaded = self.context.lessons()
        if loaded is None:
            self._wait_for_lessons()
        else:
            self._use_pack(loaded.pack)

    def _on_context_data_deleted(self) -> None:
        self.timer.stop()
        self.attempt = None
        self.report_attempt = None
        self.store = QuizStore(self.context.database)
        self._load_settings()
        self._show_overview()

    def _on_context_language_changed(self, _language: str) -> None:
        self.retranslate_ui()

    # --- reports -------------------------------------------------------------------------------

    def _show_overview(self) -> None:
        self.timer.stop()
        self.attempt = None
        self.intro.show()
        self.views.setCurrentWidget(self.overview)
        self.retranslate_overview()

    # --- texts ---------------------------------------------------------------------------------

    def _lang(self) -> str:
        return self.context.language

    def _sentence_gap(self) -> str:
        """Sentences are joined with a space in English and with nothing in Chinese."""
        return "" if self._lang().startswith("zh") else " "

    def _pct(self, value: Fraction) -> str:
        return formatting.pct(percent_value(value), self._lang(), 0)

    def _points(self, value: Fraction) -> str:
        number = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        return formatting.number(
            number.normalize() if number == number.to_integral() else number, self._lang()
        )

    def _kind_name(self, attempt: Attempt) -> str:
        if attempt.kind is QuizKind.LESSON:
            lesson = self.pack.lesson(attempt.lesson_id or "")
            title = lesson.title.get(lesson_language(self._lang())) if lesson else "?"
            return self.tr("Lesson quiz: %1").replace("%1", title)
        if attempt.kind is QuizKind.DIAGNOSTIC:
            return self.tr("Diagnostic test")
        if attempt.kind is QuizKind.FINAL:
            return self.tr("Final test")
        return self.tr("Review")

    def _lesson_title(self, lesson_id: str) -> str:
        lesson = self.pack.lesson(lesson_id)
        if lesson is None:
            return lesson_id
        return f"{lesson.order}. {lesson.title.get(lesson_language(self._lang()))}"

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Check yourself"))
        self.intro.setText(
            self.tr(
                "Find out what you already know and what to study next. Answers are saved as "
                "you go: you can stop at any time and carry on later."
            )
        )
        self.retranslate_overview()
        self.retranslate_quiz()
        self.retranslate_report()

    def hideEvent(self, event: QHideEvent) -> None:
        """Pause a timed quiz while another page is shown (the time is saved)."""
        if self.timer.isActive() and self.attempt is not None:
            self.timer.stop()
            self.store.save_elapsed(self.attempt.id, self.elapsed_s)
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Resume a paused timer; refresh what changed while hidden."""
        super().showEvent(event)
        if self.attempt is not None and self.attempt.time_limit_s:
            self.timer.start()
        if self._stale or self.views.currentWidget() is self.overview:
            self._stale = False
            self.retranslate_ui()
