"""The vault key in a backup: wrapped under an export passphrase, carried to a new computer,
installed in its keyring (or re-encrypted under a new vault passphrase where there is no
keyring), a wrong passphrase refused with nothing replaced, and never in plain text."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import keyring
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlmodel import select

from kuzet.cli import run
from kuzet.paths import vault_dir
from kuzet.registers.customers import documents
from kuzet.registers.system import backups
from kuzet.store import key_export, keys
from kuzet.store.backup import BackupError, BackupRefused, create_backup, read_manifest
from kuzet.store.key_export import KeyUnlock
from kuzet.store.models.audit_entry import AuditEntry
from kuzet.store.restore import KeyPassphraseNeeded, restore_backup
from kuzet.store.session import Store
from kuzet.store.vault import create_vault, open_vault
from kuzet.store.verify import verify
from support.customer_data import TODAY, create, individual

EXPORT = "Алатау export passphrase 2026"
VAULT = "Жаңа vault passphrase"
SCAN = b"%PDF-1.4 passport scan \xd2\xe5\xf1\xf2 " * 200


class MemoryKeyring(KeyringBackend):
    """An OS keyring of one computer (the real one does not run here)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def clean_keys(monkeypatch: pytest.MonkeyPatch):
    previous = keyring.get_keyring()
    keys.forget()
    for name in ("KUZET_EXPORT_PASSPHRASE", "KUZET_VAULT_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    yield
    keyring.set_keyring(previous)
    keys.forget()


def computer(with_keyring: bool = True) -> MemoryKeyring | None:
    """Move to another computer: its own keyring (or none), nothing unlocked in memory."""
    keys.forget()
    backend = MemoryKeyring() if with_keyring else None
    keyring.set_keyring(backend or fail.Keyring())
    return backend


@pytest.fixture
def firm(store: Store) -> tuple[Path, int, bytes, MemoryKeyring]:
    """A firm on a computer with a keyring: one customer with an encrypted scan."""
    home = computer()
    customer_id = create(store, individual())
    with store.transaction() as session:
        vault = create_vault(session, store.path)
        document = documents.attach(
            session,
            vault,
            customer_id,
            SCAN,
            "passport.pdf",
            {"category": "id_document", "effective_from": dt.date(2024, 1, 1)},
            store.rules(session),
            TODAY,
        )
        key = keys.unlock(session)[1]
    store.close()
    return store.path, document.id, key, home


def read_document(database: Path, document_id: int, passphrase: str | None = None) -> bytes:
    store, _ = Store.open(database)
    try:
        with store.reading() as session:
            vault = open_vault(session, database, passphrase)
            return documents.read(session, vault, document_id)
    finally:
        store.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".lock"
    }


@pytest.mark.sqlite_only
def test_the_key_travels_to_a_new_computer_with_a_keyring(
    firm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    database, document_id, key, _home = firm
    archive = tmp_path / "with-key.zip"
    monkeypatch.setenv("KUZET_EXPORT_PASSPHRASE", EXPORT)
    assert run(["--db", str(database), "backup", "--out", str(archive), "--with-key"]) == 0
    assert "wrapped under the export passphrase" in capsys.readouterr().out
    entry = read_manifest(archive).vault_key
    assert entry["cipher"] == "AES-256-GCM" and entry["kdf"]["name"] == "scrypt"
    assert (entry["kdf"]["n"], entry["kdf"]["r"], entry["kdf"]["p"]) == (2**17, 8, 1)
    assert len(bytes.fromhex(entry["kdf"]["salt"])) == 16

    new = computer()  # a fresh data directory on a computer whose keyring is empty
    target = tmp_path / "new-computer" / "kuzet.sqlite"
    assert run(["--db", str(target), "restore", str(archive), "--yes"]) == 0
    assert "now in this computer's keyring" in capsys.readouterr().out
    assert list(new.items.values()) == [base64.b64encode(key).decode("ascii")]
    keys.forget()
    assert read_document(target, document_id) == SCAN
    store, _ = Store.open(target)
    assert verify(store.engine).intact
    store.close()


@pytest.mark.sqlite_only
def test_without_a_keyring_the_officer_chooses_a_vault_passphrase(
    firm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    database, document_id, key, _home = firm
    archive = tmp_path / "with-key.zip"
    backups.backup_now(database, archive, key_passphrase=EXPORT)

    computer(with_keyring=False)
    target = tmp_path / "no-keyring" / "kuzet.sqlite"
    monkeypatch.setenv("KUZET_EXPORT_PASSPHRASE", EXPORT)
    assert run(["--db", str(target), "restore", str(archive), "--yes"]) == 1
    assert "vault passphrase of at least 10" in capsys.readouterr().err
    assert not target.exists()
    monkeypatch.setenv("KUZET_VAULT_PASSPHRASE", VAULT)
    assert run(["--db", str(target), "restore", str(archive), "--yes"]) == 0
    assert "re-encrypted under the vault passphrase" in capsys.readouterr().out
    keys.forget()
    with pytest.raises(keys.VaultLocked):
        read_document(target, document_id)
    assert read_document(target, document_id, VAULT) == SCAN
    # The blob was re-encrypted: the old key opened it in the backup and no longer does.
    path = next(vault_dir(target).rglob("*.kzv"))
    vault_id = key_export.vault_key_row(target).vault_id
    aad = f"kuzet-vault/{vault_id}/{path.stem}".encode()
    with zipfile.ZipFile(archive) as opened:
        old = opened.read(f"vault/{path.parent.name}/{path.name}")
    assert AESGCM(key).decrypt(old[4:16], old[16:], aad) == SCAN
    new = path.read_bytes()
    with pytest.raises(InvalidTag):
        AESGCM(key).decrypt(new[4:16], new[16:], aad)
    store, _ = Store.open(target)
    try:
        assert verify(store.engine).intact
        with store.reading() as session:
            last = session.exec(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert last.register_name == "vault_key" and "without a keyring" in last.reason
            assert keys.vault_state(session).key_source == "passphrase"
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_a_wrong_export_passphrase_is_refused_and_nothing_is_replaced(
    firm, store: Store, tmp_path: Path
) -> None:
    database, document_id, _key, _home = firm
    archive = tmp_path / "with-key.zip"
    create_backup(database, archive, key_passphrase=EXPORT)
    new = computer()
    before = fingerprint(database.parent)
    with pytest.raises(BackupRefused, match="not the export passphrase"):
        restore_backup(archive, database, unlock=KeyUnlock("wrong passphrase 123"))
    with pytest.raises(KeyPassphraseNeeded):  # asked, and no passphrase given
        restore_backup(archive, database, unlock=lambda need: None)
    assert fingerprint(database.parent) == before and new.items == {}
    # The same with the key entry altered in the archive: it no longer opens.
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(altered, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":
                raw = json.loads(data)
                wrapped = bytearray.fromhex(raw["vault_key"]["wrapped_key"])
                wrapped[0] ^= 1
                raw["vault_key"]["wrapped_key"] = wrapped.hex()
                data = json.dumps(raw).encode()
            out.writestr(name, data)
    with pytest.raises(BackupRefused, match="not the export passphrase"):
        restore_backup(altered, database, unlock=KeyUnlock(EXPORT))
    assert fingerprint(database.parent) == before and new.items == {}
    # Restoring without the key is possible, and says the documents stay locked.
    result = restore_backup(archive, database, unlock=KeyUnlock(skip=True))
    assert result.key is None and result.key_left_out
    with pytest.raises(keys.KeyMissing):
        read_document(database, document_id)


@pytest.mark.sqlite_only
def test_the_computer_that_holds_the_key_is_not_asked(firm, tmp_path: Path, capsys) -> None:
    database, document_id, _key, _home = firm
    archive = tmp_path / "with-key.zip"
    backups.backup_now(database, archive, key_passphrase=EXPORT)
    keys.forget()
    assert run(["--db", str(database), "restore", str(archive), "--yes"]) == 0  # no passphrase
    out = capsys.readouterr().out
    assert "keyring" not in out and "Restored" in out
    assert read_document(database, document_id) == SCAN


@pytest.mark.sqlite_only
def test_an_archive_without_a_key_restores_as_before(firm, tmp_path: Path) -> None:
    database, document_id, _key, _home = firm
    archive = tmp_path / "plain.zip"
    create_backup(database, archive)
    assert read_manifest(archive).vault_key is None
    computer()
    target = tmp_path / "elsewhere" / "kuzet.sqlite"
    result = restore_backup(archive, target, unlock=lambda need: pytest.fail("asked"))
    assert result.key is None and not result.key_left_out
    with pytest.raises(keys.KeyMissing, match="Restore it from the key export"):
        read_document(target, document_id)


@pytest.mark.sqlite_only
def test_the_key_never_appears_in_plain_in_the_archive(firm, tmp_path: Path) -> None:
    database, _document_id, key, _home = firm
    archive = tmp_path / "with-key.zip"
    create_backup(database, archive, key_passphrase=EXPORT)
    forms = [key, key.hex().encode(), base64.b64encode(key), key.hex().upper().encode()]
    raw = archive.read_bytes()
    with zipfile.ZipFile(archive) as opened:
        contents = [opened.read(name) for name in opened.namelist()]
        snapshot = tmp_path / "snap.sqlite"
        snapshot.write_bytes(opened.read("database.sqlite"))
    for blob in (raw, *contents):  # the archive as stored, and every member unpacked
        assert not any(form in blob for form in forms)
    assert EXPORT.encode() not in raw
    dump = "\n".join(sqlite3.connect(snapshot).iterdump())
    assert key.hex() not in dump and base64.b64encode(key).decode() not in dump


@pytest.mark.sqlite_only
def test_only_a_keyring_vault_exports_its_key(store: Store, tmp_path: Path, capsys) -> None:
    computer(with_keyring=False)
    archive = tmp_path / "b.zip"
    assert backups.key_exportable(store.path) is not None  # no vault yet
    with pytest.raises(BackupError, match="no key yet"):
        create_backup(store.path, archive, key_passphrase=EXPORT)
    with store.transaction() as session:
        create_vault(session, store.path, VAULT)
    store.close()
    why = backups.key_exportable(store.path)
    assert "opens with that passphrase" in why
    assert run(["--db", str(store.path), "backup", "--out", str(archive), "--with-key"]) == 1
    assert "Nothing was written" in capsys.readouterr().err and not archive.exists()
    with pytest.raises(key_export.KeyExportError, match="at least 10"):
        key_export.wrap("ab", b"k" * 32, "short")


def test_wrap_and_unwrap_round_trip_bound_to_the_vault() -> None:
    entry = key_export.wrap("vault-a", b"\x01" * 32, EXPORT)
    assert key_export.unwrap(entry, EXPORT) == ("vault-a", b"\x01" * 32)
    with pytest.raises(key_export.WrongExportPassphrase):
        key_export.unwrap(entry | {"vault_id": "vault-b"}, EXPORT)  # bound to its vault id
    assert key_export.readable(entry) and not key_export.readable({"kind": "future"})
    assert not key_export.readable(entry | {"version": 2})
