"""The audit trail: every change recorded and chained; kuzet verify catches tampering."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.cli import run
from kuzet.registers.licensing import licences
from kuzet.store.audit import DeletionRefused, acting_as
from kuzet.store.models import AuditEntry, Licence
from kuzet.store.session import Store
from kuzet.store.verify import verify
from support import raw_sql


def add_licence(store: Store, number: str, **extra) -> int:
    data = {
        "licence_type": "afsa",
        "number": number,
        "issuer": "AFSA",
        "issued_on": dt.date(2024, 1, 15),
    } | extra
    with store.transaction() as session:
        return licences.create(session, data, store.rules(session), dt.date.today()).id


def trail(store: Store) -> list[AuditEntry]:
    with store.reading() as session:
        return list(session.exec(select(AuditEntry).order_by(AuditEntry.id)))


def test_insert_update_retire_are_recorded_with_before_and_after(store: Store) -> None:
    with acting_as("a.officer"):
        licence_id = add_licence(store, "AFSA-1")
        with store.transaction() as session:
            licences.update(
                session,
                licence_id,
                {"conditions": "Custody excluded"},
                store.rules(session),
                dt.date.today(),
            )
        with store.transaction() as session:
            licences.retire(session, licence_id, "Licence surrendered")
    entries = trail(store)
    assert [e.action for e in entries] == ["insert", "update", "retire"]
    assert {e.actor for e in entries} == {"a.officer"}
    assert all(e.register_name == "licence" and e.record_id == licence_id for e in entries)
    assert entries[0].before is None
    assert json.loads(entries[1].before)["conditions"] == ""
    assert json.loads(entries[1].after)["conditions"] == "Custody excluded"
    assert entries[2].reason == "Licence surrendered"
    assert entries[1].prev_hash == entries[0].hash and entries[2].prev_hash == entries[1].hash
    assert entries[0].at.endswith("Z")
    assert verify(store.engine).intact


def test_a_save_that_changes_nothing_writes_no_entry(store: Store) -> None:
    licence_id = add_licence(store, "AFSA-2")
    with store.transaction() as session:
        licences.update(
            session, licence_id, {"number": "AFSA-2"}, store.rules(session), dt.date.today()
        )
    assert len(trail(store)) == 1


def test_a_failed_transaction_leaves_no_entry(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        licences.create(
            session,
            {
                "licence_type": "afsa",
                "number": "X",
                "issuer": "AFSA",
                "issued_on": dt.date(2024, 1, 1),
            },
            store.rules(session),
            dt.date.today(),
        )
        raise RuntimeError("power cut")
    assert trail(store) == []
    with store.reading() as session:
        assert session.exec(select(Licence)).all() == []


def test_register_records_cannot_be_deleted(store: Store) -> None:
    licence_id = add_licence(store, "AFSA-3")
    with pytest.raises(DeletionRefused), store.transaction() as session:
        session.delete(session.get(Licence, licence_id))
    with store.reading() as session:
        assert session.get(Licence, licence_id) is not None


def tamper(db_file: Path, sql: str, *params) -> None:
    """SQL behind Kuzet's back, on either engine (``support/raw_sql.py``)."""
    raw_sql.execute(db_file, sql, *params)


@pytest.fixture
def three_licences(store: Store, db_file: Path) -> Path:
    for number in ("L-1", "L-2", "L-3"):
        add_licence(store, number)
    with store.transaction() as session:
        licences.update(
            session, 2, {"conditions": "Amended"}, store.rules(session), dt.date.today()
        )
    store.close()
    return db_file


def test_verify_passes_on_an_untouched_database(three_licences: Path, capsys) -> None:
    assert run(["--db", str(three_licences), "verify"]) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact: 4 entries, 3 register rows match" in out


def test_verify_catches_an_edited_licence_row(three_licences: Path, capsys) -> None:
    tamper(three_licences, "UPDATE licence SET expires_on = '2030-01-01' WHERE id = 2")
    assert run(["--db", str(three_licences), "verify"]) == 1
    out = capsys.readouterr().out
    assert "licence #2 differs from its last recorded state in expires_on" in out


def test_verify_catches_an_edited_trail_entry(three_licences: Path, capsys) -> None:
    tamper(three_licences, "UPDATE audit_trail SET actor = 'someone else' WHERE id = 2")
    assert run(["--db", str(three_licences), "verify"]) == 1
    out = capsys.readouterr().out
    assert "trail entry #2 (insert of licence #2" in out
    assert "do not match its hash" in out


def test_verify_catches_a_rewritten_trail_entry_with_a_fresh_hash(
    three_licences: Path, capsys
) -> None:
    from kuzet.store.audit import entry_hash

    row = raw_sql.fetchone(
        three_licences,
        "SELECT id, at, actor, register_name, record_id, action, before, after,"
        " reason, prev_hash FROM audit_trail WHERE id = 2",
    )
    forged = entry_hash(row[0], row[1], "forger", *row[3:])
    tamper(three_licences, "UPDATE audit_trail SET actor = 'forger', hash = ? WHERE id = 2", forged)
    assert run(["--db", str(three_licences), "verify"]) == 1
    assert "trail entry #3" in capsys.readouterr().out  # the next entry no longer chains


def test_verify_catches_a_deleted_trail_entry(three_licences: Path, capsys) -> None:
    tamper(three_licences, "DELETE FROM audit_trail WHERE id = 2")
    assert run(["--db", str(three_licences), "verify"]) == 1
    out = capsys.readouterr().out
    assert "trail entry #3" in out and "entry #2 before it is missing" in out


def test_verify_catches_a_deleted_last_entry_through_the_row(three_licences: Path, capsys) -> None:
    tamper(three_licences, "DELETE FROM audit_trail WHERE id = 4")
    assert run(["--db", str(three_licences), "verify"]) == 1
    assert (
        "licence #2 differs from its last recorded state in conditions" in capsys.readouterr().out
    )


def test_verify_catches_rows_added_or_deleted_outside_kuzet(three_licences: Path, capsys) -> None:
    tamper(three_licences, "DELETE FROM licence WHERE id = 1")
    tamper(
        three_licences,
        "INSERT INTO licence (licence_type, number, issuer, issued_on, conditions,"
        " status, notes) VALUES ('afsa', 'FAKE', 'x', '2024-01-01', '', 'active', '')",
    )
    assert run(["--db", str(three_licences), "verify"]) == 1
    out = capsys.readouterr().out
    assert "licence #1 is in the trail but its row is gone" in out
    assert "licence #4 has no trail entry" in out
