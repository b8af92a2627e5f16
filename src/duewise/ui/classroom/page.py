"""Classroom (课堂): learner profiles, and a teacher area behind a PIN for presenting a lesson,
running a class quiz, printing worksheets and collecting results from many machines."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duewise import paths
from duewise.content import loader
from duewise.content.model import Pack
from duewise.learning import bank
from duewise.storage import classroom_store, profiles, results_files, teacher_pin, teacher_recovery
from duewise.ui.classroom import controls
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.classroom.lock_panel import TeacherLockPanel
from duewise.ui.classroom.pin_panel import ChangePinPanel
from duewise.ui.classroom.profiles_panel import ProfilesPanel
from duewise.ui.classroom.recovery_card import RecoveryCodeCard
from duewise.ui.common import basics, errors
from duewise.ui.common.context import AppContext
from duewise.ui.common.flow import FlowLayout
from duewise.ui.common.pack_wait import PackWait
from duewise.ui.common.page import Page


def shipped_pack() -> Pack:
    """The lesson pack in use, read here if it has not been (tests and scripts: the page itself
    waits for the app's one background read, ``AppContext.lessons``)."""
    try:
        return bank.load_bank()
    except loader.PackPathError:
        return Pack(paths.lessons_dir(), ())


class ClassroomPage(Page):
    """Profiles for learners; presenting, class quizzes, printables and class results for teachers.

    The teacher tools are built the first time the teacher area is unlocked, so opening the page
    stays quick (they import matplotlib). They show the lesson pack the app reads once on a
    worker thread (``AppContext.lessons``); until it is read, ``tools_pack_wait`` says so and the
    panels are filled on ``lessons_loaded``.

    Signals:
        profile_changed(int): the learner using the app changed (``context.profile_id`` is set).
    """

    page_id = "classroom"
    profile_changed = Signal(int)

    @classmethod
    def now(cls) -> float:
        """Wall-clock seconds for the PIN lockout (tests replace this classmethod)."""
        return time.time()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.lock = teacher_pin.TeacherLock(context.database, clock=lambda: type(self).now())
        self.recovery = teacher_recovery.RecoveryLock(
            context.database, clock=lambda: type(self).now()
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        learners = QWidget(self.tabs)
        learners_layout = QVBoxLayout(learners)
        learners_layout.setContentsMargins(0, 12, 0, 0)
        self.profiles_panel = ProfilesPanel(
            context.database, context.profile_id, learners, can_delete=self.may_delete_learners
        )
        learners_layout.addWidget(self.profiles_panel)
        mine, mine_layout = basics.card(learners)
        self.mine_heading = basics.heading(2, mine)
        self.mine_text = basics.paragraph(mine, muted=True)
        self.export_mine_button = QPushButton(mine)
        self.export_mine_status = basics.paragraph(mine)
        self.export_mine_status.setObjectName("exportMineStatus")
        self.export_mine_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        mine_layout.addWidget(self.mine_heading)
        mine_layout.addWidget(self.mine_text)
        mine_layout.addWidget(self.export_mine_button, 0, Qt.AlignmentFlag.AlignLeft)
        mine_layout.addWidget(self.export_mine_status)
        learners_layout.addWidget(mine)
        learners_layout.addStretch(1)
        self.tabs.addTab(learners, "")

        self.teacher_stack = QStackedWidget(self.tabs)
        self.lock_panel = TeacherLockPanel(
            self.lock,
            self.recovery,
            lambda: teacher_recovery.issue(self.context.database),
            self.teacher_stack,
        )
        self.teacher_stack.addWidget(self.lock_panel)
        self.teacher_tools: QWidget | None = None
        self._waiting_for_lessons = False
        self.tools_tabs: QTabWidget | None = None
        self.lock_button: QPushButton | None = None
        self.change_pin_button: QPushButton | None = None
        self.new_code_button: QPushButton | None = None
        self.delete_all_button: QPushButton | None = None
        self.recovery_card: RecoveryCodeCard | None = None
        self.pin_panel: ChangePinPanel | None = None
        self._lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self._lock_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.addTab(self.teacher_stack, "")
        self.body.addWidget(self.tabs, 1)
        controls.fit_current_tab(self.tabs)
        self.quiz_panel = None  # built with the teacher tools
        self.live_panel = None
        self.printables_panel = None
        self.results_panel = None
        self.gradebook_panel = None
        self.present_panel = None
        self._connect_signals()
        self.finish_init()

    def _connect_signals(self) -> None:
        self.profiles_panel.profile_switched.connect(self._on_profiles_panel_profile_switched)
        self.profiles_panel.profiles_changed.connect(self._on_profiles_panel_profiles_changed)
        self.lock_panel.unlocked.connect(self._on_lock_panel_unlocked)
        self.lock_panel.pin_set.connect(self._on_lock_panel_pin_set)
        self.export_mine_button.clicked.connect(self._on_export_mine_button_clicked)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        self.context.profile_changed.connect(self._on_context_profile_changed)
        self.context.lessons_changed.connect(self._on_context_lessons_changed)
        self.context.lessons_loaded.connect(self._on_context_lessons_loaded)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._lock_shortcut.activated.connect(self._on_lock_shortcut_activated)

    # --- the lesson pack (read once by the app, on a worker thread) ---------------------------

    def _pack_in_use(self) -> Pack | None:
        """The pack in use if it is read (``None`` while it is: the read is asked for)."""
        loaded = self.context.lessons()
        if loaded is not None:
            return loaded.pack
        if self.context.lessons_error is not None and self.context.lesson_pack is None:
            return Pack(paths.lessons_dir(), ())  # the course is not a pack: nothing to wait for
        self.context.load_lessons()
        return None

    def _on_context_lessons_changed(self) -> None:
        # The teacher chose another lesson pack on the Learn page: present, quiz, print and
        # report on that one (once it is read).
        if self.teacher_tools is not None:
            self._use_pack(self._pack_in_use())

    def _on_context_lessons_loaded(self) -> None:
        if self.teacher_tools is not None and self._waiting_for_lessons:
            self._use_pack(self._pack_in_use())

    def ensure_loaded(self) -> None:
        """Read the pack now if the worker has not yet (screenshots; the page waits instead)."""
        if self.teacher_tools is not None and self._waiting_for_lessons:
            self._use_pack(shipped_pack())

    def _use_pack(self, pack: Pack | None) -> None:
        """Give every teacher panel ``pack`` (``None``: still being read, they wait empty)."""
        self._waiting_for_lessons = pack is None
        self.tools_pack_wait.setVisible(pack is None)
        pack = pack if pack is not None else Pack(paths.lessons_dir(), ())
        for name in (
            "present_panel",
            "quiz_panel",
            "live_panel",
            "printables_panel",
            "results_panel",
            "gradebook_panel",
        ):
            panel = getattr(self, name, None)
            if panel is not None:
                panel.pack = pack
                panel.retranslate_ui()

    # --- profiles ---------------------------------------------------------------------------

    def _on_profiles_panel_profile_switched(self, profile_id: int) -> None:
        self.context.set_profile(profile_id)
        self.export_mine_status.clear()
        self.profile_changed.emit(profile_id)

    def _on_profiles_panel_profiles_changed(self) -> None:
        # Deleting the oldest learner hands the teacher's items to the next one: re-read them.
        if self.quiz_panel is not None:
            self.quiz_panel.refresh_saved()
        self.context.profiles_changed.emit()  # e.g. the learner switcher in the main window

    def _on_context_profile_changed(self, profile_id: int) -> None:
        # Another page switched the learner: show who is using the app now. The teacher area's
        # quizzes and results are not the learner's, so they stay as they are.
        if self.profiles_panel.current_id != profile_id:
            self.profiles_panel.current_id = profile_id
            self.profiles_panel.refresh()
            self.export_mine_status.clear()

    def _on_context_data_deleted(self) -> None:
        self.profiles_panel.current_id = self.context.profile_id
        self.profiles_panel.refresh()
        self.lock_area()
        self.lock_panel.refresh()
        if self.quiz_panel is not None:
            self.quiz_panel.refresh_saved()
        if self.results_panel is not None:
            self.results_panel.reload()
        if self.gradebook_panel is not None:
            self.gradebook_panel.reload()

    def _on_live_panel_results_saved(self, saved: int) -> None:
        # A live quiz merged its students' results into the kept class results: show them.
        if self.results_panel is not None:
            self.results_panel.reload()
        if self.gradebook_panel is not None:
            self.gradebook_panel.reload()

    def export_my_results(self) -> None:
        """Ask where, then write the current learner's results file (their answers only)."""
        database = self.context.database
        profile = profiles.get_profile(database, self.context.profile_id)
        if profile is None:
            return
        now = dt.datetime.now().astimezone()
        suggested = self.context.data_dir.parent / results_files.default_file_name(
            profile.name, now.date()
        )
        path = ClassroomDialogs.save_path(
            self,
            self.tr("Export my results"),
            suggested,
            self.tr("DueWise results (*.json)"),
        )
        if path is None:
            return
        attempts = results_files.profile_attempts(database, profile.id)
        results = results_files.make_results(
            profiles.learner_uid(database, profile.id),
            profile.name,
            attempts,
            exported_at=now,
            quizzes=results_files.profile_quizzes(database, profile.id),
        )
        try:
            results_files.write_results_file(path, results)
        except OSError as exc:
            self.export_mine_status.setText(
                self.tr("Could not write the file: %1").replace("%1", errors.describe(exc))
            )
            return
        self.export_mine_status.setText(
            self.tr("Saved %1 answers of %2 to %3")
            .replace("%1", str(len(attempts)))
            .replace("%2", profile.name)
            .replace("%3", str(path))
        )

    def _on_export_mine_button_clicked(self) -> None:
        self.export_my_results()

    # --- teacher area -----------------------------------------------------------------------

    def is_unlocked(self) -> bool:
        """Whether the teacher tools are showing."""
        return (
            self.teacher_tools is not None
            and self.teacher_stack.currentWidget() is self.teacher_tools
        )

    def _on_lock_panel_unlocked(self) -> None:
        if self.teacher_tools is None:
            self._build_teacher_tools()
        assert self.teacher_tools is not None
        self.teacher_stack.setCurrentWidget(self.teacher_tools)

    def _on_tools_tabs_current_changed(self) -> None:
        if self.tools_tabs is not None:
            controls.fit_current_tab(self.tools_tabs)

    def _on_tabs_current_changed(self) -> None:
        controls.fit_current_tab(self.tabs)

    def may_delete_learners(self) -> bool:
        """Whether learners may be deleted now: only with the teacher area open once a PIN is set
        (so learners sharing the computer cannot delete each other)."""
        return not self.lock.has_pin() or self.is_unlocked()

    def lock_area(self) -> None:
        """Close the teacher area (the PIN is needed again)."""
        if self.pin_panel is not None:
            self.pin_panel.reset()
            self.pin_panel.hide()
        if self.recovery_card is not None and self.recovery_card.isVisible():
            self.recovery_card.dismiss()  # a recovery code is never left on screen for learners
        self.teacher_stack.setCurrentWidget(self.lock_panel)
        self.lock_panel.refresh()

    def _on_lock_shortcut_activated(self) -> None:
        if self.is_unlocked():
            self.lock_area()

    def show_change_pin(self) -> None:
        """Open the form that changes the teacher PIN."""
        if self.pin_panel is None:
            return
        self.pin_panel.reset()
        self.pin_panel.show()
        self.pin_panel.current_edit.setFocus()

    def _on_change_pin_button_clicked(self) -> None:
        self.show_change_pin()

    def _on_pin_panel_cancelled(self) -> None:
        if self.pin_panel is not None:
            self.pin_panel.hide()

    # --- recovery code and deleting everything (teacher only) ------------------------------

    def _on_lock_panel_pin_set(self, code: str) -> None:
        self.show_recovery_code(code)

    def show_recovery_code(self, code: str) -> None:
        """Show a new recovery code once, in the open teacher area."""
        if self.recovery_card is not None:
            self.recovery_card.show_code(code)

    def _on_new_code_button_clicked(self) -> None:
        replacing = teacher_recovery.has_code(self.context.database)
        if replacing and not ClassroomDialogs.confirm(
            self,
            self.tr("New recovery code"),
            self.tr("Make a new recovery code for the teacher PIN? The old code stops working."),
        ):
            return
        self.show_recovery_code(teacher_recovery.issue(self.context.database))

    def _on_delete_all_button_clicked(self) -> None:
        self.delete_all_data()

    def delete_all_data(self) -> bool:
        """Ask, then delete all data on this computer (teacher area only); ``True`` if done."""
        if not self.is_unlocked():
            return False
        if not ClassroomDialogs.confirm(
            self,
            self.tr("Delete all data on this computer?"),
            self.tr(
                "This deletes all data on this computer, of every learner: every profile with "
                "its answers, progress and saved plans, the class quizzes and class results, "
                "the settings and the teacher PIN. Files exported before are not touched. This "
                "cannot be undone."
            ),
        ):
            return False
        context = self.context
        context.delete_all_data()
        context.set_language(context.language)
        context.set_appearance(theme_name=context.theme)
        return True

    def _build_teacher_tools(self) -> None:
        from duewise.ui.classroom.gradebook_panel import GradebookPanel
        from duewise.ui.classroom.present_panel import PresentPanel
        from duewise.ui.classroom.printables_panel import PrintablesPanel
        from duewise.ui.classroom.quiz_panel import ClassQuizPanel
        from duewise.ui.classroom.results_panel import ClassResultsPanel

        in_use = self._pack_in_use()
        self._waiting_for_lessons = in_use is None
        pack = in_use if in_use is not None else Pack(paths.lessons_dir(), ())
        tools = QWidget(self.teacher_stack)
        layout = QVBoxLayout(tools)
        layout.setContentsMargins(0, 12, 0, 0)
        self.tools_note = basics.paragraph(tools, muted=True)
        layout.addWidget(self.tools_note)
        self.tools_pack_wait = PackWait(tools)
        self.tools_pack_wait.setVisible(self._waiting_for_lessons)
        layout.addWidget(self.tools_pack_wait)
        row = FlowLayout()
        self.lock_button = QPushButton(tools)
        self.lock_button.clicked.connect(self.lock_area)
        self.change_pin_button = QPushButton(tools)
        self.change_pin_button.clicked.connect(self._on_change_pin_button_clicked)
        self.new_code_button = QPushButton(tools)
        self.new_code_button.clicked.connect(self._on_new_code_button_clicked)
        self.delete_all_button = QPushButton(tools)
        self.delete_all_button.clicked.connect(self._on_delete_all_button_clicked)
        for button in (
            self.lock_button,
            self.change_pin_button,
            self.new_code_button,
            self.delete_all_button,
        ):
            row.addWidget(button)
        layout.addLayout(row)
        self.recovery_card = RecoveryCodeCard(tools)
        layout.addWidget(self.recovery_card)
        self.pin_panel = ChangePinPanel(self.lock, tools)
        self.pin_panel.cancelled.connect(self._on_pin_panel_cancelled)
        self.pin_panel.hide()
        layout.addWidget(self.pin_panel)
        self.tools_tabs = QTabWidget(tools)
        self.present_panel = PresentPanel(pack, lambda: self.context.language, self.tools_tabs)
        self.tools_tabs.addTab(self.present_panel, "")
        self.quiz_panel = ClassQuizPanel(
            classroom_store.SessionStore(self.context.database),
            pack,
            lambda: self.context.language,
            self.tools_tabs,
        )
        self.quiz_panel.refresh_saved()
        self.tools_tabs.addTab(self.quiz_panel, "")
        from duewise.ui.classroom.live.panel import LivePanel

        self.live_panel = LivePanel(
            self.context.database, pack, lambda: self.context.language, self.tools_tabs
        )
        self.live_panel.results_saved.connect(self._on_live_panel_results_saved)
        self.tools_tabs.addTab(self.live_panel, "")
        self.printables_panel = PrintablesPanel(
            pack, lambda: self.context.language, self.tools_tabs
        )
        self.tools_tabs.addTab(self.printables_panel, "")
        self.results_panel = ClassResultsPanel(
            pack,
            lambda: self.context.language,
            self.tools_tabs,
            folder=Path.home(),
            database=self.context.database,
        )
        self.tools_tabs.addTab(self.results_panel, "")
        self.gradebook_panel = GradebookPanel(
            pack,
            lambda: self.context.language,
            self.context.database,
            self.tools_tabs,
            folder=Path.home(),
        )
        self.tools_tabs.addTab(self.gradebook_panel, "")
        layout.addWidget(self.tools_tabs, 1)
        self.tools_tabs.currentChanged.connect(self._on_tools_tabs_current_changed)
        controls.fit_current_tab(self.tools_tabs)
        self.teacher_tools = tools
        self.teacher_stack.addWidget(tools)
        self.retranslate_ui()

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Classroom"))
        self.intro.setText(
            self.tr(
                "Share this computer between learners, and teach with a projector: present a "
                "lesson, run a quiz with the whole class, print worksheets and collect results "
                "from many computers. Everything stays offline."
            )
        )
        self.tabs.setTabText(0, self.tr("Learners"))
        self.tabs.setTabText(1, self.tr("Teacher area"))
        self.tabs.setAccessibleName(self.tr("Classroom sections"))
        self.mine_heading.setText(self.tr("My results for the teacher"))
        self.mine_text.setText(
            self.tr(
                "Save your quiz answers to a file (for example on a USB stick) and give it to "
                "your teacher. Only your own answers go in it, nobody else's."
            )
        )
        self.export_mine_button.setText(self.tr("&Export my results…"))
        self.export_mine_button.setAccessibleName(self.tr("Export my results to a file"))
        if self.teacher_tools is not None and self.tools_tabs is not None:
            assert self.lock_button is not None
            self.tools_note.setText(
                self.tr("The teacher area is open. Lock it before learners use this computer.")
            )
            assert self.change_pin_button is not None
            self.lock_button.setText(self.tr("&Lock now"))
            self.lock_button.setAccessibleName(self.tr("Lock the teacher area now"))
            self.lock_button.setToolTip(self.tr("Lock the teacher area now (Ctrl+L)"))
            self.change_pin_button.setText(self.tr("Change &PIN…"))
            self.change_pin_button.setAccessibleName(self.tr("Change the teacher PIN"))
            assert self.new_code_button is not None and self.delete_all_button is not None
            self.new_code_button.setText(self.tr("New &recovery code…"))
            self.new_code_button.setAccessibleName(
                self.tr("Make a new recovery code for the teacher PIN")
            )
            self.delete_all_button.setText(self.tr("Delete all data on this &computer…"))
            self.delete_all_button.setAccessibleName(
                self.tr("Delete all data on this computer, of every learner")
            )
            self.tools_tabs.setAccessibleName(self.tr("Teacher tools"))
            for i in range(self.tools_tabs.count()):
                widget = self.tools_tabs.widget(i)
                if widget is self.quiz_panel:
                    self.tools_tabs.setTabText(i, self.tr("Class quiz"))
                elif widget is self.live_panel:
                    self.tools_tabs.setTabText(i, self.tr("Live quiz"))
                elif widget is self.printables_panel:
                    self.tools_tabs.setTabText(i, self.tr("Printables"))
                elif widget is self.results_panel:
                    self.tools_tabs.setTabText(i, self.tr("Class results"))
                elif widget is self.gradebook_panel:
                    self.tools_tabs.setTabText(i, self.tr("Gradebook"))
                elif widget is self.present_panel:
                    self.tools_tabs.setTabText(i, self.tr("Present"))
