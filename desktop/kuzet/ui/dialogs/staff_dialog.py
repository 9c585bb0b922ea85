"""Add or edit a member of staff: role (which decides the training), dates, screening."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...i18n import tr
from ...registers.programme import staff
from .programme_dialog import RecordDialog, choices


class StaffDialog(RecordDialog):
    thing = "staff_member"
    titles = ("New staff member", "Edit staff member")

    def build(self, **_extra: Any) -> None:
        self.full_name = self.add_field("full_name", "Full name", QLineEdit())
        roles = choices((key, tr(label)) for key, label in self.programme.staff_roles().items())
        self.role = self.add_field(
            "role", "Role", roles, "The role decides the required courses and how often."
        )
        self.job_title = self.add_field("job_title", "Job title", QLineEdit())
        self.email = self.add_field("email", "E-mail", QLineEdit())
        self.start_date = self.add_field("start_date", "Started", self.date_field())
        self.end_date = self.add_field("end_date", "Left", self.date_field(True))
        results = choices(staff.screening_labels().items())
        self.screening = self.add_field("screening_result", "Screening at hiring", results)
        self.screening.setCurrentIndex(self.screening.findData("pending"))
        self.screened_on = self.add_field("screened_on", "Screened on", self.date_field(True))
        self.screening_notes = QPlainTextEdit()
        self.screening_notes.setFixedHeight(50)
        self.add_field("screening_notes", "Screening notes", self.screening_notes)
