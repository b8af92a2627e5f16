"""Live announcements reach the accessibility layer as Qt announcement events."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel

from duewise.ui.common import announce


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[QAccessibleEvent]:
    """Every event DueWise hands to ``QAccessible.updateAccessibility``, recorded (Qt passes
    them on to AT-SPI / UIA only when a screen reader is running)."""
    events: list = []

    def record(event: QAccessibleEvent) -> None:
        kind = event.type()
        message = event.message() if kind == QAccessible.Event.Announcement else ""
        politeness = event.politeness() if kind == QAccessible.Event.Announcement else None
        events.append((kind, event.object(), message, politeness))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return events


def test_feedback_is_announced_politely(qtbot, sent) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Right!")
    qtbot.addWidget(label)
    announce.announce(label, "Right:  the penalty is 0.05 % a day.\n")
    assert sent == [
        (
            QAccessible.Event.Announcement,
            label,
            "Right: the penalty is 0.05 % a day.",
            QAccessible.AnnouncementPoliteness.Polite,
        )
    ]


def test_errors_interrupt_and_empty_texts_say_nothing(qtbot, sent) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    announce.announce(label, "  ")
    announce.announce(label, "Amount: enter a number.", assertive=True)
    assert [(e[2], e[3]) for e in sent] == [
        ("Amount: enter a number.", QAccessible.AnnouncementPoliteness.Assertive)
    ]


def test_a_changing_total_is_said_once_when_typing_pauses(qtbot, sent) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    announcer = announce.Announcer(label, delay_ms=30)
    for total in ("Total ¥1", "Total ¥10", "Total ¥100"):
        announcer.say_later(total)
    assert sent == [] and announcer.pending()
    qtbot.waitUntil(lambda: not announcer.pending())
    assert [e[2] for e in sent] == ["Total ¥100"]
    announcer.say_later("Total ¥100")  # unchanged: not said again
    announcer.say_now()
    assert len(sent) == 1
