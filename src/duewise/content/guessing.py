"""Warnings about answer keys a learner could guess without knowing the answer, and about
near-duplicate items across the diagnostic and final pools (issue 13).

Shares are judged for the whole pack and for each lesson that has at least
:data:`MIN_LESSON_QUESTIONS` questions of the type; a share is reported only when it is a
pattern: at least two questions show it and a more even spread is possible (1 of 2 keys at
position A is as even as 2 keys can be). Every question of the pack counts, practice items too:
a pack read in a text editor should not be guessable either.

- single choice: one key position holds more than 40 % of the keys;
- multiple choice: one option index is in more than 75 % of the keys;
- true/false: fewer than 35 % or more than 65 % of the keys are true;
- "all/none of the above" (以上都是, none of the above, both A and B, …) in a choice: one warning
  per question;
- single choice: the key is the strictly longest choice in more than 50 % of the questions
  (Chinese and English measured separately).

**Near-duplicates** (a diagnostic item and a final item that test the same thing the same way): the
prompts' character-trigram Jaccard similarity, with every number written as ``#`` (so "¥1,000, 5
days" and "¥2,000, 2 days" are the same situation), averaged over zh and en, is at least
:data:`NEAR_DUPLICATE`; or two numeric items compute the same thing (same command and inputs), or
give the same answer in the same unit for the same objective; or two choice items have the same
right answer text (for a short answer, only within one objective). The threshold was calibrated on
the course as it stood (all 16,836 pairs of its 184 questions): the pair the issue names (the
Baitiao late-penalty sums of l01-q14 and l05-q03) scores 0.42 and the same-template pairs above it
score up to 0.93; 99.7 % of all pairs score below 0.3 and 19 reach 0.40. Between 0.35 and 0.40 lie
both reworded duplicates (0.05 % a day as a simple annual rate in l02-q01 and l05-q15: 0.36) and
parallel items on different facts (FCRA's 7 years and bankruptcy's 10 years: 0.38), so the warning
starts at 0.40 and reworded duplicates are left to a reader: the check helps a review, it does not
replace one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from duewise.content import problems
from duewise.content.model import Lesson, Pack, Pool, Question, QuestionType
from duewise.content.problems import Problem, Severity

MIN_LESSON_QUESTIONS = 8
SINGLE_POSITION_LIMIT = 0.40
MULTIPLE_OPTION_LIMIT = 0.75
TRUE_SHARE = (0.35, 0.65)
LONGEST_KEY_LIMIT = 0.50
NEAR_DUPLICATE = 0.40
SHORT_KEY = 8  # characters: a right answer this short ("5 年", "$43") may recur elsewhere

ALL_OF_THE_ABOVE: tuple[str, ...] = (
    "以上都是",
    "以上皆是",
    "以上均是",
    "以上都对",
    "以上都正确",
    "以上说法都对",
    "以上说法都正确",
    "以上全部",
    "以上全都",
    "以上都不是",
    "以上都不对",
    "以上皆非",
    "以上均不是",
    "以上均不正确",
    "以上都不正确",
    "都是以上",
    "all of the above",
    "none of the above",
    "all the above",
    "none of these",
    "all of these",
    "both of the above",
    "neither of the above",
    "both (a) and (b)",
    "以上两项",
    "以上两者",
)
_ABOVE = re.compile("|".join(re.escape(p) for p in sorted(ALL_OF_THE_ABOVE, key=len, reverse=True)))
_WORD_ABOVE = re.compile(r"(?<![a-z])both [a-d] and [a-d](?![a-z])")
_NUMBER = re.compile(r"[¥$]?\d[\d,]*(?:\.\d+)?\s*%?")
_SPACE = re.compile(r"\s+")


def _letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)} %"


def _percent(limit: float) -> str:
    return f"{round(100 * limit)} %"


@dataclass(frozen=True, slots=True)
class _Scope:
    """The questions a share is judged over: a lesson's, or the pack's."""

    questions: tuple[Question, ...]
    lessons: dict[str, Lesson]
    whole_pack: bool
    pack_counts: Counter[QuestionType]  # questions of each type in the whole pack

    def at(self, offenders: Sequence[Question]) -> tuple[Path, int]:
        """Where to report: the first offender of the lesson that holds most of them."""
        counts = Counter(q.lesson_id for q in offenders)
        order = list(dict.fromkeys(q.lesson_id for q in offenders))
        lesson_id = max(order, key=lambda k: (counts[k], -order.index(k)))
        first = next(q for q in offenders if q.lesson_id == lesson_id)
        return self.lessons[lesson_id].path / "lesson.toml", first.line

    def scope_text(self, offenders: Sequence[Question]) -> str:
        """How the message names the scope."""
        if not self.whole_pack:
            return "this lesson"
        counts = Counter(q.lesson_id for q in offenders)
        if len(counts) == 1:
            return "the whole pack (all of them in this lesson)"
        return f"the whole pack ({max(counts.values())} of them in this lesson)"


def _warning(code: str, path: Path, line: int, where: str = "", **params: object) -> Problem:
    return problems.make(code, path, line, where, Severity.WARNING, **params)


def _of_type(questions: Iterable[Question], qtype: QuestionType) -> tuple[Question, ...]:
    return tuple(q for q in questions if q.type is qtype and q.answer is not None)


def _judged(scope: _Scope, qtype: QuestionType) -> tuple[Question, ...]:
    chosen = _of_type(scope.questions, qtype)
    if scope.whole_pack:
        return chosen
    if len(chosen) < MIN_LESSON_QUESTIONS or len(chosen) == scope.pack_counts[qtype]:
        return ()  # too few to judge, or the same questions as the whole pack's
    return chosen


def _single_positions(scope: _Scope) -> list[Problem]:
    chosen = _judged(scope, QuestionType.SINGLE)
    if not chosen:
        return []
    keys = Counter(q.answer for q in chosen if isinstance(q.answer, int))
    position, count = max(keys.items(), key=lambda kv: (kv[1], -kv[0]))
    widest = max(len(q.choices) for q in chosen)
    if count <= SINGLE_POSITION_LIMIT * len(chosen) or count <= math.ceil(len(chosen) / widest):
        return []
    offenders = [q for q in chosen if q.answer == position]
    path, line = scope.at(offenders)
    return [
        _warning(
            "key_position",
            path,
            line,
            scope=scope.scope_text(offenders),
            count=count,
            total=len(chosen),
            share=_share(count, len(chosen)),
            position=_letter(position),
            limit=_percent(SINGLE_POSITION_LIMIT),
        )
    ]


def _multiple_options(scope: _Scope) -> list[Problem]:
    chosen = _judged(scope, QuestionType.MULTIPLE)
    if not chosen:
        return []
    counts: Counter[int] = Counter()
    for question in chosen:
        assert isinstance(question.answer, tuple)
        counts.update(question.answer)
    entries = sum(counts.values())
    widest = max(len(q.choices) for q in chosen)
    found: list[Problem] = []
    for option, count in sorted(counts.items()):
        if count <= MULTIPLE_OPTION_LIMIT * len(chosen) or count <= math.ceil(entries / widest):
            continue
        offenders = [q for q in chosen if isinstance(q.answer, tuple) and option in q.answer]
        path, line = scope.at(offenders)
        found.append(
            _warning(
                "key_option",
                path,
                line,
                scope=scope.scope_text(offenders),
                position=_letter(option),
                count=count,
                total=len(chosen),
                share=_share(count, len(chosen)),
                limit=_percent(MULTIPLE_OPTION_LIMIT),
            )
        )
    return found


def _true_share(scope: _Scope) -> list[Problem]:
    chosen = _judged(scope, QuestionType.TRUE_FALSE)
    if not chosen:
        return []
    true = sum(1 for q in chosen if q.answer is True)
    low, high = TRUE_SHARE
    total = len(chosen)
    if low * total <= true <= high * total or abs(true - total / 2) <= 0.5:
        return []
    majority = true > total / 2
    offenders = [q for q in chosen if q.answer is majority]
    path, line = scope.at(offenders)
    return [
        _warning(
            "true_share",
            path,
            line,
            scope=scope.scope_text(offenders),
            count=true,
            total=total,
            share=_share(true, total),
            low=_percent(low),
            high=_percent(high),
        )
    ]


def _key_is_longest(question: Question, language: str) -> bool:
    assert isinstance(question.answer, int)
    lengths = [len(getattr(choice, language).strip()) for choice in question.choices]
    key = lengths[question.answer]
    return all(key > other for i, other in enumerate(lengths) if i != question.answer)


def _longest_keys(scope: _Scope) -> list[Problem]:
    chosen = _judged(scope, QuestionType.SINGLE)
    found: list[Problem] = []
    for language in ("zh", "en"):
        offenders = [q for q in chosen if _key_is_longest(q, language)]
        if len(offenders) < 2 or len(offenders) <= LONGEST_KEY_LIMIT * len(chosen):
            continue
        path, line = scope.at(offenders)
        found.append(
            _warning(
                "longest_key",
                path,
                line,
                scope=scope.scope_text(offenders),
                count=len(offenders),
                total=len(chosen),
                share=_share(len(offenders), len(chosen)),
                language=language,
                limit=_percent(LONGEST_KEY_LIMIT),
            )
        )
    return found


def above_phrase(text: str) -> str | None:
    """The "all/none of the above" phrase in a choice, if any."""
    lowered = _SPACE.sub(" ", text.lower())
    match = _ABOVE.search(lowered)
    if match:
        return match.group(0)
    word = _WORD_ABOVE.search(lowered)
    return word.group(0) if word else None


def _all_of_the_above(lesson: Lesson) -> list[Problem]:
    found: list[Problem] = []
    for question in lesson.questions:
        for choice in question.choices:
            phrase = above_phrase(choice.zh) or above_phrase(choice.en)
            if phrase:
                found.append(
                    _warning(
                        "all_of_the_above",
                        lesson.path / "lesson.toml",
                        question.line,
                        f"question '{question.id}'",
                        phrase=phrase,
                    )
                )
                break
    return found


# ---- near-duplicates across the diagnostic and final pools ------------------------------------


def trigrams(text: str) -> frozenset[str]:
    """The character trigrams of ``text``, lower-cased, with each number written as ``#``."""
    plain = _SPACE.sub(" ", _NUMBER.sub("#", text.lower())).strip()
    return frozenset(plain[i : i + 3] for i in range(max(len(plain) - 2, 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """``|a ∩ b| / |a ∪ b|`` (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass(frozen=True, slots=True)
class _Item:
    question: Question
    zh: frozenset[str]
    en: frozenset[str]
    keys: tuple[str, ...]  # the right choices' texts, normalised (zh then en)


def _key_texts(question: Question) -> tuple[str, ...]:
    answer = question.answer
    if question.type is QuestionType.SINGLE and isinstance(answer, int):
        indices: tuple[int, ...] = (answer,)
    elif question.type is QuestionType.MULTIPLE and isinstance(answer, tuple):
        indices = answer
    else:
        return ()
    zh = "|".join(sorted(_SPACE.sub(" ", question.choices[i].zh.strip()) for i in indices))
    en = "|".join(sorted(_SPACE.sub(" ", question.choices[i].en.strip().lower()) for i in indices))
    return zh, en


def _item(question: Question) -> _Item:
    return _Item(
        question, trigrams(question.prompt.zh), trigrams(question.prompt.en), _key_texts(question)
    )


def why_alike(a: Question, b: Question) -> str | None:
    """Why two items are near-duplicates (a short English reason), or ``None``."""
    return _why(_item(a), _item(b))


def _same_calculation(a: Question, b: Question) -> bool:
    if a.compute is None or b.compute is None:
        return False
    return a.compute.command == b.compute.command and dict(a.compute.args) == dict(b.compute.args)


def _why(d: _Item, f: _Item) -> str | None:
    first, second = d.question, f.question
    if _same_calculation(first, second):
        assert first.compute is not None
        return f"the same calculation ({first.compute.command} with the same inputs)"
    if (
        first.type is QuestionType.NUMERIC
        and second.type is QuestionType.NUMERIC
        and first.answer is not None
        and first.answer == second.answer
        and first.objective == second.objective
        and (first.unit.zh if first.unit else "") == (second.unit.zh if second.unit else "")
    ):
        return f"the same answer ({first.answer}) for the same objective"
    if (d.keys and d.keys == f.keys) or (d.keys and f.keys and d.keys[0] == f.keys[0]):
        short = len(d.keys[0]) < SHORT_KEY
        if not short or first.objective == second.objective:
            return f"the same right answer ('{d.keys[0]}')"
    zh, en = jaccard(d.zh, f.zh), jaccard(d.en, f.en)
    if (zh + en) / 2 >= NEAR_DUPLICATE:
        return f"prompts alike (trigram similarity {zh:.2f} zh, {en:.2f} en)"
    return None


def _near_duplicates(pack: Pack, where: Callable[[Question], str]) -> list[Problem]:
    diagnostic = [_item(q) for q in pack.questions if q.pool is Pool.DIAGNOSTIC]
    final = [_item(q) for q in pack.questions if q.pool is Pool.FINAL]
    found: list[Problem] = []
    for f in final:
        for d in diagnostic:
            reason = _why(d, f)
            if reason is None:
                continue
            lesson = pack.lesson(f.question.lesson_id)
            assert lesson is not None
            detail = (
                f"question '{f.question.id}' (final pool) is a near-duplicate of "
                f"'{d.question.id}' (diagnostic pool, {where(d.question)}): {reason}; "
                "test the objective with a different situation and numbers"
            )
            found.append(
                _warning(
                    "near_duplicate", lesson.path / "lesson.toml", f.question.line, detail=detail
                )
            )
    return found


def check_pack(pack: Pack) -> list[Problem]:
    """Every guessability and near-duplicate warning of a loaded pack."""
    lessons = {lesson.id: lesson for lesson in pack.lessons}

    def where(question: Question) -> str:
        path = lessons[question.lesson_id].path / "lesson.toml"
        try:
            shown = path.relative_to(pack.path).as_posix()
        except ValueError:
            shown = path.as_posix()
        return f"{shown}:{question.line}"

    counts = Counter(q.type for q in pack.questions if q.answer is not None)
    scopes = [_Scope(pack.questions, lessons, True, counts)]
    scopes.extend(_Scope(lesson.questions, lessons, False, counts) for lesson in pack.lessons)
    found: list[Problem] = []
    for scope in scopes:
        for rule in (_single_positions, _multiple_options, _true_share, _longest_keys):
            found.extend(rule(scope))
    for lesson in pack.lessons:
        found.extend(_all_of_the_above(lesson))
    found.extend(_near_duplicates(pack, where))
    return found
