"""Reviews tab: periodic reviews; recording one reassesses the risk and sets the next date."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from ...i18n import tr
from ...registers.system import signin
from ...store.models.customer_review import REVIEW_OUTCOMES
from ..form import DateField
from ..format import display
from .form import PartDialog
from .widgets import CustomerTab, Table, buttons, heading

OUTCOME_LABELS = {
    "confirmed": "Confirmed: the file is up to date",
    "updated": "Updated: the file was corrected",
    "escalated": "Escalated to the MLRO",
    "exit": "Exit: end the relationship",
}


class ReviewDialog(PartDialog):
    def heading(self, record_id: int | None) -> str:
        return tr("Record a periodic review")

    def build(self) -> None:
        self.reviewed_on = self.add_field(
            "reviewed_on", tr("Reviewed on"), DateField(today=self.today)
        )
        self.outcome = QComboBox()
        for key in REVIEW_OUTCOMES:
            self.outcome.addItem(tr(OUTCOME_LABELS[key]), key)
        self.add_field("outcome", tr("Outcome"), self.outcome)
        officer = signin.current()  # the signed-in officer reviews (nobody: a read-only window)
        reviewer = QLineEdit(officer.actor if officer is not None else "")
        reviewer.setReadOnly(True)  # the review is recorded as the signed-in officer's
        self.reviewer = self.add_field("reviewer", tr("Reviewer"), reviewer)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(90)
        self.add_field(
            "notes",
            tr("What was checked"),
            self.notes,
            tr("The risk is reassessed and the next review date set from the tier."),
        )

    def save(self) -> None:
        self.submit(lambda data: self.customers.record_review(self.customer_id, data))


class ReviewsTab(CustomerTab):
    title = "Reviews"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.next = self.place(heading(""))
        self.table = Table(("Reviewed", "Reviewer", "Outcome", "Tier", "Next review", "Notes"))
        self.place(self.table.view, 1)
        row, self.buttons = buttons((tr("Record review…"), self.record))
        self.buttons[tr("Record review…")].setVisible(self.customers.may())  # if the role may
        self.place(row)
        self.dialog: ReviewDialog | None = None

    def refresh(self) -> None:
        customer = self.customers.customer(self.customer_id)
        found = self.customers.reviews(self.customer_id)
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
        return self.open_dialog(ReviewDialog(self.customers, self.customer_id, parent=self))
