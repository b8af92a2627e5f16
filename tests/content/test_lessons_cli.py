"""``duewise lessons check|stats`` through ``duewise.cli.main``: output and exit codes."""

from __future__ import annotations

import json
import os

import pytest
from lessonpacks import BROKEN_PACKS, TEST_ASSETS, VALID_PACK, FakeEngine

from duewise import cli
from duewise.content import loader


@pytest.fixture(autouse=True)
def _test_engine_and_assets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI uses the test presets, calc and figures, so its output here is fixed."""
    monkeypatch.setattr(loader, "FinanceEngine", FakeEngine)
    monkeypatch.setenv("DUEWISE_ASSETS_DIR", str(TEST_ASSETS))


def test_check_a_clean_pack_exits_0_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lessons", "check", str(VALID_PACK)]) == 0
    out = capsys.readouterr().out
    assert out == "OK: 2 lessons, 8 questions, 3 objectives, languages zh, en\n"


def test_check_defaults_to_the_shipped_pack(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DUEWISE_LESSONS_DIR", str(VALID_PACK))
    assert cli.main(["lessons", "check"]) == 0
    assert capsys.readouterr().out.startswith("OK: 2 lessons")


def test_check_a_broken_pack_prints_path_line_message_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = BROKEN_PACKS / "answer-keys"
    monkeypatch.chdir(case)
    assert cli.main(["lessons", "check", "."]) == 1
    captured = capsys.readouterr()
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert captured.out == expected
    assert captured.err == "9 problem(s) in 1 lesson folder(s); 1 of 2 lessons load\n"


def test_paths_are_shown_relative_to_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(BROKEN_PACKS)
    assert cli.main(["lessons", "check", str(BROKEN_PACKS / "missing-file")]) == 1
    assert capsys.readouterr().out == (
        "missing-file/01-basics/lesson.toml:1: missing en.md: every lesson folder needs "
        "lesson.toml, zh.md and en.md\n"
    )


def test_stats_json_keeps_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lessons", "stats", str(VALID_PACK), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    # issue 6's keys first and unchanged; issue 13 adds "pools"
    assert list(counts) == ["lessons", "languages", "questions", "by_type", "objectives", "pools"]
    assert counts["lessons"] == 2
    assert counts["languages"] == ["en", "zh"]
    assert counts["questions"] == 8
    assert counts["by_type"] == {
        "single": 2,
        "multiple": 1,
        "true_false": 2,
        "numeric": 2,
        "ordering": 1,
    }
    assert counts["objectives"] == 3
    assert counts["pools"] == {"lesson": 5, "diagnostic": 1, "final": 1, "practice": 1}


def test_stats_without_json_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lessons", "stats", str(VALID_PACK)]) == 0
    assert "questions: 8" in capsys.readouterr().out.splitlines()


def test_stats_of_a_broken_pack_counts_what_loads_and_warns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["lessons", "stats", str(BROKEN_PACKS / "toml-syntax"), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["lessons"] == 1
    assert "1 problem(s); 1 lesson(s) not counted" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "no/such/pack"], "no/such/pack: not a lesson pack: no such folder"),
        (["stats", "no/such/pack", "--json"], "no such folder"),
        (["check", str(VALID_PACK / "01-basics" / "zh.md")], "not a folder"),
        (["check", str(VALID_PACK / "01-basics")], "this is one lesson; check its pack"),
        (["check", str(TEST_ASSETS)], "no lesson folders"),
    ],
)
def test_a_path_that_is_not_a_pack_exits_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["lessons", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lessons"]) == 2
    assert cli.main(["lessons", "grade"]) == 2
    assert "usage: duewise lessons" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lessons", "check", "--help"]) == 0
    assert "Exit 0 if clean" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["stats"], ["stats", "--json"], ["check"]])
def test_piped_into_head_ends_quietly(command: list[str]) -> None:
    """``duewise lessons stats | head -1``: the reader stops reading; no BrokenPipeError."""
    import subprocess
    import sys

    # The shipped course with the shipped presets (this module's fixture points the assets at
    # the test presets, under which the course has problems to report).
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUEWISE_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "duewise", "lessons", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(1)
    process.stdout.close()
    err = process.stderr.read()
    status = process.wait(timeout=60)
    process.stderr.close()
    assert (status, err) == (0, b"")
