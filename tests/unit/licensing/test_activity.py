"""Activity without the licence it needs: mining output on days the mining licence was
suspended, expired or not held is one critical finding per licence and stretch of days,
on the licensing desk and in ``kuzet licences``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kuzet.cli import run
from kuzet.registers.licensing import activity, licences
from kuzet.registers.mining import output
from kuzet.store.session import Store

day = dt.date
TODAY = day(2026, 11, 25)


def licence(store: Store, **data) -> int:
    base = {
        "licence_type": "mining_1",
        "number": "KZ-MIN-7",
        "issuer": "MDDIAI",
        "issued_on": day(2025, 1, 10),
    }
    with store.transaction() as session:
        return licences.create(session, base | data, store.rules(session), TODAY).id


def mined(store: Store, *days: dt.date) -> None:
    with store.transaction() as session:
        for number, when in enumerate(days):
            output.create(
                session,
                {
                    "output_date": when,
                    "coin": "BTC",
                    "amount": "0.01",
                    "pool": "P",
                    "reference": f"{when}-{number}",
                },
                TODAY,
            )


def findings(store: Store) -> list[activity.InactiveActivity]:
    with store.reading() as session:
        return activity.inactive_activity(session, store.rules(session), TODAY)


def test_output_on_a_suspended_day_is_one_critical_finding(store: Store) -> None:
    licence_id = licence(
        store, status="suspended", suspended_from=day(2026, 3, 2), suspended_to=day(2026, 3, 3)
    )
    # 1 Mar before the suspension, 2 and 3 Mar (two credits on the 3rd) during, 4 Mar after
    mined(store, day(2026, 3, 1), day(2026, 3, 2), day(2026, 3, 3), day(2026, 3, 3))
    mined(store, day(2026, 3, 4))
    [found] = findings(store)
    assert (found.activity, found.licence_id, found.cause) == ("mining", licence_id, "suspended")
    assert (found.first_day, found.last_day, found.days, found.records) == (
        day(2026, 3, 2),
        day(2026, 3, 3),
        2,
        3,
    )
    assert found.severity == "critical" and found.kind == "licence_inactive_activity"
    assert found.title() == (
        "Mining output on 2 days (02.03.2026–03.03.2026) while Digital mining licence, "
        "subtype I (own data centre) KZ-MIN-7 was suspended"
    )


def test_expired_and_never_held_are_their_own_stretches(store: Store) -> None:
    mined(store, day(2024, 12, 30))  # before any licence: none held
    licence(store, issued_on=day(2025, 1, 10), expires_on=day(2025, 6, 30))
    mined(store, day(2025, 3, 1), day(2025, 7, 1), day(2025, 7, 2))
    found = {f.cause: f for f in findings(store)}
    assert set(found) == {"not_yet_issued", "expired"}
    assert (found["expired"].first_day, found["expired"].days) == (day(2025, 7, 1), 2)
    assert found["not_yet_issued"].first_day == day(2024, 12, 30)


def test_no_licence_at_all_and_a_renewal_that_covers(store: Store) -> None:
    mined(store, day(2026, 5, 5))
    [found] = findings(store)
    assert (found.cause, found.licence_id, found.licence) == ("none", None, "")
    assert "with no licence held" in found.title()
    licence(store, issued_on=day(2026, 1, 1))  # a licence in force that day covers it
    assert findings(store) == []


def test_output_before_the_licensing_law_needs_no_licence(store: Store) -> None:
    mined(store, day(2023, 3, 31))  # the rule licence.activity.mining starts 1 Apr 2023
    assert findings(store) == []


def test_kuzet_licences_prints_the_finding(db_file: Path, capsys) -> None:
    store, _ = Store.open(db_file)
    try:
        licence(store, status="suspended", suspended_from=day(2026, 3, 2))
        mined(store, day(2026, 3, 5))
    finally:
        store.close()
    assert run(["--db", str(db_file), "licences"]) == 0
    out = capsys.readouterr().out
    assert "CRITICAL Mining output on 1 day (05.03.2026) while Digital mining" in out
    assert "KZ-MIN-7 was suspended" in out
