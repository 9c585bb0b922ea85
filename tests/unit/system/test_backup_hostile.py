"""Issue #16 items 3, 5 and 11: restores killed at every step leave a consistent pair,
damaged databases and forged archives are refused, killed backups, "with evidence" ZIPs
and demos leave nothing behind. Every kill is a real SIGKILL of a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.paths import vault_dir
from kuzet.registers.licensing import licences
from kuzet.store import backup_check
from kuzet.store.backup import BackupError, BackupRefused, create_backup
from kuzet.store.models import Licence
from kuzet.store.restore import restore_backup
from kuzet.store.restore_journal import journal_path, staging_dir
from kuzet.store.scratch import ROOT_NAME, sweep
from kuzet.store.session import Store

pytestmark = pytest.mark.sqlite_only  # backups and restores of the SQLite file (team mode: pg_dump)

ROOT = Path(__file__).resolve().parents[3]
KUZET = str(Path(sys.executable).with_name("kuzet"))
OLD_BLOB, NEW_BLOB = b"old vault blob \x00\x01", b"backed-up vault blob \x02\x03"
PLAIN = b"DECRYPTED-PASSPORT-SCAN"


def add_licence(store: Store, number: str) -> None:
    data = {"licence_type": "afsa", "number": number, "issuer": "AFSA"}
    data["issued_on"] = dt.date(2024, 1, 1)
    with store.transaction() as session:
        licences.create(session, data, store.rules(session), dt.date(2026, 11, 25))


def state(db_file: Path) -> tuple[list[str], bytes | None]:
    """(licence numbers, the vault blob) as Kuzet sees them after opening the file."""
    store, _ = Store.open(db_file)
    try:
        with store.reading() as session:
            found = sorted(session.exec(select(Licence.number)).all())
    finally:
        store.close()
    blob = vault_dir(db_file) / "ab" / "blob-1"
    return found, blob.read_bytes() if blob.exists() else None


def run_killed(script: str, env_home: Path) -> int:
    env = dict(os.environ, KUZET_HOME=str(env_home), PYTHONPATH=str(ROOT / "tests"))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], env=env, cwd=ROOT, timeout=300
    )
    return done.returncode


@pytest.fixture
def swapped(db_file: Path, tmp_path: Path) -> Path:
    """A backup of {A-1, A-2, NEW_BLOB}; the database then moved on to {+A-3, OLD_BLOB}."""
    store, _ = Store.open(db_file)
    add_licence(store, "A-1")
    add_licence(store, "A-2")
    store.close()
    blob = vault_dir(db_file) / "ab" / "blob-1"
    blob.parent.mkdir(parents=True)
    blob.write_bytes(NEW_BLOB)
    archive = tmp_path / "good.zip"
    create_backup(db_file, archive)
    store, _ = Store.open(db_file)
    add_licence(store, "A-3")
    store.close()
    blob.write_bytes(OLD_BLOB)
    return archive


OLD = (["A-1", "A-2", "A-3"], OLD_BLOB)
NEW = (["A-1", "A-2"], NEW_BLOB)
STEPS = ["started", "old vault set aside", "new vault in place", "database replacing"]
KILLS = [(s, w) for s in [*STEPS, "database replaced"] for w in ("before", "after")]


@pytest.mark.parametrize(("step", "when"), KILLS)
def test_a_restore_killed_at_each_step_leaves_a_consistent_pair(
    swapped: Path, db_file: Path, step: str, when: str
) -> None:
    code = run_killed(
        f"""
        import os, signal
        from pathlib import Path
        from kuzet.store import restore
        real = restore.step
        def step(journal, name, new_vault):
            if name == {step!r} and {when!r} == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            real(journal, name, new_vault)
            if name == {step!r}:
                os.kill(os.getpid(), signal.SIGKILL)
        restore.step = step
        restore.restore_backup(Path({str(swapped)!r}), Path({str(db_file)!r}))
        """,
        db_file.parent,
    )
    assert code == -signal.SIGKILL
    assert journal_path(db_file).exists() or (step == "started" and when == "before")
    # Opening the database finishes or undoes the swap: the records and the vault match.
    # Until os.replace commits (the "database replaced" step) the old pair comes back.
    expected = NEW if step == "database replaced" else OLD
    assert state(db_file) == expected
    assert not journal_path(db_file).exists() and not staging_dir(db_file).exists()
    # And a restore run again afterwards completes.
    restore_backup(swapped, db_file)
    assert state(db_file) == NEW


@pytest.mark.sqlite_only
def test_a_corrupt_database_is_not_backed_up(db_file: Path, tmp_path: Path) -> None:
    store, _ = Store.open(db_file)
    for n in range(300):
        add_licence(store, f"L-{n}")
    store.close()
    conn = sqlite3.connect(db_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'licence'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db_file, "r+b") as handle:  # scribble over the licence table's root page
        handle.seek((root - 1) * page + 8)
        handle.write(b"\xff" * 200)
    out = tmp_path / "out" / "b.zip"
    with pytest.raises(BackupError, match="integrity check"):
        create_backup(db_file, out)
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
    done = subprocess.run(
        [KUZET, "--db", str(db_file), "backup", "--out", str(out)],
        env=dict(os.environ, KUZET_HOME=str(db_file.parent)),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "damaged" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def rewrite(archive: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            change(target, info, source.read(info.filename))
    return out


def test_a_changed_vault_blob_is_refused_before_anything_is_replaced(
    swapped: Path, db_file: Path, tmp_path: Path
) -> None:
    def tamper(target, info, data):
        if info.filename.startswith("vault/"):
            data = data[:-1] + b"X"
        target.writestr(info, data)

    forged = rewrite(swapped, tmp_path / "forged.zip", tamper)
    with pytest.raises(BackupRefused, match=r"vault/ab/blob-1.*SHA-256"):
        restore_backup(forged, db_file)
    assert state(db_file) == OLD


def test_declared_sizes_beyond_free_space_or_ratio_are_refused_before_extracting(
    swapped: Path, db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    monkeypatch.setattr(backup_check, "SPACE_MARGIN", 1 << 50)  # "the disk is full"
    with pytest.raises(BackupRefused, match="free some space"):
        backup_check.check_backup(swapped, scratch)
    assert not any(p.is_file() for p in scratch.rglob("*"))
    monkeypatch.undo()

    bomb = tmp_path / "bomb.zip"  # a database member declaring a 100,000-fold expansion
    with zipfile.ZipFile(swapped) as source:
        claimed = source.getinfo("database.sqlite").compress_size * 100_000
        manifest = json.loads(source.read("manifest.json"))
    manifest["members"]["database.sqlite"]["size"] = claimed

    def forge(target, info, data):
        target.writestr(info, json.dumps(manifest) if info.filename == "manifest.json" else data)

    declare_size(rewrite(swapped, bomb, forge), "database.sqlite", claimed)
    with pytest.raises(BackupRefused, match="expand 100000-fold"):
        backup_check.check_backup(bomb, tmp_path / "scratch2")
    assert not (tmp_path / "scratch2" / "database.sqlite").exists()


def declare_size(path: Path, name: str, size: int) -> None:
    """Write ``size`` as ``name``'s uncompressed size in the ZIP's central directory."""
    raw = bytearray(path.read_bytes())
    at = raw.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(raw[at + 28 : at + 30], "little")
        if raw[at + 46 : at + 46 + length] == name.encode():
            raw[at + 24 : at + 28] = size.to_bytes(4, "little")
        at = raw.find(b"PK\x01\x02", at + 1)
    path.write_bytes(bytes(raw))


def leftovers(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_a_killed_backup_leaves_no_copy_after_the_next_start(db_file: Path, tmp_path: Path):
    store, _ = Store.open(db_file)
    add_licence(store, "SECRET-LICENCE-42")
    store.close()
    out = tmp_path / "elsewhere" / "b.zip"
    out.parent.mkdir()
    code = run_killed(
        f"""
        import os, signal
        from pathlib import Path
        from kuzet.store.backup import create_backup
        class Kill:
            def step(self, done, total, message=""):
                if message.startswith("Writing"):
                    os.kill(os.getpid(), signal.SIGKILL)
        create_backup(Path({str(db_file)!r}), Path({str(out)!r}), Kill())
        """,
        db_file.parent,
    )
    assert code == -signal.SIGKILL
    assert list(out.parent.iterdir()) == []  # nothing at the destination, not even a part
    root = db_file.parent / ROOT_NAME
    assert stat.S_IMODE(root.stat().st_mode) == 0o700  # the copy sits in a private folder
    Store.open(db_file)[0].close()  # the next start sweeps it
    assert not root.exists()
    copies = [p.name for p in leftovers(tmp_path, b"SECRET-LICENCE-42")]
    assert set(copies) <= {db_file.name, db_file.name + "-wal"}


def test_a_killed_evidence_zip_leaves_no_decrypted_part(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    code = run_killed(
        f"""
        import os, signal
        from pathlib import Path
        from kuzet.reports.build import build_pack
        from kuzet.reports.bundle import write_bundle
        from support.pack_demo import CustomersSection, make_ctx
        folder = Path({str(folder)!r})
        folder.mkdir()
        docs = {{str(folder / f"scan{{n}}.pdf"): {PLAIN!r} + bytes([n]) * 50_000 for n in range(3)}}
        result = build_pack(
            [CustomersSection(rows=5, evidence=tuple(docs))], make_ctx("en"),
            folder / "p.pdf", read_evidence=lambda r: docs[r.path],
        )
        served = []
        def read(ref):
            served.append(ref)
            if len(served) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            return docs[ref.path]
        write_bundle(result.pdf_path, folder / "p-with-evidence.zip", read)
        """,
        tmp_path,
    )
    assert code == -signal.SIGKILL
    outside = [p for p in leftovers(folder, PLAIN) if ROOT_NAME not in p.parts]
    assert outside == [] and not (folder / "p-with-evidence.zip").exists()
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
    sweep(folder)  # what the next bundle written there does first
    assert leftovers(folder, PLAIN) == []


def test_a_killed_demo_is_recognised_and_rebuilt(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    code = run_killed(
        f"""
        import os, signal
        from pathlib import Path
        from kuzet.demo import build
        real = build.PARTS
        def die(context):
            os.kill(os.getpid(), signal.SIGKILL)
        build.PARTS = real[:3] + (("die", die),)
        build.build_demo(Path({str(demo)!r}), customers=10)
        """,
        tmp_path,
    )
    assert code == -signal.SIGKILL and demo.exists()
    done = subprocess.run(
        [KUZET, "demo", "--db", str(demo), "--customers", "10"],
        env=dict(os.environ, KUZET_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / ".demo.sqlite.demo-building").exists()
    conn = sqlite3.connect(demo)
    assert conn.execute("SELECT value FROM setting WHERE key = 'demo'").fetchone() is not None
    conn.close()
