"""Add or edit a member of staff: role (which decides the training), dates, screening."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.programme import staff
from ..form import DateField, FormDialog


class StaffDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **_extra
    ) -> None:
        super().__init__("Edit staff member" if record_id else "New staff member", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        rules = store.rules()
        self.full_name = self.add_field("full_name", "Full name", QLineEdit())
        self.role = QComboBox()
        for key, label in staff.role_labels(rules, self.today).items():
            self.role.addItem(tr(label), key)
        self.add_field(
            "role", "Role", self.role, "The role decides the required courses and how often."
        )
        self.job_title = self.add_field("job_title", "Job title", QLineEdit())
        self.email = self.add_field("email", "E-mail", QLineEdit())
        self.start_date = self.add_field("start_date", "Started", DateField())
        self.end_date = self.add_field("end_date", "Left", DateField(optional=True))
        self.screening = QComboBox()
        for key, label in staff.screening_labels().items():
            self.screening.addItem(label, key)
        self.screening.setCurrentIndex(self.screening.findData("pending"))
        self.add_field("screening_result", "Screening at hiring", self.screening)
        self.screened_on = self.add_field("screened_on", "Screened on", DateField(optional=True))
        self.screening_notes = QPlainTextEdit()
        self.screening_notes.setFixedHeight(50)
        self.add_field("screening_notes", "Screening notes", self.screening_notes)
        if record_id is not None:
            self._load(record_id)

    def _load(self, record_id: int) -> None:
        with self.store.reading() as session:
            m = staff.get(session, record_id)
        self.full_name.setText(m.full_name)
        self.role.setCurrentIndex(max(0, self.role.findData(m.role)))
        self.job_title.setText(m.job_title)
        self.email.setText(m.email)
        self.start_date.set_value(m.start_date)
        self.end_date.set_value(m.end_date)
        self.screening.setCurrentIndex(max(0, self.screening.findData(m.screening_result)))
        self.screened_on.set_value(m.screened_on)
        self.screening_notes.setPlainText(m.screening_notes)

    def values(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name.text(),
            "role": self.role.currentData(),
            "job_title": self.job_title.text(),
            "email": self.email.text(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "screening_result": self.screening.currentData(),
            "screened_on": self.screened_on.value(),
            "screening_notes": self.screening_notes.toPlainText(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                rules = self.store.rules(session)
                if self.record_id is None:
                    record = staff.create(session, self.values(), rules, self.today)
                else:
                    record = staff.update(session, self.record_id, self.values(), rules, self.today)
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
