"""The flow layout (``ui/common/flow.py``) keeps working whatever PySide does with the Python
wrappers of its items.

Found by the GUI fuzz test (a segmentation fault): a lesson's "Open in calculator" built the
calculator page, and once the event loop deleted the window's "Opening…" stand-in, PySide had
invalidated the Python wrappers the flow layout kept of its items (their C++ items were alive).
The next layout pass called the layout's ``heightForWidth``, which raised "Internal C++ object
already deleted", and PySide crashed while reporting an error raised inside a layout override.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from duewise.ui.common.calculator_block import LessonCalculator
from duewise.ui.common.flow import FlowLayout


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_calculator_opened_from_a_lesson_still_lays_out_its_rows(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot, language: str
) -> None:
    _, window = build_window(tmp_path / "data", language)
    window.show()
    learn = window.show_page("learn")
    learn.ensure_loaded()
    learn.open_with({"lesson": "what-is-credit", "section": "on-time"})
    block = next(w for w in learn.reader.block_widgets if isinstance(w, LessonCalculator))
    block.open_button.click()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    page = window.page("calculator")
    flows = page.findChildren(FlowLayout)
    assert flows
    for flow in flows:
        assert flow.count() > 0
        assert flow.heightForWidth(240) > 0
        assert flow.sizeHint().width() > 0
        assert all(flow.itemAt(i).widget() is not None for i in range(flow.count()))
    inputs = page.remedies_panel.inputs
    assert inputs.months_spin.parentWidget() is inputs


def test_items_come_and_go_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    flow = FlowLayout()
    labels = [QLabel(f"part {i}", host) for i in range(4)]
    for label in labels:
        flow.addWidget(label)
    outer.addLayout(flow)
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == labels
    taken = flow.takeAt(1)
    assert taken is not None and taken.widget() is labels[1]
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == [labels[0], *labels[2:]]
    assert flow.itemAt(9) is None and flow.takeAt(-1) is None
    flow.removeWidget(labels[3])
    assert flow.count() == 2
    host.resize(80, 200)
    host.show()
    assert flow.heightForWidth(80) > flow.heightForWidth(800)
