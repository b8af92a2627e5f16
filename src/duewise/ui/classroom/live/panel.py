"""Classroom → Live quiz (teacher area): pick the questions, serve them, run the quiz.

The teacher picks a lesson quiz, the diagnostic, the final or a custom set, the network address
to serve on (default: the local-network one) and the options, and starts. The window then shows
the join address, the code and the QR code, who has joined, the live count of answers (here
only, never on the projector) and the buttons: open, close, reveal, next, finish. The projector
window (:mod:`.projector`) follows every change. At the end the students' results are in the
class results (as if each had imported a file) and the page stays reachable until the teacher
stops serving, so every student can download their own file.

An interrupted session (the app was killed) is offered for resuming the next time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import Language, Pack, Question
from duewise.learning import live
from duewise.reports import csv_writer
from duewise.storage import classroom_store, live_store, profiles, results_files
from duewise.storage.db import Database
from duewise.ui.classroom.live import network
from duewise.ui.classroom.live.projector import (
    JoinInfo,
    LiveProjectorWindow,
    ProjectorView,
    spaced_code,
)
from duewise.ui.classroom.live.qr import join_link
from duewise.ui.classroom.live.run_view import LiveRunView
from duewise.ui.classroom.live.setup_view import LiveSetupView
from duewise.ui.classroom.presenter import fill_screen_box, show_on_screen
from duewise.ui.common import announce, errors

if TYPE_CHECKING:
    from duewise.ui.classroom.live.bridge import LiveBridge


class LivePanel(QWidget):
    """Set up and run a live quiz.

    Signals:
        results_saved(int): the quiz ended; this many students' results are in the class results.
    """

    results_saved = Signal(int)

    def __init__(
        self,
        database: Database,
        pack: Pack,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._language = language
        self.bridge: LiveBridge | None = None
        self.questions: dict[str, Question] = {}
        self.pack = pack
        self.view: live.TeacherView | None = None
        self.join: JoinInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self._build_setup()
        self._build_run()
        self.projector = ProjectorView(self.questions, language)
        self.projector_window = LiveProjectorWindow(self.projector, self)
        self._connect_signals()
        self.retranslate_ui()
        self.refresh_setup()

    # --- building ---------------------------------------------------------------------------

    def _build_setup(self) -> None:
        self.setup_view = LiveSetupView(self.pack, self._language, self.stack)
        for name in self.setup_view.SHARED.split():
            setattr(self, name, getattr(self.setup_view, name))
        self.stack.addWidget(self.setup_view)

    def _build_run(self) -> None:
        self.run_view = LiveRunView(self.stack)
        self.stack.addWidget(self.run_view)

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.run_view.open_button.clicked.connect(lambda: self._step(live.Step.OPEN))
        self.run_view.close_button.clicked.connect(lambda: self._step(live.Step.CLOSE))
        self.run_view.reveal_button.clicked.connect(lambda: self._step(live.Step.REVEAL))
        self.run_view.next_button.clicked.connect(lambda: self._step(live.Step.NEXT))
        self.run_view.finish_button.clicked.connect(lambda: self._step(live.Step.END))
        self.run_view.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.run_view.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.run_view.present_button.clicked.connect(self._on_present_button_clicked)
        self.run_view.board_button.toggled.connect(self.projector.set_scoreboard)
        self.run_view.release_button.clicked.connect(self._on_release_requested)
        self.run_view.release_action.triggered.connect(self._on_release_requested)
        self.run_view.joined_list.itemSelectionChanged.connect(self._update_release)
        self.projector_window.step_requested.connect(self._step)
        self.projector_window.closed.connect(self._on_projector_window_closed)

    # --- language ---------------------------------------------------------------------------

    @property
    def pack(self) -> Pack:
        """The lesson pack the questions come from (the page switches it)."""
        return self._pack

    @pack.setter
    def pack(self, pack: Pack) -> None:
        self._pack = pack
        if hasattr(self, "setup_view"):
            self.setup_view.pack = pack
        running = self.bridge is not None and self.bridge.running
        if not running:  # a running session keeps the questions it was started with
            self.questions = {q.id: q for q in pack.questions}
            if hasattr(self, "projector"):
                self.projector.questions = self.questions
            if self.bridge is not None:
                self.bridge.controller.questions = self.questions

    @property
    def language(self) -> Language:
        """The lesson language (the interface language)."""
        return Language.ZH if self._language() == "zh_CN" else Language.EN

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setup_view.retranslate_ui()
        self.run_view.present_button.setText(
            self.tr("Leave the projector")
            if self.projector_window.isVisible()
            else self.tr("Show on the projector")
        )
        self.run_view.screen_box.setAccessibleName(self.tr("Screen to show the quiz on"))
        self.run_view.board_button.setText(self.tr("Scoreboard on the projector"))
        self.run_view.open_button.setText(self.tr("Open"))
        self.run_view.close_button.setText(self.tr("Close"))
        self.run_view.reveal_button.setText(self.tr("Reveal"))
        self.run_view.next_button.setText(self.tr("Next question"))
        self.run_view.finish_button.setText(self.tr("Finish"))
        self.run_view.stop_button.setText(self.tr("Stop serving"))
        self.run_view.csv_button.setText(self.tr("Export answers as CSV…"))
        self.run_view.csv_button.setAccessibleName(self.tr("Export every student's answers as CSV"))
        self.run_view.open_button.setAccessibleName(self.tr("Open the question for answers"))
        self.run_view.close_button.setAccessibleName(
            self.tr("Close the question: lock the answers")
        )
        self.run_view.reveal_button.setAccessibleName(self.tr("Reveal the answer"))
        self.run_view.release_button.setAccessibleName(
            self.tr("Let the selected student join again under the same name")
        )
        self.run_view.release_button.setToolTip(
            self.tr(
                "For a student who lost their place (a new phone, a cleared browser): they join "
                "again under the same name and keep their answers; their old page is signed out."
            )
        )
        self._update_release()
        self.run_view.network_note.setText(
            self.tr(
                "Plain HTTP on the local network: students' phones must be on the same "
                "network, and the firewall must allow DueWise (see the README)."
            )
        )
        self._show_run()
        self.projector.refresh()

    # --- setup ------------------------------------------------------------------------------

    def refresh_setup(self) -> None:
        """List the addresses again and offer an interrupted session, if any."""
        self.setup_view.interfaces = network.interfaces()
        self.setup_view.fill_addresses()
        unfinished = live_store.unfinished(self.database)
        running = self.bridge is not None and self.bridge.running
        self.resume_box.setVisible(bool(unfinished) and not running)
        if unfinished:
            stored = unfinished[0]
            counts = live_store.event_counts(self.database, stored.session_id)
            joined, answered = counts.get("joined", 0), counts.get("answered", 0)
            self.resume_label.setText(
                self.tr(
                    "A live quiz started %1 was interrupted (%2 students, %3 answers kept). "
                    "Resume it where it stopped?"
                )
                .replace("%1", _local_time(stored.created_at))
                .replace("%2", str(joined))
                .replace("%3", str(answered))
            )

    def checked_ids(self) -> list[str]:
        """The questions ticked in the custom list."""
        return self.setup_view.checked_ids()

    def question_ids(self) -> tuple[live.QuizSource, str, list[str]]:
        """What the setup asks for: the source, the lesson id and the question ids."""
        return self.setup_view.question_ids()

    def class_list(self) -> list[live.Classmate]:
        """Names students may pick: the class results' learners and this computer's."""
        mates: dict[str, live.Classmate] = {}
        text = classroom_store.load(
            self.database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME
        )
        if text is not None:
            try:
                learners = results_files.load_kept(text).learners
            except results_files.ResultsFileError:
                learners = ()
            for learner in learners:
                mates.setdefault(learner.name.casefold(), live.Classmate(learner.name, learner.uid))
        for profile in profiles.list_profiles(self.database):
            if profile.name.casefold() not in mates:
                uid = profiles.learner_uid(self.database, profile.id)
                mates[profile.name.casefold()] = live.Classmate(profile.name, uid)
        return sorted(mates.values(), key=lambda m: m.name.casefold())

    def _ensure_bridge(self) -> LiveBridge:
        if self.bridge is None:
            from duewise.ui.classroom.live.bridge import LiveBridge

            self.bridge = LiveBridge(self.database.path, self.questions, self)
            # A page that goes away (a window closed without quitting) takes the server along.
            self.destroyed.connect(self.bridge.controller.close)
            self.bridge.view_changed.connect(self._on_bridge_view_changed)
            self.bridge.step_failed.connect(self._on_bridge_step_failed)
            self.bridge.finished.connect(self._on_bridge_finished)
            self.bridge.student_released.connect(self._on_bridge_student_released)
            self.bridge.stopped.connect(self._on_bridge_stopped)
        return self.bridge

    def start(self) -> bool:
        """Start a session from the setup; ``False`` (with a message) when it cannot start."""
        source, lesson_id, ids = self.question_ids()
        if not ids:
            self.setup_error.setText(self.tr("Choose at least one question."))
            return False
        bridge = self._ensure_bridge()
        try:
            server = bridge.start(
                ids,
                source=source,
                host=self.setup_view.host(),
                lesson_id=lesson_id,
                teams=self.setup_view.teams(),
                class_list=self.class_list() if self.class_list_check.isChecked() else (),
                scoreboard=bool(self.board_box.currentData()),
            )
        except OSError as exc:
            self.setup_error.setText(
                self.tr("The quiz could not be served on this address: %1").replace(
                    "%1", errors.serve_message(exc)
                )
            )
            return False
        self._started(server)
        return True

    def resume(self) -> bool:
        """Resume the interrupted session offered."""
        unfinished = live_store.unfinished(self.database)
        if not unfinished:
            return False
        bridge = self._ensure_bridge()
        try:
            server = bridge.resume(
                unfinished[0].session_id,
                host=self.setup_view.host(),
            )
        except live.LiveError:
            self.setup_error.setText(
                self.tr("This quiz cannot be resumed: its questions are no longer in the lessons.")
            )
            return False
        except OSError as exc:
            self.setup_error.setText(
                self.tr("The quiz could not be served on this address: %1").replace(
                    "%1", errors.serve_message(exc)
                )
            )
            return False
        self._started(server)
        return True

    def _started(self, server: object) -> None:
        from duewise.ui.classroom.live.server import LiveServer

        assert isinstance(server, LiveServer)
        self.setup_error.setText("")
        self.join = JoinInfo(server.url, server.session.setup.code)
        self.run_view.qr.set_text(join_link(self.join.url, self.join.code))
        self.projector.set_join(self.join, server.session.setup.seed)
        self.view = server.call(server.session.teacher_view).result(5)
        self.projector.show_view(self.view)
        self.run_view.run_status.setText("")
        self.stack.setCurrentWidget(self.run_view)
        self._show_run()

    def _on_start_button_clicked(self) -> None:
        self.start()

    def _on_resume_button_clicked(self) -> None:
        self.resume()

    def _on_discard_button_clicked(self) -> None:
        live_store.discard_unfinished(self.database)
        self.refresh_setup()

    # --- running ----------------------------------------------------------------------------

    def present(self) -> LiveProjectorWindow:
        """Show the quiz full screen on the chosen screen."""
        fill_screen_box(self.run_view.screen_box)
        show_on_screen(self.projector_window, int(self.run_view.screen_box.currentData() or 0))
        self.retranslate_ui()
        return self.projector_window

    def _on_present_button_clicked(self) -> None:
        if self.projector_window.isVisible():
            self.projector_window.close()
        else:
            self.present()

    def _on_projector_window_closed(self) -> None:
        self.retranslate_ui()

    def _step(self, step: live.Step) -> None:
        if self.bridge is not None:
            self.bridge.step(step)

    def step(self, step: live.Step) -> None:
        """A teacher action (as its button does)."""
        self._step(step)

    def _on_bridge_view_changed(self, view: live.TeacherView) -> None:
        before = self.view
        # Where the keyboard was before the buttons change (a disabled one loses the focus).
        on_steps = QApplication.focusWidget() in self.run_view.step_buttons
        self.view = view
        self.projector.show_view(view)
        self._show_run()
        if before is not None and (before.phase, before.index) != (view.phase, view.index):
            self._say_step(view, move_focus=on_steps)

    def _say_step(self, view: live.TeacherView, *, move_focus: bool) -> None:
        """What the step just taken did, said (the change shows on the projector, not here),
        and the keyboard on the button for the next step: the one just pressed is disabled."""
        run = self.run_view
        number = self.tr("Question %1 of %2").replace("%1", str(view.index + 1))
        number = number.replace("%2", str(view.total))
        last = view.index >= view.total - 1
        sentences = {
            live.Phase.OPEN: (
                self.tr("%1 is open: students can answer.").replace("%1", number),
                run.close_button,
            ),
            live.Phase.CLOSED: (
                self.tr("Answers to %1 are closed.").replace("%1", number),
                run.reveal_button,
            ),
            live.Phase.REVEALED: (
                self.tr("The answer to %1 is on the projector.").replace("%1", number),
                run.finish_button if last else run.next_button,
            ),
        }
        if view.phase not in sentences:
            return  # the end says its own words (_on_bridge_finished)
        text, next_button = sentences[view.phase]
        run.run_status.setText(text)
        announce.announce(run.run_status, text)
        if move_focus:
            next_button.setFocus()

    def _on_bridge_step_failed(self, code: str) -> None:
        words = {
            "not_saved": self.tr("That was not saved (the disk refused it). Try again."),
            "no_more_questions": self.tr("That was the last question: finish the quiz."),
        }
        self.run_view.run_status.setText(words.get(code, self.tr("That cannot be done now.")))

    def _on_bridge_finished(self, saved: int) -> None:
        self.run_view.run_status.setText(
            self.tr(
                "The quiz is over. Students whose results are now in the class results: %1. "
                "Each can download their own file until you stop serving."
            ).replace("%1", str(saved))
        )
        self.results_saved.emit(saved)

    def _student_name(self, student_id: str) -> str:
        view = self.view
        if view is None:
            return ""
        return next((s.name for s, _ in view.students if s.student_id == student_id), "")

    def _update_release(self) -> None:
        """The "let … join again" button and action follow the joined list's selection."""
        student_id = self.run_view.selected_student()
        view = self.view
        can = bool(student_id) and view is not None and student_id not in view.released
        name = self._student_name(student_id) if can else ""
        text = (
            self.tr("Let %1 join again").replace("%1", name)
            if name
            else self.tr("Let a student join again")
        )
        for control in (self.run_view.release_button, self.run_view.release_action):
            control.setText(text)
            control.setEnabled(can)

    def release(self, student_id: str) -> None:
        """Let a student join again under their name (as the button does)."""
        if self.bridge is not None and student_id:
            self.bridge.release(student_id)

    def _on_release_requested(self) -> None:
        self.release(self.run_view.selected_student())

    def _on_bridge_student_released(self, student_id: str) -> None:
        self.run_view.run_status.setText(
            self.tr(
                "%1 can join again under the same name, on any phone or browser, and keeps "
                "their answers so far. Their old page is signed out."
            ).replace("%1", self._student_name(student_id))
        )
        self._update_release()

    def csv_header(self) -> list[str]:
        """The CSV columns (see :func:`live.csv_rows`)."""
        return [
            self.tr("Question"),
            self.tr("Question id"),
            self.tr("Student"),
            self.tr("Team"),
            self.tr("Answered"),
            self.tr("Score"),
            self.tr("Fully right"),
        ]

    def export_csv(self, path: Path) -> None:
        """Write every student's answers (names neutralised for spreadsheets)."""
        server = self.bridge.server if self.bridge is not None else None
        if server is None:
            return
        rows = server.call(lambda: live.csv_rows(server.session)).result(10)
        csv_writer.write_csv(path, self.csv_header(), rows)

    def _on_csv_button_clicked(self) -> None:
        from duewise.ui.classroom.dialogs import ClassroomDialogs

        path = ClassroomDialogs.save_path(
            self,
            self.tr("Export answers as CSV"),
            Path.home() / "live-quiz.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        try:
            self.export_csv(path)
        except OSError as exc:
            self.run_view.run_status.setText(
                self.tr("The file could not be written: %1").replace("%1", errors.describe(exc))
            )
            return
        self.run_view.run_status.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def _on_stop_button_clicked(self) -> None:
        if self.bridge is not None:
            self.bridge.stop()

    def _on_bridge_stopped(self) -> None:
        self.projector_window.close()
        self.view = None
        self.join = None
        self.stack.setCurrentWidget(self.setup_view)
        self.refresh_setup()

    def stop(self) -> None:
        """Stop serving (also when the page goes away)."""
        self._on_stop_button_clicked()

    def _show_run(self) -> None:
        view, join = self.view, self.join
        if view is None or join is None:
            return
        self.run_view.join_label.setText(
            self.tr("Students open %1 and type the code %2 (or scan the QR code).")
            .replace("%1", join.url)
            .replace("%2", spaced_code(join.code))
        )
        phase = view.phase
        question = self.questions.get(view.question_id)
        if question is None:
            self.run_view.question_label.setText(self.tr("Waiting for students to join"))
        else:
            self.run_view.question_label.setText(
                self.tr("Question %1 of %2: %3")
                .replace("%1", str(view.index + 1))
                .replace("%2", str(view.total))
                .replace("%3", question.prompt.get(self.language))
            )
        joined = len(view.students)
        if phase in (live.Phase.OPEN, live.Phase.CLOSED, live.Phase.REVEALED):
            self.run_view.count_label.setText(
                self.tr("%1 of %2 answered (shown here only)")
                .replace("%1", str(view.answered))
                .replace("%2", str(joined))
            )
        else:
            self.run_view.count_label.setText(
                self.tr("Joined so far: %1").replace("%1", str(joined))
            )
        last = view.index >= view.total - 1
        ended = phase is live.Phase.ENDED
        self.run_view.open_button.setEnabled(phase in (live.Phase.LOBBY, live.Phase.CLOSED))
        self.run_view.close_button.setEnabled(phase is live.Phase.OPEN)
        self.run_view.reveal_button.setEnabled(phase in (live.Phase.OPEN, live.Phase.CLOSED))
        self.run_view.next_button.setEnabled(
            phase in (live.Phase.CLOSED, live.Phase.REVEALED) and not last
        )
        self.run_view.finish_button.setEnabled(not ended)
        self.run_view.stop_button.setVisible(ended)
        self.run_view.csv_button.setVisible(ended)
        self.run_view.board_button.setEnabled(bool(view.standings))
        self.run_view.joined_heading.setText(self.tr("Joined (%1)").replace("%1", str(joined)))
        self.run_view.fill_joined(view, self.tr("may join again"))
        self._update_release()


def _local_time(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M")
