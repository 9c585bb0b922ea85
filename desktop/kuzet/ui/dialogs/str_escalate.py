"""Escalate an alert to a suspicious transaction report: the case facts, the decision
(suspicious now, or a case to decide later) and its day, a new case or one of the
customer's open cases. The deadline in business days follows from the decision."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.monitoring import alerts
from ..form import DateField, FormDialog
from .alert_review import alert_summary
from .str_report import tipping_off_label


class EscalateDialog(FormDialog):
    def __init__(self, store: Any, alert_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Escalate alert to an STR", parent)
        self.store = store
        self.alert_id = alert_id
        self.saved_id: int | None = None
        self.report: Any = None
        self.today = dt.date.today()
        self.setMinimumWidth(620)
        summary = alert_summary(store, alert_id, self.today)
        self.form.addRow(tipping_off_label())
        reason = QLabel(f"{summary['rule']}: {summary['reason']}")
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
        self.decided_on = self.add_field("decided_on", "Decided on", DateField())
        self.case = QComboBox()
        self.case.addItem(tr("A new STR"), None)
        with store.reading() as session:
            alert = alerts.get(session, alert_id)
            for report in alerts.open_cases_of(session, alert.customer_id):
                self.case.addItem(
                    tr("Add to STR #{id} (detected {date})").format(
                        id=report.id, date=f"{report.detected_on:%d.%m.%Y}"
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
        data = self.values()
        try:
            with self.store.transaction() as session:
                report = alerts.escalate(
                    session,
                    self.alert_id,
                    self.store.rules(session),
                    self.today,
                    facts=data["facts"],
                    decision=data["decision"],
                    decided_on=data["decided_on"],
                    report_id=data["report_id"],
                )
                self.report = report
                self.saved_id = report.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
