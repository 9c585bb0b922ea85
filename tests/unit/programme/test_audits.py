"""Independent audits: findings, remediation actions, and the next audit on the dashboard."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.regime import programme
from kuzet.regime.ids import make_bin
from kuzet.registers import calendar
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.programme import audits, firm
from kuzet.registers.programme.audit_listings import ActionListing, FindingListing
from kuzet.store.session import Store


def set_up_firm(store: Store, today: dt.date) -> None:
    with store.transaction() as session:
        firm.save(
            session,
            {
                "legal_name": "ТОО «Тест»",
                "bin": make_bin(2020, 5, "4", "0", 1203),
                "jurisdiction": "aifc",
                "activities": ["exchange"],
            },
            store.rules(session),
            today,
        )


def audit(store: Store, today: dt.date, days_ago: int, **changes) -> int:
    day = today - dt.timedelta(days=days_ago)
    data = {
        "kind": "external",
        "auditor": "ТОО «Аудит-Капитал»",
        "period_from": day - dt.timedelta(days=365),
        "period_to": day - dt.timedelta(days=30),
        "audit_date": day,
    } | changes
    with store.transaction() as session:
        return audits.save_audit(session, data, today).id


def finding(store: Store, today: dt.date, audit_id: int, **changes) -> int:
    data = {"engagement_id": audit_id, "title": "Gaps in CDD files", "severity": "high"}
    with store.transaction() as session:
        return audits.save_finding(session, data | changes, today).id


def action(store: Store, today: dt.date, finding_id: int, due_days: int, **changes) -> int:
    data = {
        "finding_id": finding_id,
        "description": "Re-verify 40 customer files",
        "owner": "Айгүл Нұрланова",
        "due_on": today + dt.timedelta(days=due_days),
    } | changes
    with store.transaction() as session:
        return audits.save_action(session, data, today).id


def programme_items(store: Store, today: dt.date, reminders: bool = False):
    with store.reading() as session:
        rules = store.rules(session)
        found = (calendar.reminders if reminders else calendar.collect)(session, rules, today)
    return [d for d in found if d.register in ("audit_engagement", "remediation_action")]


def test_next_audit_is_due_two_years_after_the_last() -> None:
    since = dt.date(2026, 1, 1)
    assert programme.next_audit_due(dt.date(2024, 2, 29), 2, since) == dt.date(2026, 2, 28)
    assert programme.next_audit_due(None, 2, since) == since


def test_validation(store: Store, today) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        audits.save_audit(
            session,
            {
                "kind": "friendly",
                "auditor": "",
                "period_from": today,
                "period_to": today - dt.timedelta(days=1),
                "audit_date": today + dt.timedelta(days=1),
            },
            today,
        )
    assert set(caught.value.field_errors) == {"kind", "auditor", "period_to", "audit_date"}
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        audits.save_finding(session, {"engagement_id": 99, "title": "", "severity": "x"}, today)
    assert set(caught.value.field_errors) == {"engagement_id", "title", "severity"}
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        audits.save_action(session, {"finding_id": 99, "description": "", "owner": ""}, today)
    assert set(caught.value.field_errors) == {"finding_id", "description", "owner", "due_on"}


def test_the_next_audit_is_two_years_after_the_latest_one(store: Store, today) -> None:
    latest = audit(store, today, 10)
    assert programme_items(store, today) == []  # no firm profile yet: programme not set up
    set_up_firm(store, today)
    audit(store, today, 900, kind="internal", auditor="Internal audit")
    [item] = programme_items(store, today)
    assert item.record_id == latest
    assert item.due == programme.add_months(today - dt.timedelta(days=10), 24)
    assert item.remind_from == item.due - dt.timedelta(days=90)
    assert item.title == "Next independent audit of the AML systems"
    assert item.detail == f"last: {today - dt.timedelta(days=10):%d.%m.%Y}, ТОО «Аудит-Капитал»"


def test_with_no_audit_on_record_it_is_due_from_the_programme_start(store: Store, today) -> None:
    set_up_firm(store, today)
    [item] = programme_items(store, today, reminders=True)
    assert (item.title, item.due, item.record_id) == ("No independent audit on record", today, 0)
    last = programme.add_months(today, -24) + dt.timedelta(days=120)
    audit(store, today, (today - last).days)
    assert programme_items(store, today, reminders=True) == []  # 120 days: not yet in window
    [item] = programme_items(store, today)
    assert item.due == today + dt.timedelta(days=120)


def test_open_remediation_actions_are_deadlines_until_completed(store: Store, today) -> None:
    audit_id = audit(store, today, 100)
    finding_id = finding(store, today, audit_id, reference="F-2")
    late = action(store, today, finding_id, -5)
    later = action(store, today, finding_id, 40, owner="Сергей Пак", description="Train the desk")
    items = {d.record_id: d for d in programme_items(store, today)}
    assert set(items) == {late, later}
    assert items[late].owner == "Айгүл Нұрланова"
    assert items[late].detail == "finding F-2 Gaps in CDD files (High)"
    assert items[later].remind_from == items[later].due - dt.timedelta(days=14)
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        audits.save_finding(session, {"closed_on": today}, today, finding_id)
    assert "2 open actions" in caught.value.field_errors["closed_on"]
    with store.transaction() as session:
        audits.save_action(session, {"completed_on": today}, today, late)
        audits.retire_action(session, later, "Superseded by the new training plan")
        audits.save_finding(session, {"closed_on": today}, today, finding_id)
    assert programme_items(store, today) == []


def test_finding_and_action_lists_filter_and_sort(store: Store, today) -> None:
    audit_id = audit(store, today, 100)
    high = finding(store, today, audit_id, reference="F-1")
    low = finding(store, today, audit_id, reference="F-2", severity="low", title="Old policy")
    done = action(store, today, low, -30, completed_on=today - dt.timedelta(days=31))
    overdue = action(store, today, high, -1)
    open_ = action(store, today, high, 30, owner="Сергей Пак")
    with store.reading() as session:
        findings = FindingListing(today)
        assert findings.ids(session, ListQuery()) == [high, low]  # high severity first
        assert findings.ids(session, ListQuery(filters={"severity": "low"})) == [low]
        assert findings.rows(session, [high])[high][4] == "2 (2)"
        actions = ActionListing(today, 14)
        assert actions.ids(session, ListQuery()) == [done, overdue, open_]
        assert actions.ids(session, ListQuery(filters={"status": "overdue"})) == [overdue]
        assert actions.ids(session, ListQuery(filters={"owner": "Сергей Пак"})) == [open_]
        assert actions.ids(session, ListQuery(search="ПАК")) == [open_]
        rows = actions.rows(session, [done, overdue, open_])
    assert [actions.tone(rows[i]) for i in (done, overdue, open_)] == ["muted", "high", None]
