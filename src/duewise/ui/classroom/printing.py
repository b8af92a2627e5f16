"""Printables for classes without computers: a lesson handout, a quiz worksheet and its answer key.

Each document is HTML for :func:`duewise.reports.pdf.write_pdf`, in the language *chosen for the
document* (not necessarily the interface language): lesson text comes from the pack in that
language, and the document's own words ("Name", "Answer key" …) are looked up in DueWise's Chinese
catalogue with a private translator, so they are translated in the ``.ts`` like every other string
(context ``ClassroomPrintables``).

Lesson text is data from others: every value is escaped, Markdown is rendered from escaped text
(so inline HTML shows as text), links are reduced to their words, and figures are read only from
inside the assets folder.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QTextDocument

from duewise import formatting, paths
from duewise.content.model import (
    CalculatorBlock,
    ChoiceBlock,
    FigureRef,
    Language,
    Lesson,
    Markdown,
    Pack,
    Question,
    QuestionType,
    RecordBlock,
    Segment,
)
from duewise.reports.pdf import escape
from duewise.ui.common.app_language import app_language
from duewise.ui.common.language import CATALOGUE_DIR

CONTEXT = "ClassroomPrintables"
LETTERS = "ABCDEFGH"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)

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
        "ClassroomPrintables",
        "In DueWise this is a live calculator: %1, amount %2, scenario “%3”. Try it on a "
        "computer, or ask your teacher to show it.",
    ),
    "choice": QT_TRANSLATE_NOOP("ClassroomPrintables", "What would you do? Discuss, then read on."),
    "record": QT_TRANSLATE_NOOP("ClassroomPrintables", "Credit record, month by month from %1:"),
    "figure_missing": QT_TRANSLATE_NOOP("ClassroomPrintables", "(figure: %1)"),
    "question": QT_TRANSLATE_NOOP("ClassroomPrintables", "Question %1"),
    "page_title": QT_TRANSLATE_NOOP("ClassroomPrintables", "%1 — %2"),
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


@dataclass
class Printable:
    """A document ready for ``write_pdf``: title, HTML body and the images it references."""

    title: str
    body: str
    images: dict[str, bytes] = field(default_factory=dict)


def markdown_html(text: str) -> str:
    """Lesson Markdown as HTML, with every raw ``<``/``&`` escaped and links reduced to words."""
    document = QTextDocument()
    document.setMarkdown(
        _LINK.sub(r"\1", text).replace("&", "&amp;").replace("<", "&lt;"),
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub,
    )
    found = _BODY.search(document.toHtml())
    return found.group(1) if found else ""


def _header(language: Language, kind: str, lesson: Lesson) -> str:
    blank = "_" * 18
    fields = "&nbsp;&nbsp;&nbsp;".join(
        f"{escape(word(key, language))}: {blank}" for key in ("name", "class", "date")
    )
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    title = title.replace("%2", word(kind, language))
    return f"<h1>{escape(title)}</h1><p>{fields}</p>"


def _block_html(segment: Segment, language: Language, images: dict[str, bytes]) -> str:
    if isinstance(segment, Markdown):
        return markdown_html(segment.text)
    if isinstance(segment, CalculatorBlock):
        text = (
            word("calculator", language)
            .replace("%1", segment.product)
            .replace("%2", formatting.number(segment.amount, app_language(language)))
            .replace("%3", str(segment.scenario))
        )
        return f"<table width='100%'><tr><td>{escape(text)}</td></tr></table>"
    if isinstance(segment, RecordBlock):
        head = word("record", language).replace("%1", segment.start.strftime("%Y-%m"))
        cells = "".join(f"<td align='center'>{escape(code)}</td>" for code in segment.codes)
        caption = f"<p class='muted'>{escape(segment.caption)}</p>" if segment.caption else ""
        return f"<p>{escape(head)}</p><table><tr>{cells}</tr></table>{caption}"
    if isinstance(segment, ChoiceBlock):
        items = "".join(
            f"<li><b>{escape(option.label)}</b> — {escape(option.outcome)}</li>"
            for option in segment.options
        )
        return (
            f"<p><b>{escape(segment.prompt)}</b><br/><i>{escape(word('choice', language))}</i>"
            f"</p><ol type='A'>{items}</ol>"
        )
    if isinstance(segment, FigureRef):
        assets = paths.assets_dir().resolve()
        path = segment.path.resolve()
        if path.is_file() and assets in path.parents and path.suffix.lower() == ".png":
            name = f"figure-{len(images)}.png"
            images[name] = path.read_bytes()
            return f"<p><img src='{name}' width='500'/><br/>{escape(segment.alt)}</p>"
        missing = word("figure_missing", language).replace("%1", segment.alt)
        return f"<p class='muted'>{escape(missing)}</p>"
    return ""


def handout(lesson: Lesson, language: Language) -> Printable:
    """The lesson as a handout: objectives, the prose of every section, words to know, sources."""
    images: dict[str, bytes] = {}
    body = lesson.body(language)
    parts = [_header(language, "handout", lesson)]
    minutes = word("minutes", language).replace("%1", str(lesson.minutes))
    parts.append(f"<p class='muted'>{escape(lesson.summary.get(language))} ({escape(minutes)})</p>")
    objectives = "".join(f"<li>{escape(o.text.get(language))}</li>" for o in lesson.objectives)
    parts.append(f"<p><b>{escape(word('objectives', language))}</b></p><ul>{objectives}</ul>")
    parts.extend(_block_html(s, language, images) for s in body.intro)
    for section in body.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        parts.extend(_block_html(s, language, images) for s in section.segments)
    if lesson.glossary:
        terms = "".join(
            f"<tr><td><b>{escape(t.term.get(language))}</b></td>"
            f"<td>{escape(t.definition.get(language))}</td></tr>"
            for t in lesson.glossary
        )
        parts.append(f"<h2>{escape(word('glossary', language))}</h2><table>{terms}</table>")
    if lesson.sources:
        sources = "".join(f"<li>{escape(s.text)}</li>" for s in lesson.sources)
        parts.append(f"<h2>{escape(word('sources', language))}</h2><ul>{sources}</ul>")
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    return Printable(title.replace("%2", word("handout", language)), "".join(parts), images)


def _instructions(question: Question, language: Language) -> str:
    return {
        QuestionType.SINGLE: word("one", language),
        QuestionType.MULTIPLE: word("many", language),
        QuestionType.TRUE_FALSE: word("tf", language),
        QuestionType.NUMERIC: word("numeric", language),
        QuestionType.ORDERING: word("ordering", language),
    }[question.type]


def _question_html(number: int, question: Question, language: Language) -> str:
    head = word("question", language).replace("%1", str(number))
    parts = [
        f"<p><b>{escape(head)}.</b> {escape(question.prompt.get(language))}<br/>"
        f"<i class='muted'>{escape(_instructions(question, language))}</i></p>"
    ]
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        mark = "○" if question.type is QuestionType.SINGLE else "☐"
        parts.append(
            "<p>"
            + "<br/>".join(
                f"{mark} {LETTERS[i]}. {escape(c.get(language))}"
                for i, c in enumerate(question.choices)
            )
            + "</p>"
        )
    elif question.type is QuestionType.TRUE_FALSE:
        parts.append(
            f"<p>○ {escape(word('true', language))}&nbsp;&nbsp;&nbsp;&nbsp;"
            f"○ {escape(word('false', language))}</p>"
        )
    elif question.type is QuestionType.NUMERIC:
        unit = escape(question.unit.get(language)) if question.unit else ""
        parts.append(f"<p>{escape(word('answer', language))} {'_' * 20} {unit}</p>")
    else:
        parts.append(
            "<p>"
            + "<br/>".join(
                f"____ {LETTERS[i]}. {escape(c.get(language))}"
                for i, c in enumerate(question.choices)
            )
            + "</p>"
        )
    return "".join(parts)


def worksheet(lesson: Lesson, language: Language) -> Printable:
    """The lesson's quiz as a worksheet to answer on paper (no answers on it)."""
    parts = [_header(language, "worksheet", lesson)]
    parts.extend(_question_html(n, q, language) for n, q in enumerate(lesson.questions, start=1))
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    return Printable(title.replace("%2", word("worksheet", language)), "".join(parts))


def answer_text(question: Question, language: Language) -> str:
    """The right answer in words, in ``language``."""
    answer = question.answer
    if question.type is QuestionType.TRUE_FALSE:
        return word("true", language) if answer is True else word("false", language)
    if question.type is QuestionType.NUMERIC:
        if answer is None or isinstance(answer, bool | tuple):
            return "?"
        unit = question.unit.get(language) if question.unit else ""
        value = formatting.number(answer, app_language(language))
        text = f"{value} {unit}".strip()
        if question.tolerance:
            tolerance = formatting.number(question.tolerance, app_language(language))
            text += f" ({word('tolerance', language).replace('%1', tolerance)})"
        return text
    if isinstance(answer, int) and not isinstance(answer, bool):
        return f"{LETTERS[answer]}. {question.choices[answer].get(language)}"
    if isinstance(answer, tuple):
        separator = " → " if question.type is QuestionType.ORDERING else "; "
        return separator.join(f"{LETTERS[i]}. {question.choices[i].get(language)}" for i in answer)
    return "?"


def answer_key(lesson: Lesson, pack: Pack | None, language: Language) -> Printable:
    """The worksheet's answers, each with the objective it tests and the explanation."""
    parts = [_header(language, "answer_key", lesson)]
    parts.append(f"<p class='muted'>{escape(word('key_note', language))}</p>")
    objectives = {o.id: o for o in lesson.objectives}
    if pack is not None:
        objectives.update(pack.objectives)
    rows = []
    for number, question in enumerate(lesson.questions, start=1):
        objective = objectives.get(question.objective)
        objective_text = objective.text.get(language) if objective else question.objective
        rows.append(
            f"<tr><td valign='top'>{number}</td>"
            f"<td><b>{escape(answer_text(question, language))}</b><br/>"
            f"{escape(word('objective', language))} {escape(objective_text)} "
            f"<span class='muted'>({escape(question.objective)})</span><br/>"
            f"{escape(word('why', language))} {escape(question.explanation.get(language))}"
            "</td></tr>"
        )
    parts.append(f"<table width='100%'>{''.join(rows)}</table>")
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    return Printable(title.replace("%2", word("answer_key", language)), "".join(parts))


def documents(
    kind: str, lesson: Lesson, pack: Pack | None, language: Language
) -> Sequence[Printable]:
    """The printables of ``kind``: ``handout``, ``worksheet``, ``answer_key``."""
    if kind == "handout":
        return [handout(lesson, language)]
    if kind == "worksheet":
        return [worksheet(lesson, language)]
    return [answer_key(lesson, pack, language)]


def default_name(kind: str, lesson: Lesson, language: Language) -> str:
    """A file name for a printable: ``<lesson>-<kind>-<lang>.pdf``."""
    return f"{lesson.id}-{kind.replace('_', '-')}-{language.value}.pdf"


def write(path: Path, printable: Printable) -> None:
    """Write one printable as PDF (safe on a worker thread: own document and writer)."""
    from duewise.reports.pdf import write_pdf

    write_pdf(path, printable.body, title=printable.title, images=printable.images)
