"""What a debt in the repayment planner stands for: its missed-payment simulation and its warning.

Two questions the planner page asks about one debt, answered by the domain so that the page keeps
no rule of its own (issue #14):

- :func:`missed_payment_setup`: "what does missing one payment on it cost?" A preset debt is
  simulated on its preset. A debt on custom terms is simulated as what its terms say it is: a
  fixed monthly payment is an **instalment loan** (等额本息; a missed instalment stays owed and
  bears 罚息), a percentage minimum is a **card** — never the whole balance of a loan treated as
  a card statement (¥80,000 at 4.5 % paying ¥2,400 a month: one missed instalment costs about
  ¥14 of 罚息, not ¥2,640 of card interest and 违约金).
- :func:`minimum_payment_warning`: whether a statement-style minimum-payment box belongs on the
  debt at all — only where paying just the minimum really takes longer **and** costs more than
  the 36-month plan the box proposes (a 花呗 statement whose minimum is the whole statement has
  no such box) — with the time as whole years and months for correct wording.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from duewise.finance import disclosure, missed, planner, products, schedules
from duewise.finance.money import ZERO, MoneyError, check_amount
from duewise.finance.rates import MONTHS_PER_YEAR

#: Presets a custom-terms debt is simulated on, by currency and by the shape of its minimum.
INSTALMENT_BASE = {"CNY": "cn_personal_loan", "USD": "us_mortgage"}
CARD_BASE = {"CNY": "cn_bank_card", "USD": "us_card"}
CUSTOM_ID = "custom_terms"


@dataclass(frozen=True)
class MissedPaymentSetup:
    """A planner debt as a missed-payment simulation.

    Attributes:
        product: the product simulated (the preset, or a copy of a base preset with the debt's
            terms — ``product.id`` is :data:`CUSTOM_ID` then).
        base_id: the preset the product is (or copies).
        amount: the amount simulated: the balance (card, BNPL) or the principal still owed (loan).
        terms: the rules changed on the base preset (empty for a preset debt), as the
            calculator's open parameters name them (``annual_rate`` in percent, ``term_months``,
            ``minimum_percent``, ``minimum_floor``).
        calculator_params: what "See what missing a payment costs" opens the calculator with
            (:meth:`duewise.ui` calculator ``open_with``): ``product``, ``amount``, ``scenario``,
            ``then`` and the ``terms``.
    """

    product: products.Product
    base_id: str
    amount: Decimal
    terms: Mapping[str, str] = field(default_factory=dict)
    calculator_params: Mapping[str, object] = field(default_factory=dict)

    @property
    def is_instalment_loan(self) -> bool:
        """The debt is simulated as an instalment loan (罚息 on the overdue instalment)."""
        return self.product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE)

    def simulate(
        self, start: tuple[int, int], scenario: missed.Scenario | None = None
    ) -> missed.Simulation:
        """The scenario (default: miss one payment, catch up at the next due date) from
        ``start`` = (year, month)."""
        return missed.simulate(
            self.product, self.amount, start, scenario or missed.missed_scenario(1)
        )


def term_for_payment(balance: Decimal, annual_rate: Decimal, payment: Decimal) -> int | None:
    """The fewest months whose 等额本息 instalment on ``balance`` is at most ``payment``.

    ``None`` when the payment never repays the balance (it does not cover a month's interest) or
    would take more than 1,200 months.

    >>> term_for_payment(Decimal("80000"), Decimal("0.045"), Decimal("2400"))
    36
    """
    rate = annual_rate / MONTHS_PER_YEAR
    if payment <= 0:
        return None
    if rate == 0:
        estimate = float(balance / payment)
    else:
        interest = balance * rate
        if payment <= interest:
            return None
        # n = −ln(1 − r·B/P) / ln(1 + r); then step to the first n whose rounded instalment fits.
        estimate = -math.log(float(1 - interest / payment)) / math.log1p(float(rate))
    if estimate > 1300:
        return None
    months = max(1, math.floor(estimate))
    while months > 1 and schedules.annuity_payment(balance, rate, months - 1) <= payment:
        months -= 1
    while months <= 1200 and schedules.annuity_payment(balance, rate, months) > payment:
        months += 1
    return months if months <= 1200 else None


def missed_payment_setup(
    debt: planner.Debt,
    preset: products.Product | None,
    currency: str,
    presets: Mapping[str, products.Product] | None = None,
) -> MissedPaymentSetup:
    """The simulation "missing one payment on ``debt``" stands for (see the module docstring).

    Args:
        debt: the planner debt (its balance, APR and minimum rule).
        preset: the product preset the row is on, or ``None`` for custom terms.
        currency: ``"CNY"`` or ``"USD"`` (which base preset a custom debt copies).
        presets: loaded presets (default: load the base preset from disk).

    Raises:
        MoneyError: ``payment_below_interest`` (``param="min_floor"``) for a fixed payment that
            never repays the balance; the preset loader's errors.
    """
    check_amount(debt.balance, "balance")
    amount = debt.balance
    if preset is not None:
        return _setup(preset, preset.id, amount, {})
    fixed = debt.minimum.rate == 0 and debt.minimum.floor > 0
    base_id = (INSTALMENT_BASE if fixed else CARD_BASE).get(currency, CARD_BASE["CNY"])
    base = (presets or {}).get(base_id) or products.load_preset(base_id)
    percent = format((debt.annual_rate * 100).normalize(), "f")
    names = {"zh": base.name_zh, "en": base.name_en}
    if fixed:
        months = term_for_payment(amount, debt.annual_rate, debt.minimum.floor)
        if months is None:
            raise MoneyError("payment_below_interest", param="min_floor", value=debt.minimum.floor)
        terms = {"annual_rate": percent, "term_months": str(months)}
        product = products.with_terms(
            base,
            id=CUSTOM_ID,
            names=names,
            annual_rate=debt.annual_rate,
            term_months=months,
            upfront_fee_rate=ZERO,
        )
    else:
        terms = {
            "annual_rate": percent,
            "minimum_percent": format((debt.minimum.rate * 100).normalize(), "f"),
            "minimum_floor": format(debt.minimum.floor, "f"),
        }
        product = products.with_terms(
            base,
            id=CUSTOM_ID,
            names=names,
            annual_rate=debt.annual_rate,
            minimum_payment_rate=debt.minimum.rate,
            minimum_payment_floor=debt.minimum.floor,
        )
        if "daily_rate" in base.rules:  # a Chinese card charges its daily rate: APR / 365
            product = products.with_terms(product, daily_rate=debt.annual_rate / 365)
    return _setup(product, base_id, amount, terms)


def _setup(
    product: products.Product, base_id: str, amount: Decimal, terms: Mapping[str, str]
) -> MissedPaymentSetup:
    params: dict[str, object] = {
        "product": base_id,
        "amount": format(amount, "f"),
        "scenario": "miss:1",
        "then": missed.After.CATCH_UP.value,
    }
    if terms:
        params["terms"] = dict(terms)
    return MissedPaymentSetup(product, base_id, amount, dict(terms), params)


# --- the minimum-payment warning box -------------------------------------------------------------


@dataclass(frozen=True)
class MinimumPaymentWarning:
    """A minimum-payment box that belongs on the debt, with its figures ready to word.

    Attributes:
        disclosure: the Reg Z figures behind it.
        never_repaid: minimums alone never repay (then ``months`` and the totals are ``None``).
        months: months to repay on minimums only.
        years, extra_months: ``months`` as whole years and the months left over (94 → 7, 10):
            "about 7 years and 10 months".
        years_rounded: the statement's rounded years (Reg Z M1(b)(5), half-up: 94 → 8).
        in_months: under two years: say it in months, never "0 years (3 months)"
            (§1026.7(b)(12)(i)(B) shows estimates under 2 years in months — from memory).
        months_longer: how many months longer than the 36-month plan.
        extra_cost: what paying only the minimum costs more than the 36-month plan.
    """

    disclosure: disclosure.MinimumPaymentDisclosure
    never_repaid: bool
    months: int | None
    years: int | None
    extra_months: int | None
    years_rounded: int | None
    in_months: bool
    months_longer: int | None
    extra_cost: Decimal | None


def minimum_payment_warning(debt: planner.Debt) -> MinimumPaymentWarning | None:
    """The warning box for ``debt``, or ``None`` when it does not belong there.

    A box appears when paying only the minimum never repays the debt, or takes **longer** than
    the 36-month plan **and costs more** than it. A minimum that is the whole statement (花呗),
    a fixed loan instalment, or a minimum that repays faster and cheaper than 36 months gets no
    box (a box that then recommends the dearer 3-year plan would teach the wrong lesson).

    >>> from duewise.finance.schedules import MinimumPayment
    >>> card = planner.Debt("c", Decimal("10000"), Decimal("0.1825"),
    ...                     MinimumPayment(Decimal("0.05"), Decimal("50")))
    >>> w = minimum_payment_warning(card)
    >>> w.months, w.years, w.extra_months, w.years_rounded, w.in_months, w.extra_cost
    (90, 7, 6, 8, False, Decimal('1075.30'))
    >>> ten = planner.Debt("c", Decimal("10000"), Decimal("0.1825"),
    ...                    MinimumPayment(Decimal("0.1"), Decimal("50")))
    >>> minimum_payment_warning(ten) is None  # 45 months but 11,750 < 13,060: no trap to show
    True
    >>> huabei = planner.Debt("h", Decimal("3000"), Decimal("0.1357"),
    ...                       MinimumPayment(Decimal("1")), interest_free_if_paid=True)
    >>> minimum_payment_warning(huabei) is None
    True
    """
    rule = debt.minimum
    if rule.rate <= 0 or rule.rate >= 1:
        return None  # a fixed instalment, or the whole statement: no minimum-payment trap
    try:
        info = disclosure.minimum_payment_disclosure(
            debt.balance, debt.annual_rate, rule.rate, rule.floor
        )
    except MoneyError:
        return None
    if not info.repaid or info.months is None or info.total_minimum is None:
        return MinimumPaymentWarning(info, True, None, None, None, None, False, None, None)
    longer = info.months - disclosure.DISCLOSURE_MONTHS
    extra = info.total_minimum - info.total_36
    if longer <= 0 or extra <= 0:
        return None
    years, rest = divmod(info.months, MONTHS_PER_YEAR)
    return MinimumPaymentWarning(
        disclosure=info,
        never_repaid=False,
        months=info.months,
        years=years,
        extra_months=rest,
        years_rounded=info.years_shown,
        in_months=info.months < 2 * MONTHS_PER_YEAR,
        months_longer=longer,
        extra_cost=extra,
    )
