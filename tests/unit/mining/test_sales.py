"""The sales ledger: validation, the KZT value, edits, and the list's licensed column."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kuzet.clock import FixedClock
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.mining import sales, venues
from kuzet.registers.mining.desk import MiningDesk

D = Decimal  # the many amounts below

day = dt.date
TODAY = day(2026, 11, 25)


@pytest.fixture
def venue_ids(store) -> dict[str, int]:
    with store.transaction() as session:
        return {
            "adx": venues.create(
                session,
                {
                    "name": "Astana Digital Exchange",
                    "aifc_licence_number": "A",
                    "aifc_status": "active",
                },
            ).id,
            "otc": venues.create(session, {"name": "Nomad OTC"}).id,
        }


def sale(**extra):
    data = {
        "sale_date": day(2025, 3, 1),
        "coin": "btc",
        "amount": "0.125",
        "price": "44000000",
        "currency": "kzt",
        "reference": "T1",
    }
    data.update(extra)
    return data


def test_validation_names_each_field(store, venue_ids) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        sales.create(
            session,
            {
                "sale_date": day(2030, 1, 1),
                "coin": "₿",
                "amount": "-1",
                "price": "1,5",
                "currency": "",
                "kzt_rate": "0",
            },
            TODAY,
        )
    errors = caught.value.field_errors
    assert set(errors) == {
        "sale_date",
        "coin",
        "amount",
        "price",
        "currency",
        "kzt_rate",
        "venue_id",
    }
    assert errors["price"] == "'1,5' is not a number (use a dot for decimals)"
    assert errors["amount"] == "Must be more than zero."


def test_kzt_value_from_price_or_rate_or_given(store, venue_ids) -> None:
    with store.transaction() as session:
        kzt = sales.create(session, sale(venue_id=venue_ids["adx"]), TODAY)
        rated = sales.create(
            session,
            sale(venue_id=venue_ids["otc"], currency="USDT", price="86000", kzt_rate="512.4"),
            TODAY,
        )
        given = sales.create(
            session,
            sale(
                venue_id=venue_ids["otc"],
                currency="USD",
                price="86000",
                value_kzt="5500000",
                reference="T2",
            ),
            TODAY,
        )
        unknown = sales.create(
            session, sale(venue_id=venue_ids["otc"], currency="EUR", reference="T3"), TODAY
        )
        assert (kzt.coin, kzt.currency, kzt.value_kzt) == ("BTC", "KZT", D("5500000.00"))
        assert rated.value_kzt == D("5508300.00")
        assert given.value_kzt == D("5500000.00")
        assert unknown.value_kzt is None
        with pytest.raises(ValidationFailed, match="already has this venue and reference"):
            sales.create(session, sale(venue_id=venue_ids["adx"]), TODAY)
        sales.update(session, kzt.id, {"amount": "0.25"}, TODAY)
        assert kzt.value_kzt == D("11000000.00")  # derived again


def test_the_list_says_whether_each_sale_counts(store, venue_ids, tmp_path: Path) -> None:
    with store.transaction() as session:
        sales.create(session, sale(venue_id=venue_ids["adx"], counterparty="ТОО «Алтын»"), TODAY)
        sales.create(session, sale(venue_id=venue_ids["otc"], sale_date=day(2025, 4, 1)), TODAY)
        retired = sales.create(session, sale(venue_id=venue_ids["otc"], reference="X"), TODAY)
        sales.retire(session, retired.id, "entered twice")
    desk = MiningDesk(store, FixedClock(TODAY))
    listing = desk.sale_listing()
    every = desk.list_ids(
        listing, ListQuery(include_retired=True, sort="sale_date", descending=True)
    )
    rows = desk.list_rows(listing, every)
    assert [rows[i][7] for i in every] == [
        "no: no AIFC licence",
        "retired: entered twice",
        "yes",
    ]
    assert [listing.tone(rows[i]) for i in every] == ["medium", "muted", None]
    assert len(desk.list_ids(listing, ListQuery(filters={"licensed": "yes"}))) == 1
    assert len(desk.list_ids(listing, ListQuery(filters={"licensed": "no"}))) == 1
    assert len(desk.list_ids(listing, ListQuery(search="АЛТЫН"))) == 1
    q2 = desk.list_ids(listing, ListQuery(filters={"quarter": "2025-04-01"}))
    assert [rows[i][0] for i in q2] == [day(2025, 4, 1)]
    by_amount = desk.list_ids(listing, ListQuery(sort="amount", descending=True))
    assert len(by_amount) == 2
    newest_first = ListQuery(sort="sale_date", descending=True)
    written = desk.export_sales(tmp_path / "sales.csv", newest_first)
    assert written == 2
    with (tmp_path / "sales.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["id", "Date", "Coin"]
    assert table[1][8] == "no: no AIFC licence"
