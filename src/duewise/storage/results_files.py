"""Results files: one learner's quiz attempts, carried on a USB stick to the teacher's machine.

A results file is JSON (UTF-8), and it is **data only**: it is parsed with :func:`json.loads` and
checked field by field; nothing in it is evaluated, executed, fetched or trusted as HTML.

Format (``schema_version`` 1)::

    {
      "format": "duewise-results",
      "schema_version": 1,
      "exported_at": "2026-03-17T09:30:00+00:00",
      "learner": {"uid": "3f9a0c7e1b2d4a5f", "name": "Lin"},
      "attempts": [
        {"id": "42-0", "question_id": "overdue-when", "lesson_id": "missed-payment",
         "objective": "define-overdue", "score": "1", "correct": true,
         "answered_at": "2026-03-16T20:11:05+00:00", "quiz": "42"}
      ],
      "quizzes": [
        {"id": "42", "kind": "lesson", "lesson_id": "missed-payment", "items": 10,
         "finished_at": "2026-03-16T20:19:40+00:00"}
      ]
    }

``learner.uid`` is the profile's random learner id (:func:`storage.profiles.learner_uid`): the
teacher's import merges files by it, and an attempt ``id`` is unique per learner, so the same file
imported twice, or two exports of the same learner, count every attempt once. ``score`` is the
credit from 0 to 1 (partial credit for multiple choice) as a decimal string.

``quizzes`` (optional) says which quiz each answer belonged to (an attempt's optional ``quiz``
names one of them): its kind (``lesson``, ``diagnostic``, ``final``, ``review``, or another word a
later version may add), its lesson (``null`` for a course-wide test), how many questions it asked
and when it was finished (``null`` while unfinished). A gradebook scores a finished quiz whole
with it (questions left unanswered count 0). Both fields were added without a new
``schema_version``: a reader that does not know them ignores them, and a file without them is
still read (its answers count in the class report, not in the gradebook's quiz columns).

Only one profile's attempts go into a file (the caller passes that profile's attempts); there is
no place in the format for anyone else's.

Reading is defensive (:func:`read_results_file`): only a regular file is read (a pipe, a device or a
folder is refused at once: ``storage.files.read_regular_file``), files over :data:`MAX_BYTES` are
refused before they are read, text must be valid Unicode (a lone surrogate such as ``"\ud800"`` is
a damaged field), a learner's name is made one line, and every problem is a
:class:`ResultsFileError` with a code the UI words:

``unreadable`` (detail; ``reason`` ``not_a_file`` for a pipe, device or folder), ``too_large``
(size, limit), ``empty``, ``not_utf8``, ``truncated``,
``not_json`` (line, column), ``not_results``, ``newer_version`` (version, supported),
``bad_field`` (field), ``too_many_attempts`` (limit), ``too_many_quizzes`` (limit).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from duewise.storage import files, names, quiz_store
from duewise.storage.db import Database

FORMAT = "duewise-results"
SCHEMA_VERSION = 1
SUFFIX = ".duewise-results.json"
MAX_BYTES = 5 * 1024 * 1024
MAX_ATTEMPTS = 20_000
MAX_QUIZZES = 5_000
MAX_QUIZ_ITEMS = 1_000
MAX_NAME = 80
_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,100}$")
_KIND = re.compile(r"^[a-z][a-z_\-]{0,29}$")


class ResultsFileError(ValueError):
    """A results file that cannot be used; ``code`` and ``params`` say why (module docstring)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)


@dataclass(frozen=True, slots=True)
class Attempt:
    """One answered question.

    Attributes:
        attempt_id: unique per learner (the quiz store's id as text).
        question_id, lesson_id, objective: what the question was and what it tests.
        score: credit from 0 to 1.
        correct: fully right.
        answered_at: when, ISO 8601 with offset.
        quiz: the :class:`QuizSummary` id of the quiz it was part of (``""`` when not known).
    """

    attempt_id: str
    question_id: str
    lesson_id: str
    objective: str
    score: Decimal
    correct: bool
    answered_at: str
    quiz: str = ""


@dataclass(frozen=True, slots=True)
class QuizSummary:
    """One quiz a learner took (the module docstring's ``quizzes``).

    Attributes:
        id: unique per learner; the attempts' ``quiz``.
        kind: ``lesson``, ``diagnostic``, ``final``, ``review`` (or another word).
        lesson_id: the lesson of a lesson quiz, ``None`` for a course-wide test.
        items: how many questions it asked.
        finished_at: when it was finished (ISO 8601 with offset), ``None`` while unfinished.
    """

    id: str
    kind: str
    lesson_id: str | None
    items: int
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class LearnerResults:
    """One learner's attempts (and the quizzes they belong to), as exported or merged."""

    uid: str
    name: str
    exported_at: str
    attempts: tuple[Attempt, ...]
    quizzes: tuple[QuizSummary, ...] = ()


# ---- writing --------------------------------------------------------------------------------


def to_json(results: LearnerResults) -> str:
    """The file's text (pretty enough to read, sorted attempts)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": results.exported_at,
        "learner": {"uid": results.uid, "name": results.name},
        "attempts": [
            {
                "id": a.attempt_id,
                "question_id": a.question_id,
                "lesson_id": a.lesson_id,
                "objective": a.objective,
                "score": format(a.score.normalize(), "f"),
                "correct": a.correct,
                "answered_at": a.answered_at,
                **({"quiz": a.quiz} if a.quiz else {}),
            }
            for a in sorted(results.attempts, key=lambda a: (a.answered_at, a.attempt_id))
        ],
    }
    if results.quizzes:
        data["quizzes"] = [
            {
                "id": q.id,
                "kind": q.kind,
                "lesson_id": q.lesson_id,
                "items": q.items,
                "finished_at": q.finished_at,
            }
            for q in sorted(results.quizzes, key=lambda q: q.id)
        ]
    return json.dumps(data, ensure_ascii=False, indent=1)


def profile_attempts(database: Database, profile_id: int) -> tuple[Attempt, ...]:
    """Every answer of one profile's *scored* quiz attempts (practice runs are left out).

    The attempt id is ``<quiz attempt id>-<position>``: unique for the profile, so re-exporting
    never duplicates an answer on the teacher's side. Scores are rounded to 4 decimals.
    """
    attempts: list[Attempt] = []
    for quiz in quiz_store.QuizStore(database).attempts(profile_id):
        if not quiz.scored:
            continue
        for answer in quiz.answers:
            score = Decimal(answer.score.numerator) / Decimal(answer.score.denominator)
            attempts.append(
                Attempt(
                    attempt_id=f"{quiz.id}-{answer.position}",
                    question_id=answer.question_id,
                    lesson_id=answer.lesson_id,
                    objective=answer.objective,
                    score=score.quantize(Decimal("0.0001")),
                    correct=answer.score == 1,
                    answered_at=answer.answered_at.isoformat(timespec="seconds"),
                    quiz=str(quiz.id),
                )
            )
    return tuple(attempts)


def profile_quizzes(database: Database, profile_id: int) -> tuple[QuizSummary, ...]:
    """The profile's *scored* quiz attempts as :class:`QuizSummary` (ids as in
    :func:`profile_attempts`), so a gradebook can score each one whole."""
    return tuple(
        QuizSummary(
            id=str(quiz.id),
            kind=quiz.kind.value,
            lesson_id=quiz.lesson_id,
            items=len(quiz.items),
            finished_at=(
                quiz.finished_at.isoformat(timespec="seconds") if quiz.finished_at else None
            ),
        )
        for quiz in quiz_store.QuizStore(database).attempts(profile_id)
        if quiz.scored and quiz.items
    )


def make_results(
    uid: str,
    name: str,
    attempts: Iterable[Attempt],
    *,
    exported_at: dt.datetime,
    quizzes: Iterable[QuizSummary] = (),
) -> LearnerResults:
    """A learner's results ready to write (validated as an import would validate them)."""
    results = LearnerResults(
        uid, name, exported_at.isoformat(timespec="seconds"), tuple(attempts), tuple(quizzes)
    )
    return parse_results(to_json(results).encode("utf-8"))


def write_results_file(path: Path, results: LearnerResults) -> None:
    """Write ``results`` atomically to ``path``.

    Raises:
        storage.files.FileWriteError: the file could not be written (the old one is unchanged).
    """
    files.write_atomic(path, to_json(results).encode("utf-8"))


def default_file_name(name: str, day: dt.date) -> str:
    """A file name for a learner's export: ``<name>-<date>.duewise-results.json``.

    Characters that file systems (or USB sticks formatted FAT32) refuse are replaced by ``_``.
    """
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .") or "learner"
    return f"{safe}-{day.isoformat()}{SUFFIX}"


# ---- reading --------------------------------------------------------------------------------


def _field(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise ResultsFileError("bad_field", field=f"{where}{key}")
    return data[key]


def _text(
    value: Any, where: str, *, pattern: re.Pattern[str] | None = None, limit: int = 100
) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ResultsFileError("bad_field", field=where)
    if not names.is_valid_text(value):  # a lone surrogate: fails every encoder later
        raise ResultsFileError("bad_field", field=where)
    if pattern is not None and not pattern.match(value):
        raise ResultsFileError("bad_field", field=where)
    return value


def _timestamp(value: Any, where: str) -> str:
    text = _text(value, where, limit=40)
    try:
        dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise ResultsFileError("bad_field", field=where) from exc
    return text


def _score(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ResultsFileError("bad_field", field=where)
    try:
        score = Decimal(str(value))
    except InvalidOperation as exc:
        raise ResultsFileError("bad_field", field=where) from exc
    if not score.is_finite() or not 0 <= score <= 1:
        raise ResultsFileError("bad_field", field=where)
    return score


def _attempt(item: Any, index: int) -> Attempt:
    where = f"attempts[{index}]."
    if not isinstance(item, dict):
        raise ResultsFileError("bad_field", field=f"attempts[{index}]")
    correct = _field(item, "correct", where)
    if not isinstance(correct, bool):
        raise ResultsFileError("bad_field", field=f"{where}correct")
    return Attempt(
        attempt_id=_text(_field(item, "id", where), f"{where}id", pattern=_ID),
        question_id=_text(_field(item, "question_id", where), f"{where}question_id", pattern=_ID),
        lesson_id=_text(_field(item, "lesson_id", where), f"{where}lesson_id", pattern=_ID),
        objective=_text(_field(item, "objective", where), f"{where}objective", pattern=_ID),
        score=_score(_field(item, "score", where), f"{where}score"),
        correct=correct,
        answered_at=_timestamp(_field(item, "answered_at", where), f"{where}answered_at"),
        quiz=(
            _text(item["quiz"], f"{where}quiz", pattern=_ID) if item.get("quiz") is not None else ""
        ),
    )


def _quiz(item: Any, index: int) -> QuizSummary:
    where = f"quizzes[{index}]."
    if not isinstance(item, dict):
        raise ResultsFileError("bad_field", field=f"quizzes[{index}]")
    items = _field(item, "items", where)
    if isinstance(items, bool) or not isinstance(items, int) or not 1 <= items <= MAX_QUIZ_ITEMS:
        raise ResultsFileError("bad_field", field=f"{where}items")
    lesson_id = item.get("lesson_id")
    finished_at = item.get("finished_at")
    return QuizSummary(
        id=_text(_field(item, "id", where), f"{where}id", pattern=_ID),
        kind=_text(_field(item, "kind", where), f"{where}kind", pattern=_KIND),
        lesson_id=(
            None if lesson_id is None else _text(lesson_id, f"{where}lesson_id", pattern=_ID)
        ),
        items=items,
        finished_at=(
            None if finished_at is None else _timestamp(finished_at, f"{where}finished_at")
        ),
    )


def _decode(data: bytes) -> Any:
    if not data.strip():
        raise ResultsFileError("empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResultsFileError("not_utf8") from exc
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        # A file cut short (copy interrupted, stick pulled out) fails at its very end.
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise ResultsFileError("truncated") from exc
        raise ResultsFileError("not_json", line=exc.lineno, column=exc.colno) from exc
    except (RecursionError, ValueError) as exc:  # absurd nesting, NaN/Infinity
        raise ResultsFileError("not_json", line=0, column=0) from exc


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def parse_results(data: bytes) -> LearnerResults:
    """Validate and read a results file's bytes.

    Raises:
        ResultsFileError: any code of the module docstring except ``unreadable``.
    """
    if len(data) > MAX_BYTES:
        raise ResultsFileError("too_large", size=len(data), limit=MAX_BYTES)
    document = _decode(data)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ResultsFileError("not_results")
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ResultsFileError("bad_field", field="schema_version")
    if version > SCHEMA_VERSION:
        raise ResultsFileError("newer_version", version=version, supported=SCHEMA_VERSION)
    learner = _field(document, "learner", "")
    if not isinstance(learner, dict):
        raise ResultsFileError("bad_field", field="learner")
    uid = _text(_field(learner, "uid", "learner."), "learner.uid", pattern=_ID)
    name = names.single_line(
        _text(_field(learner, "name", "learner."), "learner.name", limit=MAX_NAME)
    )
    exported_at = _timestamp(_field(document, "exported_at", ""), "exported_at")
    items = _field(document, "attempts", "")
    if not isinstance(items, list):
        raise ResultsFileError("bad_field", field="attempts")
    if len(items) > MAX_ATTEMPTS:
        raise ResultsFileError("too_many_attempts", limit=MAX_ATTEMPTS)
    attempts = tuple(_attempt(item, i) for i, item in enumerate(items))
    quiz_items = document.get("quizzes", [])
    if not isinstance(quiz_items, list):
        raise ResultsFileError("bad_field", field="quizzes")
    if len(quiz_items) > MAX_QUIZZES:
        raise ResultsFileError("too_many_quizzes", limit=MAX_QUIZZES)
    quizzes = tuple(_quiz(item, i) for i, item in enumerate(quiz_items))
    return LearnerResults(uid, name, exported_at, attempts, quizzes)


def read_results_file(path: Path, *, max_bytes: int = MAX_BYTES) -> LearnerResults:
    """Read and validate one results file; never reads more than ``max_bytes`` + 1 bytes.

    Raises:
        ResultsFileError: ``unreadable`` (missing, a folder, no permission …) or any code of
            :func:`parse_results`.
    """
    try:
        data = files.read_regular_file(path, max_bytes)
    except files.FileReadError as exc:
        if exc.code == "too_large":
            raise ResultsFileError("too_large", **exc.params) from exc
        raise ResultsFileError(
            "unreadable", detail=str(exc), reason=exc.code, errno=exc.params.get("errno", 0)
        ) from exc
    return parse_results(data)


# ---- importing many -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file that was skipped: its name (not the full path) and why."""

    name: str
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import of many files gave.

    Attributes:
        learners: one entry per learner (merged by learner id), by name.
        problems: the skipped files, in the order given.
        files_read: how many files were used.
        duplicates: attempts seen more than once (and counted once).
    """

    learners: tuple[LearnerResults, ...]
    problems: tuple[FileProblem, ...]
    files_read: int
    duplicates: int


def merge(results: Sequence[LearnerResults]) -> tuple[tuple[LearnerResults, ...], int]:
    """Merge results by learner id; an attempt id counts once per learner.

    This is the one merge of class results: files imported, learners on the teacher's computer
    and a live class quiz's students all go through it (:mod:`duewise.storage.class_results`).
    The name of the most recent export wins (a learner may have renamed the profile); a quiz id
    counts once per learner too, as the most recent export describes it (a quiz finished since).

    Returns:
        The merged learners sorted by name (then id), and how many duplicate attempts were dropped.
    """
    by_uid: dict[str, list[LearnerResults]] = {}
    for item in results:
        by_uid.setdefault(item.uid, []).append(item)
    merged: list[LearnerResults] = []
    duplicates = 0
    for uid, items in by_uid.items():
        latest = max(items, key=lambda r: r.exported_at)
        seen: dict[str, Attempt] = {}
        quizzes: dict[str, QuizSummary] = {}
        for item in sorted(items, key=lambda r: r.exported_at):
            for attempt in item.attempts:
                if attempt.attempt_id in seen:
                    duplicates += 1
                else:
                    seen[attempt.attempt_id] = attempt
            for quiz in item.quizzes:
                quizzes[quiz.id] = quiz
        attempts = tuple(sorted(seen.values(), key=lambda a: (a.answered_at, a.attempt_id)))
        merged.append(
            LearnerResults(
                uid,
                latest.name,
                latest.exported_at,
                attempts,
                tuple(sorted(quizzes.values(), key=lambda q: q.id)),
            )
        )
    merged.sort(key=lambda r: (r.name.casefold(), r.uid))
    return tuple(merged), duplicates


def import_files(paths: Iterable[Path], *, previous: Sequence[LearnerResults] = ()) -> ImportResult:
    """Read many results files, skip the bad ones (reported by name), merge the rest.

    Args:
        paths: the files chosen by the teacher.
        previous: learners imported earlier; new files are merged into them.
    """
    good: list[LearnerResults] = list(previous)
    problems: list[FileProblem] = []
    read = 0
    for path in paths:
        try:
            good.append(read_results_file(Path(path)))
            read += 1
        except ResultsFileError as exc:
            problems.append(FileProblem(Path(path).name, exc.code, dict(exc.params)))
    learners, duplicates = merge(good)
    return ImportResult(learners, tuple(problems), read, duplicates)


# ---- keeping the class's results on the teacher's machine -----------------------------------

CLASS_FORMAT = "duewise-class-results"
CLASS_VERSION = 1


@dataclass(frozen=True, slots=True)
class KeptResults:
    """The merged class results the teacher keeps between sessions.

    Attributes:
        learners: every learner imported so far (merged by learner id).
        updated_at: when they last changed (ISO 8601 with offset).
    """

    learners: tuple[LearnerResults, ...]
    updated_at: str


def dump_kept(kept: KeptResults) -> str:
    """The kept results as JSON text (each learner in the results-file layout)."""
    data = {
        "format": CLASS_FORMAT,
        "version": CLASS_VERSION,
        "updated_at": kept.updated_at,
        "learners": [json.loads(to_json(learner)) for learner in kept.learners],
    }
    return json.dumps(data, ensure_ascii=False)


def load_kept(text: str) -> KeptResults:
    """Read what :func:`dump_kept` wrote, validating every learner as an import would.

    Raises:
        ResultsFileError: ``not_results`` (not kept class results), ``newer_version``, or any
            code of :func:`parse_results` for a damaged learner.
    """
    document = _decode(text.encode("utf-8"))
    if not isinstance(document, dict) or document.get("format") != CLASS_FORMAT:
        raise ResultsFileError("not_results")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ResultsFileError("bad_field", field="version")
    if version > CLASS_VERSION:
        raise ResultsFileError("newer_version", version=version, supported=CLASS_VERSION)
    updated_at = _timestamp(_field(document, "updated_at", ""), "updated_at")
    items = _field(document, "learners", "")
    if not isinstance(items, list):
        raise ResultsFileError("bad_field", field="learners")
    # ASCII escapes: a lone surrogate stays "\ud800" text and is refused by parse_results,
    # instead of failing the encoding here.
    learners = [parse_results(json.dumps(item, default=str).encode("ascii")) for item in items]
    merged, _ = merge(learners)
    return KeptResults(merged, updated_at)
