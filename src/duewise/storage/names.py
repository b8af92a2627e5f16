"""Names people type or import (learners, plans, debts): one line, and valid Unicode.

:func:`single_line` is the one normaliser for a name: whatever is pasted (a cell copied with its
line break, a tab, a control character), a name is one line of single spaces. :func:`check_text`
refuses text that cannot be stored or written at all: a lone surrogate (half of a UTF-16 pair),
which a JSON file can carry as ``"\\ud800"`` and which fails every encoder later.
"""

from __future__ import annotations

import unicodedata


class InvalidTextError(ValueError):
    """Text that is not valid Unicode; ``code`` is ``invalid_text``, ``params`` has ``field``."""

    def __init__(self, field: str) -> None:
        self.code = "invalid_text"
        self.params: dict[str, object] = {"field": field}
        super().__init__(f"{field}: not valid text (a broken character)")


def single_line(text: str) -> str:
    """``text`` as one line: line breaks, tabs and other control characters become spaces, runs
    of spaces become one, and the ends are trimmed.

    >>> single_line("  Card\\r\\n(ICBC)\\t\\u2028 2 ")
    'Card (ICBC) 2'
    """
    return " ".join(without_breaks(text).split())


def without_breaks(text: str) -> str:
    """``text`` with every line break, tab and control character turned into a space, and
    nothing else changed (for a field being typed in: the spaces the writer typed stay)."""
    if not any(unicodedata.category(c) == "Cc" or c in "\u2028\u2029" for c in text):
        return text
    return "".join(
        " " if unicodedata.category(c) == "Cc" or c in "\u2028\u2029" else c for c in text
    )


def is_valid_text(text: str) -> bool:
    """Whether ``text`` can be encoded as UTF-8 (it holds no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(text: str, field: str) -> str:
    """``text`` if it is valid Unicode.

    Raises:
        InvalidTextError: it holds a lone surrogate.
    """
    if not is_valid_text(text):
        raise InvalidTextError(field)
    return text
