"""The live quiz's session logic: phases, one answer per student, grading, shuffles, scores."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from live_helpers import AT, QUESTIONS, make_setup, right_payload

from duewise.learning import live
from duewise.storage import results_files
from duewise.ui.classroom.live import results as live_results


def _join(session: live.LiveSession, name: str, sid: str, team: str = "") -> live.Student:
    event = session.plan_join(
        name, token_hash=f"hash-{sid}", student_id=sid, new_uid=f"uid{sid}", at=AT, team=team
    )
    session.apply(event)
    student = session.student(sid)
    assert student is not None
    return student


def _step(session: live.LiveSession, step: live.Step) -> None:
    session.apply(session.plan_step(step, AT))


def test_phases_follow_the_teachers_buttons():
    session = live.LiveSession(make_setup(), QUESTIONS)
    assert session.phase is live.Phase.LOBBY
    with pytest.raises(live.LiveError) as refused:
        session.plan_step(live.Step.CLOSE, AT)
    assert refused.value.code == "bad_step"
    _step(session, live.Step.OPEN)
    assert (session.phase, session.index) == (live.Phase.OPEN, 0)
    _step(session, live.Step.CLOSE)
    _step(session, live.Step.OPEN)  # re-opened before the reveal
    _step(session, live.Step.REVEAL)
    with pytest.raises(live.LiveError):
        session.plan_step(live.Step.OPEN, AT)  # no re-opening after the answer was shown
    for _ in range(4):
        _step(session, live.Step.NEXT)
        _step(session, live.Step.REVEAL)
    with pytest.raises(live.LiveError) as refused:
        session.plan_step(live.Step.NEXT, AT)
    assert refused.value.code == "no_more_questions"
    _step(session, live.Step.END)
    assert session.phase is live.Phase.ENDED


def test_one_answer_per_student_while_open_and_locked_when_closed():
    session = live.LiveSession(make_setup(), QUESTIONS)
    _join(session, "Lin", "s1")
    _join(session, "Wang", "s2")
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s1", "q-single", {"choice": 0}, at=AT)
    assert refused.value.code == "not_open"
    _step(session, live.Step.OPEN)
    session.apply(session.plan_answer("s1", "q-single", {"choice": 0}, at=AT))
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s1", "q-single", {"choice": 1}, at=AT)
    assert refused.value.code == "already_answered"
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s2", "q-tf", {"value": True}, at=AT)
    assert refused.value.code == "not_current"
    _step(session, live.Step.CLOSE)
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s2", "q-single", {"choice": 1}, at=AT)
    assert refused.value.code == "not_open"


@pytest.mark.parametrize("qid", list(QUESTIONS))
def test_each_type_is_graded_by_the_apps_rules(qid: str):
    ids = (qid,)
    session = live.LiveSession(make_setup(question_ids=ids), QUESTIONS)
    _join(session, "Lin", "s1")
    _step(session, live.Step.OPEN)
    question = QUESTIONS[qid]
    event = session.plan_answer("s1", qid, right_payload(session, "s1", question), at=AT)
    assert event.score == 1
    assert event.response == question.answer


def test_numbers_are_read_tolerantly_and_unreadable_ones_are_refused_not_graded():
    session = live.LiveSession(make_setup(question_ids=("q-num",)), QUESTIONS)
    _join(session, "Lin", "s1")
    _step(session, live.Step.OPEN)
    for text in ("1000", "¥1,000", "1 000元", "１０００", "1000.4", "0.1万"):
        event = session.plan_answer("s1", "q-num", {"text": text}, at=AT)
        assert event.score == 1, text
    assert session.plan_answer("s1", "q-num", {"text": "1001"}, at=AT).score == 0
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s1", "q-num", {"text": "about a thousand"}, at=AT)
    assert (refused.value.code, refused.value.params) == (
        "unreadable_number",
        {"reason": "not_a_number"},
    )
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s1", "q-num", {"text": "10,00,0"}, at=AT)
    assert refused.value.params == {"reason": "bad_grouping"}
    with pytest.raises(live.LiveError) as refused:  # as the app's number fields read it
        session.plan_answer("s1", "q-num", {"text": "10²"}, at=AT)
    assert refused.value.params == {"reason": "not_ascii_digits"}


def test_multiple_choice_gets_partial_credit():
    session = live.LiveSession(make_setup(question_ids=("q-multi",)), QUESTIONS)
    _join(session, "Lin", "s1")
    _step(session, live.Step.OPEN)
    order = session.order_for("s1", QUESTIONS["q-multi"])
    one_right = [order.index(0)]
    event = session.plan_answer("s1", "q-multi", {"choices": one_right}, at=AT)
    assert event.score == Fraction(1, 2)


@pytest.mark.parametrize(
    ("qid", "payload"),
    [
        ("q-single", {"choice": 4}),
        ("q-single", {"choice": True}),
        ("q-single", {"choice": "1"}),
        ("q-multi", {"choices": []}),
        ("q-multi", {"choices": [0, 0]}),
        ("q-tf", {"value": 1}),
        ("q-order", {"order": [0, 1, 2]}),
        ("q-order", {"order": [0, 1, 2, 2]}),
        ("q-num", {"text": "9" * 200}),
        ("q-num", {}),
    ],
)
def test_malformed_answers_are_refused(qid: str, payload: dict):
    session = live.LiveSession(make_setup(question_ids=(qid,)), QUESTIONS)
    _join(session, "Lin", "s1")
    _step(session, live.Step.OPEN)
    with pytest.raises(live.LiveError) as refused:
        session.plan_answer("s1", qid, payload, at=AT)
    assert refused.value.code == "bad_answer"


@given(st.text(alphabet="0123456789abcdef", min_size=1, max_size=8))
def test_choice_order_is_a_stable_permutation_and_never_the_right_order(student_id: str):
    for question in QUESTIONS.values():
        order = live.choice_order(7, student_id, question)
        assert order == live.choice_order(7, student_id, question)
        if question.choices:
            assert sorted(order) == list(range(len(question.choices)))
        if question.type.value == "ordering":
            assert order != question.answer


def test_choices_are_shuffled_per_student():
    question = QUESTIONS["q-single"]
    orders = {live.choice_order(7, f"s{i}", question) for i in range(40)}
    assert len(orders) > 5


def test_names_are_cleaned_unique_and_bounded():
    session = live.LiveSession(make_setup(), QUESTIONS)
    student = _join(session, "  Lin\u200b \t Mei\x00 ", "s1")
    assert student.name == "Lin Mei"
    for name, code in (
        ("lin   MEI", "name_taken"),
        ("   ", "name_empty"),
        ("x" * 41, "name_too_long"),
    ):
        with pytest.raises(live.LiveError) as refused:
            session.plan_join(name, token_hash="h", student_id="s9", new_uid="u9", at=AT)
        assert refused.value.code == code
    hostile = _join(session, '<img src=x onerror="alert(1)">', "s2")
    assert hostile.name == '<img src=x onerror="alert(1)">'  # kept as text; escaped where shown


def test_a_name_from_the_class_list_carries_that_learners_id_once():
    mates = (live.Classmate("Lin Mei", "learner-lin"),)
    session = live.LiveSession(make_setup(class_list=mates), QUESTIONS)
    student = _join(session, "lin mei", "s1")
    assert (student.uid, student.name) == ("learner-lin", "Lin Mei")
    assert _join(session, "Zhou", "s2").uid == "uids2"


def test_the_session_is_full_at_the_limit(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(live, "MAX_STUDENTS", 2)
    session = live.LiveSession(make_setup(), QUESTIONS)
    _join(session, "A", "s1")
    _join(session, "B", "s2")
    with pytest.raises(live.LiveError) as refused:
        session.plan_join("C", token_hash="h", student_id="s3", new_uid="u", at=AT)
    assert refused.value.code == "full"


def test_points_count_only_revealed_questions_and_teams_use_the_mean():
    session = live.LiveSession(make_setup(teams=("Pandas", "Cranes")), QUESTIONS)
    _join(session, "A", "s1", "Pandas")
    _join(session, "B", "s2", "Pandas")
    _join(session, "C", "s3", "Cranes")
    _step(session, live.Step.OPEN)
    question = QUESTIONS["q-single"]
    for sid in ("s1", "s3"):
        payload = right_payload(session, sid, question)
        session.apply(session.plan_answer(sid, question.id, payload, at=AT))
    assert all(s.points == 0 for s in session.standings())  # not revealed yet
    assert (
        "scoreboard" in session.student_view("s1") and not session.student_view("s1")["scoreboard"]
    )
    _step(session, live.Step.REVEAL)
    assert [(s.rank, s.name, s.points) for s in session.standings()] == [
        (1, "A", Decimal("1.0")),
        (1, "C", Decimal("1.0")),
        (3, "B", Decimal("0.0")),
    ]
    assert [(s.name, s.points) for s in session.team_standings()] == [
        ("Cranes", Decimal("1.0")),
        ("Pandas", Decimal("0.5")),
    ]


def test_a_student_view_holds_only_their_own_answer():
    session = live.LiveSession(make_setup(), QUESTIONS)
    _join(session, "A", "s1")
    _join(session, "B", "s2")
    _step(session, live.Step.OPEN)
    session.apply(session.plan_answer("s1", "q-single", {"choice": 1}, at=AT))
    view = session.student_view("s2")
    assert view["mine"] is None and view["feedback"] is None
    assert "s1" not in repr(view) and "A" not in [view["me"]["name"]]
    assert session.student_view("s1")["mine"] == {"choice": 1}
    _step(session, live.Step.REVEAL)
    feedback = session.student_view("s2")["feedback"]
    assert feedback["score"] is None and feedback["explanation"]["en"] == "Because q-single"


def test_replaying_the_events_gives_the_same_session():
    session = live.LiveSession(make_setup(), QUESTIONS)
    events: list[live.Event] = []

    def do(event: live.Event) -> None:
        payload = live.event_to_payload(event)
        events.append(live.event_from_payload(payload))
        session.apply(event)

    do(session.plan_join("A", token_hash="h1", student_id="s1", new_uid="u1", at=AT))
    do(session.plan_step(live.Step.OPEN, AT))
    for qid in ORDER_ALL:
        question = QUESTIONS[qid]
        do(session.plan_answer("s1", qid, right_payload(session, "s1", question), at=AT))
        do(session.plan_step(live.Step.REVEAL, AT))
        if qid != ORDER_ALL[-1]:
            do(session.plan_step(live.Step.NEXT, AT))
    again = live.LiveSession.replay(
        live.setup_from_payload(live.setup_to_payload(session.setup)), QUESTIONS, events
    )
    assert again.teacher_view() == session.teacher_view()
    assert again.student_view("s1") == session.student_view("s1")


ORDER_ALL = tuple(QUESTIONS)


def test_results_are_a_results_file_that_merges_by_the_import_rules():
    session = live.LiveSession(make_setup(), QUESTIONS)
    _join(session, '=HYPERLINK("x")', "s1")
    _join(session, "Never answered", "s2")
    _step(session, live.Step.OPEN)
    question = QUESTIONS["q-single"]
    session.apply(
        session.plan_answer("s1", question.id, right_payload(session, "s1", question), at=AT)
    )
    results = live_results.class_results(session, exported_at=AT)
    assert [r.name for r in results] == ['=HYPERLINK("x")']
    (mine,) = results
    assert [(a.attempt_id, a.question_id, a.score, a.correct) for a in mine.attempts] == [
        ("live-5e55105e55105e55-1", "q-single", Decimal(1), True)
    ]
    reread = results_files.parse_results(results_files.to_json(mine).encode("utf-8"))
    assert reread == mine
    merged, duplicates = results_files.merge([mine, mine])
    assert duplicates == 1 and len(merged[0].attempts) == 1


@pytest.mark.parametrize(
    ("source", "kind", "lesson_id"),
    [
        (live.QuizSource.DIAGNOSTIC, "diagnostic", None),
        (live.QuizSource.FINAL, "final", None),
        (live.QuizSource.LESSON, "lesson", "lesson-live"),
        (live.QuizSource.CUSTOM, "custom", None),
    ],
)
def test_results_say_which_quiz_the_answers_belong_to(
    source: live.QuizSource, kind: str, lesson_id: str | None
):
    setup = make_setup(source=source, lesson_id=lesson_id or "")
    session = live.LiveSession(setup, QUESTIONS)
    _join(session, "Lin", "s1")
    _step(session, live.Step.OPEN)
    for number, qid in enumerate(ORDER_ALL):
        question = QUESTIONS[qid]
        if number != 1:  # one question left unanswered: it counts 0, as in the app
            payload = right_payload(session, "s1", question)
            session.apply(session.plan_answer("s1", qid, payload, at=AT))
        _step(session, live.Step.REVEAL)
        if number < len(ORDER_ALL) - 1:
            _step(session, live.Step.NEXT)
    later = AT + dt.timedelta(minutes=20)
    session.apply(session.plan_step(live.Step.END, later))
    (mine,) = live_results.class_results(session, exported_at=later)
    assert mine.quizzes == (
        results_files.QuizSummary(
            id="live-5e55105e55105e55",
            kind=kind,
            lesson_id=lesson_id,
            items=len(ORDER_ALL),
            finished_at=later.isoformat(timespec="seconds"),
        ),
    )
    assert {a.quiz for a in mine.attempts} == {"live-5e55105e55105e55"}
    assert len(mine.attempts) == len(ORDER_ALL) - 1


def test_a_quiz_finished_before_its_last_question_is_not_a_finished_test():
    session = live.LiveSession(make_setup(source=live.QuizSource.FINAL), QUESTIONS)
    _join(session, "Lin", "s1")
    _step(session, live.Step.OPEN)
    question = QUESTIONS["q-single"]
    session.apply(
        session.plan_answer("s1", question.id, right_payload(session, "s1", question), at=AT)
    )
    _step(session, live.Step.END)
    (mine,) = live_results.class_results(session, exported_at=AT)
    # Its answers count in the class report; a test of 1 question of 5 is no final test score.
    (quiz,) = mine.quizzes
    assert (quiz.kind, quiz.items, quiz.finished_at) == ("final", len(ORDER_ALL), None)
    assert [a.quiz for a in mine.attempts] == [quiz.id]


def test_csv_rows_hold_plain_values_for_the_one_sanitiser():
    # The live quiz has no CSV rule of its own: reports.csv_writer.spreadsheet_cell is the one.
    assert not hasattr(live, "safe_cell")
    session = live.LiveSession(make_setup(teams=("@SUM(A1)",)), QUESTIONS)
    _join(session, '=HYPERLINK("x")', "s1", team="@SUM(A1)")
    _step(session, live.Step.OPEN)
    _step(session, live.Step.CLOSE)
    _step(session, live.Step.NEXT)  # q-single asked, not answered; now q-multi
    order = session.order_for("s1", QUESTIONS["q-multi"])
    session.apply(session.plan_answer("s1", "q-multi", {"choices": [order.index(0)]}, at=AT))
    assert live.csv_rows(session) == [
        [1, "q-single", '=HYPERLINK("x")', "@SUM(A1)", 0, None, 0],
        [2, "q-multi", '=HYPERLINK("x")', "@SUM(A1)", 1, Decimal("0.5"), 0],
    ]


def test_a_bad_stored_event_is_reported_not_crashed():
    for payload in ({}, {"event": "answered"}, {"event": "nope"}, None):
        with pytest.raises(live.LiveError) as refused:
            live.event_from_payload(payload)
        assert refused.value.code == "bad_event"
    with pytest.raises(live.LiveError):
        live.setup_from_payload({"version": 99})


def test_setup_needs_known_questions():
    with pytest.raises(live.LiveError) as refused:
        live.LiveSession(make_setup(question_ids=("nope",)), QUESTIONS)
    assert refused.value.code == "bad_setup"


def test_time_is_an_input():
    session = live.LiveSession(make_setup(), QUESTIONS)
    later = AT + dt.timedelta(minutes=5)
    event = session.plan_join("A", token_hash="h", student_id="s1", new_uid="u", at=later)
    assert event.at == later.isoformat(timespec="seconds")


def test_a_released_student_joins_again_under_their_name_and_keeps_their_answers():
    session = live.LiveSession(make_setup(teams=("Pandas", "Cranes")), QUESTIONS)
    lin = _join(session, "Lin", "s1", "Pandas")
    _step(session, live.Step.OPEN)
    session.apply(session.plan_answer("s1", "q-single", {"choice": 1}, at=AT))
    # Lost the phone: the name is taken until the teacher lets Lin join again.
    with pytest.raises(live.LiveError) as refused:
        session.plan_join("lin", token_hash="new", student_id="s9", new_uid="u9", at=AT)
    assert refused.value.code == "name_taken"
    session.apply(session.plan_release("s1", at=AT))
    assert session.student_for_token("hash-s1") is None  # the old token stops working
    assert session.teacher_view().released == frozenset({"s1"})
    with pytest.raises(live.LiveError) as refused:
        session.plan_release("s1", at=AT)
    assert refused.value.code == "already_released"
    event = session.plan_join(" LIN ", token_hash="new", student_id="s9", new_uid="u9", at=AT)
    assert (event.student_id, event.uid, event.name, event.team) == ("s1", lin.uid, "Lin", "Pandas")
    session.apply(event)
    assert session.student_for_token("new") == session.student("s1")
    assert session.student_view("s1")["mine"] == {"choice": 1}
    assert len(session.students) == 1 and session.teacher_view().released == frozenset()
    with pytest.raises(live.LiveError) as refused:  # taken again, by Lin's new phone
        session.plan_join("Lin", token_hash="x", student_id="s8", new_uid="u8", at=AT)
    assert refused.value.code == "name_taken"
    with pytest.raises(live.LiveError) as refused:
        session.plan_release("nobody", at=AT)
    assert refused.value.code == "unknown_student"


def test_a_released_class_list_student_rejoins_with_their_learner_id_even_after_the_end():
    mates = (live.Classmate("Lin Mei", "learner-lin"),)
    session = live.LiveSession(make_setup(class_list=mates), QUESTIONS)
    _join(session, "Lin Mei", "s1")
    _step(session, live.Step.END)
    with pytest.raises(live.LiveError) as refused:
        session.plan_join("Zhou", token_hash="z", student_id="s2", new_uid="u2", at=AT)
    assert refused.value.code == "ended"
    events = [session.plan_release("s1", at=AT)]
    session.apply(events[0])
    event = session.plan_join("lin mei", token_hash="again", student_id="s7", new_uid="u7", at=AT)
    assert (event.student_id, event.uid) == ("s1", "learner-lin")  # to download their file
    events.append(event)
    session.apply(event)
    replayed = live.LiveSession.replay(
        session.setup,
        QUESTIONS,
        [
            live.Joined("s1", "hash-s1", "learner-lin", "Lin Mei", "", AT.isoformat()),
            live.Stepped(live.Step.END, -1, live.Phase.ENDED, AT.isoformat()),
            *(live.event_from_payload(live.event_to_payload(e)) for e in events),
        ],
    )
    assert replayed.student_for_token("again") == session.student("s1")
    assert replayed.student_for_token("hash-s1") is None
