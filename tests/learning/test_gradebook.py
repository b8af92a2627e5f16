"""The gradebook: best lesson quiz, latest diagnostic and final, growth, class average, bands."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from duewise.learning import gradebook
from duewise.learning.gradebook import Band, ColumnKind
from duewise.storage.results_files import Attempt, LearnerResults, QuizSummary


def _learner(
    uid: str, name: str, quizzes: list[tuple[str, str, str | None, int, str | None, list[str]]]
) -> LearnerResults:
    """quizzes: (id, kind, lesson, items, finished_at, scores of the answers given)."""
    attempts = []
    summaries = []
    for quiz_id, kind, lesson, items, finished, scores in quizzes:
        summaries.append(QuizSummary(quiz_id, kind, lesson, items, finished))
        for position, score in enumerate(scores):
            attempts.append(
                Attempt(
                    f"{quiz_id}-{position}",
                    f"{lesson or 'course'}-q{position}",
                    lesson or "what-is-credit",
                    "objective",
                    Decimal(score),
                    score == "1",
                    finished or "2026-03-01T10:00:00+00:00",
                    quiz_id,
                )
            )
    return LearnerResults(uid, name, "2026-03-20T09:00:00+00:00", tuple(attempts), tuple(summaries))


DAY1 = "2026-03-01T10:00:00+00:00"
DAY2 = "2026-03-08T10:00:00+08:00"
DAY3 = "2026-03-15T10:00:00+00:00"


def test_cells_best_lesson_latest_tests_growth_and_average() -> None:
    lin = _learner(
        "u1",
        "Lin",
        [
            ("1", "lesson", "a", 4, DAY1, ["1", "0", "1"]),  # 50 % (one left unanswered)
            ("2", "lesson", "a", 4, DAY2, ["1", "1", "1", "0.5"]),  # 87.5 %: the best
            ("3", "lesson", "a", 4, None, ["1", "1", "1", "1"]),  # unfinished: not counted
            ("4", "diagnostic", None, 5, DAY1, ["1", "0", "0", "0", "0"]),  # 20 %
            ("5", "diagnostic", None, 5, DAY2, ["1", "1", "0", "0", "0"]),  # 40 %: latest
            ("6", "final", None, 5, DAY3, ["1", "1", "1", "1", "0"]),  # 80 %
            ("7", "review", None, 2, DAY3, ["0", "0"]),  # never a gradebook column
        ],
    )
    amy = _learner("u2", "amy", [("1", "lesson", "b", 2, DAY1, ["1", "0"])])
    book = gradebook.build([lin, amy], lesson_order=["a", "b", "c"])
    assert [(c.kind, c.lesson_id) for c in book.columns] == [
        (ColumnKind.DIAGNOSTIC, ""),
        (ColumnKind.FINAL, ""),
        (ColumnKind.GROWTH, ""),
        (ColumnKind.LESSON, "a"),
        (ColumnKind.LESSON, "b"),
        (ColumnKind.LESSON, "c"),
    ]
    assert [row.name for row in book.rows] == ["amy", "Lin"]  # by name, whatever the case
    row = book.row("u1")
    assert row is not None
    values = [cell.value for cell in row.cells]
    assert values == [
        Decimal("40.0"),
        Decimal("80.0"),
        Decimal("40.0"),
        Decimal("87.5"),
        None,
        None,
    ]
    assert [cell.band for cell in row.cells] == [
        Band.NOT_YET,
        Band.MASTERED,
        Band.UP,
        Band.MASTERED,
        None,
        None,
    ]
    assert row.cells[3].count == 2  # two finished quizzes of lesson a
    # The average is over the learners who have a value: a blank is "not taken", not zero.
    assert [cell.value for cell in book.average] == [
        Decimal("40.0"),
        Decimal("80.0"),
        Decimal("40.0"),
        Decimal("87.5"),
        Decimal("50.0"),
        None,
    ]
    assert [cell.count for cell in book.average] == [1, 1, 1, 1, 1, 0]
    assert book.average[4].band is Band.PARTLY


def test_lessons_outside_the_pack_get_columns_and_old_files_give_blanks() -> None:
    stranger = _learner("u3", "Kim", [("9", "lesson", "zz-other", 1, DAY1, ["1"])])
    old = LearnerResults(
        "u4",
        "Old",
        DAY1,
        (Attempt("1-0", "q", "a", "o", Decimal(1), True, DAY1),),
    )
    book = gradebook.build([stranger, old], lesson_order=["a"])
    assert [c.lesson_id for c in book.columns if c.kind is ColumnKind.LESSON] == ["a", "zz-other"]
    old_row = book.row("u4")
    assert old_row is not None and all(cell.empty for cell in old_row.cells)


def test_bands_and_growth_signs() -> None:
    assert gradebook.score_band(Decimal(80)) is Band.MASTERED
    assert gradebook.score_band(Decimal("79.9")) is Band.PARTLY
    assert gradebook.score_band(Decimal(50)) is Band.PARTLY
    assert gradebook.score_band(Decimal("49.9")) is Band.NOT_YET
    assert gradebook.growth_band(Decimal(0)) is Band.SAME
    assert gradebook.growth_band(Decimal("-0.1")) is Band.DOWN


def test_answers_newest_first_each_once() -> None:
    lin = _learner(
        "u1",
        "Lin",
        [("1", "lesson", "a", 2, DAY1, ["1", "0.5"]), ("2", "final", None, 1, DAY3, ["0"])],
    )
    rows = gradebook.answers(lin)
    assert [(r.kind, r.score_pct, r.correct) for r in rows] == [
        ("final", Decimal("0.0"), False),
        ("lesson", Decimal("100.0"), True),
        ("lesson", Decimal("50.0"), False),
    ]


@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=6), st.integers(1, 6))
def test_a_quiz_score_stays_between_0_and_100(rights: list[int], items: int) -> None:
    scores = [str(min(r, 1)) for r in rights]
    learner = _learner("u", "L", [("1", "lesson", "a", items, DAY1, scores)])
    value = gradebook.quiz_scores(learner)["1"]
    assert Decimal(0) <= value <= Decimal(100)
