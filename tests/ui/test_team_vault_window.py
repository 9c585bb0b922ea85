"""The team vault in the window (issue #18), on a team database: after signing in, a
customer's document opens with no password asked (the officer's key was unsealed with
their sign-in password); disabling an officer while the vault is locked asks for the
signed-in officer's vault password, then rotates the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kuzet.store import keys, team_keys
from kuzet.ui.dialogs.customer_vault_dialog import VaultPassphraseDialog
from support.customer_data import create, individual
from support.team import PASSWORD, as_officer, forget_vault_keys, make_team

pytestmark = pytest.mark.postgresql_only  # team mode is a team database's

ANALYST_LOGIN = "analyst.three"
SCAN = b"UI-MARKER-5c1a-TEAM-VAULT-SCAN"
DOCUMENT = {"category": "id_document", "expires_on": dt.date(2031, 5, 1)}


@pytest.fixture(autouse=True)
def nothing_unlocked():
    forget_vault_keys()
    yield
    forget_vault_keys()


def test_a_document_opens_without_a_password_after_sign_in(
    window, store, qtbot, tmp_path: Path
) -> None:
    make_team(store)  # the MLRO signed in; every officer enrolled with their password
    desk = window.desk
    customer_id = create(store, individual())
    scan = tmp_path / "id-card.txt"
    scan.write_bytes(SCAN)
    desk.customers.attach_document(desk.system.create_vault(), customer_id, scan, DOCUMENT)
    forget_vault_keys()
    as_officer(store, "deputy.two")  # the sign-in unseals the deputy's key
    window.officer_changed()
    view = window.show_page("customers").edit_record(customer_id)
    documents = view.show_tab("documents")
    documents.table.pick(documents.table.model.keys[0])
    documents.view_selected()
    assert documents.dialog is None  # nothing asked
    assert documents.last_data == SCAN
    documents.viewer.reject()
    view.reject()


def test_disabling_an_officer_asks_for_the_vault_password_when_it_is_locked(
    window, store, qtbot
) -> None:
    make_team(store)
    window.desk.system.create_vault()
    with store.reading() as session:
        check = keys.active_key_row(session).key_check
    forget_vault_keys()  # e.g. the MLRO's key sealed under a password other than the sign-in one
    page = window.show_page("team")
    assert page.select_login(ANALYST_LOGIN)
    assert not page.disable_selected("Left the firm")
    dialog = page.dialog
    assert isinstance(dialog, VaultPassphraseDialog) and dialog.team
    assert "your vault password" in dialog.findChild(type(dialog.error)).text().lower()
    assert [o.active for o in window.desk.team.officers() if o.login == ANALYST_LOGIN] == [True]
    dialog.passphrase.setText("not the password")
    dialog.accept()
    assert dialog.error.text()  # refused, still asking
    dialog.passphrase.setText(PASSWORD)
    dialog.accept()
    officers = {o.login: o.active for o in window.desk.team.officers()}
    assert officers[ANALYST_LOGIN] is False
    with store.reading() as session:
        row = keys.active_key_row(session)
        assert row.key_check != check and ANALYST_LOGIN not in row.wrapped_for.split(",")


def test_a_certificate_from_the_session_dialog_makes_a_team_vault(
    window, store, qtbot, tmp_path: Path
) -> None:
    """The firm's first document may be a training certificate: saved from the session
    dialog by a signed-in officer, it makes a team vault (no passphrase asked), which a
    colleague then reads."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    make_team(store)  # the MLRO signed in, their key unsealed
    programme = window.desk.programme
    person = programme.save_staff_member(
        {"full_name": "Айгүл Нұрланова", "role": "compliance", "start_date": programme.today}
    ).id
    programme.save_course({"title": "MLRO masterclass", "topic": "mlro"})
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(b"%PDF-1.4 TEAM-CERTIFICATE-MARKER")
    dialog = window.show_page("training").sessions.new_record()
    qtbot.waitExposed(dialog)
    dialog.choose_file(person, certificate)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.reading() as session:
        assert keys.active_key_row(session).key_source == team_keys.SOURCE
    _held, [(row, _name)] = programme.training_session(dialog.saved_id)
    forget_vault_keys()
    as_officer(store, "deputy.two")
    assert programme.certificate(row.id) == ("certificate.pdf", certificate.read_bytes())
