"""The teacher's live-quiz window and the projector view, with a real student on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from duewise.content.model import QuestionType
from duewise.learning import bank, live
from duewise.storage import classroom_store, db, results_files
from duewise.ui.classroom.live import network
from duewise.ui.classroom.live.panel import LivePanel
from duewise.ui.classroom.live.projector import ShareBar

HOSTILE = "<b>M</b><img src=x onerror=alert(1)>"


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path) -> Iterator[LivePanel]:
    database, _ = db.open_database(tmp_path / "data")
    widget = LivePanel(database, bank.load_bank(), lambda: "en")
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.stop()
    if widget.bridge is not None:
        widget.bridge.close()
    database.close()


def _choose_custom(panel: LivePanel, kinds: tuple[QuestionType, ...]) -> list[str]:
    panel.source_box.setCurrentIndex(panel.source_box.findData(live.QuizSource.CUSTOM.value))
    panel.address_box.setCurrentIndex(panel.address_box.findData(network.LOOPBACK))
    wanted: list[str] = []
    for kind in kinds:
        question = next(q for q in panel.pack.questions if q.type is kind and q.answer is not None)
        wanted.append(question.id)
    for row in range(panel.custom_list.count()):
        item = panel.custom_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in wanted:
            item.setCheckState(Qt.CheckState.Checked)
    return wanted


def _student(url: str, code: str, name: str) -> Any:
    async def go() -> Any:
        body = {"code": code, "name": name}
        async with aiohttp.ClientSession() as client, client.post(url + "api/join", json=body) as r:
            return await r.json()

    return asyncio.run(go())


def _answer(url: str, token: str, qid: str, answer: dict[str, Any]) -> int:
    async def go() -> int:
        async with (
            aiohttp.ClientSession() as client,
            client.post(
                url + "api/answer",
                json={"question": qid, "answer": answer},
                headers={"X-Live-Token": token},
            ) as r,
        ):
            return r.status

    return asyncio.run(go())


def _texts(widget: Any) -> str:
    return " | ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_a_teacher_runs_a_live_quiz_and_the_projector_keeps_the_answer_hidden(
    panel: LivePanel, qtbot: QtBot, tmp_path: Path
):
    ids = _choose_custom(panel, (QuestionType.TRUE_FALSE, QuestionType.SINGLE))
    assert panel.start()
    assert panel.stack.currentWidget() is panel.run_view
    join = panel.join
    assert join is not None and join.url.startswith("http://127.0.0.1:")
    assert join.code in panel.run_view.join_label.text().replace(" ", "")
    projector = panel.projector
    window = panel.present()
    assert window.isVisible() and panel.run_view.present_button.text() == "Leave the projector"
    assert projector.stack.currentWidget() is projector.lobby
    assert projector.qr.text == f"{join.url.rstrip('/')}/#{join.code}"

    with ThreadPoolExecutor(1) as pool:
        joined = pool.submit(_student, join.url, join.code, HOSTILE).result(10)
    token = joined["token"]
    qtbot.waitUntil(lambda: panel.run_view.joined_list.count() == 1, timeout=5000)
    assert panel.run_view.joined_list.item(0).text().strip() == HOSTILE  # as text, not markup
    assert projector.lobby_joined.text() == "Joined so far: 1"
    assert HOSTILE not in _texts(projector)  # names never on the projector

    qtbot.mouseClick(panel.run_view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.phase is live.Phase.OPEN)
    assert projector.stack.currentWidget() is projector.question_page
    question = panel.questions[panel.view.question_id]
    assert question.id in ids and projector.prompt.text() == question.prompt.en
    answer = {"value": True} if question.type is QuestionType.TRUE_FALSE else {"choice": 0}
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(_answer, join.url, token, question.id, answer).result(10) == 200
    qtbot.waitUntil(lambda: "1 of 1 answered" in panel.run_view.count_label.text(), timeout=5000)
    # The projector shows the question only: no count, no bars, no tick before the reveal.
    assert "answered" not in _texts(projector) and "✓" not in _texts(projector)
    assert not [bar for bar in projector.findChildren(ShareBar) if bar.isVisible()]

    qtbot.mouseClick(panel.run_view.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.view.phase is live.Phase.REVEALED)
    qtbot.waitUntil(lambda: "%)" in _texts(projector))  # new rows are shown by the event loop
    shown = _texts(projector)
    assert "Answer: " in shown and question.explanation.en in shown and "✓" in shown
    assert "✓ Correct answer" in shown  # in words too, not by colour alone
    assert "1 (100 %)" in shown or "0 (0 %)" in shown

    with qtbot.waitSignal(panel.results_saved, timeout=5000) as saved:
        qtbot.mouseClick(panel.run_view.finish_button, Qt.MouseButton.LeftButton)
    assert saved.args == [1]
    kept = results_files.load_kept(
        classroom_store.load(panel.database, classroom_store.RESULTS_KIND, "current") or ""
    )
    assert [learner.name for learner in kept.learners] == [HOSTILE]
    port = int(join.url.rstrip("/").rsplit(":", 1)[1])
    assert panel.run_view.csv_button.isVisible()
    csv_path = tmp_path / "live.csv"
    panel.export_csv(csv_path)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Question,Question id,Student,Team,Answered,Score,Fully right"
    assert HOSTILE in text and f"1,{question.id}," in text
    assert panel.run_view.stop_button.isVisible()
    qtbot.mouseClick(panel.run_view.stop_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.setup_view
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_an_empty_custom_set_is_refused_with_a_message(panel: LivePanel):
    panel.source_box.setCurrentIndex(panel.source_box.findData(live.QuizSource.CUSTOM.value))
    assert not panel.start()
    assert panel.setup_error.text() == "Choose at least one question."
    assert panel.bridge is None or not panel.bridge.running


def test_an_interrupted_session_is_offered_for_resuming(panel: LivePanel, qtbot: QtBot):
    _choose_custom(panel, (QuestionType.SINGLE,))
    assert panel.start()
    bridge = panel.bridge
    assert bridge is not None
    bridge.controller.server.stop()  # as if the app had died: nothing saved, nothing ended
    bridge.controller.server = None
    panel.refresh_setup()
    assert not panel.resume_box.isHidden()
    assert "0 students, 0 answers kept" in panel.resume_label.text()
    assert panel.resume()
    assert panel.stack.currentWidget() is panel.run_view


def test_a_panel_that_goes_away_takes_its_server_along(qtbot: QtBot, tmp_path: Path):
    database, _ = db.open_database(tmp_path / "data")
    widget = LivePanel(database, bank.load_bank(), lambda: "en")
    _choose_custom(widget, (QuestionType.SINGLE,))
    assert widget.start()
    assert widget.join is not None
    port = int(widget.join.url.rstrip("/").rsplit(":", 1)[1])
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    database.close()


@pytest.mark.parametrize("source", list(live.QuizSource))
def test_every_source_gives_questions_of_the_pack(panel: LivePanel, source: live.QuizSource):
    panel.source_box.setCurrentIndex(panel.source_box.findData(source.value))
    if source is live.QuizSource.CUSTOM:
        _choose_custom(panel, (QuestionType.NUMERIC, QuestionType.ORDERING))
    kind, lesson_id, ids = panel.question_ids()
    assert kind is source and ids and all(qid in panel.questions for qid in ids)
    assert (lesson_id != "") == (source is live.QuizSource.LESSON)
    assert panel.lesson_box.isVisibleTo(panel) == (source is live.QuizSource.LESSON)


def test_the_teacher_lets_a_student_join_again_from_the_joined_list(panel: LivePanel, qtbot: QtBot):
    _choose_custom(panel, (QuestionType.SINGLE,))
    assert panel.start()
    join = panel.join
    assert join is not None
    joined_list = panel.run_view.joined_list
    button, action = panel.run_view.release_button, panel.run_view.release_action
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(_student, join.url, join.code, "Lin").result(10)
        qtbot.waitUntil(lambda: joined_list.count() == 1, timeout=5000)
        # A new phone (or a cleared browser) cannot take the name back by itself.
        assert pool.submit(_student, join.url, join.code, "Lin").result(10)["error"] == "name_taken"
    assert not button.isEnabled() and not action.isEnabled()
    # Keyboard or mouse: the row's context menu holds the same action as the button.
    assert joined_list.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    assert joined_list.actions() == [action]
    joined_list.setCurrentRow(0)
    assert button.isEnabled() and button.text() == "Let Lin join again"
    assert action.text() == "Let Lin join again" and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Lin can join again" in panel.run_view.run_status.text(), timeout=5000)
    qtbot.waitUntil(lambda: "may join again" in joined_list.item(0).text(), timeout=5000)
    assert not button.isEnabled()
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(_answer, join.url, first["token"], "q", {"choice": 0}).result(10) == 401
        again = pool.submit(_student, join.url, join.code, "lin").result(10)
    assert again["view"]["me"]["name"] == "Lin" and again["token"] != first["token"]
    qtbot.waitUntil(lambda: "may join again" not in joined_list.item(0).text(), timeout=5000)
    assert joined_list.count() == 1 and button.isEnabled()


def test_each_step_is_said_and_the_keyboard_moves_to_the_next_one(
    panel: LivePanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    """A teacher who runs the quiz from the keyboard, or with a screen reader, learns what each
    button did (the change is on the projector, not in this window) and finds the next button
    under the focus: a button that has just been pressed is disabled, and Qt would move the
    focus wherever the tab order goes next."""
    from duewise.ui.common import announce

    said: list[str] = []
    monkeypatch.setattr(announce, "announce", lambda _widget, text, **_kw: said.append(text))
    _choose_custom(panel, (QuestionType.TRUE_FALSE, QuestionType.SINGLE))
    assert panel.start()
    run = panel.run_view
    panel.window().activateWindow()

    def press(button: Any, phase: live.Phase) -> None:
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: panel.view is not None and panel.view.phase is phase)

    press(run.open_button, live.Phase.OPEN)
    assert "Question 1 of 2 is open" in run.run_status.text()
    assert said[-1] == run.run_status.text()
    assert run.close_button.hasFocus()
    press(run.close_button, live.Phase.CLOSED)
    assert "closed" in run.run_status.text() and said[-1] == run.run_status.text()
    assert run.reveal_button.hasFocus()
    press(run.reveal_button, live.Phase.REVEALED)
    assert "projector" in run.run_status.text() and said[-1] == run.run_status.text()
    assert run.next_button.hasFocus()
    press(run.next_button, live.Phase.OPEN)
    assert "Question 2 of 2 is open" in run.run_status.text()
    press(run.reveal_button, live.Phase.REVEALED)
    assert run.finish_button.hasFocus()  # the last question: no next one
