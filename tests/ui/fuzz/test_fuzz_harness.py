"""The GUI fuzz test's own checks: on a small form with planted faults, the fuzzer finds each
one, names the case that caused it, and leaves skipped buttons alone."""

from __future__ import annotations

import logging

import pytest
from fuzz_driver import Fuzzer
from fuzz_recorder import TALLY, Recorder
from fuzz_widgets import skipped
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class PlantedFaults(QWidget):
    """A form whose controls fail in each of the ways the fuzz test must catch."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.rate_edit = QLineEdit(self)
        self.rate_edit.textEdited.connect(self._on_rate_edit_text_edited)
        self.kind_box = QComboBox(self)
        self.kind_box.addItems(["a", "b", "c"])
        self.kind_box.activated.connect(self._on_kind_box_activated)
        self.warn_check = QCheckBox("warn", self)
        self.warn_check.toggled.connect(lambda on: on and qWarning("planted Qt warning"))
        self.ask_button = QPushButton("Ask", self)
        self.ask_button.clicked.connect(lambda: QMessageBox.question(self, "t", "q"))
        self.log_button = QPushButton("Log", self)
        self.log_button.clicked.connect(lambda: logging.getLogger("planted").error("planted"))
        self.delete_button = QPushButton("Delete everything", self)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.deleted = False
        self.table = QTableWidget(1, 1, self)
        self.table.setItem(0, 0, QTableWidgetItem("1"))
        self.table.itemChanged.connect(self._on_table_item_changed)
        for widget in (
            self.rate_edit,
            self.kind_box,
            self.warn_check,
            self.ask_button,
            self.log_button,
            self.delete_button,
            self.table,
        ):
            layout.addWidget(widget)

    def _on_rate_edit_text_edited(self, text: str) -> None:
        if text == "1e400":
            raise OverflowError("planted: a rate the engine cannot take")

    def _on_kind_box_activated(self, index: int) -> None:
        if index == 2:
            raise KeyError("planted: entry c")

    def _on_delete_button_clicked(self) -> None:
        self.deleted = True

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.text() == "NaN":
            raise ValueError("planted: NaN in a cell")


@pytest.mark.qt_no_exception_capture  # the recorder is under test here, not the app
@pytest.mark.qt_log_level_fail("NO")
def test_every_planted_fault_is_found_with_its_case(  # type: ignore[no-untyped-def]
    qapp, qtbot, recorder: Recorder, no_blocking_dialogs
) -> None:
    form = PlantedFaults()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    counted, left = TALLY.cases.copy(), TALLY.left.copy()
    for config_index in range(4):  # the values are dealt out between the configurations
        Fuzzer(qapp, form, recorder, config_index, lambda: False).sweep(form, "planted")
    TALLY.cases, TALLY.left = counted, left  # the actions reported at the end are the app's
    found = {(p.kind, p.detail.strip().splitlines()[-1]) for p in recorder.problems}
    assert ("exception", "OverflowError: planted: a rate the engine cannot take") in found
    assert ("exception", "KeyError: 'planted: entry c'") in found
    assert ("exception", "ValueError: planted: NaN in a cell") in found
    assert ("Qt warning", "planted Qt warning") in found
    assert ("modal dialog", "QMessageBox.question was called") in found
    assert ("error log", "planted: planted") in found
    cases = {p.detail.strip().splitlines()[-1]: p.case for p in recorder.problems}
    assert cases["OverflowError: planted: a rate the engine cannot take"].endswith(
        "PlantedFaults.rate_edit ← typed '1e400'"
    )
    assert "PlantedFaults.kind_box ← entry 2" in cases["KeyError: 'planted: entry c'"]
    assert "PlantedFaults.table cell (0, 0) ← 'NaN'" in cases["ValueError: planted: NaN in a cell"]
    assert not form.deleted  # "Delete everything" is on the skip list
    recorder.problems.clear()


@pytest.mark.parametrize(
    ("place", "text", "skip"),
    [
        ("duewise.ui.settings.page:SettingsPage.delete_button", "Delete &all data…", True),
        ("duewise.ui.calculator.page:CalculatorPage.csv_button", "CSV", True),
        ("duewise.ui.classroom.page:ClassroomPage.lock_button", "&Lock now", False),
        ("PySide6.QtWidgets:QPushButton", "导出我的结果…", True),
        ("PySide6.QtWidgets:QPushButton", "删除这位学习者", True),
        ("duewise.ui.planner.page:PlannerPage.clear_example_button", "Start with my own", True),
        ("duewise.ui.classroom.live.setup_view:LiveSetupView.start_button", "Start", False),
        ("duewise.ui.classroom.live.run_view:LiveRunView.stop_button", "Stop serving", True),
        ("duewise.ui.classroom.quiz_setup:QuizSetupView.start_button", "&Start the quiz", False),
        ("duewise.ui.planner.page:PlannerPage.add_button", "&Add debt", False),
        ("duewise.ui.planner.page:PlannerPage.import_button", "&Import CSV…", False),
        ("duewise.ui.calculator.page:CalculatorPage.save_button", "Save scenario…", True),
        ("duewise.ui.calculator.page:CalculatorPage.open_button", "Open scenario…", False),
        ("duewise.ui.classroom.lock_panel:TeacherLockPanel.reset_button", "Remove the PIN", True),
        ("duewise.ui.shell.font_banner:FontBanner.close_button", "×", True),
    ],
)
def test_the_skip_list(qtbot, place: str, text: str, skip: bool) -> None:  # type: ignore[no-untyped-def]
    button = QPushButton(text)
    qtbot.addWidget(button)
    assert skipped(button, place) is skip
