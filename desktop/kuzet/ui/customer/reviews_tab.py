"""Reviews tab: periodic reviews; recording one reassesses the risk and sets the next date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.customers import customer_file as customers
from ...registers.customers import reviews as customer_reviews
from ...registers.errors import ValidationFailed
from ...store.audit import current_actor
from ...store.models.customer_review import REVIEW_OUTCOMES
from ..form import DateField, FormDialog
from ..format import display
from .widgets import CustomerTab, Table, buttons, heading

OUTCOME_LABELS = {
    "confirmed": "Confirmed: the file is up to date",
    "updated": "Updated: the file was corrected",
    "escalated": "Escalated to the MLRO",
    "exit": "Exit: end the relationship",
}


class ReviewDialog(FormDialog):
    def __init__(self, store: Any, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Record a periodic review"), parent)
        self.store = store
        self.customer_id = customer_id
        self.today = dt.date.today()
        self.reviewed_on = self.add_field("reviewed_on", tr("Reviewed on"), DateField())
        self.outcome = QComboBox()
        for key in REVIEW_OUTCOMES:
            self.outcome.addItem(tr(OUTCOME_LABELS[key]), key)
        self.add_field("outcome", tr("Outcome"), self.outcome)
        self.reviewer = self.add_field("reviewer", tr("Reviewer"), QLineEdit(current_actor()))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(90)
        self.add_field(
            "notes",
            tr("What was checked"),
            self.notes,
            tr("The risk is reassessed and the next review date set from the tier."),
        )

    def values(self) -> dict[str, Any]:
        return {
            "reviewed_on": self.reviewed_on.value(),
            "outcome": self.outcome.currentData(),
            "reviewer": self.reviewer.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                customer_reviews.record_review(
                    session, self.customer_id, self.values(), self.store.rules(session), self.today
                )
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()


class ReviewsTab(CustomerTab):
    title = "Reviews"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.next = heading("")
        self.layout_.addWidget(self.next)
        self.table = Table(("Reviewed", "Reviewer", "Outcome", "Tier", "Next review", "Notes"))
        self.layout_.addWidget(self.table.view, 1)
        row, self.buttons = buttons((tr("Record review…"), self.record))
        self.layout_.addLayout(row)
        self.dialog: ReviewDialog | None = None

    def refresh(self) -> None:
        with self.store.reading() as session:
            customer = customers.get(session, self.customer_id)
            found = customer_reviews.reviews_of(session, self.customer_id)
        due = customer.next_review_on
        if customer.status != "approved":
            self.next.setText(tr("Reviews start once the customer is approved."))
        elif due is None:
            self.next.setText(tr("No review date: assess the risk first."))
        elif due < self.today:
            self.next.setText(
                tr("Review overdue since {date} ({days} days).").format(
                    date=display(due), days=(self.today - due).days
                )
            )
        else:
            self.next.setText(tr("Next review due {date}.").format(date=display(due)))
        self.next.setStyleSheet(
            "font-weight: 600; color: %s;" % ("#a4262c" if due and due < self.today else "#1d2733")
        )
        self.buttons[tr("Record review…")].setEnabled(
            customer.status == "approved" and not customer.retired
        )
        self.table.set_rows(
            [
                (
                    r.reviewed_on,
                    r.reviewer,
                    tr(OUTCOME_LABELS.get(r.outcome, r.outcome)),
                    r.tier,
                    r.next_review_on,
                    r.notes,
                )
                for r in found
            ],
            [r.id for r in found],
        )

    def record(self) -> ReviewDialog:
        dialog = ReviewDialog(self.store, self.customer_id, self)
        dialog.finished.connect(
            lambda result: self.changed() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog
