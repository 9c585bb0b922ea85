"""New customer: the file's fields, the PEP declaration, Save. The customer view opens next."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ...i18n import tr
from ..customer.form import CustomerForm
from ..form import FormDialog, hint_label


class CustomerDialog(FormDialog):
    def __init__(self, customers: Any, kind: str = "individual", parent: QWidget | None = None):
        super().__init__(tr("New customer"), parent)
        self.customers = customers  # registers/customers/desk.py
        rows = self.form  # the dialog's own rows hold the intro and the file's two columns
        rows.addRow(
            hint_label(
                tr(
                    "Record the customer as in the ID document (or the register of legal "
                    "entities). The risk is assessed when you save; owners, documents, EDD and "
                    "the decision follow in the customer's file."
                )
            )
        )
        self.form = CustomerForm(customers.form_choices(), kind, new=True, today=customers.today)
        rows.addRow(self.form)
        self.resize(980, 720)

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)

    def save(self) -> None:
        self.submit(self.customers.save_customer)
