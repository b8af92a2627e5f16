"""The Qt side of the live quiz server: signals for the teacher's window, stop on quit.

The server calls back on its own thread; :class:`LiveBridge` re-emits those calls as Qt signals,
which Qt queues to the GUI thread (the bridge lives there). Updates are coalesced: however many
answers arrive at once, the window redraws at most every :data:`REDRAW_MS` milliseconds, with
the latest view. Teacher actions return at once; their outcome arrives as a signal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from duewise.content.model import Question
from duewise.learning import live
from duewise.ui.classroom.live import controller as live_controller
from duewise.ui.classroom.live import server as live_server

REDRAW_MS = 100


class LiveBridge(QObject):
    """Start, drive and stop a live session from the GUI thread without ever waiting on it.

    Signals:
        view_changed(object): the latest :class:`live.TeacherView` (coalesced).
        step_failed(str): a teacher action was refused (a :class:`live.LiveError` code) or not
            stored (``not_saved``).
        finished(int): the session ended; its results were saved for this many students.
        student_released(str): a student (by id) may join again (:meth:`release`).
        stopped(): the server stopped (the port is closed).
    """

    view_changed = Signal(object)
    step_failed = Signal(str)
    finished = Signal(int)
    student_released = Signal(str)
    stopped = Signal()
    _posted = Signal()
    _step_done = Signal(object)
    _release_done = Signal(object, str)

    def __init__(
        self,
        database_path: Path,
        questions: Mapping[str, Question],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = live_controller.LiveController(
            database_path, questions, on_change=self._on_server_change
        )
        self._latest: live.TeacherView | None = None
        self.view: live.TeacherView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._connect_signals()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _connect_signals(self) -> None:
        self._posted.connect(self._on_posted)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._step_done.connect(self._on_step_done)
        self._release_done.connect(self._on_release_done)

    # --- reading ---------------------------------------------------------------------------

    @property
    def server(self) -> live_server.LiveServer | None:
        """The running server, if any."""
        return self.controller.server

    @property
    def session(self) -> live.LiveSession | None:
        """The running session (read it only through views, or via ``server.call``)."""
        server = self.controller.server
        return server.session if server is not None else None

    @property
    def running(self) -> bool:
        """Whether a session is served."""
        return self.controller.running

    # --- acting ----------------------------------------------------------------------------

    def start(
        self,
        question_ids: Sequence[str],
        *,
        source: live.QuizSource,
        host: str,
        lesson_id: str = "",
        teams: Sequence[str] = (),
        class_list: Sequence[live.Classmate] = (),
        scoreboard: bool = False,
    ) -> live_server.LiveServer:
        """Start serving a new session (raises ``OSError`` if ``host`` cannot be bound)."""
        return self.controller.start(
            question_ids,
            source=source,
            lesson_id=lesson_id,
            teams=teams,
            class_list=class_list,
            scoreboard=scoreboard,
            host=host,
        )

    def resume(self, session_id: str, *, host: str) -> live_server.LiveServer:
        """Serve an interrupted session again (raises ``live.LiveError`` or ``OSError``)."""
        return self.controller.resume(session_id, host=host)

    def step(self, step: live.Step) -> None:
        """Ask for a teacher action; the outcome arrives as ``view_changed`` or
        ``step_failed``."""
        server = self.controller.server
        if server is None:
            self.step_failed.emit("not_running")
            return
        server.step(step).add_done_callback(self._step_done.emit)

    def release(self, student_id: str) -> None:
        """Let a student join again under their name (their old token stops working); the
        outcome arrives as ``student_released`` or ``step_failed``."""
        server = self.controller.server
        if server is None:
            self.step_failed.emit("not_running")
            return
        server.release(student_id).add_done_callback(
            lambda future: self._release_done.emit(future, student_id)
        )

    @Slot()
    def stop(self) -> None:
        """Stop serving: the port closes (the session stays stored until it is saved)."""
        was_running = self.controller.server is not None
        self.controller.stop()
        self._timer.stop()
        if was_running:
            self.stopped.emit()

    @Slot()
    def close(self) -> None:
        """Stop and close the store (the app quits, or the page goes away)."""
        self.stop()
        self.controller.close()

    # --- from the server thread --------------------------------------------------------------

    def _on_server_change(self, view: live.TeacherView) -> None:
        # No lock: one reference assignment is atomic, and a thread switch while the server
        # thread held a lock would stall the GUI thread waiting for it.
        self._latest = view
        self._posted.emit()

    def _on_posted(self) -> None:
        if not self._timer.isActive():
            self._flush()
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        self._flush()

    def _flush(self) -> None:
        view = self._latest
        if view is not None and (self.view is None or view.version > self.view.version):
            self.view = view
            self.view_changed.emit(view)

    def _on_release_done(self, future: Future[live.TeacherView], student_id: str) -> None:
        error = future.exception()
        if error is not None:
            self.step_failed.emit(error.code if isinstance(error, live.LiveError) else "not_saved")
            return
        self._flush()
        self.student_released.emit(student_id)

    def _on_step_done(self, future: Future[live.TeacherView]) -> None:
        error = future.exception()
        if isinstance(error, live.LiveError):
            self.step_failed.emit(error.code)
            return
        if error is not None:
            self.step_failed.emit("not_saved")
            return
        view = future.result()
        self._flush()
        if view.phase is live.Phase.ENDED:
            server = self.controller.server
            self.finished.emit(len(server.saved) if server is not None else 0)
