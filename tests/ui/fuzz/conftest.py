"""The GUI fuzz test's fixtures: the a11y tour's helpers, dialogs that never block, and the
number of cases run printed at the end of the session."""

from __future__ import annotations

import errno
import itertools
import os
import sys
from pathlib import Path

import pytest

# The page tour (``pages``, ``where``, ``settle``) is shared with the accessibility tests.
sys.path.insert(0, str(Path(__file__).parents[1] / "a11y"))

from fuzz_corpus import EXTRA, ISSUE, LONG, generated_texts
from fuzz_driver import fuzz_dialog
from fuzz_recorder import TALLY, Recorder
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)

from duewise.storage import teacher_pin
from duewise.ui.calculator.page import CalculatorPage
from duewise.ui.check.page import CheckPage
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.classroom.page import ClassroomPage
from duewise.ui.classroom.quiz_countdown import QApplicationBeep
from duewise.ui.learn.page import LearnPage
from duewise.ui.planner import dialogs as planner_dialogs
from duewise.ui.planner.page import PlannerPage
from duewise.ui.settings.page import SettingsPage

#: Names typed into "name this" dialogs (a scenario, a certificate): hostile, in turn.
HOSTILE_NAMES = (
    '=HYPERLINK("http://example.com","x")',
    "<img src=x onerror=alert(1)>",
    "../../etc/passwd",
    "'; DROP TABLE saved_items; --",
    "a" * 10_000,
    "\u202e\u200f名字",
    "",
    " ",
)


@pytest.fixture
def recorder(qtlog, caplog) -> Recorder:  # type: ignore[no-untyped-def]
    """Problems met during the test, each with the case that caused it."""
    made = Recorder(qtlog, caplog)
    with made.installed():
        yield made


@pytest.fixture
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch, recorder: Recorder) -> dict[str, int]:
    """Every page's dialog classmethod answers "cancel" (or a hostile name where a name is
    asked); a real modal dialog reaching ``exec()`` is recorded as a problem and cancelled."""
    asked: dict[str, int] = {}
    names = itertools.cycle(HOSTILE_NAMES)

    def answer(name: str, value):  # type: ignore[no-untyped-def]
        def stand_in(*_args, **_kwargs):  # type: ignore[no-untyped-def]
            asked[name] = asked.get(name, 0) + 1
            return value() if callable(value) else value

        return classmethod(stand_in)

    for cls, name, value in (
        (CalculatorPage, "ask_save_path", None),
        (CalculatorPage, "ask_text", lambda: next(names)),
        (CalculatorPage, "ask_choice", None),  # replaced below: the first saved scenario
        (PlannerPage, "ask_save_path", None),
        (PlannerPage, "ask_open_path", None),
        (ClassroomDialogs, "confirm", False),
        (ClassroomDialogs, "save_path", None),
        (ClassroomDialogs, "open_paths", []),
        (QApplicationBeep, "beep", None),
        (SettingsPage, "confirm_delete", False),
        (LearnPage, "choose_pack_folder", None),
        (LearnPage, "open_external", None),
        (CheckPage, "ask_certificate_path", None),
        (CheckPage, "ask_learner_name", lambda: next(names)),
    ):
        monkeypatch.setattr(cls, name, answer(f"{cls.__name__}.{name}", value))

    def first_choice(cls, parent, title, label, items):  # type: ignore[no-untyped-def]
        asked["CalculatorPage.ask_choice"] = asked.get("CalculatorPage.ask_choice", 0) + 1
        return items[0] if items else None

    monkeypatch.setattr(CalculatorPage, "ask_choice", classmethod(first_choice))

    def blocked(what: str, value):  # type: ignore[no-untyped-def]
        def stand_in(*_args, **_kwargs):  # type: ignore[no-untyped-def]
            recorder.modal(what)
            return value

        return stand_in

    for cls, name, value in (
        (QDialog, "exec", QDialog.DialogCode.Rejected),
        (QMessageBox, "exec", QMessageBox.StandardButton.Cancel),
        (QFileDialog, "exec", QDialog.DialogCode.Rejected),
        (QInputDialog, "exec", QDialog.DialogCode.Rejected),
        (QMenu, "exec", None),
    ):
        monkeypatch.setattr(cls, name, blocked(f"{cls.__name__}.{name}()", value))
    for name in ("question", "information", "warning", "critical", "about", "aboutQt"):
        value = QMessageBox.StandardButton.Cancel
        monkeypatch.setattr(QMessageBox, name, staticmethod(blocked(f"QMessageBox.{name}", value)))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        result = ([], "") if name == "getOpenFileNames" else ("", "")
        monkeypatch.setattr(QFileDialog, name, staticmethod(blocked(f"QFileDialog.{name}", result)))
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(blocked("QFileDialog.getExistingDirectory", "")),
    )
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(
            QInputDialog, name, staticmethod(blocked(f"QInputDialog.{name}", ("", False)))
        )
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(blocked("QColorDialog", None)))
    monkeypatch.setattr(QFontDialog, "getFont", staticmethod(blocked("QFontDialog", None)))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(blocked("QDesktopServices.openUrl", False))
    )

    # The planner's two dialogs of its own are fuzzed as a user meets them (then cancelled,
    # unless the fuzz pressed their OK button).
    def preview(cls, parent, rows):  # type: ignore[no-untyped-def]
        asked["PlannerPage.confirm_import"] = asked.get("PlannerPage.confirm_import", 0) + 1
        dialog = planner_dialogs.ImportPreviewDialog(rows, parent)
        return fuzz_dialog(dialog) is QDialog.DialogCode.Accepted

    def payments(cls, parent, planned, currency, language):  # type: ignore[no-untyped-def]
        asked["PlannerPage.ask_payments"] = asked.get("PlannerPage.ask_payments", 0) + 1
        dialog = planner_dialogs.RecordPaymentsDialog(planned, currency, language, parent)
        accepted = fuzz_dialog(dialog) is QDialog.DialogCode.Accepted
        return dialog.amounts() if accepted else None

    monkeypatch.setattr(PlannerPage, "confirm_import", classmethod(preview))
    monkeypatch.setattr(PlannerPage, "ask_payments", classmethod(payments))
    # The live quiz never serves the network from a test: its start fails as on a busy port.
    from duewise.ui.classroom.live import server

    def port_in_use(self, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked["LiveServer.start"] = asked.get("LiveServer.start", 0) + 1
        raise OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE))

    monkeypatch.setattr(server.LiveServer, "start", port_in_use)
    monkeypatch.setattr(teacher_pin, "ITERATIONS", 1000)
    return asked


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The classroom lockout's clock, moved on by the test instead of waiting."""
    now = [1_000_000.0]
    monkeypatch.setattr(ClassroomPage, "now", classmethod(lambda cls: now[0]))
    return now


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """How many actions (a value typed, an entry picked, a box flipped, a button pressed …)
    the GUI fuzz test ran, of each kind, and its CPU time per configuration."""
    if not TALLY.cases:
        return
    total = sum(TALLY.cases.values())
    mode = "long (DUEWISE_FUZZ_LONG=1)" if LONG else "default"
    terminalreporter.write_sep("-", f"GUI fuzz ({mode} run): {total:,} actions")
    for kind, count in TALLY.cases.most_common():
        terminalreporter.write_line(f"  {kind}: {count:,}")
    for kind, count in TALLY.left.most_common():
        terminalreporter.write_line(f"  (not an action: {kind}: {count:,})")
    generated = len(generated_texts())
    values = len(ISSUE) + len(EXTRA) + generated
    terminalreporter.write_line(f"  hostile texts in the corpus: {values} ({generated} generated)")
    for config, seconds in TALLY.cpu_seconds.items():
        terminalreporter.write_line(f"  {config}: {seconds:.1f} CPU seconds")
