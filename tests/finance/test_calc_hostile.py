"""Every hostile input of issue #14 to ``duewise calc``: answered correctly, or exit 2 and one line.

Each refusal names the option and the rule it broke; the limits are stated in ``--help`` too.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from duewise import calc_cli, cli

BIG = "9" * 5000  # past Python's 4,300-digit int-string limit


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli.main(["calc", *args])
    return status, out.getvalue(), err.getvalue()


def _refused(args: list[str], *needles: str) -> str:
    status, out, err = _run(args)
    assert (status, out) == (2, ""), err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"duewise calc {args[0]}: ")
    assert len(lines[0]) < 300, "the message quotes a shortened value"
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def _answered(args: list[str]) -> dict[str, object]:
    status, out, err = _run([*args, "--json"])
    assert (status, err) == (0, ""), err
    result = json.loads(out)
    assert isinstance(result, dict)
    return result


@pytest.fixture
def debts_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "debts.json"


LOAN = ["loan", "--principal", "1000", "--months", "12"]


def test_tiny_rate_is_answered_like_a_zero_rate() -> None:
    """1e-25 % a year: interest rounds to 0.00 every month; the payment is 1000 / 12."""
    result = _answered([*LOAN, "--annual-rate", "1e-25"])
    assert result["first_payment"] == "83.33" and result["total_interest"] == "0.00"
    payoff = _answered(["payoff", "--balance", "1000", "--apr", "1e-25", "--payment", "100"])
    assert payoff["total_interest"] == "0.00" and payoff["months"] == 10


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["loan", "--principal", "1000", "--annual-rate", "5", "--months", BIG], ["--months"]),
        (["adb", "--apr", "18", "--balances", f"200x{BIG}"], ["--balances"]),
        (["adb", "--apr", "18", "--balances", f"{BIG}x3"], ["--balances"]),
        (["late", "--product", "cn_jd_baitiao", "--amount", "100", "--days-late", BIG],
         ["--days-late"]),
        (["missed", "--product", "cn_jd_baitiao", "--balance", BIG, "--missed", "1"],
         ["--balance"]),
    ],
)  # fmt: skip
def test_integers_over_4300_digits_are_refused(args: list[str], needles: list[str]) -> None:
    line = _refused(args, *needles)
    assert BIG not in line


@pytest.mark.parametrize(
    "args",
    [
        ["late", "--product", "cn_jd_baitiao", "--amount", "100", "--days-late", "²"],
        ["missed", "--product", "cn_jd_baitiao", "--balance", "100", "--missed", "²"],
        [*LOAN[:3], "--annual-rate", "5", "--months", "1²"],
        ["adb", "--apr", "18", "--balances", "200x²"],
        ["loan", "--principal", "１٠٠٠", "--annual-rate", "5", "--months", "12"],
    ],
)
def test_unicode_digits_are_refused_naming_the_rule(args: list[str]) -> None:
    _refused(args, "--", "digits 0-9")


def test_full_width_digits_are_read() -> None:
    result = _answered(
        ["loan", "--principal", "１，０００", "--annual-rate", "１２", "--months", "１２"]
    )
    assert result["first_payment"] == "88.85"


def test_true_rate_beyond_the_decimal_context_is_refused() -> None:
    _refused(["true-rate", "--amount", "1", "--payment", "1000", "--periods", "1"],
             "--payment", "true rate", "1000 % a month")  # fmt: skip
    _refused(["true-rate", "--amount", "1", "--payment", "1000", "--periods", "12"], "--payment")
    _refused(
        ["true-rate", "--amount", "1000", "--upfront-fee", "999.99", "--payment", "100",
         "--periods", "12"],
        "true rate",
    )  # fmt: skip
    _refused(
        ["instalment", "--principal", "1000", "--periods", "12", "--monthly-fee-rate", "1",
         "--upfront-fee", "999.99"],
        "true rate",
    )  # fmt: skip


def test_plan_growing_at_200_percent_is_answered(debts_path: Path) -> None:
    """Balances that grow past every limit: the plan stops and says the debt is never repaid."""
    for apr in ("200", "1000"):
        debts = [{"name": "card", "balance": "1000", "apr": apr, "min_payment": "1"}]
        debts_path.write_text(json.dumps(debts), encoding="utf-8")
        result = _answered(["plan", "--debts", str(debts_path), "--budget", "1000",
                            "--strategy", "minimum"])  # fmt: skip
        assert result["repaid"] is False and result["months"] is None
        assert result["reason"] == "payment_below_interest"
        assert len(str(result["total_interest"])) < 30


def test_deeply_nested_json_is_refused(debts_path: Path) -> None:
    debts_path.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    _refused(["plan", "--debts", str(debts_path), "--budget", "1", "--strategy", "avalanche"],
             "--debts", "nested deeper than 32")  # fmt: skip


def test_json_integers_over_4300_digits_are_refused(debts_path: Path) -> None:
    debts_path.write_text(
        f'[{{"name": "a", "balance": {BIG}, "apr": 18, "min_payment": 50}}]', encoding="utf-8"
    )
    line = _refused(["plan", "--debts", str(debts_path), "--budget", "100",
                     "--strategy", "avalanche"], "debt 1 (a): balance")  # fmt: skip
    assert BIG not in line


def test_json_file_too_large_is_refused(debts_path: Path) -> None:
    debts_path.write_text("[" + " " * 2_000_000 + "]", encoding="utf-8")
    _refused(["plan", "--debts", str(debts_path), "--budget", "1", "--strategy", "avalanche"],
             "--debts", "larger than 1 MB")  # fmt: skip


def test_json_number_constants_are_refused(debts_path: Path) -> None:
    debts_path.write_text(
        '[{"name": "a", "balance": NaN, "apr": Infinity, "min_payment": 50}]', encoding="utf-8"
    )
    _refused(["plan", "--debts", str(debts_path), "--budget", "100", "--strategy", "avalanche"],
             "--debts")  # fmt: skip


def test_comma_as_decimal_separator_is_refused_as_ambiguous() -> None:
    line = _refused([*LOAN, "--annual-rate", "2,5"], "--annual-rate", "ambiguous", "2.5")
    assert "thousands" in line


def test_commas_only_in_groups_of_three() -> None:
    _refused(["loan", "--principal", "1,0,0,0", "--annual-rate", "5", "--months", "12"],
             "--principal", "groups of three")  # fmt: skip
    result = _answered(["loan", "--principal", "1,000", "--annual-rate", "12", "--months", "12"])
    assert result["first_payment"] == "88.85"


def test_sub_cent_principal_is_refused() -> None:
    _refused(["loan", "--principal", "0.001", "--annual-rate", "5", "--months", "12"],
             "--principal", "2 decimal places")  # fmt: skip
    # A cent over twelve months would be eleven payments of 0.00: refused, with the reason.
    _refused(["loan", "--principal", "0.01", "--annual-rate", "5", "--months", "12"],
             "--months", "repay")  # fmt: skip


def test_no_negative_savings_when_the_36_month_row_is_not_required() -> None:
    result = _answered(["disclosure", "--balance", "1000", "--apr", "18", "--min-percent", "10",
                        "--min-floor", "50"])  # fmt: skip
    assert result["row_36_required"] is False and result["savings"] is None


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    monkeypatch.setattr(calc_cli, "_silence_stdout", lambda: None)
    with redirect_stderr(err):
        status = cli.main(["calc", *LOAN, "--annual-rate", "5"])
    assert (status, err.getvalue()) == (0, "")


def test_piped_into_head_ends_quietly() -> None:
    """``duewise calc loan --months 1200 | head -1``: no BrokenPipeError, no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "duewise", "calc", "loan", "--principal", "100000",
         "--annual-rate", "5", "--months", "1200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read()
    status = process.wait(timeout=60)
    process.stderr.close()
    assert first.startswith(b"duewise calc loan")
    assert (status, err) == (0, b"")


@pytest.mark.parametrize("command", sorted(calc_cli.SPECS))
def test_help_states_the_limits(command: str) -> None:
    status, out, _ = _run([command, "--help"])
    assert status == 0
    text = " ".join(out.split())
    assert "Limits:" in text
    assert "64 characters" in text and "28 significant digits" in text
    if any(option.json_file for option in calc_cli.SPECS[command].options):
        assert "1 MB" in text and "32 levels" in text


def test_error_messages_state_the_limit() -> None:
    _refused([*LOAN, "--annual-rate", "0." + "5" * 70], "--annual-rate", "64 characters")
    _refused([*LOAN, "--annual-rate", "5" * 70], "--annual-rate", "at most 1000")
    _refused([*LOAN, "--annual-rate", "1e-40"], "--annual-rate", "30 decimal places")
    _refused(["loan", "--principal", "1000", "--annual-rate", "5", "--months", "12.5"],
             "--months", "whole number")  # fmt: skip
