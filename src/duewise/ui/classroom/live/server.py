"""The live quiz's web server: the student page, join, answers and pushed updates (no Qt).

It runs an aiohttp server on an asyncio loop in **one worker thread**, so nothing here ever waits
on, or makes wait, the GUI thread. The session (:class:`duewise.learning.live.LiveSession`) is
owned by that thread; the teacher's buttons reach it through :meth:`LiveServer.step` and
:meth:`LiveServer.release` (thread-safe calls that return a future) and the teacher's window
hears about every change through ``on_change`` (called on the server thread with a
:class:`~duewise.learning.live.TeacherView` snapshot; :mod:`.bridge` turns it into a Qt signal).

Routes (every answer is JSON; ``X-Live-Token`` carries a joined student's token):

=========================  =======================================================================
``GET /``                  the student page (``static/``: HTML, CSS, JS; nothing external)
``POST /api/hello``        ``{code}`` → the session id, class list names, team names
``POST /api/join``         ``{code, name, team, language}`` → ``{token, view}``
``GET /api/state``         the student's view; ``?since=ETAG`` waits (long poll, 25 s) for a change
``POST /api/answer``       ``{question, answer, language}`` → ``{view}``; committed before the reply
``GET /api/results``       the student's own results file (after the end)
``GET /ws``                WebSocket: the first message is ``{"token": …}``, then the server
                           pushes the view on every change that concerns this student
=========================  =======================================================================

Limits (:class:`.limits.Limits`; why they are what they are: :mod:`.limits`): request bodies
4 KiB (413 beyond, refused from ``Content-Length`` before reading), header lines 4 KiB, WebSocket
messages 1 KiB; 200 students per session (:data:`duewise.learning.live.MAX_STUDENTS`); open
connections (WebSockets and waiting long polls) 400 in all and 200 per client address, so a
whole class behind one NAT address gets in (503 beyond), and 3 per student, the newest replacing
the oldest (a replaced WebSocket closes with 4409); wrong join codes: 5 per student page (its
random ``X-Live-Client`` id; the address alone when a client sends none) and 100 per address
per 60 s, then 429 with ``Retry-After``. The join code is 6 digits; a token is 192 random bits
and is stored only as its SHA-256. ``POST /api/hello`` and ``/api/join`` take the page id.

Students see only their own question, answer and feedback, and (when the teacher shows the
scoreboard) names and points. A request naming another host (DNS rebinding) or coming from a page
of another origin is refused (403). Every reply carries a strict Content-Security-Policy
(``default-src 'self'``), ``X-Content-Type-Options: nosniff`` and ``Cache-Control: no-store``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import datetime as dt
import json
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from duewise.learning import live
from duewise.storage import class_results, live_store, results_files
from duewise.ui.classroom.live import http
from duewise.ui.classroom.live import results as live_results
from duewise.ui.classroom.live.connections import Connections
from duewise.ui.classroom.live.limits import Limits, RateLimiter, hash_token

log = logging.getLogger(__name__)

DEFAULT_PORT = 8737
PORT_TRIES = 10
#: The teacher's window hears about changes at most this often (seconds).
REPORT_S = 0.05


def now() -> dt.datetime:
    """The local time with its offset."""
    return dt.datetime.now().astimezone()


class LiveServer:
    """Serve one live session on one address while it runs.

    Args:
        session: the session (new, or replayed from the store to resume).
        store: where every event is committed before it is acknowledged.
        host: the address of the interface the teacher picked (only that one is bound).
        port: the port to try first; the next free ones are tried after it (0: any free port).
        on_change: called on the server thread with a :class:`live.TeacherView` after every
            change, and once when the server is up.
    """

    def __init__(
        self,
        session: live.LiveSession,
        store: live_store.LiveStore,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        on_change: Callable[[live.TeacherView], None] | None = None,
        limits: Limits | None = None,
        clock: Callable[[], dt.datetime] = now,
    ) -> None:
        self.session = session
        self.store = store
        self.host = host
        self.port = port
        self.on_change = on_change
        self.limits = limits or Limits()
        self.clock = clock
        self.saved: tuple[results_files.LearnerResults, ...] = ()
        window = self.limits.wrong_code_window_s
        self._limiter = RateLimiter(self.limits.wrong_codes, window)
        self._address_limiter = RateLimiter(self.limits.wrong_codes_per_address, window)
        self._static = {
            path: (http.static_file(name), kind) for path, (name, kind) in http.STATIC_FILES.items()
        }
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._conns = Connections(self.limits)
        self._report_handle: asyncio.TimerHandle | None = None
        self._batch: list[tuple[int, dict[str, Any], asyncio.Future[None]]] = []
        self._flusher: asyncio.Future[None] | None = None
        # The store is written from this one thread only (commits must not stall the loop).
        self._disk = concurrent.futures.ThreadPoolExecutor(
            1, thread_name_prefix="duewise-live-disk"
        )
        self._stopping = False
        self._tasks: set[asyncio.Future[None]] = set()
        self._etags: dict[web.WebSocketResponse, str] = {}

    # --- life cycle (called from the GUI thread) ----------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive() and not self._stopping

    @property
    def url(self) -> str:
        """The address students open (``http://host:port/``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self, timeout: float = 10.0) -> None:
        """Bind and serve on a new thread; returns once the port is open.

        Raises:
            OSError: no port could be bound on ``host``.
        """
        self._thread = threading.Thread(target=self._run, name="duewise-live", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError("the live quiz server did not start")
        if self._start_error is not None:
            self._thread.join(timeout)
            raise OSError(str(self._start_error)) from self._start_error

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection, unbind, and end the thread (safe to call twice)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        self._stopping = True
        with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout)
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)

    def remember_address(self) -> concurrent.futures.Future[None]:
        """Store the address served on (a resumed session tries the same port again)."""
        return self._disk.submit(self.store.set_address, self.session.setup.session_id, self.url)

    def call(self, fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        """Run ``fn`` on the server thread (it may read the session); its result in a future."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("not running")

        async def run() -> Any:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), loop)

    def step(self, step: live.Step) -> concurrent.futures.Future[live.TeacherView]:
        """The teacher's action, done on the server thread.

        The future's result is the new view; it fails with :class:`live.LiveError` (refused) or
        :class:`sqlite3.Error` (not stored, nothing changed). ``END`` also saves the class
        results (:attr:`saved`).
        """
        loop = self._loop
        if loop is None:
            raise RuntimeError("not running")
        return asyncio.run_coroutine_threadsafe(self._step(step), loop)

    def release(self, student_id: str) -> concurrent.futures.Future[live.TeacherView]:
        """The teacher's "let … join again", done on the server thread.

        The student's token stops working at once (their open pages are signed out); the next
        join under their name is the same student. The future's result is the new view; it
        fails with :class:`live.LiveError` or :class:`sqlite3.Error` (nothing changed).
        """
        loop = self._loop
        if loop is None:
            raise RuntimeError("not running")
        return asyncio.run_coroutine_threadsafe(self._release(student_id), loop)

    # --- the loop thread ---------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported to start(); the thread ends
            self._start_error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        self._report()
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._disk.shutdown(wait=True)

    def _app(self) -> web.Application:
        app = web.Application(
            client_max_size=self.limits.max_body,
            middlewares=[http.guard(lambda: self._stopping, self.limits, self._hosts)],
            handler_args={
                "max_line_size": self.limits.max_line,
                "max_field_size": self.limits.max_line,
                "max_headers": 40,
                "keepalive_timeout": 15.0,
            },
        )
        app.router.add_get("/", self._page)
        app.router.add_get("/app.js", self._page)
        app.router.add_get("/app.css", self._page)
        app.router.add_post("/api/hello", self._hello)
        app.router.add_post("/api/join", self._join)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/answer", self._answer)
        app.router.add_get("/api/results", self._results)
        app.router.add_get("/ws", self._ws)
        return app

    async def _serve(self) -> None:
        runner = web.AppRunner(
            self._app(), access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await runner.setup()
        ports = [0] if self.port == 0 else [self.port + i for i in range(PORT_TRIES)] + [0]
        error: OSError | None = None
        for port in ports:
            site = web.TCPSite(runner, self.host, port, backlog=128)
            try:
                await site.start()
            except OSError as exc:
                error = exc
                continue
            self.port = int(runner.addresses[-1][1])
            self._runner = runner
            return
        await runner.cleanup()
        raise error or OSError("no port")

    async def _shutdown(self) -> None:
        if self._flusher is not None and not self._flusher.done():
            with contextlib.suppress(Exception):
                await self._flusher
        if self._report_handle is not None:
            self._report_handle.cancel()
            self._report_handle = None
        await self._conns.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _changed(self, only: str | None = None) -> None:
        """Wake long polls, push to WebSockets (``only``: one student's), tell the teacher.

        The teacher's view is reported at most every :data:`REPORT_S` seconds (the latest
        one): 60 answers arriving together cost one snapshot, not 60.
        """
        targets = [only] if only is not None else list(self._conns.students())
        for sid in targets:
            self._conns.wake(sid)
            for ws in self._conns.sockets_of(sid):
                task = asyncio.ensure_future(self._push(ws, sid))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        if self.on_change is not None and self._report_handle is None and self._loop is not None:
            self._report_handle = self._loop.call_later(REPORT_S, self._report)

    def _report(self) -> None:
        self._report_handle = None
        if self.on_change is None:
            return
        try:
            self.on_change(self.session.teacher_view())
        except Exception:  # a broken listener must not break the quiz
            log.exception("live quiz: on_change failed")

    async def _push(self, ws: web.WebSocketResponse, sid: str) -> None:
        view = self._view(sid)
        if self._etags.get(ws) == view["etag"]:
            return
        self._etags[ws] = view["etag"]
        with contextlib.suppress(ConnectionError, RuntimeError):
            await ws.send_json(view)

    async def _commit(self, event: live.Event) -> None:
        """Apply the event, then return once it is committed to disk.

        Group commit: events that arrive while a commit is being written go to disk together in
        the next transaction (60 answers at once cost a few fsyncs, not 60). The disk work runs
        on a thread of its own, so the loop goes on reading requests meanwhile. Nobody is told
        "accepted" before the commit returns.

        Raises:
            sqlite3.Error: it was not stored; the session is rebuilt from what is on disk.
        """
        loop = asyncio.get_running_loop()
        seq = self.session.version
        self.session.apply(event)
        future: asyncio.Future[None] = loop.create_future()
        self._batch.append((seq, live.event_to_payload(event), future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush())
        await future

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        session_id = self.session.setup.session_id
        while self._batch:
            batch, self._batch = self._batch, []
            rows = [(seq, payload) for seq, payload, _ in batch]
            try:
                await loop.run_in_executor(self._disk, self.store.append_many, session_id, rows)
            except sqlite3.Error as exc:
                log.exception("live quiz: events were not stored")
                # What is on disk is the truth: rebuild from it before anyone hears "refused".
                await self._rebuild()
                failed, self._batch = batch + self._batch, []
                for _, _, future in failed:
                    if not future.done():
                        future.set_exception(exc)
                return
            for _, _, future in batch:
                if not future.done():
                    future.set_result(None)

    async def _rebuild(self) -> None:
        """After a failed commit: the session as it is on disk (what was acknowledged)."""
        loop = asyncio.get_running_loop()
        setup, questions = self.session.setup, self.session.questions
        stored = await loop.run_in_executor(self._disk, self.store.events, setup.session_id)
        events = [live.event_from_payload(e) for e in stored]
        self.session = live.LiveSession.replay(setup, questions, events)
        self._changed()

    async def _step(self, step: live.Step) -> live.TeacherView:
        event = self.session.plan_step(step, self.clock())
        await self._commit(event)
        if step is live.Step.END:
            learners = live_results.class_results(self.session, exported_at=self.clock())
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(self._disk, self._save_results, learners, self.clock())
        self._changed()
        view = self.session.teacher_view()
        if self.on_change is not None:
            self.on_change(view)
        return view

    async def _release(self, student_id: str) -> live.TeacherView:
        event = self.session.plan_release(student_id, at=self.clock())
        await self._commit(event)
        self._conns.wake(student_id)
        for ws in self._conns.sockets_of(student_id):
            with contextlib.suppress(Exception):
                await ws.close(code=4401, message=b"let join again")
        # Only the scoreboard's names could change for others (they do not: same name).
        self._changed(only=student_id)
        view = self.session.teacher_view()
        if self.on_change is not None:
            self.on_change(view)
        return view

    def _save_results(
        self, learners: tuple[results_files.LearnerResults, ...], moment: dt.datetime
    ) -> None:
        """On the disk thread: merge into the class results (the one way in, as importing the
        students' files would), then mark the session saved."""
        if learners:
            class_results.add(self.store.database(), learners, now=moment)
        self.store.mark_saved(self.session.setup.session_id)
        self.saved = learners

    # --- requests ------------------------------------------------------------------------------

    def _hosts(self) -> set[str]:
        """The Host headers a phone sends for this server's address."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        names = {f"{host}:{self.port}"}
        if self.host in ("127.0.0.1", "::1"):
            names |= {f"localhost:{self.port}", f"127.0.0.1:{self.port}", f"[::1]:{self.port}"}
        return names

    def _student(self, request: web.Request) -> live.Student | None:
        token = request.headers.get("X-Live-Token", "")
        if not token or len(token) > 100:
            return None
        return self.session.student_for_token(hash_token(token))

    def _view(self, sid: str) -> dict[str, Any]:
        view = self.session.student_view(sid)
        view["session"] = self.session.setup.session_id
        view["etag"] = http.etag(view)
        return view

    def _check_code(self, request: web.Request, code: object) -> web.Response | None:
        """Refuse a wrong code, or any code while this page (or its whole address) must wait."""
        page, address = http.page_key(request), http.client(request)
        wait = max(self._limiter.retry_after(page), self._address_limiter.retry_after(address))
        if wait > 0:
            seconds = max(1, int(wait + 0.999))
            response = http.error(429, "too_many_tries", retry_after=seconds)
            response.headers["Retry-After"] = str(seconds)
            return response
        if not isinstance(code, str) or not secrets.compare_digest(
            code.strip().encode("utf-8"), self.session.setup.code.encode("utf-8")
        ):
            self._limiter.fail(page)
            self._address_limiter.fail(address)
            return http.error(403, "wrong_code")
        self._limiter.forget(page)
        return None

    async def _page(self, request: web.Request) -> web.Response:
        body, kind = self._static[request.path]
        return web.Response(body=body, headers={"Content-Type": kind})

    async def _hello(self, request: web.Request) -> web.Response:
        try:
            data = await http.json_body(request)
        except live.LiveError:
            return http.error(400, "bad_request")
        refused = self._check_code(request, data.get("code"))
        if refused is not None:
            return refused
        setup = self.session.setup
        taken = {s.uid for s in self.session.students if not self.session.released(s.student_id)}
        return web.json_response(
            {
                "session": setup.session_id,
                "class_list": [m.name for m in setup.class_list if m.uid not in taken],
                "teams": list(setup.teams),
                "phase": self.session.phase.value,
            }
        )

    async def _join(self, request: web.Request) -> web.Response:
        try:
            data = await http.json_body(request)
        except live.LiveError:
            return http.error(400, "bad_request")
        refused = self._check_code(request, data.get("code"))
        if refused is not None:
            return refused
        token = secrets.token_urlsafe(24)
        student_id = secrets.token_hex(4)
        while self.session.student(student_id) is not None:
            student_id = secrets.token_hex(4)
        name, team = data.get("name"), data.get("team", "")
        try:
            event = self.session.plan_join(
                name if isinstance(name, str) else "",
                token_hash=hash_token(token),
                student_id=student_id,
                new_uid=secrets.token_hex(8),
                team=team if isinstance(team, str) else "",
                at=self.clock(),
            )
        except live.LiveError as exc:
            status = {"full": 503, "name_taken": 409, "ended": 409}.get(exc.code, 400)
            return http.error(status, exc.code, **http.plain(exc.params))
        student_id = event.student_id  # a student let join again keeps their id
        try:
            await self._commit(event)
        except sqlite3.Error:
            return http.error(503, "not_saved")
        # A join changes nobody else's page, except a scoreboard on show (a new line in it).
        board = self.session.setup.scoreboard and self.session.phase in (
            live.Phase.REVEALED,
            live.Phase.ENDED,
        )
        self._changed(only=None if board else student_id)
        return web.json_response({"token": token, "view": self._view(student_id)})

    async def _state(self, request: web.Request) -> web.Response:
        student = self._student(request)
        if student is None:
            return http.error(401, "unknown_token")
        since = request.query.get("since", "")
        view = self._view(student.student_id)
        if since and since == view["etag"]:
            with self._conns.slot(http.client(request)) as allowed:
                if not allowed:
                    return http.error(503, "busy")
                deadline = asyncio.get_running_loop().time() + self.limits.long_poll_s
                while view["etag"] == since and not self._stopping:
                    left = deadline - asyncio.get_running_loop().time()
                    if left <= 0:
                        break
                    waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
                    self._conns.add(self._conns.waiters, student.student_id, waiter)
                    try:
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(asyncio.shield(waiter), left)
                    finally:
                        self._conns.remove(self._conns.waiters, student.student_id, waiter)
                    if self._student(request) is None:  # let join again meanwhile
                        return http.error(401, "unknown_token")
                    view = self._view(student.student_id)
                    if waiter.done() and waiter.result():  # a newer poll took its place
                        break
        return web.json_response(view)

    async def _answer(self, request: web.Request) -> web.Response:
        student = self._student(request)
        if student is None:
            return http.error(401, "unknown_token")
        try:
            data = await http.json_body(request)
        except live.LiveError:
            return http.error(400, "bad_request")
        answer = data.get("answer")
        language = data.get("language")
        try:
            event = self.session.plan_answer(
                student.student_id,
                str(data.get("question", "")),
                answer if isinstance(answer, dict) else {},
                at=self.clock(),
                language=language if language in ("zh_CN", "en") else "en",
            )
        except live.LiveError as exc:
            status = {"bad_answer": 400, "unreadable_number": 422}.get(exc.code, 409)
            return http.error(status, exc.code, **http.plain(exc.params))
        try:
            await self._commit(event)  # on disk before the phone hears "accepted"
        except sqlite3.Error:
            return http.error(503, "not_saved")
        self._changed(only=student.student_id)
        return web.json_response({"accepted": True, "view": self._view(student.student_id)})

    async def _results(self, request: web.Request) -> web.Response:
        student = self._student(request)
        if student is None:
            return http.error(401, "unknown_token")
        if self.session.phase is not live.Phase.ENDED:
            return http.error(409, "not_ended")
        results = live_results.student_results(
            self.session, student.student_id, exported_at=self.clock()
        )
        name = results_files.default_file_name(student.name, self.clock().date())
        ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_")
        return web.Response(
            body=results_files.to_json(results).encode("utf-8"),
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Content-Disposition": f'attachment; filename="{ascii_name}"',
            },
        )

    async def _ws(self, request: web.Request) -> web.StreamResponse:
        with self._conns.slot(http.client(request)) as allowed:
            if not allowed:
                return http.error(503, "busy")
            ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=self.limits.max_ws_message)
            await ws.prepare(request)
            try:
                first = await ws.receive(timeout=self.limits.hello_timeout_s)
            except TimeoutError:
                await ws.close(code=4408, message=b"no token")
                return ws
            student = None
            if first.type is WSMsgType.TEXT:
                with contextlib.suppress(ValueError, TypeError, AttributeError):
                    token = json.loads(first.data).get("token", "")
                    if isinstance(token, str) and 0 < len(token) <= 100:
                        student = self.session.student_for_token(hash_token(token))
            if student is None:
                await ws.close(code=4401, message=b"unknown token")
                return ws
            sid = student.student_id
            self._conns.add(self._conns.sockets, sid, ws)
            try:
                await self._push(ws, sid)
                async for message in ws:  # the page sends nothing else; pings are automatic
                    if message.type is WSMsgType.ERROR:
                        break
            finally:
                self._etags.pop(ws, None)
                self._conns.remove(self._conns.sockets, sid, ws)
            return ws
