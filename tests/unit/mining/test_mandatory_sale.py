"""The mandatory-sale check over the registers: the share across an effective-dated change
of the rule, period boundaries, venues licensed on the sale date, the projection warning
and the chart series."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet.registers.mining import mandatory_sale as mining_checks
from kuzet.registers.mining import output, sales, venues
from kuzet.registers.system import rules

D = Decimal  # the many amounts below

day = dt.date
TODAY = day(2026, 11, 25)


@pytest.fixture
def ledger(store):
    """Two venues (one AIFC-licensed until 10.02.2025) and a way to add output and sales."""
    with store.transaction() as session:
        licensed = venues.create(
            session,
            {
                "name": "Astana Digital Exchange",
                "aifc_licence_number": "A-1",
                "aifc_status": "active",
                "valid_to": day(2025, 2, 10),
            },
        ).id
        other = venues.create(session, {"name": "Nomad OTC"}).id
    made = {"n": 0}

    def add(kind: str, when: dt.date, amount: str, venue: int | None = None) -> None:
        made["n"] += 1
        with store.transaction() as session:
            if kind == "mined":
                output.create(
                    session,
                    {"output_date": when, "coin": "BTC", "amount": amount, "pool": "P"},
                    TODAY,
                )
            else:
                sales.create(
                    session,
                    {
                        "sale_date": when,
                        "coin": "BTC",
                        "amount": amount,
                        "price": "40000000",
                        "currency": "KZT",
                        "venue_id": venue,
                        "reference": f"R{made['n']}",
                    },
                    TODAY,
                )

    add.licensed, add.other = licensed, other
    return add


def checks_by_label(store, today=TODAY, coin="BTC"):
    with store.reading() as session:
        found = mining_checks.check_periods(session, store.rules(session), today, coin)
    return {c.period.label: c for c in found}


def test_share_across_the_2025_change_and_the_quarter_boundary(store, ledger) -> None:
    ledger("mined", day(2024, 12, 31), "10")
    ledger("sold", day(2024, 12, 31), "5", ledger.licensed)
    ledger("mined", day(2025, 1, 1), "10")
    ledger("sold", day(2025, 1, 1), "5", ledger.licensed)
    ledger("sold", day(2025, 1, 2), "4", ledger.other)
    found = checks_by_label(store)
    q4, q1 = found["Q4 2024"], found["Q1 2025"]
    assert (q4.mined, q4.sold_licensed, q4.required_share, q4.status) == (
        D(10),
        D(5),
        D("0.5"),
        "met",
    )
    assert (q1.mined, q1.sold_licensed, q1.sold_other) == (D(10), D(5), D(4))
    assert (q1.share, q1.required_share, q1.shortfall, q1.status) == (
        D("0.5"),
        D("0.75"),
        D("2.5"),
        "not met",
    )
    assert q1.latest_price_kzt == D("40000000.00")
    assert q1.shortfall_kzt == D("100000000.00")
    assert mining_checks.describe_rule(q1) == "75.0%"
    assert next(iter(found)) == "Q4 2026"  # newest first, up to the running quarter
    assert found["Q3 2025"].status == "no output"


def test_an_officer_override_inside_a_quarter_blends_the_required_share(store, ledger) -> None:
    with store.transaction() as session:
        rules.set_override(
            session,
            store.rules(session),
            "mining.sale.required_share",
            "0.60",
            day(2025, 2, 15),
            None,
            "AFSA letter of 14.02.2025",
        )
    ledger("mined", day(2025, 1, 20), "10")
    ledger("mined", day(2025, 3, 20), "10")
    ledger("sold", day(2025, 1, 30), "13.5", ledger.licensed)
    q1 = checks_by_label(store)["Q1 2025"]
    assert q1.required == D("13.5")  # 10 x 0.75 + 10 x 0.60
    assert q1.required_share == D("0.675")
    assert q1.status == "met"
    assert mining_checks.describe_rule(q1) == "75.0% from 01.01.2025, 60.0% from 15.02.2025"


def test_sales_count_only_while_the_venue_was_licensed(store, ledger) -> None:
    ledger("mined", day(2025, 1, 5), "4")
    ledger("sold", day(2025, 2, 10), "1", ledger.licensed)  # last day of the licence
    ledger("sold", day(2025, 2, 11), "2", ledger.licensed)  # the day after
    q1 = checks_by_label(store)["Q1 2025"]
    assert (q1.sold_licensed, q1.sold_other, q1.share) == (D(1), D(2), D("0.25"))


def test_monthly_periods_when_the_rule_says_month(store, ledger) -> None:
    with store.transaction() as session:
        rules.set_override(
            session,
            store.rules(session),
            "mining.sale.period",
            "month",
            day(2025, 1, 1),
            None,
            "test",
        )
    ledger("mined", day(2025, 1, 31), "2")
    ledger("mined", day(2025, 2, 1), "2")
    ledger("sold", day(2025, 2, 1), "2", ledger.licensed)
    found = checks_by_label(store, today=day(2025, 3, 15))
    assert list(found) == ["03.2025", "02.2025", "01.2025"]
    assert found["01.2025"].status == "not met" and found["02.2025"].status == "met"


def test_the_running_period_warns_inside_the_lead_time(store, ledger) -> None:
    for offset in range(60):
        ledger("mined", day(2025, 1, 1) + dt.timedelta(days=offset), "1")
    ledger("sold", day(2025, 1, 20), "30", ledger.licensed)
    early, late = day(2025, 3, 1), day(2025, 3, 2)  # Q1 ends 31.03; lead 30 days
    with store.reading() as session:
        book = store.rules(session)
        running = mining_checks.running_check(session, book, early, "BTC")
        before = mining_checks.deadlines(session, book, early)
        inside = mining_checks.deadlines(session, book, late)
    assert running.status == "projected short"
    assert running.projection.projected_share == D("0.5")
    assert [d.remind_from for d in before] == [day(2025, 3, 1)]
    assert [(d.kind, d.due, d.register) for d in inside] == [
        ("Mandatory sale shortfall", day(2025, 3, 31), "sale")
    ]
    assert inside[0].title == "Q1 2025 BTC: projected 50.0% of 75.0%"
    # 60 mined in 61 days: 88.52 projected, 75% of it required, 30 sold so far
    assert inside[0].detail == "sell 36.39344262 BTC more by 31.03.2025"


def test_the_monthly_series_for_the_charts(store, ledger) -> None:
    ledger("mined", day(2025, 1, 10), "4")
    ledger("sold", day(2025, 1, 11), "3", ledger.licensed)
    ledger("mined", day(2025, 2, 10), "4")
    ledger("sold", day(2025, 2, 5), "1", ledger.licensed)
    ledger("sold", day(2025, 2, 6), "2", ledger.other)
    with store.reading() as session:
        points = mining_checks.monthly_series(
            session, store.rules(session), "BTC", day(2025, 1, 1), day(2025, 3, 31)
        )
    assert [(p.month.label, p.mined, p.sold_licensed, p.sold_other) for p in points] == [
        ("01.2025", D(4), D(3), D(0)),
        ("02.2025", D(4), D(1), D(2)),
        ("03.2025", D(0), D(0), D(0)),
    ]
    assert [p.share for p in points] == [D("0.75"), D("0.25"), None]
    assert [p.required_share for p in points] == [D("0.75")] * 3
