"""Add or edit an audit finding: the audit, a reference, the finding and its severity."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...registers.programme import audits
from .programme_dialog import RecordDialog, choices


class FindingDialog(RecordDialog):
    """``engagement_id`` pre-fills a new finding's audit (the one selected on the page)."""

    thing = "finding"
    titles = ("New finding", "Edit finding")

    def build(self, engagement_id: int | None = None, **_extra: Any) -> None:
        recorded = ((int(value), label) for value, label in self.programme.audit_choices())
        self.audit = self.add_field("engagement_id", "Audit", choices(recorded))
        self.reference = self.add_field("reference", "Reference", QLineEdit())
        self.title_edit = self.add_field("title", "Finding", QLineEdit())
        severities = choices(audits.severity_labels().items())
        self.severity = self.add_field("severity", "Severity", severities)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.add_field("description", "Details", self.description)
        self.closed_on = self.add_field(
            "closed_on", "Closed", self.date_field(True), "Close it once every action is done."
        )
        if engagement_id:
            self.audit.setCurrentIndex(max(0, self.audit.findData(engagement_id)))
