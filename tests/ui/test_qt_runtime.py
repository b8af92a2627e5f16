"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a void method; after
some thousands of calls (a few dozen language switches with a chart on screen) the interpreter
aborts with "none_dealloc". pyproject.toml excludes it; this test catches a binding that does it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_drop_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.resize(10, 10)
    assert sys.getrefcount(None) - before > -100
