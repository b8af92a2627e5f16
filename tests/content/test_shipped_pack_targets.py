"""Issue 13's "Done means" for the shipped course, and the CONTENT-FORMAT.md rules the shipped
course follows (every new key is optional for teachers' packs, required here).

Run it alone with ``.venv/bin/python -m pytest tests/content/test_shipped_pack_targets.py``; each
failure lists every lesson or question that misses the target. ``duewise lessons check`` prints
the same problems and warnings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest

from duewise import paths
from duewise.content import audit, loader
from duewise.content.model import (
    LANGUAGES,
    Lesson,
    Markdown,
    Pool,
    QuestionType,
    Text,
)
from duewise.learning import quiz

pytestmark = pytest.mark.shipped_pack

PACK = paths.lessons_dir()
MIN_QUESTIONS = 200
SINGLE_POSITION_LIMIT = 0.40
MULTIPLE_OPTION_LIMIT = 0.75
TRUE_SHARE = (0.35, 0.65)
MIN_POOL_ITEMS = 2
INTERNAL = re.compile(r"credit-rules\.md|\[(?:W|R|P)\]|§\s*\d+(?:\.\d+)*\s*of the reference")
COUNT_IN_PROSE = re.compile(r"\d+\s*道题|\b\d+\s+(?:quiz\s+)?questions\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def result() -> loader.LoadResult:
    return loader.load_pack(PACK)


@pytest.fixture(scope="module")
def lessons(result: loader.LoadResult) -> tuple[Lesson, ...]:
    return result.pack.lessons


def _listing(lines: list[str]) -> str:
    return f"{len(lines)} miss(es):\n" + "\n".join(lines)


def test_lessons_check_has_no_problems_and_no_warnings(result: loader.LoadResult) -> None:
    advice = audit.audit(result)
    lines = [p.format(PACK) for p in (*result.problems, *advice.problems, *advice.warnings)]
    assert not lines, _listing(lines)


def test_at_least_200_questions(result: loader.LoadResult) -> None:
    assert len(result.pack.questions) >= MIN_QUESTIONS


def test_single_choice_keys_spread_over_the_positions(result: loader.LoadResult) -> None:
    keys = Counter(q.answer for q in result.pack.questions if q.type is QuestionType.SINGLE)
    total = sum(keys.values())
    over = {k: n for k, n in keys.items() if n > SINGLE_POSITION_LIMIT * total}
    assert not over, f"keys by position (0 = A) of {total}: {dict(sorted(keys.items()))}"


def test_no_option_in_more_than_75_percent_of_multiple_choice_keys(
    result: loader.LoadResult,
) -> None:
    multiple = [q for q in result.pack.questions if q.type is QuestionType.MULTIPLE]
    counts: Counter[int] = Counter()
    for question in multiple:
        assert isinstance(question.answer, tuple)
        counts.update(question.answer)
    over = {k: n for k, n in counts.items() if n > MULTIPLE_OPTION_LIMIT * len(multiple)}
    assert not over, f"option (0 = A) in how many of {len(multiple)} keys: {dict(counts)}"


def test_true_false_keys_are_about_half_true(result: loader.LoadResult) -> None:
    keys = [q.answer for q in result.pack.questions if q.type is QuestionType.TRUE_FALSE]
    true = sum(1 for k in keys if k is True)
    low, high = TRUE_SHARE
    assert low * len(keys) <= true <= high * len(keys), f"{true} of {len(keys)} true"


def test_every_objective_has_matched_diagnostic_and_final_pools(
    result: loader.LoadResult,
) -> None:
    misses = []
    for objective in result.pack.objectives:
        mine = [q for q in result.pack.questions if q.objective == objective]
        d = sorted(q.difficulty for q in mine if q.pool is Pool.DIAGNOSTIC)
        f = sorted(q.difficulty for q in mine if q.pool is Pool.FINAL)
        if len(d) < MIN_POOL_ITEMS or len(f) < MIN_POOL_ITEMS or d != f:
            misses.append(f"{objective}: diagnostic difficulties {d}, final {f}")
    assert not misses, _listing(misses)


def test_every_lesson_quiz_has_ten_questions_to_draw_from(lessons: tuple[Lesson, ...]) -> None:
    misses = [
        f"{lesson.id}: {len(quiz.lesson_quiz_questions(lesson))} lesson + diagnostic questions"
        for lesson in lessons
        if len(quiz.lesson_quiz_questions(lesson)) < quiz.LESSON_QUIZ_SIZE
    ]
    assert not misses, _listing(misses)


def test_every_lesson_has_a_hook_and_teacher_notes(lessons: tuple[Lesson, ...]) -> None:
    misses = []
    for lesson in lessons:
        notes = lesson.teacher_notes
        if lesson.hook is None:
            misses.append(f"{lesson.id}: no hook")
        if notes is None:
            misses.append(f"{lesson.id}: no [teacher_notes]")
            continue
        if not notes.timing:
            misses.append(f"{lesson.id}: teacher notes without timing")
        planned = sum(step.minutes for step in notes.timing)
        if notes.timing and abs(planned - lesson.minutes) > max(5, lesson.minutes // 4):
            misses.append(
                f"{lesson.id}: timing adds up to {planned} min, lesson says {lesson.minutes}"
            )
        for name, items in (
            ("discussion", notes.discussion),
            ("misconceptions", notes.misconceptions),
        ):
            if not 2 <= len(items) <= 4:
                misses.append(f"{lesson.id}: {len(items)} {name} (2-4)")
        if notes.exit_ticket is None:
            misses.append(f"{lesson.id}: no exit ticket")
    assert not misses, _listing(misses)


def test_every_lesson_has_a_practice_block_in_a_section(lessons: tuple[Lesson, ...]) -> None:
    misses = []
    for lesson in lessons:
        practice = [q for q in lesson.questions if q.pool is Pool.PRACTICE]
        for language in LANGUAGES:
            blocks = [b for s in lesson.body(language).sections for b in s.practice]
            if not blocks:
                misses.append(f"{lesson.id}/{language.value}.md: no practice block")
        if not practice:
            misses.append(f'{lesson.id}: no question with pool = "practice"')
    assert not misses, _listing(misses)


def test_every_lesson_file_starts_with_its_title(lessons: tuple[Lesson, ...]) -> None:
    misses = [
        f"{lesson.id}/{language.value}.md: title line {lesson.body(language).title!r}, "
        f"lesson title {lesson.title.get(language)!r}"
        for lesson in lessons
        for language in LANGUAGES
        if lesson.body(language).title != lesson.title.get(language)
    ]
    assert not misses, _listing(misses)


def test_sources_are_written_for_each_reader(lessons: tuple[Lesson, ...]) -> None:
    misses = []
    for lesson in lessons:
        if not lesson.sources:
            misses.append(f"{lesson.id}: no sources")
        for source in lesson.sources:
            where = f"{lesson.id} source '{source.id}'"
            if source.text.zh == source.text.en:
                misses.append(f"{where}: the same text in both languages (write zh and en)")
            if source.ref:
                misses.append(f"{where}: ref = {source.ref!r} (remove it)")
            if INTERNAL.search(source.text.zh) or INTERNAL.search(source.text.en):
                misses.append(f"{where}: cites the project's notes or a strength mark")
    assert not misses, _listing(misses)


def _reader_texts(lesson: Lesson) -> Iterator[tuple[str, str, bool]]:
    """``(where, text, is prose)`` for every text a reader sees."""
    texts: list[tuple[str, Text | None]] = [("title", lesson.title), ("summary", lesson.summary)]
    texts.append(("hook", lesson.hook))
    texts.extend((f"objective {o.id}", o.text) for o in lesson.objectives)
    texts.extend((f"glossary {g.id}", g.definition) for g in lesson.glossary)
    for q in lesson.questions:
        texts.extend((f"question {q.id}", t) for t in (q.prompt, q.explanation, *q.choices))
    for where, text in texts:
        if text is not None:
            yield where, text.zh, False
            yield where, text.en, False
    for language in LANGUAGES:
        body = lesson.body(language)
        segments = [*body.intro, *(s for section in body.sections for s in section.segments)]
        for segment in segments:
            if isinstance(segment, Markdown):
                yield f"{language.value}.md:{segment.line}", segment.text, True


def test_no_internal_text_and_no_question_counts_in_the_prose(lessons: tuple[Lesson, ...]) -> None:
    misses = []
    for lesson in lessons:
        for where, text, prose in _reader_texts(lesson):
            internal = INTERNAL.search(text)
            if internal:
                misses.append(f"{lesson.id} {where}: {internal.group(0)!r}")
            if prose and COUNT_IN_PROSE.search(text):
                misses.append(f"{lesson.id} {where}: the number of quiz questions is in the prose")
    assert not misses, _listing(misses)
