"""The pool accreditation register and the flag on output through a pool that was not
accredited on the output date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet.regime.ids import make_bin
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.licensing import pools
from kuzet.registers.listing import ListQuery
from kuzet.registers.mining import output

D = Decimal  # the many amounts below

day = dt.date
BIN = next(b for s in range(1, 50) if (b := make_bin(2021, 6, "4", "0", s)))


def accredit(session, today, **extra):
    data = {
        "pool_name": "Сарыарқа Pool",
        "operator_bin": BIN,
        "accreditation_number": "ПУЛ-017",
        "accredited_on": day(2024, 1, 10),
        "expires_on": day(2025, 1, 9),
        "hardware_in_kz": True,
    }
    data.update(extra)
    return pools.create(session, data, today)


def test_validation(store, today) -> None:
    with store.transaction() as session:
        with pytest.raises(ValidationFailed) as caught:
            pools.create(
                session,
                {
                    "pool_name": "X",
                    "operator_bin": "123456789012",
                    "accredited_on": day(2025, 1, 1),
                    "expires_on": day(2024, 1, 1),
                    "status": "suspended",
                },
                today,
            )
        errors = caught.value.field_errors
        assert set(errors) == {"operator_bin", "accreditation_number", "expires_on", "status_from"}
        assert errors["operator_bin"].startswith("Not a valid BIN")
        never = pools.create(
            session, {"pool_name": "GlobalHash", "status": "not_accredited"}, today
        )
        assert never.accreditation_number == "" and never.pool_key == "globalhash"
        accredit(session, today)
        with pytest.raises(ValidationFailed, match="already has this number"):
            accredit(session, today, pool_name="Other")


def flag(store, pool: str, when: dt.date, today: dt.date) -> str:
    with store.transaction() as session:
        record = output.create(
            session,
            {"output_date": when, "coin": "BTC", "amount": "0.1", "pool": pool, "kwh": "10"},
            today,
        )
        return output.pool_flag(session, record, store.rules(session))


def test_output_is_flagged_when_the_pool_was_not_accredited_that_day(store, today) -> None:
    with store.transaction() as session:
        accredit(session, today)
        pools.create(
            session,
            {"pool_name": "GlobalHash", "status": "not_accredited", "hardware_in_kz": False},
            today,
        )
        accredit(
            session,
            today,
            pool_name="Offshore Hash",
            accreditation_number="ПУЛ-020",
            hardware_in_kz=False,
            expires_on=None,
        )
        accredit(
            session,
            today,
            pool_name="Paused Pool",
            accreditation_number="ПУЛ-030",
            status="suspended",
            status_from=day(2024, 6, 1),
        )
    assert flag(store, "сарыарқа  pool", day(2024, 1, 10), today) == ""
    assert flag(store, "Сарыарқа Pool", day(2025, 1, 9), today) == ""
    assert flag(store, "Сарыарқа Pool", day(2024, 1, 9), today) == (
        "not yet accredited (from 10.01.2024)"
    )
    assert flag(store, "Сарыарқа Pool", day(2025, 1, 10), today) == (
        "accreditation expired on 09.01.2025"
    )
    assert flag(store, "Unknown Pool", day(2024, 5, 1), today) == (
        "pool not accredited (no accreditation in the register)"
    )
    assert flag(store, "GlobalHash", day(2024, 5, 1), today) == (
        "pool not accredited (no accreditation in the register)"
    )
    assert flag(store, "Offshore Hash", day(2024, 5, 1), today) == (
        "pool hardware outside Kazakhstan"
    )
    assert flag(store, "Paused Pool", day(2024, 5, 31), today) == ""
    assert flag(store, "Paused Pool", day(2024, 6, 1), today) == (
        "accreditation suspended from 01.06.2024"
    )


def test_a_renewal_covers_the_days_after_the_first_expiry(store, today) -> None:
    with store.transaction() as session:
        accredit(session, today)
        accredit(
            session,
            today,
            accreditation_number="ПУЛ-017/2",
            accredited_on=day(2025, 1, 10),
            expires_on=day(2026, 1, 9),
        )
    assert flag(store, "Сарыарқа Pool", day(2025, 6, 1), today) == ""
    assert flag(store, "Сарыарқа Pool", day(2026, 1, 10), today) == (
        "accreditation expired on 09.01.2026"
    )


def test_the_output_list_shows_and_filters_the_flag(store, today) -> None:
    with store.transaction() as session:
        accredit(session, today)
        for when, pool in ((day(2024, 5, 1), "Сарыарқа Pool"), (day(2025, 5, 1), "Сарыарқа Pool")):
            output.create(
                session,
                {"output_date": when, "coin": "BTC", "amount": D("0.1"), "pool": pool},
                today,
            )
    with store.reading() as session:
        listing = output.OutputListing(store.rules(session), today)
        flagged = listing.ids(session, ListQuery(filters={"flag": "flagged"}))
        clean = listing.ids(session, ListQuery(filters={"flag": "ok"}))
        rows = listing.rows(session, flagged + clean)
    assert [rows[i][0] for i in flagged] == [day(2025, 5, 1)]
    assert rows[flagged[0]][5] == "FLAGGED: accreditation expired on 09.01.2025"
    assert listing.tone(rows[flagged[0]]) == "high"
    assert [rows[i][5] for i in clean] == ["yes"]


def test_expiry_reminders_for_the_latest_accreditation_of_each_pool(store, today) -> None:
    with store.transaction() as session:
        accredit(
            session,
            today,
            accredited_on=today - dt.timedelta(days=400),
            expires_on=today - dt.timedelta(days=35),
        )
        accredit(
            session,
            today,
            accreditation_number="ПУЛ-017/2",
            accredited_on=today - dt.timedelta(days=34),
            expires_on=today + dt.timedelta(days=55),
        )
        accredit(
            session,
            today,
            pool_name="Far Pool",
            accreditation_number="ПУЛ-9",
            accredited_on=today - dt.timedelta(days=10),
            expires_on=today + dt.timedelta(days=200),
        )
    with store.reading() as session:
        rules = store.rules(session)
        shown = [d for d in pools.deadlines(session, rules, today) if d.remind_from <= today]
        listing = pools.PoolListing(today)
        expired = listing.ids(session, ListQuery(filters={"status": "expired"}))
    assert [(d.title, d.detail) for d in shown] == [("Сарыарқа Pool ПУЛ-017/2", "within 60 days")]
    assert len(expired) == 1
