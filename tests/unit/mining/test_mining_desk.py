"""The mining desk: each call one unit of work (a refused save or import writes nothing),
and "today" from the desk's clock (future dates, the running period, the fee quarters)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuzet.clock import FixedClock
from kuzet.regime import mining
from kuzet.registers.errors import ImportRejected, ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.mining.desk import MiningDesk
from kuzet.store.models import AuditEntry
from kuzet.store.models.mining import MiningFeeBasis, MiningOutput, Sale, Venue
from kuzet.store.verify import verify

D = Decimal
day = dt.date
TODAY = day(2025, 5, 20)


@pytest.fixture
def desk(store) -> MiningDesk:
    return MiningDesk(store, FixedClock(TODAY))


@pytest.fixture
def venue(desk: MiningDesk) -> int:
    data = {
        "name": "Astana Digital Exchange",
        "aifc_licence_number": "A-1",
        "aifc_status": "active",
    }
    return desk.save_venue(data).id


def count(store, model) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def sale(venue: int, **extra) -> dict:
    data = {
        "sale_date": day(2025, 5, 1),
        "coin": "BTC",
        "amount": "0.5",
        "price": "40000000",
        "currency": "KZT",
        "venue_id": venue,
        "reference": "T1",
    }
    return data | extra


def test_a_refused_save_writes_nothing(desk: MiningDesk, store, venue: int) -> None:
    trail = count(store, AuditEntry)
    with pytest.raises(ValidationFailed) as caught:
        desk.save_sale(sale(venue, amount="-1", currency=""))
    assert set(caught.value.field_errors) == {"amount", "currency"}
    with pytest.raises(ValidationFailed):
        desk.save_venue({"name": "astana  DIGITAL exchange"})  # the same name
    assert (count(store, Sale), count(store, Venue), count(store, AuditEntry)) == (0, 1, trail)
    saved = desk.save_sale(sale(venue))
    assert (saved.value_kzt, desk.sale(saved.id).reference) == (D("20000000.00"), "T1")
    edited = desk.save_sale({"amount": "0.25"}, saved.id)
    assert edited.value_kzt == D("10000000.00")  # derived again from the new amount
    with pytest.raises(ValidationFailed, match="Say why"):
        desk.retire_sale(saved.id, " ")
    desk.retire_sale(saved.id, "entered twice")
    with pytest.raises(ValidationFailed, match="retired"):
        desk.save_sale({"amount": "1"}, saved.id)
    assert verify(store.engine).intact


def test_future_dates_are_the_desks_clock(store, venue: int) -> None:
    early = MiningDesk(store, FixedClock(day(2025, 4, 30)))
    with pytest.raises(ValidationFailed) as caught:
        early.save_sale(sale(venue))
    assert caught.value.field_errors == {"sale_date": "The sale date cannot be in the future."}
    output = {"output_date": day(2025, 5, 1), "coin": "BTC", "amount": "1", "pool": "P"}
    with pytest.raises(ValidationFailed):
        early.save_output(output)
    later = MiningDesk(store, FixedClock(TODAY))
    assert later.save_output(output).output_date == day(2025, 5, 1)
    assert later.output_form().coins == ["BTC"]
    with pytest.raises(ValidationFailed) as caught:
        early.save_fee_basis(day(2025, 4, 1), {"paid_on": day(2025, 5, 1)})
    assert set(caught.value.field_errors) == {"paid_on"}
    assert count(store, MiningFeeBasis) == 0


def test_an_import_with_one_bad_row_writes_nothing(
    desk: MiningDesk, store, venue: int, tmp_path: Path
) -> None:
    path = tmp_path / "trades.csv"
    path.write_text(
        "date,coin,amount,price,currency,venue,reference\n"
        "2025-05-01,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1\n"
        "2025-05-21,BTC,0.5,45000000,KZT,Astana Digital Exchange,T2\n",  # after the clock's day
        encoding="utf-8",
    )
    trail = count(store, AuditEntry)
    with pytest.raises(ImportRejected) as caught:
        desk.import_sales(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(3, "date")]
    assert (count(store, Sale), count(store, AuditEntry)) == (0, trail)
    later = MiningDesk(store, FixedClock(day(2025, 5, 21)))
    assert later.import_sales(path).imported == 2
    written = later.export_sales(tmp_path / "sales.csv", ListQuery())
    assert written == 2


def test_output_import_counts_the_flagged_and_lists_them(
    desk: MiningDesk, store, tmp_path: Path
) -> None:
    path = tmp_path / "payouts.csv"
    path.write_text(
        "date,coin,amount,pool,kwh,reference\n2025-05-01,BTC,0.045,Сарыарқа Pool,31500,P1\n",
        encoding="utf-8",
    )
    result = desk.import_output(path)
    assert (result.imported, result.flagged) == (1, 1)  # the pool is not in the register
    listing = desk.output_listing()
    ids = desk.list_ids(listing, ListQuery(filters={"flag": "flagged"}))
    assert desk.list_rows(listing, ids)[ids[0]][5].startswith("FLAGGED: pool not accredited")
    assert count(store, MiningOutput) == 1


def test_the_running_period_and_the_fees_follow_the_clock(
    desk: MiningDesk, store, venue: int
) -> None:
    for offset in range(10):
        desk.save_output(
            {
                "output_date": day(2025, 5, 1) + dt.timedelta(days=offset),
                "coin": "BTC",
                "amount": "1",
                "pool": "P",
                "kwh": "100",
            }
        )
    desk.save_sale(sale(venue, amount="8"))
    assert desk.coins() == ["BTC"]
    (running, *older) = desk.share_checks("BTC")
    assert running.running and running.period == mining.quarter_of(TODAY) and older == []
    assert (running.mined, running.sold_licensed) == (D(10), D(8))
    overview = desk.share_overview("BTC", months=3)
    assert [p.month.label for p in overview.months][-1] == mining.period_of(TODAY, "month").label
    assert len(overview.months) == 3 and overview.history == [running]
    next_quarter = MiningDesk(store, FixedClock(day(2025, 7, 2)))
    (now, before) = next_quarter.share_checks("BTC")
    assert now.period.start == day(2025, 7, 1) and not before.running
    fees = next_quarter.fee_report()
    assert [line.quarter.label for line in fees.lines] == ["Q3 2025", "Q2 2025"]
    assert fees.lines[1].fee.kwh == D(1000) and (fees.due_day, fees.due_months) == (25, 2)
    basis = next_quarter.save_fee_basis(day(2025, 4, 1), {"paid_on": day(2025, 7, 1)})
    assert next_quarter.fee_basis(day(2025, 4, 1)).id == basis.id
    assert next_quarter.fee_report().lines[1].paid


def test_the_forms_say_what_would_be_flagged_or_counted(desk: MiningDesk, venue: int) -> None:
    other = desk.save_venue({"name": "Nomad OTC"}).id
    form = desk.sale_form()
    assert [name for _id, name in form.venues] == ["Astana Digital Exchange", "Nomad OTC"]
    assert form.venue_problem(venue, TODAY) == ""
    assert form.venue_problem(other, TODAY) == "no AIFC licence"
    assert form.venue_problem(None, TODAY) is None
    desk.retire_venue(other, "closed")
    assert [name for _id, name in desk.sale_form().venues] == ["Astana Digital Exchange"]
    assert desk.output_form().pool_problem("Any Pool", TODAY).startswith("pool not accredited")
