"""Exports that others open: no spreadsheet formula from a learner's name, a calendar that a line
break in a plan name cannot break (also under ``python -O``), and PDFs that never replace a good
file with half a one."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import os
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest

from duewise.reports import csv_writer, planner_ics
from duewise.storage import files

# The 16 cells of issue #15 and more: each must reach the spreadsheet as text.
HOSTILE_CELLS = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "=1+2",
    "-2+3",
    "=cmd|'/C calc'!A0",
    "+1",
    "-",
    "@",
    "\t=1+1",
    "\r=1+1",
    "=",
    "==",
    '=IMPORTXML("http://x", "//a")',
    "@A1",
    "-1+1",
    "\x00=1",
]


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("cell", HOSTILE_CELLS)
def test_a_cell_that_a_spreadsheet_would_run_is_written_as_text(cell: str) -> None:
    text = csv_writer.to_csv_text(["name", "score"], [[cell, Decimal("0.5")]])
    written = _cells(text)[1][0]
    assert written == "'" + cell
    assert csv_writer.spreadsheet_cell(cell) == "'" + cell


def test_numbers_stay_numbers_even_negative_ones() -> None:
    row = [Decimal("-12.50"), -3, 7, Decimal("1234.50"), 2.5, None, "2026-01-31", "Lin"]
    assert _cells(csv_writer.to_csv_text(["h"] * 8, [row]))[1] == [
        "-12.50",
        "-3",
        "7",
        "1234.50",
        "2.5",
        "",
        "2026-01-31",
        "Lin",
    ]


def test_headers_are_sanitised_too() -> None:
    assert _cells(csv_writer.to_csv_text(["=evil"], []))[0] == ["'=evil"]


def test_every_csv_the_app_writes_goes_through_the_one_writer() -> None:
    """No other module makes a csv.writer: the sanitising cannot be bypassed."""
    source = Path(csv_writer.__file__).parents[1]
    users = sorted(
        str(path.relative_to(source))
        for path in source.rglob("*.py")
        if "csv.writer(" in path.read_text(encoding="utf-8")
    )
    assert users == ["reports/csv_writer.py"]


def test_a_name_with_a_lone_surrogate_does_not_fail_the_export(tmp_path: Path) -> None:
    target = tmp_path / "class.csv"
    csv_writer.write_csv(target, ["name"], [["Lin\ud800"]])
    assert target.read_bytes().decode("utf-8-sig").splitlines()[1] == "Lin?"


# ---- .ics -----------------------------------------------------------------------------------


def _calendar(name: str, summary: str = "Pay the card") -> bytes:
    events = [planner_ics.DueEvent(dt.date(2026, 4, 10), summary, "CNY 500\nsecond line", "1-c")]
    stamp = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    return planner_ics.calendar_bytes(
        events, calendar_name=name, reminder_text="Due in 2 days", stamp=stamp
    )


EVIL_NAME = "My plan\r\nEND:VCALENDAR\nX-EVIL:1\rBEGIN:VEVENT"


def test_a_plan_name_with_line_breaks_cannot_break_the_calendar() -> None:
    data = _calendar(EVIL_NAME, summary="card\nEND:VEVENT")
    lines = data.decode("utf-8").split("\r\n")
    assert lines.count("END:VCALENDAR") == 1
    assert not any(line.startswith("X-EVIL") for line in lines)
    parsed = icalendar.Calendar.from_ical(data)
    assert str(parsed["X-WR-CALNAME"]) == "My plan END:VCALENDAR X-EVIL:1 BEGIN:VEVENT"
    events = list(parsed.walk("VEVENT"))
    assert len(events) == 1 and str(events[0]["SUMMARY"]) == "card\nEND:VEVENT"


def test_the_calendar_is_safe_without_asserts(tmp_path: Path) -> None:
    """``python -O`` drops icalendar's asserts: the escaping must not depend on them."""
    script = (
        "import datetime as dt, sys\n"
        "from duewise.reports import planner_ics\n"
        "e = [planner_ics.DueEvent(dt.date(2026, 4, 10), 'a\\nEND:VEVENT', 'd', 'k')]\n"
        f"data = planner_ics.calendar_bytes(e, calendar_name={EVIL_NAME!r}, reminder_text='r',"
        " stamp=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))\n"
        "sys.stdout.buffer.write(data)\n"
    )
    done = subprocess.run([sys.executable, "-O", "-c", script], capture_output=True, check=True)
    lines = done.stdout.decode("utf-8").split("\r\n")
    assert lines.count("END:VCALENDAR") == 1
    assert lines.count("BEGIN:VEVENT") == 1
    assert not any(line.startswith("X-EVIL") for line in lines)


# ---- files follow the umask -------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_exports_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        csv_writer.write_csv(tmp_path / "a.csv", ["h"], [[1]])
        planner_ics.write_calendar(
            tmp_path / "a.ics", [], calendar_name="p", reminder_text="r", stamp=None
        )
    finally:
        os.umask(old)
    for name in ("a.csv", "a.ics"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_a_full_disk_keeps_the_old_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.csv"
    target.write_text("good", encoding="utf-8")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(files.FileWriteError) as caught:
        csv_writer.write_csv(target, ["h"], [[1]])
    assert caught.value.code == "disk_full"
    assert target.read_text(encoding="utf-8") == "good"


# ---- PDFs (Qt) ------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and permissions")
def test_a_pdf_never_follows_a_link_planted_at_its_old_temporary_name(
    qapp,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from duewise.reports import pdf

    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (tmp_path / ".worksheet.pdf.tmp").symlink_to(victim)
    old = os.umask(0o022)
    try:
        pdf.write_pdf(tmp_path / "worksheet.pdf", "<h1>Quiz</h1>", title="t")
    finally:
        os.umask(old)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (tmp_path / "worksheet.pdf").read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE((tmp_path / "worksheet.pdf").stat().st_mode) == 0o644


def test_a_pdf_on_a_full_disk_keeps_the_old_file(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from duewise.reports import pdf

    target = tmp_path / "plan.pdf"
    target.write_bytes(b"%PDF the good old one")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(files.FileWriteError) as caught:
        pdf.write_pdf(target, "<p>new</p>", title="t")
    assert caught.value.code == "disk_full"
    assert target.read_bytes() == b"%PDF the good old one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]
