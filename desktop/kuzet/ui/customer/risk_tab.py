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
from ...regime.risk import FACTOR_RULES, factor_value_text
from ...registers.customers import options
from ...registers.errors import RegisterError, ValidationFailed
from ...registers.system.permissions import DECIDE_CUSTOMERS
from ..approval_notice import sent_for_approval
from ..dialog_frame import scroll_body
from ..form import hint_label
from ..format import display
from ..refusals import REFUSALS, error_text
from .widgets import CustomerTab, Table, buttons, error_label, heading

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
        scroll_body(self)

    def accept(self) -> None:
        problem = self.apply(self.tier.currentData(), self.reason.toPlainText())
        self.error.setText(problem)
        if not problem:
            super().accept()


class RiskTab(CustomerTab):
    title = "Risk"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.headline = self.place(heading(""))
        self.detail = self.place(hint_label(""))
        self.factors = Table(("Factor", "What the file says", "Points", "Rule"), right=(2,))
        self.place(self.factors.view, 2)
        row, self.buttons = buttons(
            (tr("Reassess now"), lambda: self.reassess()),
            (tr("Override tier…"), self.open_override),
        )
        self.buttons[tr("Override tier…")].setVisible(self.customers.may(DECIDE_CUSTOMERS))
        self.buttons[tr("Reassess now")].setVisible(self.customers.may())  # if the role may
        self.place(row)
        self.place(heading(tr("Assessments")))
        self.history = Table(
            ("Date", "Score", "Computed", "Override", "In force", "Reason"), right=(1,)
        )
        self.place(self.history.view, 1)
        self.dialog: OverrideDialog | None = None

    def refresh(self) -> None:
        customer = self.customers.customer(self.customer_id)
        latest = self.customers.latest_assessment(self.customer_id)
        history = self.customers.assessments(self.customer_id)
        sources = self.customers.risk_sources()
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
                    tr(options.KIND_LABELS.get(factor["value"], factor["value"]))
                    if key == "customer_type"
                    else factor_value_text(factor["value"]),
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
        return self.run(tr("Reassess"), lambda: self.customers.reassess(self.customer_id))

    def override(self, tier: str, reason: str) -> str:
        """Set (or with ``""`` clear) the officer's tier; returns what is wrong, or ""."""
        try:
            result = self.customers.override_tier(self.customer_id, tier, reason)
        except ValidationFailed as exc:
            return "\n".join(exc.field_errors.values())
        except (RegisterError, *REFUSALS) as exc:  # e.g. the role may not override the tier
            return error_text(exc)
        sent_for_approval(self, result)  # four-eyes: the tier waits for a second officer
        self.changed()
        return ""

    def open_override(self) -> OverrideDialog:
        latest = self.customers.latest_assessment(self.customer_id)
        dialog = OverrideDialog(latest.override_tier if latest else "", self.override, self)
        dialog.open()
        self.dialog = dialog
        return dialog
