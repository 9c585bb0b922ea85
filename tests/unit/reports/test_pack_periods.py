"""Periods by business date (issue #15, item 1), on a copy of the demo firm with records
written into it by hand with sqlite3: an alert on a transaction of the period detected after
it belongs to the period, with its transaction's reference, and is counted; a list imported
after the period is not shown as in force; a period with no list in force and no screening
run says so as findings; a transaction entered after the period but dated in it is marked as
a late entry with its entry day."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kuzet.reports.formatting import format_date
from kuzet.reports.pack import make_pack
from kuzet.reports.period_findings import (
    NO_LIST_IN_FORCE,
    NO_SCREENING_RUN,
    NO_TRANSACTIONS,
    finding_text,
    list_coverage,
    period_findings,
)
from kuzet.reports.section import PackContext, Period
from kuzet.reports.sections.common import PackData
from kuzet.store.session import Store
from support.demo_db import TODAY
from support.pack_demo_db import flat, page_texts

# A quarter long before the demo's year of records: only what the tests write is in it.
YEAR = TODAY.year - 2
Q3 = (dt.date(YEAR, 7, 1), dt.date(YEAR, 9, 30))
ON_TIME, LATE = f"P-{YEAR}-ONTIME", f"P-{YEAR}-LATE"
LATE_ENTERED = dt.date(YEAR, 10, 20)
DETECTED = dt.date(YEAR, 11, 5)  # in Q4
UN_IMPORTED = dt.date(YEAR, 8, 10)


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()} 09:00:00.000000"  # as the store writes UTC times


def _copy_row(db: sqlite3.Connection, table: str, source_id: int, **values: object) -> int:
    """Insert a copy of one row of ``table`` with ``values`` changed; returns the new id."""
    columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")') if r[1] != "id"]
    picked = ", ".join(f":{c}" if c in values else f'"{c}"' for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = db.execute(
        f'INSERT INTO "{table}" ({names}) SELECT {picked} FROM "{table}" WHERE id = :source',
        {**values, "source": source_id},
    )
    return int(cursor.lastrowid or 0)


@pytest.fixture
def period_db(demo_db: Path) -> Path:
    """The demo with two Q3 transactions (one entered in October), an alert on the first
    detected in November, and an STR on it opened in November."""
    db = sqlite3.connect(demo_db)
    with db:
        tx_source, customer = db.execute('SELECT id, customer_id FROM "transaction"').fetchone()
        on_time = _copy_row(
            db,
            "transaction",
            tx_source,
            reference=ON_TIME,
            occurred_on=dt.date(YEAR, 8, 1).isoformat(),
            created_at=_stamp(dt.date(YEAR, 8, 1)),
            updated_at=_stamp(dt.date(YEAR, 8, 1)),
            retired_at=None,
        )
        _copy_row(
            db,
            "transaction",
            tx_source,
            reference=LATE,
            occurred_on=dt.date(YEAR, 9, 15).isoformat(),
            created_at=_stamp(LATE_ENTERED),
            updated_at=_stamp(LATE_ENTERED),
            retired_at=None,
        )
        customer = db.execute(
            'SELECT customer_id FROM "transaction" WHERE id = ?', (on_time,)
        ).fetchone()[0]
        alert_source = db.execute("SELECT id FROM alert").fetchone()[0]
        alert = _copy_row(
            db,
            "alert",
            alert_source,
            rule="large_transaction",
            customer_id=customer,
            transaction_ids=str(on_time),
            anchor=f"period-test-{on_time}",
            dedupe_key=f"large_transaction:{customer}:period-test-{on_time}",
            pattern_on=dt.date(YEAR, 8, 1).isoformat(),
            detected_on=DETECTED.isoformat(),
            status="explained",
            report_id=None,
            created_at=_stamp(DETECTED),
            retired_at=None,
        )
        str_source = db.execute("SELECT id FROM suspicious_transaction_report").fetchone()[0]
        _copy_row(
            db,
            "suspicious_transaction_report",
            str_source,
            customer_id=customer,
            alert_ids=str(alert),
            transaction_ids=str(on_time),
            detected_on=DETECTED.isoformat(),
            decided_on=DETECTED.isoformat(),
            reported_on=DETECTED.isoformat(),
            fiu_reference=f"AFM-STR-{YEAR}-Q3",
            status="reported",
            created_at=_stamp(DETECTED),
            retired_at=None,
        )
    db.close()
    return demo_db


def _pack(db_path: Path, folder: Path, period: tuple[dt.date, dt.date], **options) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    store, _ = Store.open(db_path)
    try:
        outcome = make_pack(store, folder / "pack.pdf", *period, today=TODAY, **options)
    finally:
        store.close()
    return flat("\n".join(page_texts(outcome.pdf_path)))


def _findings(db_path: Path, period: tuple[dt.date, dt.date]):
    store, _ = Store.open(db_path)
    try:
        with store.reading() as session:
            ctx = PackContext(
                firm_name="Demo",
                period=Period(*period),
                generated_by="test",
                data=PackData(session, store.rules(session), TODAY),
            )
            return period_findings(ctx), list_coverage(ctx), ctx
    finally:
        store.close()


def test_an_alert_detected_after_the_period_belongs_to_its_transactions_period(
    period_db: Path, tmp_path: Path
) -> None:
    text = _pack(period_db, tmp_path, Q3, sections=["monitoring"])
    alerts = text.split("Alerts on the period's transactions")[1].split("Suspicious transaction")[0]
    # listed with its transaction's reference and day, and counted as raised in the period
    assert f"{ON_TIME} ({format_date(dt.date(YEAR, 8, 1))})" in alerts
    assert format_date(DETECTED) in alerts
    assert "Alerts raised 1 " in text
    # the STR on that transaction covers Q3, though it was detected and filed in Q4
    strs = text.split("Suspicious transaction reports (STRs)")[1]
    assert f"AFM-STR-{YEAR}-Q3" in strs.replace(" ", "") and ON_TIME in strs
    # the detection-day pack of Q4 no longer counts it: it happened in Q3
    q4 = (dt.date(YEAR, 10, 1), dt.date(YEAR, 12, 31))
    text_q4 = _pack(period_db, tmp_path / "q4", q4, sections=["monitoring"])
    assert ON_TIME not in text_q4 and "Alerts raised 0 " in text_q4


def test_a_transaction_entered_after_the_period_is_a_late_entry(
    period_db: Path, tmp_path: Path
) -> None:
    text = _pack(period_db, tmp_path, Q3, sections=["monitoring"])
    late = text.split("Transactions entered after the period ended (1)")[1]
    assert LATE in late.split("Late entry")[0]
    assert f"† {format_date(LATE_ENTERED)}" in late.replace("\xa0", " ")
    assert "† Late entry: recorded after the period ended" in text
    assert ON_TIME not in late.split("Late entry")[0]  # entered on its day: not late
    # the same transaction in a pack whose period ends after its entry is not late
    text_year = _pack(period_db, tmp_path / "y", (Q3[0], LATE_ENTERED), sections=["monitoring"])
    assert "Transactions entered after the period ended" not in text_year


def test_a_period_with_no_list_and_no_run_says_so(period_db: Path, tmp_path: Path) -> None:
    found, coverage, ctx = _findings(period_db, Q3)
    kinds = {f.kind: f for f in found}
    assert set(kinds) == {NO_LIST_IN_FORCE, NO_SCREENING_RUN}
    gap = kinds[NO_LIST_IN_FORCE]
    assert (gap.severity, gap.section_key) == ("critical", "screening")
    assert gap.values == {"date_from": Q3[0], "date_to": Q3[1], "days": 92}
    assert kinds[NO_SCREENING_RUN].severity == "high"
    assert "92 day(s)" in finding_text(ctx, gap)
    assert coverage.spans == []  # the demo's lists were imported after the period
    text = _pack(period_db, tmp_path, Q3, sections=["screening"])
    assert "CRITICAL No watchlist was in force on 92 day(s) of the period" in text
    assert "HIGH No screening was run in the period." in text
    # the lists imported after the period are not shown as in force, nor at all
    assert "No list in force" in text
    assert "OFAC SDN (#" not in text and "UN (#" not in text
    # a quarter with no transaction either, while the firm's profile says it trades
    earlier = (dt.date(YEAR, 1, 1), dt.date(YEAR, 3, 31))
    assert NO_TRANSACTIONS in {f.kind for f in _findings(period_db, earlier)[0]}


def test_a_list_is_in_force_from_its_import_until_superseded(
    period_db: Path, tmp_path: Path
) -> None:
    db = sqlite3.connect(period_db)
    with db:
        un = db.execute("SELECT id FROM watchlist_version WHERE list_name = 'UN'").fetchone()[0]
        db.execute(
            "UPDATE watchlist_version SET created_at = ? WHERE id = ?", (_stamp(UN_IMPORTED), un)
        )
    db.close()
    found, coverage, _ctx = _findings(period_db, Q3)
    assert [(s.version.list_name, s.first_day, s.last_day) for s in coverage.spans] == [
        ("UN", UN_IMPORTED, Q3[1])
    ]
    gaps = [f for f in found if f.kind == NO_LIST_IN_FORCE]
    assert [g.values for g in gaps] == [
        {"date_from": Q3[0], "date_to": UN_IMPORTED - dt.timedelta(days=1), "days": 40}
    ]
    text = _pack(period_db, tmp_path, Q3, sections=["screening"])
    assert f"UN (#{un})" in text
    assert f"{format_date(UN_IMPORTED)} – {format_date(Q3[1])}" in text  # in force in Q3
    assert "OFAC SDN (#" not in text  # imported after the period
