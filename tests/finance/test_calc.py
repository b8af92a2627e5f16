"""``finance.calc.run``: the keys issue #3 promises, lesson answers, errors naming the input."""

from __future__ import annotations

import decimal
from collections.abc import Mapping

import pytest

from duewise.finance import calc
from duewise.finance.money import MoneyError

KEYS = {
    "loan": {"first_payment", "last_payment", "total_interest", "total_paid", "schedule"},
    "payoff": {"months", "total_interest", "total_paid", "repaid"},
    "disclosure": {"months", "years_shown", "total_minimum", "payment_36", "total_36", "savings"},
    "instalment": {
        "first_payment",
        "regular_payment",
        "total_fee",
        "apr_simple",
        "apr_compound",
        "schedule",
    },
    "true-rate": {"apr_simple", "apr_compound"},
    "adb": {"average_daily_balance", "interest"},
    "plan": {"feasible", "months", "total_interest", "payoff_months"},
}

DEBTS = [
    {
        "name": "card",
        "balance": "3000",
        "apr": "24",
        "min_payment": {"percent": "3", "floor": "25"},
    },
    {"name": "loan", "balance": "1000", "apr": "8", "min_payment": "50"},
]

EXAMPLES: dict[str, dict[str, object]] = {
    "loan": {"principal": "2500", "annual_rate": "8.24", "months": 12, "method": "equal-payment"},
    "payoff": {"balance": "1000", "apr": "18", "payment": "50"},
    "disclosure": {"balance": "1000", "apr": "18", "min_percent": "2", "min_floor": "20"},
    "instalment": {"principal": "10000", "periods": 12, "monthly_fee_rate": "0.6"},
    "true-rate": {"amount": "100000", "upfront_fee": "1000", "payment": "8833.3", "periods": 12},
    "adb": {"apr": "18.25", "balances": "5000x30"},
    "plan": {"debts": DEBTS, "budget": "300", "strategy": "avalanche"},
}


@pytest.mark.parametrize("command", sorted(KEYS))
def test_result_has_the_promised_keys(command: str) -> None:
    result = calc.run(command, EXAMPLES[command])
    assert KEYS[command] <= set(result)


def _is_json_ready(value: object) -> bool:
    if isinstance(value, Mapping):
        return all(isinstance(k, str) and _is_json_ready(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_json_ready(v) for v in value)
    return value is None or isinstance(value, str | int | bool)


@pytest.mark.parametrize("command", sorted(KEYS))
def test_results_are_json_ready(command: str) -> None:
    assert _is_json_ready(calc.run(command, EXAMPLES[command]))


def test_lesson_answers() -> None:
    """The values lessons ask for (lessons/*/lesson.toml compute blocks) and the reference."""
    assert calc.run("loan", EXAMPLES["loan"])["first_payment"] == "217.75"
    principal = dict(EXAMPLES["loan"], method="equal-principal")
    assert calc.run("loan", principal)["first_payment"] == "225.50"  # 208.33 + 17.17
    instalment = calc.run("instalment", EXAMPLES["instalment"])
    assert (instalment["regular_payment"], instalment["apr_simple"]) == ("893.33", "13.03")
    assert instalment["total_fee"] == "720.00"
    assert calc.run("adb", EXAMPLES["adb"])["interest"] == "75.00"
    assert calc.run("true-rate", EXAMPLES["true-rate"]) == {
        "apr_simple": "12.80",
        "apr_compound": "13.58",
    }
    payoff = calc.run("payoff", EXAMPLES["payoff"])
    assert payoff["repaid"] is True and isinstance(payoff["months"], int)


def test_huabei_product_fee_table() -> None:
    result = calc.run("instalment", {"principal": "1111.11", "periods": 6, "product": "cn_huabei"})
    assert (result["first_payment"], result["regular_payment"]) == ("193.56", "193.51")
    assert (result["total_fee"], result["apr_simple"]) == ("50.00", "15.27")


def test_payoff_never_repaid() -> None:
    result = calc.run("payoff", {"balance": "1000", "apr": "18", "payment": "15"})
    assert result["repaid"] is False and result["months"] is None
    assert result["reason"] == "payment_below_interest"


def test_minimum_payoff() -> None:
    result = calc.run(
        "payoff", {"balance": "1000", "apr": "18", "min_percent": "2", "min_floor": 20}
    )
    assert (result["months"], result["total_paid"]) == (94, "1862.18")


def test_plan_infeasible() -> None:
    result = calc.run("plan", {"debts": DEBTS, "budget": "100", "strategy": "snowball"})
    assert result["feasible"] is False and result["months"] is None
    assert (result["shortfall"], result["overdue"]) == ("40.00", ["card"])


def test_plan_payoff_months() -> None:
    result = calc.run("plan", EXAMPLES["plan"])
    assert result["payoff_months"] == {"card": 14, "loan": 16}
    assert result["months"] == 16


def test_independent_of_the_callers_decimal_context() -> None:
    expected = calc.run("instalment", EXAMPLES["instalment"])
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        ctx.rounding = decimal.ROUND_DOWN
        assert calc.run("instalment", EXAMPLES["instalment"]) == expected


@pytest.mark.parametrize(
    ("command", "change", "code", "param"),
    [
        ("loan", {"months": 0}, "not_a_whole_number", "months"),
        ("loan", {"months": "12.5"}, "not_a_whole_number", "months"),
        ("loan", {"months": True}, "not_a_whole_number", "months"),
        ("loan", {"principal": "abc"}, "not_a_number", "principal"),
        ("loan", {"principal": 2.5}, "not_a_number", "principal"),
        ("loan", {"principal": "-5"}, "must_be_positive", "principal"),
        ("loan", {"annual_rate": "1000.01"}, "rate_too_high", "annual_rate"),
        ("loan", {"method": "balloon"}, "not_a_choice", "method"),
        ("loan", {"montsh": 12}, "unknown_param", "montsh"),
        ("payoff", {"min_percent": "2"}, "choose_one", "payment"),
        ("payoff", {"payment": None}, "choose_one", "payment"),
        ("instalment", {"product": "cn_huabei"}, "choose_one", "monthly_fee_rate"),
        ("instalment", {"upfront_fee": "10000"}, "upfront_fee_too_large", "upfront_fee"),
        ("adb", {"balances": "5000 for 30 days"}, "bad_balances", "balances"),
        ("plan", {"strategy": "fastest"}, "not_a_choice", "strategy"),
        ("plan", {"debts": []}, "debts_not_a_list", "debts"),
    ],
)
def test_bad_input_names_the_param(
    command: str, change: dict[str, object], code: str, param: str
) -> None:
    params = dict(EXAMPLES[command])
    params.update(change)
    params = {k: v for k, v in params.items() if v is not None}
    with pytest.raises(MoneyError) as info:
        calc.run(command, params)
    assert (info.value.code, info.value.params["param"]) == (code, param)


def test_missing_param() -> None:
    with pytest.raises(MoneyError) as info:
        calc.run("loan", {"principal": "1000", "annual_rate": "5"})
    assert (info.value.code, info.value.params["param"]) == ("missing", "months")


def test_bad_debt_names_the_debt_and_field() -> None:
    bad = [dict(DEBTS[0]), dict(DEBTS[1], apr="-3")]
    with pytest.raises(MoneyError) as info:
        calc.run("plan", {"debts": bad, "budget": "300", "strategy": "avalanche"})
    params = info.value.params
    assert (info.value.code, params["param"], params["debt"], params["field"]) == (
        "must_not_be_negative",
        "debts",
        2,
        "apr",
    )


def test_unknown_command() -> None:
    with pytest.raises(MoneyError) as info:
        calc.run("mortgage", {})
    assert info.value.code == "unknown_command"


def test_registry_takes_a_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calc, "COMMANDS", dict(calc.COMMANDS))

    def echo(params: Mapping[str, object]) -> dict[str, object]:
        return {"echo": dict(params)}

    calc.register("echo", echo)
    assert calc.run("echo", {"a": "1"}) == {"echo": {"a": "1"}}


def test_every_command_is_a_plain_function_not_a_module_path() -> None:
    """No command is found by importing a module by name (issue #17: no importlib for modules
    that always exist); the handlers import their module where they run, keeping start-up fast."""
    assert all(callable(handler) for handler in calc.COMMANDS.values()), calc.COMMANDS


def test_every_issue_command_is_registered() -> None:
    expected = {"loan", "payoff", "disclosure", "instalment", "true-rate", "late", "adb"}
    assert expected | {"missed", "plan"} <= set(calc.COMMANDS)
