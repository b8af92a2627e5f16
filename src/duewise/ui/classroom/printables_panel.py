"""Printables panel: pick a lesson, a document (handout, worksheet, answer key, teacher notes) and a
language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import Language, Pack
from duewise.ui.classroom import controls, printing
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.common import basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.export_runner import ExportRunner

KINDS = ("handout", "worksheet", "answer_key", "teacher_notes")


class PrintablesPanel(RetranslatingWidget):
    """Save a lesson handout, a quiz worksheet or its answer key as PDF.

    Signals:
        pdf_written(object): the PDF was written (its path).
        pdf_failed(str): writing failed (the reason).
    """

    pdf_written = Signal(object)
    pdf_failed = Signal(str)

    def __init__(
        self, pack: Pack, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.heading = basics.heading(2, card)
        self.explanation = basics.paragraph(card, muted=True)
        form = QFormLayout()
        self.lesson_box = controls.combo(card)
        self.kind_box = controls.combo(card)
        self.language_box = controls.language_combo(card, language())
        self.lesson_label = basics.paragraph(card)
        self.kind_label = basics.paragraph(card)
        self.language_label = basics.paragraph(card)
        for label, field in (
            (self.lesson_label, self.lesson_box),
            (self.kind_label, self.kind_box),
            (self.language_label, self.language_box),
        ):
            label.setWordWrap(False)
            label.setBuddy(field)
            form.addRow(label, field)
        self.save_button = QPushButton(card)
        self.progress = QProgressBar(card)
        self.progress.setRange(0, 0)  # busy: a PDF takes a fraction of a second to a few seconds
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = basics.paragraph(card)
        self.status.setObjectName("printStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.explanation)
        card_layout.addLayout(form)
        card_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self.progress)
        card_layout.addWidget(self.status)
        layout.addWidget(card)
        layout.addStretch(1)
        self.setTabOrder(self.lesson_box, self.kind_box)
        self.setTabOrder(self.kind_box, self.language_box)
        self.setTabOrder(self.language_box, self.save_button)
        self.export_runner = ExportRunner(
            self, buttons=(self.save_button,), progress=self.progress, reword=self.retranslate_ui
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.export_runner.written.connect(self.pdf_written)
        self.export_runner.failed.connect(self.pdf_failed)
        self.retranslate_ui()

    def document_language(self) -> Language:
        """The language chosen for the document."""
        return Language(self.language_box.currentData())

    def save(self) -> None:
        """Ask where, then write the chosen document on a worker thread."""
        lesson = self.pack.lesson(str(self.lesson_box.currentData()))
        if lesson is None:
            return
        kind = str(self.kind_box.currentData())
        language = self.document_language()
        printable = printing.documents(kind, lesson, self.pack, language)[0]
        suggested = Path.home() / printing.default_name(kind, lesson, language)
        path = ClassroomDialogs.save_path(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.export_runner.start(path, lambda target: printing.write(target, printable))

    def _on_save_button_clicked(self) -> None:
        self.save()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Printables"))
        self.explanation.setText(
            self.tr(
                "For classes without computers: any lesson as a handout, its quiz as a worksheet, "
                "a separate answer key that names the objective each question tests, and the "
                "lesson's teacher notes (plan, discussion, misconceptions, exit ticket). The "
                "choices are printed in a shuffled order; the key follows it. Choose the "
                "language of the paper, which can differ from the app's."
            )
        )
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_box.setAccessibleName(self.tr("Lesson to print"))
        ui_language = lesson_language(self._language())
        controls.fill_lessons(self.lesson_box, self.pack.lessons, ui_language)
        self.kind_label.setText(self.tr("&Document:"))
        self.kind_box.setAccessibleName(self.tr("Document to print"))
        kind = self.kind_box.currentIndex()
        self.kind_box.clear()
        names = (
            self.tr("Lesson handout"),
            self.tr("Quiz worksheet (no answers)"),
            self.tr("Answer key with objectives"),
            self.tr("Teacher notes"),
        )
        for value, name in zip(KINDS, names, strict=True):
            self.kind_box.addItem(name, value)
        self.kind_box.setCurrentIndex(max(kind, 0))
        self.language_label.setText(self.tr("Language of the &paper:"))
        self.language_box.setAccessibleName(self.tr("Language of the document"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the document as PDF"))
        self.progress.setAccessibleName(self.tr("Writing the PDF"))
        self.status.setText(
            self.export_runner.text(
                {
                    "writing": self.tr("Writing %1 …"),
                    "written": self.tr("Saved as %1"),
                    "failed": self.tr("Could not write the PDF: %1"),
                }
            )
        )
