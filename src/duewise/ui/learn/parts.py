"""What the parts of the Learn page share: constants and small helpers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


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
