"""Profile tab: the customer file itself, and the explanation of an IIN that disagrees."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout

from ...i18n import tr
from ...registers.customers import customer_file
from ...registers.errors import ValidationFailed
from ..form import hint_label
from .form import CustomerForm
from .widgets import CustomerTab


class ProfileTab(CustomerTab):
    title = "Profile"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.conflict_box = QFrame()
        self.conflict_box.setStyleSheet(
            "QFrame { background: #fbf3e4; border: 1px solid #e0c48a; border-radius: 4px; }"
        )
        box = QVBoxLayout(self.conflict_box)
        self.conflict_text = hint_label("")
        self.conflict_text.setStyleSheet("color: #8a5a00; border: none;")
        box.addWidget(self.conflict_text)
        row = QHBoxLayout()
        self.iin_note = QLineEdit()
        self.iin_note.setPlaceholderText(
            tr("Why do the IIN and the file disagree? (required for approval)")
        )
        row.addWidget(self.iin_note, 1)
        self.explain_button = QPushButton(tr("Save explanation"))
        self.explain_button.clicked.connect(lambda: self.explain())
        row.addWidget(self.explain_button)
        box.addLayout(row)
        self.place(self.conflict_box)
        kind = self.customers.customer(self.customer_id).kind
        self.form = CustomerForm(self.customers.form_choices(), kind, today=self.today)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.place(scroll, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.save_button = QPushButton(tr("Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(lambda: self.save())
        actions.addWidget(self.save_button)
        self.place(actions)

    def refresh(self) -> None:
        customer = self.customers.customer(self.customer_id)
        self.form.load(customer_file.current_values(customer))
        self.form.setEnabled(not customer.retired)
        self.save_button.setEnabled(not customer.retired)
        conflicts = customer_file.iin_conflicts(
            customer.kind, customer.iin_bin, customer.birth_date, customer.sex
        )
        self.conflict_box.setVisible(bool(conflicts))
        self.conflict_text.setText("⚠ " + "\n⚠ ".join(conflicts) if conflicts else "")
        self.iin_note.setText(customer.iin_note)

    def save(self) -> bool:
        data = self.form.values()
        try:
            self.customers.save_customer(data, self.customer_id)
        except ValidationFailed as exc:
            self.form.show_errors(exc.field_errors)
            return False
        self.form.show_errors({})
        self.changed()
        return True

    def explain(self) -> bool:
        note = self.iin_note.text()
        return self.run(
            tr("Explain the IIN"), lambda: self.customers.explain_iin(self.customer_id, note)
        )
