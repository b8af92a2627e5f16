"""Screenshots of the live quiz with the shipped lessons: the student page at 360 x 740 in both
languages (headless Chromium) and the projector at 1280 x 720 (Qt, offscreen).

Usage: ``python tests/live/live_screenshots.py DIR`` (needs Chromium; not a test).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from cdp import Browser, find_chromium
from PySide6.QtWidgets import QApplication

from duewise.content.model import QuestionType
from duewise.learning import bank, live
from duewise.storage import db, live_store
from duewise.ui.classroom.live import server as live_server
from duewise.ui.classroom.live.projector import (
    JoinInfo,
    LiveProjectorWindow,
    ProjectorView,
)
from duewise.ui.common.language import LanguageManager

ORDER = (
    QuestionType.SINGLE,
    QuestionType.MULTIPLE,
    QuestionType.TRUE_FALSE,
    QuestionType.NUMERIC,
    QuestionType.ORDERING,
)


def main(out: Path) -> None:
    app = QApplication([])
    languages = LanguageManager(app)
    languages.set_language("zh_CN")
    pack = bank.load_bank()
    chosen = []
    for kind in ORDER:
        candidates = [q for q in pack.questions if q.type is kind and q.answer is not None]
        if kind is QuestionType.NUMERIC:  # one with a unit, as most are
            candidates = [q for q in candidates if q.unit is not None] or candidates
        chosen.append(candidates[0])
    questions = {q.id: q for q in pack.questions}
    database, _ = db.open_database(Path(tempfile.mkdtemp()) / "data")
    store = live_store.LiveStore(database.path)
    setup = live.LiveSetup(
        session_id="0123456789abcdef",
        code="482913",
        source=live.QuizSource.CUSTOM,
        question_ids=tuple(q.id for q in chosen),
        seed=7,
        started_at="2026-12-01T09:30:00+08:00",
        class_list=(
            live.Classmate("李明", "u1"),
            live.Classmate("Wang Fang", "u2"),
            live.Classmate("<img src=x onerror=alert(1)>", "u3"),
        ),
        scoreboard=True,
    )
    session = live.LiveSession(setup, questions)
    store.create(setup.session_id, live.setup_to_payload(setup))
    server = live_server.LiveServer(session, store, host="127.0.0.1", port=0)
    server.start()
    view = ProjectorView(questions, lambda: "zh_CN")
    window = LiveProjectorWindow(view)
    window.resize(1280, 720)
    window.show()
    view.set_join(JoinInfo("http://192.168.1.20:8737/", setup.code), setup.seed)

    def projector(name: str) -> None:
        view.show_view(server.call(session.teacher_view).result(5))
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / name))

    try:
        projector("live-projector-lobby-zh_CN.png")
        asyncio.run(_phone(server, out, projector))
    finally:
        server.stop()
        store.close()
        database.close()


async def _phone(server: live_server.LiveServer, out: Path, projector) -> None:  # type: ignore[no-untyped-def]
    binary = find_chromium()
    assert binary is not None, "needs Chromium"
    browser = Browser(binary)
    session = server.session
    try:
        await browser.open()
        await browser.phone()
        await browser.goto(server.url + "#" + session.setup.code)
        await browser.tap('button[data-lang="zh_CN"]')
        await browser.wait_for("!document.querySelector('#screen-name').hidden")
        await browser.screenshot(out / "live-student-name-zh_CN.png")
        await browser.tap("#class-list .choice")
        await browser.tap("#name-submit")
        await browser.wait_for("!document.querySelector('#waiting').hidden")
        await browser.screenshot(out / "live-student-lobby-zh_CN.png")
        sid = session.students[0].student_id
        for number, qid in enumerate(session.setup.question_ids, start=1):
            server.step(live.Step.OPEN if number == 1 else live.Step.NEXT).result(5)
            await browser.wait_for(
                f"document.querySelector('#question-number').textContent.includes('{number}')"
            )
            question = session.questions[qid]
            lang = "zh_CN" if number <= 2 else "en"
            if number == 3:
                await browser.tap('button[data-lang="en"]')
            order = session.order_for(sid, question)
            position = {original: k for k, original in enumerate(order)}
            if question.type is QuestionType.NUMERIC:
                await browser.type("#number-input", f"{question.answer}号")
            elif question.type is QuestionType.TRUE_FALSE:
                await browser.tap('#answer-area .choice[data-index="1"]')
            elif question.type is QuestionType.SINGLE:
                await browser.tap(f'#answer-area .choice[data-index="{position[question.answer]}"]')
            elif question.type is QuestionType.MULTIPLE:  # by keyboard: the focus ring shows
                await browser.wait_for("document.activeElement.id === 'prompt'")
                await browser.press("Tab")
                at = 0
                for target in sorted(position[i] for i in question.answer):
                    while at != target:
                        await browser.press("ArrowDown")
                        at = (at + 1) % len(order)
                    await browser.press(" ")
            else:
                targets = [position[i] for i in question.answer]
                if question.type is QuestionType.ORDERING:
                    targets = targets[:2]  # half-way through tapping, for the picture
                for target in targets:
                    await browser.tap(f'#answer-area .choice[data-index="{target}"]')
            await browser.full_screenshot(out / f"live-student-{question.type.value}-{lang}.png")
            if number == 1:
                projector("live-projector-question-zh_CN.png")
            if question.type is QuestionType.ORDERING:
                for target in [position[i] for i in question.answer][2:]:
                    await browser.tap(f'#answer-area .choice[data-index="{target}"]')
            if question.type is QuestionType.MULTIPLE:
                await browser.press("Enter")
            else:
                await browser.tap("#submit")
            await browser.wait_for("document.querySelector('#answer-status').textContent !== ''")
            if number == 4:
                await browser.screenshot(out / f"live-student-saved-{lang}.png")
            server.step(live.Step.REVEAL).result(5)
            await browser.wait_for("!document.querySelector('#feedback').hidden")
            if number in (1, 4):
                await browser.full_screenshot(out / f"live-student-feedback-{lang}.png")
            if number == 1:
                projector("live-projector-revealed-zh_CN.png")
        server.step(live.Step.END).result(5)
        await browser.wait_for("!document.querySelector('#ended').hidden")
        await browser.screenshot(out / "live-student-ended-en.png")
    finally:
        await browser.close()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    main(target)
