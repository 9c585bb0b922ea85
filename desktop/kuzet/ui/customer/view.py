"""The customer view: one customer's file in tabs.

Profile, PEP status, beneficial owners, risk (each factor's contribution, override), EDD
and the onboarding decision, documents in the encrypted vault, periodic reviews, and the
history of every change from the audit trail. Every tab writes through the customers
desk, so each change is one transaction in the trail; the view refreshes itself and tells
the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import plural, tr
from ...registers.customers import options
from ...store.vault import TempCopies
from ..dialog_frame import cap_to_screen
from ..format import display
from ..style import TONE_COLOURS
from .documents_tab import DocumentsTab
from .edd_tab import EddTab
from .history_tab import HistoryTab
from .owners_tab import OwnersTab
from .pep_tab import PepTab
from .profile_tab import ProfileTab
from .reviews_tab import ReviewsTab
from .risk_tab import RiskTab

TIER_TONE = {"high": "bad", "medium": "warn", "low": "ok"}


class CustomerView(QDialog):
    changed = Signal()

    def __init__(self, desk: Any, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk  # kuzet/desk.py: the documents tab opens the vault through desk.system
        self.customers = desk.customers
        self.customer_id = customer_id
        self.today = self.customers.today
        self.dirty = False
        self.temp_copies = TempCopies()
        self.finished.connect(lambda _result: self.temp_copies.close())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.badge = QLabel()
        self.badge.setStyleSheet("font-weight: 600; padding: 4px 10px;")
        top.addWidget(self.badge)
        layout.addLayout(top)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageHint")
        layout.addWidget(self.subtitle)
        self.sanctions = QLabel(
            tr(
                "SANCTIONS MATCH: a screening hit of this customer or an owner was confirmed "
                "as a true match. Freeze the customer's assets, do not tell the customer "
                "(tipping off), and report to the Financial Monitoring Agency (FIU reports)."
            )
        )
        self.sanctions.setObjectName("sanctionsBanner")
        self.sanctions.setWordWrap(True)
        self.sanctions.setStyleSheet(
            f"color: white; background: {TONE_COLOURS['critical']}; padding: 8px 10px;"
            " border-radius: 4px; font-weight: 600;"
        )
        self.sanctions.hide()
        layout.addWidget(self.sanctions)
        self.open_hits = QFrame()  # open screening hits wait for the officer's decision
        self.open_hits.setObjectName("openHitsBanner")
        self.open_hits.setStyleSheet(
            f"#openHitsBanner {{ background: {TONE_COLOURS['high']}; border-radius: 4px; }}"
            " QLabel { color: white; font-weight: 600; }"
        )
        hits_row = QHBoxLayout(self.open_hits)
        hits_row.setContentsMargins(10, 6, 10, 6)
        self.open_hits_text = QLabel()
        self.open_hits_text.setWordWrap(True)
        hits_row.addWidget(self.open_hits_text, 1)
        self.open_hits_button = QPushButton(tr("Open on the Screening page"))
        self.open_hits_button.clicked.connect(self.open_screening)
        hits_row.addWidget(self.open_hits_button)
        self.open_hits.hide()
        layout.addWidget(self.open_hits)
        self.best_hit_id = 0
        self.tabs = QTabWidget()
        self.pages: dict[str, Any] = {}
        for key, cls in (
            ("profile", ProfileTab),
            ("pep", PepTab),
            ("owners", OwnersTab),
            ("risk", RiskTab),
            ("edd", EddTab),
            ("documents", DocumentsTab),
            ("reviews", ReviewsTab),
            ("history", HistoryTab),
        ):
            page = cls(self)
            self.pages[key] = page
            self.tabs.addTab(page, tr(cls.title))
        layout.addWidget(self.tabs, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1080, 760)
        cap_to_screen(self)
        self.refresh()

    def refresh(self) -> None:
        customer = self.customers.customer(self.customer_id)
        self.sanctions.setText(self.banner_text(customer))
        self.sanctions.setVisible(bool(self.sanctions.text()))
        hits = self.customers.open_hits(self.customer_id)
        self.best_hit_id = hits.best_hit_id if hits else 0
        self.open_hits.setVisible(hits is not None)
        if hits is not None:
            self.open_hits_text.setText(
                plural(
                    hits.count,
                    tr(
                        "{count} open screening hit waits for a decision; the best score is "
                        "{score}.|{count} open screening hits wait for a decision; the best "
                        "score is {score}."
                    ),
                ).format(count=hits.count, score=hits.best_score)
                + " "
                + tr("Approval is blocked while a hit at or above the review threshold is open.")
            )
        self.setWindowTitle(tr("Customer #{id}: {name}").format(id=customer.id, name=customer.name))
        self.title.setText(customer.name)
        kind = tr(options.KIND_LABELS.get(customer.kind, customer.kind))
        status = tr(options.STATUS_LABELS.get(customer.status, customer.status))
        if customer.retired:
            status = tr("retired: {reason}").format(reason=customer.retired_reason)
        parts = [kind, customer.name_latin, customer.iin_bin, status]
        if customer.next_review_on:
            parts.append(tr("next review {date}").format(date=display(customer.next_review_on)))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        tier = customer.risk_tier
        colour = TONE_COLOURS.get(TIER_TONE.get(tier, ""), "#5f6b76")
        self.badge.setText(
            tr("{tier} risk · {score}").format(
                tier=tr(options.TIER_LABELS.get(tier, tier or "?")), score=customer.risk_score
            )
        )
        self.badge.setStyleSheet(
            f"font-weight: 600; padding: 4px 10px; color: white; background: {colour};"
            " border-radius: 4px;"
        )
        for page in self.pages.values():
            page.refresh()

    def banner_text(self, customer: Any) -> str:
        """The red banner: the freeze (who, when, why), else an unfrozen sanctions match."""
        if customer.status == "frozen":
            return tr(
                "FROZEN since {day} by {who}: {why}. No operation of the customer is allowed: "
                "hold its money and digital assets, do not tell the customer (tipping off), "
                "and send the freeze notification on the FIU reports page."
            ).format(
                day=display(customer.frozen_on),
                who=customer.decided_by or "—",
                why=customer.decision_note or "—",
            )
        if self.customers.sanctions_match(self.customer_id):
            return tr(
                "SANCTIONS MATCH, NOT FROZEN: a screening hit of this customer or an owner is "
                "a confirmed true match. Approval stays blocked; freeze the customer again "
                "unless the match was lifted, and do not tell the customer (tipping off)."
            )
        return ""

    def open_screening(self) -> None:
        """The Screening page, on the best-scoring open hit; the customer file closes."""
        window = getattr(self.parent(), "window_ref", None)
        if window is None:
            return
        self.reject()
        window.open_record("screening_hit", self.best_hit_id)

    def record_changed(self) -> None:
        self.dirty = True
        self.refresh()
        self.changed.emit()

    def show_tab(self, key: str) -> Any:
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page
