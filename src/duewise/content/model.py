"""The lesson-pack model: lessons, sections, interactive blocks and questions as frozen dataclasses.

Everything here is plain data produced by :mod:`duewise.content.loader`; nothing in a pack is ever
executed. Reader-visible text that lives in ``lesson.toml`` is a bilingual :class:`Text`; the prose
of each language (``zh.md``/``en.md``) is a :class:`LessonBody` of :class:`Section` s whose
segments are Markdown text or interactive blocks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

# Re-exported: the lesson model's languages.
from duewise.content.language import LANGUAGES as LANGUAGES  # noqa: PLC0414
from duewise.content.language import Language as Language  # noqa: PLC0414


@dataclass(frozen=True, slots=True)
class Text:
    """Reader-visible text in both languages (``{ zh = "…", en = "…" }`` in TOML)."""

    zh: str
    en: str

    def get(self, language: Language) -> str:
        """The text in ``language``."""
        return self.zh if language == Language.ZH else self.en


class Level(StrEnum):
    """How much a lesson expects the reader to know already."""

    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Pool(StrEnum):
    """Which quizzes may use a question; the value is the ``pool`` written in ``lesson.toml``.

    - ``lesson``: the lesson's own quiz and spaced review (the default);
    - ``diagnostic``: the course pre-test; lesson quizzes and review may use it too;
    - ``final``: the course post-test only (never a lesson quiz, review or practice);
    - ``practice``: an ungraded item shown by a ``practice`` block inside a section; never in a
      quiz.
    """

    LESSON = "lesson"
    DIAGNOSTIC = "diagnostic"
    FINAL = "final"
    PRACTICE = "practice"


class QuestionType(StrEnum):
    """The five question types; the value is the ``type`` written in ``lesson.toml``."""

    SINGLE = "single"  # one right choice
    MULTIPLE = "multiple"  # one or more right choices
    TRUE_FALSE = "true_false"
    NUMERIC = "numeric"  # a number, right within an absolute tolerance
    ORDERING = "ordering"  # put the choices in the right order


@dataclass(frozen=True, slots=True)
class Objective:
    """Something the learner can do after a lesson; questions name it by ``id``."""

    id: str
    text: Text
    lesson_id: str


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """A term defined by one lesson, linked from prose as ``[term](glossary:id)``."""

    id: str
    term: Text
    definition: Text
    lesson_id: str


@dataclass(frozen=True, slots=True)
class Source:
    """A source backing the lesson's claims, written for each reader.

    ``text`` is bilingual (a plain-string ``text`` of an older pack is the same in both
    languages); ``url`` is an ``https://`` address where a reader can find the text. ``ref`` (a
    pointer into the project's notes) is still read from older packs but never shown.
    """

    id: str
    text: Text
    url: str | None = None
    ref: str = ""


@dataclass(frozen=True, slots=True)
class TimedActivity:
    """One step of a lesson plan: ``minutes`` spent on ``activity``."""

    minutes: int
    activity: Text


@dataclass(frozen=True, slots=True)
class TeacherNotes:
    """A lesson's notes for the teacher (``[teacher_notes]``), printable with the handout."""

    timing: tuple[TimedActivity, ...]
    discussion: tuple[Text, ...]  # prompts for a class discussion
    misconceptions: tuple[Text, ...]  # common wrong beliefs and their correction
    exit_ticket: Text | None  # one short question to answer on leaving


@dataclass(frozen=True, slots=True)
class Compute:
    """A numeric answer computed by the finance engine: ``calc.run(command, args)[result]``.

    ``result`` may be a dotted path into nested results (``"summary.total_cost"``).
    """

    command: str
    args: Mapping[str, str | int | bool]
    result: str


Answer = int | bool | tuple[int, ...] | Decimal
"""An answer key: a choice index, a bool, choice indices (multiple, ordering) or a Decimal."""


@dataclass(frozen=True, slots=True)
class Question:
    """One quiz question with its answer key.

    ``answer`` is an ``int`` for SINGLE, a ``bool`` for TRUE_FALSE, a sorted ``tuple`` of indices
    for MULTIPLE, the indices in the right order for ORDERING, and a ``Decimal`` for NUMERIC. A
    NUMERIC answer given by ``compute`` holds the finance engine's value, so a quiz can never
    disagree with the calculator. It is ``None`` only when the engine was unavailable at load time
    (the load result then carries a note saying so).
    """

    id: str
    type: QuestionType
    objective: str
    section: str
    difficulty: int  # 1 easy, 2 medium, 3 hard
    prompt: Text
    choices: tuple[Text, ...]
    answer: Answer | None
    explanation: Text
    lesson_id: str
    tolerance: Decimal | None = None  # NUMERIC only: absolute
    unit: Text | None = None  # NUMERIC only
    compute: Compute | None = None  # NUMERIC only
    line: int = 0  # line of its ``[[questions]]`` header in lesson.toml
    pool: Pool = Pool.LESSON

    def is_correct(self, response: object) -> bool:
        """Whether ``response`` is right.

        Args:
            response: an ``int`` (SINGLE), a ``bool`` (TRUE_FALSE), a collection of indices
                (MULTIPLE, in any order), a sequence of indices (ORDERING), a ``Decimal`` or
                ``int`` (NUMERIC).
        """
        answer = self.answer
        if answer is None:
            return False
        if self.type is QuestionType.SINGLE:
            return type(response) is int and response == answer
        if self.type is QuestionType.TRUE_FALSE:
            return isinstance(response, bool) and response == answer
        if self.type is QuestionType.MULTIPLE:
            if isinstance(response, str) or not isinstance(response, Sequence | set | frozenset):
                return False
            return isinstance(answer, tuple) and set(response) == set(answer)
        if self.type is QuestionType.ORDERING:
            if isinstance(response, str) or not isinstance(response, Sequence):
                return False
            return tuple(response) == answer
        if isinstance(response, bool) or not isinstance(response, Decimal | int):
            return False
        if not isinstance(answer, Decimal) or self.tolerance is None:
            return False
        return abs(Decimal(response) - answer) <= self.tolerance


# ---- prose segments -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Markdown:
    """A run of Markdown prose (render with ``QTextBrowser.setMarkdown``).

    Links use the schemes ``glossary:``, ``lesson:``, ``https:`` and ``#section``; the viewer
    handles them itself and opens web links only on click.
    """

    text: str
    line: int  # first line in the .md file


class Slider(StrEnum):
    """What a calculator block's slider changes."""

    DAYS_LATE = "days_late"
    AMOUNT = "amount"
    MISSED_CYCLES = "missed_cycles"
    APR = "apr"
    MONTHS = "months"


class ScenarioKind(StrEnum):
    """What the borrower does in a calculator block."""

    ON_TIME = "on-time"
    MINIMUM = "minimum"
    MISS = "miss"  # miss N cycles
    PARTIAL = "partial"  # pay part: a given amount


@dataclass(frozen=True, slots=True)
class Scenario:
    """A parsed ``scenario`` value: ``on-time``, ``minimum``, ``miss:N`` or ``partial:AMOUNT``."""

    kind: ScenarioKind
    cycles: int | None = None  # MISS only
    amount: Decimal | None = None  # PARTIAL only

    def __str__(self) -> str:
        if self.kind is ScenarioKind.MISS:
            return f"miss:{self.cycles}"
        if self.kind is ScenarioKind.PARTIAL:
            return f"partial:{self.amount}"
        return self.kind.value


class Then(StrEnum):
    """What happens after the scenario in a calculator block."""

    CATCH_UP = "catch-up"
    KEEP_MISSING = "keep-missing"
    NEGOTIATE = "negotiate"


@dataclass(frozen=True, slots=True)
class CalculatorBlock:
    """A small live calculator pre-filled with a scenario, with one or two sliders."""

    product: str  # preset id (assets/products/<id>.toml)
    amount: Decimal
    scenario: Scenario
    then: Then | None
    sliders: tuple[Slider, ...]
    line: int


class RecordSystem(StrEnum):
    """Which credit-report grid a record block shows."""

    PBOC = "pboc"  # 征信 24-month codes: one character per month
    US = "us"  # US marks: OK 30 60 … CO, comma-separated


PBOC_CODES = frozenset("N1234567CGDZ*#/MBA")
US_CODES = frozenset({"OK", "30", "60", "90", "120", "150", "180", "CO"})


@dataclass(frozen=True, slots=True)
class RecordBlock:
    """A credit-report history grid; ``codes[i]`` is the mark of month ``start + i``."""

    system: RecordSystem
    start: date  # first day of the first month shown
    codes: tuple[str, ...]
    caption: str  # reader text, may be empty
    line: int


class ChoiceVerdict(StrEnum):
    """How wise one option of a scenario choice is (the same in both languages)."""

    WISE = "wise"  # the wiser choice (a block may have more than one)
    MIXED = "mixed"  # it can work, with a catch
    UNWISE = "unwise"  # it costs the reader


@dataclass(frozen=True, slots=True)
class ChoiceOption:
    """One answer of a scenario choice, what follows from it, and (optionally, so older packs
    still load) how wise it is and why."""

    label: str
    outcome: str
    verdict: ChoiceVerdict | None = None
    why: str = ""  # reader text: one or two sentences on why the option is (un)wise


@dataclass(frozen=True, slots=True)
class ChoiceBlock:
    """A "what do you do?" scenario with a consequence per option."""

    id: str
    prompt: str
    options: tuple[ChoiceOption, ...]
    line: int


@dataclass(frozen=True, slots=True)
class FigureRef:
    """A figure on a line of its own: ``![alt](figure:name.png)`` → ``assets/figures/name.png``."""

    name: str
    alt: str
    path: Path
    line: int


@dataclass(frozen=True, slots=True)
class PracticeBlock:
    """An ungraded practice item inside a section: the question ``question`` of the lesson (its
    pool is ``practice``).

    Practice blocks are kept apart from :attr:`Section.segments` (in :attr:`Section.practice`),
    so a viewer that does not know them still shows the lesson; ``after`` is the number of
    segments of the section that come before the block.
    """

    question: str
    line: int
    after: int = 0


Block = CalculatorBlock | RecordBlock | ChoiceBlock | FigureRef | PracticeBlock
Segment = Markdown | CalculatorBlock | RecordBlock | ChoiceBlock | FigureRef


def block_kind(block: Block) -> str:
    """The kind of a block as written in the Markdown (``calculator``, ``record``, ``choice``,
    ``practice``, ``figure``)."""
    if isinstance(block, CalculatorBlock):
        return "calculator"
    if isinstance(block, RecordBlock):
        return "record"
    if isinstance(block, ChoiceBlock):
        return "choice"
    if isinstance(block, PracticeBlock):
        return "practice"
    return "figure"


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a lesson: one ``## Title {#id}`` heading and what follows it."""

    id: str
    title: str
    segments: tuple[Segment, ...]
    line: int
    practice: tuple[PracticeBlock, ...] = ()  # its practice blocks, in order (see PracticeBlock)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The interactive blocks and figures of the section, in order (not practice blocks)."""
        return tuple(s for s in self.segments if not isinstance(s, Markdown))


@dataclass(frozen=True, slots=True)
class LessonBody:
    """The prose of a lesson in one language: an introduction, then its sections."""

    language: Language
    path: Path
    intro: tuple[Segment, ...]
    sections: tuple[Section, ...]
    title: str = ""  # the ``# Title`` line the file starts with (not part of ``intro``)

    def section(self, section_id: str) -> Section | None:
        """The section with this id, if any."""
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(frozen=True, slots=True)
class Lesson:
    """One lesson: metadata and quiz from ``lesson.toml``, prose from ``zh.md`` and ``en.md``."""

    id: str
    order: int
    level: Level
    minutes: int
    title: Text
    summary: Text
    objectives: tuple[Objective, ...]
    glossary: tuple[GlossaryTerm, ...]  # the terms this lesson defines
    sources: tuple[Source, ...]
    questions: tuple[Question, ...]
    bodies: Mapping[Language, LessonBody]
    path: Path  # the lesson folder
    terms_used: tuple[str, ...] = ()  # glossary ids linked from the prose, first use first
    hook: Text | None = None  # the question or situation that opens the lesson
    teacher_notes: TeacherNotes | None = None

    def pool(self, *pools: Pool) -> tuple[Question, ...]:
        """The lesson's questions in any of ``pools``, in file order."""
        return tuple(q for q in self.questions if q.pool in pools)

    def body(self, language: Language) -> LessonBody:
        """The prose in ``language``."""
        return self.bodies[language]

    @property
    def section_ids(self) -> tuple[str, ...]:
        """Section ids in order (the same in every language)."""
        return tuple(s.id for s in self.bodies[Language.ZH].sections)


@dataclass(frozen=True, slots=True)
class Pack:
    """A loaded lesson pack: the lessons that loaded, sorted by ``order`` then folder name."""

    path: Path
    lessons: tuple[Lesson, ...]
    _by_id: Mapping[str, Lesson] = field(init=False, repr=False, compare=False)
    _objectives: Mapping[str, Objective] = field(init=False, repr=False, compare=False)
    _glossary: Mapping[str, GlossaryTerm] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "_by_id", MappingProxyType({lesson.id: lesson for lesson in self.lessons}))
        set_(
            self,
            "_objectives",
            MappingProxyType({o.id: o for lesson in self.lessons for o in lesson.objectives}),
        )
        set_(
            self,
            "_glossary",
            MappingProxyType({g.id: g for lesson in self.lessons for g in lesson.glossary}),
        )

    @property
    def languages(self) -> tuple[Language, ...]:
        """Every lesson is in all of these languages."""
        return LANGUAGES

    @property
    def questions(self) -> tuple[Question, ...]:
        """All questions of the pack, lesson by lesson."""
        return tuple(q for lesson in self.lessons for q in lesson.questions)

    @property
    def objectives(self) -> Mapping[str, Objective]:
        """Objectives by id."""
        return self._objectives

    @property
    def glossary(self) -> Mapping[str, GlossaryTerm]:
        """Glossary terms by id (for hover and F1 on ``glossary:`` links)."""
        return self._glossary

    def lesson(self, lesson_id: str) -> Lesson | None:
        """The lesson with this id, if it loaded."""
        return self._by_id.get(lesson_id)
