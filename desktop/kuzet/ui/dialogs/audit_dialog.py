"""Add or edit an independent audit of the AML systems."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...registers.programme import audits
from .programme_dialog import RecordDialog, choices


class AuditDialog(RecordDialog):
    thing = "audit"
    titles = ("New audit", "Edit audit")

    def build(self, **_extra: Any) -> None:
        self.kind = self.add_field("kind", "Kind", choices(audits.kind_labels().items()))
        self.auditor = self.add_field("auditor", "Auditor", QLineEdit())
        self.period_from = self.add_field("period_from", "Period from", self.date_field())
        self.period_to = self.add_field("period_to", "Period to", self.date_field())
        self.audit_date = self.add_field(
            "audit_date",
            "Report date",
            self.date_field(),
            "The next audit is due two years after this date (rule pack).",
        )
        self.scope = QPlainTextEdit()
        self.scope.setFixedHeight(50)
        self.add_field("scope", "Scope", self.scope)
        self.conclusion = self.add_field("conclusion", "Conclusion", QLineEdit())
        self.report_ref = self.add_field("report_ref", "Report reference", QLineEdit())
