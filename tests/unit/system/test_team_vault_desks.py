"""The team vault through the desks and the commands (issue #18), on a team database:
officers enrolled with their passwords when they are added, their key unsealed at
sign-in, the vault made and opened without asking again, the key shared with a newly
added officer, disabling an officer rotating the key (in the window's Team page and
``kuzet admin officer disable``, which ask for the vault password when it is locked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kuzet.desk import Desk
from kuzet.registers.programme import training
from kuzet.registers.system.team_desk import SignInFailed
from kuzet.store import keys, team_keys
from kuzet.store.models.vault_team import VaultKeyWrap, VaultOfficerKey
from kuzet.store.session import Store
from kuzet.store.vault import DocumentUnreadable, Vault
from kuzet.store.verify import verify
from support.customer_data import create, individual
from support.team import forget_vault_keys

pytestmark = pytest.mark.postgresql_only  # team mode is a team database's

A, B, AUDITOR = "a.mlro", "b.deputy", "c.auditor"
D = "d.analyst"
PASSWORDS = {A: "a-password-1", B: "b-password-2", AUDITOR: "c-password-3", D: "d-password-6"}
SCAN = b"passport scan of Aigerim Nurpeisova, N12345678"
DOCUMENT = {"category": "id_document", "expires_on": dt.date(2031, 5, 1)}


@pytest.fixture(autouse=True)
def nothing_unlocked():
    forget_vault_keys()
    yield
    forget_vault_keys()


def _officer(login: str, role: str) -> dict[str, str]:
    return {"login": login, "role": role, "full_name": login.title(), "password": PASSWORDS[login]}


def _firm_with_a_document(store: Store, tmp_path: Path) -> tuple[Desk, int]:
    """A starts the firm, makes the vault (asked nothing), stores a scan, then adds B and
    the auditor with their passwords; returns the desk and the document's id."""
    desk, document = _firm_and_document(store, tmp_path)
    return desk, int(document.id or 0)


def _firm_and_document(store: Store, tmp_path: Path):  # -> (Desk, CustomerDocument)
    desk = Desk(store)
    desk.team.start_firm(_officer(A, "mlro"))
    customer_id = create(store, individual())
    vault = desk.system.create_vault()  # A's key pair was made with their password
    assert vault.team
    scan = tmp_path / "scan.txt"
    scan.write_bytes(SCAN)
    document = desk.customers.attach_document(vault, customer_id, scan, DOCUMENT)
    desk.team.add_officer(_officer(B, "deputy"))
    desk.team.add_officer(_officer(AUDITOR, "auditor"))
    return desk, document


def _key_row(store: Store):  # -> VaultKey
    with store.reading() as session:
        row = keys.active_key_row(session)
        assert row is not None
        session.expunge(row)
        return row


def _read(desk: Desk, document_id: int, password: str | None = None) -> bytes:
    return desk.customers.read_document(desk.system.open_vault(password), document_id)[1]


def test_a_makes_the_vault_b_added_by_a_reads_the_auditor_reads_and_b_disabled_cannot(
    store: Store, tmp_path: Path
) -> None:
    desk, document = _firm_and_document(store, tmp_path)
    document_id = int(document.id or 0)
    row = _key_row(store)
    assert row.key_source == "officers"
    # B and the auditor were enrolled as they were added, and given a copy of the vault
    # key at once (it was unlocked in A's process).
    assert row.wrapped_for.split(",") == sorted([A, B, AUDITOR])
    with store.reading() as session:  # A's own key only: B's and the auditor's not kept
        assert set(team_keys._private_keys) == {team_keys.officer_key(session, A).key_id}
    desk.team.sign_in(B, PASSWORDS[B])  # another officer at this computer: A's keys go
    assert keys.cached(row.vault_id) is None
    assert _read(desk, document_id) == SCAN  # no password asked: unsealed at sign-in
    b_data_key = keys.cached(row.vault_id)
    assert b_data_key is not None
    desk.team.sign_in(AUDITOR, PASSWORDS[AUDITOR])
    assert _read(desk, document_id) == SCAN  # the auditor reads (and writes nothing)
    desk.team.sign_in(A, PASSWORDS[A])
    b_id = desk.team.officer_id(B)
    assert b_id is not None
    desk.team.disable(b_id, "Left the firm")  # A's key is unsealed: nothing asked
    after = _key_row(store)
    assert after.key_check != row.key_check and after.wrapped_for.split(",") == [A, AUDITOR]
    with store.reading() as session:
        assert session.get(VaultKeyWrap, (row.vault_id, B)) is None
        assert session.get(VaultOfficerKey, B) is None
    blobs = desk.system.open_vault().blobs
    # The key B's copy held opens neither the vault nor its documents any more.
    assert not keys.key_fits(b_data_key, after)
    with pytest.raises(DocumentUnreadable):
        Vault(blobs, row.vault_id, b_data_key).get(document.blob_name)
    with pytest.raises(SignInFailed):
        desk.team.sign_in(B, PASSWORDS[B])
    for login in (A, AUDITOR):
        desk.team.sign_in(login, PASSWORDS[login])
        assert _read(desk, document_id) == SCAN
    assert verify(store.engine).intact


def test_a_key_sealed_under_another_password_asks_and_a_new_password_follows(
    store: Store, tmp_path: Path
) -> None:
    desk, document_id = _firm_with_a_document(store, tmp_path)
    row = _key_row(store)
    # B's key pair sealed under another password (say, set before an administrator
    # reset B's server password): signing in is no error, the vault asks for it.
    with store.transaction() as session:
        team_keys.enrol(session, B, "the old vault password")
        team_keys.share(session)  # A still holds the key here
    desk.team.sign_in(B, PASSWORDS[B])
    with pytest.raises(keys.VaultLocked):
        desk.system.open_vault()
    assert _read(desk, document_id, "the old vault password") == SCAN
    # B's own new password: the same key pair sealed again; every copy still opens.
    b_id = desk.team.officer_id(B)
    assert b_id is not None
    desk.team.set_password(b_id, "b-new-password-4")
    assert B in _key_row(store).wrapped_for.split(",")
    desk.team.sign_out()
    assert keys.cached(row.vault_id) is None and not team_keys._private_keys
    desk.team.sign_in(B, "b-new-password-4")
    assert _read(desk, document_id) == SCAN
    # A manager resets B's password: a new key pair; the copy is shared again at once
    # because the vault is unlocked in A's process.
    desk.team.sign_in(A, PASSWORDS[A])
    desk.system.open_vault()
    desk.team.set_password(b_id, "b-reset-password-5")
    with store.reading() as session:
        assert session.get(VaultKeyWrap, (row.vault_id, B)) is not None
    desk.team.sign_in(B, "b-reset-password-5")
    assert _read(desk, document_id) == SCAN


def test_an_officer_with_no_copy_yet_is_told_and_shared_at_the_next_opening(
    store: Store, tmp_path: Path
) -> None:
    desk, document_id = _firm_with_a_document(store, tmp_path)
    keys.forget()  # A's process no longer holds the vault key: nothing is shared at once
    desk.team.add_officer(_officer(D, "analyst"))
    assert D not in _key_row(store).wrapped_for
    desk.team.sign_in(D, PASSWORDS[D])
    with pytest.raises(keys.KeyMissing) as caught:
        desk.system.open_vault()
    assert "next opens the vault" in str(caught.value) and D not in str(caught.value)
    desk.team.sign_in(A, PASSWORDS[A])
    desk.system.open_vault()  # A holds the key: D gets a copy, in its own transaction
    desk.team.sign_in(D, PASSWORDS[D])
    assert _read(desk, document_id) == SCAN


def test_kuzet_admin_officer_disable_reads_the_vault_password_when_locked(
    store: Store, db_file: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kuzet.cli import run

    desk, _ = _firm_with_a_document(store, tmp_path)
    with store.transaction() as session:  # A's key sealed under a vault password of its own
        team_keys.enrol(session, A, "a-vault-password-7")
    forget_vault_keys()
    desk.team.sign_in(B, PASSWORDS[B])
    desk.system.open_vault()  # B shares the key with A's new key pair
    forget_vault_keys()
    before = _key_row(store)
    monkeypatch.setenv("KUZET_PASSWORD", PASSWORDS[A])
    monkeypatch.delenv("KUZET_VAULT_PASSWORD", raising=False)
    command = [
        "--db",
        db_file,
        "--officer",
        A,
        "admin",
        "officer",
        "disable",
        B,
        "--reason",
        "Left",
    ]
    assert run(command) == 1  # the sign-in password does not open A's key: refused
    assert desk.team.officer_id(B) is not None and _key_row(store).key_check == before.key_check
    monkeypatch.setenv("KUZET_VAULT_PASSWORD", "a-vault-password-7")
    assert run(command) == 0
    assert desk.team.officer_id(B) is None
    assert _key_row(store).key_check != before.key_check


def test_a_training_certificate_makes_the_firms_first_vault_a_team_vault(
    store: Store, tmp_path: Path
) -> None:
    """The first vault use may be a certificate, not a customer document: on a team
    database it makes a team vault too, which the other officers then read."""
    desk = Desk(store)
    desk.team.start_firm(_officer(A, "mlro"))
    desk.team.add_officer(_officer(B, "deputy"))
    person = desk.programme.save_staff_member(
        {"full_name": "Айгүл Нұрланова", "role": "compliance", "start_date": dt.date(2025, 1, 6)}
    )
    course = desk.programme.save_course({"title": "MLRO masterclass", "topic": "mlro"})
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(b"%PDF-1.4 certificate of " + SCAN)
    held = desk.programme.save_training_session(
        {"course_id": course.id, "held_on": dt.date(2026, 11, 2)},
        [training.Attendee(int(person.id or 0), certificate_ref="AIFC-2026-77")],
        certificates={int(person.id or 0): certificate},
    )
    row = _key_row(store)
    assert row.key_source == team_keys.SOURCE and row.wrapped_for == f"{A},{B}"
    forget_vault_keys()
    desk.team.sign_in(B, PASSWORDS[B])
    with store.reading() as session:
        attendance = training.attendance(session, int(held.id or 0))[0]
        name, data = training.certificate(session, int(attendance.id or 0))
    assert (name, data) == ("certificate.pdf", certificate.read_bytes())


def test_the_window_s_server_sign_in_unseals_the_officers_key(
    pg_server, kuzet_home: Path, tmp_path: Path, monkeypatch
) -> None:
    """On a team database the window signs in the officer the server authenticated (no
    second password): the password it connected with unseals their vault key, so a
    document opens without a question."""
    import uuid

    from kuzet.cli import run
    from kuzet.registers.system.server_login import sign_in_server_login
    from kuzet.store.location import parse_location, use_password

    url = pg_server.new_database(template=None)
    tag = uuid.uuid4().hex[:6]  # server logins are the cluster's: unique per test
    mlro = f"mlro.{tag}"
    head, tail = url.split("://", 1)
    mlro_url = f"{head}://{mlro}@{tail.split('@', 1)[1]}"
    monkeypatch.setenv("KUZET_PASSWORD", PASSWORDS[A])
    assert run(["admin", "init", url, "--login", mlro, "--name", "Mlro", "--role", "mlro"]) == 0
    monkeypatch.delenv("KUZET_PASSWORD")
    location = parse_location(mlro_url)

    def connect() -> tuple[Store, Desk]:
        use_password(location, PASSWORDS[A])  # as typed in the window's password dialog
        opened, _ = Store.open(mlro_url)
        desk = Desk(opened)
        identity = sign_in_server_login(desk.team)
        assert identity is not None and identity.login == mlro
        return opened, desk

    first, desk = connect()
    try:
        scan = tmp_path / "scan.txt"
        scan.write_bytes(SCAN)
        customer_id = create(first, individual())
        document = desk.customers.attach_document(
            desk.system.create_vault(), customer_id, scan, DOCUMENT
        )
    finally:
        first.close()
    forget_vault_keys()  # as at the next start of the window
    again, desk = connect()
    try:
        assert _read(desk, int(document.id or 0)) == SCAN  # no password given
    finally:
        use_password(location, None)
        again.close()
        pg_server.drop_database(url)
