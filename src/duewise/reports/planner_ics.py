"""Due dates of a repayment plan as an iCalendar (.ics) file, each with a reminder two days before.

Written with the maintained ``icalendar`` library (RFC 5545 folding, escaping and line endings are
easy to get subtly wrong by hand). Events are all-day on the due date; the alarm fires two days
before. UIDs are stable for the same plan, so re-importing updates events instead of duplicating.

Every text value is given to the library as ``vText``, which escapes line breaks, commas and
semicolons (RFC 5545 §3.3.11): a plan name such as ``"x\nEND:VCALENDAR"`` stays one property. (An
``X-`` property added as a plain string is *not* escaped; icalendar only ``assert``-s that it holds
no line break, which ``python -O`` drops.) The calendar name is one line anyway
(:func:`storage.names.single_line`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import icalendar

from duewise.storage import names
from duewise.storage.files import write_atomic

REMINDER_DAYS = 2


@dataclass(frozen=True)
class DueEvent:
    """One payment due: the date, a one-line summary and a longer description."""

    due: dt.date
    summary: str
    description: str
    key: str  # stable identity within the plan, e.g. "12-card"


def calendar_bytes(
    events: Sequence[DueEvent],
    *,
    calendar_name: str,
    reminder_text: str,
    stamp: dt.datetime,
) -> bytes:
    """The .ics file for ``events``.

    Args:
        events: the due dates.
        calendar_name: shown by calendar apps (``X-WR-CALNAME``).
        reminder_text: the alarm's description.
        stamp: ``DTSTAMP`` of every event (when the file was made, UTC).
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//DueWise//Repayment plan//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", icalendar.vText(names.single_line(calendar_name)))
    digest = hashlib.sha1(calendar_name.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    for event_data in events:
        event = icalendar.Event()
        event.add("uid", f"{digest}-{event_data.key}@duewise")
        event.add("dtstamp", stamp)
        event.add("dtstart", event_data.due)
        event.add("dtend", event_data.due + dt.timedelta(days=1))
        event.add("summary", icalendar.vText(event_data.summary))
        event.add("description", icalendar.vText(event_data.description))
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", icalendar.vText(reminder_text))
        alarm.add("trigger", dt.timedelta(days=-REMINDER_DAYS))
        event.add_component(alarm)
        calendar.add_component(event)
    text = calendar.to_ical().decode("utf-8", errors="replace")
    return text.encode("utf-8", errors="replace")


def write_calendar(
    path: Path,
    events: Sequence[DueEvent],
    *,
    calendar_name: str,
    reminder_text: str,
    stamp: dt.datetime | None = None,
) -> None:
    """Write the .ics file atomically (see :func:`calendar_bytes`).

    Raises:
        storage.files.FileWriteError: the file could not be written (the old one is unchanged).
    """
    when = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    write_atomic(
        path,
        calendar_bytes(
            events, calendar_name=calendar_name, reminder_text=reminder_text, stamp=when
        ),
    )
