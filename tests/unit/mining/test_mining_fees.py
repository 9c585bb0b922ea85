"""The mining fee per quarter from kWh and the band table, the income-tax estimate, and
the due dates on the dashboard until the fee is marked paid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet import i18n
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.mining import fees as mining_fees
from kuzet.registers.mining import output, sales, venues
from kuzet.registers.system import rules
from kuzet.store.verify import verify

D = Decimal  # the many amounts below

day = dt.date
TODAY = day(2026, 11, 25)


@pytest.fixture
def used(store):
    with store.transaction() as session:
        for when, kwh in ((day(2025, 1, 10), "1000"), (day(2025, 3, 31), "500.5")):
            output.create(
                session,
                {"output_date": when, "coin": "BTC", "amount": "0.1", "pool": "P", "kwh": kwh},
                TODAY,
            )
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


def q1_2025(store, today=TODAY):
    with store.reading() as session:
        lines = mining_fees.fee_lines(session, store.rules(session), today)
    return next(line for line in lines if line.quarter.label == "Q1 2025")


@pytest.mark.parametrize(
    ("basis", "rate", "fee"),
    [
        ({"average_price_kzt": "15.20"}, 16, "24008.00"),
        ({"average_price_kzt": "24"}, 1, "1500.50"),
        ({"average_price_kzt": "9"}, 25, "37512.50"),
        ({"own_generation": True}, 10, "15005.00"),
        ({"renewable": True, "average_price_kzt": "5"}, 1, "1500.50"),
        ({"own_generation": True, "no_meter": True}, 25, "37512.50"),
    ],
)
def test_fee_bands_and_special_cases(used, basis, rate, fee) -> None:
    with used.transaction() as session:
        mining_fees.save_basis(session, day(2025, 2, 14), basis, TODAY)
    line = q1_2025(used)
    assert line.fee.kwh == D("1500.5")
    assert line.fee.rate.rate == D(rate)
    assert line.fee.fee == D(fee)
    assert line.fee.due == day(2025, 4, 20)


def test_without_a_price_the_highest_band_is_assumed_and_said(used) -> None:
    line = q1_2025(used)
    assert line.fee.rate.assumed and line.fee.fee == D("37512.50")
    assert line.rate_text() == ("25 KZT/kWh (average price not entered: highest band assumed) [S]")


def test_income_tax_estimate_is_labelled_and_can_be_switched_off(used) -> None:
    line = q1_2025(used)
    assert (line.income_kzt, line.unvalued_sales) == (D("4000000.00"), 1)
    assert line.income_tax == D("600000.00") and line.income_tax_rate == D("0.15")
    assert line.income_tax_source.startswith("Seed document") and line.income_tax_source.endswith(
        "[U]"
    )
    with used.transaction() as session:
        rules.set_override(
            session,
            used.rules(session),
            "mining.income_tax.show_estimate",
            "false",
            day(2020, 1, 1),
            None,
            "we do not show estimates",
        )
    assert q1_2025(used).income_tax is None


def test_due_dates_show_until_the_fee_is_paid(used) -> None:
    with used.reading() as session:
        due = mining_fees.deadlines(session, used.rules(session), TODAY)
    assert [(d.kind, d.due, d.title) for d in due] == [
        ("Mining fee payment", day(2025, 4, 20), "Q1 2025: KZT 37,512.50 for 1,500.5 kWh")
    ]
    i18n.install(lambda text: text, "ru")  # as the window does in Russian (numbers only here)
    try:
        with used.reading() as session:
            (ru,) = mining_fees.deadlines(session, used.rules(session), TODAY)
    finally:
        i18n.install(lambda text: text)
    assert ru.title == "Q1 2025: 37\u202f512,50\u00a0₸ for 1\u202f500,5 kWh"
    assert due[0].remind_from == day(2025, 3, 21)
    with used.transaction() as session:
        with pytest.raises(ValidationFailed) as caught:
            mining_fees.save_basis(session, day(2025, 1, 1), {"paid_kzt": "100"}, TODAY)
        assert set(caught.value.field_errors) == {"paid_on"}
        mining_fees.save_basis(
            session,
            day(2025, 1, 1),
            {"average_price_kzt": "15", "paid_on": day(2025, 4, 18), "paid_kzt": "24008"},
            TODAY,
        )
    with used.reading() as session:
        assert mining_fees.deadlines(session, used.rules(session), TODAY) == []
    assert q1_2025(used).paid
    assert verify(used.engine).intact
