"""Add or edit an audit finding: the audit, a reference, the finding and its severity."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...registers.errors import ValidationFailed
from ...registers.programme import audits
from ...registers.programme.audit_listings import audit_choices
from ..form import DateField, FormDialog


class FindingDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **extra
    ) -> None:
        super().__init__("Edit finding" if record_id else "New finding", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.audit = QComboBox()
        with store.reading() as session:
            for value, label in audit_choices(session):
                self.audit.addItem(label, int(value))
        self.add_field("engagement_id", "Audit", self.audit)
        self.reference = self.add_field("reference", "Reference", QLineEdit())
        self.title_edit = self.add_field("title", "Finding", QLineEdit())
        self.severity = QComboBox()
        for key, label in audits.severity_labels().items():
            self.severity.addItem(label, key)
        self.add_field("severity", "Severity", self.severity)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.add_field("description", "Details", self.description)
        self.closed_on = self.add_field(
            "closed_on", "Closed", DateField(optional=True), "Close it once every action is done."
        )
        if extra.get("engagement_id"):
            self.audit.setCurrentIndex(max(0, self.audit.findData(extra["engagement_id"])))
        if record_id is not None:
            with store.reading() as session:
                f = audits.get_finding(session, record_id)
            self.audit.setCurrentIndex(max(0, self.audit.findData(f.engagement_id)))
            self.reference.setText(f.reference)
            self.title_edit.setText(f.title)
            self.severity.setCurrentIndex(max(0, self.severity.findData(f.severity)))
            self.description.setPlainText(f.description)
            self.closed_on.set_value(f.closed_on)

    def values(self) -> dict[str, Any]:
        return {
            "engagement_id": self.audit.currentData(),
            "reference": self.reference.text(),
            "title": self.title_edit.text(),
            "severity": self.severity.currentData(),
            "description": self.description.toPlainText(),
            "closed_on": self.closed_on.value(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                record = audits.save_finding(session, self.values(), self.today, self.record_id)
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
