"""Team mode on PostgreSQL (issue #18): a 1,000,000-row sales import against a raw
``executemany``, and two officers saving at once. Needs ``--engine=postgresql`` (the
plugin's throwaway server on this machine).

* Import: ``kuzet import sales --db URL`` (a subprocess, start to exit: reading, checking,
  the insert with its bulk trail entries, commit) against psycopg's ``executemany`` of the
  same parsed rows into the ``sale`` table of another fresh Kuzet database on the same
  server, in one transaction. ``kuzet verify`` must pass after the import.
* Saves: two processes each save ``KUZET_PERF_SAVES`` licences through the desk at once
  (one transaction each, the chain head locked per append); saves per second over both,
  against one process saving alone. Each process makes ``WARM`` saves before the clock
  starts (first imports, the rule pack, SQLAlchemy's caches), else the first process run
  pays them and two officers look faster than twice one.

Run on demand: ``pytest tests/perf/test_pg_perf.py -s --engine=postgresql``
(``KUZET_PERF_ROWS`` changes the row count).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from perf.test_sales_import_perf import VENUES, make_trades, parsed_rows

pytestmark = [pytest.mark.perf, pytest.mark.postgresql_only]
ROWS = int(os.environ.get("KUZET_PERF_ROWS", "1000000"))
SAVES = int(os.environ.get("KUZET_PERF_SAVES", "300"))
WARM = 20  # saves each process makes before the clock starts
OFFICER = {"KUZET_OFFICER": "perf.mlro", "KUZET_PASSWORD": "perf-mlro-passphrase-2026"}


def fresh_database(url: str, env: dict[str, str]) -> None:
    code = (
        "import sys; from kuzet.store.session import Store; from kuzet.desk import Desk\n"
        "from kuzet.registers.system import signin\n"
        "signin.begin(signin.Identity(login='perf.mlro', role='mlro'))\n"
        "s, _ = Store.open(sys.argv[1])\n"
        f"for name in {VENUES!r}: Desk(s).mining.save_venue({{'name': name}})\n"
        "s.close()"
    )
    subprocess.run([sys.executable, "-c", code, url], env=env, check=True)


def raw_insert(url: str, rows: list[tuple]) -> float:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        started = time.perf_counter()
        with conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO sale (sale_date, coin, amount, price, currency, value_kzt,"
                " venue_id, counterparty, reference, search_text)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
        conn.commit()
        elapsed = time.perf_counter() - started
        assert conn.execute("SELECT count(*) FROM sale").fetchone()[0] == len(rows)
    return elapsed


def test_import_a_million_sales_against_raw_executemany(pg_server, tmp_path: Path) -> None:
    env = dict(os.environ, KUZET_HOME=str(tmp_path / "home"), **OFFICER)
    kuzet = shutil.which("kuzet", path=str(Path(sys.executable).parent)) or "kuzet"
    trades = tmp_path / "trades.csv"
    make_trades(trades, ROWS)
    ours_db, raw_db = pg_server.new_database(), pg_server.new_database()
    for url in (ours_db, raw_db):
        fresh_database(url, env)
    started = time.perf_counter()
    result = subprocess.run(
        [kuzet, "import", "sales", str(trades), "--db", ours_db],
        env=env,
        capture_output=True,
        text=True,
    )
    ours = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"{ROWS} sales imported" in result.stdout
    rows = parsed_rows(trades)
    raw = raw_insert(raw_db, rows)
    started = time.perf_counter()
    check = subprocess.run(
        [kuzet, "verify", "--db", ours_db], env=env, capture_output=True, text=True
    )
    verified = time.perf_counter() - started
    print(
        f"\nPostgreSQL, {ROWS:,} sales rows: kuzet import sales {ours:.1f} s (whole command), "
        f"raw psycopg executemany {raw:.1f} s; ratio {ours / raw:.2f}; load "
        f"{os.getloadavg()[0]:.1f}\nkuzet verify: {check.stdout.strip()} ({verified:.1f} s)"
    )
    assert check.returncode == 0, check.stdout + check.stderr


def _saver(url: str, who: str, home: str, count: int, start, out) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    os.environ["KUZET_HOME"] = home
    from kuzet.desk import Desk
    from kuzet.registers.system import signin
    from kuzet.store.session import Store

    signin.begin(signin.Identity(login=who, role="mlro"))
    store, _ = Store.open(url)
    desk = Desk(store)
    data = {"licence_type": "afsa", "issuer": "AFSA", "issued_on": dt.date(2025, 1, 1)}
    for i in range(WARM):  # not timed: first imports, the rule pack, SQLAlchemy's caches
        desk.licensing.save_licence(data | {"number": f"{who}-warm-{i:02d}"})
    start.wait()
    began = time.perf_counter()
    for i in range(count):
        desk.licensing.save_licence(data | {"number": f"{who}-{i:05d}"})
    out.put((who, time.perf_counter() - began))
    store.close()


def _saves_per_second(url: str, officers: list[str], home: Path) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(len(officers)), context.Queue()
    workers = [
        context.Process(target=_saver, args=(url, who, str(home / who), SAVES, start, out))
        for who in officers
    ]
    for worker in workers:
        worker.start()
    times = [out.get(timeout=600)[1] for _ in workers]
    for worker in workers:
        worker.join(60)
    wall = max(times)
    return len(officers) * SAVES / wall, wall


def test_two_officers_saving_at_once(pg_server, tmp_path: Path) -> None:
    from kuzet.store.session import Store
    from kuzet.store.verify import verify

    alone_url, both_url = pg_server.new_database(), pg_server.new_database()
    alone, _ = _saves_per_second(alone_url, ["solo"], tmp_path)
    both, wall = _saves_per_second(both_url, ["anna", "bolat"], tmp_path)
    print(
        f"\nPostgreSQL saves (licences through the desk, one transaction each): one officer "
        f"{alone:.0f} saves/s; two officers at once {both:.0f} saves/s in total "
        f"({2 * SAVES} saves in {wall:.1f} s); load {os.getloadavg()[0]:.1f}"
    )
    store, _ = Store.open(both_url)
    try:
        report = verify(store.engine)
    finally:
        store.close()
    assert report.intact and report.entries == 2 * (SAVES + WARM), report.summary()
