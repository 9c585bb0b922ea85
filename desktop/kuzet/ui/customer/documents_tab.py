"""Documents tab: evidence in the encrypted vault: attach, view, open, save a copy, retire.

Viewing decrypts to memory. "Open" decrypts to a private temporary folder outside the data
directory for the system's viewer; the copy is removed when the customer view closes (or
when Kuzet exits). "Save a copy" writes the decrypted file where the officer chooses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from ...i18n import format_number, tr
from ...store.files import atomic_write_bytes
from ...store.keys import VaultError
from ...store.vault import Vault
from ..dialogs.customer_document_dialog import AttachDialog, DocumentViewer
from ..dialogs.customer_vault_dialog import with_vault
from ..notify import inform, warn
from .widgets import RecordsTab


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(round(size / 1024))} KB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"


class DocumentsTab(RecordsTab):
    title = "Documents"

    def __init__(self, view: Any) -> None:
        super().__init__(
            view,
            tr(
                "Every file is kept encrypted (AES-256-GCM) in the vault beside the database, "
                "with the SHA-256 of its content; the key is in the OS keyring or comes from "
                "the vault passphrase. Retired documents are kept, never deleted."
            ),
            headers=(
                "What",
                "File",
                "Whose",
                "Size",
                "Uploaded",
                "Covers from",
                "Covers to",
                "Expires",
                "SHA-256",
            ),
            pick=(tr("Documents"), tr("Select a document first.")),
            retire=(tr("Retire document"), tr("Why is it no longer relied on?")),
            right=(3,),
        )
        self.summary.hide()
        self.add_buttons(
            (tr("Attach…"), self.attach),
            (tr("View"), self.view_selected),
            (tr("Open"), self.open_selected),
            (tr("Save a copy…"), self.save_copy),
            (tr("Retire…"), self.retire),
        )
        for label in (tr("Attach…"), tr("Retire…")):
            self.buttons[label].setVisible(self.writes)  # hidden if the role may not
        self.table.view.doubleClicked.connect(lambda _i: self.view_selected())
        self.viewer: DocumentViewer | None = None
        self.last_data: bytes | None = None

    def refresh(self) -> None:
        found = self.customers.documents(self.customer_id)
        owners = self.owner_names()
        labels = self.customers.form_choices().document_categories
        rows, keys, tones = [], [], []
        for document in found:
            rows.append(
                (
                    labels.get(document.category, document.category),
                    document.file_name,
                    owners.get(document.owner_id, "") if document.owner_id else tr("customer"),
                    _size(document.size),
                    document.uploaded_on,
                    document.effective_from,
                    document.effective_to,
                    document.expires_on,
                    document.sha256[:16] + "…",
                )
            )
            keys.append(document.id)
            expired = document.expires_on is not None and document.expires_on < self.today
            tones.append("bad" if expired else None)
        self.table.set_rows(rows, keys, tones)

    # --- attach ---------------------------------------------------------------------------

    def attach(self, path: Path | None = None) -> AttachDialog:
        dialog = AttachDialog(
            self.view.desk, self.customer_id, lambda _id: self.changed(), path, self
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    # --- open -----------------------------------------------------------------------------

    def with_content(self, action: Any) -> Any:
        """Decrypt the selected document and call ``action(document, data)``."""
        document_id = self.selected_record()
        if document_id is None:
            return None

        def opened(vault: Vault) -> None:
            try:
                document, data = self.customers.read_document(vault, document_id)
            except VaultError as exc:
                warn(self, tr("Documents"), str(exc))
                return
            self.last_data = data
            action(document, data)

        self.dialog = with_vault(self, self.view.desk.system, opened)
        return self.dialog

    def view_selected(self) -> Any:
        def show(document: Any, data: bytes) -> None:
            self.viewer = DocumentViewer(document.file_name, document.media_type, data, self)
            self.viewer.open()

        return self.with_content(show)

    def open_selected(self) -> Any:
        def launch(document: Any, data: bytes) -> None:
            path = self.view.temp_copies.make(data, document.file_name)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        return self.with_content(launch)

    def save_copy(self, target: Path | None = None) -> Any:
        def write(document: Any, data: bytes) -> None:
            chosen = target
            if chosen is None:
                name, _ = QFileDialog.getSaveFileName(
                    self, tr("Save a decrypted copy"), document.file_name
                )
                if not name:
                    return
                chosen = Path(name)
            atomic_write_bytes(chosen, data)
            inform(
                self,
                tr("Documents"),
                tr(
                    "A decrypted copy was saved to {path}. It is not protected by the vault."
                ).format(path=chosen),
            )

        return self.with_content(write)

    def retire_record(self, record_id: int, reason: str) -> Any:
        return self.customers.retire_document(record_id, reason)
