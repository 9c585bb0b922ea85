"""Add or edit an MLRO or deputy MLRO appointment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from ...i18n import tr
from ...registers.programme import mlro
from .programme_dialog import RecordDialog, choices


class MlroDialog(RecordDialog):
    """``role`` pre-fills a new appointment's role ("mlro" or "deputy")."""

    thing = "appointment"
    titles = ("New appointment", "Edit appointment")

    def build(self, role: str = "", **_extra: Any) -> None:
        self.role = self.add_field("role", "Role", choices(mlro.role_labels().items()))
        self.person = self.add_field("person_name", "Person", QLineEdit())
        positions = self.programme.mlro_positions().items()
        self.position = self.add_field(
            "position",
            "Position",
            choices((key, tr(label)) for key, label in positions),
            "The MLRO must be a director, partner, principal representative or senior manager.",
        )
        self.resident = QCheckBox(tr("Resides in Kazakhstan"))
        self.resident.setChecked(True)
        self.add_field("resident_in_kz", "Residence", self.resident)
        self.appointed_on = self.add_field("appointed_on", "Appointed", self.date_field())
        self.approved_on = self.add_field(
            "approved_on", "Approved by the regulator", self.date_field(True)
        )
        self.notified_on = self.add_field(
            "notified_on", "Regulator notified", self.date_field(True)
        )
        self.reference = self.add_field("regulator_reference", "Regulator reference", QLineEdit())
        self.ended_on = self.add_field("ended_on", "Ended", self.date_field(True))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field("notes", "Notes", self.notes)
        if role:
            self.role.setCurrentIndex(max(0, self.role.findData(role)))
