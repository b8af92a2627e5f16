"""Scenario choices ("What would you do?"): once the reader has chosen, every option says whether
it was a wise choice and why, with a symbol and words, and the chosen one says so; screen readers
hear it. A pack without verdicts still shows its outcomes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from pytestqt.qtbot import QtBot

from duewise.content.model import ChoiceBlock, ChoiceOption, ChoiceVerdict
from duewise.ui.common import contrast, theme
from duewise.ui.common.choice_block import LessonChoice
from duewise.ui.common.lesson_text import Glossary

BLOCK = ChoiceBlock(
    id="short",
    prompt="Your bill is 1,000 yuan and you have 300. What do you do?",
    options=(
        ChoiceOption(
            "Pay at least the minimum",
            "You are not overdue; the rest is still owed.",
            ChoiceVerdict.WISE,
            "Paying the minimum keeps the account current.",
        ),
        ChoiceOption(
            "Borrow elsewhere to pay it",
            "Current this month, but you owe a second lender.",
            ChoiceVerdict.MIXED,
            "The debt moves rather than shrinks.",
        ),
        ChoiceOption(
            "Wait for payday",
            "A **daily penalty** runs from the day after the due date.",
            ChoiceVerdict.UNWISE,
            "Even one day late is overdue.",
        ),
    ),
    line=1,
)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What DueWise announces (Qt passes it on to a screen reader when one runs)."""
    found: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            found.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return found


def _choice(qtbot: QtBot, block: ChoiceBlock) -> LessonChoice:
    choice = LessonChoice(block, Glossary())
    qtbot.addWidget(choice)
    choice.resize(700, 600)
    choice.show()
    qtbot.waitExposed(choice)
    return choice


def _shown(choice: LessonChoice) -> list[str]:
    return [label.text() if label.isVisible() else "" for label in choice.verdicts]


def test_after_choosing_every_option_says_whether_it_was_wise_and_why(
    qtbot: QtBot, said: list[str]
) -> None:
    choice = _choice(qtbot, BLOCK)
    assert _shown(choice) == ["", "", ""]  # nothing is given away before the reader chooses
    button = choice.buttons[2]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert _shown(choice) == [
        "✓ A wise choice: Paying the minimum keeps the account current.",
        "◐ Can work, with a catch: The debt moves rather than shrinks.",
        "Your choice. ✗ Not a wise choice: Even one day late is overdue.",
    ]
    assert choice.verdicts[2].property("role") == "error"  # colour as well as words
    assert choice.outcome.isVisible()
    assert choice.outcome.toPlainText().startswith("A daily penalty runs")
    descriptions = [b.accessibleDescription() for b in choice.buttons]
    assert descriptions == _shown(choice)
    assert said == [
        "What happens: A daily penalty runs from the day after the due date. "
        "✗ Not a wise choice: Even one day late is overdue."
    ]
    # Choosing again moves "Your choice" and the outcome, and says the new verdict.
    qtbot.keyClick(choice.buttons[0], Qt.Key.Key_Space)
    assert _shown(choice)[0].startswith("Your choice. ✓ A wise choice")
    assert not _shown(choice)[2].startswith("Your choice")
    assert said[-1] == (
        "What happens: You are not overdue; the rest is still owed. "
        "✓ A wise choice: Paying the minimum keeps the account current."
    )


def test_a_pack_without_verdicts_still_shows_its_outcome_only(
    qtbot: QtBot, said: list[str]
) -> None:
    old = ChoiceBlock(
        id="old",
        prompt="What do you do?",
        options=tuple(ChoiceOption(o.label, o.outcome) for o in BLOCK.options),
        line=1,
    )
    choice = _choice(qtbot, old)
    qtbot.keyClick(choice.buttons[1], Qt.Key.Key_Space)
    assert _shown(choice) == ["", "", ""]
    assert choice.outcome.isVisible()
    assert said == ["What happens: Current this month, but you owe a second lender."]
    assert choice.buttons[0].accessibleDescription() == "Choose this option"


def test_the_chosen_options_words_stay_readable_in_high_contrast(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    """High contrast fills a chosen button with yellow: its words turn black, not white."""
    theme.apply(qapp, "high_contrast", 100)
    try:
        choice = _choice(qtbot, BLOCK)
        qtbot.keyClick(choice.buttons[1], Qt.Key.Key_Space)
        scheme = theme.current()
        fill = scheme.colour(QPalette.ColorRole.Highlight)
        for button in choice.buttons:
            button.label.ensurePolished()
            ink = button.label.palette().color(button.label.foregroundRole()).name()
            behind = fill if button.isChecked() else scheme.colour(QPalette.ColorRole.Base)
            assert contrast.contrast_ratio(ink, behind) >= contrast.NORMAL_TEXT, button.text()
    finally:
        theme.apply(qapp, "light", 100)
