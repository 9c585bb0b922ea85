"""Backups and restore: a round trip, and damaged or tampered backups refused with nothing
replaced."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.cli import run
from kuzet.paths import backups_dir, vault_dir
from kuzet.registers.licensing import licences
from kuzet.registers.system import backups
from kuzet.store.backup import BackupRefused, create_backup, read_manifest
from kuzet.store.backup_check import check_backup
from kuzet.store.models import Licence
from kuzet.store.restore import restore_backup
from kuzet.store.session import Store
from kuzet.store.verify import verify

pytestmark = (
    pytest.mark.sqlite_only
)  # backups of the SQLite file and its vault (team mode: pg_dump)

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "golden_0001.sqlite"
SECRET_BLOB = b"\x8f\x02 encrypted blob stand-in \x00\xff"


def add_licence(store: Store, number: str) -> None:
    data = {
        "licence_type": "afsa",
        "number": number,
        "issuer": "AFSA",
        "issued_on": dt.date(2024, 1, 1),
    }
    with store.transaction() as session:
        licences.create(session, data, store.rules(session), dt.date(2026, 11, 25))


def numbers(db_file: Path) -> list[str]:
    store, _ = Store.open(db_file)
    try:
        with store.reading() as session:
            return sorted(session.exec(select(Licence.number)).all())
    finally:
        store.close()


def fingerprint(db_file: Path) -> dict[str, str]:
    """Hashes of every file that belongs to the database (file, WAL, vault, backups)."""
    found = {}
    for root in (db_file.parent,):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix != ".lock":  # the restore's own write lock
                found[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def firm(store: Store, db_file: Path) -> Path:
    """A database with two licences and a vault holding one (stand-in) encrypted blob."""
    add_licence(store, "A-1")
    add_licence(store, "A-2")
    blob = vault_dir(db_file) / "ab" / "blob-1"
    blob.parent.mkdir(parents=True)
    blob.write_bytes(SECRET_BLOB)
    store.close()
    return db_file


def rewrite(archive: Path, out: Path, change) -> Path:
    """Copy ``archive`` to ``out``, passing each member's bytes through ``change``."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        members = {name: source.read(name) for name in source.namelist()}
        for name, data in change(members).items():
            target.writestr(name, data)
    return out


def test_round_trip_through_the_command_line(firm: Path, tmp_path: Path, capsys) -> None:
    archive = tmp_path / "saved.zip"
    assert run(["--db", str(firm), "backup", "--out", str(archive)]) == 0
    out = capsys.readouterr().out
    assert f"Backed up {firm} to {archive}" in out and "vault key is not in the backup" in out
    manifest = read_manifest(archive)
    assert manifest.database_name == "kuzet.sqlite" and manifest.vault_files == 1
    assert manifest.vault_key is None
    assert manifest.audit_entries == 2 and len(manifest.audit_head) == 64

    store, _ = Store.open(firm)  # work goes on after the backup
    add_licence(store, "A-3")
    store.close()
    (vault_dir(firm) / "ab" / "blob-2").write_bytes(b"later")
    assert numbers(firm) == ["A-1", "A-2", "A-3"]

    assert run(["--db", str(firm), "restore", str(archive), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact: 2 entries" in out
    assert numbers(firm) == ["A-1", "A-2"]
    assert (vault_dir(firm) / "ab" / "blob-1").read_bytes() == SECRET_BLOB
    assert not (vault_dir(firm) / "ab" / "blob-2").exists()
    store, _ = Store.open(firm)
    assert verify(store.engine).intact
    store.close()
    # What was replaced is kept, as a backup that restores too.
    kept = [b for b in backups.list_backups(firm) if b.kind == backups.PRE_RESTORE]
    assert len(kept) == 1 and f"kept in {kept[0].path}" in out
    restore_backup(kept[0].path, firm)
    assert numbers(firm) == ["A-1", "A-2", "A-3"]
    assert (vault_dir(firm) / "ab" / "blob-2").read_bytes() == b"later"


def test_the_snapshot_is_consistent_while_a_transaction_is_open(firm: Path, tmp_path: Path) -> None:
    store, _ = Store.open(firm)
    try:
        with store.transaction() as session:
            data = {"licence_type": "afsa", "number": "UNCOMMITTED", "issuer": "AFSA"}
            licences.create(
                session,
                data | {"issued_on": dt.date(2024, 1, 1)},
                store.rules(),
                dt.date(2026, 11, 25),
            )
            create_backup(firm, tmp_path / "mid.zip")  # taken while the write is in flight
    finally:
        store.close()
    other = tmp_path / "other" / "kuzet.sqlite"
    restore_backup(tmp_path / "mid.zip", other)
    assert numbers(other) == ["A-1", "A-2"]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("flip", "does not match its recorded SHA-256"),
        ("truncate", "not a Kuzet backup"),
        ("drop_vault", "is incomplete: vault/ab/blob-1 is missing"),
        ("extra", "which its manifest does not list"),
        ("escape", "unexpected member ../evil"),
        ("no_manifest", "it has no manifest"),
        ("tamper_trail", "audit trail in"),
        ("tamper_row", "differs from its last recorded state"),
        ("count", "manifest recorded 5"),
    ],
)
def test_a_damaged_or_tampered_backup_is_refused_and_nothing_is_replaced(
    firm: Path, tmp_path: Path, damage: str, reason: str, capsys
) -> None:
    good = tmp_path / "good.zip"
    create_backup(firm, good)
    bad = tmp_path / "bad.zip"
    if damage == "flip":
        data = bytearray(good.read_bytes())
        data[len(data) // 3] ^= 0xFF
        bad.write_bytes(bytes(data))
        with zipfile.ZipFile(bad) as check:  # the flip must land in a stored member
            if check.testzip() is None:
                pytest.skip("flip landed outside the members")
        reason = "damaged"
    elif damage == "truncate":
        bad.write_bytes(good.read_bytes()[:2000])
    elif damage == "drop_vault":
        rewrite(good, bad, lambda m: {k: v for k, v in m.items() if not k.startswith("vault/")})
    elif damage == "extra":
        rewrite(good, bad, lambda m: m | {"vault/extra": b"x"})
    elif damage == "escape":
        rewrite(good, bad, lambda m: m | {"../evil": b"x"})
    elif damage == "no_manifest":
        rewrite(good, bad, lambda m: {k: v for k, v in m.items() if k != "manifest.json"})
    elif damage == "count":
        rewrite(good, bad, lambda m: with_manifest(m, lambda raw: raw["audit"].update(entries=5)))
    else:
        rewrite(good, bad, lambda m: tampered(m, tmp_path, damage))
    before = fingerprint(firm)

    assert run(["--db", str(firm), "restore", str(bad), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "Refused, nothing was replaced" in err and reason in err
    assert fingerprint(firm) == before  # database, vault and backups exactly as they were
    assert not backups.list_backups(firm)  # no pre-restore copy: nothing was replaced
    assert not list(firm.parent.glob(".kuzet-restore-*"))  # the scratch folder is gone
    assert run(["--db", str(firm), "restore", str(bad), "--check"]) == 1
    assert run(["--db", str(firm), "restore", str(good), "--check"]) == 0


def with_manifest(members: dict[str, bytes], change) -> dict[str, bytes]:
    raw = json.loads(members["manifest.json"])
    change(raw)
    return members | {"manifest.json": json.dumps(raw).encode()}


def tampered(members: dict[str, bytes], tmp_path: Path, how: str) -> dict[str, bytes]:
    """Edit the snapshot with sqlite3 (as someone outside Kuzet would) and re-hash it, so
    only the audit chain can tell."""
    snap = tmp_path / "snap.sqlite"
    snap.write_bytes(members["database.sqlite"])
    conn = sqlite3.connect(snap)
    if how == "tamper_trail":
        conn.execute("UPDATE audit_trail SET actor = 'someone else' WHERE id = 1")
    else:
        conn.execute("UPDATE licence SET number = 'FORGED' WHERE number = 'A-1'")
    conn.commit()
    conn.close()
    data = snap.read_bytes()

    def rehash(raw: dict) -> None:
        raw["members"]["database.sqlite"] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }

    return with_manifest(members | {"database.sqlite": data}, rehash)


def test_an_old_backup_is_upgraded_in_scratch_and_restored(tmp_path: Path, db_file: Path) -> None:
    old = tmp_path / "old" / "kuzet.sqlite"
    old.parent.mkdir()
    old.write_bytes(GOLDEN.read_bytes())
    create_backup(old, tmp_path / "old.zip")
    assert old.read_bytes() == GOLDEN.read_bytes()  # backing up never changes the source
    checked = check_backup(tmp_path / "old.zip", tmp_path / "scratch")
    assert checked.upgraded_from == ("0001",)
    result = restore_backup(tmp_path / "old.zip", db_file)
    assert result.kept is None  # there was nothing to keep
    store, outcome = Store.open(db_file)
    try:
        assert outcome == "schema is current"
        assert verify(store.engine).intact
    finally:
        store.close()


def test_a_backup_never_holds_a_key_or_plain_text_it_was_not_given(
    firm: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "b.zip"
    create_backup(firm, archive)
    with zipfile.ZipFile(archive) as opened:
        assert sorted(opened.namelist()) == ["database.sqlite", "manifest.json", "vault/ab/blob-1"]
        assert opened.read("vault/ab/blob-1") == SECRET_BLOB  # copied as it is, still encrypted
    with pytest.raises(BackupRefused, match="vault key this Kuzet cannot read"):
        keyed = rewrite(
            archive,
            tmp_path / "keyed.zip",
            lambda m: with_manifest(m, lambda r: r.update(vault_key={"kind": "future"})),
        )
        check_backup(keyed, tmp_path / "scratch")


def test_automatic_backups_at_most_daily(firm: Path) -> None:
    morning = dt.datetime(2026, 11, 25, 9, 0)
    made = backups.auto_backup(firm, morning)
    assert made is not None and made.name == "auto-kuzet-20261125-090000.zip"
    assert backups.auto_backup(firm, morning.replace(hour=18)) is None  # once a day
    assert backups.next_auto_backup(firm, morning) == dt.date(2026, 11, 26)
    assert backups.last_backup(firm) == (morning, made.resolve())
    assert backups.auto_backup(firm, morning + dt.timedelta(days=1)) is not None
    assert len(backups.list_backups(firm)) == 2


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 18, 0)
    stamps = [start + dt.timedelta(days=d, hours=h) for d in range(700) for h in (0, 2)]
    kept = backups.retained(stamps)
    newest = max(stamps)
    days = {k.date() for k in kept}
    # The newest of each of the last 7 days...
    for back in range(7):
        assert newest - dt.timedelta(days=back) in kept
    # ...of each of the last 4 ISO weeks and of the last 12 months, and nothing else.
    weeks = {k.isocalendar()[:2] for k in kept}
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12 and len(kept) == len(days)
    assert all(k.hour == 20 for k in kept)  # always the newest backup of its day
    assert min(kept) == dt.datetime(newest.year - 1, 12, 31, 20, 0) or min(kept).day >= 28


def test_rotate_removes_only_automatic_backups(firm: Path) -> None:
    folder = backups_dir(firm)
    folder.mkdir(exist_ok=True)
    day = dt.datetime(2026, 1, 1, 12, 0)
    for back in range(40):
        when = day + dt.timedelta(days=back)
        (folder / f"auto-kuzet-{when:%Y%m%d-%H%M%S}.zip").write_bytes(b"x")
    (folder / "manual-kuzet-20250101-000000.zip").write_bytes(b"x")
    (folder / "pre-restore-kuzet-20250101-000000.zip").write_bytes(b"x")
    removed = backups.rotate(firm)
    left = backups.list_backups(firm)
    autos = [b for b in left if b.kind == "auto"]
    assert len(removed) + len(autos) == 40
    assert 7 <= len(autos) <= 7 + 4 + 2  # 40 days span two months
    assert {b.kind for b in left} == {"auto", "manual", "pre-restore"}
