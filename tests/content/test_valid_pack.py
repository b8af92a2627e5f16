"""The valid mini-pack loads completely, with the model the viewer and quizzes rely on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from lessonpacks import TEST_ASSETS, VALID_PACK, FakeEngine

from duewise.content import loader
from duewise.content.model import (
    CalculatorBlock,
    ChoiceBlock,
    FigureRef,
    Language,
    Level,
    Markdown,
    QuestionType,
    RecordBlock,
    RecordSystem,
    Scenario,
    ScenarioKind,
    Slider,
    Text,
    Then,
    block_kind,
)


@pytest.fixture
def result(engine: FakeEngine) -> loader.LoadResult:
    return loader.load_pack(VALID_PACK, engine=engine, assets_dir=TEST_ASSETS)


def test_valid_pack_has_no_problems(result: loader.LoadResult) -> None:
    assert result.problems == ()
    assert result.notes == ()
    assert result.ok
    assert [lesson.id for lesson in result.pack.lessons] == ["basics", "late"]


def test_lesson_metadata(result: loader.LoadResult) -> None:
    basics = result.pack.lesson("basics")
    assert basics is not None
    assert basics.order == 1
    assert basics.level is Level.BEGINNER
    assert basics.minutes == 10
    assert basics.title == Text(zh="账单日和还款日", en="Statement date and due date")
    assert basics.title.get(Language.EN) == "Statement date and due date"
    assert [o.id for o in basics.objectives] == ["basics.due-date", "basics.record"]
    assert basics.objectives[0].lesson_id == "basics"
    assert [g.id for g in basics.glossary] == ["due-date"]
    assert basics.sources[0].ref == "credit-rules.md §1"
    assert basics.terms_used == ("due-date",)
    assert basics.section_ids == ("due", "record")
    assert result.pack.glossary["late-penalty"].term.zh == "违约金"
    assert result.pack.objectives["late.penalty"].lesson_id == "late"


def test_sections_and_segments_in_both_languages(result: loader.LoadResult) -> None:
    basics = result.pack.lesson("basics")
    assert basics is not None
    for language in Language:
        body = basics.body(language)
        assert body.language is language
        assert body.path.name == f"{language.value}.md"
        assert [type(s) for s in body.intro] == [Markdown]
        due, record = body.sections
        assert (due.id, record.id) == ("due", "record")
        assert [type(s) for s in due.segments] == [Markdown, CalculatorBlock, Markdown]
        assert [block_kind(b) for b in record.blocks] == ["figure", "record"]
    zh_due = basics.body(Language.ZH).sections[0]
    assert zh_due.title == "还款日"
    assert zh_due.line == 3
    first = zh_due.segments[0]
    assert isinstance(first, Markdown)
    assert first.line == 5
    assert first.text.startswith("白条账单制下")
    plain_code = zh_due.segments[2]
    assert isinstance(plain_code, Markdown)
    assert "还款日 = 账单日 + 9" in plain_code.text


def test_blocks_are_typed(result: loader.LoadResult) -> None:
    basics, late = result.pack.lessons
    calculator = basics.body(Language.EN).sections[0].blocks[0]
    assert calculator == CalculatorBlock(
        product="cn_jd_baitiao",
        amount=Decimal("1000"),
        scenario=Scenario(ScenarioKind.MISS, cycles=1),
        then=Then.CATCH_UP,
        sliders=(Slider.DAYS_LATE,),
        line=9,  # the opening fence
    )
    figure, record = basics.body(Language.ZH).sections[1].blocks
    assert isinstance(figure, FigureRef)
    assert figure.name == "grid.png"
    assert figure.alt == "24 个月的还款记录"
    assert figure.path == (TEST_ASSETS / "figures" / "grid.png").resolve()
    assert isinstance(record, RecordBlock)
    assert record.system is RecordSystem.PBOC
    assert record.start == date(2025, 1, 1)
    assert record.codes[5:8] == ("1", "2", "3")
    assert len(record.codes) == 24
    assert record.caption == "连续三个月逾期"
    choice = late.body(Language.EN).sections[1].blocks[0]
    assert isinstance(choice, ChoiceBlock)
    assert choice.id == "cant-pay"
    assert [o.label for o in choice.options] == ["Pay the minimum first", "Do nothing"]


def test_answer_keys_of_every_type(result: loader.LoadResult) -> None:
    questions = {q.id: q for q in result.pack.questions}
    assert {q.type for q in questions.values()} == set(QuestionType)
    assert questions["b-01"].answer == 1
    assert questions["b-02"].answer == (1, 2)  # written [2, 1]: a set, kept sorted
    assert questions["b-03"].answer is False
    assert questions["b-04"].answer == (1, 2, 0)  # ordering keeps its order
    assert questions["l-02"].answer == Decimal("0.07")
    assert questions["l-02"].tolerance == Decimal("0")
    assert questions["b-01"].lesson_id == "basics"
    assert questions["b-01"].section == "due"
    assert questions["b-01"].choices[1].en == "The 10th"


def test_computed_answer_comes_from_the_engine(
    result: loader.LoadResult, engine: FakeEngine
) -> None:
    question = next(q for q in result.pack.questions if q.id == "l-01")
    assert question.answer == Decimal("3.50")
    assert question.compute is not None
    assert question.compute.command == "late"
    assert dict(question.compute.args) == {
        "product": "cn_jd_baitiao",
        "amount": "1000",
        "days_late": 5,
    }
    assert question.unit == Text(zh="元", en="yuan")
    assert engine.calls == [
        ("late", {"product": "cn_jd_baitiao", "amount": "1000", "days_late": 5})
    ]


def test_is_correct_for_every_type(result: loader.LoadResult) -> None:
    q = {question.id: question for question in result.pack.questions}
    assert q["b-01"].is_correct(1)
    assert not q["b-01"].is_correct(0)
    assert not q["b-01"].is_correct(True)  # a bool is not a choice index
    assert q["b-02"].is_correct([2, 1])
    assert q["b-02"].is_correct({1, 2})
    assert not q["b-02"].is_correct([1])
    assert q["b-03"].is_correct(False)
    assert not q["b-03"].is_correct(0)
    assert q["b-04"].is_correct([1, 2, 0])
    assert not q["b-04"].is_correct([0, 1, 2])
    assert q["l-01"].is_correct(Decimal("3.505"))
    assert not q["l-01"].is_correct(Decimal("3.52"))
    assert not q["l-01"].is_correct("3.50")
    assert q["l-02"].is_correct(Decimal("0.070"))


def test_stats_of_the_valid_pack(result: loader.LoadResult) -> None:
    counts = loader.stats(result.pack)
    assert list(counts) == ["lessons", "languages", "questions", "by_type", "objectives"]
    assert counts == {
        "lessons": 2,
        "languages": ["en", "zh"],
        "questions": 7,
        "by_type": {"single": 2, "multiple": 1, "true_false": 1, "numeric": 2, "ordering": 1},
        "objectives": 3,
    }


class _NoEngine:
    def preset_ids(self) -> frozenset[str] | None:
        return None

    def run(self, command: str, params: object) -> dict[str, object]:
        from duewise.content.engine import EngineUnavailableError

        raise EngineUnavailableError(command)


def test_without_an_engine_the_pack_loads_with_notes() -> None:
    result = loader.load_pack(VALID_PACK, engine=_NoEngine(), assets_dir=TEST_ASSETS)
    assert result.problems == ()
    assert [p.format(VALID_PACK) for p in result.notes] == [
        "01-basics/en.md:10: note: calculator block: cannot check: finance engine not available "
        "(product presets, so 'cn_jd_baitiao' is unchecked)",
        "01-basics/zh.md:9: note: calculator block: cannot check: finance engine not available "
        "(product presets, so 'cn_jd_baitiao' is unchecked)",
        "02-late/lesson.toml:31: note: question 'l-01': cannot check: finance engine not "
        "available (late → penalty not computed)",
    ]
    question = next(q for q in result.pack.questions if q.id == "l-01")
    assert question.answer is None
    assert not question.is_correct(Decimal("3.50"))


def test_a_pack_path_that_is_not_a_pack_raises(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    with pytest.raises(loader.PackPathError) as missing:
        loader.load_pack(tmp_path / "nope")
    assert missing.value.code == "not_found"
    with pytest.raises(loader.PackPathError) as empty:
        loader.load_pack(tmp_path)
    assert empty.value.code == "no_lessons"
    with pytest.raises(loader.PackPathError) as lesson:
        loader.load_pack(VALID_PACK / "01-basics")
    assert lesson.value.code == "is_a_lesson"
