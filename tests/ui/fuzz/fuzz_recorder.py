"""What the GUI fuzz test records: every Python exception (the event loop's, a thread's, an
unraisable one), Qt warning and error log record, each with the case that caused it, and the
tally of actions run."""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One failure: what (``kind``), during which case, and the evidence."""

    kind: str
    case: str
    detail: str


@dataclass
class Tally:
    """How many cases of each kind were run (over the whole module)."""

    cases: Counter[str] = field(default_factory=Counter)
    #: What the default run leaves to another configuration (done there instead).
    left: Counter[str] = field(default_factory=Counter)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    #: Controls that change the whole window's language or look (a theme, the text size):
    #: each change costs seconds, so the default run exercises each in one configuration.
    window_wide: set[str] = field(default_factory=set)


TALLY = Tally()


def _trace_key(exc: BaseException) -> str:
    """Where an exception was raised in DueWise's code (to report each distinct one once)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "duewise" in f.filename] or frames
    last = ours[-1] if ours else None
    place = f"{last.filename.split('src/')[-1]}:{last.lineno}" if last else "?"
    return f"{type(exc).__name__} at {place}"


class Recorder:
    """Collects problems, attributing each to the case in progress."""

    def __init__(self, qtlog, caplog) -> None:  # type: ignore[no-untyped-def]
        self.case = "building the window"
        self.problems: list[Problem] = []
        self._seen: set[tuple[str, str]] = set()
        self._qtlog = qtlog
        self._caplog = caplog
        self._qt_seen = 0
        self._log_seen = 0
        self._previous_hook = sys.excepthook

    # --- hooks ---------------------------------------------------------------------------------

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Catch exceptions reaching the event loop, unraisable ones and threads' ones."""
        previous = sys.excepthook, sys.unraisablehook, threading.excepthook
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        sys.unraisablehook = self._unraisablehook
        threading.excepthook = self._threading_hook
        self._caplog.set_level(logging.WARNING)
        try:
            yield
        finally:
            sys.excepthook, sys.unraisablehook, threading.excepthook = previous

    def _add(self, kind: str, key: str, detail: str) -> bool:
        if (kind, key) in self._seen:
            return False
        self._seen.add((kind, key))
        self.problems.append(Problem(kind, self.case, detail))
        return True

    def _excepthook(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(exc_type, exc, tb)[-6:])
        if self._add("exception", _trace_key(exc), text):
            # pytest-qt's capture sees each distinct exception once too (its report stays short).
            self._previous_hook(exc_type, exc, tb)

    def _unraisablehook(self, unraisable) -> None:  # type: ignore[no-untyped-def]
        exc = unraisable.exc_value
        text = f"{unraisable.err_msg}: {exc!r} in {unraisable.object!r}"
        self._add("unraisable", _trace_key(exc) if exc else text, text)

    def _threading_hook(self, args) -> None:  # type: ignore[no-untyped-def]
        exc = args.exc_value
        text = "".join(traceback.format_exception(args.exc_type, exc, args.exc_traceback)[-6:])
        self._add("thread exception", _trace_key(exc) if exc else text, text)

    def modal(self, what: str) -> None:
        """A real modal dialog was about to run (every dialog has a replaceable classmethod)."""
        self._add("modal dialog", what, f"{what} was called")

    # --- after each case -----------------------------------------------------------------------

    def check(self) -> None:
        """Record Qt warnings and error log records that appeared since the last check."""
        records = self._qtlog.records
        for record in records[self._qt_seen :]:
            if record.matches_level("WARNING") and not record.ignored:
                message = record.message
                self._add("Qt warning", re.sub(r"\d+", "N", message), message)
        self._qt_seen = len(records)
        logs = self._caplog.records
        for record in logs[self._log_seen :]:
            if record.levelno >= logging.ERROR:
                text = f"{record.name}: {record.getMessage()}"
                self._add("error log", f"{record.name}:{record.msg}", text)
        self._log_seen = len(logs)

    def report(self) -> str:
        lines = []
        for problem in self.problems:
            lines.append(f"--- {problem.kind} during: {problem.case}\n{problem.detail.rstrip()}")
        return "\n".join(lines)
