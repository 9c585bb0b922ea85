"""The two dialogs of a backup that carries the vault key.

``BackupDialog``: where to write a manual backup, and whether to put the vault key in,
wrapped under an export passphrase typed twice. ``RestoreKeyDialog``: the export
passphrase of a backup whose key this computer lacks (and, without a keyring, the new
vault passphrase the documents are re-encrypted under), or restore without the key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...store.key_export import MIN_PASSPHRASE, KeyNeed, KeyUnlock
from ..dialog_frame import scroll_body


def secret_field() -> QLineEdit:
    """A passphrase field (the parts here serve every passphrase dialog, the vault's too)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def wrapped_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def passphrase_problem(passphrase: str, repeat: str | None, minimum: int = MIN_PASSPHRASE) -> str:
    """What is wrong with a passphrase chosen (typed twice when ``repeat`` is given)."""
    if len(passphrase) < minimum:
        return tr("Use at least {n} characters.").format(n=minimum)
    if repeat is not None and passphrase != repeat:
        return tr("The two passphrases differ.")
    return ""


def ok_cancel(dialog: QDialog, ok_text: str = "") -> QDialogButtonBox:
    """OK (named ``ok_text``) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class BackupDialog(QDialog):
    """Where to write the backup, and the vault key under an export passphrase or not."""

    def __init__(self, default: Path, unavailable: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.task: Any = None  # the backup, once accepted
        self.setWindowTitle(tr("Back up the database"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        line = QHBoxLayout()
        self.path = QLineEdit(str(default))
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self._choose)
        line.addWidget(self.path, 1)
        line.addWidget(choose)
        form.addRow(tr("Save as"), line)
        layout.addLayout(form)
        self.include = QCheckBox(tr("Put the vault key in, wrapped under an export passphrase"))
        layout.addWidget(self.include)
        self.note = wrapped_label(
            unavailable
            or tr(
                "With the key, this backup opens its documents on a new computer. The key is "
                "never written in plain text: only someone with the export passphrase can "
                "read it, so keep the passphrase apart from the backup. At least {n} "
                "characters."
            ).format(n=MIN_PASSPHRASE),
            "pageHint",
        )
        layout.addWidget(self.note)
        keys = QFormLayout()
        self.passphrase = secret_field()
        self.repeat = secret_field()
        keys.addRow(tr("Export passphrase"), self.passphrase)
        keys.addRow(tr("Repeat it"), self.repeat)
        layout.addLayout(keys)
        self.error = wrapped_label("", "fieldError")
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, tr("Back up")))
        self.include.setEnabled(unavailable is None)
        self.include.toggled.connect(self._toggled)
        self._toggled(False)
        scroll_body(self)

    def _toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Back up the database"), self.path.text(), tr("Kuzet backup (*.zip)")
        )
        if name:
            self.path.setText(name)

    def values(self) -> tuple[Path, str | None]:
        name = self.path.text().strip()
        target = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
        return target, self.passphrase.text() if self.include.isChecked() else None

    def accept(self) -> None:
        problem = "" if self.path.text().strip() else tr("Choose where to write the backup.")
        if not problem and self.include.isChecked():
            problem = passphrase_problem(self.passphrase.text(), self.repeat.text())
        self.error.setText(problem)
        if not problem:
            super().accept()


class RestoreKeyDialog(QDialog):
    """The export passphrase of the backup's vault key; ``answered(KeyUnlock)`` when given."""

    answered = Signal(object)

    def __init__(self, need: KeyNeed, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.need = need
        self.setWindowTitle(tr("The backup's vault key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        text = tr(
            "This backup carries the vault key under an export passphrase, and this "
            "computer's keyring does not hold the key. Enter the export passphrase to restore "
            "the documents too; a wrong one replaces nothing."
        )
        if not need.keyring_usable:
            text += "\n\n" + tr(
                "No OS keyring is usable on this computer: choose a vault passphrase as well. "
                "The documents are re-encrypted under it, and Kuzet asks for it when a "
                "document is opened. At least {n} characters."
            ).format(n=MIN_PASSPHRASE)
        layout.addWidget(wrapped_label(text))
        form = QFormLayout()
        self.export = secret_field()
        form.addRow(tr("Export passphrase"), self.export)
        self.vault = secret_field()
        self.repeat = secret_field()
        if not need.keyring_usable:
            form.addRow(tr("New vault passphrase"), self.vault)
            form.addRow(tr("Repeat it"), self.repeat)
        layout.addLayout(form)
        self.error = wrapped_label("", "fieldError")
        layout.addWidget(self.error)
        buttons = ok_cancel(self, tr("Restore"))
        self.without = buttons.addButton(
            tr("Restore without the key"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.without.clicked.connect(self.restore_without_key)
        layout.addWidget(buttons)
        scroll_body(self)

    def accept(self) -> None:
        problem = "" if self.export.text() else tr("Enter the export passphrase.")
        if not problem and not self.need.keyring_usable:
            problem = passphrase_problem(self.vault.text(), self.repeat.text())
        self.error.setText(problem)
        if problem:
            return
        vault = None if self.need.keyring_usable else self.vault.text()
        super().accept()
        self.answered.emit(KeyUnlock(self.export.text(), vault))

    def restore_without_key(self) -> None:
        super().accept()
        self.answered.emit(KeyUnlock(skip=True))
