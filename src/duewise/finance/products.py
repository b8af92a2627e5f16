"""Product presets (京东白条, 花呗, cards, loans, mortgages) loaded from ``assets/products/*.toml``.

A preset is data: every rule is a TOML table with its ``value``, ``unit``, ``source`` and ``as_of``
date (``YYYY-MM-DD``), optionally ``strength`` (P primary: the regulation, the regulator's or the
lender's own text; R a reproduction of one; W a weak source), ``uncertain = true``,
``illustrative = true``, a ``note`` and ``alternatives`` where sources disagree::

    [rules.penalty_daily_rate]
    value = 0.0007
    unit = "fraction/day"
    source = "JD Baitiao help text: 违约金 0.07 % a day, as reproduced at hpgipv.com/…"
    as_of = 2025-05-01
    strength = "R"
    uncertain = true
    alternatives = [{ value = 0.0005, source = "older pages", as_of = 2025-05-01, note = "older" }]

Beside the English ``source`` (and ``note``) an optional ``source_zh`` (``note_zh``) says the
same in Chinese, for the Chinese interface: :meth:`Rule.source_in` picks the language and falls
back to English where none is written (an alternative has its own ``source_zh``). The English
texts stay what the CLI and any other reader see.

The source names the original a reader can find, never the project's notes or a strength mark
(``finance.citations``): :func:`load_preset` refuses a preset file whose sources or notes break
that rule, with the file and line, as it refuses any other bad value. A learner's saved copy
(:func:`parse_preset`) is read as written.

Numbers are read with ``tomllib``'s ``parse_float=Decimal``, so no rate ever passes through a float.

:class:`Product` keeps every :class:`Rule` in ``rules`` — the one place a value is stored, in its
own unit — so the UI can show its source and date, and reads the terms the engine needs from them as
typed attributes (``penalty_daily_rate``, ``instalment_fees`` …). Users copy a preset and edit its
terms with :func:`with_terms`; :func:`to_toml` gives the copy's text, which storage writes
(``storage.presets.save_preset``: finance never writes a file).

>>> p = load_preset("cn_jd_baitiao")
>>> p.penalty_daily_rate, p.rules["penalty_daily_rate"].alternatives[0].value
(Decimal('0.0007'), Decimal('0.0005'))
>>> with_terms(p, penalty_daily_rate=Decimal("0.0005")).penalty_daily_rate
Decimal('0.0005')
"""

from __future__ import annotations

import re
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Generic, TypeVar, cast, overload

from duewise import paths
from duewise.finance import citations
from duewise.finance.money import MAX_DAILY_RATE, ZERO, MoneyError

PRESET_IDS = (
    "cn_jd_baitiao",
    "cn_huabei",
    "cn_bank_card",
    "us_card",
    "cn_personal_loan",
    "cn_car_loan",
    "cn_mortgage",
    "us_mortgage",
)


MAX_ID_CHARS = 64
"""Longest preset id looked up (a longer one is not a file name on every system)."""


class ProductError(MoneyError):
    """A preset file or an edited term that cannot be used.

    Codes: ``preset_not_found`` (id), ``preset_syntax`` (file, line, detail), ``preset_invalid``
    (file, line, key, detail), ``term_invalid`` (key, detail).
    """


class ProductKind(StrEnum):
    """What sort of credit a product is."""

    BNPL = "bnpl"  # 先消费后付款: 白条, 花呗
    CARD = "card"  # revolving credit card
    LOAN = "loan"  # instalment (personal) loan
    MORTGAGE = "mortgage"


class Currency(StrEnum):
    """The product's currency (money is shown with ¥ or $)."""

    CNY = "CNY"
    USD = "USD"


class BillingMode(StrEnum):
    """How a BNPL product bills (JD Baitiao has both modes)."""

    STATEMENT = "statement"  # 账单制: a monthly statement
    ORDER = "order"  # 订单制: each order has its own due dates


class InterestMethod(StrEnum):
    """Interest when a card statement is not repaid in full (全额罚息 or on the unpaid part)."""

    FULL = "full"  # 全额罚息: the whole statement loses its interest-free treatment
    UNPAID_PART = "unpaid_part"  # 按未还部分: interest only on the part left unpaid
    NONE = "none"  # no revolving interest (BNPL: only 违约金 on the overdue amount)


class LateChargeKind(StrEnum):
    """Which late-charge formula applies (implemented in ``finance.penalties``)."""

    DAILY_SIMPLE = "daily_simple"  # 违约金 = base × daily rate × days (白条, 花呗)
    CARD_FEE = "card_fee"  # 违约金 = 5 % / 6 % of the unpaid minimum, at least ¥30 (Chinese card)
    FLAT_FEE = "flat_fee"  # US late fee $32 / $43 within 6 cycles
    PENALTY_RATE = "penalty_rate"  # loan 罚息: contract rate × multiplier on the overdue amount
    PAYMENT_PERCENT = "payment_percent"  # US mortgage: a percent of the late instalment


class PenaltyBase(StrEnum):
    """What a daily 违约金 is charged on."""

    UNPAID_TOTAL = "unpaid_total"  # 账单制 应付未付总金额 / 订单制 all unpaid principal + fees
    OVERDUE_AMOUNT = "overdue_amount"  # 花呗: the overdue amount


class Strength(StrEnum):
    """How strong a rule's source is: the original itself, a reproduction of it, or weak."""

    PRIMARY = "P"
    REPRODUCTION = "R"
    WEAK = "W"


RuleValue = Decimal | int | str | bool | tuple[int, ...] | Mapping[int, Decimal]


@dataclass(frozen=True)
class Alternative:
    """A value another source gives for the same rule."""

    value: RuleValue
    source: str
    as_of: date
    note: str = ""
    #: The source in Chinese (None: only the English one is written).
    source_zh: str | None = None

    def source_in(self, language: str) -> str:
        """The source in ``language`` (``citations.in_language``)."""
        return citations.in_language(self.source, self.source_zh, language)


@dataclass(frozen=True)
class Rule:
    """One rule of a product with where it comes from (shown by the UI's ⓘ)."""

    key: str
    value: RuleValue
    unit: str
    source: str
    as_of: date
    strength: Strength | None = None
    uncertain: bool = False
    illustrative: bool = False
    note: str = ""
    alternatives: tuple[Alternative, ...] = ()
    user_edited: bool = False
    #: The source and the note in Chinese (None: only the English text is written).
    source_zh: str | None = None
    note_zh: str | None = None

    def source_in(self, language: str) -> str:
        """The source in ``language`` (``citations.in_language``)."""
        return citations.in_language(self.source, self.source_zh, language)

    def note_in(self, language: str) -> str:
        """The note in ``language`` (``citations.in_language``)."""
        return citations.in_language(self.note, self.note_zh, language)


_T = TypeVar("_T")


class _Term(Generic[_T]):
    """A typed term of a :class:`Product`, read from the rule of the same name (where the value
    is kept, once); ``default`` when the preset has no such rule."""

    def __init__(self, default: _T) -> None:
        self.default = default
        self.key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> _Term[_T]: ...
    @overload
    def __get__(self, obj: Product, objtype: type | None = None) -> _T: ...
    def __get__(self, obj: Product | None, objtype: type | None = None) -> _T | _Term[_T]:
        if obj is None:
            return self
        rule = obj.rules.get(self.key)
        return self.default if rule is None else cast(_T, rule.value)


def _rule_decimal(rule: Rule) -> Decimal:
    return cast(Decimal, rule.value)


@dataclass(frozen=True)
class Product:
    """A credit product: its sourced rules, and the typed terms the engine uses read from them.

    Each value is stored once, in its :class:`Rule` (in the rule's unit); the typed terms
    (``penalty_daily_rate`` …) are read-only views of those values. Rates are fractions
    (``Decimal('0.0005')`` is 0.05 %); the period is in the name. A term whose rule is absent
    from the preset reads as the neutral default given here.
    """

    id: str
    names: Mapping[str, str]
    currency: Currency
    kind: ProductKind
    rules: Mapping[str, Rule]

    billing_mode = _Term[BillingMode | None](None)
    statement_day = _Term[int](1)
    due_days_after_statement = _Term[int](20)
    interest_free_days_max = _Term[int | None](None)
    interest_method = _Term[InterestMethod](InterestMethod.NONE)
    interest_compounds_monthly = _Term[bool](True)
    interest_on_fees = _Term[bool](False)
    minimum_payment_rate = _Term[Decimal](Decimal(1))
    minimum_payment_floor = _Term[Decimal](ZERO)
    late_charge_kind = _Term[LateChargeKind](LateChargeKind.DAILY_SIMPLE)
    penalty_daily_rate = _Term[Decimal](ZERO)
    penalty_base = _Term[PenaltyBase](PenaltyBase.UNPAID_TOTAL)
    penalty_daily_minimum = _Term[Decimal](ZERO)
    late_fee_rate = _Term[Decimal](ZERO)
    late_fee_rate_repeat = _Term[Decimal](ZERO)
    late_fee_repeat_after_cycles = _Term[int](2)
    late_fee_minimum = _Term[Decimal](ZERO)
    late_fee_first = _Term[Decimal](ZERO)
    late_fee_repeat = _Term[Decimal](ZERO)
    late_fee_repeat_window_cycles = _Term[int](6)
    penalty_apr = _Term[Decimal | None](None)
    penalty_apr_trigger_days = _Term[int](60)
    penalty_apr_cure_payments = _Term[int](6)
    penalty_rate_multiplier = _Term[Decimal](Decimal(1))
    instalment_fees = _Term[Mapping[int, Decimal]](MappingProxyType({}))
    instalment_monthly_fee_rate = _Term[Decimal | None](None)
    instalment_periods = _Term[tuple[int, ...]](())
    reporting_threshold_days = _Term[int](1)
    grace_days = _Term[int](0)
    term_months = _Term[int | None](None)
    upfront_fee_rate = _Term[Decimal](ZERO)

    @property
    def daily_rate(self) -> Decimal:
        """The interest rate a day (from ``annual_rate`` / 365 when only that is given)."""
        if "daily_rate" in self.rules:
            return _rule_decimal(self.rules["daily_rate"])
        if "annual_rate" in self.rules:
            return _rule_decimal(self.rules["annual_rate"]) / 365
        return ZERO

    @property
    def annual_rate(self) -> Decimal:
        """The interest rate a year (from ``daily_rate`` × 365 when only that is given)."""
        if "annual_rate" in self.rules:
            return _rule_decimal(self.rules["annual_rate"])
        if "daily_rate" in self.rules:
            return _rule_decimal(self.rules["daily_rate"]) * 365
        return ZERO

    @property
    def name_zh(self) -> str:
        """Chinese name."""
        return self.names.get("zh", self.id)

    @property
    def name_en(self) -> str:
        """English name."""
        return self.names.get("en", self.id)

    @property
    def is_us(self) -> bool:
        """US rules (late fee, 30-day reporting, FCRA) rather than Chinese ones."""
        return self.currency is Currency.USD


# --- rule schema -----------------------------------------------------------------------------

_Conv = Callable[[object], object]


def _as_decimal(v: object) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, Decimal | int):
        raise TypeError("expected a number")
    d = Decimal(v)
    if d < 0:
        raise ValueError("must not be negative")
    return d


def _as_int(v: object) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise TypeError("expected a whole number")
    if v < 0:
        raise ValueError("must not be negative")
    return v


def _as_bool(v: object) -> bool:
    if not isinstance(v, bool):
        raise TypeError("expected true or false")
    return v


def _as_int_list(v: object) -> tuple[int, ...]:
    if not isinstance(v, list | tuple):
        raise TypeError("expected a list of whole numbers")
    return tuple(_as_int(x) for x in v)


def _as_fee_table(v: object) -> Mapping[int, Decimal]:
    if not isinstance(v, Mapping):
        raise TypeError("expected a table of periods = total fee rate")
    out: dict[int, Decimal] = {}
    for k, rate in v.items():
        n = int(str(k))
        if n <= 0:
            raise ValueError("periods must be positive")
        out[n] = _as_decimal(rate)
    return MappingProxyType(dict(sorted(out.items())))


def _enum(cls: type[StrEnum]) -> _Conv:
    def conv(v: object) -> object:
        if not isinstance(v, str):
            raise TypeError(f"expected one of {[e.value for e in cls]}")
        return cls(v)

    return conv


def _day_of_month(v: object) -> int:
    d = _as_int(v)
    if not 1 <= d <= 28:
        raise ValueError("statement day must be 1–28")
    return d


#: The payment is due before the next monthly statement: at most 31 days after this one (the
#: shipped presets: 白条 9, cards 20–25; a due date past the next statement is no monthly cycle).
MAX_DUE_DAYS = 31


def _days_until_due(v: object) -> int:
    d = _as_int(v)
    if d < 1:
        raise MoneyError("must_be_positive")
    if d > MAX_DUE_DAYS:
        raise MoneyError("too_large", maximum=MAX_DUE_DAYS)
    return d


def _fraction(limit: str | Decimal) -> _Conv:
    """A rate below ``limit`` (rejects 0.05 typed where 0.0005 was meant, and absurd rates)."""

    def conv(v: object) -> Decimal:
        d = _as_decimal(v)
        if d >= Decimal(limit):
            raise ValueError(f"rate must be below {limit}")
        return d

    return conv


# rule key -> (converter, allowed units)
_SCHEMA: dict[str, tuple[_Conv, frozenset[str]]] = {
    "billing_mode": (_enum(BillingMode), frozenset({"enum"})),
    "statement_day": (_day_of_month, frozenset({"day-of-month"})),
    "due_days_after_statement": (_days_until_due, frozenset({"days"})),
    "interest_free_days_max": (_as_int, frozenset({"days"})),
    "interest_method": (_enum(InterestMethod), frozenset({"enum"})),
    "daily_rate": (_fraction(MAX_DAILY_RATE), frozenset({"fraction/day"})),
    "annual_rate": (_fraction("2"), frozenset({"fraction/year"})),
    "interest_compounds_monthly": (_as_bool, frozenset({"bool"})),
    "interest_on_fees": (_as_bool, frozenset({"bool"})),
    "minimum_payment_rate": (_fraction("1.0000001"), frozenset({"fraction"})),
    "minimum_payment_floor": (_as_decimal, frozenset({"CNY", "USD"})),
    "late_charge_kind": (_enum(LateChargeKind), frozenset({"enum"})),
    "penalty_daily_rate": (_fraction(MAX_DAILY_RATE), frozenset({"fraction/day"})),
    "penalty_base": (_enum(PenaltyBase), frozenset({"enum"})),
    "penalty_daily_minimum": (_as_decimal, frozenset({"CNY", "USD"})),
    "late_fee_rate": (_fraction("1"), frozenset({"fraction"})),
    "late_fee_rate_repeat": (_fraction("1"), frozenset({"fraction"})),
    "late_fee_repeat_after_cycles": (_as_int, frozenset({"cycles"})),
    "late_fee_minimum": (_as_decimal, frozenset({"CNY", "USD"})),
    "late_fee_first": (_as_decimal, frozenset({"CNY", "USD"})),
    "late_fee_repeat": (_as_decimal, frozenset({"CNY", "USD"})),
    "late_fee_repeat_window_cycles": (_as_int, frozenset({"cycles"})),
    "penalty_apr": (_fraction("2"), frozenset({"fraction/year"})),
    "penalty_apr_trigger_days": (_as_int, frozenset({"days"})),
    "penalty_apr_cure_payments": (_as_int, frozenset({"payments"})),
    "penalty_rate_multiplier": (_fraction("10"), frozenset({"factor"})),
    "instalment_fees": (_as_fee_table, frozenset({"periods:fraction"})),
    "instalment_monthly_fee_rate": (_fraction("0.1"), frozenset({"fraction/month"})),
    "instalment_periods": (_as_int_list, frozenset({"periods"})),
    "reporting_threshold_days": (_as_int, frozenset({"days"})),
    "grace_days": (_as_int, frozenset({"days"})),
    "term_months": (_as_int, frozenset({"months"})),
    "upfront_fee_rate": (_fraction("1"), frozenset({"fraction"})),
}

# Rules that only inform the learner (shown with ⓘ) and are not engine fields.
_INFO_UNITS = frozenset({"text", "days", "fraction", "bool", "enum", "CNY", "USD", "months"})

_KIND_REQUIRED: dict[ProductKind, tuple[str, ...]] = {
    ProductKind.BNPL: ("billing_mode", "late_charge_kind", "penalty_daily_rate", "grace_days"),
    ProductKind.CARD: (
        "interest_method",
        "minimum_payment_rate",
        "late_charge_kind",
        "grace_days",
        "reporting_threshold_days",
    ),
    ProductKind.LOAN: ("annual_rate", "term_months", "late_charge_kind"),
    ProductKind.MORTGAGE: ("annual_rate", "term_months", "late_charge_kind"),
}


def _derive(meta: _Meta, rules: Mapping[str, Rule]) -> Product:
    """Build the typed product from its rules (raises _MissingRuleError for a required key)."""
    for key in _KIND_REQUIRED[meta.kind]:
        if key not in rules:
            raise _MissingRuleError(key)
    return Product(
        id=meta.id,
        names=MappingProxyType(dict(meta.names)),
        currency=meta.currency,
        kind=meta.kind,
        rules=MappingProxyType(dict(rules)),
    )


class _MissingRuleError(KeyError):
    pass


@dataclass(frozen=True)
class _Meta:
    id: str
    names: Mapping[str, str]
    currency: Currency
    kind: ProductKind


# --- loading ---------------------------------------------------------------------------------

_LINE_RE = re.compile(r"line (\d+)")


def _line_of(text: str, *needles: str) -> int | None:
    """The 1-based line of the first needle found (headers like ``[rules.x]`` or ``key =``)."""
    lines = text.splitlines()
    for needle in needles:
        pattern = re.compile(rf"^\s*(\[\s*{re.escape(needle)}\s*\]|{re.escape(needle)}\s*=)")
        for i, line in enumerate(lines, 1):
            if pattern.search(line):
                return i
    return None


def _convert_value(key: str, raw: object) -> RuleValue:
    if key in _SCHEMA:
        return _SCHEMA[key][0](raw)  # type: ignore[return-value]
    if isinstance(raw, Decimal | int | str | bool):
        return raw
    if isinstance(raw, list):
        return _as_int_list(raw)
    if isinstance(raw, Mapping):
        return _as_fee_table(raw)
    raise TypeError("unsupported value")


def _is_day(value: object) -> bool:
    """A TOML date (``2024-01-01``), not a date-time: a rule holds on a day."""
    return isinstance(value, date) and not isinstance(value, datetime)


def _chinese_text(table: Mapping[str, object], field: str) -> str | None:
    """The table's optional Chinese text ``field`` (``source_zh``, ``note_zh``), or None.

    Raises:
        TypeError: it is present but not text, or blank.
    """
    if field not in table:
        return None
    value = table[field]
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"{field} must be non-empty text")
    return value


def _parse_rule(key: str, raw: object) -> Rule:
    if not isinstance(raw, Mapping):
        raise TypeError("a rule must be a table with value, unit, source, as_of")
    for required in ("value", "unit", "source", "as_of"):
        if required not in raw:
            raise ValueError(f"missing {required!r}")
    unit, source, as_of = raw["unit"], raw["source"], raw["as_of"]
    if not isinstance(unit, str) or not isinstance(source, str) or not source.strip():
        raise TypeError("unit and source must be non-empty text")
    if not _is_day(as_of):
        raise TypeError("as_of must be a date written YYYY-MM-DD, like 2024-01-01")
    if key in _SCHEMA and unit not in _SCHEMA[key][1]:
        raise ValueError(f"unit {unit!r} not one of {sorted(_SCHEMA[key][1])}")
    if key not in _SCHEMA and unit not in _INFO_UNITS:
        raise ValueError(f"unknown rule with unit {unit!r}")
    strength = raw.get("strength")
    alternatives = []
    for alt in raw.get("alternatives", []):
        if not isinstance(alt, Mapping) or not {"value", "source", "as_of"} <= alt.keys():
            raise ValueError("each alternative needs value, source, as_of")
        if not _is_day(alt["as_of"]):
            raise TypeError("alternative as_of must be a date written YYYY-MM-DD")
        alternatives.append(
            Alternative(
                value=_convert_value(key, alt["value"]),
                source=str(alt["source"]),
                as_of=alt["as_of"],
                note=str(alt.get("note", "")),
                source_zh=_chinese_text(alt, "source_zh"),
            )
        )
    unknown = set(raw) - {
        "value",
        "unit",
        "source",
        "source_zh",
        "as_of",
        "strength",
        "uncertain",
        "illustrative",
        "note",
        "note_zh",
        "alternatives",
        "user_edited",
    }
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)}")
    return Rule(
        key=key,
        value=_convert_value(key, raw["value"]),
        unit=unit,
        source=source,
        as_of=as_of,
        strength=Strength(strength) if strength is not None else None,
        uncertain=_as_bool(raw.get("uncertain", False)),
        illustrative=_as_bool(raw.get("illustrative", False)),
        note=str(raw.get("note", "")),
        alternatives=tuple(alternatives),
        user_edited=_as_bool(raw.get("user_edited", False)),
        source_zh=_chinese_text(raw, "source_zh"),
        note_zh=_chinese_text(raw, "note_zh"),
    )


def parse_preset(text: str, file: str = "<text>") -> Product:
    """Parse and validate one preset's TOML text.

    Raises:
        ProductError: ``preset_syntax`` or ``preset_invalid`` with ``file`` and ``line`` (None
            when the line cannot be told).
    """
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        m = _LINE_RE.search(str(exc))
        raise ProductError(
            "preset_syntax", file=file, line=int(m.group(1)) if m else None, detail=str(exc)
        ) from None

    def invalid(key: str, detail: str, *needles: str) -> ProductError:
        return ProductError(
            "preset_invalid",
            file=file,
            line=_line_of(text, *(needles or (key,))),
            key=key,
            detail=detail,
        )

    for top in ("id", "names", "currency", "kind"):
        if top not in data:
            return_err = invalid(top, "missing", top)
            return_err.params["line"] = None
            raise return_err
    names = data["names"]
    if not isinstance(names, Mapping) or not {"zh", "en"} <= names.keys():
        raise invalid("names", "needs zh and en", "names")
    try:
        meta = _Meta(
            id=str(data["id"]),
            names={str(k): str(v) for k, v in names.items()},
            currency=Currency(data["currency"]),
            kind=ProductKind(data["kind"]),
        )
    except ValueError as exc:
        raise invalid("currency/kind", str(exc), "currency", "kind") from None
    if not re.fullmatch(r"[a-z0-9_]+", meta.id):
        raise invalid("id", "use lower-case letters, digits and _", "id")
    raw_rules = data.get("rules", {})
    if not isinstance(raw_rules, Mapping):
        raise invalid("rules", "must be tables [rules.<name>]", "rules")
    unknown_top = set(data) - {"id", "names", "currency", "kind", "rules"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise invalid(key, "unknown top-level key", key)
    rules: dict[str, Rule] = {}
    for key, raw in raw_rules.items():
        try:
            rules[key] = _parse_rule(key, raw)
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise invalid(key, str(exc), f"rules.{key}") from None
    try:
        return _derive(meta, rules)
    except _MissingRuleError as exc:
        raise invalid(str(exc.args[0]), f"required for kind {meta.kind.value}", "rules") from None


def load_preset(product_id: str, directory: Path | None = None) -> Product:
    """Load one preset by id from ``directory`` (default: ``assets/products``).

    Raises:
        ProductError: ``preset_not_found`` or a validation error naming the file and line.
    """
    folder = directory if directory is not None else paths.products_dir()
    if len(product_id) > MAX_ID_CHARS or not re.fullmatch(r"[a-z0-9_]+", product_id):
        raise ProductError("preset_not_found", id=product_id[:MAX_ID_CHARS])
    path = folder / f"{product_id}.toml"
    try:
        status = path.stat()
        found = stat.S_ISREG(status.st_mode)
    except OSError:
        found = False
    if not found:
        raise ProductError("preset_not_found", id=product_id)
    # A lesson pack's blocks ask for the same presets dozens of times: parse each file once,
    # and again whenever it changes (another inode, size or modification time).
    key = (str(path), status.st_ino, status.st_size, status.st_mtime_ns)
    cached = _parsed.get(key)
    if cached is not None:
        return cached
    text = path.read_text(encoding="utf-8")
    product = parse_preset(text, file=str(path))
    _check_sources(product, text, str(path))
    if product.id != product_id:
        raise ProductError(
            "preset_invalid",
            file=str(path),
            line=_line_of(path.read_text(encoding="utf-8"), "id"),
            key="id",
            detail=f"id {product.id!r} does not match the file name",
        )
    if len(_parsed) >= _MAX_PARSED:
        _parsed.clear()
    _parsed[key] = product
    return product


#: Presets parsed by :func:`load_preset`, by file and the file's state (products are frozen).
_parsed: dict[tuple[str, int, int, int], Product] = {}
_MAX_PARSED = 64


def _check_sources(product: Product, text: str, file: str) -> None:
    """Refuse a preset file whose sources or notes a reader could not look up.

    Raises:
        ProductError: ``preset_invalid`` with the rule's key and the line of the flawed text.
    """
    for key, rule in product.rules.items():
        shown = [("source", rule.source, False), ("note", rule.note, True)]
        shown += [("source_zh", rule.source_zh or "", True), ("note_zh", rule.note_zh or "", True)]
        for alt in rule.alternatives:
            shown += [("alternative's source", alt.source, False)]
            shown += [("alternative's source_zh", alt.source_zh or "", True)]
            shown += [("alternative's note", alt.note, True)]
        for field, value, empty_ok in shown:
            for finding in citations.findings(value, empty_ok=empty_ok):
                raise ProductError(
                    "preset_invalid",
                    file=file,
                    line=_line_in_rule(text, key, finding.text, field),
                    key=key,
                    detail=f"the {field} {citations.describe(finding)}",
                )


def _line_in_rule(text: str, key: str, fragment: str, field: str) -> int | None:
    """The line of ``fragment`` (else of the ``source``/``note`` key, else the header) inside the
    table ``[rules.<key>]``."""
    header = _line_of(text, f"rules.{key}")
    if header is None:
        return None
    lines = text.splitlines()
    end = next(
        (i for i in range(header, len(lines)) if lines[i].lstrip().startswith("[")), len(lines)
    )
    name = field.rsplit(" ", 1)[-1]
    alternative = field.startswith("alternative")
    for i in range(header, end):
        line = lines[i]
        in_alternative = line.lstrip().startswith("{")
        if alternative != in_alternative:
            continue
        if (fragment and fragment in line) or (not fragment and f"{name} =" in line):
            return i + 1
    return header


def load_presets(directory: Path | None = None) -> dict[str, Product]:
    """Load and validate every ``*.toml`` preset in ``directory``, keyed by id (sorted)."""
    folder = directory if directory is not None else paths.products_dir()
    return {p.stem: load_preset(p.stem, folder) for p in sorted(folder.glob("*.toml"))}


# --- editing and saving ----------------------------------------------------------------------


def with_terms(
    product: Product,
    *,
    id: str | None = None,
    names: Mapping[str, str] | None = None,
    as_of: date | None = None,
    **changes: object,
) -> Product:
    """A copy of ``product`` with some rules' values changed (a user's own copy of a preset).

    Args:
        id: new id for the copy (keeps the preset's id if None).
        names: new names ``{"zh": …, "en": …}``.
        as_of: the date of the user's edit (kept on edited rules; the original date if None).
        **changes: rule keys with new values, e.g. ``penalty_daily_rate=Decimal("0.0005")``.
            Strings are accepted for numbers (``"0.0005"``). A rule the preset lacks is added
            with the source "user".

    Raises:
        ProductError: ``term_invalid`` with the key and the reason, or the code of a bound
            the term states (``too_large`` with its ``maximum``, ``must_be_positive``).
    """
    rules = dict(product.rules)
    for key, raw in changes.items():
        if key not in _SCHEMA:
            raise ProductError("term_invalid", key=key, detail="unknown term")
        value: object = raw
        if isinstance(raw, str) and key not in ("billing_mode",) and not _is_enum_key(key):
            try:
                value = Decimal(raw) if "." in raw or not raw.isdigit() else int(raw)
            except ArithmeticError:
                raise ProductError("term_invalid", key=key, detail="not a number") from None
        if isinstance(value, float):
            raise ProductError("term_invalid", key=key, detail="floats are not accepted")
        try:
            converted = _convert_value(key, value)
        except MoneyError as exc:  # a bound the term states: its message names the limit
            raise ProductError(exc.code, key=key, **exc.params) from None
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise ProductError("term_invalid", key=key, detail=str(exc)) from None
        old = rules.get(key)
        if old is None:
            unit = sorted(_SCHEMA[key][1])[0]
            if unit in ("CNY", "USD"):
                unit = product.currency.value
            rules[key] = Rule(
                key=key,
                value=converted,
                unit=unit,
                source="user",
                as_of=as_of or date.min,
                user_edited=True,
            )
        else:
            rules[key] = replace(old, value=converted, as_of=as_of or old.as_of, user_edited=True)
    meta = _Meta(
        id=id if id is not None else product.id,
        names=names if names is not None else product.names,
        currency=product.currency,
        kind=product.kind,
    )
    try:
        return _derive(meta, rules)
    except (TypeError, ValueError) as exc:
        raise ProductError("term_invalid", key="?", detail=str(exc)) from None


def _is_enum_key(key: str) -> bool:
    return key in ("interest_method", "late_charge_kind", "penalty_base", "billing_mode")


def _toml_str(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def _toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal):
        text = format(v, "f")
        return text if "." in text else text + ".0"
    if isinstance(v, str | StrEnum):
        return _toml_str(str(v))
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple | list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, Mapping):
        return "{ " + ", ".join(f'"{k}" = {_toml_value(x)}' for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {v!r}")


def to_toml(product: Product) -> str:
    """The product as preset TOML (round-trips through :func:`parse_preset`)."""
    lines = [
        f"id = {_toml_str(product.id)}",
        f"currency = {_toml_str(product.currency.value)}",
        f"kind = {_toml_str(product.kind.value)}",
        "",
        "[names]",
        *(f"{k} = {_toml_str(v)}" for k, v in product.names.items()),
    ]
    for key, rule in product.rules.items():
        lines += [
            "",
            f"[rules.{key}]",
            f"value = {_toml_value(rule.value)}",
            f"unit = {_toml_str(rule.unit)}",
            f"source = {_toml_str(rule.source)}",
            *([f"source_zh = {_toml_str(rule.source_zh)}"] if rule.source_zh else []),
            f"as_of = {rule.as_of.isoformat()}",
        ]
        if rule.strength is not None:
            lines.append(f"strength = {_toml_str(rule.strength.value)}")
        if rule.uncertain:
            lines.append("uncertain = true")
        if rule.illustrative:
            lines.append("illustrative = true")
        if rule.note:
            lines.append(f"note = {_toml_str(rule.note)}")
        if rule.note_zh:
            lines.append(f"note_zh = {_toml_str(rule.note_zh)}")
        if rule.user_edited:
            lines.append("user_edited = true")
        if rule.alternatives:
            alts = []
            for alt in rule.alternatives:
                parts = [
                    f"value = {_toml_value(alt.value)}",
                    f"source = {_toml_str(alt.source)}",
                    *([f"source_zh = {_toml_str(alt.source_zh)}"] if alt.source_zh else []),
                    f"as_of = {alt.as_of.isoformat()}",
                ]
                if alt.note:
                    parts.append(f"note = {_toml_str(alt.note)}")
                alts.append("  { " + ", ".join(parts) + " },")
            lines += ["alternatives = [", *alts, "]"]
    return "\n".join(lines) + "\n"
