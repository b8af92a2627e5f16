"""The live quiz's set-up form: which questions, which network, the scoreboard and teams, the
class list; and the offer to resume an interrupted quiz.

Only the form: :class:`~duewise.ui.classroom.live.panel.LivePanel` starts, resumes and runs the
session, and shows these widgets under its own names (:attr:`LiveSetupView.SHARED`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import Language, Pack
from duewise.learning import live, quiz
from duewise.ui.classroom.live import network
from duewise.ui.classroom.live.projector import plain_label

SOURCES = (live.QuizSource.LESSON, live.QuizSource.DIAGNOSTIC, live.QuizSource.FINAL,
           live.QuizSource.CUSTOM)  # fmt: skip
TEAMS = {
    "zh_CN": "熊猫, 仙鹤, 老虎, 海豚",
    "en": "Pandas, Cranes, Tigers, Dolphins",
}


class LiveSetupView(QWidget):
    """The choices for a new live quiz (the panel connects the buttons)."""

    #: The widgets the panel shows under its own name (``panel.source_box`` …).
    SHARED = (
        "intro resume_box resume_label resume_button discard_button source_box lesson_box "
        "custom_list address_box board_box teams_edit class_list_check setup_error start_button"
    )

    def __init__(
        self, pack: Pack, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._language = language
        self.interfaces: list[network.Interface] = []
        layout = QVBoxLayout(self)
        self.intro = plain_label(self)
        layout.addWidget(self.intro)
        self.resume_box = QWidget(self)
        resume = QHBoxLayout(self.resume_box)
        resume.setContentsMargins(0, 0, 0, 0)
        self.resume_label = plain_label(self.resume_box)
        self.resume_button = QPushButton(self.resume_box)
        self.discard_button = QPushButton(self.resume_box)
        resume.addWidget(self.resume_label, 1)
        resume.addWidget(self.resume_button)
        resume.addWidget(self.discard_button)
        layout.addWidget(self.resume_box)
        form = QFormLayout()
        self.source_label, self.source_box = QLabel(self), QComboBox(self)
        self.lesson_label, self.lesson_box = QLabel(self), QComboBox(self)
        self.custom_label = QLabel(self)
        self.custom_list = QListWidget(self)
        self.custom_list.setMinimumHeight(160)
        self.address_label = QLabel(self)
        self.address_box = QComboBox(self)
        self.board_label, self.board_box = QLabel(self), QComboBox(self)
        self.teams_label, self.teams_edit = QLabel(self), QLineEdit(self)
        self.class_list_check = QCheckBox(self)
        self.class_list_check.setChecked(True)
        for label, field in (
            (self.source_label, self.source_box),
            (self.lesson_label, self.lesson_box),
            (self.custom_label, self.custom_list),
            (self.address_label, self.address_box),
            (self.board_label, self.board_box),
            (self.teams_label, self.teams_edit),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.class_list_check)
        layout.addLayout(form)
        self.setup_error = plain_label(self, "error")
        self.setup_error.setProperty("role", "error")
        layout.addWidget(self.setup_error)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.source_box.currentIndexChanged.connect(self._on_source_box_changed)

    @property
    def language(self) -> Language:
        """The lesson language (the interface language)."""
        return Language.ZH if self._language() == "zh_CN" else Language.EN

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the panel calls it on a language change)."""
        self.intro.setText(
            self.tr(
                "Students answer on their own phones or laptops over this room's network: "
                "nothing goes to the internet and nobody needs an account. DueWise serves a "
                "small page only while the quiz runs; every answer lands in the class results."
            )
        )
        self.source_label.setText(self.tr("&Questions:"))
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.custom_label.setText(self.tr("C&hoose questions:"))
        self.address_label.setText(self.tr("&Network:"))
        self.board_label.setText(self.tr("&Scoreboard:"))
        self.teams_label.setText(self.tr("&Teams:"))
        self.teams_edit.setPlaceholderText(TEAMS.get(self._language(), TEAMS["en"]))
        self.teams_edit.setAccessibleName(self.tr("Team names, separated by commas"))
        self.class_list_check.setText(self.tr("Students may pick their name from the class list"))
        self.start_button.setText(self.tr("Start the live quiz"))
        self.resume_button.setText(self.tr("Resume"))
        self.discard_button.setText(self.tr("Discard"))
        self.fill_boxes()

    def fill_boxes(self) -> None:
        """Fill the lists (the pack's lessons and questions, the networks) keeping the choices."""
        source = self.source_box.currentIndex()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        words = {
            live.QuizSource.LESSON: self.tr("A lesson's quiz"),
            live.QuizSource.DIAGNOSTIC: self.tr("The diagnostic test (before the course)"),
            live.QuizSource.FINAL: self.tr("The final test (after the course)"),
            live.QuizSource.CUSTOM: self.tr("Questions I choose"),
        }
        for kind in SOURCES:
            self.source_box.addItem(words[kind], kind.value)
        self.source_box.setCurrentIndex(max(0, source))
        self.source_box.blockSignals(False)
        lesson = self.lesson_box.currentIndex()
        self.lesson_box.clear()
        for item in self.pack.lessons:
            if item.questions:
                self.lesson_box.addItem(item.title.get(self.language), item.id)
        self.lesson_box.setCurrentIndex(max(0, lesson))
        checked = self.checked_ids()
        self.custom_list.clear()
        for question in self.pack.questions:
            if question.answer is None:
                continue
            item = QListWidgetItem(question.prompt.get(self.language), self.custom_list)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if question.id in checked else Qt.CheckState.Unchecked
            )
        board = self.board_box.currentIndex()
        self.board_box.clear()
        self.board_box.addItem(self.tr("None"), "")
        self.board_box.addItem(self.tr("By name"), "names")
        self.board_box.addItem(self.tr("By team"), "teams")
        self.board_box.setCurrentIndex(max(0, board))
        self.fill_addresses()
        self._on_source_box_changed()

    def fill_addresses(self) -> None:
        """List :attr:`interfaces` (keeping the one chosen)."""
        current = self.address_box.currentData()
        self.address_box.clear()
        for interface in self.interfaces:
            if interface.address == network.LOOPBACK:
                text = self.tr("This computer only (%1)").replace("%1", interface.address)
            else:
                text = f"{interface.name}: {interface.address}"
            self.address_box.addItem(text, interface.address)
        index = self.address_box.findData(current)
        self.address_box.setCurrentIndex(max(0, index))

    def host(self) -> str:
        """The address chosen to serve on."""
        return str(self.address_box.currentData() or network.LOOPBACK)

    def checked_ids(self) -> list[str]:
        """The questions ticked in the custom list."""
        ids: list[str] = []
        for row in range(self.custom_list.count()):
            item = self.custom_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _on_source_box_changed(self) -> None:
        source = self.source_box.currentData()
        lesson = source == live.QuizSource.LESSON.value
        custom = source == live.QuizSource.CUSTOM.value
        for widget, shown in (
            (self.lesson_label, lesson),
            (self.lesson_box, lesson),
            (self.custom_label, custom),
            (self.custom_list, custom),
        ):
            widget.setVisible(shown)

    def question_ids(self) -> tuple[live.QuizSource, str, list[str]]:
        """What the setup asks for: the source, the lesson id and the question ids."""
        source = live.QuizSource(self.source_box.currentData() or live.QuizSource.LESSON.value)
        seed = secrets.randbits(32)
        if source is live.QuizSource.LESSON:
            lesson = self.pack.lesson(str(self.lesson_box.currentData() or ""))
            items = quiz.draw_lesson_quiz(lesson, seed) if lesson is not None else ()
            return source, lesson.id if lesson else "", [i.question_id for i in items]
        if source is live.QuizSource.CUSTOM:
            return source, "", self.checked_ids()
        kind = (
            quiz.QuizKind.DIAGNOSTIC
            if source is live.QuizSource.DIAGNOSTIC
            else quiz.QuizKind.FINAL
        )
        return source, "", [i.question_id for i in quiz.draw_assessment(self.pack, kind, seed)]

    def teams(self) -> list[str]:
        """The team names typed (or the default ones) when the scoreboard is by team."""
        if self.board_box.currentData() != "teams":
            return []
        text = self.teams_edit.text().strip() or self.teams_edit.placeholderText()
        names: list[str] = []
        for part in text.replace("，", ",").split(","):
            name = " ".join(part.split())
            if name and name not in names:
                names.append(name[: live.MAX_NAME])
        return names[: live.MAX_TEAMS]
