"""``duewise calc`` via ``duewise.cli.main``: tables, ``--json``, one-line errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duewise import cli


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(["calc", *args])
    out, err = capsys.readouterr()
    return status, out, err


GOOD = [
    ["loan", "--principal", "10000", "--annual-rate", "12", "--months", "12"],
    [
        "loan",
        "--principal",
        "1200",
        "--annual-rate",
        "12",
        "--months",
        "3",
        "--method",
        "equal-principal",
    ],
    ["payoff", "--balance", "1000", "--apr", "18", "--payment", "100"],
    ["payoff", "--balance", "1000", "--apr", "18", "--min-percent", "2", "--min-floor", "20"],
    ["disclosure", "--balance", "1000", "--apr", "18", "--min-percent", "2", "--min-floor", "20"],
    ["instalment", "--principal", "1000", "--periods", "3", "--monthly-fee-rate", "0.5"],
    ["instalment", "--principal", "1111.11", "--periods", "12", "--product", "cn_huabei"],
    [
        "true-rate",
        "--amount",
        "100000",
        "--upfront-fee",
        "1000",
        "--payment",
        "8833.3",
        "--periods",
        "12",
    ],
    ["adb", "--apr", "18", "--balances", "200x3,300x17"],
]


@pytest.mark.parametrize("args", GOOD, ids=lambda a: " ".join(a[:1] + a[-2:]))
def test_table_and_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(args, capsys)
    assert (status, err) == (0, "")
    assert out.startswith(f"duewise calc {args[0]}")
    status, out, err = _run([*args, "--json"], capsys)
    assert (status, err) == (0, "")
    assert isinstance(json.loads(out), dict)


def test_json_values(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        [
            "instalment",
            "--principal",
            "1000",
            "--periods",
            "3",
            "--monthly-fee-rate",
            "0.5",
            "--json",
        ],
        capsys,
    )
    result = json.loads(out)
    assert status == 0
    assert (result["first_payment"], result["regular_payment"], result["total_fee"]) == (
        "338.33",
        "338.33",
        "15.00",
    )
    assert result["schedule"][-1] == {
        "period": 3,
        "payment": "338.34",
        "principal": "333.34",
        "fee": "5.00",
        "balance": "0.00",
    }
    status, out, _ = _run(["adb", "--apr", "18", "--balances", "200x3,300x17", "--json"], capsys)
    assert json.loads(out) == {"average_daily_balance": "285.00", "interest": "2.81", "days": 20}


@pytest.fixture
def debts_file(tmp_path: Path) -> Path:
    path = tmp_path / "debts.json"
    path.write_text(
        json.dumps(
            [
                {
                    "name": "card",
                    "balance": "3000",
                    "apr": 24,
                    "min_payment": {"percent": 3, "floor": 25},
                },
                {"name": "loan", "balance": 1000, "apr": "8", "min_payment": "50"},
            ]
        ),
        encoding="utf-8",
    )
    return path


def test_plan(debts_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["plan", "--debts", str(debts_file), "--budget", "300", "--strategy", "avalanche"]
    status, out, _ = _run([*args, "--json"], capsys)
    result = json.loads(out)
    assert status == 0
    assert result["feasible"] is True
    assert (result["months"], result["total_interest"]) == (16, "533.69")
    assert result["payoff_months"] == {"card": 14, "loan": 16}
    status, out, _ = _run(args, capsys)
    assert status == 0 and "payoff months" in out


def test_plan_custom_order_and_infeasible(
    debts_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["plan", "--debts", str(debts_file), "--json"]
    status, out, _ = _run(
        [*base, "--budget", "300", "--strategy", "custom", "--order", "loan,card"], capsys
    )
    assert status == 0 and json.loads(out)["payoff_months"]["loan"] < 14
    status, out, _ = _run([*base, "--budget", "100", "--strategy", "minimum"], capsys)
    result = json.loads(out)
    assert (result["feasible"], result["shortfall"], result["overdue"]) == (
        False,
        "40.00",
        ["card"],
    )


BAD = [
    (
        ["loan", "--principal", "1000", "--annual-rate", "5", "--months", "0"],
        "--months must be a whole number ≥ 1",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "5", "--months", "abc"],
        "--months must be a whole number ≥ 1",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "5", "--months", "-3"],
        "--months must be a whole number ≥ 1",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "5", "--months", "99999"],
        "--months must be at most 1200",
    ),
    (
        ["loan", "--principal", "ten", "--annual-rate", "5", "--months", "12"],
        "--principal must be a number",
    ),
    (
        ["loan", "--principal", "-1000", "--annual-rate", "5", "--months", "12"],
        "--principal must be greater than 0",
    ),
    (
        ["loan", "--principal", "1e30", "--annual-rate", "5", "--months", "12"],
        "--principal must be at most",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "1001", "--months", "12"],
        "--annual-rate must be at most 1000",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "-1", "--months", "12"],
        "--annual-rate must not be negative",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "NaN", "--months", "12"],
        "--annual-rate must be a number",
    ),
    (
        ["loan", "--principal", "1000", "--annual-rate", "5", "--months", "12", "--method", "x"],
        "--method must be one of",
    ),
    (["loan", "--annual-rate", "5", "--months", "12"], "--principal is required"),
    (
        ["loan", "--principal", "1000", "--annual-rate", "5", "--months"],
        "--months: expected one argument",
    ),
    (["loan", "--principal", "1000", "--nonsense", "5"], "unrecognized arguments: --nonsense 5"),
    (["payoff", "--balance", "1000", "--apr", "18"], "--payment or --min-percent"),
    (
        ["payoff", "--balance", "1000", "--apr", "18", "--payment", "5", "--min-percent", "2"],
        "exactly one",
    ),
    (
        ["payoff", "--balance", "1000", "--apr", "18", "--payment", "5", "--min-floor", "2"],
        "--min-floor needs --min-percent",
    ),
    (
        ["disclosure", "--balance", "1000", "--apr", "18", "--min-percent", "101"],
        "--min-percent must be at most 100",
    ),
    (
        ["instalment", "--principal", "1000", "--periods", "0", "--monthly-fee-rate", "0.5"],
        "--periods must be a whole number ≥ 1",
    ),
    (
        ["instalment", "--principal", "1000", "--periods", "5", "--product", "cn_huabei"],
        "--periods must be one of the product's terms: 3, 6, 12",
    ),
    (
        ["instalment", "--principal", "1000", "--periods", "3", "--product", "nope"],
        "--product: no product preset 'nope'",
    ),
    (
        [
            "instalment",
            "--principal",
            "1000",
            "--periods",
            "3",
            "--monthly-fee-rate",
            "0.5",
            "--upfront-fee",
            "1000",
        ],
        "--upfront-fee must be less than",
    ),
    (
        ["true-rate", "--amount", "1000", "--payment", "x", "--periods", "3"],
        "--payment must be a number",
    ),
    (
        ["adb", "--apr", "18", "--balances", "200 for 3 days"],
        "--balances must look like 200x3,300x17",
    ),
    (["adb", "--apr", "18", "--balances", "200x0"], "--balances must be a whole number ≥ 1"),
    (
        ["adb", "--apr", "18", "--balances", "200x3", "--days-in-year", "364"],
        "--days-in-year must be one of",
    ),
    (
        [
            "plan",
            "--debts",
            "/nonexistent/debts.json",
            "--budget",
            "300",
            "--strategy",
            "avalanche",
        ],
        "cannot read",
    ),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=lambda v: v if isinstance(v, str) else None)
def test_bad_input_exits_2_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(args, capsys)
    assert status == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"duewise calc {args[0]}: ")
    assert message in lines[0]


def test_plan_file_errors_name_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text(
        '[{"name": "card", "balance": "3000",\n "apr": "24" "min_payment": "50"}]', encoding="utf-8"
    )
    status, _, err = _run(
        ["plan", "--debts", str(corrupt), "--budget", "300", "--strategy", "snowball"], capsys
    )
    assert status == 2
    assert f"--debts {corrupt} line 2" in err and len(err.strip().splitlines()) == 1
    bad_value = tmp_path / "bad.json"
    bad_value.write_text(
        '[{"name": "card", "balance": "3000", "apr": "-4", "min_payment": "50"}]', encoding="utf-8"
    )
    status, _, err = _run(
        ["plan", "--debts", str(bad_value), "--budget", "300", "--strategy", "snowball"], capsys
    )
    assert status == 2
    assert (
        err.strip()
        == f"duewise calc plan: --debts {bad_value}: debt 1 (card): apr must not be negative"
    )
    not_list = tmp_path / "object.json"
    not_list.write_text('{"name": "card"}', encoding="utf-8")
    status, _, err = _run(
        ["plan", "--debts", str(not_list), "--budget", "300", "--strategy", "snowball"], capsys
    )
    assert status == 2 and "must hold a non-empty list of debts" in err
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    status, _, err = _run(
        ["plan", "--debts", str(binary), "--budget", "300", "--strategy", "snowball"], capsys
    )
    assert status == 2 and "not UTF-8" in err


def test_a_control_character_in_a_debt_key_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown key of a debt (a misspelt field) is named in the one-line error; a control
    character in it is escaped, never printed raw (found by the hostile-input fuzz suite)."""
    odd = tmp_path / "odd.json"
    odd.write_text(
        json.dumps([{"name": "a", "balance": "100", "apr": "5", "min_payment": "5", "\x1f": 1}]),
        encoding="utf-8",
    )
    status, _, err = _run(
        ["plan", "--debts", str(odd), "--budget", "300", "--strategy", "snowball"], capsys
    )
    lines = err.strip().splitlines()
    assert status == 2 and len(lines) == 1
    assert "\x1f" not in lines[0] and "\\x1f" in lines[0]


def test_no_command_and_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run([], capsys)
    assert status == 2 and "COMMAND" in err
    status, _, err = _run(["mortgage"], capsys)
    assert status == 2 and "invalid choice" in err and len(err.strip().splitlines()) == 1


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["loan", "--help"], capsys)
    assert status == 0 and "--annual-rate" in out
