"""The encrypted document vault: round trips, the passphrase path for real, the keyring
path through an in-memory backend, wrong and missing keys, and no plaintext on disk."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlmodel import select

from kuzet.paths import vault_dir
from kuzet.registers.customers import documents
from kuzet.registers.errors import ValidationFailed
from kuzet.store import keys
from kuzet.store.models.customer_document import CustomerDocument
from kuzet.store.models.vault_team import VaultBlob
from kuzet.store.session import Store
from kuzet.store.vault import (
    DocumentUnreadable,
    TempCopies,
    create_vault,
    open_vault,
    temporary_copy,
)
from kuzet.store.verify import verify
from support.customer_data import TODAY, create, individual

PASSPHRASE = "Жетісу-2026 steppe wind"
MARKER = b"KUZET-MARKER-7f3a9c2e-PASSPORT-N12345678"


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in: the real one does not run here."""

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
def own_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keys.forget()
    yield
    keyring.set_keyring(previous)
    keys.forget()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def attach(store: Store, vault, customer_id: int, content: bytes, name: str = "id.pdf") -> int:
    with store.transaction() as session:
        document = documents.attach(
            session,
            vault,
            customer_id,
            content,
            name,
            {"category": "id_document", "effective_from": dt.date(2024, 1, 1)},
            store.rules(session),
            TODAY,
        )
        return document.id


def blobs(store: Store) -> dict[Path | str, bytes]:
    """The vault's blobs: files in SQLite mode, rows of ``vault_blob`` on PostgreSQL."""
    if store.engine.dialect.name == "postgresql":
        with store.reading() as session:
            return {row.name: row.data for row in session.exec(select(VaultBlob)).all()}
    return {p: p.read_bytes() for p in vault_dir(store.path).rglob("*") if p.is_file()}


def test_without_a_keyring_the_vault_asks_for_a_passphrase_and_round_trips(store: Store) -> None:
    assert not keys.keyring_status().usable
    customer_id = create(store, individual())
    with store.transaction() as session, pytest.raises(keys.KeyringUnavailable) as caught:
        create_vault(session, store.path)
    assert "passphrase" in str(caught.value)
    with store.transaction() as session:
        vault = create_vault(session, store.path, PASSPHRASE)
        state = keys.vault_state(session)
    assert (state.configured, state.key_source, state.unlocked) == (True, "passphrase", True)
    content = b"%PDF-1.4 scan of an ID card \xd2\xe5\xf1\xf2" * 100
    document_id = attach(store, vault, customer_id, content, "удостоверение.pdf")
    with store.reading() as session:
        document = session.get(CustomerDocument, document_id)
        assert document.sha256 == hashlib.sha256(content).hexdigest()
        assert (document.size, document.media_type) == (len(content), "application/pdf")
        assert document.file_name == "удостоверение.pdf"
        assert documents.read(session, vault, document_id) == content
    keys.forget()
    with store.reading() as session:
        with pytest.raises(keys.VaultLocked):
            open_vault(session, store.path)
        with pytest.raises(keys.WrongKey) as caught:
            open_vault(session, store.path, "wrong passphrase")
        assert "not the vault's passphrase" in str(caught.value)
        again = open_vault(session, store.path, PASSPHRASE)
        assert documents.read(session, again, document_id) == content
        with pytest.raises(keys.VaultError):
            keys.create_key(session, "another")  # a second key would orphan the documents
    assert verify(store.engine).intact


def test_no_file_under_the_data_directory_holds_the_documents_bytes(
    store: Store, kuzet_home: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    source = outside / "passport-scan.txt"
    source.write_bytes(b"Passport of the Republic of Kazakhstan\n" + MARKER + b"\nend\n")
    customer_id = create(store, individual())
    with store.transaction() as session:
        vault = create_vault(session, store.path, PASSPHRASE)
        document = documents.attach_file(
            session,
            vault,
            customer_id,
            source,
            {"category": "id_document", "expires_on": dt.date(2031, 5, 1)},
            store.rules(session),
            TODAY,
        )
        document_id = document.id
    with store.reading() as session:
        data = documents.read(session, vault, document_id)
    assert MARKER in data
    with temporary_copy(data, "passport-scan.txt") as copy:
        assert copy.read_bytes() == data
        assert kuzet_home not in copy.parents  # never under the data directory
    assert not copy.exists() and not copy.parent.exists()
    copies = TempCopies()  # the customer view's copies for "Open", removed when it closes
    opened = copies.make(data, "../../passport-scan.txt")
    assert opened.name == "passport-scan.txt" and opened.read_bytes() == data
    assert oct(opened.parent.stat().st_mode)[-3:] == "700"
    copies.close()
    assert not opened.parent.exists()
    files = [p for p in kuzet_home.rglob("*") if p.is_file()]
    assert store.path in files and len(blobs(store)) == 1  # files, or rows on PostgreSQL
    assert all(MARKER not in blob for blob in blobs(store).values())
    store.close()  # and after the WAL is checkpointed, too
    for path in [*files, *(p for p in kuzet_home.rglob("*") if p.is_file())]:
        if path.exists():
            assert MARKER not in path.read_bytes(), path


def test_keyring_key_round_trip_missing_and_wrong_keys_lose_nothing(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        vault = create_vault(session, store.path)
        state = keys.vault_state(session)
    assert state.key_source == "keyring"
    stored_key = memory_keyring.items[(keys.SERVICE, state.vault_id)]
    content = b"proof of address: utility bill, Karaganda"
    document_id = attach(store, vault, customer_id, content, "bill.png")
    before = blobs(store)
    keys.forget()
    with store.reading() as session:
        assert documents.read(session, open_vault(session, store.path), document_id) == content
    keys.forget()
    del memory_keyring.items[(keys.SERVICE, state.vault_id)]
    with store.reading() as session, pytest.raises(keys.KeyMissing) as caught:
        open_vault(session, store.path)
    assert state.vault_id in str(caught.value) and "no document was changed" in str(caught.value)
    with store.transaction() as session, pytest.raises(keys.VaultError):
        keys.create_key(session)  # never a fresh key over documents made with the old one
    memory_keyring.items[(keys.SERVICE, state.vault_id)] = "AAAA" * 11  # 32 bytes, wrong
    with store.reading() as session, pytest.raises(keys.WrongKey):
        open_vault(session, store.path)
    keyring.set_keyring(fail.Keyring())
    with store.reading() as session, pytest.raises(keys.KeyringUnavailable) as caught:
        open_vault(session, store.path)
    assert "no OS keyring backend" in str(caught.value)
    assert blobs(store) == before  # nothing was touched on the way
    keyring.set_keyring(memory_keyring)
    memory_keyring.items[(keys.SERVICE, state.vault_id)] = stored_key
    with store.reading() as session:
        assert documents.read(session, open_vault(session, store.path), document_id) == content
        assert len(session.exec(select(CustomerDocument)).all()) == 1


@pytest.mark.sqlite_only  # alters the vault's files (the table store: test_team_vault.py)
def test_an_altered_or_missing_blob_is_named_and_left_alone(store: Store) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        vault = create_vault(session, store.path, PASSPHRASE)
    first = attach(store, vault, customer_id, b"first document")
    second = attach(store, vault, customer_id, b"second document")
    with store.reading() as session:
        one = session.get(CustomerDocument, first)
        two = session.get(CustomerDocument, second)
    path = vault.path_of(one.blob_name)
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0x01
    path.write_bytes(bytes(raw))
    with store.reading() as session, pytest.raises(DocumentUnreadable) as caught:
        documents.read(session, vault, first)
    assert "key is wrong or the file was altered" in str(caught.value)
    assert path.read_bytes() == bytes(raw)
    # Swapping blobs is caught too: each is bound to its own name.
    vault.path_of(two.blob_name).write_bytes(vault.path_of(one.blob_name).read_bytes())
    with store.reading() as session, pytest.raises(DocumentUnreadable):
        documents.read(session, vault, second)
    path.unlink()
    with store.reading() as session, pytest.raises(DocumentUnreadable) as caught:
        documents.read(session, vault, first)
    assert "missing" in str(caught.value)


def test_attach_validation_writes_nothing_and_retire_keeps_the_blob(store: Store) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        vault = create_vault(session, store.path, PASSPHRASE)
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        documents.attach(
            session,
            vault,
            customer_id,
            b"x",
            "a.pdf",
            {
                "category": "selfie",
                "effective_from": dt.date(2025, 1, 1),
                "effective_to": dt.date(2024, 1, 1),
            },
            store.rules(session),
            TODAY,
        )
    assert set(caught.value.field_errors) == {"category", "effective_to"}
    assert blobs(store) == {}
    document_id = attach(store, vault, customer_id, b"old proof of address")
    with store.transaction() as session:
        with pytest.raises(ValidationFailed):
            documents.retire_document(session, document_id, "")
        documents.retire_document(session, document_id, "Superseded by a newer bill")
        assert documents.documents_of(session, customer_id) == []
        assert len(documents.documents_of(session, customer_id, include_retired=True)) == 1
    assert len(blobs(store)) == 1


def test_a_keyring_that_cannot_store_secrets_is_reported_unusable_everywhere() -> None:
    """The vault, Settings and the self-test read the same status (a null backend once
    passed the self-test while the vault refused it)."""
    import keyring
    from keyring.backends import null

    from kuzet.cli.selftest import check_keyring

    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        status = keys.keyring_status()
        usable, detail = check_keyring()
    finally:
        keyring.set_keyring(before)
    assert not status.usable and "cannot store secrets" in status.reason
    assert not usable and "derived from a passphrase" in detail
