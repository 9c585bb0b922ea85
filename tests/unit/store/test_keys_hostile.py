"""Issue #16 item 8: passphrases and keys. The core refuses a short passphrase whatever
window or command sends it (the demo database alone keeps its public one), and scrypt
parameters read from a database, a backup's key entry or an export are bounded before any
memory is taken."""

from __future__ import annotations

import datetime as dt
import time

import keyring
import pytest
from keyring.backends import fail
from sqlmodel import select

from kuzet.cli import run
from kuzet.registers.customers import documents
from kuzet.registers.system import settings
from kuzet.store import key_export, keys, lost_key
from kuzet.store.lost_key import replace_lost_key
from kuzet.store.models import AuditEntry
from kuzet.store.session import Store
from kuzet.store.vault import create_vault, open_vault
from kuzet.store.verify import verify
from support import raw_sql
from support.customer_data import TODAY, create, individual

GOOD = "Жетісу-2026 steppe wind"


@pytest.fixture(autouse=True)
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keys.forget()
    yield
    keyring.set_keyring(previous)
    keys.forget()


def test_the_core_refuses_a_short_passphrase(store: Store) -> None:
    with store.transaction() as session, pytest.raises(keys.VaultError) as caught:
        create_vault(session, store.path, "short")
    assert str(keys.MIN_PASSPHRASE) in str(caught.value)
    with store.transaction() as session:
        assert keys.active_key_row(session) is None  # nothing was made
        create_vault(session, store.path, GOOD)


def test_the_demo_database_keeps_its_public_passphrase(store: Store) -> None:
    with store.transaction() as session:
        settings.put(session, settings.IS_DEMO, True)
        vault = create_vault(session, store.path, "demo")
    keys.forget()
    with store.transaction() as session:
        assert open_vault(session, store.path, "demo").vault_id == vault.vault_id


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**30, 8, 1), (2**17, 2**20, 1), (2**17, 8, 2**20), (3, 8, 1), (0, 8, 1), (2**17, 8, 0)],
)
def test_absurd_scrypt_parameters_are_refused_before_deriving(n: int, r: int, p: int) -> None:
    started = time.perf_counter()
    with pytest.raises(keys.VaultError):
        keys.derive_key(GOOD, b"s" * 16, n, r, p)
    assert time.perf_counter() - started < 0.5  # refused, not attempted


def test_a_backup_key_entry_asking_for_gigabytes_is_refused() -> None:
    entry = key_export.wrap("a" * 32, b"k" * keys.KEY_BYTES, GOOD)
    entry["kdf"]["n"] = 2**24  # 16 GiB of memory at r = 8
    started = time.perf_counter()
    with pytest.raises(keys.VaultError) as caught:
        key_export.unwrap(entry, GOOD)
    assert "n=16777216" in str(caught.value)
    assert time.perf_counter() - started < 0.5


def test_a_database_edited_to_absurd_parameters_is_refused(store: Store) -> None:
    with store.transaction() as session:
        create_vault(session, store.path, GOOD)
    keys.forget()
    raw_sql.execute(raw_sql.target(store), "UPDATE vault_key SET kdf_n = ?, kdf_r = 64", 2**22)
    with store.transaction() as session, pytest.raises(keys.VaultError) as caught:
        open_vault(session, store.path, GOOD)
    assert "memory" in str(caught.value)


def _attach(store: Store, vault, customer_id: int, name: str) -> int:
    with store.transaction() as session:
        document = documents.attach(
            session,
            vault,
            customer_id,
            b"%PDF-1.4 scan " * 50,
            name,
            {"category": "id_document", "effective_from": dt.date(2024, 1, 1)},
            store.rules(session),
            TODAY,
        )
        return document.id


def test_a_lost_key_is_replaced_and_the_old_documents_named(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        old_vault = create_vault(session, store.path, GOOD)
    old_document = _attach(store, old_vault, customer_id, "удостоверение.pdf")
    with pytest.raises(keys.VaultError) as caught:
        replace_lost_key(store, "forgotten")  # unlocked here: not lost
    assert "not lost" in str(caught.value)
    keys.forget()  # the passphrase is forgotten: the key is gone for good
    assert run(["--db", str(store.path), "vault", "new-key", "--reason", " "]) == 2
    monkeypatch.setenv("KUZET_VAULT_PASSPHRASE", "a brand new passphrase")
    reason = "the officer who knew the passphrase left"
    assert run(["--db", str(store.path), "vault", "new-key", "--reason", reason]) == 0
    out = capsys.readouterr().out
    assert f"customer #{customer_id}: document #{old_document} удостоверение.pdf" in out
    keys.forget()
    with store.transaction() as session:  # new documents go under the new key
        vault = open_vault(session, store.path, "a brand new passphrase")
    assert vault.vault_id != old_vault.vault_id
    new_document = _attach(store, vault, customer_id, "proof.pdf")
    with store.transaction() as session:
        assert documents.read(session, vault, new_document).startswith(b"%PDF")
        with pytest.raises(keys.VaultError):
            documents.read(session, vault, old_document)
        assert lost_key.unreadable_documents(session, old_vault.vault_id) == (
            f"customer #{customer_id}: document #{old_document} удостоверение.pdf",
        )
        reasons = session.exec(select(AuditEntry.reason)).all()
    assert any(reason in (r or "") for r in reasons)  # the retirement is in the trail
    assert verify(store.engine).intact
