"""The business risk assessment (versions, approval, next review) and the AML Return."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.regime import programme
from kuzet.regime.ids import make_bin
from kuzet.registers import calendar
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.programme import firm, risk_assessment
from kuzet.registers.programme.risk_assessment_listings import AssessmentListing, ReturnListing
from kuzet.store.session import Store


def set_up_firm(store: Store, today: dt.date, jurisdiction: str = "aifc", **extra) -> None:
    with store.transaction() as session:
        firm.save(
            session,
            {
                "legal_name": "ТОО «Тест»",
                "bin": make_bin(2020, 5, "4", "0", 1203),
                "jurisdiction": jurisdiction,
                "activities": ["exchange"],
            }
            | extra,
            store.rules(session),
            today,
        )


def assess(store: Store, today: dt.date, version: str, days_ago: int, **changes):
    data = {
        "version": version,
        "assessed_on": today - dt.timedelta(days=days_ago),
        "author": "Айгүл Нұрланова",
    } | changes
    with store.transaction() as session:
        return risk_assessment.save_assessment(session, data, store.rules(session), today)


def items(store: Store, today: dt.date, register: str):
    with store.reading() as session:
        found = calendar.collect(session, store.rules(session), today)
    return [d for d in found if d.register == register]


def test_the_aml_return_is_due_two_months_after_the_year_end() -> None:
    assert programme.aml_return_due(dt.date(2025, 12, 31), 2) == dt.date(2026, 2, 28)
    assert programme.aml_return_due(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)
    assert programme.aml_return_due(dt.date(2026, 6, 30), 2) == dt.date(2026, 8, 31)
    assert programme.aml_return_due(dt.date(2026, 3, 20), 2) == dt.date(2026, 5, 20)
    assert programme.year_end_on_or_before(dt.date(2026, 11, 25), 12, 31) == dt.date(2025, 12, 31)
    assert programme.year_end_on_or_before(dt.date(2026, 12, 31), 12, 31) == dt.date(2026, 12, 31)
    assert programme.year_end_on_or_before(dt.date(2026, 11, 25), 6, 30) == dt.date(2026, 6, 30)
    assert programme.next_year_end(dt.date(2023, 2, 28), 2, 29) == dt.date(2024, 2, 29)


def test_a_version_gets_its_next_review_from_the_rule_pack(store: Store, today) -> None:
    record = assess(store, today, "2026.1", 10)
    assert record.next_review_on == programme.add_months(today - dt.timedelta(days=10), 12)
    assert record.overall_rating == "medium"


def test_validation(store: Store, today) -> None:
    assess(store, today, "2026.1", 10)
    with pytest.raises(ValidationFailed) as caught:
        assess(
            store,
            today,
            "2026.1",
            -1,
            author="",
            approved_on=today - dt.timedelta(days=5),
            next_review_on=today - dt.timedelta(days=30),
            overall_rating="extreme",
        )
    assert set(caught.value.field_errors) == {
        "version",
        "assessed_on",
        "author",
        "approved_on",
        "approved_by",
        "next_review_on",
        "overall_rating",
    }


def test_the_latest_version_sets_the_review_deadline(store: Store, today) -> None:
    set_up_firm(store, today)
    [none] = items(store, today, "business_risk_assessment")
    assert (none.title, none.due) == ("No business risk assessment on record", today)
    assess(store, today, "2025.1", 400, approved_by="Board", approved_on=today - dt.timedelta(390))
    current = assess(store, today, "2026.1", 20, next_review_on=today + dt.timedelta(days=50))
    [item] = items(store, today, "business_risk_assessment")
    assert (item.record_id, item.due, item.detail) == (
        current.id,
        current.next_review_on,
        "not yet approved",
    )
    assert item.title == "Review the business risk assessment (version 2026.1)"
    assert item.remind_from == item.due - dt.timedelta(days=60)
    with store.reading() as session:
        listing = AssessmentListing(today, 60)
        ids = listing.ids(session, ListQuery())
        rows = listing.rows(session, ids)
    assert [rows[i][7] for i in ids] == ["current, not approved", "superseded"]


def test_aml_returns_for_the_last_and_current_year_until_filed(store: Store) -> None:
    today = dt.date(2026, 11, 25)
    set_up_firm(store, today)
    returns = items(store, today, "aml_return")
    assert [(d.due, d.record_id) for d in returns] == [
        (dt.date(2026, 2, 28), 0),  # the year ended 31.12.2025: overdue until recorded
        (dt.date(2027, 2, 28), 0),
    ]
    with store.transaction() as session:
        filed = risk_assessment.save_return(
            session,
            {
                "year_end": dt.date(2025, 12, 31),
                "filed_on": dt.date(2026, 3, 2),
                "reference": "R-1",
            },
            store.rules(session),
            today,
        )
    assert filed.due_on == dt.date(2026, 2, 28)
    assert [d.due for d in items(store, today, "aml_return")] == [dt.date(2027, 2, 28)]
    with store.reading() as session:
        listing = ReturnListing(today)
        rows = listing.rows(session, listing.ids(session, ListQuery()))
    assert rows[filed.id][4] == "filed late"
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        risk_assessment.save_return(
            session, {"year_end": dt.date(2025, 12, 31)}, store.rules(session), today
        )
    assert "already covers this year" in caught.value.field_errors["year_end"]


def test_a_june_year_end_moves_the_return(store: Store) -> None:
    today = dt.date(2026, 11, 25)
    set_up_firm(store, today, year_end_month=6, year_end_day=30)
    assert [d.due for d in items(store, today, "aml_return")] == [
        dt.date(2026, 8, 31),
        dt.date(2027, 8, 31),
    ]


def test_a_national_firm_files_no_afsa_return(store: Store, today) -> None:
    set_up_firm(store, today, "national")
    assert items(store, today, "aml_return") == []
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        risk_assessment.save_return(
            session, {"year_end": dt.date(2025, 12, 31)}, store.rules(session), today
        )
    assert caught.value.field_errors[""] == (
        "The firm profile does not call for an annual AML Return."
    )
