"""Review an alert: read the rule, its parameters and sources, the reason and the
transactions; close it as explained with a note, or go on to escalate it to an STR."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from ...i18n import tr
from ..form import FormDialog


class AlertReviewDialog(FormDialog):
    """Close an alert as explained; "Escalate to STR…" goes on to the escalation."""

    def __init__(self, monitoring: Any, alert_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Review alert", parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.alert_id = alert_id
        self.escalate_requested = False
        self.setMinimumWidth(640)
        self.summary = summary = monitoring.alert_summary(alert_id)
        for label, text, name in (
            (tr("Rule"), summary.rule, ""),
            (tr("Parameters"), summary.basis, "pageHint"),
            (tr("Customer"), summary.customer, ""),
            (tr("Reason"), summary.reason, ""),
            (tr("Transactions"), summary.transactions, ""),
            (tr("Status"), summary.status, ""),
        ):
            shown = QLabel(text)
            shown.setWordWrap(True)
            shown.setObjectName(name)  # the parameters in the hint's style
            self.form.addRow(label, shown)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(tr("Why the activity is not suspicious, and what you checked"))
        self.add_field("note", "Explanation", self.note)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(tr("Close as explained"))
        self.escalate_button = QPushButton(tr("Escalate to STR…"))
        self.buttons.addButton(self.escalate_button, self.buttons.ButtonRole.ActionRole)
        self.escalate_button.clicked.connect(self._escalate)
        if not summary.open:
            for widget in (save, self.escalate_button, self.note):
                widget.setEnabled(False)

    def save(self) -> None:
        self.submit(lambda data: self.monitoring.explain_alert(self.alert_id, data["note"]))

    def _escalate(self) -> None:
        self.escalate_requested = True
        self.reject()
