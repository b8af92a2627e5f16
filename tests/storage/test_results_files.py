"""Results files: one learner's attempts out, many files in; bad files reported, never a crash."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import db, profiles, quiz_store
from duewise.storage import results_files as rf

WHEN = dt.datetime(2026, 3, 17, 9, 30, tzinfo=dt.UTC)


def _attempt(aid: str, qid: str = "l01-q01", score: str = "1") -> rf.Attempt:
    return rf.Attempt(
        aid,
        qid,
        "what-is-credit",
        "basics.what-credit",
        Decimal(score),
        score == "1",
        "2026-03-16T20:11:05+00:00",
    )


def _write(
    tmp_path: Path, name: str, uid: str, attempts: list[rf.Attempt], when: dt.datetime = WHEN
) -> Path:
    path = tmp_path / rf.default_file_name(name, when.date())
    rf.write_results_file(path, rf.make_results(uid, name, attempts, exported_at=when))
    return path


def test_round_trip(tmp_path: Path) -> None:
    path = _write(tmp_path, "Lin", "a1b2c3", [_attempt("1"), _attempt("2", score="0.6667")])
    assert path.name == "Lin-2026-03-17.duewise-results.json"
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "duewise-results" and data["schema_version"] == 1
    assert data["learner"] == {"uid": "a1b2c3", "name": "Lin"}
    back = rf.read_results_file(path)
    assert back.attempts[1].score == Decimal("0.6667") and back.attempts[0].correct


def test_import_merges_duplicates_and_learners(tmp_path: Path) -> None:
    first = _write(tmp_path, "Lin", "aaaa", [_attempt("1"), _attempt("2")])
    later = _write(
        tmp_path / "b", "Lin W", "aaaa", [_attempt("2"), _attempt("3")], WHEN + dt.timedelta(days=1)
    )
    amy = _write(tmp_path, "Amy", "bbbb", [_attempt("1")])
    result = rf.import_files([first, later, amy, first])
    assert result.files_read == 4 and result.problems == ()
    assert [(r.name, len(r.attempts)) for r in result.learners] == [("Amy", 1), ("Lin W", 3)]
    assert result.duplicates == 3  # attempt 2 once more, then all of the first file again


def _bad_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bad_files_are_reported_by_name_and_skipped(tmp_path: Path) -> None:
    good = _write(tmp_path, "Lin", "aaaa", [_attempt("1")])
    text = good.read_text("utf-8")
    data = json.loads(text)
    data["attempts"][0]["score"] = "1.5"
    newer = dict(data, schema_version=2)
    files = [
        _bad_file(tmp_path, "cut.json", text[: len(text) // 2].encode()),
        _bad_file(tmp_path, "cut-in-string.json", b'{"format": "duewise-res'),
        _bad_file(tmp_path, "big.json", b" " * (rf.MAX_BYTES + 1)),
        _bad_file(tmp_path, "empty.json", b""),
        _bad_file(tmp_path, "latin1.json", '{"n": "é"}'.encode("latin-1")),
        _bad_file(tmp_path, "garbage.json", b'{"a": 1} trailing'),
        _bad_file(tmp_path, "other.json", b'{"format": "something-else"}'),
        _bad_file(tmp_path, "score.json", json.dumps(data).encode()),
        _bad_file(tmp_path, "newer.json", json.dumps(newer).encode()),
        _bad_file(tmp_path, "nan.json", text.replace('"1"', "NaN").encode()),
        _bad_file(tmp_path, "deep.json", b"[" * 100_000 + b"]" * 100_000),
        tmp_path / "missing.json",
        tmp_path,  # a folder
        good,
    ]
    result = rf.import_files(files)
    codes = {p.name: p.code for p in result.problems}
    assert codes == {
        "cut.json": "truncated",
        "cut-in-string.json": "truncated",
        "big.json": "too_large",
        "empty.json": "empty",
        "latin1.json": "not_utf8",
        "garbage.json": "not_json",
        "other.json": "not_results",
        "score.json": "bad_field",
        "newer.json": "newer_version",
        "nan.json": "not_json",
        "deep.json": "not_json",
        "missing.json": "unreadable",
        tmp_path.name: "unreadable",
    }
    assert result.problems[7].params == {"field": "attempts[0].score"}
    assert result.problems[2].params == {"size": rf.MAX_BYTES + 1, "limit": rf.MAX_BYTES}
    assert result.files_read == 1 and len(result.learners) == 1


def test_too_many_attempts(tmp_path: Path) -> None:
    attempts = [_attempt(str(i)) for i in range(3)]
    path = _write(tmp_path, "Lin", "aaaa", attempts)
    data = json.loads(path.read_text("utf-8"))
    data["attempts"] = data["attempts"] * (rf.MAX_ATTEMPTS // 3 + 1)
    with pytest.raises(rf.ResultsFileError) as info:
        rf.parse_results(json.dumps(data, separators=(",", ":")).encode())
    assert info.value.code == "too_many_attempts"


def test_file_name_is_safe_for_usb_sticks() -> None:
    assert rf.default_file_name('a/b:c*"', dt.date(2026, 1, 2)) == "a_b_c__-2026-01-02" + rf.SUFFIX
    assert rf.default_file_name("..", dt.date(2026, 1, 2)).startswith("learner-")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_result_or_a_results_file_error(data: bytes) -> None:
    with contextlib.suppress(rf.ResultsFileError):
        rf.parse_results(data)


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=5), children, max_size=3)
        ),
        max_leaves=20,
    )
)
def test_any_json_gives_a_result_or_a_results_file_error(value: object) -> None:
    document = {
        "format": "duewise-results",
        "schema_version": 1,
        "exported_at": value,
        "learner": value,
        "attempts": value,
    }
    with pytest.raises(rf.ResultsFileError):
        rf.parse_results(json.dumps(document).encode())


def test_a_profiles_export_holds_only_its_own_scored_answers(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path / "data")
    lin = profiles.create_profile(database, "Lin")
    amy = profiles.create_profile(database, "Amy")
    store = quiz_store.QuizStore(database)
    items = [QuizItem("l01-q01"), QuizItem("l01-q02")]
    for profile, scored, scores in (
        (lin, True, (1, Fraction(2, 3))),
        (amy, True, (0, 1)),
        (lin, False, (0, 0)),
    ):
        attempt = store.start_attempt(
            profile.id,
            QuizKind.LESSON,
            items,
            seed=1,
            now=WHEN,
            lesson_id="what-is-credit",
            scored=scored,
        )
        for position, score in enumerate(scores):
            store.record_answer(
                attempt.id,
                position,
                question_id=items[position].question_id,
                objective="basics.what-credit",
                lesson_id="what-is-credit",
                response=0,
                score=Fraction(score),
                now=WHEN,
            )
    mine = rf.profile_attempts(database, lin.id)
    assert [(a.question_id, a.score, a.correct) for a in mine] == [
        ("l01-q01", Decimal(1), True),
        ("l01-q02", Decimal("0.6667"), False),
    ]
    uid = profiles.learner_uid(database, lin.id)
    path = tmp_path / "lin.json"
    rf.write_results_file(path, rf.make_results(uid, "Lin", mine, exported_at=WHEN))
    text = path.read_text("utf-8")
    assert "Amy" not in text and profiles.learner_uid(database, amy.id) not in text
    assert len(rf.read_results_file(path).attempts) == 2
    database.close()


def test_kept_class_results_round_trip_and_reject_damage() -> None:
    import datetime as dt
    from decimal import Decimal

    attempt = rf.Attempt(
        "1-0",
        "l01-q01",
        "what-is-credit",
        "basics.what-credit",
        Decimal("0.5"),
        False,
        "2026-03-16T20:00:00+00:00",
    )
    lin = rf.make_results(
        "abc123", "林", [attempt], exported_at=dt.datetime(2026, 3, 17, tzinfo=dt.UTC)
    )
    kept = rf.KeptResults((lin,), "2026-03-18T09:00:00+08:00")
    text = rf.dump_kept(kept)
    assert rf.load_kept(text) == kept
    for bad, code in (
        ('{"format": "x"}', "not_results"),
        (text.replace('"version": 1', '"version": 9'), "newer_version"),
        (text.replace('"abc123"', '"a b"'), "bad_field"),
        (text[:-5], "truncated"),
    ):
        with pytest.raises(rf.ResultsFileError) as info:
            rf.load_kept(bad)
        assert info.value.code == code
