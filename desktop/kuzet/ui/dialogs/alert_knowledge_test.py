"""Record a knowledge test of the customer of an alert (retail residents need a passed test
to deposit more than the monthly cap, rule monitoring.retail.cap_usd)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from ...i18n import format_date, tr
from ..form import DateField, FormDialog


class KnowledgeTestDialog(FormDialog):
    def __init__(self, monitoring: Any, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Knowledge test", parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.customer_id = customer_id
        earlier = monitoring.knowledge_tests(customer_id)
        self.form.addRow(tr("Customer"), QLabel(monitoring.customer_label(customer_id)))
        history = "; ".join(
            f"{format_date(t.taken_on)} {tr('passed') if t.passed else tr('failed')}"
            for t in earlier
        )
        self.form.addRow(tr("Earlier tests"), QLabel(history or tr("none")))
        self.taken_on = self.add_field("taken_on", "Taken on", DateField(today=monitoring.today))
        self.passed = self.add_field("passed", "Passed", QCheckBox(tr("The customer passed")))
        self.passed.setChecked(True)
        self.notes = self.add_field("notes", "Notes", QLineEdit())

    def save(self) -> None:
        self.submit(lambda data: self.monitoring.record_knowledge_test(self.customer_id, **data))
