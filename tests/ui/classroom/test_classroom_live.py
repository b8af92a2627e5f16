"""Classroom → teacher area → Live quiz: a phone joins and answers, the class results show it."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiohttp
import pytest
from classroom_helpers import open_page, unlock
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise.learning import live
from duewise.ui.classroom.live import network

pytestmark = pytest.mark.usefixtures("fast_pin_hash")


def _phone(url: str, code: str) -> int:
    async def go() -> int:
        async with aiohttp.ClientSession() as client:
            async with client.post(url + "api/join", json={"code": code, "name": "Lin"}) as r:
                token = (await r.json())["token"]
            async with client.get(url + "api/state", headers={"X-Live-Token": token}) as r:
                view = await r.json()
            question = view["question"]
            answer = {
                "single": {"choice": 0},
                "multiple": {"choices": [0]},
                "true_false": {"value": True},
                "numeric": {"text": "1"},
                "ordering": {"order": list(range(len(question["choices"])))},
            }[question["type"]]
            async with client.post(
                url + "api/answer",
                json={"question": question["id"], "answer": answer},
                headers={"X-Live-Token": token},
            ) as r:
                return r.status

    return asyncio.run(go())


def test_a_live_quiz_lands_in_the_class_results(build_window, tmp_path: Path, qtbot: QtBot):  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data")
    unlock(qtbot, page)
    panel = page.live_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    assert page.tools_tabs.tabText(page.tools_tabs.currentIndex()) == "Live quiz"
    panel.address_box.setCurrentIndex(panel.address_box.findData(network.LOOPBACK))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.join is not None
    qtbot.mouseClick(panel.run_view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.phase is live.Phase.OPEN)
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(_phone, panel.join.url, panel.join.code).result(15) == 200
    qtbot.waitUntil(lambda: "1 of 1 answered" in panel.run_view.count_label.text(), timeout=5000)
    with qtbot.waitSignal(panel.results_saved, timeout=5000):
        qtbot.mouseClick(panel.run_view.finish_button, Qt.MouseButton.LeftButton)
    results = page.results_panel
    assert results is not None
    assert [learner.name for learner in results.learners] == ["Lin"]
    qtbot.mouseClick(panel.run_view.stop_button, Qt.MouseButton.LeftButton)
    assert not panel.bridge.running
