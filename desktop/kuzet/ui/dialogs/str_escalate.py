"""Escalate an alert to a suspicious transaction report: the case facts, the decision
(suspicious now, or a case to decide later) and its day, a new case or one of the
customer's open cases. The deadline in business days follows from the decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from ...i18n import format_date, tr
from ..form import DateField, FormDialog
from .str_report import tipping_off_label


class EscalateDialog(FormDialog):
    def __init__(self, monitoring: Any, alert_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Escalate alert to an STR", parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.alert_id = alert_id
        self.report: Any = None
        self.setMinimumWidth(620)
        summary = monitoring.alert_summary(alert_id)
        self.form.addRow(tipping_off_label())
        reason = QLabel(f"{summary.rule}: {summary.reason}")
        reason.setWordWrap(True)
        self.form.addRow(tr("Alert"), reason)
        self.facts = QPlainTextEdit()
        self.facts.setFixedHeight(110)
        self.facts.setPlaceholderText(
            tr("What happened, why it is suspicious, what the customer said, what you checked")
        )
        self.add_field("facts", "Case facts", self.facts)
        self.decision = QComboBox()
        self.decision.addItem(tr("Suspicious: report to the FIU"), "suspicious")
        self.decision.addItem(tr("Open a case; decide later"), "")
        self.add_field(
            "decision",
            "Decision",
            self.decision,
            "The STR is due within the rule pack's business days of the decision "
            "(monitoring.str.deadline_business_days).",
        )
        self.decided_on = self.add_field(
            "decided_on", "Decided on", DateField(today=monitoring.today)
        )
        self.case = QComboBox()
        self.case.addItem(tr("A new STR"), None)
        for report in monitoring.open_cases(summary.customer_id):
            self.case.addItem(
                tr("Add to STR #{id} (detected {date})").format(
                    id=report.id, date=format_date(report.detected_on)
                ),
                report.id,
            )
        self.add_field("report", "Case", self.case)
        self.decision.currentIndexChanged.connect(
            lambda _i: self.decided_on.setEnabled(bool(self.decision.currentData()))
        )

    def values(self) -> dict[str, Any]:
        return {
            "facts": self.facts.toPlainText(),
            "decision": self.decision.currentData() or "",
            "decided_on": self.decided_on.value(),
            "report_id": self.case.currentData(),
        }

    def save(self) -> None:
        def escalate(data: dict[str, Any]) -> Any:
            # kept before the dialog closes: the page reads it when the dialog finishes
            self.report = self.monitoring.escalate_alert(self.alert_id, **data)
            return self.report

        self.submit(escalate)
