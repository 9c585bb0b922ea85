"""Canonical audit states (issue #18): one form by column type on both engines, and a
chain written before it (tests/data/chain_v1.sqlite, made by make_chain_v1.py with the
old code) still verifies after the upgrade, also once new entries follow the old ones."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kuzet.store import audit
from kuzet.store.models import Licence
from kuzet.store.models.customer import Customer
from kuzet.store.models.mining import Sale
from kuzet.store.session import Store
from kuzet.store.verify import verify

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def old_chain(tmp_path: Path) -> Path:
    path = tmp_path / "old" / "chain_v1.sqlite"
    path.parent.mkdir()
    shutil.copyfile(DATA / "chain_v1.sqlite", path)
    return path


@pytest.mark.sqlite_only
def test_an_old_chain_verifies_after_the_upgrade_and_after_new_entries(old_chain: Path) -> None:
    store, outcome = Store.open(old_chain)
    try:
        assert outcome.startswith("upgraded the schema")
        assert verify(store.engine).intact
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT canonical_from FROM audit_chain")).scalar() == 9
        with audit.acting_as("mlro.v2"), store.transaction() as session:
            session.get(Sale, 3).counterparty = "Edited after the upgrade"  # v1 bulk row
            session.get(Customer, 1).notes = "reviewed"  # v1 row, v2 entry
            session.add(
                Licence(
                    licence_type="afsa", number="N-2", issuer="AFSA", issued_on=dt.date(2025, 1, 1)
                )
            )
        report = verify(store.engine)
        assert report.intact, report.summary()
        assert report.entries == 11
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_an_edit_outside_kuzet_of_an_old_bulk_row_is_still_found(old_chain: Path) -> None:
    store, _ = Store.open(old_chain)
    store.close()
    with sqlite3.connect(old_chain) as conn:
        conn.execute("UPDATE sale SET amount = '9' WHERE id = 4")
    store, _ = Store.open(old_chain)
    try:
        report = verify(store.engine)
        assert not report.intact
        assert "sale #1..#5" in report.summary()
    finally:
        store.close()


def test_states_are_canonical_by_column_type(store: Store) -> None:
    decided = dt.datetime(2025, 3, 4, 5, 6, 7, 890, tzinfo=dt.UTC)
    with audit.acting_as("mlro"), store.transaction() as session:
        session.add(
            Customer(
                kind="individual",
                name="Canonical",
                iin_bin="900101400001",
                birth_date=dt.date(1990, 1, 1),
                iin_conflict=True,
                decided_at=decided,
            )
        )
    with store.engine.connect() as conn:
        after = conn.execute(
            text("SELECT after FROM audit_trail WHERE register_name = 'customer'")
        ).scalar_one()
    state = json.loads(after)
    assert state["decided_at"] == "2025-03-04T05:06:07.000890Z"
    assert state["birth_date"] == "1990-01-01"
    assert state["iin_conflict"] is True
    assert state["retired_at"] is None
    assert state["created_at"].endswith("Z")
    assert verify(store.engine).intact
