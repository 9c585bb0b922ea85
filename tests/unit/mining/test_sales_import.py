"""Importing trade histories and payout files: all or nothing, every bad row named,
deduplication by venue and reference, cancel, and an audit trail that verifies."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuzet.progress import Cancelled, Progress
from kuzet.registers.errors import ImportRejected
from kuzet.registers.mining import (
    import_checker as mining_checker,
)
from kuzet.registers.mining import (
    imports as mining_imports,
)
from kuzet.registers.mining import (
    venues,
)
from kuzet.store import audit
from kuzet.store.bulk import BulkWriter
from kuzet.store.canonical import row_canonicaliser
from kuzet.store.models import AuditEntry
from kuzet.store.models.mining import MiningOutput, Sale
from kuzet.store.verify import verify
from support import raw_sql

D = Decimal  # the many amounts below

HEADER = "date,coin,amount,price,currency,venue,reference"


@pytest.fixture(autouse=True, params=["in-process", "checker-process"])
def checker(request, monkeypatch) -> Iterator[str]:
    """Every test twice: checked in this process (as small files are), and checked by a
    second process while this one writes (as files of 50,000 lines and more are)."""
    outcomes: list[object] = []
    if request.param == "checker-process":
        monkeypatch.setattr(mining_checker, "FROM_LINES", 0)
        real = mining_checker.import_checked_elsewhere

        def watched(*args, **kwargs):
            try:
                outcome = real(*args, **kwargs)
            except BaseException as exc:
                outcomes.append(type(exc))
                raise
            outcomes.append(outcome)
            return outcome

        monkeypatch.setattr(mining_checker, "import_checked_elsewhere", watched)
    yield request.param
    # the checker really ran (never "unavailable"), and no checker process is left behind
    assert mining_checker.UNAVAILABLE not in outcomes
    assert multiprocessing.active_children() == []


@pytest.fixture
def venue_store(store):
    with store.transaction() as session:
        venues.create(
            session,
            {
                "name": "Astana Digital Exchange",
                "aifc_licence_number": "A-1",
                "aifc_status": "active",
            },
        )
        venues.create(session, {"name": "Nomad OTC", "aifc_status": "none"})
    return store


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_sales(store, path: Path, **kw):
    with store.transaction() as session:
        return mining_imports.import_sales(session, path, dt.date(2026, 11, 25), **kw)


def count(store, model) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_import_values_dates_and_kzt_value(venue_store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "trades.csv",
        HEADER + ",counterparty,kzt_rate",
        "2025-01-05,BTC,0.5,45000000.5,KZT,Astana Digital Exchange,T1,ТОО «Алтын Сауда»,",
        "2025-01-06T23:30:00+05:00,btc,0.25,95000,USDT,  astana digital  EXCHANGE ,T2,,510.5",
        "06.01.2025,ETH,2,3000,USD,Nomad OTC,T3,,",
    )
    result = run_sales(venue_store, path)
    assert (result.imported, result.duplicates, result.rows) == (3, 0, 3)
    with venue_store.reading() as session:
        sales = session.execute(select(Sale).order_by(Sale.id)).scalars().all()
    assert [(s.sale_date, s.coin, s.amount, s.value_kzt) for s in sales] == [
        (dt.date(2025, 1, 5), "BTC", D("0.5"), D("22500000.25")),
        (dt.date(2025, 1, 6), "BTC", D("0.25"), D("12124375.00")),
        (dt.date(2025, 1, 6), "ETH", D("2"), None),
    ]
    assert sales[0].search_text == "t1 тоо «алтын сауда»"
    assert verify(venue_store.engine).intact


def test_reimporting_the_same_rows_adds_nothing(venue_store, tmp_path: Path) -> None:
    first = write(
        tmp_path / "a.csv",
        HEADER,
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1",
        "2025-01-05,BTC,0.5,45000000,KZT,Nomad OTC,T1",  # same reference, other venue
    )
    assert run_sales(venue_store, first).imported == 2
    again = write(
        tmp_path / "b.csv",
        HEADER,
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1",
        "2025-01-07,BTC,0.1,45000000,KZT,Astana Digital Exchange,T9",
        "2025-01-07,BTC,0.1,45000000,KZT,Astana Digital Exchange,T9",  # repeated in the file
        "2025-01-05,BTC,0.5,45000000,KZT,NOMAD OTC,T1",
    )
    result = run_sales(venue_store, again)
    assert (result.imported, result.duplicates, result.rows) == (1, 3, 4)
    assert run_sales(venue_store, again).imported == 0
    assert count(venue_store, Sale) == 3
    assert verify(venue_store.engine).intact


def test_a_file_with_bad_rows_imports_nothing_and_names_every_one(
    venue_store, tmp_path: Path
) -> None:
    good = [f"2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T{i}" for i in range(12000)]
    path = write(
        tmp_path / "bad.csv",
        HEADER,
        *good,  # more than a chunk: the good rows before the bad ones were written, then undone
        "2031-01-05,BTC,0.5,1,KZT,Astana Digital Exchange,B1",
        "2025-01-05,BTC,0,1,KZT,Astana Digital Exchange,B2",
        "2025-01-05,BTC,1,1.2.3,KZT,Astana Digital Exchange,B3",
        "2025-01-05,BTC,1,1,KZT,Unknown Venue,B4",
        "2025-01-05,B,1,1,KZT,Astana Digital Exchange,B5",
        "2025-13-05,BTC,1,1,KZT,Astana Digital Exchange,B6",
        "2025-01-05,BTC,1,1,KZT,Astana Digital Exchange,",
    )
    entries_before = count(venue_store, AuditEntry)
    with pytest.raises(ImportRejected) as caught:
        run_sales(venue_store, path)
    problems = [(p.line, p.field, p.reason) for p in caught.value.problems]
    assert problems == [
        (12002, "date", "2031-01-05 is in the future"),
        (12003, "amount", "must be more than zero"),
        (12004, "price", "'1.2.3' is not a number (use a dot for decimals)"),
        (12005, "venue", "'Unknown Venue' is not in the venue register: add it on the Venues page"),
        (12006, "coin", "'B' is not a coin code (2-10 letters or digits, e.g. BTC)"),
        (12007, "date", "'2025-13-05' is not a date (YYYY-MM-DD or DD.MM.YYYY)"),
        (12008, "reference", "the trade reference is required (it prevents doubles)"),
    ]
    assert "bad.csv, line 12002, field date" in str(caught.value)
    assert count(venue_store, Sale) == 0
    assert count(venue_store, AuditEntry) == entries_before


def test_a_missing_column_is_refused_and_a_mapping_fixes_it(venue_store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "exchange.csv",
        "Time;Asset;Qty;Price;Quote;Exchange;Trade ID",
        "2025-02-01 10:00:00;BTC;0.1;46000000;KZT;Astana Digital Exchange;X-1",
    )
    with pytest.raises(ImportRejected) as caught:
        run_sales(venue_store, path)
    assert {p.field for p in caught.value.problems} == set(mining_imports.SALE_REQUIRED) - {"price"}
    mapping = {
        "date": "Time",
        "coin": "Asset",
        "amount": "Qty",
        "price": "Price",
        "currency": "Quote",
        "venue": "Exchange",
        "reference": "Trade ID",
    }
    assert run_sales(venue_store, path, mapping=mapping).imported == 1


def test_cancel_leaves_nothing_written(venue_store, tmp_path: Path) -> None:
    rows = [f"2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T{i}" for i in range(20000)]
    path = write(tmp_path / "big.csv", HEADER, *rows)
    seen = []

    def report(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done >= 10000:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled):
        run_sales(venue_store, path, progress=progress)
    assert seen[0] == 0 and max(seen) >= 10000
    assert count(venue_store, Sale) == 0
    assert verify(venue_store.engine).intact


def test_output_import_flags_and_dedupes(store, tmp_path: Path) -> None:
    path = write(
        tmp_path / "payouts.csv",
        "date,coin,amount,pool,kwh,reference",
        "2025-03-01,BTC,0.045,Сарыарқа Pool,31500,P1",
        "2025-03-02,BTC,0.044,Сарыарқа Pool,,P2",
    )
    with store.transaction() as session:
        result = mining_imports.import_output(
            session, path, store.rules(session), dt.date(2026, 11, 25)
        )
    assert (result.imported, result.flagged) == (2, 2)  # the pool is not in the register
    with store.transaction() as session:
        again = mining_imports.import_output(
            session, path, store.rules(session), dt.date(2026, 11, 25)
        )
    assert (again.imported, again.duplicates) == (0, 2)
    with store.reading() as session:
        kwh = session.execute(select(MiningOutput.kwh).order_by(MiningOutput.id)).scalars().all()
    assert kwh == [D("31500"), None]
    assert verify(store.engine).intact


# --- the bulk trail is the trail the ORM path writes -------------------------------------


def test_bulk_states_equal_the_stored_rows_and_one_entry_covers_the_chunk(store) -> None:
    rng = random.Random(5)
    awkward = ["plain", 'quote " and \\ back', "tab\tnew\nline", "ә ғ қ ң ө ұ ү һ і", "\x01", ""]
    with store.transaction() as session:
        venue = venues.create(session, {"name": "V"})
        conn = session.connection()
        writer = BulkWriter(
            conn, Sale.__table__, mining_imports.SALE_COLUMNS, reason="import «x».csv"
        )
        rows = [
            (
                f"2025-01-0{rng.randint(1, 9)}",
                "BTC",
                f"0.{rng.randint(1, 10**8)}",
                "45000000",
                "KZT",
                None,
                "123.45",
                venue.id,
                rng.choice(awkward),
                f"R{i}",
                rng.choice(awkward),
            )
            for i in range(50)
        ]
        ids = writer.add(rows)
        columns = ", ".join(f'"{c}"' for c in writer.columns)
        query = f"SELECT {columns} FROM sale ORDER BY id"
        stored = [tuple(row) for row in conn.exec_driver_sql(query)]
        built = [writer.stored(record_id, row) for record_id, row in zip(ids, rows, strict=True)]
        entries = conn.execute(
            select(AuditEntry).where(AuditEntry.register_name == "sale").order_by(AuditEntry.id)
        ).all()
    canon = row_canonicaliser(Sale.__table__, writer.columns)
    # the writer's rows are the stored rows (as the drivers give them: in canonical form)
    assert [canon(r) for r in built] == [canon(r) for r in stored]
    (entry,) = entries
    assert (entry.action, entry.record_id, entry.reason) == (
        "bulk-insert",
        ids[0],
        "import «x».csv",
    )
    body = json.loads(entry.after)
    assert (body["first"], body["last"], body["count"]) == (ids[0], ids[-1], 50)
    assert body["columns"] == list(writer.columns)
    # the digest is over exactly those rows in canonical form (store/canonical.py: UTC ISO
    # datetimes, the same on SQLite and PostgreSQL), as canonical JSON
    assert body["digest"] == audit.bulk_digest([canon(r) for r in stored])
    text = json.dumps([canon(r) for r in stored], ensure_ascii=False, separators=(",", ":"))
    assert body["digest"] == hashlib.sha256(text.encode()).hexdigest()
    report = verify(store.engine)
    assert report.intact, report.problems


def tamper(db: Path, sql: str) -> None:
    """SQL behind Kuzet's back, on either engine (``support/raw_sql.py``)."""
    raw_sql.execute(db, sql)


@pytest.mark.parametrize(
    ("sql", "says"),
    [
        (
            "UPDATE sale SET amount = '9.5' WHERE reference = 'T2'",
            "rows differ from their imported state",
        ),
        ("DELETE FROM sale WHERE reference = 'T2'", "2 of 3 rows left"),
    ],
)
def test_verify_finds_a_bulk_row_changed_outside_kuzet(
    venue_store, db_file: Path, tmp_path: Path, sql: str, says: str
) -> None:
    path = write(
        tmp_path / "a.csv",
        HEADER,
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1",
        "2025-01-06,BTC,0.25,45000000,KZT,Astana Digital Exchange,T2",
        "2025-01-07,BTC,0.125,45000000,KZT,Astana Digital Exchange,T3",
    )
    run_sales(venue_store, path)
    assert verify(venue_store.engine).intact
    tamper(db_file, sql)
    report = verify(venue_store.engine)
    assert not report.intact
    assert any("sale #" in p and "bulk import" in p and says in p for p in report.problems), (
        report.problems
    )


def test_a_bulk_row_tampered_then_edited_through_kuzet_is_still_found(
    venue_store, db_file: Path, tmp_path: Path
) -> None:
    from kuzet.registers.mining import sales

    path = write(
        tmp_path / "a.csv", HEADER, "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1"
    )
    run_sales(venue_store, path)
    tamper(db_file, "UPDATE sale SET amount = '5' WHERE reference = 'T1'")
    with venue_store.transaction() as session:
        sales.retire(session, session.execute(select(Sale.id)).scalar_one(), "entered twice")
    report = verify(venue_store.engine)
    assert any("rows differ from their imported state" in p for p in report.problems), (
        report.problems
    )


def test_bulk_values_must_be_what_the_database_gives_back(store) -> None:
    with store.transaction() as session:
        venue = venues.create(session, {"name": "V"})
        writer = BulkWriter(session.connection(), Sale.__table__, mining_imports.SALE_COLUMNS)
        good = ["2025-01-01", "BTC", "1", "2", "KZT", None, "2", venue.id, "", "R", "r"]
        for wrong in (1.5, True, dt.date(2025, 1, 1), D("1")):
            row = [*good]
            row[2] = wrong
            with pytest.raises(TypeError):
                writer.add([tuple(good), tuple(row)])
        with pytest.raises(ValueError):
            writer.add([tuple(good[:-1])])
        assert session.execute(select(Sale.id)).first() is None  # nothing was written
        assert writer.add([tuple(good)]) == [1]


def test_a_bulk_row_edited_later_through_the_orm_keeps_the_trail_whole(
    venue_store, tmp_path: Path
) -> None:
    from kuzet.registers.mining import sales

    path = write(
        tmp_path / "a.csv", HEADER, "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1"
    )
    run_sales(venue_store, path)
    with venue_store.transaction() as session:
        sale_id = session.execute(select(Sale.id)).scalar_one()
        sales.retire(session, sale_id, "entered twice")
    with venue_store.reading() as session:
        actions = session.execute(
            select(AuditEntry.action).where(AuditEntry.register_name == "sale")
        ).scalars()
        assert list(actions) == ["bulk-insert", "retire"]
        retire = session.execute(
            select(AuditEntry).where(AuditEntry.action == "retire")
        ).scalar_one()
    assert json.loads(retire.before)["retired_at"] is None  # the state as imported
    assert json.loads(retire.before)["reference"] == "T1"
    assert verify(venue_store.engine).intact


def test_the_quick_path_stores_what_the_careful_path_stores(venue_store, tmp_path: Path) -> None:
    """The first row with a new coin, currency or venue goes the careful way; the same
    trade again (another reference) goes the quick way. Both must store the same."""
    trades = [
        ("2025-01-05", "btc", "0.50000000", "45000000", "kzt", "Astana Digital Exchange", ""),
        ("2025-01-05T10:00:00Z", "BTC", "1E+2", "0.5", "KZT", "Astana Digital Exchange", ""),
        ("05.01.2025", "ETH", "1e-3", "99999.995", "USDT", "Astana Digital Exchange", ""),
        ("2025-01-06", "BTC", "0.1", "45000000", "KZT", "Astana Digital Exchange", "Ақ  Жол\tLLP"),
    ]
    lines = [HEADER + ",counterparty"]
    for copy in ("A", "B"):
        for i, (day, coin, amount, price, currency, venue, party) in enumerate(trades):
            lines.append(f"{day},{coin},{amount},{price},{currency},{venue},{copy}{i},{party}")
    path = write(tmp_path / "twice.csv", *lines)
    assert run_sales(venue_store, path).imported == 8
    with venue_store.reading() as session:
        stored = session.execute(select(Sale).order_by(Sale.id)).scalars().all()
        rows = [
            (s.sale_date, s.coin, s.amount, s.price, s.currency, s.value_kzt, s.counterparty)
            for s in stored
        ]
        searched = [s.search_text for s in stored]
    assert rows[:4] == rows[4:]
    assert rows[4] == (
        dt.date(2025, 1, 5),
        "BTC",
        D("0.5"),
        D("45000000"),
        "KZT",
        D("22500000.00"),
        "",
    )
    assert rows[5][2] == D("100") and rows[5][5] == D("50.00")
    assert rows[6][0] == dt.date(2025, 1, 5) and rows[6][5] is None  # USDT and no rate: unknown
    assert rows[7][6] == "Ақ Жол LLP"
    assert searched[7] == "b3 ақ жол llp"
    assert verify(venue_store.engine).intact


def test_a_known_date_with_a_broken_time_or_a_future_day_is_still_refused(
    venue_store, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "bad.csv",
        HEADER,
        *(f"2025-01-0{i},BTC,0.5,45000000,KZT,Astana Digital Exchange,G{i}" for i in range(1, 5)),
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1",
        "2025-01-05T25:00:00,BTC,0.5,45000000,KZT,Astana Digital Exchange,T2",
        "2026-11-26,BTC,0.5,45000000,KZT,Astana Digital Exchange,T3",
        "2025-01-05T09:30:00,BTC,NaN,45000000,KZT,Astana Digital Exchange,T4",
    )
    with pytest.raises(ImportRejected) as refused:
        run_sales(venue_store, path)
    found = [(p.line, p.field) for p in refused.value.problems]
    assert found == [(7, "date"), (8, "date"), (9, "amount")]
    assert count(venue_store, Sale) == 0


def test_a_large_file_is_checked_by_a_second_process(
    venue_store, tmp_path: Path, checker: str, monkeypatch
) -> None:
    path = write(
        tmp_path / "a.csv",
        HEADER,
        *(f"2025-01-05,BTC,0.{i + 1},45000000,KZT,Astana Digital Exchange,T{i}" for i in range(30)),
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T0",  # again: skipped
    )
    started: list[str] = []
    monkeypatch.setattr(
        multiprocessing.process.BaseProcess,
        "start",
        _recording_start(started, multiprocessing.process.BaseProcess.start),
    )
    result = run_sales(venue_store, path)
    assert (result.imported, result.duplicates, result.rows) == (30, 1, 31)
    assert started == (["kuzet-import-checker"] if checker == "checker-process" else [])
    assert verify(venue_store.engine).intact


def _recording_start(started: list[str], start):
    def recording(self):
        started.append(self.name)
        return start(self)

    return recording
