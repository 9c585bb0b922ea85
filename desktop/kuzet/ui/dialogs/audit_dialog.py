"""Add or edit an independent audit of the AML systems."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...registers.errors import ValidationFailed
from ...registers.programme import audits
from ..form import DateField, FormDialog


class AuditDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **_extra
    ) -> None:
        super().__init__("Edit audit" if record_id else "New audit", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.kind = QComboBox()
        for key, label in audits.kind_labels().items():
            self.kind.addItem(label, key)
        self.add_field("kind", "Kind", self.kind)
        self.auditor = self.add_field("auditor", "Auditor", QLineEdit())
        self.period_from = self.add_field("period_from", "Period from", DateField())
        self.period_to = self.add_field("period_to", "Period to", DateField())
        self.audit_date = self.add_field(
            "audit_date",
            "Report date",
            DateField(),
            "The next audit is due two years after this date (rule pack).",
        )
        self.scope = QPlainTextEdit()
        self.scope.setFixedHeight(50)
        self.add_field("scope", "Scope", self.scope)
        self.conclusion = self.add_field("conclusion", "Conclusion", QLineEdit())
        self.report_ref = self.add_field("report_ref", "Report reference", QLineEdit())
        if record_id is not None:
            with store.reading() as session:
                a = audits.get_audit(session, record_id)
            self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind)))
            self.auditor.setText(a.auditor)
            self.period_from.set_value(a.period_from)
            self.period_to.set_value(a.period_to)
            self.audit_date.set_value(a.audit_date)
            self.scope.setPlainText(a.scope)
            self.conclusion.setText(a.conclusion)
            self.report_ref.setText(a.report_ref)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "auditor": self.auditor.text(),
            "period_from": self.period_from.value(),
            "period_to": self.period_to.value(),
            "audit_date": self.audit_date.value(),
            "scope": self.scope.toPlainText(),
            "conclusion": self.conclusion.text(),
            "report_ref": self.report_ref.text(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                record = audits.save_audit(session, self.values(), self.today, self.record_id)
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
