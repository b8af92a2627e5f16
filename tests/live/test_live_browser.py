"""A real browser (headless Chromium) joins the live quiz, answers every question type and reads
the feedback, at a phone's size, in both languages; the single and multiple choice questions are
answered with the keyboard alone (arrow keys, Space, Enter), and the screen reader's live region
says that the answer was saved and what the feedback is.

Skips, saying why, when Chromium is not installed (``apt-get install chromium chromium-driver``;
``.ci/run`` installs it). Set ``DUEWISE_LIVE_SCREENSHOTS=DIR`` to keep screenshots of the page.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest
from cdp import Browser, find_chromium
from live_helpers import CODE, QUESTIONS, make_setup, open_store

from duewise.content.model import QuestionType
from duewise.learning import live
from duewise.ui.classroom.live import server as live_server

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no Chromium: the real-browser test needs the Debian packages chromium and "
        "chromium-driver (.ci/run installs them)",
    ),
]
HOSTILE = "<img src=x onerror=alert(1)>"


def _shots() -> Path | None:
    folder = os.environ.get("DUEWISE_LIVE_SCREENSHOTS")
    return Path(folder) if folder else None


def test_a_phone_browser_joins_answers_each_type_and_sees_feedback(tmp_path: Path):
    shots = _shots()
    with open_store(tmp_path / "data") as (_, store):
        setup = make_setup(class_list=(live.Classmate(HOSTILE, "learner-x"),), scoreboard=True)
        session = live.LiveSession(setup, QUESTIONS)
        store.create(setup.session_id, live.setup_to_payload(setup))
        server = live_server.LiveServer(session, store, host="127.0.0.1", port=0)
        server.start()
        try:
            asyncio.run(_drive(server, shots))
        finally:
            server.stop()
    answered = [a for q in QUESTIONS for a in session.answers_to(q)]
    assert [a.score for a in answered] == [1] * len(QUESTIONS)
    assert {s.name for s in session.students} == {"Lin 林"}


async def _drive(server: live_server.LiveServer, shots: Path | None) -> None:
    assert CHROMIUM is not None
    browser = Browser(CHROMIUM)
    try:
        await browser.open()
        await browser.phone()
        await browser.goto(server.url)
        await browser.tap('button[data-lang="zh_CN"]')
        assert await browser.text("#code-title") == "加入课堂测验"
        if shots:
            await browser.screenshot(shots / "live-student-join-zh_CN.png")
        await browser.type("#code-input", "111111")
        await browser.tap("#code-submit")
        await browser.wait_for("document.querySelector('#code-error').textContent !== ''")
        assert "加入码不对" in await browser.text("#code-error")
        await browser.evaluate("document.querySelector('#code-input').value = '', true")
        await browser.type("#code-input", CODE)
        await browser.tap("#code-submit")
        await browser.wait_for("!document.querySelector('#screen-name').hidden")
        # The hostile class-list name is shown as text: no image element, no script ran.
        assert await browser.text("#class-list .choice .text") == HOSTILE
        assert await browser.evaluate("document.querySelectorAll('img').length") == 0
        await browser.type("#name-input", "Lin 林")
        await browser.tap("#name-submit")
        await browser.wait_for("!document.querySelector('#waiting').hidden")
        assert "Lin 林" in await browser.text("#who")
        student = server.session.students[0]
        for number, qid in enumerate(QUESTIONS, start=1):
            step = live.Step.OPEN if number == 1 else live.Step.NEXT
            server.step(step).result(10)
            await browser.wait_for(
                f"document.querySelector('#question-number').textContent.includes('{number}')"
                " && !document.querySelector('#question-box').hidden"
            )
            if number == 3:  # English from here on, switched on the phone alone
                await browser.tap('button[data-lang="en"]')
                assert await browser.evaluate("document.documentElement.lang") == "en"
            question = QUESTIONS[qid]
            if number == 1:  # readable at 320 px: nothing wider than the screen
                await browser.phone(320, 640)
                width = await browser.evaluate("document.documentElement.scrollWidth")
                assert width <= 320, width
                await browser.phone()
            if question.type in KEYBOARD:
                await _answer_by_keyboard(browser, server, student.student_id, qid)
            else:
                await _answer(browser, server, student.student_id, qid)
            if shots and number in (1, 4):
                lang = "zh_CN" if number == 1 else "en"
                await browser.full_screenshot(shots / f"live-student-{qid}-{lang}.png")
            if question.type in KEYBOARD:
                await browser.press("Enter")  # Enter submits, from the focused choice
            else:
                await browser.tap("#submit")
            await browser.wait_for("document.querySelector('#answer-status').textContent !== ''")
            saved = "答案已保存" if number < 3 else "Answer saved"
            await browser.wait_for(
                f"document.querySelector('#announce').textContent.includes('{saved}')"
            )
            server.step(live.Step.REVEAL).result(10)
            await browser.wait_for("!document.querySelector('#feedback').hidden")
            title = await browser.text("#feedback-title")
            assert title.startswith("答对了" if number < 3 else "Right!"), title
            # The live region tells the feedback too (the page does not need to be looked at).
            await browser.wait_for(
                f"document.querySelector('#announce').textContent.startsWith({json.dumps(title)})"
            )
            explanation = await browser.text("#feedback-explanation")
            expected = question.explanation.zh if number < 3 else question.explanation.en
            assert explanation == expected
            if shots and number in (1, 5):
                lang = "zh_CN" if number == 1 else "en"
                await browser.full_screenshot(shots / f"live-student-feedback-{lang}.png")
            if number == 2:  # a reload (or a phone waking up) keeps the identity and answers
                await browser.reload()
                await browser.wait_for("!document.querySelector('#feedback').hidden")
                assert "Lin 林" in await browser.text("#who")
        server.step(live.Step.END).result(10)
        await browser.wait_for("!document.querySelector('#ended').hidden")
        assert await browser.evaluate("!document.querySelector('#download').hidden")
        if shots:
            await browser.full_screenshot(shots / "live-student-ended-en.png")
        errors = await browser.evaluate("window.__errors || []")
        assert errors == []
    finally:
        await browser.close()


KEYBOARD = (QuestionType.SINGLE, QuestionType.MULTIPLE)
FOCUSED = "document.activeElement.dataset.index"


async def _answer_by_keyboard(
    browser: Browser, server: live_server.LiveServer, sid: str, qid: str
) -> None:
    """Answer with the keyboard only: the question has the focus once it opens, Tab enters the
    choices (one tab stop), the arrow keys move between them (and pick, in a radio group), Space
    ticks a checkbox."""
    question = QUESTIONS[qid]
    order = server.session.order_for(sid, question)
    position = {original: k for k, original in enumerate(order)}
    await browser.wait_for("document.activeElement && document.activeElement.id === 'prompt'")
    await browser.press("Tab")
    assert await browser.evaluate(FOCUSED) == "0"
    stops = await browser.evaluate(
        "[...document.querySelectorAll('#answer-area .choice')].filter(b => b.tabIndex >= 0).length"
    )
    assert stops == 1  # a roving tab stop: Tab leaves the group, the arrows move inside it
    role = await browser.evaluate("document.activeElement.getAttribute('role')")
    checked = (
        "JSON.stringify([...document.querySelectorAll('#answer-area .choice')]"
        ".map(b => b.getAttribute('aria-checked') === 'true'))"
    )
    count = len(order)
    if question.type is QuestionType.SINGLE:
        assert role == "radio"
        target = position[question.answer]
        for _ in range(target + 1):
            await browser.press("ArrowDown")  # wraps from the last to the first
        await browser.press("ArrowUp")
        assert await browser.evaluate(FOCUSED) == str(target)
        assert json.loads(await browser.evaluate(checked)) == [k == target for k in range(count)]
        return
    assert role == "checkbox"
    targets = sorted(position[i] for i in question.answer)
    at = 0
    for target in targets:
        while at != target:
            await browser.press("ArrowDown")  # moves the focus only
            at = (at + 1) % count
        assert await browser.evaluate(FOCUSED) == str(target)
        await browser.press(" ")
    assert json.loads(await browser.evaluate(checked)) == [k in targets for k in range(count)]
    await browser.press("Home")
    assert await browser.evaluate(FOCUSED) == "0"


async def _answer(browser: Browser, server: live_server.LiveServer, sid: str, qid: str) -> None:
    question = QUESTIONS[qid]
    order = server.session.order_for(sid, question)
    position = {original: k for k, original in enumerate(order)}
    answer = question.answer
    if question.type is QuestionType.NUMERIC:
        await browser.type("#number-input", "¥1,000")
        return
    if question.type is QuestionType.TRUE_FALSE:
        targets = [0 if answer else 1]
    elif question.type is QuestionType.SINGLE:
        targets = [position[answer]]
    else:
        targets = [position[i] for i in answer]
    for target in targets:
        await browser.tap(f'#answer-area .choice[data-index="{target}"]')
    state = await browser.evaluate(
        "JSON.stringify([...document.querySelectorAll('#answer-area .choice')]"
        ".map(b => b.getAttribute('aria-checked') || b.getAttribute('aria-pressed')))"
    )
    assert "true" in json.loads(state)
