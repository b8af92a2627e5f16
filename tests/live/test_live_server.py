"""The live quiz server with real HTTP and WebSocket clients on 127.0.0.1."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
import socket
import sqlite3
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from live_helpers import (
    CODE,
    QUESTIONS,
    make_setup,
    open_store,
    right_payload,
    wrong_payload,
)

from duewise.learning import gradebook, live
from duewise.reports import csv_writer
from duewise.storage import class_results, classroom_store, db, live_store, results_files
from duewise.ui.classroom.live import limits as live_limits
from duewise.ui.classroom.live import server as live_server


class Running:
    """A server on a free loopback port, its store and the teacher views it reported."""

    def __init__(
        self, data_dir: Path, limits: live_limits.Limits | None = None, **setup: Any
    ) -> None:
        self.data_dir = data_dir
        self.views: list[live.TeacherView] = []
        self._stores = open_store(data_dir)
        self.database, self.store = self._stores.__enter__()
        session = live.LiveSession(make_setup(**setup), QUESTIONS)
        self.store.create(session.setup.session_id, live.setup_to_payload(session.setup))
        self.server = live_server.LiveServer(
            session,
            self.store,
            host="127.0.0.1",
            port=0,
            on_change=self.views.append,
            limits=limits,
        )
        self.server.start()
        self.url = self.server.url.rstrip("/")

    @property
    def session(self) -> live.LiveSession:
        return self.server.session

    def step(self, step: live.Step) -> live.TeacherView:
        return self.server.step(step).result(10)

    def close(self) -> None:
        self.server.stop()
        self._stores.__exit__(None, None, None)


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    server = Running(tmp_path / "data")
    yield server
    server.close()


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def _post(
    client: aiohttp.ClientSession, url: str, body: Any, token: str = "", page: str = ""
) -> tuple:
    headers = {"X-Live-Token": token} if token else {}
    if page:  # the random id every student page sends (X-Live-Client)
        headers["X-Live-Client"] = page
    async with client.post(url, json=body, headers=headers) as response:
        return response.status, await response.json(), response.headers


async def _get(client: aiohttp.ClientSession, url: str, token: str = "") -> tuple:
    headers = {"X-Live-Token": token} if token else {}
    async with client.get(url, headers=headers) as response:
        return response.status, await response.json()


async def _join(client: aiohttp.ClientSession, base: str, name: str, **extra: Any) -> dict:
    status, data, _ = await _post(client, f"{base}/api/join", {"code": CODE, "name": name, **extra})
    assert status == 200, data
    return data


def _student_id(running: Running, name: str) -> str:
    return next(s.student_id for s in running.session.students if s.name == name)


def test_the_page_is_served_with_a_strict_policy_and_nothing_external(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            for path in ("/", "/app.js", "/app.css"):
                async with client.get(running.url + path) as response:
                    assert response.status == 200
                    text = await response.text()
                    policy = response.headers["Content-Security-Policy"]
                    assert "default-src 'self'" in policy
                    assert response.headers["X-Content-Type-Options"] == "nosniff"
                    assert "http://" not in text.replace("http://{", "")
                    assert "https://" not in text
            async with client.get(running.url + "/../../etc/passwd") as response:
                assert response.status == 404

    run(go())


def test_join_with_the_code_and_see_the_lobby(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            status, hello, _ = await _post(client, running.url + "/api/hello", {"code": CODE})
            assert status == 200 and hello["session"] == running.session.setup.session_id
            joined = await _join(client, running.url, "Lin")
            assert joined["view"]["phase"] == "lobby"
            assert joined["view"]["me"]["name"] == "Lin"
            assert len(joined["token"]) >= 32

    run(go())
    assert [s.name for s in running.session.students] == ["Lin"]
    assert [e["event"] for e in running.store.events(running.session.setup.session_id)] == [
        "joined"
    ]
    deadline = time.monotonic() + 5
    while not (running.views and running.views[-1].students) and time.monotonic() < deadline:
        time.sleep(0.01)  # the teacher hears about changes every 50 ms at most
    assert running.views[-1].students[0][0].name == "Lin"


def test_a_wrong_code_is_refused_and_rate_limited_per_client(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            for _ in range(5):
                status, data, _ = await _post(
                    client, running.url + "/api/hello", {"code": "000000"}
                )
                assert (status, data["error"]) == (403, "wrong_code")
            status, data, headers = await _post(client, running.url + "/api/hello", {"code": CODE})
            assert (status, data["error"]) == (429, "too_many_tries")
            assert 1 <= int(headers["Retry-After"]) <= 60
            status, data, _ = await _post(
                client, running.url + "/api/join", {"code": CODE, "name": "Lin"}
            )
            assert status == 429

    run(go())
    assert running.session.students == ()


def test_a_student_answers_each_question_type_and_sees_feedback(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            sid = _student_id(running, "Lin")
            for number, qid in enumerate(QUESTIONS, start=1):
                running.step(live.Step.OPEN if number == 1 else live.Step.NEXT)
                status, view = await _get(client, running.url + "/api/state", token)
                assert view["question"]["id"] == qid and view["number"] == number
                question = QUESTIONS[qid]
                payload = right_payload(running.session, sid, question)
                status, data, _ = await _post(
                    client,
                    running.url + "/api/answer",
                    {"question": qid, "answer": payload, "language": "zh_CN"},
                    token,
                )
                assert status == 200 and data["accepted"], data
                # Committed before the reply: the stored events already hold it.
                events = running.store.events(running.session.setup.session_id)
                assert events[-1]["event"] == "answered" and events[-1]["question_id"] == qid
                running.step(live.Step.REVEAL)
                status, view = await _get(client, running.url + "/api/state", token)
                assert view["feedback"]["correct"] is True
                assert view["feedback"]["explanation"]["en"] == f"Because {qid}"

    run(go())
    assert running.session.standings()[0].points == len(QUESTIONS)


def test_duplicate_and_closed_answers_are_refused(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            running.step(live.Step.OPEN)
            body = {"question": "q-single", "answer": {"choice": 0}}
            status, _, _ = await _post(client, running.url + "/api/answer", body, token)
            assert status == 200
            body = {"question": "q-single", "answer": {"choice": 1}}
            status, data, _ = await _post(client, running.url + "/api/answer", body, token)
            assert (status, data["error"]) == (409, "already_answered")
            token2 = (await _join(client, running.url, "Wang"))["token"]
            running.step(live.Step.CLOSE)
            status, data, _ = await _post(client, running.url + "/api/answer", body, token2)
            assert (status, data["error"]) == (409, "not_open")
            status, data, _ = await _post(client, running.url + "/api/answer", body, "forged")
            assert (status, data["error"]) == (401, "unknown_token")

    run(go())
    answers = running.session.answers_to("q-single")
    assert (
        len(answers) == 1
        and answers[0].response
        == running.session.order_for(answers[0].student_id, QUESTIONS["q-single"])[0]
    )


def test_an_unreadable_number_is_refused_and_can_be_fixed(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            running.step(live.Step.OPEN)
            for _ in range(3):
                running.step(live.Step.REVEAL)
                running.step(live.Step.NEXT)
            body = {"question": "q-num", "answer": {"text": "lots"}}
            status, data, _ = await _post(client, running.url + "/api/answer", body, token)
            assert (status, data["error"], data["reason"]) == (
                422,
                "unreadable_number",
                "not_a_number",
            )
            body = {"question": "q-num", "answer": {"text": "1,000元"}}
            status, data, _ = await _post(client, running.url + "/api/answer", body, token)
            assert status == 200 and data["view"]["mine"] == {"text": "1,000元", "value": "1000"}

    run(go())


def test_oversized_requests_are_refused(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            big = {"code": CODE, "name": "x" * 10_000}
            status, data, _ = await _post(client, running.url + "/api/join", big)
            assert (status, data["error"]) == (413, "too_large")

            async def chunks():  # no Content-Length: the limit holds while reading
                for _ in range(10):
                    yield b" " * 1000

            async with client.post(running.url + "/api/join", data=chunks()) as response:
                assert response.status == 413
            status, data, _ = await _post(client, running.url + "/api/join", [1, 2])
            assert status == 400

    run(go())
    assert running.session.students == ()


def test_reconnecting_with_the_token_resumes_the_same_student_and_answers(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            running.step(live.Step.OPEN)
            body = {"question": "q-single", "answer": {"choice": 2}}
            await _post(client, running.url + "/api/answer", body, token)
        async with aiohttp.ClientSession() as phone_after_sleep:
            status, view = await _get(phone_after_sleep, running.url + "/api/state", token)
            assert status == 200
            assert view["me"]["name"] == "Lin" and view["mine"] == {"choice": 2}
            async with phone_after_sleep.ws_connect(running.url + "/ws") as ws:
                await ws.send_str(json.dumps({"token": token}))
                pushed = await ws.receive_json(timeout=5)
                assert pushed["mine"] == {"choice": 2} and pushed["question"]["id"] == "q-single"
                running.step(live.Step.REVEAL)
                pushed = await ws.receive_json(timeout=5)
                assert pushed["phase"] == "revealed" and pushed["feedback"] is not None
            async with phone_after_sleep.ws_connect(running.url + "/ws") as ws:
                await ws.send_str(json.dumps({"token": "not-a-token"}))
                message = await ws.receive(timeout=5)
                assert message.type is aiohttp.WSMsgType.CLOSE and message.data == 4401

    run(go())
    assert len(running.session.students) == 1


def test_long_polling_waits_for_a_change(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            joined = await _join(client, running.url, "Lin")
            token, etag = joined["token"], joined["view"]["etag"]
            waiting = asyncio.ensure_future(
                _get(client, f"{running.url}/api/state?since={etag}", token)
            )
            await asyncio.sleep(0.2)
            assert not waiting.done()
            await asyncio.get_running_loop().run_in_executor(None, running.step, live.Step.OPEN)
            status, view = await asyncio.wait_for(waiting, 5)
            assert status == 200 and view["phase"] == "open" and view["etag"] != etag

    run(go())


def test_students_never_see_each_others_answers(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            lin = (await _join(client, running.url, "Lin"))["token"]
            wang = (await _join(client, running.url, "Wang"))["token"]
            running.step(live.Step.OPEN)
            body = {"question": "q-single", "answer": {"choice": 3}}
            await _post(client, running.url + "/api/answer", body, lin)
            _, view = await _get(client, running.url + "/api/state", wang)
            assert view["mine"] is None
            assert "Lin" not in json.dumps(view)
            assert set(view["question"]) == {"id", "type", "prompt", "choices", "unit"}
            _, hello, _ = await _post(client, running.url + "/api/hello", {"code": CODE})
            assert set(hello) == {"session", "class_list", "teams", "phase"}

    run(go())


def test_hostile_names_travel_as_json_text_and_are_neutralised_in_csv(running: Running):
    hostile = "<img src=x onerror=alert(1)>"

    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            status, data, headers = await _post(
                client, running.url + "/api/join", {"code": CODE, "name": hostile}
            )
            assert status == 200 and headers["Content-Type"].startswith("application/json")
            assert data["view"]["me"]["name"] == hostile
            await _join(client, running.url, '=HYPERLINK("http://x","y")')
            async with client.get(running.url + "/") as page:
                assert hostile not in await page.text()

    run(go())
    running.step(live.Step.OPEN)
    rows = running.server.call(lambda: live.csv_rows(running.session)).result(5)
    text = csv_writer.to_csv_text(["n", "id", "name", "team", "a", "s", "r"], rows)
    names = [row[2] for row in csv.reader(io.StringIO(text))][1:]
    assert names == [hostile, '\'=HYPERLINK("http://x","y")']


def test_requests_from_another_site_or_host_are_refused(running: Running):
    async def go() -> None:
        async with (
            aiohttp.ClientSession() as client,
            client.post(
                running.url + "/api/join",
                json={"code": CODE, "name": "Lin"},
                headers={"Origin": "http://evil.example"},
            ) as response,
        ):
            assert response.status == 403

            rebound = {"Host": f"rebound.example:{running.server.port}"}
            async with client.get(running.url + "/", headers=rebound) as page:
                assert page.status == 403

    run(go())
    assert running.session.students == ()


def test_the_end_saves_class_results_and_each_student_downloads_their_file(running: Running):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            sid = _student_id(running, "Lin")
            running.step(live.Step.OPEN)
            question = QUESTIONS["q-single"]
            body = {
                "question": question.id,
                "answer": right_payload(running.session, sid, question),
            }
            await _post(client, running.url + "/api/answer", body, token)
            async with client.get(
                running.url + "/api/results", headers={"X-Live-Token": token}
            ) as response:
                assert response.status == 409  # not before the end
            running.step(live.Step.END)
            async with client.get(
                running.url + "/api/results", headers={"X-Live-Token": token}
            ) as response:
                assert response.status == 200
                assert "attachment" in response.headers["Content-Disposition"]
                mine = results_files.parse_results(await response.read())
            assert mine.name == "Lin" and [a.correct for a in mine.attempts] == [True]

    run(go())
    kept = results_files.load_kept(
        classroom_store.load(
            running.database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME
        )
        or ""
    )
    assert [learner.name for learner in kept.learners] == ["Lin"]
    assert running.store.unfinished() == []


def test_the_server_is_gone_after_the_session_ends(tmp_path: Path):
    server = Running(tmp_path / "data")
    port = server.server.port
    server.step(live.Step.END)
    server.close()
    assert not server.server.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_two_servers_never_share_a_port(tmp_path: Path):
    first = Running(tmp_path / "one")
    try:
        second = live_server.LiveServer(
            first.session, first.store, host="127.0.0.1", port=first.server.port
        )
        second.start()
        try:
            assert second.port != first.server.port
        finally:
            second.stop()
    finally:
        first.close()


def test_the_rate_limiter_forgets_old_failures():
    clock = [0.0]
    limiter = live_limits.RateLimiter(2, 60, clock=lambda: clock[0])
    limiter.fail("a")
    limiter.fail("a")
    assert limiter.retry_after("a") == 60 and limiter.retry_after("b") == 0
    clock[0] = 61
    assert limiter.retry_after("a") == 0


def test_an_answer_that_could_not_be_stored_is_refused_and_not_counted(
    running: Running, monkeypatch: pytest.MonkeyPatch
):
    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            running.step(live.Step.OPEN)
            real = running.store.append_many

            def full_disk(*args: Any) -> None:
                raise sqlite3.OperationalError("database or disk is full")

            monkeypatch.setattr(running.store, "append_many", full_disk)
            body = {"question": "q-single", "answer": {"choice": 1}}
            status, data, _ = await _post(client, running.url + "/api/answer", body, token)
            assert (status, data["error"]) == (503, "not_saved")
            _, view = await _get(client, running.url + "/api/state", token)
            assert view["mine"] is None and view["phase"] == "open"
            monkeypatch.setattr(running.store, "append_many", real)
            status, data, _ = await _post(client, running.url + "/api/answer", body, token)
            assert status == 200 and data["view"]["mine"] == {"choice": 1}

    run(go())


def test_teams_are_picked_when_joining(tmp_path: Path):
    server = Running(tmp_path / "data", teams=("Pandas", "Cranes"))
    try:

        async def go() -> None:
            async with aiohttp.ClientSession() as client:
                _, hello, _ = await _post(client, server.url + "/api/hello", {"code": CODE})
                assert hello["teams"] == ["Pandas", "Cranes"]
                body = {"code": CODE, "name": "Lin"}
                status, data, _ = await _post(client, server.url + "/api/join", body)
                assert (status, data["error"]) == (400, "bad_team")
                joined = await _join(client, server.url, "Lin", team="Cranes")
                assert joined["view"]["me"] == {"name": "Lin", "team": "Cranes"}

        run(go())
    finally:
        server.close()


def _run_live_test(
    data_dir: Path, source: live.QuizSource, session_id: str, right: int
) -> results_files.LearnerResults:
    """Lin (from the class list) answers the first ``right`` questions right, the next one
    wrong, and leaves the rest; the teacher asks every question and finishes. Returns the
    results file Lin downloads."""
    lin = live.Classmate("Lin", "learner-lin")
    server = Running(data_dir, source=source, session_id=session_id, class_list=(lin,))

    async def go() -> results_files.LearnerResults:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, server.url, "lin"))["token"]
            sid = _student_id(server, "Lin")
            for number, qid in enumerate(QUESTIONS):
                await asyncio.to_thread(
                    server.step, live.Step.OPEN if number == 0 else live.Step.NEXT
                )
                question = QUESTIONS[qid]
                payload = (
                    right_payload(server.session, sid, question)
                    if number < right
                    else wrong_payload(server.session, sid, question)
                )
                if number <= right:
                    body = {"question": qid, "answer": payload}
                    status, data, _ = await _post(client, server.url + "/api/answer", body, token)
                    assert status == 200, data
                await asyncio.to_thread(server.step, live.Step.REVEAL)
            await asyncio.to_thread(server.step, live.Step.END)
            async with client.get(
                server.url + "/api/results", headers={"X-Live-Token": token}
            ) as response:
                return results_files.parse_results(await response.read())

    try:
        return run(go())
    finally:
        server.close()


def _gradebook_cells(learners) -> dict[str, object]:  # type: ignore[no-untyped-def]
    book = gradebook.build(learners)
    row = book.row("learner-lin")
    assert row is not None
    return {
        column.kind.value: cell.value
        for column, cell in zip(book.columns, row.cells, strict=True)
        if column.kind is not gradebook.ColumnKind.LESSON
    }


def test_a_live_diagnostic_and_final_land_in_the_gradebook_as_imported_files_would(
    tmp_path: Path,
):
    data = tmp_path / "data"
    diagnostic = _run_live_test(data, live.QuizSource.DIAGNOSTIC, "d1a9d1a9d1a9d1a9", right=2)
    final = _run_live_test(data, live.QuizSource.FINAL, "f1a1f1a1f1a1f1a1", right=5)
    # Saved through the classroom helper's one way in (class_results.add), with the quiz fields.
    assert not hasattr(live_store, "save_class_results")
    database, _ = db.open_database(data)
    try:
        learners = class_results.combined(database, now=dt.datetime.now(dt.UTC)).learners
    finally:
        database.close()
    assert [learner.name for learner in learners] == ["Lin"]
    cells = _gradebook_cells(learners)
    assert cells == {
        "diagnostic": Decimal("40.0"),  # 2 of 5 right, 1 wrong, 2 not answered
        "final": Decimal("100.0"),
        "growth": Decimal("60.0"),
    }
    # The same quizzes imported as Lin's own downloaded files give the same cells.
    files = []
    for number, results in enumerate((diagnostic, final)):
        path = tmp_path / f"lin-{number}{results_files.SUFFIX}"
        results_files.write_results_file(path, results)
        files.append(path)
    other, _ = db.open_database(tmp_path / "other")
    try:
        imported = class_results.import_files(other, files, now=dt.datetime.now(dt.UTC))
    finally:
        other.close()
    assert imported.problems == ()
    assert _gradebook_cells(imported.learners) == cells


def test_the_teacher_lets_a_student_join_again_and_the_old_token_stops_working(
    running: Running,
):
    async def go() -> None:
        async with aiohttp.ClientSession() as old_phone:
            token = (await _join(old_phone, running.url, "Lin"))["token"]
            sid = _student_id(running, "Lin")
            await asyncio.to_thread(running.step, live.Step.OPEN)
            body = {"question": "q-single", "answer": {"choice": 2}}
            status, _, _ = await _post(old_phone, running.url + "/api/answer", body, token)
            assert status == 200
            async with old_phone.ws_connect(running.url + "/ws") as ws:
                await ws.send_str(json.dumps({"token": token}))
                await ws.receive_json(timeout=5)
                async with aiohttp.ClientSession() as new_phone:
                    status, data, _ = await _post(
                        new_phone, running.url + "/api/join", {"code": CODE, "name": "lin"}
                    )
                    assert (status, data["error"]) == (409, "name_taken")
                    view = await asyncio.to_thread(lambda: running.server.release(sid).result(10))
                    assert view.released == frozenset({sid})
                    # The old phone is signed out at once: its WebSocket closes, its token fails.
                    message = await ws.receive(timeout=5)
                    assert message.type is aiohttp.WSMsgType.CLOSE and message.data == 4401
                    status, data = await _get(old_phone, running.url + "/api/state", token)
                    assert (status, data["error"]) == (401, "unknown_token")
                    joined = await _join(new_phone, running.url, "lin")
                    assert joined["view"]["me"]["name"] == "Lin"
                    assert joined["view"]["mine"] == {"choice": 2}  # the answer so far is kept
                    status, data, _ = await _post(
                        new_phone, running.url + "/api/answer", body, joined["token"]
                    )
                    assert (status, data["error"]) == (409, "already_answered")

    run(go())
    assert [s.student_id for s in running.session.students] == [_student_id(running, "Lin")]
    kinds = [e["event"] for e in running.store.events(running.session.setup.session_id)]
    assert kinds == ["joined", "stepped", "answered", "released", "joined"]


def _page_id(n: int) -> str:
    return f"{n:032x}"


def test_a_class_behind_one_address_all_connect_and_the_global_cap_holds(tmp_path: Path):
    # Guest Wi-Fi behind NAT: every phone comes from one address (here 127.0.0.1).
    students = 40
    server = Running(tmp_path / "data", limits=live_limits.Limits(max_connections=students + 5))
    assert server.server.limits.max_connections_per_client == live.MAX_STUDENTS

    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            tokens = [(await _join(client, server.url, f"S{i}"))["token"] for i in range(students)]
            sockets = []
            for token in tokens[: students // 2]:
                ws = await client.ws_connect(server.url + "/ws")
                await ws.send_str(json.dumps({"token": token}))
                assert (await ws.receive_json(timeout=5))["phase"] == "lobby"
                sockets.append(ws)
            etags = {}
            for token in tokens[students // 2 :]:
                _, view = await _get(client, server.url + "/api/state", token)
                etags[token] = view["etag"]
            polls = [
                asyncio.ensure_future(_get(client, f"{server.url}/api/state?since={etags[t]}", t))
                for t in tokens[students // 2 :]
            ]
            await asyncio.sleep(0.3)  # every long poll is waiting
            # Beyond the global cap (45 here) a 46th connection is refused: 40 are open.
            extra = [await client.ws_connect(server.url + "/ws") for _ in range(5)]
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect(server.url + "/ws")
            assert refused.value.status == 503
            for ws in extra:
                await ws.close()
            await asyncio.to_thread(server.step, live.Step.OPEN)
            for ws in sockets:
                assert (await ws.receive_json(timeout=5))["phase"] == "open"
            for status, view in await asyncio.gather(*polls):
                assert status == 200 and view["phase"] == "open"
            for ws in sockets:
                await ws.close()

    try:
        run(go())
    finally:
        server.close()


def test_one_mistyping_student_does_not_lock_out_the_room(tmp_path: Path):
    limits = live_limits.Limits(wrong_codes=3, wrong_codes_per_address=8)
    server = Running(tmp_path / "data", limits=limits)

    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            hello = server.url + "/api/hello"

            async def code(page: int, text: str) -> tuple[int, dict]:
                status, data, _ = await _post(client, hello, {"code": text}, page=_page_id(page))
                return status, data

            for _ in range(3):
                assert (await code(1, "000000"))[0] == 403
            status, data, headers = await _post(client, hello, {"code": CODE}, page=_page_id(1))
            assert (status, data["error"]) == (429, "too_many_tries")  # that page waits
            assert 1 <= int(headers["Retry-After"]) <= 60
            # Everyone else behind the same address joins as usual.
            body = {"code": CODE, "name": "Wang"}
            status, _, _ = await _post(client, server.url + "/api/join", body, page=_page_id(2))
            assert status == 200
            # A right code clears that page's own count: slips before it do not add up.
            assert [(await code(3, "999999"))[0] for _ in range(2)] == [403, 403]
            assert (await code(3, CODE))[0] == 200
            assert [(await code(3, "999999"))[0] for _ in range(2)] == [403, 403]
            # The address as a whole has the budget a room needs, not what guessing needs.
            assert (await code(5, "999999"))[0] == 403  # the 8th wrong code from this address
            status, data = await code(6, CODE)
            assert (status, data["error"]) == (429, "too_many_tries")

    try:
        run(go())
    finally:
        server.close()


def test_a_client_without_a_page_id_counts_by_its_address(tmp_path: Path):
    server = Running(tmp_path / "data", limits=live_limits.Limits(wrong_codes=2))

    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            for page in ("", "not-an-id", ""):
                status, data, _ = await _post(
                    client, server.url + "/api/hello", {"code": "1"}, page=page
                )
            assert (status, data["error"]) == (429, "too_many_tries")

    try:
        run(go())
    finally:
        server.close()


def test_a_students_newest_connection_replaces_the_oldest(running: Running):
    per_student = running.server.limits.max_connections_per_student

    async def go() -> None:
        async with aiohttp.ClientSession() as client:
            token = (await _join(client, running.url, "Lin"))["token"]
            sockets = []
            for _ in range(per_student + 1):  # a phone that woke up again and again
                ws = await client.ws_connect(running.url + "/ws")
                await ws.send_str(json.dumps({"token": token}))
                await ws.receive_json(timeout=5)
                sockets.append(ws)
            message = await sockets[0].receive(timeout=5)
            assert message.type is aiohttp.WSMsgType.CLOSE and message.data == 4409
            await asyncio.to_thread(running.step, live.Step.OPEN)
            for ws in sockets[1:]:
                assert (await ws.receive_json(timeout=5))["phase"] == "open"
                await ws.close()

    run(go())
