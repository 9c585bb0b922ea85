"""Add or edit a sale venue and its licences, with a message under each wrong field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.mining.venues import LICENSOR_LABELS, STATUS_LABELS
from ..form import DateField, FormDialog, fill_fields
from .sale_dialog import typed_choice

JURISDICTIONS = ("AIFC", "Kazakhstan (NBK)", "UAE", "Other")


class VenueDialog(FormDialog):
    def __init__(self, mining: Any, venue_id: int | None = None, parent: QWidget | None = None):
        super().__init__(tr("Edit venue") if venue_id else tr("New venue"), parent)
        self.mining = mining  # registers/mining/desk.py
        self.venue_id = venue_id
        self.name = self.add_field(
            "name", tr("Name"), QLineEdit(), tr("As the exchange's trade files write it.")
        )
        self.jurisdiction = typed_choice([tr(j) for j in JURISDICTIONS])
        self.jurisdiction.setCurrentText("")
        self.add_field("jurisdiction", tr("Jurisdiction"), self.jurisdiction)
        self.licensed_by = QComboBox()
        for key, label in LICENSOR_LABELS.items():
            self.licensed_by.addItem(tr(label), key)
        self.licensed_by.setCurrentIndex(self.licensed_by.findData("none"))
        self.add_field(
            "licensed_by",
            tr("Licensed by"),
            self.licensed_by,
            tr(
                "Which licences count toward the mandatory sale is a rule "
                "(mining.sale.qualifying_venues: AIFC only unless an officer adds the "
                "National Bank's)."
            ),
        )
        self.aifc_status = QComboBox()
        for key, label in STATUS_LABELS.items():
            self.aifc_status.addItem(tr(label), key)
        self.aifc_status.setCurrentIndex(self.aifc_status.findData("none"))
        self.add_field(
            "aifc_status",
            tr("AIFC licence"),
            self.aifc_status,
            tr("An AIFC licence counts only while this is Active."),
        )
        self.aifc_licence_number = self.add_field(
            "aifc_licence_number", tr("AIFC licence number"), QLineEdit()
        )
        self.aifc_status_from = self.add_field(
            "aifc_status_from",
            tr("Suspended or revoked from"),
            DateField(optional=True, today=mining.today),
        )
        self.valid_from = self.add_field(
            "valid_from", tr("Licence valid from"), DateField(optional=True, today=mining.today)
        )
        self.valid_to = self.add_field(
            "valid_to",
            tr("Licence valid to"),
            DateField(optional=True, today=mining.today),
            tr("Leave unticked when the licence has no end date."),
        )
        self.nbk_licence = self.add_field(
            "nbk_licence", tr("NBK licence or registration number"), QLineEdit()
        )
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.add_field("notes", tr("Notes"), self.notes)
        self.aifc_status.currentIndexChanged.connect(self._status_changed)
        if venue_id is not None:
            self._load(venue_id)
        self._status_changed()

    def _load(self, venue_id: int) -> None:
        venue = self.mining.venue(venue_id)
        fill_fields(self.fields, venue, leave=("jurisdiction",))  # typed: its text, not a choice
        self.jurisdiction.setCurrentText(venue.jurisdiction)

    def _status_changed(self) -> None:
        status = self.aifc_status.currentData()
        self.aifc_licence_number.setEnabled(status != "none")
        if status != "none" and self.licensed_by.currentData() == "none":
            self.licensed_by.setCurrentIndex(self.licensed_by.findData("aifc"))
        self.aifc_status_from.setEnabled(status in ("suspended", "revoked"))

    def values(self) -> dict[str, Any]:
        return super().values() | {"jurisdiction": self.jurisdiction.currentText()}

    def save(self) -> None:
        self.submit(lambda data: self.mining.save_venue(data, self.venue_id))
