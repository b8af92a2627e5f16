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
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import Language, Pack, Question
from duewise.learning import live, quiz
from duewise.reports import csv_writer
from duewise.storage import classroom_store, live_store, profiles, results_files
from duewise.storage.db import Database
from duewise.ui.classroom.live import network
from duewise.ui.classroom.live.projector import (
    JoinInfo,
    LiveProjectorWindow,
    ProjectorView,
    plain_label,
    spaced_code,
)
from duewise.ui.classroom.live.qr import join_link
from duewise.ui.classroom.live.run_view import LiveRunView
from duewise.ui.classroom.presenter import fill_screen_box, show_on_screen
from duewise.ui.common import errors

if TYPE_CHECKING:
    from duewise.ui.classroom.live.bridge import LiveBridge

SOURCES = (live.QuizSource.LESSON, live.QuizSource.DIAGNOSTIC, live.QuizSource.FINAL,
           live.QuizSource.CUSTOM)  # fmt: skip
TEAMS = {
    "zh_CN": "熊猫, 仙鹤, 老虎, 海豚",
    "en": "Pandas, Cranes, Tigers, Dolphins",
}


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
        self.interfaces: list[network.Interface] = []
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
        self.setup_view = QWidget(self.stack)
        layout = QVBoxLayout(self.setup_view)
        self.intro = plain_label(self.setup_view)
        layout.addWidget(self.intro)
        self.resume_box = QWidget(self.setup_view)
        resume = QHBoxLayout(self.resume_box)
        resume.setContentsMargins(0, 0, 0, 0)
        self.resume_label = plain_label(self.resume_box)
        self.resume_button = QPushButton(self.resume_box)
        self.discard_button = QPushButton(self.resume_box)
        resume.addWidget(self.resume_label, 1)
        resume.addWidget(self.resume_button)
        resume.addWidget(self.discard_button)
        layout.addWidget(self.resume_box)
        form = QFormLayout()
        self.source_label, self.source_box = QLabel(self.setup_view), QComboBox(self.setup_view)
        self.lesson_label, self.lesson_box = QLabel(self.setup_view), QComboBox(self.setup_view)
        self.custom_label = QLabel(self.setup_view)
        self.custom_list = QListWidget(self.setup_view)
        self.custom_list.setMinimumHeight(160)
        self.address_label = QLabel(self.setup_view)
        self.address_box = QComboBox(self.setup_view)
        self.board_label, self.board_box = QLabel(self.setup_view), QComboBox(self.setup_view)
        self.teams_label, self.teams_edit = QLabel(self.setup_view), QLineEdit(self.setup_view)
        self.class_list_check = QCheckBox(self.setup_view)
        self.class_list_check.setChecked(True)
        for label, field in (
            (self.source_label, self.source_box),
            (self.lesson_label, self.lesson_box),
            (self.custom_label, self.custom_list),
            (self.address_label, self.address_box),
            (self.board_label, self.board_box),
            (self.teams_label, self.teams_edit),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.class_list_check)
        layout.addLayout(form)
        self.setup_error = plain_label(self.setup_view, "error")
        self.setup_error.setProperty("role", "error")
        layout.addWidget(self.setup_error)
        self.start_button = QPushButton(self.setup_view)
        self.start_button.setDefault(True)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.stack.addWidget(self.setup_view)

    def _build_run(self) -> None:
        self.run_view = LiveRunView(self.stack)
        self.stack.addWidget(self.run_view)

    def _connect_signals(self) -> None:
        self.source_box.currentIndexChanged.connect(self._on_source_box_changed)
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
        self.intro.setText(
            self.tr(
                "Students answer on their own phones or laptops over this room's network: "
                "nothing goes to the internet and nobody needs an account. DueWise serves a "
                "small page only while the quiz runs; every answer lands in the class results."
            )
        )
        self.source_label.setText(self.tr("&Questions:"))
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.custom_label.setText(self.tr("C&hoose questions:"))
        self.address_label.setText(self.tr("&Network:"))
        self.board_label.setText(self.tr("&Scoreboard:"))
        self.teams_label.setText(self.tr("&Teams:"))
        self.teams_edit.setPlaceholderText(TEAMS.get(self._language(), TEAMS["en"]))
        self.teams_edit.setAccessibleName(self.tr("Team names, separated by commas"))
        self.class_list_check.setText(self.tr("Students may pick their name from the class list"))
        self.start_button.setText(self.tr("Start the live quiz"))
        self.resume_button.setText(self.tr("Resume"))
        self.discard_button.setText(self.tr("Discard"))
        self._fill_boxes()
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
        self.run_view.network_note.setText(
            self.tr(
                "Plain HTTP on the local network: students' phones must be on the same "
                "network, and the firewall must allow DueWise (see the README)."
            )
        )
        self._show_run()
        self.projector.refresh()

    def _fill_boxes(self) -> None:
        source = self.source_box.currentIndex()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        words = {
            live.QuizSource.LESSON: self.tr("A lesson's quiz"),
            live.QuizSource.DIAGNOSTIC: self.tr("The diagnostic test (before the course)"),
            live.QuizSource.FINAL: self.tr("The final test (after the course)"),
            live.QuizSource.CUSTOM: self.tr("Questions I choose"),
        }
        for kind in SOURCES:
            self.source_box.addItem(words[kind], kind.value)
        self.source_box.setCurrentIndex(max(0, source))
        self.source_box.blockSignals(False)
        lesson = self.lesson_box.currentIndex()
        self.lesson_box.clear()
        for item in self.pack.lessons:
            if item.questions:
                self.lesson_box.addItem(item.title.get(self.language), item.id)
        self.lesson_box.setCurrentIndex(max(0, lesson))
        checked = self.checked_ids()
        self.custom_list.clear()
        for question in self.pack.questions:
            if question.answer is None:
                continue
            item = QListWidgetItem(question.prompt.get(self.language), self.custom_list)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if question.id in checked else Qt.CheckState.Unchecked
            )
        board = self.board_box.currentIndex()
        self.board_box.clear()
        self.board_box.addItem(self.tr("None"), "")
        self.board_box.addItem(self.tr("By name"), "names")
        self.board_box.addItem(self.tr("By team"), "teams")
        self.board_box.setCurrentIndex(max(0, board))
        self._fill_addresses()
        self._on_source_box_changed()

    def _fill_addresses(self) -> None:
        current = self.address_box.currentData()
        self.address_box.clear()
        for interface in self.interfaces:
            if interface.address == network.LOOPBACK:
                text = self.tr("This computer only (%1)").replace("%1", interface.address)
            else:
                text = f"{interface.name}: {interface.address}"
            self.address_box.addItem(text, interface.address)
        index = self.address_box.findData(current)
        self.address_box.setCurrentIndex(max(0, index))

    # --- setup ------------------------------------------------------------------------------

    def refresh_setup(self) -> None:
        """List the addresses again and offer an interrupted session, if any."""
        self.interfaces = network.interfaces()
        self._fill_addresses()
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
        ids: list[str] = []
        for row in range(self.custom_list.count()):
            item = self.custom_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _on_source_box_changed(self) -> None:
        source = self.source_box.currentData()
        lesson = source == live.QuizSource.LESSON.value
        custom = source == live.QuizSource.CUSTOM.value
        for widget, shown in (
            (self.lesson_label, lesson),
            (self.lesson_box, lesson),
            (self.custom_label, custom),
            (self.custom_list, custom),
        ):
            widget.setVisible(shown)

    def question_ids(self) -> tuple[live.QuizSource, str, list[str]]:
        """What the setup asks for: the source, the lesson id and the question ids."""
        source = live.QuizSource(self.source_box.currentData() or live.QuizSource.LESSON.value)
        seed = secrets.randbits(32)
        if source is live.QuizSource.LESSON:
            lesson = self.pack.lesson(str(self.lesson_box.currentData() or ""))
            items = quiz.draw_lesson_quiz(lesson, seed) if lesson is not None else ()
            return source, lesson.id if lesson else "", [i.question_id for i in items]
        if source is live.QuizSource.CUSTOM:
            return source, "", self.checked_ids()
        kind = (
            quiz.QuizKind.DIAGNOSTIC
            if source is live.QuizSource.DIAGNOSTIC
            else quiz.QuizKind.FINAL
        )
        return source, "", [i.question_id for i in quiz.draw_assessment(self.pack, kind, seed)]

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

    def teams(self) -> list[str]:
        """The team names typed (or the default ones) when the scoreboard is by team."""
        if self.board_box.currentData() != "teams":
            return []
        text = self.teams_edit.text().strip() or self.teams_edit.placeholderText()
        names: list[str] = []
        for part in text.replace("，", ",").split(","):
            name = " ".join(part.split())
            if name and name not in names:
                names.append(name[: live.MAX_NAME])
        return names[: live.MAX_TEAMS]

    def _ensure_bridge(self) -> LiveBridge:
        if self.bridge is None:
            from duewise.ui.classroom.live.bridge import LiveBridge

            self.bridge = LiveBridge(self.database.path, self.questions, self)
            # A page that goes away (a window closed without quitting) takes the server along.
            self.destroyed.connect(self.bridge.controller.close)
            self.bridge.view_changed.connect(self._on_bridge_view_changed)
            self.bridge.step_failed.connect(self._on_bridge_step_failed)
            self.bridge.finished.connect(self._on_bridge_finished)
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
                host=str(self.address_box.currentData() or network.LOOPBACK),
                lesson_id=lesson_id,
                teams=self.teams(),
                class_list=self.class_list() if self.class_list_check.isChecked() else (),
                scoreboard=bool(self.board_box.currentData()),
            )
        except OSError as exc:
            self.setup_error.setText(
                self.tr("The quiz could not be served on this address: %1").replace(
                    "%1", exc.strerror or str(exc)
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
                host=str(self.address_box.currentData() or network.LOOPBACK),
            )
        except live.LiveError:
            self.setup_error.setText(
                self.tr("This quiz cannot be resumed: its questions are no longer in the lessons.")
            )
            return False
        except OSError as exc:
            self.setup_error.setText(
                self.tr("The quiz could not be served on this address: %1").replace(
                    "%1", exc.strerror or str(exc)
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
        self.view = view
        self.projector.show_view(view)
        self._show_run()

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
        self.run_view.fill_joined(view)


def _local_time(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M")
