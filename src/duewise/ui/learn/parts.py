"""What the panels of the Learn page share: constants and small helpers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from duewise.content.model import Lesson


READING_KIND = "reading"
LAST_KIND = "reading-last"
LAST_NAME = "last"
# After the page is first shown: the window's first paint (and `--exit-after-startup`) happen
# before the pack (a few hundred ms of parsing) is read, so start-up does not wait for it.
LOAD_DELAY_MS = 200
TITLE_LINE = re.compile(r"^\s*#\s[^\n]*\n+")


def number_text(value: int, language: str) -> str:
    from duewise import formatting  # babel: not needed before the first paint

    return formatting.number(value, language)


def percent_text(share: float, language: str) -> str:
    from decimal import Decimal

    from duewise import formatting

    return formatting.pct(Decimal(round(share * 100)), language, 0)


def plain_text(markdown: str) -> str:
    from duewise.ui.common.lesson_text import plain

    return plain(markdown)


def meta_text(lesson: Lesson, language: str) -> str:
    """``Beginner · 12 min`` in the interface language ``language``."""
    levels = {
        "beginner": QCoreApplication.translate("LearnPage", "Beginner"),
        "intermediate": QCoreApplication.translate("LearnPage", "Intermediate"),
        "advanced": QCoreApplication.translate("LearnPage", "Advanced"),
    }
    minutes = QCoreApplication.translate("LearnPage", "%1 min").replace(
        "%1", number_text(lesson.minutes, language)
    )
    return f"{levels.get(lesson.level.value, lesson.level.value)} · {minutes}"
