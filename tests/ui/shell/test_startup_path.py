"""What runs before the first paint: nothing that a bare PySide6 window does not need of Qt's
``Qt`` namespace.

PySide builds a Python enum type the first time a class's enums are used, and for the ``Qt``
namespace that is all ~95 of them at once (20–30 ms, a tenth of the start-up). Code on the start-up
path must leave it for after the first paint: no module-level ``Qt.…`` constants, no overload
(``QPainter.setPen``, ``QBrush(colour)``) that makes PySide look at Qt enums, no application-wide
Python event filter before the window is painted. The start-up benchmark
(``tests/benchmarks/test_bench_startup.py``) measures the time; this test keeps the path clean
without timing anything.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import first_paint

#: Records the name of every enum type created until the first paint; prints them at it.
RECORD = """
import enum, os
created = []
create = enum.EnumType._create_
def recording(cls, class_name, *args, **kwargs):
    created.append(class_name)
    return create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = recording
"""
REPORT = """
print(" ".join(created), flush=True)
os._exit(0)
"""

#: Enums of Qt's namespace, one from each corner of it.
QT_NAMESPACE = {"FocusReason", "AlignmentFlag", "WidgetAttribute", "ScrollBarPolicy", "PenStyle"}


def _created_before_first_paint(script: str, *args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return set(result.stdout.split())


@pytest.mark.parametrize(("language", "text_scale"), [("zh_CN", 100), ("en", 200)])
def test_the_first_paint_does_not_build_the_qt_namespace(
    tmp_path: Path, language: str, text_scale: int
) -> None:
    from duewise.storage import db, settings

    database, _ = db.open_database(tmp_path)
    settings.write(database, settings.WELCOME, "done")  # a returning user
    settings.write(database, settings.LANGUAGE, language)
    settings.write(database, settings.TEXT_SCALE, text_scale)  # 200 %: the labels wrap
    database.close()
    bare = _created_before_first_paint(first_paint.bare_window(REPORT, RECORD))
    app = _created_before_first_paint(first_paint.duewise(REPORT, RECORD), str(tmp_path))
    assert app, "the recorder saw no enum at all: it no longer records"
    assert QT_NAMESPACE & app <= QT_NAMESPACE & bare
