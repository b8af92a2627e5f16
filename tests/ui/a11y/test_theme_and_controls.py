"""The high-contrast theme as a user picks it, controls that grow with the text, the focus ring's
colour, and a scenario's outcome announced."""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_tour import open_page, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontInfo, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import ChoiceBlock, ChoiceOption
from duewise.storage import settings
from duewise.ui.common import focus_ring, theme
from duewise.ui.common.choice_block import LessonChoice
from duewise.ui.common.lesson_text import Glossary


def test_high_contrast_is_chosen_kept_and_validated(
    build_window, qapp, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Settings → Theme → High contrast, by keyboard: black window, stored, and the next start
    comes up in it; an unknown stored theme still falls back to the default."""
    data = tmp_path / "data"
    context, window = build_window(data, "en")
    window.show()
    page = open_page(qapp, window, "settings")
    box = page.theme_box
    names = [box.itemText(i) for i in range(box.count())]
    assert "High contrast" in names
    box.setFocus(Qt.FocusReason.TabFocusReason)
    while box.currentData() != "high_contrast":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert context.theme == "high_contrast"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert settings.read(context.database, settings.THEME) == "high_contrast"
    ring = focus_ring.ring()
    assert ring is not None and ring.colour == theme.HIGH_CONTRAST.focus

    again, _ = build_window(data, "en")
    assert again.theme == "high_contrast"
    again.database.set_setting(settings.THEME.key, "neon")
    assert settings.read(again.database, settings.THEME) == "system"


@pytest.mark.parametrize("scale", [100, 200])
def test_indicators_arrows_icons_and_rows_grow_with_the_text(qapp, qtbot, scale) -> None:  # type: ignore[no-untyped-def]
    """Check-box and radio indicators, slider handles, spin and combo arrows and button icons
    are sized from the body text (Fusion keeps them at 13–16 px whatever the text)."""
    theme.apply(qapp, "light", scale)
    try:
        unit = QFontInfo(qapp.font()).pixelSize()
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        check, radio = QCheckBox("Remind me", host), QRadioButton("Monthly", host)
        slider, spin, combo = (
            QSlider(Qt.Orientation.Horizontal, host),
            QSpinBox(host),
            QComboBox(host),
        )
        combo.addItem("One")
        button = QPushButton("Save", host)
        table = QTableWidget(3, 2, host)
        for widget in (check, radio, slider, spin, combo, button, table):
            layout.addWidget(widget)
        host.show()
        settle(qapp, 3)
        for widget in (check, radio):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            element = (
                QStyle.SubElement.SE_CheckBoxIndicator
                if isinstance(widget, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonIndicator
            )
            indicator = widget.style().subElementRect(element, option, widget)
            assert indicator.width() >= 0.85 * unit, f"{type(widget).__name__} at {scale} %"
        assert slider.height() >= unit
        assert button.iconSize().width() >= unit
        assert table.rowHeight(0) >= QFontInfo(table.font()).pixelSize()
        assert spin.height() >= unit and combo.height() >= unit
    finally:
        theme.apply(qapp, "light", 100)


def test_a_scenario_choice_announces_what_follows(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        staticmethod(
            lambda e: (
                said.append(e.message()) if e.type() == QAccessible.Event.Announcement else None
            )
        ),
    )
    block = ChoiceBlock(
        id="c1",
        prompt="Your bill is due tomorrow. What do you do?",
        options=(
            ChoiceOption("Pay the minimum", "Interest keeps running on the rest."),
            ChoiceOption("Pay in full", "**No interest** at all."),
        ),
        line=1,
    )
    choice = LessonChoice(block, Glossary())
    qtbot.addWidget(choice)
    choice.show()
    choice.buttons[1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(choice.buttons[1], Qt.Key.Key_Space)
    assert said == ["What happens: No interest at all."]
