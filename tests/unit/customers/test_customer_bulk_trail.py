"""A customers import writes one bulk trail entry per table and chunk (with the SHA-256
of the rows as stored); ``kuzet verify`` passes after it and names a customer edited with
the sqlite3 shell. The imported customers are still screened."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.cli import run
from kuzet.registers.customers import bulk
from kuzet.store import audit
from kuzet.store.models import AuditEntry
from kuzet.store.models.customer import Customer
from kuzet.store.session import Store
from support.customer_data import TODAY, iin

HEADER = "kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose"


def rows(count: int) -> list[str]:
    found = []
    for n in range(count):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=n)
        found.append(
            f"individual,Клиент {n},CLIENT {n},{iin(born)},{born:%d.%m.%Y},KZ,KZ,"
            f"id_card,{n:09d},2030-01-01,Астана,{'domestic' if n % 3 == 0 else ''},Exchange"
        )
    return found


@pytest.mark.sqlite_only
def test_an_import_is_one_entry_per_table_and_an_edit_outside_kuzet_is_named(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("\n".join([HEADER, *rows(30)]) + "\n", encoding="utf-8")
    assert run(["--db", str(db_file), "import", "customers", str(path)]) == 0
    assert run(["--db", str(db_file), "verify"]) == 0

    store, _ = Store.open(db_file)
    with store.reading() as session:
        entries = session.exec(
            select(AuditEntry.register_name, AuditEntry.action, AuditEntry.after).where(
                AuditEntry.register_name.in_(["customer", "pep_status", "risk_assessment"])
            )
        ).all()
        customers = session.exec(select(Customer).order_by(Customer.id)).all()
    store.close()
    assert sorted((name, action) for name, action, _ in entries) == [
        ("customer", audit.BULK_INSERT),
        ("pep_status", audit.BULK_INSERT),
        ("risk_assessment", audit.BULK_INSERT),
    ]
    counts = {name: json.loads(after)["count"] for name, _, after in entries}
    assert counts == {"customer": 30, "pep_status": 10, "risk_assessment": 30}
    assert len(customers) == 30 and customers[0].birth_date == dt.date(1960, 1, 1)
    assert all(c.status == "pending" for c in customers)

    capsys.readouterr()
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell is not installed")
    edit = "UPDATE customer SET name_latin = 'SOMEONE ELSE' WHERE id = 7"
    subprocess.run([shell, str(db_file), edit], check=True, capture_output=True)
    assert run(["--db", str(db_file), "verify"]) == 1
    said = "".join(capsys.readouterr())
    assert "customer #1..#30" in said and "edited outside Kuzet" in said


@pytest.mark.sqlite_only
def test_rows_inserted_in_bulk_are_stored_as_sqlalchemy_stores_them(store: Store) -> None:
    """Flags as 0/1, dates as ISO text and datetimes without a zone, so the ORM reads them
    back and the digest matches what ``verify`` reads."""
    with store.transaction() as session:
        data = {
            "kind": "individual",
            "name": "Тест",
            "name_latin": "TEST",
            "iin_bin": iin(dt.date(1990, 1, 1)),
            "birth_date": dt.date(1990, 1, 1),
            "status": "approved",
            "onboarded_on": TODAY,
            "decided_at": dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        }
        (customer_id,) = bulk.insert_seeds(
            session, [bulk.CustomerSeed(data)], store.rules(session), TODAY
        )
    with store.reading() as session:
        found = session.get(Customer, customer_id)
        raw = (
            session.connection()
            .exec_driver_sql(
                "SELECT birth_date, decided_at FROM customer WHERE id = ?", (customer_id,)
            )
            .one()
        )
    assert found.birth_date == dt.date(1990, 1, 1) and found.next_review_on is not None
    assert found.decided_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert tuple(raw) == ("1990-01-01", "2026-01-02 03:04:05.000000")
