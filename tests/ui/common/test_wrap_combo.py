"""The wrapping combo box: a long current choice wraps in its field and the box grows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from duewise.ui.common.wrap_combo import WrapComboBox

LONG = "9. Collections: what happens and how to protect yourself — mastery 0%"


def _box(qtbot: QtBot, width: int) -> WrapComboBox:
    box = WrapComboBox()
    qtbot.addWidget(box)
    box.addItems(["1. What credit is", LONG, "12. 案例：小林的白条，从逾期到走出来 — 掌握度 0%"])
    box.resize(width, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    return box


def _fits(box: WrapComboBox) -> bool:
    field = box.field()
    needed = box.text_size(field.width())
    return needed.width() <= field.width() and needed.height() <= field.height()


def test_a_long_choice_wraps_and_the_box_grows(qtbot: QtBot) -> None:
    box = _box(qtbot, 260)
    one_line = box.minimumHeight()
    box.setCurrentIndex(1)
    assert box.minimumHeight() > one_line
    box.resize(260, box.minimumHeight())
    assert _fits(box)
    assert box.grab().width() == box.width()  # it paints


def test_a_short_choice_keeps_one_line(qtbot: QtBot) -> None:
    box = _box(qtbot, 400)
    box.setCurrentIndex(1)
    box.setCurrentIndex(0)
    assert box.minimumHeight() == box.minimumSizeHint().height()
    assert box.text_size(box.field().width()).height() == box.text_size(10_000).height()


def test_chinese_wraps_between_characters(qtbot: QtBot) -> None:
    box = _box(qtbot, 200)
    box.setCurrentIndex(2)
    box.resize(200, box.minimumHeight())
    assert _fits(box)
