"""The vault in team mode (issue #18): the firm's data key wrapped for each officer, the
ciphertext behind the blob store (files on SQLite, a table on PostgreSQL), and the key
rotated when an officer is disabled. Runs on both engines (``--engine=postgresql``)."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select as sa_select
from sqlmodel import select

from kuzet.registers.system.team_desk import TeamDesk
from kuzet.store import keys, team_keys
from kuzet.store.blobs import FileBlobs, TableBlobs, blob_store
from kuzet.store.keys import VaultError
from kuzet.store.models import AuditEntry
from kuzet.store.models.vault_key import VaultKey
from kuzet.store.models.vault_team import VaultBlob, VaultKeyWrap, VaultOfficerKey
from kuzet.store.session import Store
from kuzet.store.vault import (
    DocumentUnreadable,
    Vault,
    create_vault,
    database_of,
    open_vault,
    rotate_key,
)
from kuzet.store.verify import verify
from support import raw_sql
from support.team import AUDITOR, PASSWORD, TEAM, as_officer, forget_vault_keys, make_team

MLRO, DEPUTY, ANALYST = (login for login, _ in TEAM)
SCAN = b"passport scan of Aigerim Nurpeisova, N12345678"
REASON = "Left the firm on 30 November"


@pytest.fixture(autouse=True)
def nothing_unlocked():
    forget_vault_keys()
    yield
    forget_vault_keys()


def _team_vault(store: Store) -> str:
    """The firm's team, each officer enrolled with their password, and a team vault made by
    the MLRO holding one document; returns the blob name."""
    make_team(store)
    for login in (MLRO, DEPUTY, ANALYST, AUDITOR):
        with store.transaction() as session:
            team_keys.enrol(session, login, PASSWORD)
    as_officer(store, MLRO)
    with store.transaction() as session:
        vault = create_vault(session, database_of(session), PASSWORD, team=True)
        blob = vault.put(SCAN).blob_name
    forget_vault_keys()
    return blob


def _read_as(store: Store, login: str, blob: str) -> bytes:
    as_officer(store, login)
    forget_vault_keys()
    with store.reading() as session:
        return open_vault(session, database_of(session), PASSWORD).get(blob)


def _key_row(store: Store) -> VaultKey:
    with store.reading() as session:
        row = keys.active_key_row(session)
        assert row is not None
        session.expunge(row)
        return row


def test_a_document_stored_by_one_officer_is_read_by_another(store: Store) -> None:
    blob = _team_vault(store)
    row = _key_row(store)
    assert row.key_source == "officers"
    assert row.wrapped_for.split(",") == sorted([MLRO, DEPUTY, ANALYST, AUDITOR])
    with store.reading() as session:
        if session.get_bind().dialect.name == "postgresql":  # the ciphertext in a table
            stored = session.exec(select(VaultBlob).where(VaultBlob.name == blob)).one()
            assert SCAN not in stored.data and stored.data.startswith(b"KZV1")
        else:  # a file beside the database, as before
            assert SCAN not in blob_store(session, database_of(session)).read(blob)
    for login in (DEPUTY, ANALYST, AUDITOR):
        assert _read_as(store, login, blob) == SCAN
    as_officer(store, DEPUTY)
    forget_vault_keys()
    with store.reading() as session, pytest.raises(keys.WrongKey):
        open_vault(session, database_of(session), "not the password")
    with store.reading() as session, pytest.raises(keys.VaultLocked):
        open_vault(session, database_of(session))


def test_an_officer_enrolled_later_reads_once_the_key_is_shared(store: Store) -> None:
    make_team(store)
    as_officer(store, MLRO)
    with store.transaction() as session:
        vault = create_vault(session, database_of(session), PASSWORD, team=True)
        blob = vault.put(SCAN).blob_name
    as_officer(store, DEPUTY)
    forget_vault_keys()
    with store.transaction() as session:
        team_keys.enrol(session, DEPUTY, PASSWORD)
    with store.reading() as session, pytest.raises(keys.KeyMissing):
        open_vault(session, database_of(session), PASSWORD)
    as_officer(store, MLRO)
    forget_vault_keys()
    with store.transaction() as session:
        assert team_keys.share(session, PASSWORD) == [DEPUTY]
    assert _read_as(store, DEPUTY, blob) == SCAN
    with store.reading() as session:
        shared = session.exec(
            select(AuditEntry).where(AuditEntry.reason == f"Vault key shared with {DEPUTY}")
        ).one()
        assert shared.register_name == "vault_key" and shared.actor == MLRO
    # A new key pair (a new computer, a forgotten password) opens no old wrap: it drops
    # the officer from the holders until someone shares the key again.
    as_officer(store, DEPUTY)
    with store.transaction() as session:
        team_keys.enrol(session, DEPUTY, "a brand new vault password")
    forget_vault_keys()
    with store.reading() as session, pytest.raises(keys.KeyMissing):
        open_vault(session, database_of(session), "a brand new vault password")
    assert DEPUTY not in _key_row(store).wrapped_for.split(",")
    as_officer(store, MLRO)
    with store.transaction() as session:
        assert team_keys.share(session, PASSWORD) == [DEPUTY]
    as_officer(store, DEPUTY)
    forget_vault_keys()
    with store.reading() as session:
        vault = open_vault(session, database_of(session), "a brand new vault password")
        assert vault.get(blob) == SCAN


def test_disabling_an_officer_rotates_the_key_for_the_others(store: Store) -> None:
    blob = _team_vault(store)
    before = _key_row(store)
    as_officer(store, MLRO)
    with store.reading() as session:
        old_key = open_vault(session, database_of(session), PASSWORD)._aead
        leaver_wrap = session.get(VaultKeyWrap, (before.vault_id, ANALYST))
        assert leaver_wrap is not None
    with store.reading() as session:  # opened before the rotation, used after it
        stale = open_vault(session, database_of(session), PASSWORD)
        blobs_before = blob_store(session, database_of(session)).names(session)
    team = TeamDesk(store)
    analyst_id = team.officer_id(ANALYST)
    assert analyst_id is not None
    forget_vault_keys()  # the vault is locked: disabling needs the disabling officer's password
    with pytest.raises(keys.VaultLocked):
        team.disable(analyst_id, REASON)
    assert team.officer_id(ANALYST) == analyst_id and _key_row(store).key_check == before.key_check
    assert [o.active for o in team.officers() if o.login == ANALYST] == [True]
    team.disable(analyst_id, REASON, PASSWORD)  # retired, and the key rotated, at once
    assert [o.active for o in team.officers() if o.login == ANALYST] == [False]
    after = _key_row(store)
    with pytest.raises(VaultError, match="open it again"):  # never a blob under the old key
        stale.put(b"stored after the rotation with the old key")
    with store.reading() as session:
        names = blob_store(session, database_of(session)).names(session)
        assert names == blobs_before == [blob]
        if isinstance(blob_store(session, database_of(session)), FileBlobs):
            assert not list(database_of(session).parent.rglob("*.next"))  # swapped in
    assert after.vault_id == before.vault_id and after.key_check != before.key_check
    assert ANALYST not in after.wrapped_for.split(",")
    assert after.wrapped_for.split(",") == sorted([MLRO, DEPUTY, AUDITOR])
    with store.reading() as session:
        assert session.get(VaultKeyWrap, (after.vault_id, ANALYST)) is None
        assert session.get(VaultOfficerKey, ANALYST) is None
        wraps = session.exec(select(VaultKeyWrap)).all()
        assert sorted(w.login for w in wraps) == sorted([MLRO, DEPUTY, AUDITOR])
        assert all(w.wrapped != leaver_wrap.wrapped for w in wraps)
    for login in (MLRO, DEPUTY, AUDITOR):
        assert _read_as(store, login, blob) == SCAN
    with store.reading() as session:  # the old key no longer opens the stored ciphertext
        blobs = blob_store(session, database_of(session))
        old = Vault(blobs, before.vault_id, b"\0" * 32)
        old._aead = old_key
        with pytest.raises(DocumentUnreadable):
            old.get(blob)
        entry = session.exec(
            select(AuditEntry)
            .where(AuditEntry.register_name == "vault_key", AuditEntry.reason == REASON)
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.action == "update" and entry.actor == MLRO
    assert json.loads(entry.before)["key_check"] == before.key_check
    assert json.loads(entry.after)["key_check"] == after.key_check
    assert ANALYST in json.loads(entry.before)["wrapped_for"]
    assert ANALYST not in json.loads(entry.after)["wrapped_for"]
    assert leaver_wrap.wrapped not in entry.before  # key material never enters the trail
    assert verify(store.engine).intact


def test_a_rotation_that_fails_changes_nothing(store: Store) -> None:
    blob = _team_vault(store)
    before = _key_row(store)
    as_officer(store, MLRO)
    with pytest.raises(RuntimeError), store.transaction() as session:
        rotate_key(session, database_of(session), ANALYST, REASON, PASSWORD)
        raise RuntimeError("the transaction fails after the blobs were re-encrypted")
    assert _key_row(store).key_check == before.key_check
    with store.reading() as session:
        assert session.get(VaultKeyWrap, (before.vault_id, ANALYST)) is not None
        store_kind = blob_store(session, database_of(session))
        if isinstance(store_kind, FileBlobs):
            assert not list(store_kind.directory.rglob("*.next"))
        else:
            assert isinstance(store_kind, TableBlobs)
            assert session.connection().execute(sa_select(VaultBlob.name)).scalars().all()
    assert _read_as(store, ANALYST, blob) == SCAN


@pytest.mark.postgresql_only  # the table store (the file store: test_vault.py)
def test_an_altered_swapped_or_missing_blob_row_is_named_and_left_alone(store: Store) -> None:
    blob = _team_vault(store)
    as_officer(store, MLRO)
    with store.transaction() as session:
        vault = open_vault(session, database_of(session), PASSWORD)
        other = vault.put(b"a second document").blob_name
    raw = bytearray(vault.blobs.read(blob))
    raw[-1] ^= 0x01
    raw_sql.execute(
        raw_sql.target(store), "UPDATE vault_blob SET data = ? WHERE name = ?", bytes(raw), blob
    )
    with pytest.raises(DocumentUnreadable) as caught:
        vault.get(blob)
    assert "key is wrong or the file was altered" in str(caught.value) and blob in str(caught.value)
    assert vault.blobs.read(blob) == bytes(raw)  # left as it is
    good = vault.blobs.read(other)
    raw_sql.execute(
        raw_sql.target(store), "UPDATE vault_blob SET data = ? WHERE name = ?", good, blob
    )
    with pytest.raises(DocumentUnreadable):  # each blob is bound to its own name
        vault.get(blob)
    raw_sql.execute(raw_sql.target(store), "DELETE FROM vault_blob WHERE name = ?", blob)
    with pytest.raises(DocumentUnreadable) as caught:
        vault.get(blob)
    assert "missing" in str(caught.value)
    assert vault.get(other) == b"a second document"


@pytest.mark.postgresql_only  # two connections at once
def test_a_document_stored_during_a_rotation_waits_and_is_refused(store: Store) -> None:
    blob = _team_vault(store)
    as_officer(store, MLRO)
    with store.reading() as session:
        stale = open_vault(session, database_of(session), PASSWORD)
    outcome: list[BaseException | None] = []

    def store_a_document() -> None:
        try:
            stale.put(b"stored while the key is being rotated")
            outcome.append(None)
        except BaseException as exc:  # the outcome is the test's
            outcome.append(exc)

    with store.transaction() as session:
        rotate_key(session, database_of(session), ANALYST, REASON, PASSWORD)
        writer = threading.Thread(target=store_a_document)
        writer.start()
        writer.join(timeout=1.5)
        assert writer.is_alive() and not outcome  # waiting for the rotation's key row
    writer.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], VaultError)
    with store.reading() as session:
        assert blob_store(session, database_of(session)).names(session) == [blob]
    assert _read_as(store, DEPUTY, blob) == SCAN
