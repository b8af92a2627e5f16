"""A class quiz as a CSV table: one row per question and option (or team), for a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from duewise.content.model import Question
from duewise.learning import classroom
from duewise.reports import csv_writer


def write_session(
    path: Path,
    header: Sequence[str],
    *,
    session: classroom.ClassSession,
    questions: Mapping[str, Question],
    option_label: Callable[[Question, classroom.TallyOption], str],
    language: str,
) -> None:
    """Write ``session`` as CSV (columns: see :func:`duewise.learning.classroom.csv_rows`).

    ``header`` is the column titles in the interface language; ``option_label`` words an option
    as the screen does; ``language`` (``zh_CN`` or ``en``) picks the prompts' language.
    """
    rows = classroom.csv_rows(session, questions, option_label, language)
    csv_writer.write_csv(path, header, rows)
