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
from ...registers.customers import options
from ...registers.errors import ValidationFailed
from ...registers.system.permissions import DECIDE_CUSTOMERS
from ..form import DateField, field_value, hint_label
from ..format import display
from .form import load_fields
from .widgets import CustomerTab, error_label, heading


class EddTab(CustomerTab):
    title = "EDD and decision"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.required = self.place(heading(""))
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.fields: dict[str, Any] = {}

        def field(key: str, label: str, widget: Any) -> Any:
            form.addRow(label, widget)
            self.fields[key] = widget
            return widget

        self.source_of_wealth = field("source_of_wealth", tr("Source of wealth"), QPlainTextEdit())
        self.source_of_wealth.setFixedHeight(48)
        self.wealth_verified = field("wealth_verified", "", QCheckBox(tr("Verified")))
        self.wealth_evidence = field("wealth_evidence", tr("Evidence of wealth"), QLineEdit())
        self.wealth_evidence.setPlaceholderText(
            tr("What was seen (or attach a 'source of wealth' document)")
        )
        self.funds_verified = field("funds_verified", "", QCheckBox(tr("Source of funds verified")))
        self.funds_evidence = field(
            "funds_evidence", tr("How the funds were verified"), QLineEdit()
        )
        self.approved_by = field("approved_by", tr("Senior management approval by"), QLineEdit())
        self.approved_on = field(
            "approved_on", tr("Approved on"), DateField(optional=True, today=self.today)
        )
        self.enhanced_monitoring = field(
            "enhanced_monitoring", "", QCheckBox(tr("Enhanced monitoring of transactions"))
        )
        self.place(form)
        self.edd_error = self.place(error_label())
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(tr("Save EDD"))
        self.save_button.clicked.connect(lambda: self.save_edd())
        row.addWidget(self.save_button)
        self.place(row)
        self.place(heading(tr("Onboarding decision")))
        self.decision = self.place(hint_label(""))
        self.blockers = self.place(error_label())
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
        self.freeze_button = QPushButton(tr("Freeze…"))
        self.freeze_button.clicked.connect(lambda: self.decide("freeze"))
        self.unfreeze_button = QPushButton(tr("Unfreeze…"))
        self.unfreeze_button.clicked.connect(lambda: self.decide("unfreeze"))
        for button in (
            self.approve_button,
            self.reject_button,
            self.exit_button,
            self.freeze_button,
            self.unfreeze_button,
        ):
            decide.addWidget(button)
            button.setVisible(self.customers.may(DECIDE_CUSTOMERS))  # hidden if the role may not
        self.save_button.setVisible(self.customers.may())
        decide.addStretch(1)
        self.place(decide)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        edd = self.customers.edd(self.customer_id)
        customer, record, missing, blockers = edd.customer, edd.record, edd.missing, edd.blockers
        if edd.needed:
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
        stored = {key: getattr(record, key) if record else None for key in self.fields}
        load_fields(self.fields, stored)
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
        self.freeze_button.setEnabled(live and customer.status != "frozen")
        self.unfreeze_button.setEnabled(customer.status == "frozen")

    def values(self) -> dict[str, Any]:
        return {key: field_value(widget) for key, widget in self.fields.items()}

    def save_edd(self) -> bool:
        try:
            self.customers.save_edd(self.customer_id, self.values())
        except ValidationFailed as exc:
            self.edd_error.setText("\n".join(exc.field_errors.values()))
            return False
        self.edd_error.setText("")
        self.changed()
        return True

    def decide(self, decision: str, note: str | None = None) -> bool:
        if decision == "approve":
            note = note or ""
        prompt = {
            "reject": tr("Why is the customer rejected?"),
            "freeze": tr(
                "Why is the customer frozen? (A freeze notification to the FIU is drafted.)"
            ),
            "unfreeze": tr("Why is the freeze lifted? (The customer then waits for a decision.)"),
        }.get(decision, tr("Why does the relationship end?"))
        return self.ask_and_run(
            tr("Onboarding decision"),
            prompt,
            lambda text: self.customers.decide(self.customer_id, decision, text),
            note,
        )
