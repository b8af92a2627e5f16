"""Missed-payment simulation: what paying late, partly or not at all costs, cycle by cycle.

The simulation plays a scenario — one action per billing cycle (pay in full, pay the minimum, pay
an amount, pay nothing), then what happens after the listed cycles (catch up, keep missing,
negotiate an instalment plan: 个性化分期 / hardship plan) — against an on-time baseline, and
returns both statements side by side with totals split into principal, interest, interest on
interest, penalties and fees.

Model assumptions (the UI shows them next to the result):

* Time: cycle ``k``'s statement is on ``product.statement_day`` of the start month + ``k`` months;
  its due date is ``due_days_after_statement`` days later (白条: +9 days, credit-rules §1). Every
  payment is made on a due date. Charges of a row accrue from the previous due date to this one
  (the lag of up to a cycle before interest appears on a statement is ignored).
* The amount is one statement (BNPL, card) or the amount borrowed (loan, mortgage); no new
  purchases, no cash advances.
* BNPL (白条, 花呗): the whole statement is due each cycle (what a Baitiao balance carried after a
  minimum payment costs is not sourced, so "minimum" pays the whole amount). While overdue the
  违约金 accrues daily, simple, on the unpaid principal only (credit-rules §1, §2).
* Cards: purchases are taken as posted on the statement date. Not repaying a statement in full
  loses the interest-free period: 全额罚息 charges the whole statement from posting, 按未还部分 only
  the unpaid part (credit-rules §3). Interest is daily (US: APR/365) and compounds monthly on
  principal and unpaid interest but never on 违约金 or fees (银发〔2016〕111号). The minimum due is
  ``max(rate × (principal + interest), floor)`` plus 100 % of unpaid 违约金/fees and of the
  minimum left unpaid (CGB). Payments go to 违约金/fees, then interest, then principal; from 91 days
  past due, principal first (CGB). A missed minimum costs 违约金 (CN: 5 % / 6 % of the unpaid
  minimum, at least ¥30) or a US late fee ($32 / $43 within 6 cycles); US penalty APR starts once a
  minimum is more than 60 days late and ends after 6 on-time minimums (Reg Z §1026.55(b)(4)).
* Loans and mortgages: the on-time schedule is ``schedules.amortize`` (等额本息 unless the preset
  says otherwise). A missed instalment stays owed; 罚息 accrues on it daily at the contract rate ×
  ``penalty_rate_multiplier`` (illustrative), simple; a US mortgage charges a percent of the late
  instalment instead. "Pay in full" pays what is due, never a prepayment.
* Negotiate: at the first cycle after the listed ones everything owed becomes an ``N``-month plan
  of equal payments (last absorbs rounding), optionally with a flat monthly fee, and no further
  interest or penalty while it is paid (an assumption: real 个性化分期 terms vary).
* Days past due are measured on the report date: the next statement date (or the day after the due
  date if that comes later). Consecutive misses therefore fall in the buckets 1–30, 31–60, 61–90 …
* ``scenario_total`` = everything paid plus everything still owed at the end, so a run that never
  finishes within the cycles shown still has a cost; ``extra_cost`` = scenario − on time (≥ 0).

Scenario strings (lessons use them)::

    scenario := steps [" then " after]
    steps    := step ("," | " ") step …
    step     := "on-time" [":" count] | "minimum" [":" count] | "miss" [":" count]
              | "partial:" AMOUNT [":" count]
    count    := N | "*"            (``*`` = every remaining cycle; only on the last step)
    after    := "catch-up" | "keep-missing" | "negotiate" [":" months]   (default catch-up; 12)

A single ``on-time`` or ``minimum`` step without a count repeats every cycle ("minimum only").

>>> s = parse_scenario("miss:3 then catch-up")
>>> [a.action.value for a in s.actions], s.then.value
(['miss', 'miss', 'miss'], 'catch-up')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from duewise.finance import penalties, products, record, schedules
from duewise.finance.money import (
    CENT,
    ZERO,
    MoneyError,
    charge,
    check_amount,
    check_count,
    check_rate,
    read_amount,
    read_count,
    round_money,
    to_decimal,
)
from duewise.finance.numbers import shown

DEFAULT_CYCLES = 60
MAX_CYCLES = 600
PRINCIPAL_FIRST_AFTER_DAYS = 91  # CGB: from 91 days past due payments go to principal first


class Action(Enum):
    """What the learner does on one due date."""

    PAY_FULL = "on-time"
    PAY_MINIMUM = "minimum"
    PAY_AMOUNT = "partial"
    PAY_NOTHING = "miss"


class After(Enum):
    """What happens after the listed cycles."""

    CATCH_UP = "catch-up"  # pay everything owed at the next due date, on time afterwards
    KEEP_MISSING = "keep-missing"  # pay nothing any more
    NEGOTIATE = "negotiate"  # 个性化分期 / hardship plan of N months, no further penalty


@dataclass(frozen=True)
class CycleAction:
    """One cycle's action; ``amount`` only for ``PAY_AMOUNT``."""

    action: Action
    amount: Decimal | None = None


@dataclass(frozen=True)
class Scenario:
    """Per-cycle actions, then what happens after them.

    Attributes:
        actions: the listed cycles, in order.
        then: what follows the listed cycles.
        negotiate_months: plan length for ``NEGOTIATE``.
        negotiate_monthly_fee_rate: flat monthly fee of the plan on the converted amount (0).
        repeat: an action repeated after ``actions`` instead of ``then`` (``minimum:*``).
    """

    actions: tuple[CycleAction, ...]
    then: After = After.CATCH_UP
    negotiate_months: int = 12
    negotiate_monthly_fee_rate: Decimal = ZERO
    repeat: CycleAction | None = None


ON_TIME = Scenario(actions=(), repeat=CycleAction(Action.PAY_FULL))

_STEP_RE = re.compile(r"^(on-time|minimum|miss|partial)(?::([^:]+))?(?::([0-9]+|\*))?$")


def parse_scenario(text: str, then: str | None = None) -> Scenario:
    """Parse the compact scenario grammar in the module docstring.

    Args:
        text: e.g. ``"miss:3 then negotiate:6"``.
        then: the ``after`` part given separately (a lesson's calculator block has ``scenario``
            and ``then`` keys); ignored when ``text`` has its own ``then``.

    Raises:
        MoneyError: ``bad_scenario`` with ``param="scenario"`` and the offending ``token``.
    """

    def bad(token: str) -> MoneyError:
        return MoneyError("bad_scenario", param="scenario", token=token)

    body, _, after_text = text.strip().partition(" then ")
    if not after_text and then:
        after_text = then.strip()
    tokens = [t for t in re.split(r"[,\s]+", body.strip()) if t]
    if not tokens:
        raise bad(text)
    actions: list[CycleAction] = []
    repeat: CycleAction | None = None
    for i, token in enumerate(tokens):
        m = _STEP_RE.match(token)
        if not m:
            raise bad(token)
        name, first, second = m.groups()
        if name == "partial":
            if first is None:
                raise bad(token)
            try:
                amount = check_amount(to_decimal(first), "scenario")
            except MoneyError:
                raise bad(token) from None
            step = CycleAction(Action.PAY_AMOUNT, round_money(amount))
            count_text = second
        else:
            if second is not None:
                raise bad(token)
            step = CycleAction(Action(name))
            count_text = first
        if (
            count_text is None
            and len(tokens) == 1
            and not after_text
            and name in ("on-time", "minimum")
        ):
            count_text = "*"
        if count_text == "*":
            if i != len(tokens) - 1 or after_text:
                raise bad(token)
            repeat = step
            continue
        if count_text is None:
            count = 1
        elif count_text.isdigit() and 1 <= int(count_text) <= MAX_CYCLES:
            count = int(count_text)
        else:
            raise bad(token)
        actions.extend([step] * count)
    after = After.CATCH_UP
    months = 12
    if after_text:
        name, _, n = after_text.strip().partition(":")
        try:
            after = After(name)
        except ValueError:
            raise bad(after_text) from None
        if n:
            if after is not After.NEGOTIATE or not n.isdigit() or not 1 <= int(n) <= MAX_CYCLES:
                raise bad(after_text)
            months = int(n)
    if len(actions) > MAX_CYCLES:
        raise bad(text)
    return Scenario(actions=tuple(actions), then=after, negotiate_months=months, repeat=repeat)


def format_scenario(scenario: Scenario) -> str:
    """The scenario in the grammar :func:`parse_scenario` reads (for saving and naming it).

    >>> format_scenario(parse_scenario("miss:2 then negotiate:6"))
    'miss,miss then negotiate:6'
    >>> format_scenario(parse_scenario("minimum"))
    'minimum:*'
    """

    def step(action: CycleAction) -> str:
        if action.action is Action.PAY_AMOUNT:
            return f"partial:{format(action.amount or ZERO, 'f')}"
        return str(action.action.value)

    steps = [step(a) for a in scenario.actions]
    if scenario.repeat is not None:
        return ",".join([*steps, step(scenario.repeat) + ":*"])
    after = scenario.then.value
    if scenario.then is After.NEGOTIATE:
        after += f":{scenario.negotiate_months}"
    return ",".join(steps) + " then " + after


@dataclass(frozen=True)
class StatementRow:
    """One cycle of the statement.

    ``closing = opening + interest + interest_on_interest + penalty + fees − payment``.

    Attributes:
        cycle: 0-based cycle number.
        month: the statement date of the cycle.
        due_date: the cycle's due date (the payment is made on it).
        report_date: the day ``days_past_due`` is measured (next statement date).
        opening: owed after the previous due date's payment.
        interest: interest charged in the row (excluding ``interest_on_interest``).
        interest_on_interest: the part of interest charged on earlier unpaid interest.
        penalty: 违约金 / late fee / 罚息 charged in the row.
        fees: instalment-plan fees charged in the row.
        minimum_due: what had to be paid on ``due_date`` to be current.
        payment: what was paid on ``due_date``.
        closing: owed after the payment and the due date's late charge.
        missed: the payment was below ``minimum_due``.
        days_past_due: on ``report_date``; 0 when current.
        cycles_missed: consecutive missed cycles up to and including this one.
        penalty_apr_active: a US penalty APR applies.
        in_plan: the debt is in a negotiated plan.
    """

    cycle: int
    month: date
    due_date: date
    report_date: date
    opening: Decimal
    interest: Decimal
    interest_on_interest: Decimal
    penalty: Decimal
    fees: Decimal
    minimum_due: Decimal
    payment: Decimal
    closing: Decimal
    missed: bool
    days_past_due: int
    cycles_missed: int
    penalty_apr_active: bool = False
    in_plan: bool = False


@dataclass(frozen=True)
class Totals:
    """Money split by kind; ``total`` is their sum = paid + still owed."""

    principal: Decimal
    interest: Decimal
    interest_on_interest: Decimal
    penalties: Decimal
    fees: Decimal
    paid: Decimal
    owed_at_end: Decimal

    @property
    def total(self) -> Decimal:
        """principal + interest + interest on interest + penalties + fees."""
        return (
            self.principal + self.interest + self.interest_on_interest + self.penalties + self.fees
        )


@dataclass(frozen=True)
class Simulation:
    """A scenario next to its on-time baseline."""

    product_id: str
    currency: str
    amount: Decimal
    start: date
    scenario: Scenario
    rows: tuple[StatementRow, ...]
    baseline_rows: tuple[StatementRow, ...]
    totals: Totals
    baseline_totals: Totals
    finished: bool

    @property
    def scenario_total(self) -> Decimal:
        """Everything the scenario costs (paid + still owed)."""
        return self.totals.total

    @property
    def on_time_total(self) -> Decimal:
        """Everything paying on time costs."""
        return self.baseline_totals.total

    @property
    def extra_cost(self) -> Decimal:
        """scenario_total − on_time_total (never negative)."""
        return self.scenario_total - self.on_time_total


def _action_for(scenario: Scenario, k: int, caught_up: bool) -> CycleAction | After:
    if k < len(scenario.actions):
        return scenario.actions[k]
    if scenario.repeat is not None:
        return scenario.repeat
    if caught_up:
        return CycleAction(Action.PAY_FULL)
    return scenario.then


def _report_date(statement_next: date, due: date) -> date:
    return statement_next if statement_next > due else due + timedelta(days=1)


def _plan_payments(amount: Decimal, months: int) -> list[Decimal]:
    each = round_money(amount / months)
    if each * (months - 1) >= amount:
        each = (amount / months).quantize(CENT, rounding="ROUND_DOWN")
    return [each] * (months - 1) + [amount - each * (months - 1)]


class _Book:
    """Mutable working state of one run (kept private; results are frozen)."""

    def __init__(self) -> None:
        self.principal = ZERO  # unpaid principal (revolving) / overdue instalments (loans)
        self.interest = ZERO  # unpaid interest (compounds on cards)
        self.penalty = ZERO  # unpaid 违约金 / fees / 罚息 (never bears interest)
        self.plan: list[Decimal] = []
        self.plan_fee = ZERO
        self.in_plan = False
        self.overdue_since: date | None = None
        self.consecutive = 0
        self.late_cycles: list[int] = []
        self.apr = penalties.PenaltyAprState()
        self.caught_up = False
        self.sum_interest = ZERO
        self.sum_ioi = ZERO
        self.sum_penalty = ZERO
        self.sum_fees = ZERO
        self.paid = ZERO

    @property
    def owed(self) -> Decimal:
        return self.principal + self.interest + self.penalty

    def pay(self, amount: Decimal, principal_first: bool) -> None:
        """Allocate a payment: charges → interest → principal (or principal first when 91+ dpd)."""
        self.paid += amount
        order = (
            ("principal", "interest", "penalty")
            if principal_first
            else (
                "penalty",
                "interest",
                "principal",
            )
        )
        for part in order:
            have: Decimal = getattr(self, part)
            take = min(have, amount)
            setattr(self, part, have - take)
            amount -= take

    def convert_to_plan(self, months: int, fee_rate: Decimal) -> None:
        owed = self.owed
        self.principal, self.interest, self.penalty = owed, ZERO, ZERO
        self.plan = _plan_payments(owed, months) if owed > 0 else []
        self.plan_fee = charge(owed, fee_rate)
        self.in_plan = True
        self.caught_up = True  # after the plan: pay on time

    def record_due_date(self, due: date, missed: bool) -> None:
        """Count a missed due date (the first one starts the overdue spell), or end the spell."""
        if missed:
            self.consecutive += 1
            if self.overdue_since is None:
                self.overdue_since = due
        else:
            self.consecutive = 0
            self.overdue_since = None

    def days_past_due(self, on: date) -> int:
        """Days from the first missed due date of the current spell to ``on``; 0 when current."""
        return (on - self.overdue_since).days if self.overdue_since else 0


def _choose_payment(
    choice: CycleAction | After, book: _Book, minimum_due: Decimal, scenario: Scenario
) -> Decimal:
    if isinstance(choice, After):
        if choice is After.CATCH_UP:
            book.caught_up = True
            return book.owed
        return ZERO  # KEEP_MISSING (NEGOTIATE is handled before)
    if choice.action is Action.PAY_FULL:
        return book.owed
    if choice.action is Action.PAY_MINIMUM:
        return minimum_due
    if choice.action is Action.PAY_AMOUNT:
        return min(choice.amount or ZERO, book.owed)
    return ZERO


def _revolving(
    product: products.Product,
    amount: Decimal,
    start: date,
    scenario: Scenario,
    cycles: int,
) -> tuple[list[StatementRow], _Book]:
    book = _Book()
    book.principal = amount
    rows: list[StatementRow] = []
    bnpl = product.kind is products.ProductKind.BNPL
    due_gap = timedelta(days=product.due_days_after_statement)
    prev_due: date | None = None
    first_payment = ZERO
    for k in range(cycles):
        stmt = record.add_months(start, k)
        due = stmt + due_gap
        report = _report_date(record.add_months(start, k + 1), due)
        opening = book.owed
        interest = ioi = penalty = fees = ZERO
        # 1. charges accrued since the previous due date
        if prev_due is not None and not book.in_plan and book.owed > 0:
            days = (due - prev_due).days
            if bnpl:
                if book.overdue_since is not None:
                    penalty = penalties.daily_simple_penalty(
                        book.principal,
                        days,
                        product.penalty_daily_rate,
                        product.penalty_daily_minimum,
                    )
            else:
                rate = (
                    (product.penalty_apr or product.annual_rate) / penalties.DAYS_PER_YEAR
                    if book.apr.active
                    else product.daily_rate
                )
                compounding = product.interest_compounds_monthly
                base = book.principal + (book.interest if compounding else ZERO)
                if product.interest_on_fees:
                    base += book.penalty
                total_int = penalties.card_interest(base, days, rate)
                ioi = penalties.card_interest(book.interest, days, rate) if compounding else ZERO
                ioi = min(ioi, total_int)
                interest = total_int - ioi
                if k == 1:
                    interest += penalties.grace_loss_interest(
                        amount,
                        first_payment,
                        product.due_days_after_statement,
                        rate,
                        product.interest_method,
                    )
        book.interest += interest + ioi
        book.penalty += penalty
        # 2. what is due, and what is paid
        choice = _action_for(scenario, k, book.caught_up)
        if choice is After.NEGOTIATE and not book.in_plan and book.owed > 0:
            book.convert_to_plan(scenario.negotiate_months, scenario.negotiate_monthly_fee_rate)
            book.overdue_since, book.consecutive = None, 0
        if book.in_plan:
            fees = book.plan_fee if book.plan else ZERO
            book.penalty += fees
            minimum_due = (book.plan.pop(0) if book.plan else ZERO) + fees
            payment = min(minimum_due, book.owed)
        else:
            if bnpl:
                minimum_due = book.owed
            else:
                carried = book.principal + book.interest
                minimum_due = min(
                    book.owed,
                    max(
                        charge(carried, product.minimum_payment_rate),
                        product.minimum_payment_floor,
                    )
                    + book.penalty,
                )
            payment = _choose_payment(choice, book, minimum_due, scenario)
        payment = min(payment, book.owed)
        dpd_now = book.days_past_due(due)
        book.pay(payment, principal_first=dpd_now >= PRINCIPAL_FIRST_AFTER_DAYS)
        if k == 0:
            first_payment = payment
        missed = payment < minimum_due
        book.record_due_date(due, missed)
        # 3. the due date's late charge
        if missed:
            kind = product.late_charge_kind
            if kind is products.LateChargeKind.CARD_FEE:
                fee = penalties.card_late_fee(
                    minimum_due - payment,
                    book.consecutive,
                    rate=product.late_fee_rate,
                    rate_repeat=product.late_fee_rate_repeat,
                    repeat_after=product.late_fee_repeat_after_cycles,
                    minimum=product.late_fee_minimum,
                )
            elif kind is products.LateChargeKind.FLAT_FEE:
                window = product.late_fee_repeat_window_cycles
                repeat = any(k - window <= c < k for c in book.late_cycles)
                fee = penalties.us_late_fee(
                    minimum_due,
                    repeat,
                    first=product.late_fee_first,
                    repeat_fee=product.late_fee_repeat,
                )
            else:
                fee = ZERO
            book.late_cycles.append(k)
            book.penalty += fee
            penalty += fee
        dpd = book.days_past_due(report)
        if product.penalty_apr is not None:
            book.apr = book.apr.step(
                days_past_due=dpd,
                paid_on_time=not missed,
                trigger_days=product.penalty_apr_trigger_days,
                cure=product.penalty_apr_cure_payments,
            )
        book.sum_interest += interest
        book.sum_ioi += ioi
        book.sum_penalty += penalty
        book.sum_fees += fees
        rows.append(
            StatementRow(
                cycle=k,
                month=stmt,
                due_date=due,
                report_date=report,
                opening=opening,
                interest=interest,
                interest_on_interest=ioi,
                penalty=penalty,
                fees=fees,
                minimum_due=minimum_due,
                payment=payment,
                closing=book.owed,
                missed=missed,
                days_past_due=dpd,
                cycles_missed=book.consecutive,
                penalty_apr_active=book.apr.active,
                in_plan=book.in_plan,
            )
        )
        prev_due = due
        if book.owed <= 0:
            break
    return rows, book


def _instalment(
    product: products.Product,
    amount: Decimal,
    start: date,
    scenario: Scenario,
    cycles: int,
) -> tuple[list[StatementRow], _Book]:
    term = product.term_months or 12
    method_rule = product.rules.get("repayment_method")
    method = (
        schedules.RepaymentMethod.EQUAL_PRINCIPAL
        if method_rule is not None and method_rule.value == "equal_principal"
        else schedules.RepaymentMethod.EQUAL_PAYMENT
    )
    sched = schedules.amortize(amount, product.annual_rate, term, method)
    book = _Book()  # principal = overdue instalments + plan; future principal tracked apart
    future = amount
    rows: list[StatementRow] = []
    due_gap = timedelta(days=product.due_days_after_statement)
    prev_due: date | None = None
    for k in range(cycles):
        stmt = record.add_months(start, k)
        due = stmt + due_gap
        report = _report_date(record.add_months(start, k + 1), due)
        opening = future + book.owed
        interest = penalty = fees = ZERO
        if (
            prev_due is not None
            and book.principal > 0
            and not book.in_plan
            and product.late_charge_kind is products.LateChargeKind.PENALTY_RATE
        ):
            penalty = penalties.loan_penalty_interest(
                book.principal,
                (due - prev_due).days,
                product.annual_rate,
                product.penalty_rate_multiplier,
            )
        book.penalty += penalty
        instalment = ZERO
        if k < len(sched.rows):
            row = sched.rows[k]
            interest = row.interest
            future -= row.principal
            instalment = row.payment
            book.principal += instalment
        choice = _action_for(scenario, k, book.caught_up)
        if choice is After.NEGOTIATE and not book.in_plan and book.owed > instalment:
            # the overdue part becomes a plan; the current instalment stays on schedule
            book.principal -= instalment
            book.convert_to_plan(scenario.negotiate_months, scenario.negotiate_monthly_fee_rate)
            book.overdue_since, book.consecutive = None, 0
            book.principal += instalment
        if book.in_plan:
            fees = book.plan_fee if book.plan else ZERO
            book.penalty += fees
            plan_part = book.plan.pop(0) if book.plan else ZERO
            minimum_due = min(book.owed, plan_part + fees + instalment)
            payment = minimum_due
            if not book.plan:
                book.in_plan = False
        else:
            minimum_due = book.owed
            payment = _choose_payment(choice, book, minimum_due, scenario)
        payment = min(payment, book.owed)
        book.pay(payment, principal_first=False)
        missed = payment < minimum_due
        book.record_due_date(due, missed)
        if (
            missed
            and product.late_charge_kind is products.LateChargeKind.PAYMENT_PERCENT
            and instalment > 0
        ):
            fee = charge(instalment, product.late_fee_rate)
            book.penalty += fee
            penalty += fee
        dpd = book.days_past_due(report)
        book.sum_interest += interest
        book.sum_penalty += penalty
        book.sum_fees += fees
        rows.append(
            StatementRow(
                cycle=k,
                month=stmt,
                due_date=due,
                report_date=report,
                opening=opening,
                interest=interest,
                interest_on_interest=ZERO,
                penalty=penalty,
                fees=fees,
                minimum_due=minimum_due,
                payment=payment,
                closing=future + book.owed,
                missed=missed,
                days_past_due=dpd,
                cycles_missed=book.consecutive,
                in_plan=book.in_plan,
            )
        )
        prev_due = due
        if future + book.owed <= 0:
            break
    book.principal += future  # whatever is left unpaid at the end
    return rows, book


def _totals(amount: Decimal, book: _Book) -> Totals:
    return Totals(
        principal=round_money(amount),
        interest=round_money(book.sum_interest),
        interest_on_interest=round_money(book.sum_ioi),
        penalties=round_money(book.sum_penalty),
        fees=round_money(book.sum_fees),
        paid=round_money(book.paid),
        owed_at_end=round_money(book.owed),
    )


def simulate(
    product: products.Product,
    amount: Decimal,
    start: tuple[int, int],
    scenario: Scenario,
    cycles: int | None = None,
) -> Simulation:
    """Play ``scenario`` for ``amount`` on ``product`` from ``start`` = (year, month).

    Args:
        product: a preset or a user's copy.
        amount: the statement (BNPL, card) or the loan principal, > 0.
        start: the month of the first statement.
        scenario: see :func:`parse_scenario`.
        cycles: the most cycles to simulate (default 60 for BNPL and cards, the term for loans;
            at most 600). A run that is still owing then stops with ``finished = False``.

    Raises:
        MoneyError: with ``param`` for bad input.
    """
    check_amount(amount, "amount")
    year, month = start
    if not (1900 <= year <= 2200 and 1 <= month <= 12):
        raise MoneyError("bad_month", param="start", value=f"{year}-{month}")
    loan = product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE)
    if cycles is not None:
        limit = cycles
    elif loan:  # the term, plus two years for arrears left after it
        limit = min((product.term_months or 12) + 24, MAX_CYCLES)
    else:
        limit = DEFAULT_CYCLES
    check_count(limit, "cycles", maximum=MAX_CYCLES)
    check_count(scenario.negotiate_months, "negotiate_months", maximum=MAX_CYCLES)
    check_rate(
        scenario.negotiate_monthly_fee_rate, "negotiate_monthly_fee_rate", maximum=Decimal("0.1")
    )
    first = date(year, month, product.statement_day)
    amount = round_money(amount)
    engine = _instalment if loan else _revolving
    rows, book = engine(product, amount, first, scenario, limit)
    base_rows, base_book = engine(product, amount, first, ON_TIME, limit)
    return Simulation(
        product_id=product.id,
        currency=product.currency.value,
        amount=amount,
        start=first,
        scenario=scenario,
        rows=tuple(rows),
        baseline_rows=tuple(base_rows),
        totals=_totals(amount, book),
        baseline_totals=_totals(amount, base_book),
        finished=book.owed <= 0,
    )


def parse_month(value: object, param: str) -> tuple[int, int]:
    """A month written ``YYYY-MM`` (ASCII digits, 1900–2200) as ``(year, month)``.

    Raises:
        MoneyError: ``bad_month`` naming ``param``.
    """
    m = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", str(value).strip()[:16], re.ASCII)
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 2200:
        raise MoneyError("bad_month", param=param, value=shown(value))
    return int(m.group(1)), int(m.group(2))


def missed_scenario(count: int, then: After = After.CATCH_UP) -> Scenario:
    """``miss:count then <then>`` (what ``duewise calc missed --missed N`` plays)."""
    return Scenario(actions=(CycleAction(Action.PAY_NOTHING),) * count, then=then)


def handle_missed(params: Mapping[str, object]) -> dict[str, object]:
    """``duewise calc missed``: ``product, balance, missed[, start YYYY-MM][, then]``.

    Returns ``on_time_total, scenario_total, extra_cost, record`` (list of ``{month, code}``),
    ``visible_until`` (ISO date or null), ``flags``, plus ``currency`` and ``rows``.
    """
    penalties.refuse_unknown(params, ("product", "balance", "missed", "start", "then"))
    product_id = params.get("product")
    if not isinstance(product_id, str) or not product_id.strip():
        raise MoneyError("missing", param="product")
    product = products.load_preset(product_id.strip())
    balance = read_amount(params.get("balance"), "balance")
    count = read_count(params.get("missed"), "missed", minimum=0, maximum=MAX_CYCLES)
    year, month = parse_month(params.get("start") or "2025-01", "start")
    then_text = params.get("then") or After.CATCH_UP.value
    try:
        then = After(str(then_text))
    except ValueError:
        raise MoneyError("bad_choice", param="then", value=shown(then_text)) from None
    sim = simulate(product, balance, (year, month), missed_scenario(count, then))
    rec = record.build_record(sim, product)
    return {
        "product": product.id,
        "currency": product.currency.value,
        "on_time_total": str(sim.on_time_total),
        "scenario_total": str(sim.scenario_total),
        "extra_cost": str(sim.extra_cost),
        "finished": sim.finished,
        "record": [{"month": f"{e.month:%Y-%m}", "code": e.code} for e in rec.months],
        "visible_until": rec.visible_until.isoformat() if rec.visible_until else None,
        "flags": sorted(f.value for f in rec.flags),
        "totals": {
            "principal": str(sim.totals.principal),
            "interest": str(sim.totals.interest),
            "interest_on_interest": str(sim.totals.interest_on_interest),
            "penalties": str(sim.totals.penalties),
            "fees": str(sim.totals.fees),
        },
    }


def _check_sequence(rows: Sequence[StatementRow]) -> None:
    """Internal consistency (used by tests): each row's identity holds and owed stays ≥ 0."""
    for r in rows:
        lhs = r.opening + r.interest + r.interest_on_interest + r.penalty + r.fees - r.payment
        if lhs != r.closing or r.closing < 0:
            raise AssertionError(f"row {r.cycle} does not add up")
