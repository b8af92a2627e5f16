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
    ChoiceVerdict,
    FigureRef,
    Language,
    Level,
    Markdown,
    Pool,
    PracticeBlock,
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
    # an older pack's plain-string source is shown in both languages; its ref is kept, not shown
    jd_help = "JD Baitiao help text (reproduced at hpgipv.com), 2025: 还款日 = 账单日 + 9 天"
    assert basics.sources[0].text == Text(jd_help, jd_help)
    assert basics.sources[0].url is None
    assert basics.sources[0].ref == "credit-rules.md §1"
    assert basics.terms_used == ("due-date",)
    assert basics.section_ids == ("due", "record")
    assert result.pack.glossary["late-penalty"].term.zh == "违约金"
    assert result.pack.objectives["late.penalty"].lesson_id == "late"


def test_the_issue_13_additions_load(result: loader.LoadResult) -> None:
    late = result.pack.lesson("late")
    basics = result.pack.lesson("basics")
    assert late is not None and basics is not None
    assert late.hook is not None
    assert late.hook.en == "A Baitiao bill is paid 5 days late. How much more does it cost?"
    notes = late.teacher_notes
    assert notes is not None
    assert [(step.minutes, step.activity.zh) for step in notes.timing] == [
        (3, "读开场问题，请学生猜"),
        (9, "讲公式，做练习题"),
    ]
    assert [t.en for t in notes.discussion] == [
        "Why is the penalty charged by the day?",
        "How much worse is a month than a day?",
    ]
    assert len(notes.misconceptions) == 2
    assert notes.exit_ticket == Text(
        zh="2000 元晚还 3 天，违约金多少？", en="2,000 yuan paid 3 days late: what is the penalty?"
    )
    (source,) = late.sources
    assert source.text.zh.startswith("京东白条帮助中心《逾期违约金说明》")
    assert source.text.en.startswith("JD Baitiao help centre")
    assert source.url == "https://www.example.com/jd-baitiao-help"
    assert source.ref == ""
    pools = {q.id: q.pool for q in result.pack.questions}
    assert pools == {
        "b-01": Pool.LESSON,  # no pool given
        "b-02": Pool.LESSON,
        "b-03": Pool.LESSON,
        "b-04": Pool.LESSON,
        "l-01": Pool.DIAGNOSTIC,
        "l-02": Pool.FINAL,
        "l-03": Pool.LESSON,
        "l-04": Pool.PRACTICE,
    }
    assert [q.id for q in late.pool(Pool.LESSON, Pool.DIAGNOSTIC)] == ["l-01", "l-03"]
    # an older lesson has none of them
    assert basics.hook is None and basics.teacher_notes is None
    assert basics.body(Language.ZH).title == ""


def test_practice_blocks_and_titles(result: loader.LoadResult) -> None:
    late = result.pack.lesson("late")
    assert late is not None
    titles = ((Language.ZH, "逾期的代价", 7), (Language.EN, "What a late payment costs", 8))
    for language, title, line in titles:
        body = late.body(language)
        assert body.title == title
        assert body.intro == ()  # the "# Title" line is not introduction text
        penalty = body.sections[0]
        # kept apart from the segments, so viewers that don't know practice blocks still work
        assert [type(s) for s in penalty.segments] == [Markdown, Markdown]
        assert penalty.practice == (PracticeBlock("l-04", line=line, after=1),)
        assert block_kind(penalty.practice[0]) == "practice"
        assert penalty.blocks == ()


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
    assert [o.verdict for o in choice.options] == [ChoiceVerdict.WISE, ChoiceVerdict.UNWISE]
    assert choice.options[0].why == "Paying the minimum keeps the account current."
    zh_choice = late.body(Language.ZH).sections[1].blocks[0]
    assert isinstance(zh_choice, ChoiceBlock)
    assert zh_choice.options[1].why == "什么都不做就会逾期，每天都收违约金。"


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
    assert list(counts) == ["lessons", "languages", "questions", "by_type", "objectives", "pools"]
    assert counts == {
        "lessons": 2,
        "languages": ["en", "zh"],
        "questions": 8,
        "by_type": {"single": 2, "multiple": 1, "true_false": 2, "numeric": 2, "ordering": 1},
        "objectives": 3,
        "pools": {"lesson": 5, "diagnostic": 1, "final": 1, "practice": 1},
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
        "02-late/lesson.toml:48: note: question 'l-01': cannot check: finance engine not "
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
