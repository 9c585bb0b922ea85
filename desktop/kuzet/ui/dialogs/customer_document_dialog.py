"""Attach a document to a customer (or an owner), and view one decrypted in memory."""

from __future__ import annotations

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
from ...store.vault import Vault
from ..customer.form import person_box
from ..dialog_frame import cap_to_screen
from ..form import DateField, FormDialog, field_value
from .customer_vault_dialog import with_vault


class AttachDialog(FormDialog):
    """Which file, what it is, whose it is, and the period it covers."""

    def __init__(
        self,
        desk: Any,
        customer_id: int,
        on_saved: Callable[[int], None],
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Attach a document"), parent)
        self.desk = desk  # kuzet/desk.py: the customers desk, and the vault through desk.system
        self.customers = desk.customers
        self.customer_id = customer_id
        self.on_saved = on_saved
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
        for key, label in self.customers.form_choices().document_categories.items():
            self.category.addItem(label, key)
        self.add_field("category", tr("What it is"), self.category)
        self.person = self.add_field(
            "owner_id", tr("Whose"), person_box(self.customers, customer_id)
        )
        self.effective_from = self.add_field(
            "effective_from", tr("Covers from"), DateField(True, today=self.customers.today)
        )
        self.effective_to = self.add_field(
            "effective_to", tr("Covers to"), DateField(True, today=self.customers.today)
        )
        self.expires_on = self.add_field(
            "expires_on", tr("Expires"), DateField(True, today=self.customers.today)
        )
        self.description = self.add_field("description", tr("Description"), QLineEdit())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose the document"))
        if name:
            self.path = Path(name)
            self.file_label.setText(self.path.name)

    def values(self) -> dict[str, Any]:
        """The document's details (the file and whose it is are passed on their own)."""
        details = ("category", "effective_from", "effective_to", "expires_on", "description")
        return {key: field_value(self.fields[key]) for key in details}

    def save(self) -> None:
        errors = self.customers.document_problems(self.values())
        if self.path is None:
            errors["file_name"] = tr("Choose the file to attach.")
        if errors:
            self.show_errors(errors)
            return
        self.vault_dialog = with_vault(self, self.desk.system, self._attach)

    def _attach(self, vault: Vault) -> None:
        assert self.path is not None
        path, owner_id = self.path, self.person.currentData()
        attached = self.submit(
            lambda data: self.customers.attach_document(
                vault, self.customer_id, path, data, owner_id
            )
        )
        if attached is not None:
            self.on_saved(attached.id)


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
        cap_to_screen(self)
