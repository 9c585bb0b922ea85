"""One transaction as imported, read only: Travel Rule data is kept unaltered (AIFC AML
11-1). Shows the Travel Rule check, the customer and the alerts it is part of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...i18n import format_date, tr
from ...regime.monitoring import rule_title
from ...regime.travel_rule import INCOMPLETE, field_label
from ...registers.monitoring import alerts as alert_register
from ...registers.monitoring import transactions
from ...registers.monitoring.transaction_listing import direction_label, travel_rule_text
from ..dialog_frame import scroll_body
from ..form import hint_label
from ..format import display


class TransactionDetailDialog(QDialog):
    def __init__(self, monitoring: Any, transaction_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Transaction #{id}").format(id=transaction_id))
        self.setMinimumWidth(620)
        found = monitoring.transaction(transaction_id)  # registers/monitoring/desk.py
        t, related = found.transaction, found.alerts
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.values: dict[str, str] = {}

        def add(label: str, value: Any) -> None:
            text = display(value)
            self.values[label] = text
            shown = QLabel(text)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(tr(label), shown)

        add("Date", t.occurred_on)
        add("Customer", found.customer)
        add("Direction", direction_label(t.direction))
        add("Asset", t.asset)
        add("Amount", t.amount)
        add("Value, KZT", t.value_kzt)
        add("Value, USD", t.value_usd)
        add("Counterparty provider", t.counterparty_provider)
        add("Counterparty wallet", t.counterparty_wallet)
        for name in transactions.TRAVEL_RULE_DATA:
            add(field_label(name)[:1].upper() + field_label(name)[1:], getattr(t, name))
        add("Reference", t.reference or "")
        add("Import", t.import_batch)
        add("Travel Rule", travel_rule_text(t.travel_rule, t.travel_rule_missing))
        if t.retired:
            add("Retired", f"{format_date(t.retired_at)}: {t.retired_reason}")
        layout.addLayout(form)
        if t.travel_rule == INCOMPLETE:
            note = QLabel(
                tr(
                    "Ask the counterparty provider for the missing data and keep its answer with "
                    "the case: the imported record itself is not changed."
                )
            )
            note.setObjectName("fieldError")
            note.setWordWrap(True)
            layout.addWidget(note)
        lines = [
            tr("Alert #{id} — {rule} — {status}").format(
                id=a.id, rule=rule_title(a.rule), status=alert_register.status_label(a.status)
            )
            for a in related
        ]
        self.alerts_label = hint_label(
            "\n".join(lines) if lines else tr("No monitoring alert includes this transaction.")
        )
        layout.addWidget(self.alerts_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_body(self)
