"""Every deadline carries a severity: the kind its provider names, else its urgency."""

from __future__ import annotations

import datetime as dt

from kuzet.registers import calendar
from kuzet.registers.deadlines import Deadline
from kuzet.registers.licensing import licences
from kuzet.store.session import Store

TODAY = dt.date(2026, 11, 25)


def deadline(due: dt.date, finding: str = "") -> Deadline:
    return Deadline("audit", 1, "Independent audit", "Audit 2026", due, due, finding=finding)


def test_an_overdue_deadline_is_high_and_others_follow_their_urgency(store: Store) -> None:
    rules = store.rules()
    overdue = deadline(TODAY - dt.timedelta(days=1)).rated(rules, TODAY)
    soon = deadline(TODAY + dt.timedelta(days=30)).rated(rules, TODAY)
    later = deadline(TODAY + dt.timedelta(days=31)).rated(rules, TODAY)
    assert (overdue.severity, soon.severity, later.severity) == ("high", "medium", "info")
    named = deadline(TODAY + dt.timedelta(days=60), "licence_inactive_activity")
    assert named.rated(rules, TODAY).severity == "critical"


def test_the_calendar_rates_every_deadline_and_sorts_most_serious_first(store: Store) -> None:
    with store.transaction() as session:
        rules = store.rules(session)
        for number, expires in (("KZ-1", dt.date(2026, 12, 20)), ("KZ-2", dt.date(2026, 11, 1))):
            data = {
                "licence_type": "mining_1",
                "number": number,
                "issuer": "MDDIAI",
                "issued_on": dt.date(2024, 1, 1),
                "expires_on": expires,
            }
            licences.create(session, data, rules, TODAY)
    with store.reading() as session:
        found = [
            d
            for d in calendar.collect(session, store.rules(session), TODAY)
            if d.register == "licence"
        ]
    assert [(d.title[-4:], d.finding, d.severity) for d in found] == [
        ("KZ-2", "licence_expired", "high"),
        ("KZ-1", "licence_expiring", "medium"),
    ]
    assert [d.title[-4:] for d in calendar.by_severity(reversed(found))] == ["KZ-2", "KZ-1"]
