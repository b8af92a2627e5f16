"""Load and validate a lesson pack: every problem with its file and line; broken lessons are
skipped, every other lesson loads.

A pack is data only: files are read and parsed (``tomllib``, a line scanner for Markdown); nothing
is evaluated, executed or fetched. Files are read through :mod:`duewise.content.packfiles` (only
regular files inside the pack) and bounded by :mod:`duewise.content.limits` before they are parsed.

Example:
    >>> result = load_pack(paths.lessons_dir())          # doctest: +SKIP
    >>> for problem in result.problems:                  # doctest: +SKIP
    ...     print(problem.format())
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from duewise import paths
from duewise.content import extras, limits, packfiles, problems
from duewise.content.blocks import BlockContext
from duewise.content.engine import COMMANDS, Engine, EngineUnavailableError, FinanceEngine
from duewise.content.fields import Fields, did_you_mean, parse_number, type_name
from duewise.content.model import (
    LANGUAGES,
    Answer,
    Compute,
    GlossaryTerm,
    Language,
    Lesson,
    LessonBody,
    Level,
    Objective,
    Pack,
    Pool,
    Question,
    QuestionType,
    Source,
    TeacherNotes,
    Text,
)
from duewise.content.problems import Problem, Severity
from duewise.content.prose import Link, ParsedBody, Signature, needs_scan, parse_body, scan_text
from duewise.content.tomllines import TomlLines, decode_error

LESSON_FILE = "lesson.toml"
_ROOT_REQUIRED = ("id", "order", "level", "minutes", "title", "summary", "objectives")
_ROOT_OPTIONAL = ("glossary", "sources", "questions", *extras.ROOT_KEYS)
_QUESTION_REQUIRED = ("id", "type", "objective", "section", "difficulty", "prompt", "explanation")
_QUESTION_OPTIONAL = ("choices", "answer", "tolerance", "unit", "compute", *extras.QUESTION_KEYS)
_WITH_CHOICES = (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.ORDERING)
MIN_CHOICES, MAX_CHOICES = 2, 6


class PackPathError(ValueError):
    """The path given is not a lesson pack (missing, not a folder, or no lesson folders in it).

    Attributes:
        code: ``not_found``, ``not_a_folder``, ``no_lessons``, ``is_a_lesson`` or
            ``too_many_entries``.
        path: the path given.
    """

    def __init__(self, code: str, path: Path) -> None:
        self.code = code
        self.path = path
        messages = {
            "not_found": "no such folder",
            "not_a_folder": "not a folder",
            "no_lessons": f"no lesson folders (a folder holding {LESSON_FILE}) in it",
            "is_a_lesson": f"this is one lesson; check its pack instead: {path.parent}",
            "too_many_entries": f"more than {limits.MAX_PACK_ENTRIES} entries in the folder",
        }
        super().__init__(f"{path}: not a lesson pack: {messages[code]}")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading a pack gives.

    Attributes:
        pack: the lessons that loaded without problems.
        problems: every ERROR, sorted by file and line; a lesson with any is skipped.
        notes: what could not be checked (e.g. the finance engine is missing); not failures.
        skipped: the folders of the lessons that were skipped.
        warnings: what loads but could be better (a title line that differs from the title);
            ``duewise.content.audit`` adds the pack-wide ones.
    """

    pack: Pack
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...] = ()
    skipped: tuple[Path, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """No problems at all."""
        return not self.problems


# ---- one lesson -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ref:
    """An id used somewhere, to be checked once the whole pack is known."""

    kind: str  # objective | glossary | lesson | section
    id: str
    path: Path
    line: int
    where: str = ""
    lesson: str = ""  # for lesson:ID#section links


@dataclass(slots=True)
class _Draft:
    """A lesson while it is being loaded."""

    folder: Path
    sink: list[Problem] = field(default_factory=limits.ProblemSink)
    lines: TomlLines | None = None
    data: dict[str, object] = field(default_factory=dict)
    readable: bool = False  # lesson.toml was read and parsed
    id: str | None = None
    id_line: int = 1
    order: int | None = None
    level: Level | None = None
    minutes: int | None = None
    title: Text | None = None
    summary: Text | None = None
    hook: Text | None = None
    teacher_notes: TeacherNotes | None = None
    objectives: list[tuple[Objective, int]] = field(default_factory=list)
    glossary: list[tuple[GlossaryTerm, int]] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    questions: list[tuple[Question, int]] = field(default_factory=list)
    bodies: dict[Language, ParsedBody] = field(default_factory=dict)
    refs: list[_Ref] = field(default_factory=list)

    @property
    def toml_path(self) -> Path:
        return self.folder / LESSON_FILE


class _LessonLoader:
    def __init__(
        self,
        draft: _Draft,
        engine: Engine,
        figures_dir: Path,
        root: Path | None = None,
        budget: limits.Budget | None = None,
    ) -> None:
        self.draft = draft
        self.engine = engine
        self.figures_dir = figures_dir
        self.sink = draft.sink
        self.root = root if root is not None else packfiles.real_root(draft.folder.parent)
        self.budget = budget if budget is not None else limits.Budget()

    def _refuse(self, path: Path, refusal: limits.Refusal | None) -> bool:
        if refusal is None:
            return False
        self.sink.append(problems.make(refusal.code, path, refusal.line, **refusal.params))
        return True

    def load(self) -> None:
        draft = self.draft
        if not packfiles.inside(draft.folder, self.root):
            self.sink.append(
                problems.make("outside_pack", draft.toml_path, 1, name=draft.folder.name)
            )
            return
        text = packfiles.read_text(draft.toml_path, self.root, self.budget, self.sink)
        if text is not None and not self._refuse(draft.toml_path, limits.toml_refusal(text)):
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as error:
                line, detail = decode_error(error, text)
                self.sink.append(problems.make("toml_syntax", draft.toml_path, line, detail=detail))
            else:
                draft.data = data
                draft.readable = True
                draft.lines = TomlLines(text)
                self._metadata()
        context = BlockContext(self.engine.preset_ids())
        for language in LANGUAGES:
            path = draft.folder / f"{language.value}.md"
            if not packfiles.exists(path):
                self.sink.append(problems.make("file_missing", draft.toml_path, 1, name=path.name))
                continue
            body_text = packfiles.read_text(path, self.root, self.budget, self.sink)
            if body_text is None or self._refuse(path, limits.long_line(body_text)):
                continue
            draft.bodies[language] = parse_body(
                body_text,
                path,
                language,
                context=context,
                figures_dir=self.figures_dir,
                sink=self.sink,
            )
        self._parity()
        self._section_refs()
        if draft.readable:  # else its question ids are unknown: every check would be a false alarm
            extras.check_lesson(
                toml_path=draft.toml_path,
                title=draft.title,
                questions=draft.questions,
                question_ids=_question_ids(draft.data),
                bodies=draft.bodies,
                sink=self.sink,
            )
        for parsed in draft.bodies.values():
            for link in parsed.links:
                self._link_ref(link, parsed.body.path)

    # -- lesson.toml -------------------------------------------------------------------------------

    def _root(self) -> Fields:
        assert self.draft.lines is not None
        return Fields(self.draft.data, self.draft.toml_path, self.draft.lines, sink=self.sink)

    def _metadata(self) -> None:
        draft = self.draft
        root = self._root()
        root.check_keys(_ROOT_REQUIRED, _ROOT_OPTIONAL)
        draft.id = root.ident("id", "lesson")
        draft.id_line = root.line("id")
        draft.order = root.integer("order", low=0)
        level = root.choice("level", [v.value for v in Level])
        draft.level = Level(level) if level else None
        draft.minutes = root.integer("minutes", low=1)
        draft.title = root.text("title")
        draft.summary = root.text("summary")
        for key in ("title", "summary"):
            self._scan_text(root, key)
        draft.hook = extras.hook(root, self._scan_text)
        draft.teacher_notes = extras.teacher_notes(root, self._scan_text)
        lesson_id = draft.id or ""
        for fields in self._tables(root, "objectives", "objective"):
            fields.check_keys(("id", "text"), ())
            objective_id = fields.ident("id", "objective", objective=True)
            text = fields.text("text")
            self._scan_text(fields, "text")
            if objective_id and text:
                draft.objectives.append(
                    (Objective(objective_id, text, lesson_id), fields.line("id"))
                )
        for fields in self._tables(root, "glossary", "glossary term"):
            fields.check_keys(("id", "term", "definition"), ())
            term_id = fields.ident("id", "glossary term")
            term, definition = fields.text("term"), fields.text("definition")
            self._scan_text(fields, "definition")
            if term_id and term and definition:
                draft.glossary.append(
                    (GlossaryTerm(term_id, term, definition, lesson_id), fields.line("id"))
                )
        seen: dict[str, int] = {}
        for fields in self._tables(root, "sources", "source"):
            source_id, source = extras.source(fields, self._scan_text)
            if source_id and source_id in seen:
                first = f"{LESSON_FILE}:{seen[source_id]}"
                fields.report("duplicate_id", "id", kind="source", id=source_id, first=first)
            elif source_id and source:
                seen[source_id] = fields.line("id")
                draft.sources.append(source)
        raw_questions = root.data.get("questions")
        if isinstance(raw_questions, list) and len(raw_questions) > limits.MAX_QUESTIONS:
            root.report("too_many_questions", "questions", limit=limits.MAX_QUESTIONS)
            return
        for fields in self._tables(root, "questions", "question"):
            question = self._question(fields, lesson_id)
            if question is not None:
                draft.questions.append((question, fields.line("id")))

    def _tables(self, root: Fields, key: str, label: str) -> list[Fields]:
        value = root.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            root.report(
                "wrong_type", key, field=key, expected=f"[[{key}]] tables", actual=type_name(value)
            )
            return []
        tables: list[Fields] = []
        for index, item in enumerate(value):
            if limits.saturated(self.sink):
                break
            raw_id = item.get("id")
            name = f"'{raw_id}'" if isinstance(raw_id, str) and raw_id else f"#{index + 1}"
            tables.append(
                Fields(
                    item,
                    root.path,
                    root.lines,
                    table=key,
                    index=index,
                    where=f"{label} {name}",
                    sink=self.sink,
                )
            )
        return tables

    def _scan_text(self, fields: Fields, key: str, value: object = None) -> None:
        """Check links and HTML in a bilingual text of lesson.toml."""
        value = fields.data.get(key) if value is None else value
        if not isinstance(value, dict):
            return
        for part in value.values():
            if isinstance(part, str) and needs_scan(part):
                for link in scan_text(part, fields.path, fields.line(key), self.sink):
                    self._link_ref(link, fields.path, fields.where)

    def _question(self, fields: Fields, lesson_id: str) -> Question | None:
        before = len(self.sink)
        fields.check_keys(_QUESTION_REQUIRED, _QUESTION_OPTIONAL)
        question_id = fields.ident("id", "question")
        type_value = fields.choice("type", [t.value for t in QuestionType])
        qtype = QuestionType(type_value) if type_value else None
        objective = fields.ident("objective", "objective", objective=True)
        section = fields.ident("section", "section")
        difficulty = fields.integer("difficulty", low=1, high=3)
        pool = extras.pool(fields)
        prompt = fields.text("prompt")
        explanation = fields.text("explanation")
        for key in ("prompt", "explanation"):
            self._scan_text(fields, key)
        if objective:
            self.draft.refs.append(
                _Ref("objective", objective, fields.path, fields.line("objective"), fields.where)
            )
        if section:
            self.draft.refs.append(
                _Ref("section", section, fields.path, fields.line("section"), fields.where)
            )
        choices: tuple[Text, ...] = ()
        answer: Answer | None = None
        tolerance: Decimal | None = None
        unit: Text | None = None
        compute: Compute | None = None
        if qtype is not None:
            choices = self._choices(fields, qtype)
            raw_choices = fields.data.get("choices")
            count = len(raw_choices) if isinstance(raw_choices, list) else len(choices)
            for key in ("tolerance", "unit", "compute"):
                if qtype is not QuestionType.NUMERIC and key in fields.data:
                    fields.report("not_used", key, field=key, qtype=qtype.value)
            if qtype is QuestionType.NUMERIC:
                tolerance = fields.number("tolerance")
                if "tolerance" not in fields.data:
                    fields.report("missing_field", None, field="tolerance")
                unit = fields.text("unit")
                compute = self._compute(fields)
                answer = self._numeric_answer(fields, tolerance, compute)
            elif "answer" not in fields.data:
                fields.report("missing_field", None, field="answer")
            else:
                answer = self._answer(fields, qtype, count)
        errors = [p for p in self.sink[before:] if p.severity is Severity.ERROR]
        if errors or question_id is None or qtype is None or objective is None:
            return None
        if section is None or difficulty is None or prompt is None or explanation is None:
            return None
        if pool is None:
            return None
        return Question(
            id=question_id,
            type=qtype,
            objective=objective,
            section=section,
            difficulty=difficulty,
            prompt=prompt,
            choices=choices,
            answer=answer,
            explanation=explanation,
            lesson_id=lesson_id,
            tolerance=tolerance,
            unit=unit,
            compute=compute,
            line=fields.line(),
            pool=pool,
        )

    def _choices(self, fields: Fields, qtype: QuestionType) -> tuple[Text, ...]:
        if qtype not in _WITH_CHOICES:
            if "choices" in fields.data:
                fields.report("not_used", "choices", field="choices", qtype=qtype.value)
            return ()
        if "choices" not in fields.data:
            fields.report("missing_field", None, field="choices")
            return ()
        raw = fields.data["choices"]
        if not isinstance(raw, list):
            fields.report(
                "wrong_type",
                "choices",
                field="choices",
                expected="an array of texts",
                actual=type_name(raw),
            )
            return ()
        if not MIN_CHOICES <= len(raw) <= MAX_CHOICES:
            detail = f"must have {MIN_CHOICES} to {MAX_CHOICES} choices, not {len(raw)}"
            fields.report("bad_value", "choices", field="choices", detail=detail)
        texts: list[Text] = []
        for index, item in enumerate(raw):
            text = fields.text_value("choices", item, f"choices[{index}]")
            self._scan_text(fields, "choices", item)
            if text is not None:
                texts.append(text)
        return tuple(texts)

    def _answer(self, fields: Fields, qtype: QuestionType, count: int) -> Answer | None:
        value = fields.data["answer"]
        last = count - 1

        def bad(detail: str) -> None:
            fields.report("bad_answer", "answer", detail=detail)

        if qtype is QuestionType.TRUE_FALSE:
            if not isinstance(value, bool):
                bad(f"a true_false answer is true or false, not {type_name(value)}")
                return None
            return value
        if qtype is QuestionType.SINGLE:
            if isinstance(value, bool) or not isinstance(value, int):
                bad(f"a single answer is the index of the right choice, not {type_name(value)}")
                return None
            if count and not 0 <= value <= last:
                bad(f"answer {value} is out of range: {count} choices, so 0 to {last}")
                return None
            return value
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            bad(f"a {qtype.value} answer is a list of choice indices, e.g. [0, 2]")
            return None
        indices: list[int] = list(value)
        if qtype is QuestionType.MULTIPLE:
            if not indices:
                bad("a multiple answer needs at least one right choice")
                return None
            if count and any(not 0 <= v <= last for v in indices):
                bad(f"answer {indices} is out of range: {count} choices, so 0 to {last}")
                return None
            if len(set(indices)) != len(indices):
                bad(f"answer {indices} lists a choice twice")
                return None
            return tuple(sorted(indices))
        if count and sorted(indices) != list(range(count)):
            bad(
                f"an ordering answer lists every index 0 to {last} once, in the right order;"
                f" not {indices}"
            )
            return None
        return tuple(indices)

    def _compute(self, fields: Fields) -> Compute | None:
        raw = fields.data.get("compute")
        if raw is None:
            return None
        if not isinstance(raw, dict):
            fields.report(
                "wrong_type",
                "compute",
                field="compute",
                expected="a table { command, args, result }",
                actual=type_name(raw),
            )
            return None
        # The keys of an inline table share its line: report them all there.
        sub = Fields(
            raw,
            fields.path,
            fields.lines,
            table=fields.table,
            index=fields.index,
            where=fields.where,
            sink=self.sink,
            at_line=fields.line("compute"),
        )
        ok = sub.check_keys(("command", "args", "result"), ())
        command = sub.string("command")
        result = sub.string("result")
        args = raw.get("args")
        if command is not None and command not in COMMANDS:
            sub.report("unknown_command", None, command=command, known=", ".join(COMMANDS))
            ok = False
        if args is not None and not isinstance(args, dict):
            sub.report(
                "wrong_type", None, field="compute.args", expected="a table", actual=type_name(args)
            )
            ok = False
        clean: dict[str, str | int | bool] = {}
        for name, value in (args or {}).items() if isinstance(args, dict) else ():
            if isinstance(value, str | int | bool):
                clean[name] = value
            else:
                sub.report(
                    "wrong_type",
                    None,
                    field=f"compute.args.{name}",
                    expected="a string (money, rates) or an integer (counts)",
                    actual=type_name(value),
                )
                ok = False
        product = clean.get("product")
        presets = self.engine.preset_ids()
        if isinstance(product, str) and presets is not None and product not in presets:
            hint = did_you_mean(product, presets) or f" (presets: {', '.join(sorted(presets))})"
            sub.report("unknown_preset", None, id=product, hint=hint)
            ok = False
        if not ok or command is None or result is None:
            return None
        return Compute(command, MappingProxyType(clean), result)

    def _numeric_answer(
        self, fields: Fields, tolerance: Decimal | None, compute: Compute | None
    ) -> Decimal | None:
        given = fields.number("answer")
        if "answer" not in fields.data and "compute" not in fields.data:
            fields.report("missing_field", None, field="answer")
            return None
        if compute is None:
            return given
        line = fields.line("compute")
        if self.budget.computes <= 0:
            fields.report("too_many_computes", "compute", limit=limits.MAX_COMPUTES)
            return None
        self.budget.computes -= 1
        try:
            output = self.engine.run(compute.command, compute.args)
        except EngineUnavailableError:
            self.sink.append(
                problems.make(
                    "engine_unavailable",
                    fields.path,
                    line,
                    fields.where,
                    Severity.NOTE,
                    what=f"{compute.command} → {compute.result} not computed",
                )
            )
            return given
        except Exception as error:  # any refusal by the engine is a problem of the lesson
            detail = f"{type(error).__name__}: {error}"
            fields.report("compute_failed", "compute", detail=detail)
            return None
        value: object = output
        for part in compute.result.split("."):
            if not isinstance(value, Mapping) or part not in value:
                known = ", ".join(sorted(map(str, value))) if isinstance(value, Mapping) else "-"
                fields.report(
                    "compute_no_result",
                    "compute",
                    command=compute.command,
                    result=compute.result,
                    known=known,
                )
                return None
            value = value[part]
        computed = parse_number(str(value) if isinstance(value, float) else value)
        if computed is None:
            fields.report(
                "compute_not_number",
                "compute",
                command=compute.command,
                result=compute.result,
                value=repr(value),
            )
            return None
        if given is not None and tolerance is not None and abs(given - computed) > tolerance:
            fields.report(
                "compute_mismatch",
                "answer",
                answer=fields.data["answer"],
                computed=computed,
                command=compute.command,
                result=compute.result,
                tolerance=tolerance,
            )
            return None
        return computed

    # -- the prose ---------------------------------------------------------------------------------

    def _link_ref(self, link: Link, path: Path, where: str = "") -> None:
        if link.scheme in ("glossary", "section"):
            self.draft.refs.append(_Ref(link.scheme, link.target, path, link.line, where))
        else:
            lesson, _, section = link.target.partition("#")
            self.draft.refs.append(_Ref("lesson", lesson, path, link.line, where))
            if section:
                self.draft.refs.append(
                    _Ref("lesson-section", section, path, link.line, where, lesson)
                )

    def _section_refs(self) -> None:
        bodies = self.draft.bodies
        if not bodies:
            return
        known = list(dict.fromkeys(s for p in bodies.values() for s, _ in p.sections if s))
        for ref in [r for r in self.draft.refs if r.kind == "section"]:
            if ref.id not in known:
                self.sink.append(
                    problems.make(
                        "unknown_section",
                        ref.path,
                        ref.line,
                        ref.where,
                        id=ref.id,
                        known=", ".join(known) or "no sections",
                    )
                )

    def _parity(self) -> None:
        zh, en = self.draft.bodies.get(Language.ZH), self.draft.bodies.get(Language.EN)
        if zh is None or en is None:
            return
        other = zh.body.path.name
        path = en.body.path

        def report(line: int, detail: str) -> None:
            self.sink.append(problems.make("parity", path, line, detail=detail))

        for index in range(max(len(zh.sections), len(en.sections))):
            if index >= len(en.sections):
                zh_id, zh_line = zh.sections[index]
                last = en.sections[-1][1] if en.sections else 1
                report(last, f"section '{zh_id}' of {other} (line {zh_line}) is missing here")
                return
            en_id, en_line = en.sections[index]
            if index >= len(zh.sections):
                report(en_line, f"section '{en_id}' is not in {other}")
                return
            zh_id, zh_line = zh.sections[index]
            if en_id is not None and zh_id is not None and en_id != zh_id:
                report(
                    en_line,
                    f"section {index + 1} is '{en_id}' here but '{zh_id}' in {other} "
                    f"(line {zh_line}); both files need the same sections in the same order",
                )
                return
        section_lines = {sid: line for sid, line in en.sections if sid}
        for key, en_sigs in en.signatures.items():
            zh_sigs = zh.signatures.get(key)
            if zh_sigs is None:
                continue
            name = f"section '{key}'" if key else "the introduction"
            problem = _compare_blocks(en_sigs, zh_sigs, name, other)
            if problem:
                line, detail = problem
                report(line or section_lines.get(key, 1), detail)


def _question_ids(data: Mapping[str, object]) -> list[str]:
    """The ids written in ``[[questions]]``, also of questions that did not load."""
    raw = data.get("questions")
    tables = raw if isinstance(raw, list) else []
    return [t["id"] for t in tables if isinstance(t, dict) and isinstance(t.get("id"), str)]


def _compare_blocks(
    en: list[Signature], zh: list[Signature], name: str, other: str
) -> tuple[int, str] | None:
    for index in range(max(len(en), len(zh))):
        if index >= len(en):
            missing = zh[index]
            return 0, (
                f"{name}: the {missing.kind} block of {other} (line {missing.line}) is missing here"
            )
        mine = en[index]
        if index >= len(zh):
            return mine.line, f"{name}: this {mine.kind} block is not in {other}"
        theirs = zh[index]
        if mine.kind != theirs.kind:
            return mine.line, (
                f"{name}: block {index + 1} is a {mine.kind} here but a {theirs.kind} "
                f"in {other} (line {theirs.line})"
            )
        if mine.params is None or theirs.params is None or mine.params == theirs.params:
            continue
        for (key, value), (_, their_value) in zip(mine.params, theirs.params, strict=True):
            if value != their_value:
                return mine.line, (
                    f"{name}: {mine.kind} block differs from {other} (line {theirs.line}): "
                    f"{key} is {value!r} here but {their_value!r} there"
                )
    return None


# ---- the pack ---------------------------------------------------------------------------------


def _relative(path: Path, root: Path, line: int) -> str:
    try:
        shown = path.relative_to(root)
    except ValueError:
        shown = path
    return f"{shown.as_posix()}:{line}"


def _pack_checks(drafts: list[_Draft], root: Path) -> None:
    """Ids unique across the pack; objective, glossary and lesson references resolve."""
    first: dict[tuple[str, str], str] = {}

    def claim(kind: str, item_id: str, draft: _Draft, line: int, where: str = "") -> None:
        key = (kind, item_id)
        if key in first:
            draft.sink.append(
                problems.make(
                    "duplicate_id",
                    draft.toml_path,
                    line,
                    where,
                    kind=kind,
                    id=item_id,
                    first=first[key],
                )
            )
        else:
            first[key] = _relative(draft.toml_path, root, line)

    for draft in drafts:
        if draft.id:
            claim("lesson", draft.id, draft, draft.id_line)
        for objective, line in draft.objectives:
            claim("objective", objective.id, draft, line)
        for term, line in draft.glossary:
            claim("glossary term", term.id, draft, line)
        for question, line in draft.questions:
            claim("question", question.id, draft, line)
    unreadable = [d for d in drafts if not d.readable]
    for draft in unreadable:
        # Its ids are unknown: every reference to them would be a false alarm.
        draft.sink.append(problems.make("refs_unchecked", draft.toml_path, 1, "", Severity.NOTE))
    if unreadable:
        return
    lessons = {d.id: d for d in drafts if d.id}
    objectives = {o.id for d in drafts for o, _ in d.objectives}
    glossary = {g.id for d in drafts for g, _ in d.glossary}
    for draft in drafts:
        for ref in draft.refs:
            code, known = "", set[str]()
            if ref.kind == "objective" and ref.id not in objectives:
                code, known = "unknown_objective", objectives
            elif ref.kind == "glossary" and ref.id not in glossary:
                code, known = "unknown_glossary", glossary
            elif ref.kind == "lesson" and ref.id not in lessons:
                code, known = "unknown_lesson", set(lessons)
            elif ref.kind == "lesson-section" and ref.lesson in lessons:
                target = lessons[ref.lesson].bodies
                parsed = target.get(Language.ZH) or target.get(Language.EN)
                if parsed is not None and ref.id not in {s for s, _ in parsed.sections if s}:
                    draft.sink.append(
                        problems.make(
                            "unknown_lesson_section",
                            ref.path,
                            ref.line,
                            ref.where,
                            lesson=ref.lesson,
                            id=ref.id,
                        )
                    )
            if code:
                draft.sink.append(
                    problems.make(
                        code,
                        ref.path,
                        ref.line,
                        ref.where,
                        id=ref.id,
                        hint=did_you_mean(ref.id, known),
                    )
                )


def _build(draft: _Draft) -> Lesson | None:
    if any(p.severity is Severity.ERROR for p in draft.sink):
        return None
    if draft.id is None or draft.order is None or draft.level is None:
        return None
    if draft.minutes is None or draft.title is None or draft.summary is None:
        return None
    if set(draft.bodies) != set(LANGUAGES):
        return None
    bodies: dict[Language, LessonBody] = {
        language: draft.bodies[language].body for language in LANGUAGES
    }
    used: dict[str, None] = {}
    for language in LANGUAGES:
        for link in draft.bodies[language].links:
            if link.scheme == "glossary":
                used.setdefault(link.target, None)
    return Lesson(
        id=draft.id,
        order=draft.order,
        level=draft.level,
        minutes=draft.minutes,
        title=draft.title,
        summary=draft.summary,
        objectives=tuple(o for o, _ in draft.objectives),
        glossary=tuple(g for g, _ in draft.glossary),
        sources=tuple(draft.sources),
        questions=tuple(q for q, _ in draft.questions),
        bodies=MappingProxyType(bodies),
        path=draft.folder,
        terms_used=tuple(used),
        hook=draft.hook,
        teacher_notes=draft.teacher_notes,
    )


def lesson_folders(path: Path) -> list[Path]:
    """The lesson folders of a pack (those holding ``lesson.toml``), by folder name.

    Raises:
        PackPathError: ``path`` is not a pack.
    """
    if not path.exists():
        raise PackPathError("not_found", path)
    if not path.is_dir():
        raise PackPathError("not_a_folder", path)
    if (path / LESSON_FILE).is_file():
        raise PackPathError("is_a_lesson", path)
    folders: list[Path] = []
    with os.scandir(path) as entries:
        for count, entry in enumerate(entries, start=1):
            if count > limits.MAX_PACK_ENTRIES:
                raise PackPathError("too_many_entries", path)
            # A lesson.toml that is a link, a pipe or a folder is listed too: loading it says why
            # it cannot be used rather than skipping it without a word.
            if entry.is_dir() and packfiles.exists(Path(entry.path) / LESSON_FILE):
                folders.append(path / entry.name)
    if not folders:
        raise PackPathError("no_lessons", path)
    return sorted(folders, key=lambda child: child.name)


def load_pack(
    path: Path, *, engine: Engine | None = None, assets_dir: Path | None = None
) -> LoadResult:
    """Load and validate the lesson pack in ``path``.

    Args:
        path: the pack folder (e.g. ``paths.lessons_dir()``); problem paths are under it.
        engine: the finance engine for preset ids and computed answers (default: the real one).
        assets_dir: where ``figures/`` is (default: ``paths.assets_dir()``).

    Returns:
        The pack of every lesson that loaded cleanly, and the problems of the others.

    Raises:
        PackPathError: ``path`` is not a pack folder.
    """
    folders = lesson_folders(path)
    engine = engine or FinanceEngine()
    figures_dir = (assets_dir or paths.assets_dir()) / "figures"
    root = packfiles.real_root(path)
    budget = limits.Budget(limits.MAX_PACK_BYTES, limits.MAX_PACK_QUESTIONS, limits.MAX_COMPUTES)
    drafts = [_Draft(folder) for folder in folders[: limits.MAX_LESSONS]]
    for draft in drafts:
        _LessonLoader(draft, engine, figures_dir, root, budget).load()
        if limits.saturated(draft.sink):
            draft.readable = False  # not all of its ids were read: do not check references
        if len(draft.questions) > budget.questions:
            draft.sink.append(
                problems.make(
                    "pack_too_many_questions",
                    draft.toml_path,
                    1,
                    limit=limits.MAX_PACK_QUESTIONS,
                )
            )
        budget.questions = max(0, budget.questions - len(draft.questions))
    extra = [_Draft(folder) for folder in folders[limits.MAX_LESSONS :]]
    if extra:
        extra[0].sink.append(
            problems.make("too_many_lessons", extra[0].toml_path, 1, limit=limits.MAX_LESSONS)
        )
    # The first lesson left unread stands for all of them: references are not checked.
    _pack_checks(drafts + extra[:1], path)
    drafts += extra
    lessons: list[Lesson] = []
    skipped: list[Path] = []
    for draft in drafts:
        lesson = _build(draft)
        if lesson is None:
            skipped.append(draft.folder)
        else:
            lessons.append(lesson)
    lessons.sort(key=lambda lesson: (lesson.order, lesson.path.name))
    everything = sorted(
        (p for d in drafts for p in d.sink), key=lambda p: (p.path.as_posix(), p.line, p.code)
    )
    return LoadResult(
        pack=Pack(path, tuple(lessons)),
        problems=tuple(p for p in everything if p.severity is Severity.ERROR),
        notes=tuple(p for p in everything if p.severity is Severity.NOTE),
        skipped=tuple(skipped),
        warnings=tuple(p for p in everything if p.severity is Severity.WARNING),
    )


def stats(pack: Pack) -> dict[str, object]:
    """``{"lessons", "languages", "questions", "by_type", "objectives", "pools"}`` of a loaded
    pack (``pools``: questions per pool, issue 13; the first five keys are those of issue 6)."""
    by_type = {qtype.value: 0 for qtype in QuestionType}
    by_pool = {pool.value: 0 for pool in Pool}
    for question in pack.questions:
        by_type[question.type.value] += 1
        by_pool[question.pool.value] += 1
    return {
        "lessons": len(pack.lessons),
        "languages": sorted(language.value for language in pack.languages),
        "questions": len(pack.questions),
        "by_type": by_type,
        "objectives": len(pack.objectives),
        "pools": by_pool,
    }
