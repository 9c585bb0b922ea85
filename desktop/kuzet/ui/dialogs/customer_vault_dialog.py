"""Getting at the encrypted document vault from the window.

``with_vault(parent, system, then)`` calls ``then(vault)`` once the vault is open: at once
when its key is in memory or in the OS keyring; after asking for the passphrase when the
key is derived from one; on first use it makes the key (in the keyring where one is
usable, else from a passphrase the officer chooses, after saying that no keyring exists).
A demo database says that its passphrase is the public "demo". ``system`` is the system
desk (``registers/system/desk.py``), which keeps the vault's key.

On a team database the vault is the team's: it opens with the officer's own vault
password (their sign-in password, unsealed at sign-in, so normally nothing is asked), and
is made with it on first use; the dialog then asks for "your vault password".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QVBoxLayout, QWidget

from ...i18n import tr
from ...registers.errors import RegisterError
from ...store import keys
from ...store.audit import NotSignedIn
from ...store.vault import Vault
from ..dialog_frame import scroll_body
from ..notify import inform, warn
from .backup_key_dialogs import ok_cancel, passphrase_problem, secret_field, wrapped_label

MIN_PASSPHRASE = 10  # a product rule for real firms; the public demo passphrase is shorter


class VaultPassphraseDialog(QDialog):
    """Ask for the vault's passphrase; a vault with no key yet (``state``) has one chosen,
    twice."""

    def __init__(
        self,
        system: Any,
        state: keys.VaultState,
        then: Callable[[Vault], None],
        parent: QWidget,
        team: bool = False,
    ) -> None:
        super().__init__(parent)
        self.system = system
        self.team = team  # the officer's own vault password, not a passphrase to choose
        self.create = create = not state.configured and not team
        self.make_team_vault = team and not state.configured
        self.then = then
        self.demo = demo = system.is_demo()
        self.vault: Vault | None = None
        status = state.keyring
        self.setWindowTitle(tr("Document vault"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if team:
            text = tr(
                "Enter your vault password (normally your sign-in password) to open the "
                "team's documents."
            )
        elif create:
            text = tr(
                "No OS keyring is usable on this computer ({reason}), so Kuzet cannot keep the "
                "vault key there. Choose a passphrase: the key is derived from it each time "
                "and is never written to disk. Without the passphrase the documents cannot be "
                "opened, so keep it safe. At least {n} characters."
            ).format(reason=status.reason or status.backend, n=MIN_PASSPHRASE)
        else:
            text = tr("The document vault is locked. Enter its passphrase to open documents.")
        if demo:
            text += "\n\n" + tr(
                "This is the demo database: its documents are public demo data and the vault "
                "passphrase is “demo”. A real firm's database never uses a fixed passphrase."
            )
        layout.addWidget(wrapped_label(text))
        form = QFormLayout()
        self.passphrase = secret_field()
        form.addRow(tr("Your vault password") if team else tr("Passphrase"), self.passphrase)
        self.repeat = secret_field()
        if create:
            form.addRow(tr("Repeat it"), self.repeat)
        layout.addLayout(form)
        self.error = wrapped_label("", "fieldError")
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        scroll_body(self)

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        if self.create:
            problem = passphrase_problem(passphrase, self.repeat.text(), MIN_PASSPHRASE)
            if problem:
                self.error.setText(problem)
                return
        QApplication.setOverrideCursor(self.cursor())
        try:
            if self.create or self.make_team_vault:
                vault = self.system.create_vault(passphrase)
            else:
                vault = self.system.open_vault(passphrase)
        except (keys.VaultError, RegisterError, NotSignedIn) as exc:
            self.error.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.vault = vault
        super().accept()
        self.then(vault)


def with_vault(
    parent: QWidget, system: Any, then: Callable[[Vault], None]
) -> VaultPassphraseDialog | None:
    """Open the vault and call ``then(vault)``; returns the passphrase dialog if one opened."""
    state = system.vault_state()
    if not state.configured and not system.may():  # making the key is a write
        inform(
            parent,
            tr("Document vault"),
            tr(
                "The document vault has no key yet. An officer whose role may change the "
                "firm's settings (the MLRO) makes it when they first open a document."
            ),
        )
        return None
    team = state.key_source == "officers" or (not state.configured and system.team_vault())
    try:
        if team:
            try:
                vault = system.open_vault() if state.configured else system.create_vault()
            except keys.VaultLocked:
                dialog = VaultPassphraseDialog(system, state, then, parent, team=True)
                dialog.open()
                return dialog
        elif state.configured and (state.unlocked or state.key_source == "keyring"):
            vault = system.open_vault()
        elif not state.configured and state.keyring.usable:
            vault = system.create_vault()
            inform(
                parent,
                tr("Document vault"),
                tr(
                    "The vault key was made and is kept in the OS keyring ({backend}), under "
                    "Kuzet / {vault}. It is not stored in the database or on disk."
                ).format(backend=state.keyring.backend, vault=vault.vault_id),
            )
        else:
            dialog = VaultPassphraseDialog(system, state, then, parent)
            dialog.open()
            return dialog
    except (keys.VaultError, RegisterError, NotSignedIn) as exc:
        warn(parent, tr("Document vault"), str(exc))
        return None
    then(vault)
    return None
