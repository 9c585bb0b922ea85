"""Report a client's suspicious activity with no transaction: from 1 Apr 2026 the FIU's
reporting rules cover suspicious client activity, not only operations (AFM Order No. 22
of 23 Dec 2025, rule ``monitoring.str.covers_activity``). The officer names the customer,
the day the activity was noticed, what was seen (IP addresses, devices, behaviour) and the
decision; activity before that day is refused, naming the rule."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from ...i18n import tr
from ..form import DateField, FormDialog
from .str_report import tipping_off_label


class ActivityReportDialog(FormDialog):
    def __init__(
        self, monitoring: Any, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("Report suspicious client activity", parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.report: Any = None
        self.setMinimumWidth(620)
        self.form.addRow(tipping_off_label())
        self.customer = QSpinBox()
        self.customer.setRange(1, 2_000_000_000)
        if customer_id is not None:
            self.customer.setValue(customer_id)
        self.add_field("customer_id", "Customer number", self.customer)
        self.customer_name = QLabel()
        self.customer_name.setWordWrap(True)
        self.form.addRow("", self.customer_name)
        self.customer.valueChanged.connect(self._show_customer)
        self._show_customer(self.customer.value())
        self.detected_on = self.add_field(
            "detected_on",
            "Noticed on",
            DateField(today=monitoring.today),
            "Reports of activity without an operation apply from 1 Apr 2026 "
            "(monitoring.str.covers_activity, AFM Order No. 22 of 23 Dec 2025).",
        )
        self.activity = QPlainTextEdit()
        self.activity.setFixedHeight(110)
        self.activity.setPlaceholderText(
            tr("IP addresses, devices, logins, behaviour: what was seen, when, and why")
        )
        self.add_field("activity", "Suspicious activity", self.activity)
        self.facts = QPlainTextEdit()
        self.facts.setFixedHeight(80)
        self.add_field("facts", "Case facts", self.facts)
        self.decision = QComboBox()
        self.decision.addItem(tr("Open a case; decide later"), "")
        self.decision.addItem(tr("Suspicious: report to the FIU"), "suspicious")
        self.add_field(
            "decision",
            "Decision",
            self.decision,
            "The STR is due within the rule pack's business days of the decision "
            "(monitoring.str.deadline_business_days, unconfirmed [U]).",
        )

    def _show_customer(self, customer_id: int) -> None:
        self.customer_name.setText(self.monitoring.customer_label(customer_id))

    def values(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer.value(),
            "detected_on": self.detected_on.value(),
            "activity": self.activity.toPlainText(),
            "facts": self.facts.toPlainText(),
            "decision": self.decision.currentData() or "",
        }

    def save(self) -> None:
        def open_report(data: dict[str, Any]) -> Any:
            self.report = self.monitoring.open_activity_report(**data)
            return self.report

        self.submit(open_report)
