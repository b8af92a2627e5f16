"""The words of the classroom's printed documents ("Name", "Answer key", "Teacher notes" …), in the
language chosen for the paper, which can differ from the interface language.

English is the source text; the Chinese comes from DueWise's catalogue through a private
translator, so these words are translated in the ``.ts`` like every other string (context
``ClassroomPrintables``). :mod:`duewise.ui.classroom.printing` lays the documents out.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from duewise.content.model import Language
from duewise.ui.common.language import CATALOGUE_DIR

CONTEXT = "ClassroomPrintables"

_WORDS = {
    "name": QT_TRANSLATE_NOOP("ClassroomPrintables", "Name"),
    "class": QT_TRANSLATE_NOOP("ClassroomPrintables", "Class"),
    "date": QT_TRANSLATE_NOOP("ClassroomPrintables", "Date"),
    "handout": QT_TRANSLATE_NOOP("ClassroomPrintables", "Handout"),
    "worksheet": QT_TRANSLATE_NOOP("ClassroomPrintables", "Worksheet"),
    "answer_key": QT_TRANSLATE_NOOP("ClassroomPrintables", "Answer key"),
    "objectives": QT_TRANSLATE_NOOP("ClassroomPrintables", "After this lesson you can:"),
    "glossary": QT_TRANSLATE_NOOP("ClassroomPrintables", "Words to know"),
    "sources": QT_TRANSLATE_NOOP("ClassroomPrintables", "Sources"),
    "sources_english": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "This lesson pack describes these sources in English only."
    ),
    "minutes": QT_TRANSLATE_NOOP("ClassroomPrintables", "about %1 minutes"),
    "one": QT_TRANSLATE_NOOP("ClassroomPrintables", "Choose one answer."),
    "many": QT_TRANSLATE_NOOP("ClassroomPrintables", "Choose every right answer."),
    "tf": QT_TRANSLATE_NOOP("ClassroomPrintables", "True or false?"),
    "true": QT_TRANSLATE_NOOP("ClassroomPrintables", "True"),
    "false": QT_TRANSLATE_NOOP("ClassroomPrintables", "False"),
    "numeric": QT_TRANSLATE_NOOP("ClassroomPrintables", "Write the number."),
    "answer": QT_TRANSLATE_NOOP("ClassroomPrintables", "Answer:"),
    "ordering": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "Put these in the right order: write 1 for the first, and so on."
    ),
    "tolerance": QT_TRANSLATE_NOOP("ClassroomPrintables", "accept ± %1"),
    "objective": QT_TRANSLATE_NOOP("ClassroomPrintables", "Tests:"),
    "why": QT_TRANSLATE_NOOP("ClassroomPrintables", "Why:"),
    "key_note": QT_TRANSLATE_NOOP(
        "ClassroomPrintables",
        "For the teacher. Print separately from the worksheet. Each question names the learning "
        "objective it tests.",
    ),
    "calculator": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "Worked out by DueWise's calculator: %1, %2, %3."
    ),
    "calculator_table": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "What it costs for a few values of “%1”:"
    ),
    "calculator_note": QT_TRANSLATE_NOOP(
        "ClassroomPrintables",
        "On a computer, DueWise's lesson has a slider here: try other values there.",
    ),
    "calculator_missing": QT_TRANSLATE_NOOP(
        "ClassroomPrintables",
        "(This example can be worked out in DueWise's missed-payment calculator.)",
    ),
    "on_time": QT_TRANSLATE_NOOP("ClassroomPrintables", "paid on time"),
    "minimum": QT_TRANSLATE_NOOP("ClassroomPrintables", "only the minimum paid each month"),
    "partial": QT_TRANSLATE_NOOP("ClassroomPrintables", "only %1 paid"),
    "miss_one": QT_TRANSLATE_NOOP("ClassroomPrintables", "one payment missed"),
    "miss_many": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 payments missed in a row"),
    "then_catch_up": QT_TRANSLATE_NOOP("ClassroomPrintables", "then everything owed is paid"),
    "then_keep_missing": QT_TRANSLATE_NOOP("ClassroomPrintables", "then the payments stay missed"),
    "then_negotiate": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "then an instalment plan is agreed with the lender"
    ),
    "slider_days_late": QT_TRANSLATE_NOOP("ClassroomPrintables", "Days late"),
    "slider_missed_cycles": QT_TRANSLATE_NOOP("ClassroomPrintables", "Missed payments"),
    "slider_amount": QT_TRANSLATE_NOOP("ClassroomPrintables", "Amount"),
    "slider_apr": QT_TRANSLATE_NOOP("ClassroomPrintables", "Annual rate (APR)"),
    "slider_months": QT_TRANSLATE_NOOP("ClassroomPrintables", "Months"),
    "slider_plan_months": QT_TRANSLATE_NOOP("ClassroomPrintables", "Plan length (months)"),
    "days": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 days"),
    "months": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 months"),
    "cost_late": QT_TRANSLATE_NOOP("ClassroomPrintables", "Penalty or late fee"),
    "cost_extra": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "Extra cost compared with paying on time"
    ),
    "cost_interest": QT_TRANSLATE_NOOP("ClassroomPrintables", "Interest and fees paid"),
    "repaid": QT_TRANSLATE_NOOP("ClassroomPrintables", "Repaid after"),
    "not_repaid": QT_TRANSLATE_NOOP("ClassroomPrintables", "not within %1 months"),
    "choice": QT_TRANSLATE_NOOP("ClassroomPrintables", "What would you do? Discuss, then read on."),
    "choices_key": QT_TRANSLATE_NOOP(
        "ClassroomPrintables", "The handout's “What would you do?” choices: which is wiser, and why"
    ),
    "choice_wise": QT_TRANSLATE_NOOP("ClassroomPrintables", "✓ A wise choice"),
    "choice_mixed": QT_TRANSLATE_NOOP("ClassroomPrintables", "◐ Can work, with a catch"),
    "choice_unwise": QT_TRANSLATE_NOOP("ClassroomPrintables", "✗ Not a wise choice"),
    "choice_verdict_why": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1: %2"),
    "record": QT_TRANSLATE_NOOP("ClassroomPrintables", "Credit record, month by month from %1:"),
    "figure_missing": QT_TRANSLATE_NOOP("ClassroomPrintables", "(figure: %1)"),
    "question": QT_TRANSLATE_NOOP("ClassroomPrintables", "Question %1"),
    "page_title": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 — %2"),
    "teacher_notes": QT_TRANSLATE_NOOP("ClassroomPrintables", "Teacher notes"),
    "hook": QT_TRANSLATE_NOOP("ClassroomPrintables", "To start with:"),
    "try_it": QT_TRANSLATE_NOOP("ClassroomPrintables", "Try it (not marked)"),
    "timing": QT_TRANSLATE_NOOP("ClassroomPrintables", "Lesson plan"),
    "timing_row": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 min"),
    "timing_total": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 minutes in all"),
    "discussion": QT_TRANSLATE_NOOP("ClassroomPrintables", "Questions for discussion"),
    "misconceptions": QT_TRANSLATE_NOOP("ClassroomPrintables", "Common misconceptions"),
    "exit_ticket": QT_TRANSLATE_NOOP("ClassroomPrintables", "Exit ticket"),
    "practice_answers": QT_TRANSLATE_NOOP("ClassroomPrintables", "Answers to the practice items"),
    "no_notes": QT_TRANSLATE_NOOP("ClassroomPrintables", "This lesson has no teacher notes."),
    "version": QT_TRANSLATE_NOOP("ClassroomPrintables", "Version %1"),
}


@functools.cache
def _chinese() -> QTranslator:
    translator = QTranslator()
    translator.load("duewise_zh_CN", str(CATALOGUE_DIR))
    return translator


def word(key: str, language: Language) -> str:
    """A document word in ``language`` (English is the source text)."""
    source = _WORDS[key]
    if language is Language.EN:
        return source
    return _chinese().translate(CONTEXT, source) or source
