"""Importing 100,000 transactions with ``kuzet import transactions`` against a raw insert.

In the same run: 2,000 customers are written into a Kuzet database and a CSV of 100,000
transactions is generated. Each round copies that database twice; ``kuzet import
transactions`` imports the file into one copy (a subprocess, timed from start to exit:
start-up, reading, checking every row, the Travel Rule status, the insert and the audit
trail (one entry per chunk of 5,000 rows with their SHA-256), the frozen-customer check,
commit); the same rows, read back from that import exactly as stored, are inserted into
the other copy with the standard library's ``sqlite3`` ``executemany`` in one transaction
(the same schema, indexes and journal mode), timed from the first insert to the commit.
Target: the median ratio of three rounds <= 3. Afterwards ``kuzet verify`` must pass.

Run on demand: ``pytest tests/perf/test_transactions_import_perf.py -m perf -s``
(``KUZET_PERF_ROWS`` changes the row count, ``KUZET_PERF_ROUNDS`` the rounds).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kuzet.regime.ids import make_iin
from kuzet.registers.customers import customer_file
from kuzet.registers.customers.bulk import CustomerSeed, insert_seeds
from kuzet.registers.monitoring.transactions import IMPORT_FIELDS
from kuzet.store.session import Store

pytestmark = pytest.mark.perf
ROWS = int(os.environ.get("KUZET_PERF_ROWS", "100000"))
ROUNDS = int(os.environ.get("KUZET_PERF_ROUNDS", "3"))
CUSTOMERS = 2_000
TODAY = dt.date(2026, 11, 25)


def base_database(path: Path, rng: random.Random) -> list[str]:
    """A Kuzet database with 2,000 approved customers (a few resident in Iran); their IINs."""
    seeds, numbers, serial = [], [], 1
    while len(seeds) < CUSTOMERS:
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 15000))
        number = make_iin(birth, "male", serial)
        serial += 1
        if not number:
            continue
        data = customer_file.clean(
            {
                "name": f"Клиент {len(seeds)}",
                "iin_bin": number,
                "citizenship": "KZ",
                "residence": rng.choice(["KZ"] * 30 + ["IR"]),
            },
            "individual",
        )
        data["status"] = "approved"
        seeds.append(CustomerSeed(data))
        numbers.append(number)
    store, _ = Store.open(path)
    try:
        with store.transaction() as session:
            insert_seeds(session, seeds, store.rules(session), TODAY)
    finally:
        store.close()
    return numbers


def write_file(path: Path, numbers: list[str], rng: random.Random) -> None:
    """``ROWS`` transactions over the year to ``TODAY``, 2% without Travel Rule data."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(IMPORT_FIELDS)
        for index in range(ROWS):
            usd = round(rng.lognormvariate(6, 1.2), 2)
            day = TODAY - dt.timedelta(days=rng.randint(0, 364))
            writer.writerow(
                [
                    day.isoformat(),
                    rng.choice(numbers),
                    rng.choice(("in", "in", "out")),
                    rng.choice(("USDT", "BTC", "KZT")),
                    usd,
                    round(usd * 518.4, 2),
                    usd,
                    f"T{index:033d}",
                    rng.choice(("Binance", "Bybit", "OKX", "")),
                    "Originator",
                    f"T{index:033d}",
                    "ID 1" if rng.random() > 0.02 else "",
                    "Beneficiary",
                    f"T{index + 1:033d}",
                    f"P-{index:07d}",
                ]
            )


def copy_database(source: Path, target: Path) -> None:
    old, new = sqlite3.connect(source), sqlite3.connect(target)
    try:
        old.backup(new)
    finally:
        new.close()
        old.close()


def stored_rows(path: Path) -> tuple[list[str], list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        cursor = conn.execute('SELECT * FROM "transaction" ORDER BY id')
        names = [d[0] for d in cursor.description]
        return names, cursor.fetchall()
    finally:
        conn.close()


def raw_insert(path: Path, names: list[str], rows: list[tuple]) -> float:
    """Wall seconds of one executemany of ``rows`` and its commit."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f'INSERT INTO "transaction" ({columns}) VALUES ({marks})', rows)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        assert conn.execute('SELECT count(*) FROM "transaction"').fetchone()[0] == len(rows)
    finally:
        conn.close()
    return elapsed


def test_import_100000_transactions_within_3x_of_a_raw_insert(tmp_path: Path) -> None:
    env = dict(os.environ, KUZET_HOME=str(tmp_path / "home"))
    kuzet = shutil.which("kuzet", path=str(Path(sys.executable).parent)) or "kuzet"
    rng = random.Random(2026)
    base = tmp_path / "base.sqlite"
    numbers = base_database(base, rng)
    csv_file = tmp_path / "transactions.csv"
    write_file(csv_file, numbers, rng)

    ratios, ours_times, raw_times = [], [], []
    for n in range(ROUNDS):
        ours_db, raw_db = tmp_path / f"kuzet{n}.sqlite", tmp_path / f"raw{n}.sqlite"
        copy_database(base, ours_db)
        copy_database(base, raw_db)
        started = time.perf_counter()
        result = subprocess.run(
            [kuzet, "--db", str(ours_db), "import", "transactions", str(csv_file)],
            env=env,
            capture_output=True,
            text=True,
        )
        ours = time.perf_counter() - started
        assert result.returncode == 0, result.stderr[-2000:]
        names, rows = stored_rows(ours_db)
        assert len(rows) == ROWS
        raw = raw_insert(raw_db, names, rows)
        ratios.append(ours / raw)
        ours_times.append(ours)
        raw_times.append(raw)
        print(f"\nround {n + 1}: kuzet {ours:.2f} s, raw {raw:.2f} s, ratio {ours / raw:.2f}")
    ratio = statistics.median(ratios)
    print(
        f"{ROWS:,} transactions: kuzet import transactions {statistics.median(ours_times):.2f} s "
        f"(whole command), raw sqlite3 executemany {statistics.median(raw_times):.2f} s; "
        f"median ratio of {ROUNDS} rounds {ratio:.2f} (target <= 3)"
    )
    check = subprocess.run(
        [kuzet, "--db", str(tmp_path / "kuzet0.sqlite"), "verify"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert ratio <= 3
