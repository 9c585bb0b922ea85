"""Record a knowledge test of the customer of an alert (retail residents need a passed test
to deposit more than the monthly cap, rule monitoring.retail.cap_usd)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from ...i18n import tr
from ...registers.customers import knowledge_tests
from ...registers.errors import ValidationFailed
from ...registers.monitoring.transactions import customer_label
from ...store.models.customer import Customer
from ..form import DateField, FormDialog


class KnowledgeTestDialog(FormDialog):
    def __init__(self, store: Any, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Knowledge test", parent)
        self.store = store
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        with store.reading() as session:
            customer = session.get(Customer, customer_id)
            earlier = knowledge_tests.tests_of(session, customer_id)
        self.form.addRow(tr("Customer"), QLabel(customer_label(customer, customer_id)))
        history = "; ".join(
            f"{t.taken_on:%d.%m.%Y} {tr('passed') if t.passed else tr('failed')}" for t in earlier
        )
        self.form.addRow(tr("Earlier tests"), QLabel(history or tr("none")))
        self.taken_on = self.add_field("taken_on", "Taken on", DateField())
        self.passed = self.add_field("passed", "Passed", QCheckBox(tr("The customer passed")))
        self.passed.setChecked(True)
        self.notes = self.add_field("notes", "Notes", QLineEdit())

    def values(self) -> dict[str, Any]:
        return {
            "taken_on": self.taken_on.value(),
            "passed": self.passed.isChecked(),
            "notes": self.notes.text(),
        }

    def save(self) -> None:
        data = self.values()
        try:
            with self.store.transaction() as session:
                test = knowledge_tests.record(
                    session, self.customer_id, data["taken_on"], data["passed"], self.today,
                    data["notes"],
                )  # fmt: skip
                self.saved_id = test.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
