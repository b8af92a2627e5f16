"""Class quizzes (tallies, team scoreboard, saving) and the class report from results files."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction

import pytest

from duewise.content.model import Question, QuestionType, Text
from duewise.learning import class_report, classroom
from duewise.storage import results_files as rf

START = dt.datetime(2026, 3, 17, 9, 0, tzinfo=dt.UTC)


def _question(qid: str, qtype: QuestionType, answer: object, n_choices: int = 0) -> Question:
    return Question(
        id=qid,
        type=qtype,
        objective=f"obj.{qid}",
        section="s",
        difficulty=1,
        prompt=Text(zh=f"问题 {qid}", en=f"Question {qid}"),
        choices=tuple(Text(zh=f"选项{i}", en=f"Choice {i}") for i in range(n_choices)),
        answer=answer,  # type: ignore[arg-type]
        explanation=Text(zh="解释", en="Because"),
        lesson_id="lesson-a",
        tolerance=Decimal("0.01") if qtype is QuestionType.NUMERIC else None,
    )


SINGLE = _question("q1", QuestionType.SINGLE, 2, 4)
MULTI = _question("q2", QuestionType.MULTIPLE, (0, 2), 3)
TF = _question("q3", QuestionType.TRUE_FALSE, False)
NUM = _question("q4", QuestionType.NUMERIC, Decimal("3.5"))
ORDER = _question("q5", QuestionType.ORDERING, (2, 0, 1), 3)


def test_options_per_question_type() -> None:
    assert [o.correct for o in classroom.tally_options(SINGLE)] == [False, False, True, False]
    assert [o.correct for o in classroom.tally_options(MULTI)] == [True, False, True]
    assert [(o.kind, o.correct) for o in classroom.tally_options(TF)] == [
        (classroom.OptionKind.TRUE, False),
        (classroom.OptionKind.FALSE, True),
    ]
    for question in (NUM, ORDER):
        kinds = [o.kind for o in classroom.tally_options(question)]
        assert kinds == [classroom.OptionKind.RIGHT, classroom.OptionKind.WRONG]


def test_summary_shares_and_share_right() -> None:
    summary = classroom.summarize(SINGLE, [3, 1, 12, 4])
    assert summary.total == 20 and summary.right == 12
    assert summary.share_right == Fraction(3, 5)
    assert summary.shares == (Fraction(3, 20), Fraction(1, 20), Fraction(3, 5), Fraction(1, 5))
    assert classroom.percent(summary.shares[0]) == Decimal("15.0")
    assert classroom.summarize(MULTI, [5, 1, 4]).share_right is None  # unknowable from hands
    empty = classroom.summarize(TF, [0, 0])
    assert empty.share_right is None and empty.shares == (0, 0)


@pytest.mark.parametrize("counts", [[1, 2, 3], [1, -1, 0, 0], [1, 2, 3, 10_001]])
def test_bad_tallies_are_refused(counts: list[int]) -> None:
    with pytest.raises(classroom.ClassQuizError):
        classroom.summarize(SINGLE, counts)


def test_team_mode_scoreboard_with_ties() -> None:
    session = classroom.new_session(
        "lesson-a",
        [SINGLE, TF],
        mode=classroom.QuizMode.TEAMS,
        teams=["Red", "Blue", "Green"],
        started_at=START,
    )
    session = classroom.record(session, SINGLE, team_points=[2, 3, 1], revealed=True)
    session = classroom.record(session, TF, team_points=[1, 0, 2], revealed=True)
    board = classroom.scoreboard(session)
    assert [(s.rank, s.team, s.points) for s in board] == [
        (1, "Red", 3),
        (1, "Blue", 3),
        (1, "Green", 3),
    ]


def test_scoreboard_ranks() -> None:
    session = classroom.new_session(
        "lesson-a",
        [SINGLE],
        mode=classroom.QuizMode.TEAMS,
        teams=["Owls", "Foxes", "Bears", "Hares"],
        started_at=START,
    )
    session = classroom.record(session, SINGLE, team_points=[1, 4, 4, 0])
    assert [(s.rank, s.team) for s in classroom.scoreboard(session)] == [
        (1, "Foxes"),
        (1, "Bears"),
        (3, "Owls"),
        (4, "Hares"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"mode": classroom.QuizMode.TEAMS, "teams": ["Solo"]}, "bad_teams"),
        ({"mode": classroom.QuizMode.TEAMS, "teams": ["Owls", "Owls"]}, "bad_teams"),
        ({"countdown_seconds": 9999}, "bad_countdown"),
    ],
)
def test_bad_sessions_are_refused(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(classroom.ClassQuizError) as info:
        classroom.new_session("lesson-a", [SINGLE], started_at=START, **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code


def test_session_round_trips_through_json_and_csv() -> None:
    session = classroom.new_session(
        "lesson-a", [SINGLE, TF, NUM], countdown_seconds=20, language="zh_CN", started_at=START
    )
    session = classroom.record(session, SINGLE, counts=[3, 1, 12, 4], revealed=True)
    session = classroom.record(session, NUM, counts=[7, 13], revealed=True)
    payload = json.loads(json.dumps(classroom.to_payload(session)))
    assert classroom.from_payload(payload) == session
    rows = classroom.csv_rows(
        session,
        {q.id: q for q in (SINGLE, TF, NUM)},
        lambda q, o: o.kind.value if o.index < 0 else str(o.index),
        "zh_CN",
    )
    assert rows[2] == [1, "q1", "obj.q1", "问题 q1", "2", 12, 1, Decimal("60.0")]
    assert rows[-1][4:] == ["wrong", 13, 0, Decimal("65.0")]
    assert len(rows) == 4 + 2  # TF has no tally and is left out
    with pytest.raises(classroom.ClassQuizError):
        classroom.from_payload({"version": 99})


# ---- class report ---------------------------------------------------------------------------


def _attempt(aid: str, qid: str, where: tuple[str, str], score: str, when: str) -> rf.Attempt:
    lesson, objective = where
    return rf.Attempt(
        aid, qid, lesson, objective, Decimal(score), score == "1", f"2026-03-{when}T10:00:00+00:00"
    )


def test_class_report_uses_latest_attempts_and_ranks_hardest_questions() -> None:
    lin = rf.LearnerResults(
        "aaaa",
        "Lin",
        "2026-03-17T00:00:00+00:00",
        (
            _attempt("1", "q1", ("l1", "o1"), "0", "10"),
            _attempt("2", "q1", ("l1", "o1"), "1", "11"),  # the retry counts
            _attempt("3", "q2", ("l1", "o2"), "0.5", "11"),
            _attempt("4", "q3", ("l2", "o3"), "0", "12"),
        ),
    )
    amy = rf.LearnerResults(
        "bbbb",
        "Amy",
        "2026-03-17T00:00:00+00:00",
        (
            _attempt("1", "q1", ("l1", "o1"), "1", "10"),
            _attempt("2", "q3", ("l2", "o3"), "0", "10"),
        ),
    )
    report = class_report.build_report([lin, amy], lesson_order=["l2", "l1"])
    assert [(s.name, s.answered, s.right, s.score_pct) for s in report.students] == [
        ("Lin", 3, 1, Decimal("50.0")),
        ("Amy", 2, 1, Decimal("50.0")),
    ]
    assert [(g.id, g.learners, g.answered, g.score_pct) for g in report.lessons] == [
        ("l2", 2, 2, Decimal("0.0")),
        ("l1", 2, 3, Decimal("83.3")),
    ]
    assert [(g.id, g.score_pct) for g in report.objectives] == [
        ("o3", Decimal("0.0")),
        ("o1", Decimal("100.0")),
        ("o2", Decimal("50.0")),
    ]
    assert [q.question_id for q in report.hardest] == ["q3", "q2", "q1"]
    assert report.hardest[0].right_pct == Decimal("0.0") and report.answered == 5
    assert [
        q.question_id for q in class_report.build_report([lin, amy], min_answers=2).hardest
    ] == ["q3", "q1"]


def test_quiz_run_keeps_typed_counts_and_counts_only_revealed_questions() -> None:
    session = classroom.new_session("lesson-a", [SINGLE, TF], started_at=START)
    run = classroom.QuizRun(session, [SINGLE, TF])
    assert run.current() is SINGLE and not run.revealed and run.has_next()
    run.reveal([1, 2, 7, 0])
    assert run.revealed and run.session.result("q1").counts == (1, 2, 7, 0)
    run.show(1)
    run.keep_typed([4, 5])  # typed, not revealed: the class looks back
    assert run.session.result("q3") is None
    assert run.entered(0) == ((1, 2, 7, 0), True)
    assert run.entered(1) == ((4, 5), False)
    assert run.entered(1) == (None, False)  # handed back once
    assert [n for n, _, _ in run.summaries()] == [1]
    with pytest.raises(classroom.ClassQuizError):
        run.record([classroom.MAX_COUNT + 1, 0])


def test_session_store_round_trips_payloads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duewise.storage import classroom_store, db

    database, _ = db.open_database(tmp_path)
    store = classroom_store.SessionStore(database)
    session = classroom.new_session("lesson-a", [SINGLE], started_at=START)
    name = classroom.session_name(session)
    store.save(name, classroom.to_payload(session))
    assert store.names() == [name]
    assert classroom.from_payload(store.load(name)) == session
    assert store.load("missing") is None
    database.close()


def test_the_class_sees_choices_shuffled_but_counts_stay_in_the_written_order() -> None:
    from duewise.learning import shuffle

    seed = "class:what-is-credit:2026-03-01T09:00:00"
    order = classroom.display_order(SINGLE, seed)
    assert order == shuffle.choice_order(SINGLE, seed) == classroom.display_order(SINGLE, seed)
    assert sorted(order) == list(range(len(SINGLE.choices)))
    session = classroom.ClassSession("what-is-credit", (SINGLE.id,), started_at="2026-03-01")
    assert session.order_seed == "class:what-is-credit:2026-03-01"
    # counts are recorded per option in the written order, whatever the rows showed
    counted = classroom.record(session, SINGLE, counts=[1, 2, 3, 4], revealed=True)
    assert counted.results[SINGLE.id].counts == (1, 2, 3, 4)


@pytest.mark.parametrize(
    "name", ["A", "b", "3", "Team C", "team  d", "C 队", "D队", "第二组", "Group 4"]
)
def test_teams_named_like_an_option_are_refused(name: str) -> None:
    assert classroom.looks_like_option(name)
    with pytest.raises(classroom.ClassQuizError) as info:
        classroom.new_session(
            "l", [SINGLE], mode=classroom.QuizMode.TEAMS, teams=["Pandas", name], started_at=START
        )
    assert info.value.code == "team_like_option" and info.value.params == {
        "name": " ".join(name.split())
    }


@pytest.mark.parametrize("name", ["Pandas", "熊猫队", "Red team", "A-Team", "组", "Tigers 2"])
def test_team_names_that_are_not_options(name: str) -> None:
    assert not classroom.looks_like_option(name)


def test_a_saved_sessions_key_gives_its_time_and_lesson() -> None:
    session = classroom.new_session("what-is-credit", [SINGLE], started_at=START)
    key = classroom.session_name(session)
    assert classroom.session_key_parts(key) == (START, "what-is-credit")
    assert classroom.session_key_parts("not a key") is None
    assert classroom.session_key_parts("2026-03-17T09:00:00+00:00") is None


def test_paper_table_of_a_calculator_block_uses_the_engine() -> None:
    from duewise.content.model import CalculatorBlock, Scenario, ScenarioKind, Slider, Then
    from duewise.finance import what_if
    from duewise.learning import paper

    block = CalculatorBlock(
        "cn_jd_baitiao",
        Decimal(1000),
        Scenario(ScenarioKind.MISS, cycles=1),
        Then.CATCH_UP,
        (Slider.DAYS_LATE,),
        1,
    )
    table = paper.calculator_table(block)
    assert table.slider is Slider.DAYS_LATE and table.error is None
    assert [row.value for row in table.rows] == list(paper.SAMPLES[Slider.DAYS_LATE])
    five = what_if.evaluate("cn_jd_baitiao", Decimal(1000), "miss:1", "catch-up", days_late=7)
    assert table.rows[1].result == five
    missing = CalculatorBlock(
        "no_such_preset", Decimal(1), Scenario(ScenarioKind.ON_TIME), None, (), 1
    )
    assert paper.calculator_table(missing).error == "preset_not_found"
