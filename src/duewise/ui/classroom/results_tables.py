"""The class report as rows and text: the four tables (learners, lessons, objectives, hardest
questions), the one-file CSV and the PDF's HTML, in the interface language.

A mixin of :class:`~duewise.ui.classroom.results_panel.ClassResultsPanel`, which holds the
``pack``, the merged ``report`` and the ``learners``; texts are translated in its context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from duewise import formatting
from duewise.content.model import Language, Pack
from duewise.learning import class_report
from duewise.reports import csv_writer
from duewise.reports.pdf import escape
from duewise.storage import results_files
from duewise.ui.common import errors, learner_name


class ReportTables:
    """Rows and texts of the class report (shared by the tables, the CSV and the PDF)."""

    pack: Pack
    report: class_report.ClassReport | None
    learners: tuple[results_files.LearnerResults, ...]
    _language: Callable[[], str]

    @property
    def language(self) -> Language:  # pragma: no cover - the panel overrides it
        """The lesson language."""
        raise NotImplementedError

    # --- texts for ids ----------------------------------------------------------------------

    def lesson_title(self, lesson_id: str) -> str:
        """A lesson's title in the interface language (its id if unknown)."""
        lesson = self.pack.lesson(lesson_id)
        return lesson.title.get(self.language) if lesson else lesson_id

    def objective_text(self, objective_id: str) -> str:
        """An objective's words (its id if unknown)."""
        objective = self.pack.objectives.get(objective_id)
        return objective.text.get(self.language) if objective else objective_id

    def question_text(self, question_id: str) -> str:
        """A question's prompt (its id if unknown)."""
        question = next((q for q in self.pack.questions if q.id == question_id), None)
        return question.prompt.get(self.language) if question else question_id

    def problem_text(self, problem: results_files.FileProblem) -> str:
        """Why a file was skipped, in words."""
        return errors.file_problem(problem)

    # --- report rows (shared by the tables, CSV and PDF) ------------------------------------

    def _when(self, stamp: str) -> str:
        try:
            moment = dt.datetime.fromisoformat(stamp)
        except ValueError:
            return stamp
        lang = self._language()
        return f"{formatting.day(moment.date(), lang)} {moment:%H:%M}"

    def _pct(self, value: Decimal) -> str:
        return formatting.pct(value, self._language(), 1)

    def student_rows(self) -> list[list[str]]:
        """Name, answered, right, score, lessons."""
        lang = self._language()
        report = self.report
        return [
            [
                learner_name.shown(s.name),
                formatting.number(s.answered, lang),
                formatting.number(s.right, lang),
                self._pct(s.score_pct),
                formatting.number(s.lessons, lang),
            ]
            for s in (report.students if report else ())
        ]

    def lesson_rows(self) -> list[list[str]]:
        """Lesson, learners, answers, score."""
        lang = self._language()
        report = self.report
        return [
            [
                self.lesson_title(g.id),
                formatting.number(g.learners, lang),
                formatting.number(g.answered, lang),
                self._pct(g.score_pct),
            ]
            for g in (report.lessons if report else ())
        ]

    def objective_rows(self) -> list[list[str]]:
        """Objective, lesson, learners, answers, score."""
        lang = self._language()
        report = self.report
        return [
            [
                self.objective_text(g.id),
                self.lesson_title(g.lesson_id),
                formatting.number(g.learners, lang),
                formatting.number(g.answered, lang),
                self._pct(g.score_pct),
            ]
            for g in (report.objectives if report else ())
        ]

    def hardest_rows(self) -> list[list[str]]:
        """Question, lesson, answers, right, score."""
        lang = self._language()
        report = self.report
        return [
            [
                self.question_text(q.question_id),
                self.lesson_title(q.lesson_id),
                formatting.number(q.answered, lang),
                self._pct(q.right_pct),
                self._pct(q.score_pct),
            ]
            for q in (report.hardest if report else ())
        ]

    def headers(self) -> dict[str, list[str]]:
        """The column titles of each table."""
        return {
            "students": [
                QCoreApplication.translate("ClassResultsPanel", "Learner"),
                QCoreApplication.translate("ClassResultsPanel", "Questions answered"),
                QCoreApplication.translate("ClassResultsPanel", "Fully right"),
                QCoreApplication.translate("ClassResultsPanel", "Mean score"),
                QCoreApplication.translate("ClassResultsPanel", "Lessons"),
            ],
            "lessons": [
                QCoreApplication.translate("ClassResultsPanel", "Lesson"),
                QCoreApplication.translate("ClassResultsPanel", "Learners"),
                QCoreApplication.translate("ClassResultsPanel", "Answers"),
                QCoreApplication.translate("ClassResultsPanel", "Mean score"),
            ],
            "objectives": [
                QCoreApplication.translate("ClassResultsPanel", "Objective"),
                QCoreApplication.translate("ClassResultsPanel", "Lesson"),
                QCoreApplication.translate("ClassResultsPanel", "Learners"),
                QCoreApplication.translate("ClassResultsPanel", "Answers"),
                QCoreApplication.translate("ClassResultsPanel", "Mean score"),
            ],
            "hardest": [
                QCoreApplication.translate("ClassResultsPanel", "Question"),
                QCoreApplication.translate("ClassResultsPanel", "Lesson"),
                QCoreApplication.translate("ClassResultsPanel", "Answers"),
                QCoreApplication.translate("ClassResultsPanel", "Fully right"),
                QCoreApplication.translate("ClassResultsPanel", "Mean score"),
            ],
        }

    # --- exports ----------------------------------------------------------------------------

    def csv_rows(self) -> tuple[list[str], list[list[object]]]:
        """One CSV of every table: a ``table`` column, then the table's own columns."""
        report = self.report
        header = [
            QCoreApplication.translate("ClassResultsPanel", "Table"),
            QCoreApplication.translate("ClassResultsPanel", "Id"),
            QCoreApplication.translate("ClassResultsPanel", "Name"),
            QCoreApplication.translate("ClassResultsPanel", "Lesson"),
            QCoreApplication.translate("ClassResultsPanel", "Learners"),
            QCoreApplication.translate("ClassResultsPanel", "Answers"),
            QCoreApplication.translate("ClassResultsPanel", "Fully right"),
            QCoreApplication.translate("ClassResultsPanel", "Mean score (%)"),
            QCoreApplication.translate("ClassResultsPanel", "Fully right (%)"),
        ]
        rows: list[list[object]] = []
        if report is None:
            return header, rows
        for s in report.students:
            rows.append(
                [
                    QCoreApplication.translate("ClassResultsPanel", "Learner"),
                    s.uid,
                    learner_name.shown(s.name),
                    s.lessons,
                    "",
                    s.answered,
                    s.right,
                    s.score_pct,
                    "",
                ]
            )
        for g in report.lessons:
            rows.append(
                [
                    QCoreApplication.translate("ClassResultsPanel", "Lesson"),
                    g.id,
                    self.lesson_title(g.id),
                    g.id,
                    g.learners,
                    g.answered,
                    g.right,
                    g.score_pct,
                    "",
                ]
            )
        for g in report.objectives:
            rows.append(
                [
                    QCoreApplication.translate("ClassResultsPanel", "Objective"),
                    g.id,
                    self.objective_text(g.id),
                    g.lesson_id,
                    g.learners,
                    g.answered,
                    g.right,
                    g.score_pct,
                    "",
                ]
            )
        for q in report.questions:
            rows.append(
                [
                    QCoreApplication.translate("ClassResultsPanel", "Question"),
                    q.question_id,
                    self.question_text(q.question_id),
                    q.lesson_id,
                    "",
                    q.answered,
                    q.right,
                    q.score_pct,
                    q.right_pct,
                ]
            )
        return header, rows

    def export_csv(self, path: Path) -> None:
        """Write the class report as CSV."""
        header, rows = self.csv_rows()
        csv_writer.write_csv(path, header, rows)

    def report_html(self) -> str:
        """The class report as HTML for the PDF (every value escaped)."""

        def table(header: list[str], rows: list[list[str]]) -> str:
            head = "".join(f"<th>{escape(h)}</th>" for h in header)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in rows
            )
            return f"<table width='100%'><tr>{head}</tr>{body}</table>"

        headers = self.headers()
        learners = len(self.learners)
        answers = self.report.answered if self.report else 0
        today = formatting.day(dt.date.today(), self._language())
        summary = (
            QCoreApplication.translate(
                "ClassResultsPanel",
                "%1 learners, %2 answers counted (each learner's latest answer per question).",
            )
            .replace("%1", str(learners))
            .replace("%2", str(answers))
        )
        title = escape(QCoreApplication.translate("ClassResultsPanel", "Class report"))
        learners_h = escape(QCoreApplication.translate("ClassResultsPanel", "Learners"))
        lessons_h = escape(QCoreApplication.translate("ClassResultsPanel", "Lessons"))
        objectives_h = escape(QCoreApplication.translate("ClassResultsPanel", "Objectives"))
        hardest_h = escape(QCoreApplication.translate("ClassResultsPanel", "Hardest questions"))
        return (
            f"<h1>{title}</h1><p class='muted'>{escape(today)} · {escape(summary)}</p>"
            f"<h2>{learners_h}</h2>{table(headers['students'], self.student_rows())}"
            f"<h2>{lessons_h}</h2>{table(headers['lessons'], self.lesson_rows())}"
            "<p><img src='lessons.png' width='600'/></p>"
            f"<h2>{objectives_h}</h2>{table(headers['objectives'], self.objective_rows())}"
            f"<h2>{hardest_h}</h2>{table(headers['hardest'], self.hardest_rows())}"
        )
