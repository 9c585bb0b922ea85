"""New customer: the file's fields, the PEP declaration, Save. The customer view opens next."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...i18n import tr
from ...registers.customers import customer_file as customers
from ...registers.errors import ValidationFailed
from ..customer.form import CustomerForm


class CustomerDialog(QDialog):
    def __init__(self, store: Any, kind: str = "individual", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New customer"))
        self.store = store
        self.today = dt.date.today()
        self.saved_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        hint = QLabel(
            tr(
                "Record the customer as in the ID document (or the register of legal entities). "
                "The risk is assessed when you save; owners, documents, EDD and the decision "
                "follow in the customer's file."
            )
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = CustomerForm(store.rules(), self.today, kind, new=True)
        layout.addWidget(self.form)
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(980, 720)

    def save(self) -> None:
        data = self.form.values()
        try:
            with self.store.transaction() as session:
                customer = customers.create(session, data, self.store.rules(session), self.today)
                self.saved_id = customer.id
        except ValidationFailed as exc:
            rest = self.form.show_errors(exc.field_errors)
            self.general_error.setText("\n".join(rest))
            self.general_error.setVisible(bool(rest))
            return
        self.accept()
