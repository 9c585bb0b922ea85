"""Attach a document to a customer (or an owner), and view one decrypted in memory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.customers import customer_file as customers
from ...registers.customers import documents, options
from ...registers.customers import owners as customer_owners
from ...registers.errors import ValidationFailed
from ...store.vault import Vault
from ..form import DateField, FormDialog
from .customer_vault_dialog import with_vault


class AttachDialog(FormDialog):
    """Which file, what it is, whose it is, and the period it covers."""

    def __init__(
        self,
        store: Any,
        customer_id: int,
        on_saved: Callable[[int], None],
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Attach a document"), parent)
        self.store = store
        self.customer_id = customer_id
        self.on_saved = on_saved
        self.today = dt.date.today()
        self.saved_id: int | None = None
        self.path = path
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(path.name if path else tr("No file chosen"))
        row.addWidget(self.file_label, 1)
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        self.add_field(
            "file_name",
            tr("File"),
            picker,
            tr("Stored encrypted (AES-256-GCM) in the vault beside the database."),
        )
        self.category = QComboBox()
        for key, label in options.document_categories(store.rules(), self.today).items():
            self.category.addItem(label, key)
        self.add_field("category", tr("What it is"), self.category)
        self.person = QComboBox()
        with store.reading() as session:
            customer = customers.get(session, customer_id)
            self.person.addItem(tr("{name} (the customer)").format(name=customer.name), None)
            for owner in customer_owners.owners_of(session, customer_id):
                self.person.addItem(tr("{name} (owner)").format(name=owner.name), owner.id)
        self.add_field("owner_id", tr("Whose"), self.person)
        self.effective_from = self.add_field("effective_from", tr("Covers from"), DateField(True))
        self.effective_to = self.add_field("effective_to", tr("Covers to"), DateField(True))
        self.expires_on = self.add_field("expires_on", tr("Expires"), DateField(True))
        self.description = self.add_field("description", tr("Description"), QLineEdit())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose the document"))
        if name:
            self.path = Path(name)
            self.file_label.setText(self.path.name)

    def values(self) -> dict[str, Any]:
        return {
            "category": self.category.currentData(),
            "effective_from": self.effective_from.value(),
            "effective_to": self.effective_to.value(),
            "expires_on": self.expires_on.value(),
            "description": self.description.text(),
        }

    def save(self) -> None:
        errors = documents.validate_document(self.values(), self.store.rules(), self.today)
        if self.path is None:
            errors["file_name"] = tr("Choose the file to attach.")
        if errors:
            self.show_errors(errors)
            return
        self.vault_dialog = with_vault(self, self.store, self._attach)

    def _attach(self, vault: Vault) -> None:
        assert self.path is not None
        try:
            with self.store.transaction() as session:
                document = documents.attach_file(
                    session,
                    vault,
                    self.customer_id,
                    self.path,
                    self.values(),
                    self.store.rules(session),
                    self.today,
                    owner_id=self.person.currentData(),
                )
                self.saved_id = document.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
        self.on_saved(self.saved_id)


class DocumentViewer(QDialog):
    """A decrypted document shown from memory: images and text; others are opened."""

    def __init__(self, file_name: str, media_type: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(file_name)
        layout = QVBoxLayout(self)
        self.kind = "none"
        pixmap = QPixmap()
        if media_type.startswith("image/") and pixmap.loadFromData(data):
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea()
            scroll.setWidget(label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
            self.kind = "image"
        elif media_type.startswith("text/") or media_type in ("application/json", "text/csv"):
            text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
            text.setReadOnly(True)
            layout.addWidget(text, 1)
            self.kind = "text"
        else:
            layout.addWidget(
                QLabel(
                    tr("No preview for {type}: use “Open” to view it in its own program.").format(
                        type=media_type
                    )
                )
            )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(720, 560)
