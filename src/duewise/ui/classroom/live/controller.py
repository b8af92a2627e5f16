"""Starting, resuming and stopping a live session for the app (no Qt; the bridge wraps it).

One session is served at a time. :meth:`LiveController.start` makes a new setup (random session
id, join code and seed), records it in the store and starts the server; :meth:`resume` rebuilds
an unfinished session from its stored events (after the app was killed) and serves it again on
the same port when it is free, so phones that were open reconnect by themselves.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from duewise.content.model import Question
from duewise.learning import live
from duewise.storage import live_store
from duewise.ui.classroom.live import limits as live_limits
from duewise.ui.classroom.live import server as live_server


class LiveController:
    """Owns the store connection and the running server, if any.

    Args:
        database_path: the app's SQLite file (the store opens its own connection to it).
        questions: every question that may be asked (the loaded lesson pack), by id.
        on_change: given to the server (called on its thread with a teacher view).
    """

    def __init__(
        self,
        database_path: Path,
        questions: Mapping[str, Question],
        on_change: Callable[[live.TeacherView], None] | None = None,
        clock: Callable[[], dt.datetime] = live_server.now,
    ) -> None:
        self.questions = questions
        self.on_change = on_change
        self.clock = clock
        self.store = live_store.LiveStore(database_path)
        self.server: live_server.LiveServer | None = None
        self.limits = live_limits.Limits()

    @property
    def running(self) -> bool:
        """Whether a session is being served."""
        return self.server is not None and self.server.running

    def resumable(self) -> list[live_store.StoredSession]:
        """Sessions that were not finished and saved (most recent first)."""
        return self.store.unfinished()

    def start(
        self,
        question_ids: Sequence[str],
        *,
        source: live.QuizSource,
        lesson_id: str = "",
        teams: Sequence[str] = (),
        class_list: Sequence[live.Classmate] = (),
        scoreboard: bool = False,
        host: str = "127.0.0.1",
        port: int = live_server.DEFAULT_PORT,
    ) -> live_server.LiveServer:
        """A new session, served on ``host``.

        Raises:
            live.LiveError: ``bad_setup``.
            OSError: the address could not be bound (nothing is stored then).
        """
        self.stop()
        setup = live.LiveSetup(
            session_id=secrets.token_hex(8),
            code=live_limits.new_code(),
            source=source,
            lesson_id=lesson_id,
            question_ids=tuple(question_ids),
            seed=secrets.randbits(32),
            started_at=self.clock().isoformat(timespec="seconds"),
            teams=tuple(" ".join(t.split()) for t in teams if t.strip()),
            class_list=tuple(class_list),
            scoreboard=scoreboard,
        )
        session = live.LiveSession(setup, self.questions)
        self.store.create(setup.session_id, live.setup_to_payload(setup))
        try:
            return self._serve(session, host, port)
        except OSError:
            self.store.discard(setup.session_id)
            raise

    def resume(
        self, session_id: str, *, host: str = "127.0.0.1", port: int | None = None
    ) -> live_server.LiveServer:
        """Serve an unfinished session again, with every answer stored so far.

        ``port`` defaults to the port it was served on before.

        Raises:
            live.LiveError: ``bad_setup`` / ``bad_event`` (it cannot be rebuilt).
            OSError: the address could not be bound.
        """
        self.stop()
        session = resume_session(self.store, session_id, self.questions)
        stored = self.store.session(session_id)
        if port is None:
            port = _port_of(stored.address if stored else "") or live_server.DEFAULT_PORT
        return self._serve(session, host, port)

    def discard(self, session_id: str) -> None:
        """Forget an unfinished session the teacher does not want back."""
        self.store.discard(session_id)

    def _serve(self, session: live.LiveSession, host: str, port: int) -> live_server.LiveServer:
        server = live_server.LiveServer(
            session,
            self.store,
            host=host,
            port=port,
            on_change=self.on_change,
            clock=self.clock,
            limits=self.limits,
        )
        server.start()
        server.remember_address()
        self.server = server
        return server

    def stop(self) -> None:
        """Stop serving (the session stays stored until its results are saved)."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    def close(self) -> None:
        """Stop serving and close the store's connection (the app is quitting)."""
        self.stop()
        self.store.close()


def _port_of(url: str) -> int | None:
    tail = url.rstrip("/").rsplit(":", 1)
    if len(tail) == 2 and tail[1].isdigit():
        return int(tail[1])
    return None


def resume_session(
    store: live_store.LiveStore, session_id: str, questions: Mapping[str, Question]
) -> live.LiveSession:
    """A stored session rebuilt from its events.

    Raises:
        live.LiveError: ``bad_setup`` (a question is no longer in the lesson pack, or the row is
            damaged) or ``bad_event``.
    """
    stored = store.session(session_id)
    if stored is None:
        raise live.LiveError("bad_setup", detail="no such session")
    setup = live.setup_from_payload(stored.setup)
    events = [live.event_from_payload(e) for e in store.events(session_id)]
    return live.LiveSession.replay(setup, questions, events)
