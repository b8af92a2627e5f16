"""``duewise lessons check`` warnings: non-standard terms, guessable answer keys, near-duplicates
across the diagnostic and final pools. Each folder under warned/ is a pack that loads cleanly; its
expected.txt lists the exact warning lines (and, for bad-terms, the terms.toml problems)."""

from __future__ import annotations

import pytest
from lessonpacks import HERE, TEST_ASSETS, VALID_PACK, FakeEngine

from duewise import cli
from duewise.content import audit, guessing, loader, terms
from duewise.content.model import Pool, Question, QuestionType, Text
from duewise.content.problems import Severity

WARNED = HERE / "warned"
CASES = sorted(p.name for p in WARNED.iterdir() if p.is_dir())


def _audit(name: str) -> tuple[loader.LoadResult, audit.Audit]:
    result = loader.load_pack(WARNED / name, engine=FakeEngine(), assets_dir=TEST_ASSETS)
    return result, audit.audit(result)


@pytest.mark.parametrize("case", CASES)
def test_warned_pack_gives_the_expected_lines(case: str) -> None:
    result, advice = _audit(case)
    assert result.problems == ()  # warnings never stop a lesson from loading
    lines = [p.format(WARNED / case) for p in (*advice.problems, *advice.warnings)]
    assert lines == (WARNED / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert all(p.severity is Severity.WARNING for p in advice.warnings)


def test_the_valid_pack_has_no_warnings() -> None:
    result = loader.load_pack(VALID_PACK, engine=FakeEngine(), assets_dir=TEST_ASSETS)
    assert audit.audit(result) == audit.Audit((), ())


@pytest.fixture
def _test_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "FinanceEngine", FakeEngine)
    monkeypatch.setenv("DUEWISE_ASSETS_DIR", str(TEST_ASSETS))


@pytest.mark.usefixtures("_test_engine")
def test_warnings_are_printed_and_the_check_still_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(WARNED / "terms")
    assert cli.main(["lessons", "check", "."]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = (WARNED / "terms" / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert out[:-1] == expected
    assert out[-1] == "OK: 1 lessons, 1 questions, 1 objectives, languages zh, en (9 warning(s))"


@pytest.mark.usefixtures("_test_engine")
def test_a_broken_term_list_fails_the_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(WARNED / "bad-terms")
    assert cli.main(["lessons", "check", "."]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0].startswith("terms.toml:3: term #1:")
    assert (
        captured.err == "3 problem(s) in 0 lesson folder(s) and terms.toml; 1 of 1 lessons load\n"
    )


def test_variants_in_titles_code_and_allowed_sentences_are_not_flagged() -> None:
    term_list = terms.TermList(
        (
            terms.Term("贷款机构", ("放贷方",)),
            terms.Term("征信报告", ("信用报告",), allowed_near=("美国",)),
        )
    )
    found = [
        (variant, offset)
        for offset, variant, _ in term_list.find(
            "《放贷方指引》`放贷方`。美国的信用报告。中国的信用报告。放贷方"
        )
    ]
    assert found == [("信用报告", 24), ("放贷方", 29)]


def test_a_term_file_that_is_too_large_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "terms.toml").write_text("#" * (terms.MAX_TERMS_BYTES + 1), encoding="utf-8")
    sink: list = []  # type: ignore[type-arg]
    assert terms.load_terms(tmp_path, sink) is None
    assert [p.code for p in sink] == ["bad_value"]


def _single(qid: str, prompt: str, pool: Pool, key: str = "a") -> Question:
    return Question(
        id=qid,
        type=QuestionType.SINGLE,
        objective="o.x",
        section="s",
        difficulty=1,
        prompt=Text(prompt, prompt),
        choices=(Text(key, key), Text("other choice", "other choice")),
        answer=0,
        explanation=Text("因为", "because"),
        lesson_id="l",
        pool=pool,
    )


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("以上都是", "以上都是"),
        ("以上说法都对", "以上说法都对"),
        ("All of the above", "all of the above"),
        ("None  of the above", "none of the above"),
        ("Both A and B", "both a and b"),
        ("A bank and a broker", None),
        ("以上两项都不对", "以上两项"),
        ("还款日以上的部分", None),
    ],
)
def test_all_of_the_above_phrases(phrase: str, found: str | None) -> None:
    assert guessing.above_phrase(phrase) == found


def test_near_duplicates_ignore_numbers_but_not_situations() -> None:
    d = _single("d", "A ¥1,000 Baitiao order is paid 5 days late: the penalty?", Pool.DIAGNOSTIC)
    f = _single("f", "A ¥2,500 Baitiao order is paid 12 days late: the penalty?", Pool.FINAL, "b")
    other = _single("g", "Which card fee was abolished in China in 2017?", Pool.FINAL, "c")
    assert guessing.why_alike(d, f) is not None
    assert guessing.why_alike(d, other) is None
