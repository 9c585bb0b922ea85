"""Importing 1,000,000 sales rows with ``kuzet import sales`` against a raw insert.

In the same run: a CSV of 1,000,000 trades is generated; ``kuzet import sales`` imports it
into a fresh Kuzet database (a subprocess, timed from start to exit: start-up, reading,
checking every row (in a second process, as Kuzet does for large files), the insert and
the audit trail (one entry per chunk of 5,000 rows with their SHA-256), commit); the same
parsed rows are inserted with the standard library's ``sqlite3`` ``executemany`` in one
transaction into the ``sale`` table of another fresh Kuzet database (the same schema,
indexes and journal mode), timed from the first insert to the commit.
Target: Kuzet <= 3x the raw insert. Afterwards ``kuzet verify`` must pass on the import.

Run on demand: ``pytest tests/perf/test_sales_import_perf.py -s``
(``KUZET_PERF_ROWS`` changes the row count).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kuzet.store.db import BULK_CACHE_KIB

pytestmark = pytest.mark.perf
ROWS = int(os.environ.get("KUZET_PERF_ROWS", "1000000"))
VENUES = ("Astana Digital Exchange", "Qazaq Crypto Exchange", "Nomad OTC Ltd")
HEADER = ["date", "coin", "amount", "price", "currency", "venue", "reference"]


def make_trades(path: Path, rows: int) -> None:
    """A trade history over three years, oldest first, as an exchange exports it."""
    rng = random.Random(2026)
    start = dt.datetime(2023, 1, 1)
    seconds = 3 * 365 * 86400
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            when = start + dt.timedelta(seconds=i * seconds // rows)
            stamp = when.date().isoformat() if i % 2 else when.isoformat() + "Z"
            usdt = i % 5 == 0
            writer.writerow(
                [
                    stamp,
                    "BTC" if i % 7 else "ETH",
                    f"0.{rng.randrange(1, 10**8):08d}",
                    f"{rng.randrange(80_000, 110_000)}.{rng.randrange(100):02d}"
                    if usdt
                    else f"{rng.randrange(40_000_000, 55_000_000)}",
                    "USDT" if usdt else "KZT",
                    VENUES[i % 3],
                    f"TR-{i:09d}",
                ]
            )


def fresh_database(path: Path, env: dict[str, str]) -> None:
    code = (
        "import sys; from pathlib import Path; from kuzet.store.session import Store;"
        "from kuzet.registers import venues\n"
        "s, _ = Store.open(Path(sys.argv[1]))\n"
        "with s.transaction() as session:\n"
        f"    for name in {VENUES!r}: venues.create(session, {{'name': name}})\n"
        "s.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True)


def parsed_rows(path: Path) -> list[tuple]:
    """The rows as Kuzet stores them (what the raw insert writes)."""
    from kuzet.registers.mining.common import search_text
    from kuzet.registers.mining.sales import kzt_value

    ids = {name: number for number, name in enumerate(VENUES, start=1)}
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for day, coin, amount, price, currency, venue, reference in reader:
            value = kzt_value(Decimal(amount), Decimal(price), currency)
            rows.append(
                (
                    day[:10],
                    coin,
                    amount,
                    price,
                    currency,
                    None if value is None else format(value, "f"),
                    ids[venue],
                    "",
                    reference,
                    search_text(reference),
                )
            )
    return rows


def raw_insert(path: Path, rows: list[tuple], cache_kib: int = 0) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the insert and its commit."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if cache_kib:
            conn.execute(f"PRAGMA cache_size=-{cache_kib}")
        started, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO sale (sale_date, coin, amount, price, currency, value_kzt, venue_id,"
            " counterparty, reference, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert conn.execute("SELECT count(*) FROM sale").fetchone()[0] == len(rows)
    finally:
        conn.close()
    return elapsed, cpu


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_import_a_million_sales_within_3x_of_a_raw_insert(tmp_path: Path) -> None:
    env = dict(os.environ, KUZET_HOME=str(tmp_path / "home"))
    kuzet = shutil.which("kuzet", path=str(Path(sys.executable).parent)) or "kuzet"
    trades = tmp_path / "trades.csv"
    make_trades(trades, ROWS)
    ours_db, raw_db = tmp_path / "kuzet.sqlite", tmp_path / "raw.sqlite"
    roomy_db = tmp_path / "raw-roomy.sqlite"
    for path in (ours_db, raw_db, roomy_db):
        fresh_database(path, env)

    started, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run(
        [kuzet, "import", "sales", str(trades), "--db", str(ours_db)],
        env=env,
        capture_output=True,
        text=True,
    )
    ours, ours_cpu = time.perf_counter() - started, children_cpu() - cpu
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"{ROWS} sales imported" in result.stdout

    rows = parsed_rows(trades)
    raw, raw_cpu = raw_insert(raw_db, rows)
    ratio = ours / raw
    # For reference only: the raw insert with the page cache Kuzet's import sets.
    roomy, _ = raw_insert(roomy_db, rows, BULK_CACHE_KIB)
    print(
        f"\n{ROWS:,} sales rows: kuzet import sales {ours:.1f} s (whole command), "
        f"raw sqlite3 executemany {raw:.1f} s; ratio {ratio:.2f} (target <= 3)"
        f"\nCPU time: kuzet {ours_cpu:.1f} s, raw {raw_cpu:.1f} s (ratio {ours_cpu / raw_cpu:.2f}); "
        f"raw with Kuzet's page cache {roomy:.1f} s (ratio {ours / roomy:.2f})"
    )

    started = time.perf_counter()
    check = subprocess.run(
        [kuzet, "verify", "--db", str(ours_db)], env=env, capture_output=True, text=True
    )
    print(f"kuzet verify: {check.stdout.strip()} ({time.perf_counter() - started:.1f} s)")
    assert check.returncode == 0
    again = subprocess.run(
        [kuzet, "import", "sales", str(trades), "--db", str(ours_db)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert f"0 sales imported from {trades}; {ROWS} duplicates skipped" in again.stdout
    assert ratio <= 3
