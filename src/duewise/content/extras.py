"""The lesson-format additions of issue 13: the hook, teacher notes, bilingual sources with a
web address, question pools, practice blocks and the ``# Title`` line.

Every key here is optional, so older packs keep loading; the shipped course uses all of them
(``tests/content/test_shipped_pack.py`` requires it). The loader calls these functions with the
:class:`~duewise.content.fields.Fields` of the table being read; each reports its problems with
the file and line and returns ``None`` (or the default) for what it could not read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from duewise.content import problems
from duewise.content.fields import Fields, type_name
from duewise.content.model import (
    LANGUAGES,
    Language,
    Pool,
    Question,
    Source,
    TeacherNotes,
    Text,
    TimedActivity,
)
from duewise.content.problems import Problem, Severity
from duewise.content.prose import ParsedBody
from duewise.finance import citations

ROOT_KEYS = ("hook", "teacher_notes")
"""Optional keys these additions give the root table of ``lesson.toml``."""
QUESTION_KEYS = ("pool",)
"""Optional keys these additions give a ``[[questions]]`` table."""
SOURCE_KEYS = ("url", "ref")
"""Optional keys of a ``[[sources]]`` table (besides the required ``id`` and ``text``)."""

_NOTES_KEYS = ("timing", "discussion", "misconceptions", "exit_ticket")
PROMPTS = (2, 4)
"""How many discussion prompts and misconceptions teacher notes give (at least, at most)."""

Scan = Callable[[Fields, str, object], None]
"""The loader's check of links and raw HTML in one bilingual text: ``scan(fields, key, value)``."""


def hook(root: Fields, scan: Scan) -> Text | None:
    """``hook = { zh, en }``: the question or situation that opens the lesson."""
    text = root.text("hook")
    if text is not None:
        scan(root, "hook", root.data["hook"])
    return text


def teacher_notes(root: Fields, scan: Scan) -> TeacherNotes | None:
    """The ``[teacher_notes]`` table: timing, discussion prompts, misconceptions, exit ticket."""
    raw = root.data.get("teacher_notes")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        root.report(
            "wrong_type",
            "teacher_notes",
            field="teacher_notes",
            expected="a [teacher_notes] table",
            actual=type_name(raw),
        )
        return None
    notes = Fields(
        raw, root.path, root.lines, table="teacher_notes", where="teacher notes", sink=root.sink
    )
    ok = notes.check_keys((), _NOTES_KEYS)
    timing = _timing(notes, scan)
    discussion = _texts(notes, "discussion", scan)
    misconceptions = _texts(notes, "misconceptions", scan)
    exit_ticket = notes.text("exit_ticket")
    if exit_ticket is not None:
        scan(notes, "exit_ticket", raw["exit_ticket"])
    elif "exit_ticket" in raw:
        ok = False
    if not ok or timing is None or discussion is None or misconceptions is None:
        return None
    return TeacherNotes(timing, discussion, misconceptions, exit_ticket)


def _timing(notes: Fields, scan: Scan) -> tuple[TimedActivity, ...] | None:
    raw = notes.data.get("timing", [])
    expected = "an array of { minutes = 5, activity = { zh, en } }"
    if not isinstance(raw, list):
        notes.report(
            "wrong_type", "timing", field="timing", expected=expected, actual=type_name(raw)
        )
        return None
    steps: list[TimedActivity] = []
    ok = True
    for index, item in enumerate(raw):
        label = f"timing[{index}]"
        if not isinstance(item, dict):
            notes.report(
                "wrong_type", "timing", field=label, expected=expected, actual=type_name(item)
            )
            ok = False
            continue
        step = Fields(
            item,
            notes.path,
            notes.lines,
            table=notes.table,
            where=f"teacher notes {label}",
            sink=notes.sink,
            at_line=notes.line("timing"),
        )
        if not step.check_keys(("minutes", "activity"), ()):
            ok = False
        minutes = step.integer("minutes", low=1)
        activity = step.text("activity")
        if activity is not None:
            scan(step, "activity", item["activity"])
        if minutes is None or activity is None:
            ok = False
        else:
            steps.append(TimedActivity(minutes, activity))
    return tuple(steps) if ok else None


def _texts(notes: Fields, key: str, scan: Scan) -> tuple[Text, ...] | None:
    raw = notes.data.get(key, [])
    if not isinstance(raw, list):
        notes.report(
            "wrong_type", key, field=key, expected="an array of { zh, en }", actual=type_name(raw)
        )
        return None
    low, high = PROMPTS
    if raw and not low <= len(raw) <= high:
        notes.report("bad_value", key, field=key, detail=f"needs {low} to {high}, not {len(raw)}")
        return None
    texts: list[Text] = []
    for index, item in enumerate(raw):
        text = notes.text_value(key, item, f"{key}[{index}]")
        if text is None:
            return None
        scan(notes, key, item)
        texts.append(text)
    return tuple(texts)


def source(fields: Fields, scan: Scan) -> tuple[str | None, Source | None]:
    """One ``[[sources]]`` table: ``(its id, the source)``; either is ``None`` when unusable.

    ``text`` is ``{ zh, en }`` or, in older packs, one string shown in both languages; ``url``
    (optional) must be an ``https://`` address; ``ref`` is accepted and kept but never shown.
    """
    fields.check_keys(("id", "text"), SOURCE_KEYS)
    source_id = fields.ident("id", "source")
    raw = fields.data.get("text")
    text: Text | None = None
    if isinstance(raw, str):
        plain = fields.string("text")
        text = Text(plain, plain) if plain is not None else None
    elif raw is not None:
        text = fields.text("text")
        if text is not None:
            scan(fields, "text", raw)
    url = fields.string("url")
    if url is not None and not is_https(url):
        fields.report("bad_url", "url", field="url", url=url)
        url = None
        text = None
    ref = fields.string("ref", empty_ok=True) or ""
    if source_id is None or text is None:
        return source_id, None
    _check_citation(fields, text, plain=isinstance(raw, str))
    return source_id, Source(source_id, text, url, ref)


def _check_citation(fields: Fields, text: Text, *, plain: bool) -> None:
    """Warn when a source names the project's notes or carries a strength mark (the reader sees
    the text as written; ``finance.citations`` holds the rule the presets follow too)."""
    pieces = [("zh, en", text.zh)] if plain else [("zh", text.zh), ("en", text.en)]
    for language, value in pieces:
        for finding in citations.findings(value, empty_ok=True):
            mark = finding.kind is citations.Flaw.STRENGTH_MARK
            fields.sink.append(
                problems.make(
                    "source_mark" if mark else "source_notes",
                    fields.path,
                    fields.line("text"),
                    fields.where,
                    Severity.WARNING,
                    language=language,
                    found=finding.text,
                )
            )


def is_https(url: str) -> bool:
    """Whether ``url`` is a plain ``https://host/…`` address (no spaces, no credentials)."""
    if any(c.isspace() or ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname) and "@" not in parts.netloc


def pool(fields: Fields) -> Pool | None:
    """A question's ``pool`` (``lesson`` when not given); ``None`` when it is not a pool."""
    if "pool" not in fields.data:
        return Pool.LESSON
    value = fields.choice("pool", [p.value for p in Pool])
    return Pool(value) if value is not None else None


def check_lesson(
    *,
    toml_path: Path,
    title: Text | None,
    questions: Sequence[tuple[Question, int]],
    question_ids: Sequence[str],
    bodies: Mapping[Language, ParsedBody],
    sink: list[Problem],
) -> None:
    """The checks that need both ``lesson.toml`` and the prose: practice blocks and titles.

    Args:
        toml_path: the lesson's ``lesson.toml``.
        title: the lesson title, if it was read.
        questions: the questions that loaded, with their lines.
        question_ids: every question id written in ``lesson.toml`` (also those with problems,
            so a block naming one of them is not reported a second time).
        bodies: the parsed prose files.
        sink: problems are appended here.
    """
    by_id = {q.id: (q, line) for q, line in questions}
    written = set(question_ids)
    for language in LANGUAGES:
        parsed = bodies.get(language)
        if parsed is None:
            continue
        path = parsed.body.path
        shown = title.get(language) if title is not None else None
        if parsed.body.title and shown is not None and parsed.body.title != shown:
            sink.append(  # a warning: the lesson shows `title`, so nothing is lost
                problems.make(
                    "title_mismatch",
                    path,
                    parsed.title_line,
                    "",
                    Severity.WARNING,
                    found=parsed.body.title,
                    title=shown,
                )
            )
        first: dict[str, int] = {}
        for section in parsed.body.sections:
            for block in section.practice:
                found = by_id.get(block.question)
                if found is None:
                    if block.question not in written:
                        sink.append(
                            problems.make("practice_unknown", path, block.line, id=block.question)
                        )
                    continue
                question, _ = found
                if question.pool is not Pool.PRACTICE:
                    sink.append(
                        problems.make(
                            "practice_not_pool",
                            path,
                            block.line,
                            id=question.id,
                            pool=question.pool.value,
                        )
                    )
                elif question.id in first:
                    sink.append(
                        problems.make(
                            "practice_twice",
                            path,
                            block.line,
                            id=question.id,
                            first=first[question.id],
                        )
                    )
                else:
                    first[question.id] = block.line
        for question, line in questions:
            if question.pool is Pool.PRACTICE and question.id not in first:
                sink.append(
                    problems.make(
                        "practice_unused",
                        toml_path,
                        line,
                        id=question.id,
                        file=path.name,
                    )
                )
