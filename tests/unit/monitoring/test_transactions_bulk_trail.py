"""A transactions import writes one bulk trail entry per chunk of 5,000 rows (the SHA-256
of the rows as stored), ``kuzet verify`` passes after it, and an edit of one imported row
with the sqlite3 shell (psql on PostgreSQL) is named by ``verify``. The frozen-customer check still runs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kuzet.cli import run
from kuzet.registers.monitoring import transactions
from kuzet.store import audit
from kuzet.store.models import AuditEntry
from kuzet.store.session import Store
from support import raw_sql
from support.monitoring_data import RESIDENT_IIN, TODAY, make_customers, row, write_csv

ROWS = transactions.CHUNK + 7


def sqlite3_shell(database: Path, sql: str) -> None:
    """Run ``sql`` with the real sqlite3 shell, as someone editing the file would."""
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell is not installed")
    subprocess.run([shell, str(database), sql], check=True, capture_output=True)


def test_chunks_of_rows_get_one_entry_each_and_an_edit_outside_kuzet_is_named(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, _ = Store.open(db_file)
    make_customers(store)
    store.close()
    rows = [row(TODAY, RESIDENT_IIN, "in", "500", "1", reference=f"R-{n}") for n in range(ROWS)]
    path = write_csv(tmp_path / "tx.csv", rows)
    assert run(["--db", str(db_file), "import", "transactions", str(path)]) == 0
    assert run(["--db", str(db_file), "verify"]) == 0

    store, _ = Store.open(db_file)
    with store.reading() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.after)
            .where(AuditEntry.register_name == "transaction")
            .order_by(AuditEntry.id)
        ).all()
        stored = session.execute(
            text('SELECT * FROM "transaction" WHERE id <= :n ORDER BY id'), {"n": 5}
        ).all()
    store.close()
    assert [action for action, _ in entries] == [audit.BULK_INSERT, audit.BULK_INSERT]
    batches = [json.loads(after) for _, after in entries]
    assert [(b["first"], b["last"], b["count"]) for b in batches] == [
        (1, transactions.CHUNK, transactions.CHUNK),
        (transactions.CHUNK + 1, ROWS, 7),
    ]
    assert batches[0]["columns"][:5] == [
        "id",
        "created_at",
        "updated_at",
        "retired_at",
        "retired_reason",
    ]
    assert len(stored) == 5 and stored[0][5] == 1 and stored[0][7] == "in"
    assert str(stored[0][6]) == TODAY.isoformat()  # ISO text on SQLite, a date on PostgreSQL

    # One amount changed with the sqlite3 shell (psql on PostgreSQL): verify fails and
    # names the chunk.
    capsys.readouterr()
    tamper = "UPDATE \"transaction\" SET value_kzt = '5' WHERE id = 5003"
    if isinstance(db_file, Path):
        sqlite3_shell(db_file, tamper)
    else:
        raw_sql.execute(db_file, tamper)
    assert run(["--db", str(db_file), "verify"]) == 1
    out = capsys.readouterr()
    said = out.out + out.err
    assert f"transaction #{transactions.CHUNK + 1}..#{ROWS}" in said
    assert "edited outside Kuzet" in said
    assert "transaction #1..#" not in said  # the untouched chunk still matches
