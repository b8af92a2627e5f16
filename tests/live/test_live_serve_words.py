"""A live quiz that cannot be served says why in the teacher's language, through the one error
catalogue: never the system's English ``strerror`` ("Address already in use")."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from duewise.learning import bank
from duewise.storage import db
from duewise.ui.classroom.live import network, server
from duewise.ui.classroom.live.panel import LivePanel
from duewise.ui.common.language import LanguageManager

CJK = re.compile(r"[\u4e00-\u9fff]")
SYSTEM_WORDS = "words of the operating system"


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    manager = LanguageManager(qapp)
    yield manager
    manager.set_language("en")


def _panel(qtbot: QtBot, folder: Path, language: str) -> LivePanel:
    database, _ = db.open_database(folder)
    panel = LivePanel(database, bank.load_bank(), lambda: language)
    qtbot.addWidget(panel)
    panel.destroyed.connect(database.close)
    panel.show()
    return panel


@pytest.mark.parametrize(
    ("number", "english"),
    [
        (errno.EADDRINUSE, "Another program already uses this port"),
        (errno.EADDRNOTAVAIL, "This address is not on this computer any more"),
        (errno.EACCES, "This computer does not allow serving on this address"),
        (errno.ENETDOWN, "The network refused it (ENETDOWN)."),
    ],
)
def test_a_quiz_that_cannot_be_served_says_why(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path: Path, monkeypatch, languages, *, number: int, english: str
) -> None:
    def refuse(self, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(number, SYSTEM_WORDS)

    monkeypatch.setattr(server.LiveServer, "start", refuse)
    languages.set_language("en")
    panel = _panel(qtbot, tmp_path / "en", "en")
    assert not panel.start()
    text = panel.setup_error.text()
    assert text.startswith("The quiz could not be served on this address: ")
    assert english in text and SYSTEM_WORDS not in text
    languages.set_language("zh_CN")
    panel = _panel(qtbot, tmp_path / "zh", "zh_CN")
    assert not panel.start()
    text = panel.setup_error.text()
    assert CJK.search(text) and SYSTEM_WORDS not in text and "address" not in text


def test_resuming_on_an_address_in_use_says_why(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    panel = _panel(qtbot, tmp_path / "data", "en")
    panel.address_box.setCurrentIndex(panel.address_box.findData(network.LOOPBACK))
    assert panel.start()  # served on this computer only
    bridge = panel.bridge
    assert bridge is not None
    bridge.controller.server.stop()  # as if the app had died: nothing saved, nothing ended
    bridge.controller.server = None
    panel.refresh_setup()

    def busy(self, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EADDRINUSE, SYSTEM_WORDS)

    monkeypatch.setattr(server.LiveServer, "start", busy)
    assert not panel.resume()
    text = panel.setup_error.text()
    assert "Another program already uses this port" in text and SYSTEM_WORDS not in text
    bridge.close()
