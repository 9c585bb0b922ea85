"""EDD tab: enhanced due diligence, and the onboarding decision with what blocks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from ...i18n import tr
from ...registers.customers import customer_file as customers
from ...registers.customers import edd as customer_edd
from ...registers.customers import options
from ...registers.errors import ValidationFailed
from ..form import DateField
from ..format import display
from .widgets import CustomerTab, ask_text, error_label, heading, hint


class EddTab(CustomerTab):
    title = "EDD and decision"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.required = heading("")
        self.layout_.addWidget(self.required)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.source_of_wealth = QPlainTextEdit()
        self.source_of_wealth.setFixedHeight(48)
        form.addRow(tr("Source of wealth"), self.source_of_wealth)
        self.wealth_verified = QCheckBox(tr("Verified"))
        form.addRow("", self.wealth_verified)
        self.wealth_evidence = QLineEdit()
        self.wealth_evidence.setPlaceholderText(
            tr("What was seen (or attach a 'source of wealth' document)")
        )
        form.addRow(tr("Evidence of wealth"), self.wealth_evidence)
        self.funds_verified = QCheckBox(tr("Source of funds verified"))
        form.addRow("", self.funds_verified)
        self.funds_evidence = QLineEdit()
        form.addRow(tr("How the funds were verified"), self.funds_evidence)
        self.approved_by = QLineEdit()
        form.addRow(tr("Senior management approval by"), self.approved_by)
        self.approved_on = DateField(optional=True)
        form.addRow(tr("Approved on"), self.approved_on)
        self.enhanced_monitoring = QCheckBox(tr("Enhanced monitoring of transactions"))
        form.addRow("", self.enhanced_monitoring)
        self.layout_.addLayout(form)
        self.edd_error = error_label()
        self.layout_.addWidget(self.edd_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(tr("Save EDD"))
        self.save_button.clicked.connect(lambda: self.save_edd())
        row.addWidget(self.save_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(heading(tr("Onboarding decision")))
        self.decision = hint("")
        self.layout_.addWidget(self.decision)
        self.blockers = error_label()
        self.layout_.addWidget(self.blockers)
        decide = QHBoxLayout()
        self.approve_button = QPushButton(tr("Approve"))
        self.approve_button.setObjectName("primary")
        self.approve_button.setStyleSheet(
            "QPushButton#primary:disabled { background: #b8c4cf; border-color: #b8c4cf; }"
        )
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.reject_button = QPushButton(tr("Reject…"))
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        self.exit_button = QPushButton(tr("End relationship…"))
        self.exit_button.clicked.connect(lambda: self.decide("exit"))
        for button in (self.approve_button, self.reject_button, self.exit_button):
            decide.addWidget(button)
        decide.addStretch(1)
        self.layout_.addLayout(decide)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        with self.store.reading() as session:
            rules = self.store.rules(session)
            customer = customers.get(session, self.customer_id)
            record = customer_edd.edd_of(session, self.customer_id)
            needed = customer_edd.edd_needed(session, customer, rules, self.today)
            document = customer_edd.has_wealth_document(session, self.customer_id)
            blockers = customer_edd.approval_blockers(session, customer, rules, self.today)
        missing = customer_edd.missing_edd(record, document)
        if needed:
            state = (
                tr("complete")
                if not missing
                else tr("incomplete: missing {items}").format(items="; ".join(missing))
            )
            self.required.setText(
                tr("EDD is required (high risk or PEP): {state}.").format(state=state)
            )
            self.required.setStyleSheet(
                "font-weight: 600; color: %s;" % ("#2e6b30" if not missing else "#a4262c")
            )
        else:
            self.required.setText(tr("EDD is not required for this customer (recorded if done)."))
            self.required.setStyleSheet("font-weight: 600; color: #1d2733;")
        self.source_of_wealth.setPlainText(record.source_of_wealth if record else "")
        self.wealth_verified.setChecked(bool(record and record.wealth_verified))
        self.wealth_evidence.setText(record.wealth_evidence if record else "")
        self.funds_verified.setChecked(bool(record and record.funds_verified))
        self.funds_evidence.setText(record.funds_evidence if record else "")
        self.approved_by.setText(record.approved_by if record else "")
        self.approved_on.set_value(record.approved_on if record else None)
        self.enhanced_monitoring.setChecked(bool(record and record.enhanced_monitoring))
        status = tr(options.STATUS_LABELS.get(customer.status, customer.status))
        text = tr("Status: {status}.").format(status=status)
        if customer.decided_by:
            text += " " + tr("Decided by {who} on {when}. {note}").format(
                who=customer.decided_by,
                when=display(customer.decided_at),
                note=customer.decision_note,
            )
        self.decision.setText(text)
        self.blockers.setText(
            tr("Approval is blocked:") + "\n• " + "\n• ".join(blockers) if blockers else ""
        )
        live = not customer.retired
        self.save_button.setEnabled(live)
        self.approve_button.setEnabled(live and not blockers and customer.status != "approved")
        self.reject_button.setEnabled(live and customer.status == "pending")
        self.exit_button.setEnabled(live and customer.status == "approved")

    def values(self) -> dict[str, Any]:
        return {
            "source_of_wealth": self.source_of_wealth.toPlainText(),
            "wealth_verified": self.wealth_verified.isChecked(),
            "wealth_evidence": self.wealth_evidence.text(),
            "funds_verified": self.funds_verified.isChecked(),
            "funds_evidence": self.funds_evidence.text(),
            "approved_by": self.approved_by.text(),
            "approved_on": self.approved_on.value(),
            "enhanced_monitoring": self.enhanced_monitoring.isChecked(),
        }

    def save_edd(self) -> bool:
        try:
            with self.store.transaction() as session:
                customer_edd.save_edd(session, self.customer_id, self.values(), self.today)
        except ValidationFailed as exc:
            self.edd_error.setText("\n".join(exc.field_errors.values()))
            return False
        self.edd_error.setText("")
        self.changed()
        return True

    def decide(self, decision: str, note: str | None = None) -> bool:
        if note is None and decision != "approve":
            prompt = (
                tr("Why is the customer rejected?")
                if decision == "reject"
                else tr("Why does the relationship end?")
            )
            note = ask_text(self, tr("Onboarding decision"), prompt)
            if note is None:
                return False
        return self.run(
            tr("Onboarding decision"),
            lambda session, rules: customer_edd.decide(
                session, self.customer_id, decision, note or "", rules, self.today
            ),
        )
