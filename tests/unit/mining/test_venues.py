"""The venue register: validation, and "AIFC-licensed on the sale date"."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.mining import venues
from kuzet.registers.mining.common import licensed_on, venue_problem

day = dt.date


def test_validation_names_each_wrong_field(store) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        venues.create(
            session,
            {
                "name": " ",
                "aifc_status": "suspended",
                "valid_from": day(2025, 5, 1),
                "valid_to": day(2025, 1, 1),
            },
        )
    errors = caught.value.field_errors
    assert set(errors) == {"name", "aifc_licence_number", "aifc_status_from", "valid_to"}


def test_names_are_unique_ignoring_case_and_spaces(store) -> None:
    with store.transaction() as session:
        first = venues.create(session, {"name": "Алатау  Обмен"})
        with pytest.raises(ValidationFailed) as caught:
            venues.create(session, {"name": "алатау обмен"})
        assert caught.value.field_errors["name"] == f"Venue #{first.id} already has this name."
        venues.retire(session, first.id, "closed")
        assert venues.create(session, {"name": "АЛАТАУ ОБМЕН"}).id != first.id


def test_licensed_on_the_sale_date_follows_status_and_validity(store) -> None:
    with store.transaction() as session:
        venue = venues.create(
            session,
            {
                "name": "Astana Digital Exchange",
                "aifc_licence_number": "AFSA-A-1",
                "aifc_status": "revoked",
                "aifc_status_from": day(2025, 7, 1),
                "valid_from": day(2024, 3, 1),
                "valid_to": day(2026, 2, 28),
            },
        )
        assert not licensed_on(venue, day(2024, 2, 29))
        assert venue_problem(venue, day(2024, 2, 29)) == "AIFC licence valid from 01.03.2024"
        assert licensed_on(venue, day(2024, 3, 1))
        assert licensed_on(venue, day(2025, 6, 30))
        assert venue_problem(venue, day(2025, 7, 1)) == "AIFC licence revoked from 01.07.2025"
        venues.update(session, venue.id, {"aifc_status": "active"})
        assert licensed_on(venue, day(2026, 2, 28))
        assert venue_problem(venue, day(2026, 3, 1)) == "AIFC licence ended on 28.02.2026"
        unlicensed = venues.create(session, {"name": "Nomad OTC", "aifc_status": "none"})
        assert venue_problem(unlicensed, day(2025, 1, 1)) == "no AIFC licence"


def test_listing_searches_cyrillic_and_says_whether_it_counts_today(store, today) -> None:
    with store.transaction() as session:
        venues.create(session, {"name": "Алатау Обмен", "nbk_licence": "NBK-DA-0007"})
        venues.create(
            session,
            {"name": "Qazaq Exchange", "aifc_licence_number": "A-2", "aifc_status": "active"},
        )
    with store.reading() as session:
        listing = venues.VenueListing(today)
        found = listing.ids(session, ListQuery(search="АЛАТАУ"))
        assert len(found) == 1
        row = listing.rows(session, found)[found[0]]
        # a National Bank number alone: licensed by the National Bank (AIFC only counts)
        assert row[6] == (
            "no: licensed by the National Bank: does not count (rule mining.sale.qualifying_venues)"
        )
        assert row[8] == "National Bank licence" and listing.tone(row) == "medium"
        licensed = listing.ids(session, ListQuery(filters={"aifc_status": "active"}))
        licensed_row = listing.rows(session, licensed)[licensed[0]]
        assert (licensed_row[6], licensed_row[8]) == ("yes", "AIFC (AFSA licence)")


def test_the_end_of_a_recorded_validity_is_on_the_dashboard(store, today) -> None:
    with store.transaction() as session:
        venues.create(
            session,
            {
                "name": "Qazaq Exchange",
                "aifc_licence_number": "A-2",
                "aifc_status": "active",
                "valid_to": today + dt.timedelta(days=40),
            },
        )
    with store.reading() as session:
        found = [
            d
            for d in venues.deadlines(session, store.rules(session), today)
            if d.remind_from <= today
        ]
    assert [(d.kind, d.title, d.days_left(today)) for d in found] == [
        ("Venue AIFC licence ends", "Qazaq Exchange A-2", 40)
    ]
