"""Add or edit a sale venue and its licences, with a message under each wrong field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.mining import venues
from ..form import DateField, FormDialog

JURISDICTIONS = ("AIFC", "Kazakhstan (NBK)", "UAE", "Other")


class VenueDialog(FormDialog):
    def __init__(self, store: Any, venue_id: int | None = None, parent: QWidget | None = None):
        super().__init__(tr("Edit venue") if venue_id else tr("New venue"), parent)
        self.store = store
        self.venue_id = venue_id
        self.saved_id: int | None = None
        self.name = self.add_field(
            "name", tr("Name"), QLineEdit(), tr("As the exchange's trade files write it.")
        )
        self.jurisdiction = QComboBox()
        self.jurisdiction.setEditable(True)
        self.jurisdiction.addItems([tr(j) for j in JURISDICTIONS])
        self.jurisdiction.setCurrentText("")
        self.add_field("jurisdiction", tr("Jurisdiction"), self.jurisdiction)
        self.aifc_status = QComboBox()
        for key, label in venues.STATUS_LABELS.items():
            self.aifc_status.addItem(tr(label), key)
        self.aifc_status.setCurrentIndex(self.aifc_status.findData("none"))
        self.add_field(
            "aifc_status",
            tr("AIFC licence"),
            self.aifc_status,
            tr("Sales count towards the mandatory sale only while this is Active."),
        )
        self.aifc_licence_number = self.add_field(
            "aifc_licence_number", tr("AIFC licence number"), QLineEdit()
        )
        self.aifc_status_from = self.add_field(
            "aifc_status_from", tr("Suspended or revoked from"), DateField(optional=True)
        )
        self.valid_from = self.add_field(
            "valid_from", tr("Licence valid from"), DateField(optional=True)
        )
        self.valid_to = self.add_field(
            "valid_to",
            tr("Licence valid to"),
            DateField(optional=True),
            tr("Leave unticked when the licence has no end date."),
        )
        self.nbk_licence = self.add_field("nbk_licence", tr("NBK licence"), QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.add_field("notes", tr("Notes"), self.notes)
        self.aifc_status.currentIndexChanged.connect(self._status_changed)
        if venue_id is not None:
            self._load(venue_id)
        self._status_changed()

    def _load(self, venue_id: int) -> None:
        with self.store.reading() as session:
            venue = venues.get(session, venue_id)
        self.name.setText(venue.name)
        self.jurisdiction.setCurrentText(venue.jurisdiction)
        self.aifc_status.setCurrentIndex(max(0, self.aifc_status.findData(venue.aifc_status)))
        self.aifc_licence_number.setText(venue.aifc_licence_number)
        self.aifc_status_from.set_value(venue.aifc_status_from)
        self.valid_from.set_value(venue.valid_from)
        self.valid_to.set_value(venue.valid_to)
        self.nbk_licence.setText(venue.nbk_licence)
        self.notes.setPlainText(venue.notes)

    def _status_changed(self) -> None:
        status = self.aifc_status.currentData()
        self.aifc_licence_number.setEnabled(status != "none")
        self.aifc_status_from.setEnabled(status in ("suspended", "revoked"))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "jurisdiction": self.jurisdiction.currentText(),
            "aifc_licence_number": self.aifc_licence_number.text(),
            "aifc_status": self.aifc_status.currentData(),
            "aifc_status_from": self.aifc_status_from.value(),
            "nbk_licence": self.nbk_licence.text(),
            "valid_from": self.valid_from.value(),
            "valid_to": self.valid_to.value(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        data = self.values()
        try:
            with self.store.transaction() as session:
                if self.venue_id is None:
                    venue = venues.create(session, data)
                else:
                    venue = venues.update(session, self.venue_id, data)
                self.saved_id = venue.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
