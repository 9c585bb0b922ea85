"""Review an alert: read the rule, its parameters and sources, the reason and the
transactions; close it as explained with a note, or go on to escalate it to an STR."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget
from sqlalchemy import select

from ...i18n import tr
from ...regime.monitoring import LISTED_WALLET, UNVETTED_PROVIDER, money, rule_title
from ...registers.errors import ValidationFailed
from ...registers.monitoring import alerts
from ...registers.monitoring.fiu_reports import ids_of
from ...registers.monitoring.transaction_listing import direction_label
from ...registers.monitoring.transactions import customer_label
from ...store.models.customer import Customer
from ...store.models.transaction import CustomerTransaction
from ..form import FormDialog

SHOWN_TRANSACTIONS = 12


def alert_summary(store: Any, alert_id: int, today: dt.date) -> dict[str, str]:
    """What the review shows of an alert: rule, basis, customer, reason, transactions."""
    with store.reading() as session:
        alert = alerts.get(session, alert_id)
        customer = session.get(Customer, alert.customer_id)
        ids = ids_of(alert.transaction_ids)
        txs = list(
            session.execute(
                select(CustomerTransaction)
                .where(CustomerTransaction.id.in_(ids[:SHOWN_TRANSACTIONS]))
                .order_by(CustomerTransaction.occurred_on, CustomerTransaction.id)
            ).scalars()
        )
        basis = alerts.rule_basis(store.rules(session), alert.rule, alert.pattern_on)
    if alert.rule == LISTED_WALLET:
        basis = [tr("Crypto addresses of listed persons in the active watchlists.")]
    elif alert.rule == UNVETTED_PROVIDER:
        basis = [
            tr(
                "The register of counterparty providers: due diligence is done before the "
                "first transfer (AIFC AML 11-1)."
            )
        ]
    lines = [
        tr("#{id} {date}: {direction}, {asset} {amount} = {kzt} / {usd}").format(
            id=t.id,
            date=f"{t.occurred_on:%d.%m.%Y}",
            direction=direction_label(t.direction),
            asset=t.asset,
            amount=format(t.amount, "f"),
            kzt=money(t.value_kzt, "KZT"),
            usd=money(t.value_usd, "USD"),
        )
        for t in txs
    ]
    if len(ids) > SHOWN_TRANSACTIONS:
        lines.append(tr("… and {n} more").format(n=len(ids) - SHOWN_TRANSACTIONS))
    status = alerts.status_label(alert.status)
    if alert.decided_by:
        status = tr("{status}, by {who}").format(status=status, who=alert.decided_by)
    if alert.note:
        status = f"{status}: {alert.note}"
    return {
        "rule": rule_title(alert.rule),
        "basis": "\n".join(basis),
        "customer": customer_label(customer, alert.customer_id),
        "reason": alert.reason,
        "transactions": "\n".join(lines),
        "status": status,
        "open": "yes" if alert.status == "open" else "",
        "customer_id": str(alert.customer_id),
        "ids": ",".join(str(i) for i in ids),
    }


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class AlertReviewDialog(FormDialog):
    """Close an alert as explained; "Escalate to STR…" goes on to the escalation."""

    def __init__(self, store: Any, alert_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Review alert", parent)
        self.store = store
        self.alert_id = alert_id
        self.saved_id: int | None = None
        self.escalate_requested = False
        self.setMinimumWidth(640)
        summary = alert_summary(store, alert_id, dt.date.today())
        self.summary = summary
        self.form.addRow(tr("Rule"), _label(summary["rule"]))
        self.form.addRow(tr("Parameters"), _label(summary["basis"], "pageHint"))
        self.form.addRow(tr("Customer"), _label(summary["customer"]))
        self.form.addRow(tr("Reason"), _label(summary["reason"]))
        self.form.addRow(tr("Transactions"), _label(summary["transactions"]))
        self.form.addRow(tr("Status"), _label(summary["status"]))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(tr("Why the activity is not suspicious, and what you checked"))
        self.add_field("note", "Explanation", self.note)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(tr("Close as explained"))
        self.escalate_button = QPushButton(tr("Escalate to STR…"))
        self.buttons.addButton(self.escalate_button, self.buttons.ButtonRole.ActionRole)
        self.escalate_button.clicked.connect(self._escalate)
        if not summary["open"]:
            save.setEnabled(False)
            self.escalate_button.setEnabled(False)
            self.note.setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {"note": self.note.toPlainText()}

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                self.saved_id = alerts.explain(session, self.alert_id, self.values()["note"]).id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()

    def _escalate(self) -> None:
        self.escalate_requested = True
        self.reject()
