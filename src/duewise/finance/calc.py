"""The pure core of ``duewise calc``: a command and its inputs in, a JSON-ready dict out.

``run(command, params)`` is what the command line prints with ``--json`` and what lesson quizzes
call to compute numeric answers (lessons/README.md, "Numeric answers computed by the finance
engine"), so a quiz can never disagree with the calculator.

- ``params`` keys are the command-line option names without the dashes, ``-`` → ``_``
  (``annual_rate``, ``min_percent``, ``monthly_fee_rate``, ``upfront_fee``).
- Money and rates may be strings, ``int`` or ``Decimal`` (never ``float``); rates are written in
  percent (``"18"`` is 18 %); counts are integers (or digit strings).
- Results: money as decimal strings (``"338.33"``), rates in percent as strings (``"13.03"``),
  counts as ``int``, flags as ``bool``, missing values as ``None``.
- Bad input raises :class:`~duewise.finance.money.MoneyError` whose ``code`` says what is wrong and
  whose ``params["param"]`` names the input (``not_a_whole_number``, ``param="months"``).
  Unknown keys are refused too (``unknown_param``), so a misspelt quiz input cannot go unnoticed.
- Every run uses the same ``Decimal`` context, so results do not depend on the caller's.

Adding a command is one line: :func:`register` ``("late", handler)``, where a handler takes the
params mapping and returns the dict. The commands written in their own modules (``late``,
``missed``, ``remedies``) are small functions here that import their module with a plain
``import`` when they first run, so ``duewise calc --help`` does not pay for the missed-payment
engine (and mypy and import-linter see the dependency).

>>> jd = {"principal": "1000", "periods": 3, "monthly_fee_rate": "0.5"}  # credit-rules §1
>>> run("instalment", jd)["first_payment"]
'338.33'
>>> pboc = {"amount": "100000", "upfront_fee": "1000", "payment": "8833.3", "periods": 12}
>>> run("true-rate", pboc)
{'apr_simple': '12.80', 'apr_compound': '13.58'}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)

from duewise.finance import disclosure, instalments, planner, products, schedules
from duewise.finance.money import (
    MAX_ANNUAL_RATE,
    MAX_MONTHS,
    ZERO,
    MoneyError,
    read_amount,
    read_count,
    read_percent,
    round_money,
)
from duewise.finance.numbers import shown
from duewise.finance.rates import DayCount

Handler = Callable[[Mapping[str, object]], dict[str, object]]
"""A command: the params mapping in, a JSON-ready dict out; raises ``MoneyError`` on bad input."""

COMMANDS: dict[str, Handler] = {}
"""Command name → handler."""

# Fixed arithmetic for every run (28 digits is Python's default; traps make bugs loud).
_CONTEXT = Context(
    prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)


def register(name: str, handler: Handler) -> None:
    """Add (or replace) a command."""
    COMMANDS[name] = handler


def _resolve(command: str) -> Handler:
    handler = COMMANDS.get(command)
    if handler is None:
        raise MoneyError("unknown_command", param="command", value=command, known=sorted(COMMANDS))
    return handler


def run(command: str, params: Mapping[str, object]) -> dict[str, object]:
    """Run ``command`` on ``params`` and return its JSON-ready result (see the module docstring).

    Raises:
        MoneyError: ``unknown_command``, the input error with ``param`` naming the input, or
            ``out_of_range`` (with ``digits``) for a result beyond the ``Decimal`` context.
    """
    handler = _resolve(command)
    try:
        with localcontext(_CONTEXT):
            return handler(params)
    except ArithmeticError:
        # The context traps instead of rounding silently; a result that does not fit is refused
        # (the engine's own limits should make this unreachable: the hostile-input suite checks).
        raise MoneyError("out_of_range", digits=_CONTEXT.prec) from None


# --- reading inputs ---------------------------------------------------------------------------


class Params:
    """Typed access to a command's inputs, each failure a ``MoneyError`` naming the input.

    Call :meth:`done` at the end: any key not read is an ``unknown_param`` error.
    """

    def __init__(self, params: Mapping[str, object]) -> None:
        self._params = params
        self._read: set[str] = set()

    def has(self, name: str) -> bool:
        """Whether ``name`` was given (``None`` counts as not given)."""
        self._read.add(name)
        return self._params.get(name) is not None

    def raw(self, name: str) -> object:
        """The value as given; ``missing`` if absent."""
        self._read.add(name)
        value = self._params.get(name)
        if value is None:
            raise MoneyError("missing", param=name)
        return value

    def money(
        self, name: str, *, default: Decimal | None = None, allow_zero: bool = False
    ) -> Decimal:
        """An amount in whole cents: > 0 (or ≥ 0 with ``allow_zero``), at most ``MAX_AMOUNT``."""
        if default is not None and not self.has(name):
            return default
        return read_amount(self.raw(name), name, allow_zero=allow_zero)

    def percent(
        self,
        name: str,
        *,
        default: Decimal | None = None,
        maximum: Decimal = MAX_ANNUAL_RATE,
    ) -> Decimal:
        """A rate written in percent, returned as a fraction in ``[0, maximum]``."""
        if default is not None and not self.has(name):
            return default
        return read_percent(self.raw(name), name, maximum=maximum)

    def count(
        self, name: str, *, minimum: int = 1, maximum: int = MAX_MONTHS, default: int | None = None
    ) -> int:
        """A whole number in ``[minimum, maximum]`` (an ``int`` or a number written as text)."""
        if default is not None and not self.has(name):
            return default
        return read_count(self.raw(name), name, minimum=minimum, maximum=maximum)

    def choice(self, name: str, choices: Sequence[str], *, default: str | None = None) -> str:
        """One of ``choices``."""
        if default is not None and not self.has(name):
            return default
        value = self.raw(name)
        if not isinstance(value, str) or value.strip() not in choices:
            raise MoneyError("not_a_choice", param=name, value=value, choices=list(choices))
        return value.strip()

    def text(self, name: str) -> str:
        """A non-empty string."""
        value = self.raw(name)
        if not isinstance(value, str) or not value.strip():
            raise MoneyError("missing", param=name)
        return value.strip()

    def done(self) -> None:
        """Refuse inputs the command does not know."""
        for name in self._params:
            if name not in self._read:
                raise MoneyError("unknown_param", param=name)


def money_text(amount: Decimal) -> str:
    """Money as the decimal string results carry: two places, no exponent (``"338.33"``)."""
    return format(round_money(amount), "f")


def _optional_money(amount: Decimal | None) -> str | None:
    return None if amount is None else money_text(amount)


def _percent_text(value: Decimal) -> str:
    return format(value, "f")


def _renamed(error: MoneyError, old: str, new: str) -> MoneyError:
    """``error`` naming the option ``new`` where the engine named its own argument ``old``."""
    if error.params.get("param") != old:
        return error
    return MoneyError(error.code, **{**error.params, "param": new})


def _both_or_one(p: Params, first: str, second: str) -> str:
    has_first, has_second = p.has(first), p.has(second)
    if has_first == has_second:
        raise MoneyError("choose_one", param=first, other=second)
    return first if has_first else second


# --- commands ---------------------------------------------------------------------------------


def _loan(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    principal = p.money("principal")
    annual_rate = p.percent("annual_rate")
    months = p.count("months")
    method = schedules.RepaymentMethod(
        p.choice(
            "method",
            [m.value for m in schedules.RepaymentMethod],
            default=schedules.RepaymentMethod.EQUAL_PAYMENT.value,
        )
    )
    p.done()
    loan = schedules.amortize(principal, annual_rate, months, method)
    return {
        "first_payment": money_text(loan.first_payment),
        "last_payment": money_text(loan.last_payment),
        "total_interest": money_text(loan.total_interest),
        "total_paid": money_text(loan.total_paid),
        "schedule": [
            {
                "period": row.period,
                "payment": money_text(row.payment),
                "interest": money_text(row.interest),
                "principal": money_text(row.principal),
                "balance": money_text(row.balance),
            }
            for row in loan.rows
        ],
    }


def _payoff(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    balance = p.money("balance")
    apr = p.percent("apr")
    which = _both_or_one(p, "payment", "min_percent")
    if which == "payment":
        if p.has("min_floor"):
            raise MoneyError("requires", param="min_floor", other="min_percent")
        payment = p.money("payment")
        p.done()
        result = schedules.payoff_fixed(balance, apr, payment)
    else:
        rule = schedules.MinimumPayment(
            p.percent("min_percent", maximum=Decimal(1)),
            p.money("min_floor", default=ZERO, allow_zero=True),
        )
        p.done()
        result = schedules.payoff_minimum(balance, apr, rule)
    return {
        "months": result.months,
        "total_interest": money_text(result.total_interest),
        "total_paid": money_text(result.total_paid),
        "repaid": result.repaid,
        "reason": result.reason.value if result.reason else None,
    }


def _disclosure(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    balance = p.money("balance")
    apr = p.percent("apr")
    min_rate = p.percent("min_percent", maximum=Decimal(1))
    min_floor = p.money("min_floor", default=ZERO, allow_zero=True)
    p.done()
    d = disclosure.minimum_payment_disclosure(balance, apr, min_rate, min_floor)
    return {
        "months": d.months,
        "years_shown": d.years_shown,
        "total_minimum": _optional_money(d.total_minimum),
        "payment_36": money_text(d.payment_36),
        "total_36": money_text(d.total_36),
        "savings": _optional_money(d.savings),
        "repaid": d.repaid,
        "row_36_required": d.row_36_required,
    }


def _product_fee_table(product_id: str) -> Mapping[int, Decimal]:
    try:
        preset = products.load_preset(product_id)
    except MoneyError as error:
        raise MoneyError(error.code, param="product", value=product_id) from None
    fees: Mapping[int, Decimal] = preset.instalment_fees
    if not fees:
        raise MoneyError("no_instalment_fees", param="product", value=product_id)
    return fees


def _instalment(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    principal = p.money("principal")
    periods = p.count("periods")
    upfront_fee = p.money("upfront_fee", default=ZERO, allow_zero=True)
    fee_option = _both_or_one(p, "monthly_fee_rate", "product")
    blamed = "upfront_fee" if upfront_fee else fee_option
    try:
        if fee_option == "monthly_fee_rate":
            rate = p.percent("monthly_fee_rate", maximum=instalments.MAX_FEE_RATE)
            p.done()
            plan = instalments.flat_fee_plan(principal, periods, rate, upfront_fee)
        else:
            fees = _product_fee_table(p.text("product"))
            p.done()
            plan = instalments.fee_table_plan(principal, periods, fees, upfront_fee)
    except MoneyError as error:
        raise _renamed(error, "cash_flows", blamed) from None
    return {
        "first_payment": money_text(plan.first_payment),
        "regular_payment": money_text(plan.regular_payment),
        "total_fee": money_text(plan.total_fee),
        "apr_simple": _percent_text(plan.true_rate.apr_simple),
        "apr_compound": _percent_text(plan.true_rate.apr_compound),
        "schedule": [
            {
                "period": row.period,
                "payment": money_text(row.payment),
                "principal": money_text(row.principal),
                "fee": money_text(row.fee),
                "balance": money_text(row.balance),
            }
            for row in plan.rows
        ],
    }


def _true_rate(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    amount = p.money("amount")
    upfront_fee = p.money("upfront_fee", default=ZERO, allow_zero=True)
    payment = p.money("payment")
    periods = p.count("periods")
    p.done()
    try:
        rate = instalments.true_rate_of_payments(amount, upfront_fee, payment, periods)
    except MoneyError as error:
        raise _renamed(error, "cash_flows", "payment") from None
    return {
        "apr_simple": _percent_text(rate.apr_simple),
        "apr_compound": _percent_text(rate.apr_compound),
    }


_SEGMENT = re.compile(r"\s*([^x×*X]+?)\s*[x×*X]\s*([^x×*X]+?)\s*")
MAX_SEGMENTS = 400  # a year of daily balances, and then some


def parse_balances(value: object) -> list[schedules.BalanceSegment]:
    """``"200x3,300x17"`` (balance × days), or a list of ``[balance, days]`` pairs.

    Each balance is read as an amount (whole cents, ≥ 0) and each day count as a whole number
    1–3660, with the same rules as every other number; at most :data:`MAX_SEGMENTS` pairs.

    >>> [(s.balance, s.days) for s in parse_balances("200x3, 300×17")]
    [(Decimal('200'), 3), (Decimal('300'), 17)]
    """
    pairs: list[tuple[object, object]] = []
    if isinstance(value, str):
        if len(value) > MAX_SEGMENTS * 32:
            raise MoneyError("bad_balances", param="balances", value=shown(value))
        for part in value.split(","):
            match = _SEGMENT.fullmatch(part)
            if match is None:
                raise MoneyError("bad_balances", param="balances", value=shown(value))
            pairs.append((match.group(1), match.group(2)))
    elif isinstance(value, list | tuple):
        for item in value:
            if not isinstance(item, list | tuple) or len(item) != 2:
                raise MoneyError("bad_balances", param="balances", value=shown(value))
            pairs.append((item[0], item[1]))
    else:
        raise MoneyError("bad_balances", param="balances", value=shown(value))
    if len(pairs) > MAX_SEGMENTS:
        raise MoneyError("too_large", param="balances", value=len(pairs), maximum=MAX_SEGMENTS)
    segments: list[schedules.BalanceSegment] = []
    for balance, days in pairs:
        amount = read_amount(balance, "balances", allow_zero=True)
        segments.append(
            schedules.BalanceSegment(amount, read_count(days, "balances", maximum=3660))
        )
    if not segments:
        raise MoneyError("missing", param="balances")
    return segments


def _adb(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    apr = p.percent("apr")
    segments = parse_balances(p.raw("balances"))
    days_in_year = p.count("days_in_year", minimum=360, maximum=365, default=365)
    if days_in_year not in (360, 365):
        raise MoneyError(
            "not_a_choice", param="days_in_year", value=days_in_year, choices=[365, 360]
        )
    p.done()
    result = schedules.average_daily_balance(segments, apr, DayCount(days_in_year))
    return {
        "average_daily_balance": money_text(result.average_daily_balance),
        "interest": money_text(result.interest),
        "days": result.days,
    }


def parse_min_payment(value: object) -> schedules.MinimumPayment:
    """A debt's ``min_payment``: an amount (``"25"``), a percent (``"3%"``), or
    ``{"percent": "3", "floor": "25"}``.

    >>> parse_min_payment({"percent": "3", "floor": "25"})
    MinimumPayment(rate=Decimal('0.03'), floor=Decimal('25'))
    >>> parse_min_payment("2%").rate, parse_min_payment(40).floor
    (Decimal('0.02'), Decimal('40'))
    """
    if isinstance(value, Mapping):
        p = Params(value)
        rate = p.percent("percent", default=ZERO, maximum=Decimal(1))
        floor = p.money("floor", default=ZERO, allow_zero=True)
        p.done()
        return schedules.MinimumPayment(rate, floor)
    if isinstance(value, str) and value.strip().endswith("%"):
        p = Params({"percent": value.strip()[:-1]})
        return schedules.MinimumPayment(p.percent("percent", maximum=Decimal(1)), ZERO)
    p = Params({"min_payment": value})
    return schedules.MinimumPayment.fixed(p.money("min_payment"))


def parse_debts(value: object) -> list[planner.Debt]:
    """A list of ``{name, balance, apr, min_payment}`` (apr in percent) → planner debts.

    Errors name the debt: ``MoneyError(code, param="debts", debt=<1-based index>, name=…,
    field=<the key>)``.
    """
    if not isinstance(value, list | tuple) or not value:
        raise MoneyError("debts_not_a_list", param="debts")
    debts: list[planner.Debt] = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise MoneyError("debt_not_an_object", param="debts", debt=index)
        name = item.get("name")
        try:
            p = Params(item)
            text = p.text("name")
            balance = p.money("balance")
            apr = p.percent("apr")
            rule = parse_min_payment(p.raw("min_payment"))
            p.done()
            debts.append(planner.Debt(text, balance, apr, rule))
        except MoneyError as error:
            details = {k: v for k, v in error.params.items() if k != "param"}
            raise MoneyError(
                error.code,
                param="debts",
                debt=index,
                name=name,
                field=error.params.get("param"),
                **details,
            ) from None
    return debts


def _lump_sums(value: object) -> dict[int, Decimal]:
    """``"12:500,24:1000"`` or a mapping month → amount."""
    items: list[tuple[object, object]]
    if isinstance(value, str):
        items = []
        for part in value.split(","):
            month, sep, amount = part.partition(":")
            if not sep:
                raise MoneyError("bad_lump_sums", param="lump_sums", value=value)
            items.append((month.strip(), amount.strip()))
    elif isinstance(value, Mapping):
        items = [(key, amount) for key, amount in value.items()]
    else:
        raise MoneyError("bad_lump_sums", param="lump_sums", value=value)
    lumps: dict[int, Decimal] = {}
    for month_text, amount_text in items:
        p = Params({"month": month_text, "amount": amount_text})
        try:
            m = p.count("month", maximum=planner.HORIZON_MONTHS)
            lumps[m] = lumps.get(m, ZERO) + p.money("amount")
        except MoneyError:
            raise MoneyError("bad_lump_sums", param="lump_sums", value=value) from None
    return lumps


def _plan(params: Mapping[str, object]) -> dict[str, object]:
    p = Params(params)
    debts = parse_debts(p.raw("debts"))
    budget = p.money("budget", allow_zero=True)
    strategy = planner.Strategy(p.choice("strategy", [s.value for s in planner.Strategy]))
    extra = p.money("extra", default=ZERO, allow_zero=True)
    lumps = _lump_sums(p.raw("lump_sums")) if p.has("lump_sums") else {}
    order: list[str] | None = None
    if p.has("order"):
        raw = p.raw("order")
        if isinstance(raw, str):
            order = [name.strip() for name in raw.split(",") if name.strip()]
        elif isinstance(raw, list) and all(isinstance(name, str) for name in raw):
            order = [str(name) for name in raw]
        else:
            raise MoneyError(
                "not_a_choice", param="order", value=raw, choices=[d.name for d in debts]
            )
        if strategy is not planner.Strategy.CUSTOM:
            raise MoneyError("requires", param="order", other="strategy custom")
    p.done()
    result = planner.plan(debts, budget, strategy, extra=extra, lump_sums=lumps, order=order)
    shortfall = result.shortfall
    return {
        "feasible": result.feasible,
        "months": result.months,
        "total_interest": money_text(result.total_interest),
        "total_paid": money_text(result.total_paid),
        "payoff_months": dict(result.payoff_months),
        "repaid": result.repaid,
        "reason": result.reason.value if result.reason else None,
        "shortfall": money_text(shortfall.amount) if shortfall else None,
        "shortfall_month": shortfall.month if shortfall else None,
        "overdue": list(shortfall.overdue) if shortfall else [],
    }


# Written in their own modules by the penalties / missed-payment work; imported where they run
# (a plain import, not a module found by name), so start-up and ``--help`` stay cheap.
def _late(params: Mapping[str, object]) -> dict[str, object]:
    from duewise.finance import penalties

    return penalties.handle_late(params)


def _missed(params: Mapping[str, object]) -> dict[str, object]:
    from duewise.finance import missed

    return missed.handle_missed(params)


def _remedies(params: Mapping[str, object]) -> dict[str, object]:
    from duewise.finance import remedies

    return remedies.handle_remedies(params)


register("loan", _loan)
register("payoff", _payoff)
register("disclosure", _disclosure)
register("instalment", _instalment)
register("true-rate", _true_rate)
register("adb", _adb)
register("plan", _plan)
register("late", _late)
register("missed", _missed)
register("remedies", _remedies)
