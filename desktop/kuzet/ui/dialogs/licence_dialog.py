"""Add or edit a licence, with a message under each field that is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.licensing import licences
from ...store.models import LICENCE_STATUSES
from ..form import DateField, FormDialog, fill_fields


class LicenceDialog(FormDialog):
    def __init__(
        self, licensing: Any, licence_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(tr("Edit licence") if licence_id else tr("New licence"), parent)
        self.licensing = licensing  # registers/licensing/desk.py
        self.licence_id = licence_id
        self.saved_id: int | None = None
        self.kind = QComboBox()
        for kind in licensing.licence_types():
            self.kind.addItem(tr(kind.label), kind.key)
        self.add_field("licence_type", "Type", self.kind)
        self.number = self.add_field("number", "Number", QLineEdit())
        self.issuer = self.add_field("issuer", "Issuer", QLineEdit())
        self.issued_on = self.add_field("issued_on", "Issued", DateField())
        self.expires_on = self.add_field(
            "expires_on",
            "Expires",
            DateField(optional=True),
            "Leave unticked to use the legal term where the law sets one (mining: 3 years).",
        )
        self.status = QComboBox()
        for status in LICENCE_STATUSES:
            self.status.addItem(licences.status_label(status).capitalize(), status)
        self.add_field("status", "Status", self.status)
        self.suspended_from = self.add_field("suspended_from", "Suspended from", DateField(True))
        self.suspended_to = self.add_field("suspended_to", "Suspended to", DateField(True))
        self.conditions = QPlainTextEdit()
        self.conditions.setFixedHeight(70)
        self.add_field("conditions", "Conditions", self.conditions)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field("notes", "Notes", self.notes)
        self.status.currentIndexChanged.connect(self._status_changed)
        if licence_id is not None:
            self._load(licence_id)
        self._status_changed()

    def _load(self, licence_id: int) -> None:
        fill_fields(self.fields, self.licensing.licence(licence_id))

    def _status_changed(self) -> None:
        suspended = self.status.currentData() == "suspended"
        self.suspended_from.setEnabled(suspended)
        self.suspended_to.setEnabled(suspended)

    def save(self) -> None:
        self.submit(lambda data: self.licensing.save_licence(data, self.licence_id))
