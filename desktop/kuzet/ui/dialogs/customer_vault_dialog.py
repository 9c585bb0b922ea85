"""Getting at the encrypted document vault from the window.

``with_vault(parent, store, then)`` calls ``then(vault)`` once the vault is open: at once
when its key is in memory or in the OS keyring; after asking for the passphrase when the
key is derived from one; on first use it makes the key (in the keyring where one is
usable, else from a passphrase the officer chooses, after saying that no keyring exists).
A demo database says that its passphrase is the public "demo".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.system import settings
from ...store import keys
from ...store.vault import Vault, create_vault, database_of, open_vault
from ..notify import inform, warn

MIN_PASSPHRASE = 10  # a product rule for real firms; the public demo passphrase is shorter


class VaultPassphraseDialog(QDialog):
    """Ask for the vault's passphrase (``create``: choose one, twice)."""

    def __init__(
        self,
        store: Any,
        create: bool,
        then: Callable[[Vault], None],
        status: keys.KeyringStatus,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.create = create
        self.then = then
        self.demo = demo
        self.vault: Vault | None = None
        self.setWindowTitle(tr("Document vault"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if create:
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
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Passphrase"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow(tr("Repeat it"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        if self.create:
            if len(passphrase) < MIN_PASSPHRASE:
                self.error.setText(tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE))
                return
            if passphrase != self.repeat.text():
                self.error.setText(tr("The two passphrases differ."))
                return
        QApplication.setOverrideCursor(self.cursor())
        try:
            if self.create:
                with self.store.transaction() as session:
                    vault = create_vault(session, database_of(session), passphrase)
            else:
                with self.store.reading() as session:
                    vault = open_vault(session, database_of(session), passphrase)
        except keys.VaultError as exc:
            self.error.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.vault = vault
        super().accept()
        self.then(vault)


def with_vault(
    parent: QWidget, store: Any, then: Callable[[Vault], None]
) -> VaultPassphraseDialog | None:
    """Open the vault and call ``then(vault)``; returns the passphrase dialog if one opened."""
    with store.reading() as session:
        state = keys.vault_state(session)
        demo = bool(settings.get(session, settings.IS_DEMO, False))
    try:
        if state.configured and (state.unlocked or state.key_source == "keyring"):
            with store.reading() as session:
                vault = open_vault(session, database_of(session))
        elif not state.configured and state.keyring.usable:
            with store.transaction() as session:
                vault = create_vault(session, database_of(session))
            inform(
                parent,
                tr("Document vault"),
                tr(
                    "The vault key was made and is kept in the OS keyring ({backend}), under "
                    "Kuzet / {vault}. It is not stored in the database or on disk."
                ).format(backend=state.keyring.backend, vault=vault.vault_id),
            )
        else:
            dialog = VaultPassphraseDialog(
                store, not state.configured, then, state.keyring, demo, parent
            )
            dialog.open()
            return dialog
    except keys.VaultError as exc:
        warn(parent, tr("Document vault"), str(exc))
        return None
    then(vault)
    return None
