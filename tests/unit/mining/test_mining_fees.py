"""The mining fee per quarter from kWh by energy source and the band table (only the
sourced band points; the others entered by an officer), the payment and declaration dates
on the Dashboard, the output valued at receipt, and no income-tax estimate by default."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet import i18n
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.mining import fees as mining_fees
from kuzet.registers.mining import output, prices, sales, venues
from kuzet.registers.system import rules
from kuzet.store.verify import verify

D = Decimal  # the many amounts below

day = dt.date
TODAY = day(2026, 11, 25)
BANDS = (
    '[{price_from = 24, rate = 1, mark = "S"}, {price_from = 15, rate = 7}, '
    '{price_from = 10, rate = 9}, {price_from = 5, rate = 10, mark = "S"}, '
    "{price_from = 0, rate = 25}]"
)


def add_output(store, days_kwh, coin="BTC", amount="0.1"):
    with store.transaction() as session:
        for when, kwh in days_kwh:
            output.create(
                session,
                {"output_date": when, "coin": coin, "amount": amount, "pool": "P", "kwh": kwh},
                TODAY,
            )


@pytest.fixture
def used(store):
    add_output(store, ((day(2025, 1, 10), "1000"), (day(2025, 3, 31), "500.5")))
    with store.transaction() as session:
        venue = venues.create(session, {"name": "V"}).id
        for ref, currency in (("S1", "KZT"), ("S2", "USDT")):
            sales.create(
                session,
                {
                    "sale_date": day(2025, 2, 1),
                    "coin": "BTC",
                    "amount": "0.1",
                    "price": "40000000",
                    "currency": currency,
                    "venue_id": venue,
                    "reference": ref,
                },
                TODAY,
            )
    return store


def line_of(store, label, today=TODAY):
    with store.reading() as session:
        lines = mining_fees.fee_lines(session, store.rules(session), today)
    return next(line for line in lines if line.quarter.label == label)


def override(store, key, value, reason="entered from the statute"):
    with store.transaction() as session:
        rules.set_override(session, store.rules(session), key, value, day(2020, 1, 1), None, reason)


@pytest.mark.parametrize(
    ("basis", "rate", "fee"),
    [
        ({"average_price_kzt": "24"}, 1, "1500.50"),
        ({"average_price_kzt": "30"}, 1, "1500.50"),
        ({"average_price_kzt": "7.5"}, 10, "15005.00"),
        ({"own_generation": True}, 10, "15005.00"),  # an older basis: one source ticked
        ({"renewable": True, "average_price_kzt": "12"}, 1, "1500.50"),
        ({"average_price_kzt": "12", "no_meter": True}, 25, "37512.50"),
    ],
)
def test_sourced_band_points_and_special_rates(used, basis, rate, fee) -> None:
    with used.transaction() as session:
        mining_fees.save_basis(session, day(2025, 2, 14), basis, TODAY)
    line = line_of(used, "Q1 2025")
    assert line.fee.kwh == D("1500.5")
    assert line.fee.rate.rate == D(rate)
    assert line.fee.fee == D(fee)
    assert line.fee.due == day(2025, 5, 25)  # the 25th of the second month after
    assert line.fee.declaration_due == day(2025, 5, 15)


def test_kwh_by_energy_source_each_at_its_rate(used) -> None:
    with used.transaction() as session:
        mining_fees.save_basis(
            session,
            day(2025, 1, 1),
            {
                "average_price_kzt": "25",
                "kwh_grid": "1000",
                "kwh_own_generation": "300",
                "kwh_own_renewable": "200.5",
            },
            TODAY,
        )
    line = line_of(used, "Q1 2025")
    assert line.fee.fee == D("4200.50")  # 1000 x 1 + 300 x 10 + 200.5 x 1
    assert line.kwh_mismatch() is None and line.computable
    assert "own generation: 10 KZT/kWh (own generation) [S]" in line.rate_text()


def test_an_unknown_band_has_no_fee_and_says_why_until_an_officer_enters_it(used) -> None:
    with used.transaction() as session:
        mining_fees.save_basis(session, day(2025, 1, 1), {"average_price_kzt": "16.80"}, TODAY)
    line = line_of(used, "Q1 2025")
    assert line.fee.fee is None and not line.computable
    assert line.why_not_computed() == (
        "grid (centralised auction): the band from 10 KZT/kWh has no rate in the rule pack: "
        "enter it from the statute (override rule mining.fee.bands)"
    )
    with used.reading() as session:
        (payment,) = [
            d
            for d in mining_fees.deadlines(session, used.rules(session), TODAY)
            if d.kind == "Mining fee payment"
        ]
    assert "fee not computed" in payment.title
    override(used, "mining.fee.bands", BANDS)  # as `kuzet rules override` and the Rules page
    line = line_of(used, "Q1 2025")
    assert line.fee.fee == D("10503.50") and line.fee.rate.rate == D(7)  # 1500.5 x 7
    assert verify(used.engine).intact


def test_without_a_price_the_fee_is_not_guessed(used) -> None:
    line = line_of(used, "Q1 2025")
    assert line.fee.fee is None
    assert "average electricity price not entered" in line.why_not_computed()


def test_no_income_tax_estimate_unless_an_officer_enters_a_rate(used) -> None:
    line = line_of(used, "Q1 2025")
    assert (line.income_kzt, line.unvalued_sales) == (D("4000000.00"), 1)
    assert line.income_tax is None and line.income_tax_rate is None
    override(used, "mining.income_tax.estimate_rate", "0.10", "our adviser's estimate")
    line = line_of(used, "Q1 2025")
    assert line.income_tax == D("400000.00") and line.income_tax_rate == D("0.10")
    assert line.income_tax_source == "the officer's rate 0.10: our adviser's estimate"
    override(used, "mining.income_tax.show_estimate", "false", "we do not show estimates")
    assert line_of(used, "Q1 2025").income_tax is None


def test_q1_2026_fee_due_25_may_and_declaration_15_may_on_the_dashboard(store) -> None:
    add_output(store, ((day(2025, 12, 20), "100"), (day(2026, 2, 10), "200")))
    today = day(2026, 4, 30)
    with store.reading() as session:
        found = mining_fees.deadlines(session, store.rules(session), today)
    assert sorted((d.kind, d.title.split(":")[0], d.due) for d in found) == [
        ("Mining fee declaration", "Q1 2026", day(2026, 5, 15)),
        ("Mining fee declaration", "Q4 2025", day(2026, 2, 15)),
        ("Mining fee payment", "Q1 2026", day(2026, 5, 25)),
        ("Mining fee payment", "Q4 2025", day(2026, 2, 25)),
    ]
    with store.transaction() as session:
        mining_fees.save_basis(session, day(2026, 1, 1), {"declared_on": day(2026, 4, 20)}, today)
    with store.reading() as session:
        kinds = {
            (d.kind, d.due) for d in mining_fees.deadlines(session, store.rules(session), today)
        }
    assert ("Mining fee declaration", day(2026, 5, 15)) not in kinds
    assert ("Mining fee payment", day(2026, 5, 25)) in kinds


def test_due_dates_show_until_the_fee_is_paid(used) -> None:
    with used.transaction() as session:
        mining_fees.save_basis(session, day(2025, 1, 1), {"average_price_kzt": "24"}, TODAY)
    with used.reading() as session:
        due = mining_fees.deadlines(session, used.rules(session), TODAY)
    assert [(d.kind, d.due, d.title) for d in due] == [
        ("Mining fee payment", day(2025, 5, 25), "Q1 2025: KZT 1,500.50 for 1,500.5 kWh"),
        ("Mining fee declaration", day(2025, 5, 15), "Q1 2025: KZT 1,500.50 for 1,500.5 kWh"),
    ]
    i18n.install(lambda text: text, "ru")  # as the window does in Russian (numbers only here)
    try:
        with used.reading() as session:
            ru = mining_fees.deadlines(session, used.rules(session), TODAY)[0]
    finally:
        i18n.install(lambda text: text)
    assert ru.title == "Q1 2025: 1\u202f500,50\u00a0₸ for 1\u202f500,5 kWh"
    assert due[0].remind_from == day(2025, 4, 25)
    with used.transaction() as session:
        with pytest.raises(ValidationFailed) as caught:
            mining_fees.save_basis(session, day(2025, 1, 1), {"paid_kzt": "100"}, TODAY)
        assert set(caught.value.field_errors) == {"paid_on"}
        mining_fees.save_basis(
            session,
            day(2025, 1, 1),
            {"average_price_kzt": "24", "paid_on": day(2025, 5, 18), "paid_kzt": "1500.50"},
            TODAY,
        )
    with used.reading() as session:
        assert mining_fees.deadlines(session, used.rules(session), TODAY) == []
    assert line_of(used, "Q1 2025").paid
    assert verify(used.engine).intact


def test_output_valued_at_receipt_from_2026_with_the_days_without_a_price(store) -> None:
    add_output(store, ((day(2025, 12, 30), "10"), (day(2026, 1, 5), "10"), (day(2026, 1, 6), "10")))
    with store.transaction() as session:
        prices.create(
            session,
            {"coin": "BTC", "price_date": day(2026, 1, 5), "price_kzt": "45000000"},
            TODAY,
        )
    q1 = line_of(store, "Q1 2026")
    assert q1.valuation.value_kzt == D("4500000.00")  # 0.1 BTC x 45,000,000
    assert q1.valuation.unpriced == (("BTC", day(2026, 1, 6)),)
    assert line_of(store, "Q4 2025").valuation is None  # before the new Tax Code
