"""Product presets: every preset loads, every rule is sourced and dated, bad files say where."""

from __future__ import annotations

import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from duewise import paths
from duewise.finance import products
from duewise.finance.products import InterestMethod, LateChargeKind, ProductError, ProductKind


@pytest.fixture(scope="module")
def presets() -> dict[str, products.Product]:
    return products.load_presets()


def test_exactly_the_agreed_ids_ship(presets: dict[str, products.Product]) -> None:
    assert sorted(presets) == sorted(products.PRESET_IDS)


@pytest.mark.parametrize("preset_id", products.PRESET_IDS)
def test_every_rule_has_source_and_date(
    presets: dict[str, products.Product], preset_id: str
) -> None:
    product = presets[preset_id]
    assert product.names["zh"] and product.names["en"]
    assert product.rules
    for key, rule in product.rules.items():
        assert rule.key == key
        assert rule.source.strip(), key
        assert isinstance(rule.as_of, date), key
        assert rule.unit, key
        for alt in rule.alternatives:
            assert alt.source.strip() and isinstance(alt.as_of, date), key


@pytest.mark.parametrize("preset_id", products.PRESET_IDS)
def test_round_trip_through_toml(presets: dict[str, products.Product], preset_id: str) -> None:
    product = presets[preset_id]
    assert products.parse_preset(products.to_toml(product)) == product


def test_chinese_texts_are_carried_beside_the_english_ones(
    presets: dict[str, products.Product],
) -> None:
    rule = presets["cn_jd_baitiao"].rules["penalty_daily_rate"]
    assert rule.source_in("en") == rule.source and rule.note_in("en") == rule.note
    assert rule.source_zh is not None and "违约金每天 0.07 %" in rule.source_zh
    assert rule.source_in("zh") == rule.source_zh and rule.note_in("zh") == rule.note_zh
    alt = rule.alternatives[0]
    assert alt.source_zh is not None and alt.source_in("zh") == alt.source_zh
    assert alt.source_in("en") == alt.source
    # A learner's copy keeps them (to_toml writes them back).
    copy = products.parse_preset(products.to_toml(presets["cn_jd_baitiao"]))
    assert copy.rules["penalty_daily_rate"].source_zh == rule.source_zh
    # A preset without Chinese texts (they are optional) shows the English ones.
    text = (paths.products_dir() / "cn_jd_baitiao.toml").read_text(encoding="utf-8")
    text = re.sub(r"^(source|note)_zh = .*\n", "", text, flags=re.M)
    bare = products.parse_preset(re.sub(r', source_zh = "[^"]*"', "", text))
    for r in bare.rules.values():
        assert r.source_zh is None and r.source_in("zh") == r.source
        assert r.note_in("zh") == r.note
        assert all(a.source_in("zh") == a.source for a in r.alternatives)


def test_baitiao_rules_from_the_reference(presets: dict[str, products.Product]) -> None:
    jd = presets["cn_jd_baitiao"]
    assert jd.kind is ProductKind.BNPL and jd.currency is products.Currency.CNY
    assert jd.penalty_daily_rate == Decimal("0.0007")
    rule = jd.rules["penalty_daily_rate"]
    assert rule.uncertain
    assert [a.value for a in rule.alternatives] == [Decimal("0.0005")]
    assert jd.due_days_after_statement == 9
    assert jd.penalty_daily_minimum == Decimal("0.01")
    assert jd.instalment_monthly_fee_rate == Decimal("0.005")
    assert jd.instalment_periods == (3, 6, 12, 24)


def test_huabei_fee_table(presets: dict[str, products.Product]) -> None:
    hb = presets["cn_huabei"]
    assert dict(hb.instalment_fees) == {
        3: Decimal("0.023"),
        6: Decimal("0.045"),
        12: Decimal("0.075"),
    }
    assert hb.penalty_daily_rate == Decimal("0.0005")
    assert hb.rules["penalty_daily_rate"].uncertain


def test_bank_card_defaults_to_full_interest_with_alternative(
    presets: dict[str, products.Product],
) -> None:
    card = presets["cn_bank_card"]
    assert card.interest_method is InterestMethod.FULL
    alts = card.rules["interest_method"].alternatives
    assert [a.value for a in alts] == [InterestMethod.UNPAID_PART]
    assert card.late_charge_kind is LateChargeKind.CARD_FEE
    assert (card.late_fee_rate, card.late_fee_rate_repeat, card.late_fee_minimum) == (
        Decimal("0.05"),
        Decimal("0.06"),
        Decimal("30"),
    )
    assert card.daily_rate == Decimal("0.0005")
    assert card.annual_rate == Decimal("0.1825")
    assert card.grace_days == 0 and card.rules["grace_days"].uncertain


def test_us_card_safe_harbor_and_penalty_apr(presets: dict[str, products.Product]) -> None:
    us = presets["us_card"]
    assert (us.late_fee_first, us.late_fee_repeat) == (Decimal("32"), Decimal("43"))
    assert Decimal("30") in [a.value for a in us.rules["late_fee_first"].alternatives]
    assert us.penalty_apr == Decimal("0.2999") and us.rules["penalty_apr"].illustrative
    assert (us.penalty_apr_trigger_days, us.penalty_apr_cure_payments) == (60, 6)
    assert us.reporting_threshold_days == 30


@pytest.mark.parametrize("preset_id", ["cn_personal_loan", "cn_mortgage", "us_mortgage"])
def test_loan_rates_are_marked_illustrative(
    presets: dict[str, products.Product], preset_id: str
) -> None:
    loan = presets[preset_id]
    assert loan.rules["annual_rate"].illustrative
    assert loan.term_months


def test_with_terms_copies_and_edits(presets: dict[str, products.Product]) -> None:
    jd = presets["cn_jd_baitiao"]
    mine = products.with_terms(
        jd,
        id="my_baitiao",
        names={"zh": "我的白条", "en": "My Baitiao"},
        as_of=date(2026, 1, 1),
        penalty_daily_rate="0.0005",
    )
    assert mine.penalty_daily_rate == Decimal("0.0005")
    assert mine.rules["penalty_daily_rate"].user_edited
    assert mine.rules["penalty_daily_rate"].as_of == date(2026, 1, 1)
    assert jd.penalty_daily_rate == Decimal("0.0007")  # the preset is untouched
    assert products.parse_preset(products.to_toml(mine)) == mine


def test_with_terms_refuses_nonsense(presets: dict[str, products.Product]) -> None:
    with pytest.raises(ProductError) as info:
        products.with_terms(presets["cn_bank_card"], daily_rate="abc")
    assert info.value.code == "term_invalid" and info.value.params["key"] == "daily_rate"
    with pytest.raises(ProductError):
        products.with_terms(presets["cn_bank_card"], no_such_rule=1)
    with pytest.raises(ProductError):
        products.with_terms(presets["cn_bank_card"], daily_rate="0.5")  # 50 % a day


def _copy_presets(tmp_path: Path) -> Path:
    folder = tmp_path / "products"
    shutil.copytree(paths.products_dir(), folder)
    return folder


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_presets(tmp_path)
    path = folder / "cn_huabei.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[12] = "value = = 1"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ProductError) as info:
        products.load_presets(folder)
    assert info.value.code == "preset_syntax"
    assert info.value.params["file"] == str(path)
    assert info.value.params["line"] == 13


def test_missing_source_names_the_rule_and_its_line(tmp_path: Path) -> None:
    folder = _copy_presets(tmp_path)
    path = folder / "cn_jd_baitiao.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[rules.penalty_daily_rate]")
    source_at = text.index("source =", start)
    end = text.index("\n", source_at)
    path.write_text(text[:source_at] + text[end + 1 :], encoding="utf-8")
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    assert info.value.code == "preset_invalid"
    assert info.value.params["key"] == "penalty_daily_rate"
    expected = text[:start].count("\n") + 1
    assert info.value.params["line"] == expected


def test_wrong_unit_and_absurd_rate_are_refused(tmp_path: Path) -> None:
    text = (paths.products_dir() / "cn_bank_card.toml").read_text(encoding="utf-8")
    bad_unit = text.replace('value = 0.0005\nunit = "fraction/day"', 'value = 0.0005\nunit = "%"')
    with pytest.raises(ProductError, match="daily_rate"):
        products.parse_preset(bad_unit, "x.toml")
    absurd = text.replace(
        'value = 0.0005\nunit = "fraction/day"', 'value = 5\nunit = "fraction/day"'
    )
    with pytest.raises(ProductError, match="daily_rate"):
        products.parse_preset(absurd, "x.toml")


def test_unknown_preset() -> None:
    with pytest.raises(ProductError) as info:
        products.load_preset("nope")
    assert info.value.code == "preset_not_found"
    with pytest.raises(ProductError):
        products.load_preset("../secret")


# --- the car-loan preset (issue #13 point 5) ----------------------------------------------------


def test_car_loan_preset_is_an_equal_instalment_loan_with_sourced_limits(
    presets: dict[str, products.Product],
) -> None:
    car = presets["cn_car_loan"]
    assert car.kind is ProductKind.LOAN and car.currency is products.Currency.CNY
    assert car.rules["repayment_method"].value == "equal_payment"  # 等额本息
    assert car.term_months is not None and 12 <= car.term_months <= 60
    assert max(car.instalment_periods) == 60 == car.rules["instalment_periods"].value[-1]
    assert car.late_charge_kind is LateChargeKind.PENALTY_RATE
    assert car.penalty_rate_multiplier == Decimal("1.5")
    assert [a.value for a in car.rules["penalty_rate_multiplier"].alternatives] == [Decimal("1.3")]
    assert "251号" in car.rules["penalty_rate_multiplier"].source
    # The 2024 notice let lenders set the own-use ratio; the 2017 caps stay as dated alternatives.
    own_use = car.rules["max_loan_ratio_own_use"]
    assert own_use.value == "set_by_lender" and own_use.as_of == date(2024, 4, 3)
    assert [(a.value, a.as_of) for a in own_use.alternatives] == [
        (Decimal("0.80"), date(2018, 1, 1)),
        (Decimal("0.85"), date(2018, 1, 1)),
    ]
    assert car.rules["max_loan_ratio_used_car"].value == Decimal("0.70")
    assert car.rules["annual_rate"].illustrative
    for rule in car.rules.values():
        assert "credit-rules" not in rule.source  # user-visible sources cite the original


def test_car_loan_missed_instalment_charges_penalty_interest_on_the_instalment(
    presets: dict[str, products.Product],
) -> None:
    from duewise.finance import missed, record

    car = presets["cn_car_loan"]
    sim = missed.simulate(car, Decimal("80000"), (2025, 1), missed.parse_scenario("miss:1"))
    on_time = sim.baseline_rows[0].minimum_due
    first, second = sim.rows[0], sim.rows[1]
    assert first.missed and first.payment == 0 and first.minimum_due == on_time
    # 罚息 = overdue instalment × 4.5 % × 1.5 / 365 × days between the two due dates.
    days = (second.due_date - first.due_date).days
    expected = (on_time * Decimal("0.045") * Decimal("1.5") * days / 365).quantize(Decimal("0.01"))
    assert second.penalty == expected > 0
    assert sim.extra_cost == expected
    assert [m.code for m in record.build_record(sim, car).months][:2] == ["1", "N"]


@pytest.mark.parametrize("command", ["late", "missed", "remedies", "instalment"])
def test_car_loan_is_offered_by_every_calc_command_with_a_product(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from duewise import cli

    assert cli.main(["calc", command, "--help"]) == 0
    assert "cn_car_loan" in capsys.readouterr().out


def test_car_loan_in_calc_commands(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from duewise import cli

    assert cli.main(["calc", "missed", "--product", "cn_car_loan", "--balance", "80000",
                     "--missed", "1", "--json"]) == 0  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert Decimal(result["extra_cost"]) > 0 and result["record"][0]["code"] == "1"
    assert cli.main(["calc", "late", "--product", "cn_car_loan", "--amount", "2379.75",
                     "--days-late", "10", "--json"]) == 0  # fmt: skip
    late = json.loads(capsys.readouterr().out)
    # 2379.75 × 4.5 % × 1.5 / 365 × 10 = 4.40
    assert (late["penalty"], late["formula"]) == ("4.40", "penalty_rate")
    # No instalment-fee table: refused in one line naming the option.
    assert cli.main(["calc", "instalment", "--product", "cn_car_loan", "--principal", "1000",
                     "--periods", "12"]) == 2  # fmt: skip
    err = capsys.readouterr().err.strip()
    expected = (
        "duewise calc instalment: --product: preset 'cn_car_loan' has no instalment fee table"
    )
    assert err == expected


def test_a_preset_is_read_once_until_its_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading a lesson pack asks for the same presets two dozen times: each file is parsed once,
    and read again as soon as it changes (an edited or replaced preset is never served stale)."""
    shutil.copy(paths.products_dir() / "cn_jd_baitiao.toml", tmp_path / "cn_jd_baitiao.toml")
    parsed: list[str] = []
    real_parse = products.parse_preset

    def counting_parse(text: str, file: str = "<preset>") -> products.Product:
        parsed.append(file)
        return real_parse(text, file=file)

    monkeypatch.setattr(products, "parse_preset", counting_parse)
    first = products.load_preset("cn_jd_baitiao", tmp_path)
    again = products.load_preset("cn_jd_baitiao", tmp_path)
    assert again is first and len(parsed) == 1
    path = tmp_path / "cn_jd_baitiao.toml"
    text = path.read_text(encoding="utf-8")
    assert 'zh = "京东白条"' in text
    path.write_text(text.replace('zh = "京东白条"', 'zh = "京东白条（改）"'), encoding="utf-8")
    edited = products.load_preset("cn_jd_baitiao", tmp_path)
    assert edited.names["zh"] == "京东白条（改）" and len(parsed) == 2
    path.unlink()
    with pytest.raises(ProductError):
        products.load_preset("cn_jd_baitiao", tmp_path)
