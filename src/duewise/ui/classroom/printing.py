"""Printables for classes without computers: a lesson handout, a quiz worksheet and its answer key.

Each document is HTML for :func:`duewise.reports.pdf.write_pdf`, in the language *chosen for the
document* (not necessarily the interface language): lesson text comes from the pack in that
language, and the document's own words ("Name", "Answer key" …) are looked up in DueWise's Chinese
catalogue with a private translator, so they are translated in the ``.ts`` like every other string
(context ``ClassroomPrintables``).

Lesson text is data from others: every value is escaped, Markdown is rendered from escaped text
(so inline HTML shows as text), links are reduced to their words, and figures are read only from
inside the assets folder.

Paper is not a screen, and a class reads it: nothing internal is printed. A calculator block is
printed as the figures its slider would show (:func:`duewise.learning.paper.calculator_table`),
with the product's name and the scenario in words (never a preset id or a code such as
``miss:1``), and the sentence before it that says to move the slider is left out (a worksheet
cannot be dragged); a source is printed in the paper's language without the project's own
references (:func:`source_text`); an answer key names the objective in words, not by its id.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
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
    ScenarioKind,
    Segment,
    Slider,
    Source,
    Text,
    Then,
)
from duewise.finance import what_if
from duewise.learning import paper
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


# A sentence that asks the reader to move a slider: true on screen, meaningless on paper.
_SLIDER_WORDS = {
    Language.EN: re.compile(r"\b(?:move|moving|slide|sliding|drag|dragging)\b|\bslider", re.I),
    Language.ZH: re.compile(r"拖动|滑块|滑动|移动滑"),
}
_SENTENCE_END = {Language.EN: r"(?<=[.!?:])\s+", Language.ZH: r"(?<=[。！？：])"}


def paper_prose(text: str, language: Language) -> str:
    """Markdown that leads into a calculator block, without the sentences that tell the reader to
    move its slider (the printed table follows instead). Only the last paragraph is looked at."""
    head, sep, last = text.rstrip().rpartition("\n\n")
    sentences = [s for s in re.split(_SENTENCE_END[language], last) if s.strip()]
    kept = [s for s in sentences if not _SLIDER_WORDS[language].search(s)]
    if len(kept) == len(sentences):
        return text
    joiner = " " if language is Language.EN else ""
    rest = joiner.join(s.strip() for s in kept)
    return f"{head}{sep}{rest}" if rest else head


def _money(amount: Decimal, currency: str, language: Language) -> str:
    return formatting.money(amount, currency, app_language(language))


def scenario_words(block: CalculatorBlock, currency: str, language: Language) -> str:
    """What happens in a calculator block, in words (never ``miss:1`` or ``catch-up``)."""
    scenario = block.scenario
    if scenario.kind is ScenarioKind.ON_TIME:
        text = word("on_time", language)
    elif scenario.kind is ScenarioKind.MINIMUM:
        text = word("minimum", language)
    elif scenario.kind is ScenarioKind.PARTIAL:
        amount = _money(scenario.amount or Decimal(0), currency, language)
        text = word("partial", language).replace("%1", amount)
    elif (scenario.cycles or 1) == 1:
        text = word("miss_one", language)
    else:
        text = word("miss_many", language).replace("%1", str(scenario.cycles))
    then = (
        {
            Then.CATCH_UP: "then_catch_up",
            Then.KEEP_MISSING: "then_keep_missing",
            Then.NEGOTIATE: "then_negotiate",
        }.get(block.then)
        if block.then is not None
        else None
    )
    if then is None and scenario.kind is ScenarioKind.MISS:
        then = "then_catch_up"
    comma = "，" if language is Language.ZH else ", "
    return text + (comma + word(then, language) if then else "")


def _slider_name(slider: Slider, block: CalculatorBlock, language: Language) -> str:
    key = {
        Slider.DAYS_LATE: "slider_days_late",
        Slider.MISSED_CYCLES: "slider_missed_cycles",
        Slider.AMOUNT: "slider_amount",
        Slider.APR: "slider_apr",
        Slider.MONTHS: "slider_plan_months" if paper.negotiates(block) else "slider_months",
    }[slider]
    return word(key, language)


def _slider_value(slider: Slider, value: object, currency: str, language: Language) -> str:
    lang = app_language(language)
    if slider is Slider.DAYS_LATE:
        return word("days", language).replace("%1", str(value))
    if slider is Slider.MONTHS:
        return word("months", language).replace("%1", str(value))
    if slider is Slider.AMOUNT and isinstance(value, Decimal):
        return _money(value, currency, language)
    if slider is Slider.APR and isinstance(value, Decimal):
        return formatting.pct(value * 100, lang)
    return formatting.number(value, lang) if isinstance(value, int | Decimal) else str(value)


def calculator_html(block: CalculatorBlock, language: Language) -> str:
    """A calculator block for paper: the example in words and the figures of its slider."""
    table = paper.calculator_table(block)
    product = table.product
    if product is None or not table.rows:
        return f"<p class='muted'>{escape(word('calculator_missing', language))}</p>"
    currency = product.currency.value
    name = product.name_zh if language is Language.ZH else product.name_en
    setup = (
        word("calculator", language)
        .replace("%1", name)
        .replace("%2", _money(block.amount, currency, language))
        .replace("%3", scenario_words(block, currency, language))
    )
    kind = table.rows[0].result.kind
    cost_key = {
        what_if.WhatIfKind.LATE: "cost_late",
        what_if.WhatIfKind.MINIMUM: "cost_interest",
        what_if.WhatIfKind.ON_TIME: "cost_interest",
    }.get(kind, "cost_extra")
    minimum = kind is what_if.WhatIfKind.MINIMUM
    slider = table.slider
    head = [_slider_name(slider, block, language)] if slider is not None else []
    head.append(word(cost_key, language))
    if minimum:
        head.append(word("repaid", language))
    rows = []
    for row in table.rows:
        cells = [_slider_value(slider, row.value, currency, language)] if slider else []
        cells.append(_money(row.result.cost, currency, language))
        if minimum:
            months = row.result.repaid_after
            cells.append(
                word("months", language).replace("%1", str(months))
                if months is not None
                else word("not_repaid", language).replace("%1", str(row.result.months))
            )
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    intro = word("calculator_table", language).replace("%1", head[0]) if slider is not None else ""
    return (
        f"<p><b>{escape(setup)}</b>" + (f"<br/>{escape(intro)}" if intro else "") + "</p>"
        f"<table><tr>{header}</tr>{''.join(rows)}</table>"
        f"<p class='muted'>{escape(word('calculator_note', language))}</p>"
    )


def source_text(source: Source, language: Language) -> str:
    """A lesson source as a reader sees it, in ``language`` when the pack gives it in both.

    Never the project's own references: a source's ``ref`` (a pointer into the project's notes)
    is not printed, nor notes-file names such as ``credit-rules.md §4`` or strength marks such as
    ``[W]`` should a text carry them. A plain-text source (an older pack) is printed as written.
    """
    text: object = source.text
    shown = text.get(language) if isinstance(text, Text) else str(text)
    shown = _NOTES_REFERENCE.sub("", shown)
    shown = _STRENGTH_MARK.sub("", shown)
    url = getattr(source, "url", None)
    if isinstance(url, str) and url.startswith("https://") and url not in shown:
        shown = f"{shown} {url}"
    return " ".join(shown.split()).replace("( ", "(").replace(" )", ")").replace("()", "")


_NOTES_REFERENCE = re.compile(
    r"[(（]?\s*(?:see\s+|见)?[\w\-]+\.md(?:\s*§\s*[\d.]+(?:\s*[–,\-]\s*§?\s*[\d.]+)*)?\s*[)）]?"
)
_STRENGTH_MARK = re.compile(r"\[(?:W|S|M|weak|strong|medium)\]", re.IGNORECASE)


def _block_html(segment: Segment, language: Language, images: dict[str, bytes]) -> str:
    if isinstance(segment, Markdown):
        return markdown_html(segment.text)
    if isinstance(segment, CalculatorBlock):
        return calculator_html(segment, language)
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


def _segments_html(
    segments: Sequence[Segment], language: Language, images: dict[str, bytes]
) -> list[str]:
    parts = []
    for index, segment in enumerate(segments):
        following = segments[index + 1] if index + 1 < len(segments) else None
        if isinstance(segment, Markdown) and isinstance(following, CalculatorBlock):
            parts.append(markdown_html(paper_prose(segment.text, language)))
        else:
            parts.append(_block_html(segment, language, images))
    return parts


def handout(lesson: Lesson, language: Language) -> Printable:
    """The lesson as a handout: objectives, the prose of every section, words to know, sources."""
    images: dict[str, bytes] = {}
    body = lesson.body(language)
    parts = [_header(language, "handout", lesson)]
    minutes = word("minutes", language).replace("%1", str(lesson.minutes))
    parts.append(f"<p class='muted'>{escape(lesson.summary.get(language))} ({escape(minutes)})</p>")
    objectives = "".join(f"<li>{escape(o.text.get(language))}</li>" for o in lesson.objectives)
    parts.append(f"<p><b>{escape(word('objectives', language))}</b></p><ul>{objectives}</ul>")
    parts.extend(_segments_html(body.intro, language, images))
    for section in body.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        parts.extend(_segments_html(section.segments, language, images))
    if lesson.glossary:
        terms = "".join(
            f"<tr><td><b>{escape(t.term.get(language))}</b></td>"
            f"<td>{escape(t.definition.get(language))}</td></tr>"
            for t in lesson.glossary
        )
        parts.append(f"<h2>{escape(word('glossary', language))}</h2><table>{terms}</table>")
    if lesson.sources:
        sources = "".join(f"<li>{escape(source_text(s, language))}</li>" for s in lesson.sources)
        parts.append(f"<h2>{escape(word('sources', language))}</h2>")
        if language is not Language.EN and any(
            not isinstance(s.text, Text) for s in lesson.sources
        ):
            parts.append(f"<p class='muted'>{escape(word('sources_english', language))}</p>")
        parts.append(f"<ul>{sources}</ul>")
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
        # An objective the pack does not define is left unnamed rather than shown by its id.
        objective_text = objective.text.get(language) if objective else "—"
        rows.append(
            f"<tr><td valign='top'>{number}</td>"
            f"<td><b>{escape(answer_text(question, language))}</b><br/>"
            f"{escape(word('objective', language))} {escape(objective_text)}<br/>"
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
