"""Benchmark: 100,000 transactions of 2,000 customers: the import (CSV, all rows checked,
written in bulk with the audit trail), one monitoring run over all of them, a second run
(idempotent: no new alert), and the Transactions page's list queries.

Run on demand: ``.venv/bin/pytest tests/perf/test_transactions_perf.py -m perf -s``.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import time
from pathlib import Path

import pytest

from kuzet.regime.ids import make_iin
from kuzet.registers.customers import customer_file as customers
from kuzet.registers.customers.bulk import CustomerSeed, insert_seeds
from kuzet.registers.listing import ListQuery
from kuzet.registers.monitoring import runs as monitoring
from kuzet.registers.monitoring import transactions
from kuzet.registers.monitoring.transaction_listing import TransactionListing
from kuzet.store.session import Store

CUSTOMERS = 2_000
TRANSACTIONS = 100_000
TODAY = dt.date(2026, 11, 25)


def _seeds(rng: random.Random) -> list[tuple[CustomerSeed, str]]:
    seeds = []
    serial = 1
    while len(seeds) < CUSTOMERS:
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 15000))
        number = make_iin(birth, "male", serial)
        serial += 1
        if not number:
            continue
        data = customers.clean(
            {
                "name": f"Клиент {len(seeds)}",
                "iin_bin": number,
                "citizenship": "KZ",
                "residence": rng.choice(["KZ"] * 30 + ["IR"]),
            },
            "individual",
        )
        data["status"] = "approved"
        seeds.append((CustomerSeed(data), number))
    return seeds


def _write_file(path: Path, numbers: list[str], rng: random.Random) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(transactions.IMPORT_FIELDS)
        for index in range(TRANSACTIONS):
            usd = round(rng.lognormvariate(6, 1.2), 2)
            day = TODAY - dt.timedelta(days=rng.randint(0, 364))
            complete = rng.random() > 0.02
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
                    "ID 1" if complete else "",
                    "Beneficiary",
                    f"T{index + 1:033d}",
                    f"P-{index:07d}",
                ]
            )


@pytest.mark.perf
def test_hundred_thousand_transactions(tmp_path: Path) -> None:
    rng = random.Random(2026)
    store, _ = Store.open(tmp_path / "perf.sqlite")
    seeds = _seeds(rng)
    with store.transaction() as session:
        insert_seeds(session, [s for s, _n in seeds], store.rules(session), TODAY)
    path = tmp_path / "transactions.csv"
    _write_file(path, [n for _s, n in seeds], rng)

    started = time.perf_counter()
    with store.transaction() as session:
        result = transactions.import_file(session, path, store.rules(session), TODAY)
    import_seconds = time.perf_counter() - started
    assert result.count == TRANSACTIONS

    started = time.perf_counter()
    with store.transaction() as session:
        first = monitoring.run(session, store.rules(session), TODAY)
    first_seconds = time.perf_counter() - started
    started = time.perf_counter()
    with store.transaction() as session:
        again = monitoring.run(session, store.rules(session), TODAY)
    again_seconds = time.perf_counter() - started
    assert sum(again.new_alerts.values()) == 0

    listing = TransactionListing()
    timings = {}
    for name, query in {
        "all, newest first": ListQuery(sort="occurred_on", descending=True),
        "by value in KZT": ListQuery(sort="value_kzt", descending=True),
        "by customer name": ListQuery(sort="customer"),
        "Travel Rule incomplete": ListQuery(filters={"travel_rule": "incomplete"}),
        "search a wallet": ListQuery(search="T000000000000000000000000000004242"),
        "customer filter": ListQuery(filters={"customer": seeds[5][1]}),
    }.items():
        started = time.perf_counter()
        with store.reading() as session:
            ids = listing.ids(session, query)
            listing.rows(session, ids[:200])
        timings[name] = time.perf_counter() - started
    store.close()
    print(f"\nimport of {TRANSACTIONS:,} rows: {import_seconds:.1f} s")
    print(
        f"monitoring: first run {first_seconds:.1f} s "
        f"({sum(first.new_alerts.values())} alerts, {first.threshold_reports} threshold reports), "
        f"second run {again_seconds:.1f} s"
    )
    for name, seconds in timings.items():
        print(f"list query ({name}) with the first 200 rows: {seconds * 1000:.0f} ms")
