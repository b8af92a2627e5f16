"""Check yourself (自测): lesson quizzes, diagnostic and final tests, spaced review, progress.

The page presents; :mod:`duewise.learning` draws, grades and reports, and
:mod:`duewise.storage.quiz_store` commits every answer the moment it is given, so a quiz resumes at
the same question after the app is closed or killed. Only this page asks the clock (``_now``).

The page assembles three panels in a stack, each a module of its own that gets the page's
:class:`~duewise.ui.check.progress.Progress` (the learner's quizzes over the pack in use) and
answers with signals: the overview (``overview_panel``: start or continue a quiz, accommodations,
progress with charts, streaks and the certificate), the quiz (``quiz_panel``: one question at a
time) and the report (``report_panel``: per objective and per lesson, what to study next, and for
the final test the change since the diagnostic). The certificate is written by ``certificate``.

The lesson pack is the one the app reads once on a worker thread (``AppContext.lessons``): a page
built before it is read says so (``pack_wait``) and fills itself on ``lessons_loaded``; a quiz
asked for meanwhile (``open_with``) starts then.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QInputDialog, QStackedWidget, QWidget

from duewise import paths
from duewise.content.model import Pack, Question
from duewise.learning import quiz, review
from duewise.learning.quiz import QuizKind
from duewise.storage import settings
from duewise.storage.quiz_store import Attempt, QuizStore
from duewise.ui.check import certificate
from duewise.ui.check.overview_panel import OverviewPanel
from duewise.ui.check.parts import LARGE_TEXT_SCALE, Accommodations
from duewise.ui.check.progress import Progress
from duewise.ui.check.quiz_panel import QuizPanel
from duewise.ui.check.report_panel import ReportPanel
from duewise.ui.common.context import AppContext
from duewise.ui.common.pack_wait import PackWait
from duewise.ui.common.page import Page


class CheckPage(Page):
    """Quizzes and self-assessment: the overview, the quiz and the report (its panels).

    Signals: none of its own; it navigates with ``context.navigate("learn", …)``.
    """

    page_id = "check"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        loaded = context.lessons()  # never waits: None while the worker reads the pack
        self.progress = Progress(
            QuizStore(context.database),
            loaded.pack if loaded is not None else Pack(paths.lessons_dir(), ()),
            profile_id=lambda: self.context.profile_id,
            language=lambda: self.context.language,
            now=self._now,
        )
        #: What ``open_with`` asked for before the pack was read (done once it is).
        self._pending_open: dict[str, object] | None = None
        self._first_wait = loaded is None  # the page opens once the pack is read
        #: The attempt the report shows (``None`` before the first one).
        self.report_attempt: Attempt | None = None
        #: The last certificate outcome, shown on the overview and the report.
        self.status_text = ""
        self._stale = False

        self.pack_wait = PackWait(self)
        self.pack_wait.hide()
        self.body.addWidget(self.pack_wait)
        self.views = QStackedWidget(self)
        self.body.addWidget(self.views, 1)
        self.overview = OverviewPanel(self.progress, lambda: self.context.text_scale, self.views)
        self.quiz_view = QuizPanel(self.progress, self.views)
        self.report_view = ReportPanel(self.progress, self.views)
        for view in (self.overview, self.quiz_view, self.report_view):
            self.views.addWidget(view)
        self._load_settings()
        self._connect_signals()
        self.finish_init()
        if loaded is None:
            self._wait_for_lessons()
        else:
            self._show_start()

    def _connect_signals(self) -> None:
        self.overview.quiz_requested.connect(self._on_overview_quiz_requested)
        self.overview.continue_requested.connect(self._on_overview_continue_requested)
        self.overview.discard_requested.connect(self._on_overview_discard_requested)
        self.overview.accommodations_changed.connect(self._on_overview_accommodations_changed)
        self.overview.larger_text_changed.connect(self._on_overview_larger_text_changed)
        self.overview.certificate_requested.connect(self._on_certificate_requested)
        self.quiz_view.quiz_finished.connect(self._on_quiz_view_quiz_finished)
        self.quiz_view.overview_requested.connect(self._show_overview)
        self.quiz_view.section_requested.connect(self._on_quiz_view_section_requested)
        self.report_view.overview_requested.connect(self._show_overview)
        self.report_view.certificate_requested.connect(self._on_certificate_requested)
        self.report_view.lesson_requested.connect(self._on_report_view_lesson_requested)
        self.report_view.section_requested.connect(self._on_quiz_view_section_requested)
        self.context.language_changed.connect(self._on_context_language_changed)
        self.context.appearance_changed.connect(self._on_context_appearance_changed)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        self.context.lessons_changed.connect(self._on_context_lessons_changed)
        self.context.lessons_loaded.connect(self._on_context_lessons_loaded)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self._on_context_data_deleted())

    # --- what the panels show ------------------------------------------------------------------

    @property
    def pack(self) -> Pack:
        """The lesson pack in use (once read)."""
        return self.progress.pack

    @property
    def questions(self) -> dict[str, Question]:
        """The pack's questions by id."""
        return self.progress.questions

    @property
    def store(self) -> QuizStore:
        """The learner's answers."""
        return self.progress.store

    @property
    def attempt(self) -> Attempt | None:
        """The quiz on screen (``None`` on the overview and the report)."""
        return self.quiz_view.attempt

    def current_question(self) -> Question | None:
        """The question shown in the quiz view."""
        return self.quiz_view.current_question()

    def _show_start(self) -> None:
        """The unfinished quiz to resume, or the overview."""
        unfinished = self.progress.resumable()
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
        self.quiz_view.clear()
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
        self.progress.use_pack(pack)
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

    def _on_context_lessons_changed(self) -> None:
        # Another lesson pack: its own questions, once read. An unfinished quiz from the other
        # pack stays stored and resumes when that pack is in use again.
        loaded = self.context.lessons()
        if loaded is None:
            self._wait_for_lessons()
        else:
            self._use_pack(loaded.pack)

    # --- the clock and the dialogs (only the UI asks them) -------------------------------------

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

    # --- settings (accommodations) -------------------------------------------------------------

    def _load_settings(self) -> None:
        database = self.context.database
        self.overview.set_accommodations(
            Accommodations(
                timer=settings.read(database, settings.CHECK_TIMER),
                minutes=settings.read(database, settings.CHECK_MINUTES),
                extra_percent=settings.read(database, settings.CHECK_EXTRA_PERCENT),
                practice=settings.read(database, settings.CHECK_PRACTICE),
            )
        )
        self.overview.sync_text_scale()

    def _on_overview_accommodations_changed(self, chosen: Accommodations) -> None:
        database = self.context.database
        settings.write(database, settings.CHECK_TIMER, chosen.timer)
        settings.write(database, settings.CHECK_MINUTES, chosen.minutes)
        settings.write(database, settings.CHECK_EXTRA_PERCENT, chosen.extra_percent)
        settings.write(database, settings.CHECK_PRACTICE, chosen.practice)

    def _on_overview_larger_text_changed(self, checked: bool) -> None:
        self.context.set_appearance(text_scale=LARGE_TEXT_SCALE if checked else 100)

    def _on_context_appearance_changed(self) -> None:
        self.overview.restyle_charts()

    # --- starting, answering, finishing --------------------------------------------------------

    def open_with(self, params: dict[str, object]) -> None:
        """``{"lesson": id}`` starts (or resumes) that lesson's quiz; ``{"review": True}`` the
        review; ``{"kind": "diagnostic" | "final"}`` a test (once the pack is read)."""
        if self.waiting_for_lessons:
            self._pending_open = dict(params)
            return
        lesson_id = params.get("lesson")
        if isinstance(lesson_id, str) and self.pack.lesson(lesson_id) is not None:
            self.overview.select_lesson(lesson_id)
            self.start_or_resume(QuizKind.LESSON, lesson_id)
        elif params.get("review"):
            self.start_or_resume(QuizKind.REVIEW)
        elif params.get("kind") in ("diagnostic", "final"):
            self.start_or_resume(QuizKind(str(params["kind"])))

    def _on_overview_quiz_requested(self, kind: QuizKind, lesson_id: str | None) -> None:
        self.start_or_resume(kind, lesson_id)

    def start_or_resume(self, kind: QuizKind, lesson_id: str | None = None) -> None:
        """Resume the unfinished attempt of this kind (and lesson), or start a new one."""
        for attempt in self.progress.resumable():
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
        chosen = self.overview.accommodations()
        attempt = self.store.start_attempt(
            self.context.profile_id,
            kind,
            items,
            seed=seed,
            now=self._now(),
            lesson_id=lesson_id,
            scored=not chosen.practice,
            time_limit_s=chosen.time_limit_s(),
        )
        self._show_attempt(attempt)

    def _show_attempt(self, attempt: Attempt) -> None:
        if not self.quiz_view.show_attempt(attempt):
            self._finish(attempt.id, time_ran_out=False)
            return
        self.views.setCurrentWidget(self.quiz_view)
        self.intro.hide()

    def _on_quiz_view_quiz_finished(self, attempt_id: int, time_ran_out: bool) -> None:
        self._finish(attempt_id, time_ran_out=time_ran_out)

    def _finish(self, attempt_id: int, *, time_ran_out: bool) -> None:
        self.quiz_view.clear()
        self.store.finish_attempt(attempt_id, self._now())
        self.report_attempt = self.store.attempt(attempt_id)
        self.intro.show()
        self.views.setCurrentWidget(self.report_view)
        self.report_view.show_report(self.report_attempt, time_ran_out=time_ran_out)
        self.report_view.back_button.setFocus()

    def _on_overview_continue_requested(self) -> None:
        unfinished = self.progress.resumable()
        if unfinished:
            self._show_attempt(unfinished[0])

    def _on_overview_discard_requested(self) -> None:
        unfinished = self.progress.resumable()
        if unfinished:
            self.store.discard_attempt(unfinished[0].id)
        self._show_overview()

    def _on_quiz_view_section_requested(self, lesson_id: str, section: str) -> None:
        self.context.navigate("learn", {"lesson": lesson_id, "section": section})

    def _on_report_view_lesson_requested(self, lesson_id: str) -> None:
        self.context.navigate("learn", {"lesson": lesson_id})

    def _on_certificate_requested(self) -> None:
        certificate.save_certificate(
            self,
            self.context,
            self.progress,
            ask_name=type(self).ask_learner_name,
            ask_path=type(self).ask_certificate_path,
            show_status=self._show_status,
        )

    def _show_status(self, text: str) -> None:
        """The certificate's outcome, on the overview and under the report's score."""
        self.status_text = text
        self.overview.fill_progress(text)
        self.report_view.show_note(text)

    def _on_context_data_deleted(self) -> None:
        self.quiz_view.clear()
        self.report_attempt = None
        self.report_view.show_report(None)
        self.progress.store = QuizStore(self.context.database)
        self._load_settings()
        self._show_overview()

    def _on_context_language_changed(self, _language: str) -> None:
        self.retranslate_ui()

    def _show_overview(self) -> None:
        self.quiz_view.clear()
        self.intro.show()
        self.views.setCurrentWidget(self.overview)
        self.retranslate_overview()

    # --- texts ---------------------------------------------------------------------------------

    def _data_ready(self) -> bool:
        """Whether figures from the database should be refreshed now.

        A hidden page refreshes when it is shown again (``showEvent``): this saves work, and a
        closed window never reads a closed database.
        """
        if self.isVisible():
            return True
        self._stale = True
        return False

    def retranslate_overview(self) -> None:
        """The overview's texts, and its figures when shown."""
        self.overview.retranslate_ui()
        if self._data_ready():
            self.overview.refresh(self.status_text)

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
        self.quiz_view.retranslate_ui()
        self.report_view.retranslate_ui()
        if self.report_view.attempt is not None and self._data_ready():
            self.report_view.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Pause a timed quiz while another page is shown (the time is saved)."""
        self.quiz_view.pause()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Resume a paused timer; refresh what changed while hidden."""
        super().showEvent(event)
        self.quiz_view.resume()
        if self._stale or self.views.currentWidget() is self.overview:
            self._stale = False
            self.retranslate_ui()
