"""Printables for classes without computers: a lesson handout, a quiz worksheet and its answer key,
and the lesson's teacher notes.

The worksheet and the answer key hold the lesson quiz's questions
(:func:`duewise.learning.quiz.lesson_quiz_questions`: never a final-test or a practice item), with
the choices in :func:`duewise.learning.shuffle.choice_order` of one printout seed, so the letters
on the key match the letters on the worksheet and the right answer is not always "A". The seed
depends on the lesson and the version only: a worksheet printed today and a key printed tomorrow
agree.

Each document is HTML for :func:`duewise.reports.pdf.write_pdf`, in the language *chosen for the
document* (not necessarily the interface language): lesson text comes from the pack in that
language, and the document's own words ("Name", "Answer key" …) are looked up in DueWise's Chinese
catalogue with a private translator (:mod:`~duewise.ui.classroom.paper_words`), so they are
translated in the ``.ts`` like every other string (context ``ClassroomPrintables``).

Lesson text is data from others: every value is escaped, Markdown is rendered from escaped text
(so inline HTML shows as text), links are reduced to their words, and figures are read only from
inside the assets folder.

Paper is not a screen, and a class reads it: nothing internal is printed. A calculator block is
printed as the figures its slider would show (:func:`duewise.learning.paper.calculator_table`),
with the product's name and the scenario in words (never a preset id or a code such as
``miss:1``), and the sentence before it that says to move the slider is left out (a worksheet
cannot be dragged); a source is printed as written, in the paper's language and with its address
(:func:`source_text`); an answer key names the objective in words, not by its id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

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
    Pool,
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
from duewise.learning import paper, quiz, shuffle
from duewise.reports.pdf import escape
from duewise.ui.classroom.paper_words import word
from duewise.ui.common.app_language import app_language

LETTERS = "ABCDEFGH"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)


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


def _header(language: Language, kind: str, lesson: Lesson, version: int | None = None) -> str:
    blank = "_" * 18
    fields = "&nbsp;&nbsp;&nbsp;".join(
        f"{escape(word(key, language))}: {blank}" for key in ("name", "class", "date")
    )
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    title = title.replace("%2", word(kind, language))
    if version is not None:
        title += " · " + word("version", language).replace("%1", str(version))
    if kind in ("teacher_notes", "answer_key"):  # the teacher's papers: no fields for a pupil
        return f"<h1>{escape(title)}</h1>"
    return f"<h1>{escape(title)}</h1><p>{fields}</p>"


def printout_seed(lesson: Lesson, version: int) -> str:
    """The seed of one printout's choice order: the same for its worksheet and its answer key."""
    return f"printout:{lesson.id}:{version}"


def quiz_questions(lesson: Lesson) -> tuple[Question, ...]:
    """The questions a worksheet and its answer key hold: the lesson quiz's."""
    return quiz.lesson_quiz_questions(lesson)


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
    """A lesson source as written, in ``language`` when the pack gives it in both, with its
    address. A source's ``ref`` (a pointer into an older pack's notes) is not printed; a text
    that names such notes or a strength mark is printed as written, and ``duewise lessons check``
    warns about it.
    """
    text: object = source.text
    shown = text.get(language) if isinstance(text, Text) else str(text)
    url = getattr(source, "url", None)
    if isinstance(url, str) and url.startswith("https://") and url not in shown:
        shown = f"{shown} {url}"
    return " ".join(shown.split())


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


def _practice_html(question: Question | None, language: Language, seed: str) -> str:
    if question is None:
        return ""
    head = escape(word("try_it", language))
    order = shuffle.choice_order(question, seed)
    return _question_html(0, question, language, order, head=head)


def _segments_html(
    segments: Sequence[Segment],
    language: Language,
    images: dict[str, bytes],
    practice: Mapping[int, Sequence[str]] | None = None,
) -> list[str]:
    """The segments for paper, with ``practice[k]`` (a section's practice items) before segment k
    (``k == len(segments)``: after the last one)."""
    before = practice or {}
    parts = []
    for index, segment in enumerate(segments):
        parts.extend(before.get(index, ()))
        following = segments[index + 1] if index + 1 < len(segments) else None
        if isinstance(segment, Markdown) and isinstance(following, CalculatorBlock):
            parts.append(markdown_html(paper_prose(segment.text, language)))
        else:
            parts.append(_block_html(segment, language, images))
    parts.extend(before.get(len(segments), ()))
    return parts


def handout(lesson: Lesson, language: Language) -> Printable:
    """The lesson as a handout: objectives, the hook, the prose of every section with its practice
    items (answers in the teacher notes), words to know, sources."""
    images: dict[str, bytes] = {}
    body = lesson.body(language)
    by_id = {q.id: q for q in lesson.questions}
    seed = printout_seed(lesson, 1)
    parts = [_header(language, "handout", lesson)]
    minutes = word("minutes", language).replace("%1", str(lesson.minutes))
    parts.append(f"<p class='muted'>{escape(lesson.summary.get(language))} ({escape(minutes)})</p>")
    objectives = "".join(f"<li>{escape(o.text.get(language))}</li>" for o in lesson.objectives)
    parts.append(f"<p><b>{escape(word('objectives', language))}</b></p><ul>{objectives}</ul>")
    if lesson.hook is not None:
        parts.append(
            f"<p><b>{escape(word('hook', language))}</b> {escape(lesson.hook.get(language))}</p>"
        )
    parts.extend(_segments_html(body.intro, language, images))
    for section in body.sections:
        parts.append(f"<h2>{escape(section.title)}</h2>")
        practice: dict[int, list[str]] = {}
        for block in section.practice:  # a practice block goes after `after` segments
            html = _practice_html(by_id.get(block.question), language, seed)
            practice.setdefault(block.after, []).append(html)
        parts.extend(_segments_html(section.segments, language, images, practice))
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


def _question_html(
    number: int,
    question: Question,
    language: Language,
    order: Sequence[int],
    *,
    head: str | None = None,
) -> str:
    """One question as printed: the choices in ``order`` (``order[k]`` is printed k-th)."""
    if head is None:
        head = escape(word("question", language).replace("%1", str(number))) + "."
    shown = [question.choices[i] for i in order]
    parts = [
        f"<p><b>{head}</b> {escape(question.prompt.get(language))}<br/>"
        f"<i class='muted'>{escape(_instructions(question, language))}</i></p>"
    ]
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        mark = "○" if question.type is QuestionType.SINGLE else "☐"
        parts.append(
            "<p>"
            + "<br/>".join(
                f"{mark} {LETTERS[k]}. {escape(c.get(language))}" for k, c in enumerate(shown)
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
                f"____ {LETTERS[k]}. {escape(c.get(language))}" for k, c in enumerate(shown)
            )
            + "</p>"
        )
    return "".join(parts)


def worksheet(lesson: Lesson, language: Language, version: int = 1) -> Printable:
    """The lesson's quiz as a worksheet to answer on paper (no answers on it)."""
    seed = printout_seed(lesson, version)
    parts = [_header(language, "worksheet", lesson, version)]
    parts.extend(
        _question_html(n, q, language, shuffle.choice_order(q, seed))
        for n, q in enumerate(quiz_questions(lesson), start=1)
    )
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    return Printable(title.replace("%2", word("worksheet", language)), "".join(parts))


def answer_text(question: Question, language: Language, order: Sequence[int] | None = None) -> str:
    """The right answer in words, in ``language``; the letters are those of ``order`` (the
    printed order; the written order when not given)."""
    order = tuple(order) if order is not None else tuple(range(len(question.choices)))
    letter = {original: LETTERS[shown] for shown, original in enumerate(order)}
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
        return f"{letter[answer]}. {question.choices[answer].get(language)}"
    if isinstance(answer, tuple):
        separator = " → " if question.type is QuestionType.ORDERING else "; "
        picked = (
            answer
            if question.type is QuestionType.ORDERING
            else tuple(sorted(answer, key=lambda i: letter[i]))
        )
        return separator.join(f"{letter[i]}. {question.choices[i].get(language)}" for i in picked)
    return "?"


def _objective_text(
    question: Question, lesson: Lesson, pack: Pack | None, language: Language
) -> str:
    objectives = {o.id: o for o in lesson.objectives}
    if pack is not None:
        objectives.update(pack.objectives)
    objective = objectives.get(question.objective)
    return objective.text.get(language) if objective else ""


def answer_key(
    lesson: Lesson, pack: Pack | None, language: Language, version: int = 1
) -> Printable:
    """The worksheet's answers (letters as printed on it), each with the objective it tests, in
    words, and the explanation."""
    seed = printout_seed(lesson, version)
    parts = [_header(language, "answer_key", lesson, version)]
    parts.append(f"<p class='muted'>{escape(word('key_note', language))}</p>")
    rows = []
    for number, question in enumerate(quiz_questions(lesson), start=1):
        order = shuffle.choice_order(question, seed)
        objective_text = _objective_text(question, lesson, pack, language)
        tests = (
            f"{escape(word('objective', language))} {escape(objective_text)}<br/>"
            if objective_text
            else ""
        )
        rows.append(
            f"<tr><td valign='top'>{number}</td>"
            f"<td><b>{escape(answer_text(question, language, order))}</b><br/>{tests}"
            f"{escape(word('why', language))} {escape(question.explanation.get(language))}"
            "</td></tr>"
        )
    parts.append(f"<table width='100%'>{''.join(rows)}</table>")
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    return Printable(title.replace("%2", word("answer_key", language)), "".join(parts))


def teacher_notes(lesson: Lesson, language: Language) -> Printable:
    """The lesson's notes for the teacher: the hook, a timed plan, discussion prompts, common
    misconceptions, the exit ticket, and the answers to the handout's practice items."""
    parts = [_header(language, "teacher_notes", lesson)]
    notes = lesson.teacher_notes
    if lesson.hook is not None:
        parts.append(
            f"<p><b>{escape(word('hook', language))}</b> {escape(lesson.hook.get(language))}</p>"
        )
    if notes is None:
        parts.append(f"<p class='muted'>{escape(word('no_notes', language))}</p>")
    else:
        if notes.timing:
            rows = "".join(
                f"<tr><td valign='top'>"
                f"{escape(word('timing_row', language).replace('%1', str(step.minutes)))}</td>"
                f"<td>{escape(step.activity.get(language))}</td></tr>"
                for step in notes.timing
            )
            total = sum(step.minutes for step in notes.timing)
            parts.append(
                f"<h2>{escape(word('timing', language))}</h2><table width='100%'>{rows}</table>"
                f"<p class='muted'>"
                f"{escape(word('timing_total', language).replace('%1', str(total)))}</p>"
            )
        for key, items in (
            ("discussion", notes.discussion),
            ("misconceptions", notes.misconceptions),
        ):
            if items:
                listed = "".join(f"<li>{escape(t.get(language))}</li>" for t in items)
                parts.append(f"<h2>{escape(word(key, language))}</h2><ul>{listed}</ul>")
        if notes.exit_ticket is not None:
            parts.append(
                f"<h2>{escape(word('exit_ticket', language))}</h2>"
                f"<p>{escape(notes.exit_ticket.get(language))}</p>"
            )
    practice = [q for q in lesson.questions if q.pool is Pool.PRACTICE]
    if practice:
        seed = printout_seed(lesson, 1)  # the handout's order
        rows = "".join(
            f"<li><b>{escape(q.prompt.get(language))}</b><br/>"
            f"{escape(answer_text(q, language, shuffle.choice_order(q, seed)))}<br/>"
            f"<span class='muted'>{escape(q.explanation.get(language))}</span></li>"
            for q in practice
        )
        parts.append(f"<h2>{escape(word('practice_answers', language))}</h2><ol>{rows}</ol>")
    title = word("page_title", language).replace("%1", lesson.title.get(language))
    return Printable(title.replace("%2", word("teacher_notes", language)), "".join(parts))


def documents(
    kind: str, lesson: Lesson, pack: Pack | None, language: Language
) -> Sequence[Printable]:
    """The printables of ``kind``: ``handout``, ``worksheet``, ``answer_key``, ``teacher_notes``."""
    if kind == "handout":
        return [handout(lesson, language)]
    if kind == "worksheet":
        return [worksheet(lesson, language)]
    if kind == "teacher_notes":
        return [teacher_notes(lesson, language)]
    return [answer_key(lesson, pack, language)]


def default_name(kind: str, lesson: Lesson, language: Language) -> str:
    """A file name for a printable: ``<lesson>-<kind>-<lang>.pdf``."""
    return f"{lesson.id}-{kind.replace('_', '-')}-{language.value}.pdf"


def write(path: Path, printable: Printable) -> None:
    """Write one printable as PDF (safe on a worker thread: own document and writer)."""
    from duewise.reports.pdf import write_pdf

    write_pdf(path, printable.body, title=printable.title, images=printable.images)
