"""The lessons shipped in lessons/ load in both languages, with zh/en parity and valid keys.

These are real tests of the writers' content (marked ``shipped_pack``). While lessons are being
written they fail with every problem listed per lesson; ``duewise lessons check`` prints the same.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from duewise import paths
from duewise.content import loader
from duewise.content.model import (
    LANGUAGES,
    CalculatorBlock,
    ChoiceBlock,
    ChoiceVerdict,
    Language,
    Markdown,
    QuestionType,
    RecordBlock,
)
from duewise.finance import calc

pytestmark = pytest.mark.shipped_pack

PACK = paths.lessons_dir()
FOLDERS = sorted(p.name for p in PACK.iterdir() if (p / "lesson.toml").is_file())
COURSE_LESSONS = 12
MIN_QUESTIONS_PER_LESSON = 12
MIN_QUESTIONS = 150


@pytest.fixture(scope="module")
def result() -> loader.LoadResult:
    return loader.load_pack(PACK)


def _listing(problems: tuple[object, ...] | list[object]) -> str:
    return "\n".join(p.format(PACK) for p in problems)  # type: ignore[attr-defined]


@pytest.mark.parametrize("folder", FOLDERS)
def test_shipped_lesson_has_no_problems(folder: str, result: loader.LoadResult) -> None:
    mine = [p for p in (*result.problems, *result.notes) if p.path.is_relative_to(PACK / folder)]
    assert not mine, f"{len(mine)} problem(s) in lessons/{folder}:\n{_listing(mine)}"


def test_shipped_pack_loads_completely(result: loader.LoadResult) -> None:
    assert result.problems == (), (
        f"{len(result.problems)} problem(s); lessons not loaded: "
        f"{', '.join(p.name for p in result.skipped)}\n{_listing(result.problems)}"
    )
    assert result.notes == (), _listing(result.notes)
    assert [lesson.path.name for lesson in result.pack.lessons] == FOLDERS


def test_every_lesson_has_both_languages_with_the_same_structure(
    result: loader.LoadResult,
) -> None:
    for lesson in result.pack.lessons:
        zh, en = (lesson.body(language) for language in LANGUAGES)
        assert [s.id for s in zh.sections] == [s.id for s in en.sections], lesson.id
        for zh_section, en_section in zip(zh.sections, en.sections, strict=True):
            kinds = [type(b) for b in zh_section.blocks]
            assert kinds == [type(b) for b in en_section.blocks], (lesson.id, zh_section.id)
            assert zh_section.title and en_section.title
            for language, section in ((Language.ZH, zh_section), (Language.EN, en_section)):
                prose = [s for s in section.segments if isinstance(s, Markdown)]
                assert prose, f"{lesson.id} {language} section {section.id} has no text"


def test_every_question_has_a_valid_key(result: loader.LoadResult) -> None:
    for question in result.pack.questions:
        where = f"{question.lesson_id}/{question.id}"
        assert question.objective in result.pack.objectives, where
        lesson = result.pack.lesson(question.lesson_id)
        assert lesson is not None
        assert question.section in lesson.section_ids, where
        assert question.explanation.zh and question.explanation.en, where
        count = len(question.choices)
        if question.type is QuestionType.SINGLE:
            assert isinstance(question.answer, int)
            assert 0 <= question.answer < count, where
        elif question.type is QuestionType.MULTIPLE:
            assert isinstance(question.answer, tuple)
            assert question.answer, where
            assert set(question.answer) <= set(range(count)), where
        elif question.type is QuestionType.ORDERING:
            assert isinstance(question.answer, tuple)
            assert sorted(question.answer) == list(range(count)), where
        elif question.type is QuestionType.TRUE_FALSE:
            assert isinstance(question.answer, bool), where
        else:
            assert isinstance(question.answer, Decimal), where
            assert question.tolerance is not None, where
        assert question.is_correct(
            list(question.answer) if isinstance(question.answer, tuple) else question.answer
        ), where


def test_computed_answers_agree_with_the_finance_engine(result: loader.LoadResult) -> None:
    computed = [q for q in result.pack.questions if q.compute is not None]
    assert computed, "the course should compute some numeric answers with the engine"
    for question in computed:
        assert question.compute is not None
        output: object = calc.run(question.compute.command, question.compute.args)
        for part in question.compute.result.split("."):
            assert isinstance(output, dict)
            output = output[part]
        assert question.answer == Decimal(str(output)), question.id


def test_calculator_blocks_name_real_presets(result: loader.LoadResult) -> None:
    presets = {p.stem for p in paths.products_dir().glob("*.toml")}
    for lesson in result.pack.lessons:
        for language in LANGUAGES:
            for section in lesson.body(language).sections:
                for block in section.blocks:
                    if isinstance(block, CalculatorBlock):
                        assert block.product in presets, (lesson.id, block.product)


def test_the_course_meets_the_issue_targets(result: loader.LoadResult) -> None:
    """Issue 6: 12 lessons; each 3-6 sections, an interactive block and >= 12 questions;
    >= 150 questions in all."""
    short = []
    for lesson in result.pack.lessons:
        sections = lesson.body(Language.ZH).sections
        blocks = [
            b
            for s in sections
            for b in s.blocks
            if isinstance(b, CalculatorBlock | RecordBlock | ChoiceBlock)
        ]
        if not 3 <= len(sections) <= 6:
            short.append(f"{lesson.id}: {len(sections)} sections")
        if not blocks:
            short.append(f"{lesson.id}: no interactive block")
        if len(lesson.questions) < MIN_QUESTIONS_PER_LESSON:
            short.append(f"{lesson.id}: {len(lesson.questions)} questions")
    total = len(result.pack.questions)
    if total < MIN_QUESTIONS:
        short.append(f"{total} questions in all")
    if len(result.pack.lessons) != COURSE_LESSONS:
        short.append(f"{len(result.pack.lessons)} lessons load")
    assert not short, "\n".join(short)


def test_every_scenario_choice_says_which_option_is_wiser_and_why(
    result: loader.LoadResult,
) -> None:
    """Issue 20: after choosing, every option shows whether it was wise and why, in both
    languages; each block has at least one wise option and the same verdicts in zh and en."""
    blocks = 0
    for lesson in result.pack.lessons:
        by_language = {}
        for language, body in lesson.bodies.items():
            found = [
                s
                for section in body.sections
                for s in section.segments
                if isinstance(s, ChoiceBlock)
            ]
            by_language[language] = found
            for block in found:
                assert all(o.verdict is not None and o.why.strip() for o in block.options), block.id
                assert any(o.verdict is ChoiceVerdict.WISE for o in block.options), block.id
        zh, en = by_language[Language.ZH], by_language[Language.EN]
        assert [[o.verdict for o in b.options] for b in zh] == [
            [o.verdict for o in b.options] for b in en
        ]
        blocks += len(en)
    assert blocks >= 13
