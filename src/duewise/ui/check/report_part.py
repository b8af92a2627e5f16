"""The report after a quiz (per objective, what to study next) and the final's certificate.

Part of :class:`~duewise.ui.check.page.CheckPage` (a mixin: the page holds the widgets and
the state); texts are translated in the page's context.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.learning import quiz
from duewise.learning.quiz import QuizKind, ScoredAnswer
from duewise.reports import pdf
from duewise.storage import profiles
from duewise.storage.db import DEFAULT_PROFILE_NAME
from duewise.storage.quiz_store import Attempt
from duewise.ui.check.parts import certificate_html, percent_value
from duewise.ui.common import basics, errors
from duewise.ui.common.app_language import lesson_language


class ReportPart:
    """A part of the Check yourself page (see the module docstring)."""

    def _build_report(self) -> None:
        view = QWidget(self.views)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.report_title = basics.heading(2, view)
        self.report_total = QLabel(view)
        self.report_total.setObjectName("reportTotal")
        self.report_total.setProperty("role", "h2")
        self.report_total.setWordWrap(True)
        self.report_note = basics.paragraph(view, muted=True)
        self.study_heading = basics.paragraph(view)
        self.study_row = QHBoxLayout()
        self.study_buttons = [QPushButton(view) for _ in range(3)]
        for button in self.study_buttons:
            self.study_row.addWidget(button)
        self.study_row.addStretch(1)
        self.study_none = basics.paragraph(view, muted=True)
        self.lesson_table_heading = basics.paragraph(view)
        self.lesson_table = self._table(view, 2)
        self.objective_table_heading = basics.paragraph(view)
        self.objective_table = self._table(view, 4)
        actions = QHBoxLayout()
        self.back_button = QPushButton(view)
        self.report_certificate_button = QPushButton(view)
        actions.addWidget(self.back_button)
        actions.addWidget(self.report_certificate_button)
        actions.addStretch(1)
        for widget in (self.report_title, self.report_total, self.report_note):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.study_heading)
        layout.addLayout(self.study_row)
        layout.addWidget(self.study_none)
        for widget in (
            self.lesson_table_heading,
            self.lesson_table,
            self.objective_table_heading,
            self.objective_table,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.report_view = view
        self.views.addWidget(view)

    def _attempt_answers(self, attempt: Attempt) -> list[ScoredAnswer]:
        """Every asked question: unanswered ones (time ran out) count as 0."""
        answers = list(attempt.scored_answers())
        done = {a.position for a in attempt.answers}
        for position, item in enumerate(attempt.items):
            question = self.questions.get(item.question_id)
            if position not in done and question is not None:
                answers.append(
                    ScoredAnswer(question.id, question.objective, question.lesson_id, Fraction(0))
                )
        return answers

    def _report(self, attempt: Attempt) -> quiz.Report:
        return quiz.build_report(self._attempt_answers(attempt), self.pack)

    def _passed_final(self) -> tuple[Attempt, quiz.Report] | None:
        finals = self.store.attempts(self.context.profile_id, finished=True, kinds=[QuizKind.FINAL])
        for attempt in reversed(finals):
            if attempt.scored:
                report = self._report(attempt)
                if quiz.passed(report):
                    return attempt, report
        return None

    # --- views ---------------------------------------------------------------------------------

    def retranslate_report(self) -> None:
        """The report view's texts and tables."""
        attempt = self.report_attempt
        self.back_button.setText(QCoreApplication.translate("CheckPage", "Back to the overview"))
        self.report_certificate_button.setText(
            QCoreApplication.translate("CheckPage", "Save certificate (PDF)…")
        )
        self.lesson_table_heading.setText(
            QCoreApplication.translate("CheckPage", "Score per lesson")
        )
        self.objective_table_heading.setText(
            QCoreApplication.translate("CheckPage", "Score per objective")
        )
        self.study_heading.setText(QCoreApplication.translate("CheckPage", "What to study next"))
        self.lesson_table.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Score per lesson")
        )
        self.objective_table.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Score per objective")
        )
        if attempt is None or not self._data_ready():
            return
        lang = lesson_language(self._lang())
        report = self._report(attempt)
        self.report_title.setText(
            QCoreApplication.translate("CheckPage", "Results: %1").replace(
                "%1", self._kind_name(attempt)
            )
        )
        notes: list[str] = []
        if not attempt.scored:
            self.report_total.setText(
                QCoreApplication.translate("CheckPage", "Practice round: not scored.")
            )
        else:
            self.report_total.setText(
                QCoreApplication.translate("CheckPage", "Score: %1 of %2 points (%3)")
                .replace("%1", self._points(report.total.earned))
                .replace("%2", str(report.total.possible))
                .replace("%3", self._pct(report.total.fraction))
            )
        if self.time_ran_out:
            notes.append(
                QCoreApplication.translate(
                    "CheckPage", "Time ran out: questions not answered count as 0."
                )
            )
        before: quiz.Report | None = None
        is_final = attempt.kind is QuizKind.FINAL and attempt.scored
        if is_final:
            notes.append(
                QCoreApplication.translate("CheckPage", "Passed: you earned the certificate.")
                if quiz.passed(report)
                else QCoreApplication.translate(
                    "CheckPage",
                    "Not passed yet: %1 is needed. Study the lessons below and try again.",
                ).replace("%1", self._pct(quiz.PASS_MARK))
            )
            diagnostic = self.store.latest_finished(self.context.profile_id, QuizKind.DIAGNOSTIC)
            if diagnostic is not None:
                before = self._report(diagnostic)
                notes.append(
                    QCoreApplication.translate("CheckPage", "Diagnostic: %1 → final: %2.")
                    .replace("%1", self._pct(before.total.fraction))
                    .replace("%2", self._pct(report.total.fraction))
                )
            else:
                notes.append(
                    QCoreApplication.translate("CheckPage", "No diagnostic test to compare with.")
                )
        self.report_note.setText(self._sentence_gap().join(notes))
        self.report_note.setVisible(bool(notes))
        self.report_certificate_button.setVisible(is_final and quiz.passed(report))

        study = quiz.study_next(report, self.pack)
        for button, lesson_id in zip(self.study_buttons, [*study, None, None, None], strict=False):
            button.setVisible(lesson_id is not None)
            if lesson_id is not None:
                button.setText(self._lesson_title(lesson_id))
                button.setProperty("lessonId", lesson_id)
                button.setAccessibleName(
                    QCoreApplication.translate("CheckPage", "Open lesson %1").replace(
                        "%1", self._lesson_title(lesson_id)
                    )
                )
        self.study_none.setText(
            QCoreApplication.translate("CheckPage", "Nothing below %1: well done.").replace(
                "%1", self._pct(quiz.STUDY_MARK)
            )
            if not study
            else QCoreApplication.translate(
                "CheckPage", "These lessons hold your weakest objectives."
            )
        )

        self.lesson_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CheckPage", "Lesson"),
                QCoreApplication.translate("CheckPage", "Score"),
            ]
        )
        self.lesson_table.setRowCount(len(report.by_lesson))
        for row, tally in enumerate(report.by_lesson):
            self.lesson_table.setItem(row, 0, QTableWidgetItem(self._lesson_title(tally.key)))
            self.lesson_table.setItem(
                row,
                1,
                QTableWidgetItem(
                    f"{self._points(tally.earned)}/{tally.possible} · {self._pct(tally.fraction)}"
                ),
            )
        headers = [
            QCoreApplication.translate("CheckPage", "Objective"),
            QCoreApplication.translate("CheckPage", "Score"),
        ]
        headers += (
            [
                QCoreApplication.translate("CheckPage", "Diagnostic"),
                QCoreApplication.translate("CheckPage", "Change"),
            ]
            if before is not None
            else ["", ""]
        )
        self.objective_table.setHorizontalHeaderLabels(headers)
        self.objective_table.setColumnHidden(2, before is None)
        self.objective_table.setColumnHidden(3, before is None)
        changes = {c.key: c for c in quiz.growth(before, report)} if before is not None else {}
        self.objective_table.setRowCount(len(report.by_objective))
        for row, tally in enumerate(report.by_objective):
            objective = self.pack.objectives.get(tally.key)
            text = objective.text.get(lang) if objective is not None else tally.key
            cells = [text, self._pct(tally.fraction), "", ""]
            change = changes.get(tally.key)
            if change is not None:
                cells[2] = "" if change.before is None else self._pct(change.before)
                delta = change.delta
                if delta is not None:
                    sign = "+" if delta > 0 else "−" if delta < 0 else "±"
                    cells[3] = sign + self._pct(abs(delta))
            for column, cell in enumerate(cells):
                self.objective_table.setItem(row, column, QTableWidgetItem(cell))
        self._fit_table(self.lesson_table)
        self._fit_table(self.objective_table)

    # --- certificate ---------------------------------------------------------------------------

    def _certificate_name(self) -> str | None:
        """The learner's name for the certificate, asked once when the profile has none (the
        default learner): it is saved as the profile's name. ``None``: the learner cancelled."""
        names = dict(self.context.database.profiles())
        name = names.get(self.context.profile_id, "").strip()
        if name and name != DEFAULT_PROFILE_NAME:
            return name
        while True:
            given = self.ask_learner_name(
                self,
                QCoreApplication.translate("CheckPage", "Your name on the certificate"),
                QCoreApplication.translate(
                    "CheckPage", "Your name, as it should appear on the certificate:"
                ),
            )
            if given is None:
                return None
            try:
                profile = profiles.update_profile(
                    self.context.database, self.context.profile_id, name=given
                )
            except profiles.ProfileError as exc:
                self.status_text = errors.profile_message(exc.code, exc.params)
                self._fill_progress()
                self.report_note.setText(self.status_text)
                self.report_note.show()
                if exc.code in ("name_empty", "name_too_long", "name_taken", "name_invalid"):
                    continue
                return None
            self.context.profiles_changed.emit()  # e.g. the learner switcher shows the name
            return profile.name

    def _on_certificate_button_clicked(self) -> None:
        passed = self._passed_final()
        if passed is None:
            return
        attempt, report = passed
        name = self._certificate_name()
        if name is None:
            return
        suggested = Path.home() / "DueWise-certificate.pdf"
        path = self.ask_certificate_path(
            self, suggested, QCoreApplication.translate("CheckPage", "Save certificate")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        finished = (attempt.finished_at or attempt.started_at).date()
        html = certificate_html(
            name=name,
            score_zh=formatting.pct(percent_value(report.total.fraction), "zh_CN", 0),
            score_en=formatting.pct(percent_value(report.total.fraction), "en", 0),
            objectives=len(report.by_objective),
            lessons=len(report.by_lesson),
            date_zh=formatting.day(finished, "zh_CN"),
            date_en=formatting.day(finished, "en"),
        )
        try:
            pdf.write_pdf(path, html, title="明白账 DueWise — 结业证书 Certificate")
        except OSError as error:
            self.status_text = QCoreApplication.translate(
                "CheckPage", "Could not save the certificate: %1"
            ).replace("%1", errors.describe(error))
        else:
            self.status_text = QCoreApplication.translate("CheckPage", "Saved: %1").replace(
                "%1", str(path)
            )
        self._fill_progress()
        self.report_note.setText(self.status_text)
        self.report_note.show()

    # --- events --------------------------------------------------------------------------------
