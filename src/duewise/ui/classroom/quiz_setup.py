"""The class quiz's set-up view: which lesson, how the class answers, the countdown, the screen,
and the saved quizzes (with their CSV export)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import Language, Lesson, Pack
from duewise.learning import classroom, quiz
from duewise.ui.classroom import controls
from duewise.ui.classroom.presenter import fill_screen_box
from duewise.ui.common import app_language, basics
from duewise.ui.common.basics import RetranslatingWidget


class QuizSetupView(RetranslatingWidget):
    """Choices for a new class quiz, and the list of saved ones (the panel connects the buttons)."""

    #: The widgets the panel shows under its own name (``panel.lesson_box`` …).
    SHARED = (
        "lesson_box mode_box teams_spin team_edits countdown_spin screen_box start_button "
        "setup_error saved_box saved_export_button saved_status"
    )

    def __init__(
        self, pack: Pack, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.setup_heading = basics.heading(2, card)
        self.setup_intro = basics.paragraph(card, muted=True)
        form = QFormLayout()
        self.lesson_box = controls.combo(card)
        self.mode_box = controls.combo(card)
        self.teams_spin = QSpinBox(card)
        self.teams_spin.setRange(2, classroom.MAX_TEAMS)
        self.teams_spin.setValue(4)
        # Team names: animals by default (never letters or numbers, which the class could take
        # for the answer options A, B, C …), worded in the interface language until edited.
        self.team_edits: list[QLineEdit] = []
        self._team_edited: list[bool] = []
        self.team_names_box = QWidget(card)
        team_grid = QGridLayout(self.team_names_box)
        team_grid.setContentsMargins(0, 0, 0, 0)
        for i in range(classroom.MAX_TEAMS):
            edit = QLineEdit(self.team_names_box)
            edit.setMaxLength(24)
            edit.textEdited.connect(lambda _text, i=i: self._on_team_edit_text_edited(i))
            team_grid.addWidget(edit, i // 4, i % 4)
            self.team_edits.append(edit)
            self._team_edited.append(False)
        self.countdown_spin = QSpinBox(card)
        self.countdown_spin.setRange(0, classroom.MAX_COUNTDOWN)
        self.countdown_spin.setSingleStep(5)
        self.countdown_spin.setValue(30)
        self.screen_box = controls.combo(card)
        self.screen_label = QLabel(card)
        self.lesson_label = QLabel(card)
        self.mode_label = QLabel(card)
        self.teams_label = QLabel(card)
        self.countdown_label = QLabel(card)
        self.team_names_label = QLabel(card)
        for label, field in (
            (self.lesson_label, self.lesson_box),
            (self.mode_label, self.mode_box),
            (self.teams_label, self.teams_spin),
            (self.team_names_label, self.team_names_box),
            (self.countdown_label, self.countdown_spin),
            (self.screen_label, self.screen_box),
        ):
            label.setBuddy(field if field is not self.team_names_box else self.team_edits[0])
            form.addRow(label, field)
        self.start_button = QPushButton(card)
        self.setup_error = basics.paragraph(card)
        self.setup_error.setProperty("role", "error")
        self.setup_error.hide()
        for widget in (self.setup_heading, self.setup_intro):
            card_layout.addWidget(widget)
        card_layout.addLayout(form)
        card_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self.setup_error)
        layout.addWidget(card)

        saved, saved_layout = basics.card(self)
        self.saved_heading = basics.heading(2, saved)
        self.saved_label = QLabel(saved)
        self.saved_box = controls.combo(saved)
        self.saved_label.setBuddy(self.saved_box)
        self.saved_export_button = QPushButton(saved)
        row = QHBoxLayout()
        row.addWidget(self.saved_label)
        row.addWidget(self.saved_box, 1)
        row.addWidget(self.saved_export_button)
        self.saved_status = basics.paragraph(saved, muted=True)
        saved_layout.addWidget(self.saved_heading)
        saved_layout.addLayout(row)
        saved_layout.addWidget(self.saved_status)
        layout.addWidget(saved)
        layout.addStretch(1)
        self.setTabOrder(self.lesson_box, self.mode_box)
        self.setTabOrder(self.mode_box, self.teams_spin)
        chain = [self.teams_spin, *self.team_edits, self.countdown_spin]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.setTabOrder(self.countdown_spin, self.screen_box)
        self.setTabOrder(self.screen_box, self.start_button)
        self.setTabOrder(self.start_button, self.saved_box)
        self.setTabOrder(self.saved_box, self.saved_export_button)
        self.mode_box.currentIndexChanged.connect(self.update_mode)
        self.teams_spin.valueChanged.connect(self.update_mode)

    @property
    def language(self) -> Language:
        """The language lesson text is shown in (the interface language)."""
        return app_language.lesson_language(self._language())

    def lessons(self) -> tuple[Lesson, ...]:
        """The lessons that have lesson-quiz questions."""
        return tuple(lesson for lesson in self.pack.lessons if quiz.lesson_quiz_questions(lesson))

    def fill_lesson_box(self) -> None:
        """List the lessons with questions, in the current language."""
        current = self.lesson_box.currentData()
        self.lesson_box.blockSignals(True)
        self.lesson_box.clear()
        for number, lesson in enumerate(self.lessons(), start=1):
            title = lesson.title.get(self.language)
            text = self.tr("%1. %2 (%3 questions)").replace("%1", str(number))
            count = len(quiz.lesson_quiz_questions(lesson))
            text = text.replace("%3", str(count)).replace("%2", title)
            self.lesson_box.addItem(text, lesson.id)
        index = self.lesson_box.findData(current)
        self.lesson_box.setCurrentIndex(max(index, 0))
        self.lesson_box.blockSignals(False)

    def update_mode(self) -> None:
        """Show the number of teams and their names only in team mode."""
        teams = self.mode_box.currentData() == classroom.QuizMode.TEAMS.value
        self.teams_label.setVisible(teams)
        self.teams_spin.setVisible(teams)
        self.team_names_label.setVisible(teams)
        self.team_names_box.setVisible(teams)
        for i, edit in enumerate(self.team_edits):
            edit.setVisible(i < self.teams_spin.value())

    def _on_team_edit_text_edited(self, index: int) -> None:
        self._team_edited[index] = True

    def team_names(self) -> list[str]:
        """The names of the teams taking part (as typed; checked when the quiz starts)."""
        return [edit.text() for edit in self.team_edits[: self.teams_spin.value()]]

    def set_team_name(self, index: int, name: str) -> None:
        """Name a team, as the teacher would type it."""
        self.team_edits[index].setText(name)
        self._team_edited[index] = True

    def default_team_names(self) -> tuple[str, ...]:
        """Animals, in the interface language."""
        return (
            self.tr("Pandas"),
            self.tr("Tigers"),
            self.tr("Eagles"),
            self.tr("Dolphins"),
            self.tr("Foxes"),
            self.tr("Rabbits"),
            self.tr("Owls"),
            self.tr("Horses"),
        )

    def saved_quiz_title(self, name: str) -> str:
        """A saved quiz as people name it: the lesson's title and the local date and time it was
        started (its stored key holds a UTC time stamp and the lesson id)."""
        parts = classroom.session_key_parts(name)
        if parts is None:
            return self.tr("Class quiz")
        started, lesson_id = parts
        lesson = self.pack.lesson(lesson_id)
        title = lesson.title.get(self.language) if lesson is not None else self.tr("Class quiz")
        local = started.astimezone() if started.tzinfo is not None else started
        when = f"{formatting.day(local.date(), self._language())} {local:%H:%M}"
        return self.tr("%1 · %2").replace("%1", title).replace("%2", when)

    def refresh_saved(self, names: list[str]) -> None:
        """List the saved class quizzes (by lesson title and local start time)."""
        self.saved_box.clear()
        for name in names:
            self.saved_box.addItem(self.saved_quiz_title(name), name)
        self.saved_export_button.setEnabled(bool(names))
        self.saved_box.setEnabled(bool(names))
        if not names:
            self.saved_status.setText(self.tr("No class quiz has been saved yet."))

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setup_heading.setText(self.tr("Class quiz"))
        self.setup_intro.setText(
            self.tr(
                "Show one question at a time on the projector. The class answers by raising "
                "hands or on paper; you type in how many chose each answer (or each team's "
                "points), then reveal the right answer, a chart of the answers and the "
                "explanation. Every quiz is saved and can be exported as CSV."
            )
        )
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_box.setAccessibleName(self.tr("Lesson whose quiz to run"))
        self.fill_lesson_box()
        self.mode_label.setText(self.tr("&How the class answers:"))
        self.mode_box.setAccessibleName(self.tr("How the class answers"))
        mode = self.mode_box.currentIndex()
        self.mode_box.blockSignals(True)
        self.mode_box.clear()
        self.mode_box.addItem(self.tr("Whole class: count hands per answer"), "class")
        self.mode_box.addItem(self.tr("Teams: enter points per team"), "teams")
        self.mode_box.setCurrentIndex(max(mode, 0))
        self.mode_box.blockSignals(False)
        self.teams_label.setText(self.tr("Number of &teams:"))
        self.teams_spin.setAccessibleName(self.tr("Number of teams"))
        self.team_names_label.setText(self.tr("Team &names:"))
        for i, (edit, name) in enumerate(
            zip(self.team_edits, self.default_team_names(), strict=True)
        ):
            if not self._team_edited[i]:
                edit.setText(name)
            edit.setAccessibleName(self.tr("Name of team %1").replace("%1", str(i + 1)))
        self.countdown_label.setText(self.tr("&Countdown per question:"))
        self.countdown_spin.setAccessibleName(self.tr("Countdown per question in seconds"))
        self.countdown_spin.setSuffix(self.tr(" s"))
        self.countdown_spin.setSpecialValueText(self.tr("Off"))
        self.screen_label.setText(self.tr("Full screen &on:"))
        self.screen_box.setAccessibleName(self.tr("Screen for the full-screen quiz"))
        fill_screen_box(self.screen_box)
        self.start_button.setText(self.tr("&Start the quiz"))
        self.start_button.setAccessibleName(self.tr("Start the class quiz"))
        self.update_mode()
        self.saved_heading.setText(self.tr("Saved class quizzes"))
        self.saved_label.setText(self.tr("&Quiz:"))
        self.saved_box.setAccessibleName(self.tr("Saved class quizzes"))
        self.saved_export_button.setText(self.tr("E&xport as CSV…"))
        self.saved_export_button.setAccessibleName(self.tr("Export the saved quiz as CSV"))
        for i in range(self.saved_box.count()):
            self.saved_box.setItemText(i, self.saved_quiz_title(str(self.saved_box.itemData(i))))
        if self.saved_box.count() == 0:
            self.saved_status.setText(self.tr("No class quiz has been saved yet."))
