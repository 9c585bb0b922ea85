"""The pure mining rules: periods, the share across a rule change, projection, fee bands."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet.regime import mining
from kuzet.regime import mining_fee as fee
from kuzet.regime.mining_fee import FeeConditions
from kuzet.store.session import rule_pack

D = Decimal  # the many amounts below

day = dt.date


def share_on_pack(when: dt.date) -> D | None:
    from kuzet.regime.rulepack import RuleNotInForce

    try:
        return rule_pack().value("mining.sale.required_share", when)
    except RuleNotInForce:
        return None


def test_quarters_and_months_have_their_calendar_boundaries() -> None:
    q = mining.period_of(day(2025, 3, 31), "quarter")
    assert (q.start, q.end, q.label, q.days) == (day(2025, 1, 1), day(2025, 3, 31), "Q1 2025", 90)
    assert mining.period_of(day(2025, 4, 1), "quarter").label == "Q2 2025"
    assert mining.period_of(day(2024, 12, 31), "quarter").start == day(2024, 10, 1)
    feb = mining.period_of(day(2024, 2, 10), "month")
    assert (feb.start, feb.end, feb.label) == (day(2024, 2, 1), day(2024, 2, 29), "02.2024")
    with pytest.raises(ValueError, match="unknown period 'week'"):
        mining.period_of(day(2024, 2, 10), "week")


def test_periods_covering_follow_a_change_of_the_period_rule() -> None:
    kinds = lambda d: "quarter" if d < day(2025, 4, 1) else "month"  # noqa: E731
    periods = mining.periods_covering(day(2025, 2, 3), day(2025, 5, 2), kinds)
    assert [p.label for p in periods] == ["Q1 2025", "04.2025", "05.2025"]


def test_add_months_clamps_to_the_month_end() -> None:
    assert mining.add_months(day(2025, 1, 31), 1) == day(2025, 2, 28)
    assert mining.add_months(day(2025, 11, 15), 2) == day(2026, 1, 15)


def test_share_uses_the_rule_in_force_on_each_day_across_the_2025_change() -> None:
    q4_2024 = mining.period_of(day(2024, 12, 1), "quarter")
    q1_2025 = mining.period_of(day(2025, 1, 1), "quarter")
    mined = {day(2024, 12, 31): D("10"), day(2025, 1, 1): D("10")}
    licensed = {day(2024, 12, 31): D("5"), day(2025, 1, 1): D("5")}
    end_2024 = mining.check_share(
        q4_2024, "BTC", mined, licensed, D(0), share_on_pack, day(2025, 6, 1)
    )
    start_2025 = mining.check_share(
        q1_2025, "BTC", mined, licensed, D(0), share_on_pack, day(2025, 6, 1)
    )
    assert (end_2024.required_share, end_2024.share, end_2024.status) == (D("0.5"), D("0.5"), "met")
    assert start_2025.required_share == D("0.75")
    assert start_2025.share == D("0.5")
    assert start_2025.shortfall == D("2.5")
    assert start_2025.status == "not met"


def test_a_change_inside_a_period_blends_the_required_share_day_by_day() -> None:
    change = day(2025, 2, 15)
    share_on = lambda d: D("0.5") if d < change else D("0.75")  # noqa: E731
    period = mining.period_of(change, "quarter")
    mined = {day(2025, 1, 10): D("10"), day(2025, 3, 10): D("10")}
    check = mining.check_share(
        period, "BTC", mined, {day(2025, 3, 31): D("12.5")}, D(0), share_on, day(2025, 4, 1)
    )
    assert check.required == D("12.5")
    assert check.required_share == D("0.625")
    assert check.rule_values == ((period.start, D("0.5")), (change, D("0.75")))
    assert (check.shortfall, check.status) == (D(0), "met")


def test_period_boundaries_count_each_day_once() -> None:
    share_on = lambda d: D("0.75")  # noqa: E731
    mined = {day(2025, 3, 31): D("4"), day(2025, 4, 1): D("100")}
    licensed = {day(2025, 3, 31): D("3"), day(2025, 4, 1): D("1")}
    q1 = mining.check_share(
        mining.period_of(day(2025, 1, 1), "quarter"),
        "BTC",
        mined,
        licensed,
        D(0),
        share_on,
        day(2025, 12, 31),
    )
    assert (q1.mined, q1.sold_licensed, q1.status) == (D("4"), D("3"), "met")


def test_no_output_and_no_rule_periods() -> None:
    period = mining.period_of(day(2023, 5, 1), "quarter")
    none = mining.check_share(period, "BTC", {}, {}, D(0), share_on_pack, day(2024, 1, 1))
    assert none.status == "no output" and none.share is None
    before_rule = mining.check_share(
        period, "BTC", {day(2023, 5, 2): D(1)}, {}, D(0), share_on_pack, day(2024, 1, 1)
    )
    assert before_rule.status == "no rule"
    assert before_rule.required == 0 and before_rule.shortfall == 0


def test_running_period_projects_to_its_end_and_warns_inside_the_lead_time() -> None:
    share_on = lambda d: D("0.75")  # noqa: E731
    period = mining.period_of(day(2026, 10, 1), "quarter")  # 92 days
    mined = {day(2026, 10, 1) + dt.timedelta(days=i): D("1") for i in range(46)}
    licensed = {day(2026, 10, 20): D("23")}  # half of what was mined
    as_of = day(2026, 11, 15)  # day 46 of 92
    check = mining.check_share(
        period, "BTC", mined, licensed, D(0), share_on, as_of, D("30000000"), 30
    )
    p = check.projection
    assert check.running and check.status == "projected short"
    assert (p.elapsed_days, p.total_days) == (46, 92)
    assert p.projected_mined == D("92") and p.projected_sold == D("46")
    assert p.projected_required == D("69")
    assert p.still_to_sell == D("46")  # 69 required, 23 sold so far
    assert check.shortfall == D("11.5")  # 34.5 required of the 46 mined so far, 23 sold
    assert check.shortfall_kzt == D("345000000.00")
    assert check.still_to_sell_kzt == D("1380000000.00")
    assert p.warn_from == day(2026, 12, 1)
    assert not p.warning(as_of)
    assert p.warning(day(2026, 12, 1))
    on_track = mining.check_share(
        period, "BTC", mined, {day(2026, 10, 2): D("40")}, D(0), share_on, as_of, None, 30
    )
    assert on_track.status == "on track" and not on_track.projection.short


def test_monthly_points_give_the_chart_series() -> None:
    months = mining.periods_covering(day(2025, 1, 1), day(2025, 2, 28), lambda d: "month")
    points = mining.monthly_points(
        months,
        {day(2025, 1, 5): D(2), day(2025, 2, 5): D(4)},
        {day(2025, 1, 6): D(1)},
        {day(2025, 2, 6): D(3)},
        lambda d: D("0.75"),
    )
    assert [(p.month.label, p.mined, p.sold_licensed, p.sold_other) for p in points] == [
        ("01.2025", D(2), D(1), D(0)),
        ("02.2025", D(4), D(0), D(3)),
    ]
    assert [p.share for p in points] == [D("0.5"), D(0)]
    assert [p.required_share for p in points] == [D("0.75"), D("0.75")]


# --- the fee (Tax Code Art. 606-3 to 606-5 as amended from 1 Jan 2023) ----------------


@pytest.fixture
def bands() -> list[fee.FeeBand]:
    return fee.fee_bands(rule_pack().value("mining.fee.bands", day(2025, 1, 1)))


@pytest.fixture
def special() -> dict:
    return rule_pack().value("mining.fee.special_rates", day(2025, 1, 1))


@pytest.mark.parametrize(
    ("price", "rate"),
    [("30", 1), ("24", 1), ("9.99", 10), ("5", 10)],
)
def test_only_the_sourced_band_points_have_a_rate(bands, special, price: str, rate: int) -> None:
    result = fee.source_rate(bands, special, "grid", FeeConditions(average_price=D(price)))
    assert result.rate == D(rate) and not result.missing
    assert result.mark == "S"


@pytest.mark.parametrize(("price", "band"), [("23.99", "10"), ("10", "10"), ("4.99", "0")])
def test_a_band_without_a_sourced_rate_has_no_rate_and_says_why(
    bands, special, price: str, band: str
) -> None:
    result = fee.source_rate(bands, special, "imported", FeeConditions(average_price=D(price)))
    assert result.rate is None and result.mark == "U"
    assert result.missing == f"band from {band} KZT/kWh: rate not known"


def test_no_average_price_gives_no_rate_instead_of_an_assumed_band(bands, special) -> None:
    result = fee.source_rate(bands, special, "grid", FeeConditions())
    assert result.rate is None and result.missing == "average electricity price not entered"


def test_special_rates_by_energy_source_and_the_highest_wins(bands, special) -> None:
    rate = lambda source, **kw: fee.source_rate(bands, special, source, FeeConditions(**kw))  # noqa: E731
    assert rate("own_generation").rate == D(10)
    assert rate("own_renewable", average_price=D(30)).rate == D(1)  # replaces the band
    assert rate("own_generation", no_meter=True).rate == D(25)
    assert rate("own_generation", no_meter=True).basis == "no or faulty meter"
    # no meter: the top of the scale, known even where the band's rate is not
    assert rate("grid", no_meter=True, average_price=D(15)).rate == D(25)
    assert rate("grid", no_meter=True).rate == D(25)


def test_2022_flat_rate_and_a_malformed_band_table() -> None:
    flat = fee.fee_bands(rule_pack().value("mining.fee.bands", day(2022, 6, 1)))
    assert fee.source_rate(flat, {}, "grid", FeeConditions()).rate == D(1)
    with pytest.raises(ValueError, match="fee band #1"):
        fee.fee_bands([{"rate": 3}])


def test_fee_due_the_25th_and_declaration_the_15th_of_the_second_month() -> None:
    pack = rule_pack()
    q1_2026, q4_2025 = mining.quarter_of(day(2026, 2, 1)), mining.quarter_of(day(2025, 11, 1))
    assert fee.fee_due(q1_2026, pack.value("mining.fee.due", q1_2026.end)) == day(2026, 5, 25)
    declaration = pack.value("mining.fee.declaration_due", q1_2026.end)
    assert fee.after_quarter(q1_2026, declaration) == day(2026, 5, 15)
    assert fee.fee_due(q4_2025, pack.value("mining.fee.due", q4_2025.end)) == day(2026, 2, 25)
    # the 2026 value is kept but not yet re-checked in the new Tax Code: U; 2025's is S
    assert pack.effective("mining.fee.due", q1_2026.end).confidence == "U"
    assert pack.effective("mining.fee.due", q4_2025.end).confidence == "S"
    # before 2023: the 20th of the month after the quarter
    q4_2022 = mining.quarter_of(day(2022, 11, 1))
    assert fee.fee_due(q4_2022, pack.value("mining.fee.due", q4_2022.end)) == day(2023, 1, 20)


def test_quarter_fee_by_source_with_the_rate_of_each_day() -> None:
    quarter = mining.quarter_of(day(2025, 1, 1))
    kwh = {day(2025, 1, 1): D("1000.5"), day(2025, 3, 31): D("2000"), day(2025, 4, 1): D(9)}
    band = fee.FeeRate(D(16), "price band from 14 KZT/kWh")
    own = fee.FeeRate(D(10), "own generation", "S")
    rate_on = lambda d, source: own if source == "own_generation" else band  # noqa: E731
    grid_only = fee.quarter_fee(quarter, kwh, {}, rate_on, day(2025, 5, 25))
    assert (grid_only.kwh, grid_only.fee, grid_only.rate) == (D("3000.5"), D("48008.00"), band)
    split = fee.quarter_fee(
        quarter, kwh, {"grid": D(1000), "own_generation": D(2000)}, rate_on, day(2025, 5, 25)
    )
    assert split.fee == D("36000.00")  # 1000 x 16 + 2000 x 10
    unknown = fee.FeeRate(None, "price band", "", "average electricity price not entered")
    missing = fee.quarter_fee(quarter, kwh, {}, lambda d, s: unknown, day(2025, 5, 25))
    assert missing.fee is None
    assert missing.missing == ["grid: average electricity price not entered"]
    assert fee.income_tax_estimate(D("1000000.005"), D("0.15")) == D("150000.00")


def test_output_valued_on_the_day_of_receipt_names_the_days_without_a_price() -> None:
    prices = {("BTC", day(2026, 1, 2)): D(40_000_000)}
    value = fee.value_at_receipt(
        [(day(2026, 1, 2), "BTC", D("0.05")), (day(2026, 1, 3), "BTC", D("0.04"))], prices
    )
    assert value.value_kzt == D("2000000.00") and value.valued == D("0.05")
    assert value.unpriced == (("BTC", day(2026, 1, 3)),)
