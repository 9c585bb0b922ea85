"""Add or edit a remediation action: what, who owns it, when it is due, when done."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy import select

from ...registers.errors import ValidationFailed
from ...registers.programme import audits
from ...store.models.audits import AuditFinding
from ..form import DateField, FormDialog


class RemediationActionDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **extra
    ) -> None:
        super().__init__("Edit action" if record_id else "New remediation action", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.finding = QComboBox()
        with store.reading() as session:
            findings = session.execute(
                select(AuditFinding)
                .where(AuditFinding.retired_at.is_(None))
                .order_by(AuditFinding.closed_on.is_not(None), AuditFinding.id.desc())
            ).scalars()
            for f in findings:
                ref = f"{f.reference} " if f.reference else ""
                self.finding.addItem(f"{ref}{f.title}", f.id)
        self.add_field("finding_id", "Finding", self.finding)
        self.description = self.add_field("description", "Action", QLineEdit())
        self.owner = self.add_field("owner", "Owner", QLineEdit())
        self.due_on = self.add_field("due_on", "Due", DateField())
        self.completed_on = self.add_field("completed_on", "Completed", DateField(optional=True))
        self.evidence = self.add_field("evidence", "Evidence", QLineEdit())
        if extra.get("finding_id"):
            self.finding.setCurrentIndex(max(0, self.finding.findData(extra["finding_id"])))
        if record_id is not None:
            with store.reading() as session:
                a = audits.get_action(session, record_id)
            self.finding.setCurrentIndex(max(0, self.finding.findData(a.finding_id)))
            self.description.setText(a.description)
            self.owner.setText(a.owner)
            self.due_on.set_value(a.due_on)
            self.completed_on.set_value(a.completed_on)
            self.evidence.setText(a.evidence)

    def values(self) -> dict[str, Any]:
        return {
            "finding_id": self.finding.currentData(),
            "description": self.description.text(),
            "owner": self.owner.text(),
            "due_on": self.due_on.value(),
            "completed_on": self.completed_on.value(),
            "evidence": self.evidence.text(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                record = audits.save_action(session, self.values(), self.today, self.record_id)
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
