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

from ...i18n import tr
from ...registers.customers import documents, options
from ...registers.customers import owners as customer_owners
from ...store.files import atomic_write_bytes
from ...store.keys import VaultError
from ...store.vault import Vault
from ..dialogs.customer_document_dialog import AttachDialog, DocumentViewer
from ..dialogs.customer_vault_dialog import with_vault
from ..notify import inform, warn
from .widgets import CustomerTab, Table, ask_text, buttons, hint


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class DocumentsTab(CustomerTab):
    title = "Documents"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.layout_.addWidget(
            hint(
                tr(
                    "Every file is kept encrypted (AES-256-GCM) in the vault beside the database, "
                    "with the SHA-256 of its content; the key is in the OS keyring or comes from "
                    "the vault passphrase. Retired documents are kept, never deleted."
                )
            )
        )
        self.table = Table(
            (
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
            right=(3,),
        )
        self.layout_.addWidget(self.table.view, 1)
        row, self.buttons = buttons(
            (tr("Attach…"), self.attach),
            (tr("View"), self.view_selected),
            (tr("Open"), self.open_selected),
            (tr("Save a copy…"), self.save_copy),
            (tr("Retire…"), lambda: self.retire()),
        )
        self.layout_.addLayout(row)
        self.table.view.doubleClicked.connect(lambda _i: self.view_selected())
        self.dialog: Any = None
        self.viewer: DocumentViewer | None = None
        self.last_data: bytes | None = None

    def refresh(self) -> None:
        with self.store.reading() as session:
            found = documents.documents_of(session, self.customer_id)
            owners = {
                o.id: o.name
                for o in customer_owners.owners_of(session, self.customer_id, include_retired=True)
            }
            labels = options.document_categories(self.store.rules(session), self.today)
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
        dialog = AttachDialog(self.store, self.customer_id, lambda _id: self.changed(), path, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    # --- open -----------------------------------------------------------------------------

    def _selected(self) -> int | None:
        document_id = self.table.selected()
        if document_id is None:
            inform(self, tr("Documents"), tr("Select a document first."))
        return document_id

    def with_content(self, action: Any) -> Any:
        """Decrypt the selected document and call ``action(document, data)``."""
        document_id = self._selected()
        if document_id is None:
            return None

        def opened(vault: Vault) -> None:
            try:
                with self.store.reading() as session:
                    document = documents.get_document(session, document_id)
                    data = documents.read(session, vault, document_id)
            except VaultError as exc:
                warn(self, tr("Documents"), str(exc))
                return
            self.last_data = data
            action(document, data)

        self.dialog = with_vault(self, self.store, opened)
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

    def retire(self, reason: str | None = None) -> bool:
        document_id = self._selected()
        if document_id is None:
            return False
        if reason is None:
            reason = ask_text(self, tr("Retire document"), tr("Why is it no longer relied on?"))
            if reason is None:
                return False
        return self.run(
            tr("Retire document"),
            lambda session, _rules: documents.retire_document(session, document_id, reason),
        )
