"""Risk tab: each factor's contribution, the tier, the officer's override, the history."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...regime.risk import FACTOR_RULES, risk_parameters
from ...registers.customers import customer_file as customers
from ...registers.customers import options
from ...registers.customers import risk as customer_risk
from ...registers.errors import ValidationFailed
from ..format import display
from .widgets import CustomerTab, Table, buttons, error_label, heading, hint

FACTOR_TITLES = {
    "customer_type": "Customer type",
    "pep": "PEP",
    "jurisdiction": "Jurisdiction",
    "product": "Product or service",
    "channel": "Delivery channel",
    "funds_source": "Source of funds",
    "open_hits": "Open or confirmed screening hits",
}


class OverrideDialog(QDialog):
    """Choose the tier (or the computed one) and say why; ``apply`` returns what is wrong."""

    def __init__(
        self, current: str, apply: Callable[[str, str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Override the risk tier"))
        self.apply = apply
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.tier = QComboBox()
        self.tier.addItem(tr("The computed tier (clear the override)"), "")
        for key, label in options.TIER_LABELS.items():
            self.tier.addItem(tr(label), key)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        form.addRow(tr("Tier"), self.tier)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        form.addRow(tr("Reason (goes in the audit trail)"), self.reason)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def accept(self) -> None:
        problem = self.apply(self.tier.currentData(), self.reason.toPlainText())
        self.error.setText(problem)
        if not problem:
            super().accept()


class RiskTab(CustomerTab):
    title = "Risk"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.headline = heading("")
        self.layout_.addWidget(self.headline)
        self.detail = hint("")
        self.layout_.addWidget(self.detail)
        self.factors = Table(("Factor", "What the file says", "Points", "Rule"), right=(2,))
        self.layout_.addWidget(self.factors.view, 2)
        row, self.buttons = buttons(
            (tr("Reassess now"), lambda: self.reassess()),
            (tr("Override tier…"), self.open_override),
        )
        self.layout_.addLayout(row)
        self.layout_.addWidget(heading(tr("Assessments")))
        self.history = Table(
            ("Date", "Score", "Computed", "Override", "In force", "Reason"), right=(1,)
        )
        self.layout_.addWidget(self.history.view, 1)
        self.dialog: OverrideDialog | None = None

    def refresh(self) -> None:
        with self.store.reading() as session:
            customer = customers.get(session, self.customer_id)
            latest = customer_risk.latest_assessment(session, self.customer_id)
            history = customer_risk.assessments_of(session, self.customer_id)
            rules = self.store.rules(session)
        sources = risk_parameters(rules, self.today).sources
        for button in self.buttons.values():
            button.setEnabled(not customer.retired)
        if latest is None:
            self.headline.setText(tr("Not assessed yet."))
            self.factors.set_rows([], [])
            return
        tier = tr(options.TIER_LABELS.get(latest.tier, latest.tier))
        self.headline.setText(
            tr("{tier} risk: {score} points").format(tier=tier, score=latest.score)
        )
        parts = [tr("Assessed {date}.").format(date=display(latest.assessed_on))]
        if latest.override_tier:
            parts.append(
                tr("Computed tier {computed}, overridden by the officer: {reason}").format(
                    computed=tr(options.TIER_LABELS.get(latest.computed_tier, "")),
                    reason=latest.override_reason,
                )
            )
        if customer.next_review_on:
            parts.append(tr("Next review {date}.").format(date=display(customer.next_review_on)))
        self.detail.setText(" ".join(parts))
        rows, keys = [], []
        for factor in json.loads(latest.factors):
            key = factor["factor"]
            rows.append(
                (
                    tr(FACTOR_TITLES.get(key, factor["title"])),
                    factor["value"],
                    factor["points"],
                    sources.get(key, FACTOR_RULES.get(key, "")),
                )
            )
            keys.append(key)
        rows.append((tr("Total"), "", latest.score, ""))
        keys.append("total")
        self.factors.set_rows(rows, keys)
        self.history.set_rows(
            [
                (
                    a.assessed_on,
                    a.score,
                    tr(options.TIER_LABELS.get(a.computed_tier, a.computed_tier)),
                    tr(options.TIER_LABELS.get(a.override_tier, a.override_tier)),
                    tr(options.TIER_LABELS.get(a.tier, a.tier)),
                    a.override_reason,
                )
                for a in history
            ],
            [a.id for a in history],
        )

    def contribution(self, factor: str) -> int | None:
        """The points shown for ``factor`` (for tests and the pack)."""
        keys = self.factors.model.keys
        if factor not in keys:
            return None
        return self.factors.model.rows[keys.index(factor)][2]

    def reassess(self) -> bool:
        def work(session: Any, rules: Any) -> None:
            customer = customers.get(session, self.customer_id)
            customer_risk.assess(session, customer, rules, self.today)

        return self.run(tr("Reassess"), work)

    def override(self, tier: str, reason: str) -> str:
        """Set (or with ``""`` clear) the officer's tier; returns what is wrong, or ""."""
        try:
            with self.store.transaction() as session:
                customer_risk.override_tier(
                    session, self.customer_id, tier, reason, self.store.rules(session), self.today
                )
        except ValidationFailed as exc:
            return "\n".join(exc.field_errors.values())
        self.changed()
        return ""

    def open_override(self) -> OverrideDialog:
        with self.store.reading() as session:
            latest = customer_risk.latest_assessment(session, self.customer_id)
        dialog = OverrideDialog(latest.override_tier if latest else "", self.override, self)
        dialog.open()
        self.dialog = dialog
        return dialog
