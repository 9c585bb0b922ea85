"""A firm's earlier vault moved to a team database and adopted (issue #18): the SQLite
firm's encrypted blob files are copied as they are into ``vault_blob`` by
``move-to-postgres``; the first officer who opens the vault with its old key (here its
passphrase) makes it a team vault with the same data key; a second officer then gets a
copy and reads the same documents."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.desk import Desk
from kuzet.registers.system import signin
from kuzet.store import keys, team_keys
from kuzet.store.location import parse_location
from kuzet.store.models import AuditEntry
from kuzet.store.pg_move import move_to_postgres
from kuzet.store.session import Store
from kuzet.store.verify import verify
from support.customer_data import create, individual
from support.team import forget_vault_keys

pytestmark = pytest.mark.postgresql_only

MLRO, DEPUTY = "mlro.one", "deputy.two"
PASSWORDS = {MLRO: "mlro-password-1", DEPUTY: "deputy-password-2"}
VAULT_PASSPHRASE = "the firm's old vault passphrase"
SCANS = (b"passport of Aigerim Nurpeisova, N12345678", b"charter of Kuzet Mining LLP")
DOCUMENT = {"category": "id_document", "expires_on": dt.date(2031, 5, 1)}


@pytest.fixture(autouse=True)
def nothing_unlocked():
    forget_vault_keys()
    yield
    forget_vault_keys()


@pytest.fixture
def empty_url(pg_server):  # type: ignore[no-untyped-def]
    url = pg_server.new_database(template=None)
    yield url
    pg_server.drop_database(url)


def _sqlite_firm(path: Path, tmp_path: Path) -> tuple[list[int], str]:
    """One officer's SQLite firm with a passphrase vault holding two documents, and a
    second officer; returns the documents' ids and the vault id."""
    store, _ = Store.open(path)
    try:
        desk = Desk(store)
        desk.team.start_firm(
            {"login": MLRO, "role": "mlro", "full_name": "Mlro One", "password": PASSWORDS[MLRO]}
        )
        desk.team.add_officer(
            {
                "login": DEPUTY,
                "role": "deputy",
                "full_name": "Deputy Two",
                "password": PASSWORDS[DEPUTY],
            }
        )
        customer_id = create(store, individual())
        vault = desk.system.create_vault(VAULT_PASSPHRASE)
        assert not vault.team
        ids = []
        for number, scan in enumerate(SCANS):
            source = tmp_path / f"scan-{number}.txt"
            source.write_bytes(scan)
            ids.append(int(desk.customers.attach_document(vault, customer_id, source, DOCUMENT).id))
        return ids, vault.vault_id
    finally:
        store.close()
        signin.end()
        forget_vault_keys()


def _read_all(desk: Desk, ids: list[int], passphrase: str | None = None) -> list[bytes]:
    vault = desk.system.open_vault(passphrase)
    return [desk.customers.read_document(vault, i)[1] for i in ids]


def test_a_moved_firms_vault_is_adopted_and_shared_with_its_documents(
    tmp_path: Path, kuzet_home: Path, empty_url: str
) -> None:
    firm = kuzet_home / "firm.sqlite"
    ids, vault_id = _sqlite_firm(firm, tmp_path)
    report = move_to_postgres(firm, parse_location(empty_url))
    assert report.ok, (report.counts, report.blobs_differing, report.target_summary)
    assert report.counts["vault_blob"] == (2, 2)
    store, _ = Store.open(empty_url)
    try:
        desk = Desk(store)
        with store.reading() as session:
            row = keys.active_key_row(session)
            assert row is not None and row.key_source == "passphrase"
            check_before = row.key_check
        # The MLRO signs in: with no key pair yet (a moved firm), one is made with their
        # sign-in password. The vault still has its old passphrase key: it asks for it.
        desk.team.sign_in(MLRO, PASSWORDS[MLRO])
        with store.reading() as session:
            assert team_keys.officer_key(session, MLRO) is not None
        with pytest.raises(keys.VaultLocked):
            desk.system.open_vault()
        assert _read_all(desk, ids, VAULT_PASSPHRASE) == list(SCANS)
        with store.reading() as session:  # adopted: the same key, wrapped for the MLRO
            row = keys.active_key_row(session)
            assert row is not None and row.key_source == "officers"
            assert row.vault_id == vault_id and row.key_check == check_before
            assert row.wrapped_for == MLRO and row.salt == "" and row.kdf_n == 0
            entry = session.exec(
                select(AuditEntry)
                .where(AuditEntry.register_name == "vault_key")
                .order_by(AuditEntry.id.desc())
            ).first()
            assert entry is not None and entry.actor == MLRO and "team vault" in entry.reason
            assert json.loads(entry.before)["key_source"] == "passphrase"
        # The deputy signs in (a key pair is made for them too); no copy yet: told so.
        desk.team.sign_in(DEPUTY, PASSWORDS[DEPUTY])
        with pytest.raises(keys.KeyMissing):
            desk.system.open_vault()
        # The MLRO opens the vault again (no password: unsealed at sign-in): the deputy
        # is given a copy; the deputy then reads both documents.
        desk.team.sign_in(MLRO, PASSWORDS[MLRO])
        assert _read_all(desk, ids) == list(SCANS)
        desk.team.sign_in(DEPUTY, PASSWORDS[DEPUTY])
        assert _read_all(desk, ids) == list(SCANS)
        with store.reading() as session:
            row = keys.active_key_row(session)
            assert row is not None and row.wrapped_for.split(",") == [DEPUTY, MLRO]
        assert verify(store.engine).intact
    finally:
        store.close()


def test_a_vault_file_that_differs_is_named(
    tmp_path: Path, kuzet_home: Path, empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move compares each document's bytes on both sides, not only the count."""
    from kuzet.store import pg_move

    firm = kuzet_home / "firm.sqlite"
    _sqlite_firm(firm, tmp_path)
    copy = pg_move._copy_blobs

    def altered(files, pg, table):  # type: ignore[no-untyped-def]
        names = copy(files, pg, table)
        pg.execute(table.update().where(table.c.name == names[0]).values(data=b"KZV1 altered"))
        return names

    monkeypatch.setattr(pg_move, "_copy_blobs", altered)
    report = move_to_postgres(firm, parse_location(empty_url))
    assert report.counts_match and len(report.blobs_differing) == 1 and not report.ok
