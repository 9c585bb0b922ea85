"""Add or edit an MLRO or deputy MLRO appointment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.programme import mlro
from ..form import DateField, FormDialog


class MlroDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **extra
    ) -> None:
        super().__init__("Edit appointment" if record_id else "New appointment", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        rules = store.rules()
        self.role = QComboBox()
        for key, label in mlro.role_labels().items():
            self.role.addItem(label, key)
        self.add_field("role", "Role", self.role)
        self.person = self.add_field("person_name", "Person", QLineEdit())
        self.position = QComboBox()
        for key, label in mlro.position_labels(rules, self.today).items():
            self.position.addItem(tr(label), key)
        self.add_field(
            "position",
            "Position",
            self.position,
            "The MLRO must be a director, partner, principal representative or senior manager.",
        )
        self.resident = QCheckBox(tr("Resides in Kazakhstan"))
        self.resident.setChecked(True)
        self.add_field("resident_in_kz", "Residence", self.resident)
        self.appointed_on = self.add_field("appointed_on", "Appointed", DateField())
        self.approved_on = self.add_field(
            "approved_on", "Approved by the regulator", DateField(optional=True)
        )
        self.notified_on = self.add_field(
            "notified_on", "Regulator notified", DateField(optional=True)
        )
        self.reference = self.add_field("regulator_reference", "Regulator reference", QLineEdit())
        self.ended_on = self.add_field("ended_on", "Ended", DateField(optional=True))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field("notes", "Notes", self.notes)
        if extra.get("role"):
            self.role.setCurrentIndex(max(0, self.role.findData(extra["role"])))
        if record_id is not None:
            self._load(record_id)

    def _load(self, record_id: int) -> None:
        with self.store.reading() as session:
            a = mlro.get(session, record_id)
        self.role.setCurrentIndex(max(0, self.role.findData(a.role)))
        self.person.setText(a.person_name)
        self.position.setCurrentIndex(max(0, self.position.findData(a.position)))
        self.resident.setChecked(a.resident_in_kz)
        self.appointed_on.set_value(a.appointed_on)
        self.approved_on.set_value(a.approved_on)
        self.notified_on.set_value(a.notified_on)
        self.reference.setText(a.regulator_reference)
        self.ended_on.set_value(a.ended_on)
        self.notes.setPlainText(a.notes)

    def values(self) -> dict[str, Any]:
        return {
            "role": self.role.currentData(),
            "person_name": self.person.text(),
            "position": self.position.currentData(),
            "resident_in_kz": self.resident.isChecked(),
            "appointed_on": self.appointed_on.value(),
            "approved_on": self.approved_on.value(),
            "notified_on": self.notified_on.value(),
            "regulator_reference": self.reference.text(),
            "ended_on": self.ended_on.value(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                rules = self.store.rules(session)
                if self.record_id is None:
                    record = mlro.create(session, self.values(), rules, self.today)
                else:
                    record = mlro.update(session, self.record_id, self.values(), rules, self.today)
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
