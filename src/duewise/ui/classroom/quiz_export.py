"""The class quiz's CSV export: the column titles in the interface language, the file chooser, and
the status line (the rows and the writing are :mod:`duewise.reports.class_quiz_csv`'s).

Texts are translated in the ``ClassQuizPanel`` context, where the panel kept them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from duewise.content.model import Pack
from duewise.learning import classroom
from duewise.reports import class_quiz_csv
from duewise.ui.classroom import quiz_words
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.common import errors
from duewise.ui.common.app_language import lesson_language


def csv_header() -> list[str]:
    """The CSV columns in the interface language."""
    return [
        QCoreApplication.translate("ClassQuizPanel", "Question"),
        QCoreApplication.translate("ClassQuizPanel", "Question id"),
        QCoreApplication.translate("ClassQuizPanel", "Objective"),
        QCoreApplication.translate("ClassQuizPanel", "Prompt"),
        QCoreApplication.translate("ClassQuizPanel", "Option or team"),
        QCoreApplication.translate("ClassQuizPanel", "Count or points"),
        QCoreApplication.translate("ClassQuizPanel", "Right answer (1 = yes)"),
        QCoreApplication.translate("ClassQuizPanel", "Share (%)"),
    ]


def export_csv(session: classroom.ClassSession, pack: Pack, app_lang: str, path: Path) -> None:
    """Write ``session`` as CSV, options worded as on screen in ``app_lang``."""
    language = lesson_language(app_lang)
    class_quiz_csv.write_session(
        path,
        csv_header(),
        session=session,
        questions={q.id: q for q in pack.questions},
        option_label=lambda question, option: quiz_words.option_text(
            question,
            option,
            language,
            classroom.display_order(question, session.order_seed).index(
                classroom.tally_options(question).index(option)
            ),
        ),
        language=app_lang,
    )


def ask_and_write(
    parent: QWidget, session: classroom.ClassSession, pack: Pack, app_lang: str, status: QLabel
) -> None:
    """Ask where to save ``session`` as CSV, write it, and say how it went on ``status``."""
    stamp = session.started_at[:16].replace(":", "").replace("T", "-")
    suggested = Path.home() / f"class-quiz-{session.lesson_id}-{stamp}.csv"
    path = ClassroomDialogs.save_path(
        parent,
        QCoreApplication.translate("ClassQuizPanel", "Export class quiz as CSV"),
        suggested,
        QCoreApplication.translate("ClassQuizPanel", "CSV files (*.csv)"),
    )
    if path is None:
        return
    try:
        export_csv(session, pack, app_lang, path)
    except OSError as exc:
        status.setText(
            QCoreApplication.translate("ClassQuizPanel", "Could not write the file: %1").replace(
                "%1", errors.describe(exc)
            )
        )
        return
    status.setText(
        QCoreApplication.translate("ClassQuizPanel", "Saved as %1").replace("%1", str(path))
    )


def ask_and_write_saved(
    parent: QWidget,
    session: classroom.ClassSession | None,
    pack: Pack,
    app_lang: str,
    status: QLabel,
) -> None:
    """:func:`ask_and_write` for a saved session (``None``: it could not be read, say so)."""
    if session is None:
        status.setText(
            QCoreApplication.translate("ClassQuizPanel", "This saved quiz could not be read.")
        )
        return
    ask_and_write(parent, session, pack, app_lang, status)
