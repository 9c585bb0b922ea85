"""``kuzet verify`` against evidence edited with the sqlite3 shell (issue #16, items 2, 14).

Each test tampers with its own copy of the demo firm as someone holding the file, the
sqlite3 shell and Kuzet's own hash function could, then runs ``kuzet verify`` as a user
would and checks the exit code and that the finding names what was touched:

- a UN-listed person deleted from the list version in force (the entries are not audited
  row by row; the version's recorded hash covers them);
- a correctly chained entry for a register Kuzet does not have, or an action it never
  writes;
- the trail's tail removed, or the trail rewritten and rechained, after a backup in the
  backups folder recorded its head; and no false alarm after a real restore.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from kuzet.cli import run
from kuzet.registers.licensing import licences
from kuzet.store.audit import entry_hash
from kuzet.store.session import Store


def verify(database: Path) -> int:
    return run(["--db", str(database), "verify"])


def backup(database: Path) -> Path:
    assert run(["--db", str(database), "backup"]) == 0
    (made,) = sorted(database.with_name(database.name + ".backups").glob("*.zip"))[-1:]
    return made


def head_of(database: Path) -> tuple[int, str]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1").fetchone()


def add_licences(database: Path, *numbers: str) -> None:
    """Changes made through Kuzet itself: new rows with their trail entries."""
    store, _ = Store.open(database)
    try:
        for number in numbers:
            data = {
                "licence_type": "afsa",
                "number": number,
                "issuer": "AFSA",
                "issued_on": dt.date(2024, 1, 15),
            }
            with store.transaction() as session:
                licences.create(session, data, store.rules(session), dt.date.today())
    finally:
        store.close()


def append_entry(database: Path, register: str, action: str) -> int:
    """One entry chained to the head, hashed exactly as Kuzet hashes: the chain holds."""
    head_id, prev = head_of(database)
    entry = [
        head_id + 1,
        "2026-12-01T10:00:00.000000Z",
        "officer",
        register,
        1,
        action,
        None,
        '{"id":1}',
        None,
    ]
    with sqlite3.connect(database) as conn:
        conn.execute(
            "INSERT INTO audit_trail (id, at, actor, register_name, record_id, action,"
            " before, after, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*entry, prev, entry_hash(*entry, prev)),
        )
    return head_id + 1


def test_the_untouched_demo_firm_is_intact(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verify(demo_db) == 0
    assert "Audit trail intact" in capsys.readouterr().out


# --- item 2: watchlists are evidence too -------------------------------------------------


def test_a_un_listed_person_deleted_from_the_list_in_force_is_named(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_db) as conn:
        version_id, list_name, count = conn.execute(
            "SELECT id, list_name, entries FROM watchlist_version"
            " WHERE active = 1 AND list_format = 'un-xml'"
        ).fetchone()
        ref, name = conn.execute(
            "SELECT ref, name FROM watchlist_entry WHERE version_id = ? AND kind = 'person'"
            " ORDER BY ref LIMIT 1",
            (version_id,),
        ).fetchone()
        conn.execute(
            "DELETE FROM watchlist_entry WHERE version_id = ? AND ref = ?", (version_id, ref)
        )
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert "Audit trail BROKEN" in out
    assert f"list {list_name}, version #{version_id}: {count - 1} of its {count} entries" in out
    assert name not in out  # the finding names the list, not the person


def test_a_list_entry_edited_in_place_is_named_with_its_ref(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_db) as conn:
        version_id, list_name = conn.execute(
            "SELECT id, list_name FROM watchlist_version WHERE active = 1 ORDER BY id LIMIT 1"
        ).fetchone()
        (ref,) = conn.execute(
            "SELECT ref FROM watchlist_entry WHERE version_id = ? ORDER BY ref LIMIT 1",
            (version_id,),
        ).fetchone()
        conn.execute(
            "UPDATE watchlist_entry SET names = '[\"Someone Else\"]', name = 'Someone Else'"
            " WHERE version_id = ? AND ref = ?",
            (version_id, ref),
        )
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert f"list {list_name}, version #{version_id}: entries {ref} differ" in out


def test_an_entry_recomputed_with_its_fingerprints_still_breaks_the_versions_hash(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attacker recomputes the row's own fingerprints: the version's audited hash,
    over every fingerprint, still differs."""
    from kuzet.registers.screening.entries import entry_from_row, entry_row

    with sqlite3.connect(demo_db) as conn:
        conn.row_factory = sqlite3.Row
        version = conn.execute(
            "SELECT id, list_name FROM watchlist_version WHERE active = 1 ORDER BY id LIMIT 1"
        ).fetchone()
        row = dict(
            conn.execute(
                "SELECT * FROM watchlist_entry WHERE version_id = ? ORDER BY ref LIMIT 1",
                (version["id"],),
            ).fetchone()
        )
        listed = row["listed_on"]
        row["listed_on"] = dt.date.fromisoformat(listed) if listed else None
        entry = entry_from_row(SimpleNamespace(**row))
        forged = entry_row(version["id"], replace(entry, dobs=("1901-01-01",)))
        conn.execute(
            "UPDATE watchlist_entry SET dobs = ?, fingerprint = ?, identity_fingerprint = ?"
            " WHERE id = ?",
            (forged["dobs"], forged["fingerprint"], forged["identity_fingerprint"], row["id"]),
        )
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert f"list {version['list_name']}, version #{version['id']}:" in out
    assert "no longer match the version's recorded hash" in out


# --- item 14: entries verify cannot explain ----------------------------------------------


def test_a_chained_entry_for_a_register_that_does_not_exist_is_named(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry_id = append_entry(demo_db, "offshore_payments", "insert")
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert f"trail entry #{entry_id} (insert of offshore_payments #1" in out
    assert "there is no register 'offshore_payments' in Kuzet" in out


def test_a_chained_entry_with_an_action_kuzet_never_writes_is_named(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry_id = append_entry(demo_db, "licence", "purge")
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert f"trail entry #{entry_id} (purge of licence #1" in out
    assert "Kuzet never writes the action 'purge'" in out


def remove_tail(database: Path, count: int) -> int:
    """Delete the last ``count`` entries and the rows they created: the rows and the
    shorter chain are then consistent, so only a recorded head can show the loss."""
    head_id, _ = head_of(database)
    assert head_id > count
    with sqlite3.connect(database) as conn:
        last = conn.execute(
            "SELECT register_name, record_id, action FROM audit_trail WHERE id > ?",
            (head_id - count,),
        ).fetchall()
        for register, record_id, action in last:
            assert action == "insert"
            conn.execute(f'DELETE FROM "{register}" WHERE id = ?', (record_id,))
        conn.execute("DELETE FROM audit_trail WHERE id > ?", (head_id - count,))
    return head_id


def test_the_tail_removed_after_a_backup_is_caught_naming_the_backup(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_licences(demo_db, "L-TAIL-1", "L-TAIL-2")
    made = backup(demo_db)
    head_id = remove_tail(demo_db, 2)
    capsys.readouterr()
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert f"backup {made.name}" in out
    assert f"it recorded entry #{head_id}, but the trail ends at #{head_id - 2}" in out


def test_the_trail_rewritten_and_rechained_after_a_backup_is_caught(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = backup(demo_db)
    head_id, old_head = head_of(demo_db)
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE audit_trail SET actor = 'someone else' WHERE id = 3")
        prev = conn.execute("SELECT hash FROM audit_trail WHERE id = 2").fetchone()[0]
        rows = conn.execute(
            "SELECT id, at, actor, register_name, record_id, action, before, after, reason"
            " FROM audit_trail WHERE id >= 3 ORDER BY id"
        ).fetchall()
        for row in rows:
            digest = entry_hash(*row, prev)
            conn.execute(
                "UPDATE audit_trail SET prev_hash = ?, hash = ? WHERE id = ?",
                (prev, digest, row[0]),
            )
            prev = digest
    capsys.readouterr()
    assert verify(demo_db) == 1
    out = capsys.readouterr().out
    assert f"backup {made.name}" in out
    assert f"it recorded entry #{head_id} with hash {old_head}" in out


def test_a_grown_trail_holds_its_backups_heads(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup(demo_db)
    add_licences(demo_db, "L-LATER")
    capsys.readouterr()
    assert verify(demo_db) == 0
    assert "it holds the head recorded in 1 backup(s)" in capsys.readouterr().out


def test_no_false_alarm_after_a_real_restore_to_an_older_backup(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = backup(demo_db)
    add_licences(demo_db, "L-UNDONE")
    assert run(["--db", str(demo_db), "restore", str(older), "--yes"]) == 0
    (kept,) = demo_db.parent.glob("*.backups/pre-restore-*.zip")
    capsys.readouterr()
    assert verify(demo_db) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact" in out
    assert f"Note: backup {kept.name}" in out
    assert "made before this database was last restored or rebuilt" in out


def test_an_unreadable_backup_is_noted_not_trusted(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = backup(demo_db)
    made.write_bytes(b"not a zip")
    capsys.readouterr()
    assert verify(demo_db) == 0
    assert f"Note: backup {made.name} could not be compared" in capsys.readouterr().out


def test_no_false_alarm_for_a_database_started_anew_under_the_same_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file was deleted and a new database made in its place (its backups folder
    stays): the old backups were made before the new trail's first entry."""
    database = tmp_path / "firm.sqlite"
    add_licences(database, "L-OLD-1", "L-OLD-2")
    made = backup(database)
    for path in tmp_path.glob("firm.sqlite*"):
        if path.is_file():
            path.unlink()
    add_licences(database, "L-NEW")
    capsys.readouterr()
    assert verify(database) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact" in out
    assert f"Note: backup {made.name}" in out
