"""``duewise calc``: the finance engine on the command line (readable tables, or ``--json``).

Every subcommand's options are listed once in :data:`SPECS`; the values are handed as strings to
:func:`duewise.finance.calc.run`, which validates them, so the command line, the app and lesson
quizzes share one set of rules and one set of results. Bad input exits with status 2 and a single
line naming the option (``duewise calc loan: --months must be a whole number ≥ 1``), never a
traceback.

Options and JSON keys are a public interface that teachers script against (issue #3): do not
rename them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from duewise import pipes
from duewise.finance import calc, numbers, products
from duewise.finance.money import MAX_AMOUNT, MAX_ANNUAL_RATE, MAX_MONTHS, MoneyError

PROG = "duewise calc"


@dataclass(frozen=True)
class Option:
    """One ``--option`` of a subcommand. ``json_file``: the value is a JSON file to read."""

    name: str
    help: str
    metavar: str = "N"
    json_file: bool = False


@dataclass(frozen=True)
class Spec:
    """A subcommand: its help line and options."""

    help: str
    options: tuple[Option, ...]


_MONEY = "AMOUNT"
_PCT = "PERCENT"
_PRESETS = ", ".join(products.PRESET_IDS)

SPECS: dict[str, Spec] = {
    "loan": Spec(
        "instalment-loan schedule: 等额本息 (equal-payment) or 等额本金 (equal-principal)",
        (
            Option("principal", "amount borrowed (required)", _MONEY),
            Option("annual-rate", "APR in percent, e.g. 8.24 (required)", _PCT),
            Option("months", "number of monthly payments, 1-1200 (required)"),
            Option("method", "equal-payment (default) or equal-principal", "METHOD"),
        ),
    ),
    "payoff": Spec(
        "pay down a card balance with a fixed payment or the minimum",
        (
            Option("balance", "balance owed (required)", _MONEY),
            Option("apr", "APR in percent (required)", _PCT),
            Option("payment", "fixed monthly payment (or use --min-percent)", _MONEY),
            Option("min-percent", "minimum payment, percent of the balance", _PCT),
            Option("min-floor", "smallest minimum payment (default 0)", _MONEY),
        ),
    ),
    "disclosure": Spec(
        "CARD Act minimum-payment warning (Reg Z §1026.7(b)(12)); also for 10 %% minimums",
        (
            Option("balance", "statement balance (required)", _MONEY),
            Option("apr", "APR in percent (required)", _PCT),
            Option("min-percent", "minimum payment, percent of the balance (required)", _PCT),
            Option("min-floor", "smallest minimum payment (default 0)", _MONEY),
        ),
    ),
    "instalment": Spec(
        "instalment (分期) fees and their true annual rate (PBOC 〔2021〕第3号)",
        (
            Option("principal", "amount split into instalments (required)", _MONEY),
            Option("periods", "number of instalments (required)"),
            Option("monthly-fee-rate", "flat monthly fee on the principal, percent", _PCT),
            Option(
                "product",
                f"use a preset's fee table instead (cn_huabei has one); presets: {_PRESETS}",
                "PRESET",
            ),
            Option("upfront-fee", "fee taken at the start (default 0)", _MONEY),
        ),
    ),
    "true-rate": Spec(
        "true annual rate of a loan with an upfront fee and level payments",
        (
            Option("amount", "amount borrowed (required)", _MONEY),
            Option("upfront-fee", "fee taken at the start (default 0)", _MONEY),
            Option("payment", "monthly payment (required)", _MONEY),
            Option("periods", "number of payments (required)"),
        ),
    ),
    "late": Spec(
        "late charge (违约金, late fee, 罚息) of a preset",
        (
            Option("product", f"preset id (required): {_PRESETS}", "PRESET"),
            Option("amount", "amount overdue (required)", _MONEY),
            Option("days-late", "days past the due date (required)"),
            Option("daily-rate", "penalty rate in percent per day (default: the preset's)", _PCT),
            Option("instalment-fees", "unpaid instalment fees of the order (default 0)", _MONEY),
        ),
    ),
    "adb": Spec(
        "interest by the average-daily-balance method",
        (
            Option("apr", "APR in percent (required)", _PCT),
            Option("balances", "balance x days, comma-separated: 200x3,300x17 (required)", "LIST"),
            Option("days-in-year", "365 (default) or 360"),
        ),
    ),
    "missed": Spec(
        "missed payments: cost and the credit-report record",
        (
            Option("product", f"preset id (required): {_PRESETS}", "PRESET"),
            Option("balance", "balance owed (required)", _MONEY),
            Option("missed", "cycles missed in a row (required)"),
            Option("start", "first month, YYYY-MM", "YYYY-MM"),
            Option("then", "catch-up, keep-missing or negotiate", "WHAT"),
        ),
    ),
    "remedies": Spec(
        "after missed payments: repay now, negotiate a plan, pay the minimum or keep missing, "
        "side by side",
        (
            Option("product", f"preset id (required): {_PRESETS}", "PRESET"),
            Option("balance", "statement or loan amount (required)", _MONEY),
            Option("missed", "cycles missed in a row before the remedy (required)"),
            Option("start", "month of the first statement, YYYY-MM (required)", "YYYY-MM"),
            Option(
                "negotiate-months",
                "length of the negotiated plan (个性化分期 / 协商还款), 1-60, default 12",
                "M",
            ),
            Option(
                "horizon",
                "months compared (default: long enough for every remedy to play out)",
                "MONTHS",
            ),
        ),
    ),
    "plan": Spec(
        "repayment plan for several debts",
        (
            Option(
                "debts",
                "JSON file: a list of {name, balance, apr, min_payment} (required)",
                "FILE.json",
                json_file=True,
            ),
            Option("budget", "money for debts each month (required)", _MONEY),
            Option("strategy", "avalanche, snowball, custom or minimum (required)", "STRATEGY"),
            Option("order", "for custom: debt names by priority, comma-separated", "NAMES"),
            Option("extra", "recurring extra payment each month (default 0)", _MONEY),
            Option("lump-sums", "one-off payments MONTH:AMOUNT, comma-separated", "LIST"),
        ),
    ),
}


class _UsageError(Exception):
    """A one-line complaint about the command line, already worded."""

    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message)
        self.prog = prog
        self.message = message


class _Parser(argparse.ArgumentParser):
    """``argparse`` reporting mistakes as one line (via :class:`_UsageError`), not exiting."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(self.prog, message)


# --- limits (stated in every --help and in the messages that enforce them) ---------------------

JSON_MAX_BYTES = 1_000_000
"""Largest JSON file read (1 MB)."""
JSON_MAX_DEPTH = 32
"""Deepest nesting of lists and objects in a JSON file."""


def limits_text(spec: Spec) -> str:
    """The limits every number (and file) of a command is read with, for its ``--help``."""
    text = (
        "Limits: numbers use the digits 0-9 (full-width digits too), at most "
        f"{numbers.MAX_CHARS} characters, {numbers.MAX_INTEGER_DIGITS} digits before the point "
        f"and {numbers.MAX_PLACES} after (1e-25 has 25); a comma or a space only groups "
        "thousands (1,000,000), so 2,5 and 1,0,0,0 are refused. Amounts: whole cents, at most "
        f"{MAX_AMOUNT:,}. Rates: 0 to {MAX_ANNUAL_RATE * 100:f} % a year. Months: 1 to "
        f"{MAX_MONTHS}. Arithmetic: Decimal with {numbers.DECIMAL_DIGITS} significant digits; "
        "a result that would not fit (a true rate above 1000 % a month) is refused."
    )
    if any(option.json_file for option in spec.options):
        text += (
            f" Files: UTF-8 JSON of at most {JSON_MAX_BYTES // 1_000_000} MB, nested at most "
            f"{JSON_MAX_DEPTH} levels; numbers in them follow the same rules."
        )
    return text


def build_parser() -> argparse.ArgumentParser:
    """The ``duewise calc`` parser: one subcommand per entry of :data:`SPECS`."""
    parser = _Parser(
        prog=PROG,
        description="DueWise finance calculators. Percentages are written in percent (18 = 18 %).",
        allow_abbrev=False,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, spec in SPECS.items():
        sub = commands.add_parser(
            name,
            help=spec.help,
            description=spec.help,
            epilog=limits_text(spec),
            allow_abbrev=False,
        )
        for option in spec.options:
            sub.add_argument(f"--{option.name}", metavar=option.metavar, help=option.help)
        sub.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


# --- error messages -----------------------------------------------------------------------------

_MESSAGES = {
    "missing": "{label} is required",
    "not_a_number": "{label} must be a number, not {value!r}",
    "not_ascii_digits": "{label} must be written with the digits 0-9, not {value!r}",
    "ambiguous_comma": (
        "{label}: {value!r} is ambiguous: a comma only separates thousands (1,000); "
        "write a decimal with a point (2.5)"
    ),
    "bad_grouping": (
        "{label}: {value!r}: commas or spaces may only group digits in groups of three (1,000,000)"
    ),
    "number_too_long": "{label} must be a number of at most {maximum} characters",
    "too_many_digits": "{label} must have at most {maximum} digits before the decimal point",
    "too_many_places": "{label} must have at most {maximum} decimal places",
    "not_whole_cents": (
        "{label} is an amount of money: at most {maximum} decimal places (whole cents), "
        "not {value!r}"
    ),
    "too_small": "{label} must be at least {minimum}",
    "instalment_repays_nothing": (
        "{label}: {value} monthly payments of {payment} would repay none of {principal} "
        "(each must repay at least 0.01); use fewer months or a larger amount"
    ),
    "true_rate_too_high": (
        "{label}: the true rate would be above {maximum_percent} % a month, more than DueWise "
        "computes; check the amounts"
    ),
    "out_of_range": (
        "a result does not fit in the {digits} significant digits DueWise computes with; "
        "use smaller amounts, rates or terms"
    ),
    "not_a_whole_number": "{label} must be a whole number ≥ {minimum}",
    "must_be_positive": "{label} must be greater than 0",
    "must_not_be_negative": "{label} must not be negative",
    "too_large": "{label} must be at most {maximum}",
    "rate_too_high": "{label} must be at most {maximum_percent:f} (percent)",
    "not_a_choice": "{label} must be one of: {choices}",
    "bad_choice": "{label} cannot be {value!r}",
    "choose_one": "give either {label} or {other}, exactly one",
    "requires": "{label} needs {other}",
    "unknown_param": "unknown option {label}",
    "upfront_fee_too_large": "{label} must be less than the amount borrowed",
    "periods_not_offered": "{label} must be one of the product's terms: {offered}",
    "preset_not_found": "{label}: no product preset {value!r}",
    "preset_syntax": "{label}: the preset file {file} cannot be read (line {line}): {detail}",
    "preset_invalid": (
        "{label}: the preset file {file} cannot be used (line {line}, {key}): {detail}"
    ),
    "no_instalment_fees": "{label}: preset {value!r} has no instalment fee table",
    "bad_balances": "{label} must look like 200x3,300x17 (balance x days)",
    "bad_lump_sums": "{label} must look like 12:500,24:1000 (month:amount)",
    "bad_month": "{label} must be a month written YYYY-MM",
    "debts_not_a_list": "{label} must hold a non-empty list of debts",
    "debt_not_an_object": "{label}: debt {debt} must be {{name, balance, apr, min_payment}}",
    "duplicate_name": "{label}: two debts are named {value!r}",
    "unknown_debt": "{label}: no debt named {value!r}",
    "unknown_command": "unknown command {value!r}",
}


def _option_label(param: str) -> str:
    # A name can come from a JSON file (an unknown key): shown, so no control character or
    # line break reaches the one-line message.
    return "--" + numbers.shown(param, 40).replace("_", "-")


def describe(error: MoneyError, label: str | None = None) -> str:
    """An English one-liner for a ``MoneyError`` from :func:`duewise.finance.calc.run`."""
    params = {
        k: numbers.shown(v) if k in ("value", "id", "token", "name") else v
        for k, v in error.params.items()
    }
    for key in ("file", "key", "detail"):  # a preset file's own words: one line, not a screenful
        if key in params:
            params[key] = numbers.shown(params[key], 240)
    if label is None:
        param = params.get("param")
        if not param and error.code.startswith("preset_"):
            # Preset errors from the products loader name the id, not the option.
            param, params["value"] = "product", params.get("id")
        label = _option_label(str(param)) if param else "input"
    if "other" in params:
        params["other"] = _option_label(str(params["other"]))
    for key in ("choices", "offered"):
        items = params.get(key)
        if isinstance(items, list):
            params[key] = ", ".join(str(item) for item in items)
    template = _MESSAGES.get(error.code, "{label}: " + error.code.replace("_", " "))
    try:
        return template.format(label=label, **{k: v for k, v in params.items() if k != "label"})
    except (KeyError, ValueError, IndexError):
        return f"{label}: {error.code.replace('_', ' ')}"


def _describe_debt_error(error: MoneyError, file: str) -> str:
    field = error.params.get("field")
    debt = error.params.get("debt")
    name = error.params.get("name")
    where = f"debt {debt}" + (
        f" ({numbers.shown(name, 40)})" if isinstance(name, str) and name else ""
    )
    if debt is None:
        return describe(error, f"--debts {file}")
    inner = MoneyError(
        error.code, **{k: v for k, v in error.params.items() if k not in {"field", "debt", "name"}}
    )
    return f"--debts {file}: {where}: " + describe(inner, numbers.shown(field or "entry", 40))


def json_depth(text: str) -> int:
    """How deeply lists and objects nest in JSON ``text`` (one linear scan, strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _load_json(path_text: str, label: str) -> object:
    """Read a JSON file within the limits: size, depth; numbers kept as text for the one parser."""
    path = Path(path_text)
    try:
        with path.open("rb") as handle:
            data = handle.read(JSON_MAX_BYTES + 1)
    except OSError as error:
        where = numbers.shown(path, 80)
        raise _UsageError("", f"{label} {where}: cannot read ({error.strerror or error})") from None
    where = numbers.shown(path, 80)
    if len(data) > JSON_MAX_BYTES:
        raise _UsageError("", f"{label} {where}: larger than {JSON_MAX_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _UsageError("", f"{label} {where}: not UTF-8 text") from None
    if json_depth(text) > JSON_MAX_DEPTH:
        raise _UsageError("", f"{label} {where}: nested deeper than {JSON_MAX_DEPTH} levels")
    try:
        # Numbers stay text: they are read by the same rules as options (never a float, never
        # a 5,000-digit int); NaN and Infinity are refused.
        return json.loads(text, parse_float=str, parse_int=str, parse_constant=_json_constant)
    except json.JSONDecodeError as error:
        raise _UsageError(
            "", f"{label} {where} line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except (RecursionError, ValueError) as error:
        raise _UsageError("", f"{label} {where}: {numbers.shown(error, 80)}") from None


def _json_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


# --- readable output ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_cell(item) for item in value) or "—"
    return str(value)


def _render_remedies(result: Mapping[str, object]) -> str:
    """The remedies side by side: one row each, the record as a string of codes."""
    lines = [f"{PROG} remedies"]
    for key in ("product", "balance", "missed", "start", "horizon"):
        lines.append(f"  {key:<11}  {_cell(result.get(key))}")
    rows = [["name", "total", "extra", "record", "visible until", "settled", "flags"]]
    remedies = result.get("remedies")
    for item in remedies if isinstance(remedies, list) else []:
        if not isinstance(item, dict):
            continue
        record = item.get("record")
        codes = (
            " ".join(str(m.get("code")) for m in record if isinstance(m, dict))
            if isinstance(record, list)
            else ""
        )
        settlement = item.get("settlement")
        settled = settlement.get("kind") if isinstance(settlement, dict) else None
        rows.append(
            [
                _cell(item.get("name")),
                _cell(item.get("total_cost")),
                _cell(item.get("extra_cost")),
                codes if len(codes) <= 48 else codes[:47] + "…",
                _cell(item.get("visible_until")),
                _cell(settled),
                _cell(item.get("flags")),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines.append("")
    lines.extend("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows)
    lines.append("")
    lines.append(
        f"recommended: {_cell(result.get('recommended'))} ({_cell(result.get('reason_text'))})"
    )
    return "\n".join(line.rstrip() for line in lines)


def render(command: str, result: Mapping[str, object]) -> str:
    """A plain-text view of a result: its figures, then any tables (lists of rows)."""
    if command == "remedies":
        return _render_remedies(result)
    lines = [f"{PROG} {command}"]
    scalars = {
        k: v
        for k, v in result.items()
        if not isinstance(v, dict) and not (isinstance(v, list) and v and isinstance(v[0], dict))
    }
    width = max((len(k) for k in scalars), default=0)
    for key, value in scalars.items():
        lines.append(f"  {key.replace('_', ' '):<{width}}  {_cell(value)}")
    for key, value in result.items():
        if isinstance(value, dict):
            lines.append(f"  {key.replace('_', ' ')}:")
            inner = max((len(str(k)) for k in value), default=0)
            lines.extend(f"    {k!s:<{inner}}  {_cell(v)}" for k, v in value.items())
    for key, value in result.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append("")
            lines.append(f"{key.replace('_', ' ')}:")
            columns = list(value[0])
            cells = [[_cell(row.get(c)) for c in columns] for row in value]
            widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
            lines.append("  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True)))
            lines.extend(
                "  ".join(v.rjust(w) for v, w in zip(row, widths, strict=True)) for row in cells
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``duewise calc``; returns the exit status (0 ok, 2 bad input)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args, unknown = parser.parse_known_args(args_list)
        if unknown:
            where = f"{PROG} {args.command}" if args.command else PROG
            raise _UsageError(where, "unrecognized arguments: " + " ".join(unknown))
    except _UsageError as error:
        print(f"{error.prog}: {error.message}", file=sys.stderr)
        return 2
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    command: str | None = args.command
    if command is None:
        parser.print_help(sys.stderr)
        return 2
    prog = f"{PROG} {command}"
    params: dict[str, object] = {}
    debts_file = ""
    try:
        for option in SPECS[command].options:
            value = getattr(args, option.name.replace("-", "_"))
            if value is None:
                continue
            if option.json_file:
                debts_file = value
                params[option.name.replace("-", "_")] = _load_json(value, f"--{option.name}")
            else:
                params[option.name.replace("-", "_")] = value
        result = calc.run(command, params)
    except _UsageError as error:
        print(f"{prog}: {error.message}", file=sys.stderr)
        return 2
    except MoneyError as error:
        if error.params.get("param") == "debts" and debts_file:
            message = _describe_debt_error(error, debts_file)
        else:
            message = describe(error)
        print(f"{prog}: {message}", file=sys.stderr)
        return 2
    text = (
        json.dumps(result, ensure_ascii=False, indent=2) if args.json else render(command, result)
    )
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped reading (``| head``): that is not an error of ours. Point stdout at
        # /dev/null so the interpreter's own flush at exit stays quiet too.
        _silence_stdout()
    return 0


def _silence_stdout() -> None:
    pipes.silence_stdout()
