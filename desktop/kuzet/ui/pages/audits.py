"""Independent audits: the audits, their findings with severity, and the remediation
actions with owners and due dates (the next audit and open actions reach the dashboard)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...i18n import tr
from ...registers.programme import audits
from ...registers.programme.audit_listings import ActionListing, AuditListing, FindingListing
from ..dialogs.audit_dialog import AuditDialog
from ..dialogs.finding_dialog import FindingDialog
from ..dialogs.remediation_action_dialog import RemediationActionDialog
from .programme_panel import PanelSpec, RegisterPanel


class AuditsPage(QWidget):
    changed = Signal()

    def __init__(self, store: Any, window: Any = None) -> None:
        super().__init__()
        self.store = store
        self.window_ref = window
        self.today = dt.date.today()
        rules = store.rules()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.next_due = QLabel()
        self.next_due.setObjectName("pageHint")
        self.next_due.setContentsMargins(20, 8, 20, 0)
        layout.addWidget(self.next_due)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.audits = RegisterPanel(
            store,
            AuditListing(self.today),
            PanelSpec(
                "Independent audits",
                "audit",
                "audits",
                AuditDialog,
                audits.retire_audit,
                hint="Internal or external audits of the AML systems, at least every two years "
                "(rule pack: programme.audit.interval_years).",
                search_placeholder="Search auditor, scope, reference…",
                empty_text="No audit recorded yet.\n\nRecord the last independent audit with New.",
            ),
        )
        self.findings = RegisterPanel(
            store,
            FindingListing(self.today),
            PanelSpec(
                "Findings",
                "finding",
                "findings",
                FindingDialog,
                audits.retire_finding,
                search_placeholder="Search finding, reference…",
                empty_text="No findings recorded.",
            ),
        )
        self.actions = RegisterPanel(
            store,
            ActionListing(
                self.today, int(rules.value("programme.audit.action_reminder_days", self.today))
            ),
            PanelSpec(
                "Remediation actions",
                "action",
                "actions",
                RemediationActionDialog,
                audits.retire_action,
                hint="Open actions show on the Dashboard and in the Calendar from two weeks "
                "before they are due (rule pack: programme.audit.action_reminder_days).",
                search_placeholder="Search action, owner…",
                empty_text="No remediation actions.",
            ),
        )
        for title, panel in (
            (tr("Audits"), self.audits),
            (tr("Findings"), self.findings),
            (tr("Remediation actions"), self.actions),
        ):
            self.tabs.addTab(panel, title)
            panel.changed.connect(self._changed)
        self.audits.table.selectionModel().selectionChanged.connect(self._audit_selected)
        self.findings.table.selectionModel().selectionChanged.connect(self._finding_selected)
        self.refresh_next_due()

    def _audit_selected(self, *_args: Any) -> None:
        """New findings go to the audit selected on the Audits tab."""
        self.findings.dialog_args = {"engagement_id": self.audits.selected_id()}

    def _finding_selected(self, *_args: Any) -> None:
        self.actions.dialog_args = {"finding_id": self.findings.selected_id()}

    def refresh_next_due(self) -> None:
        with self.store.reading() as session:
            items = audits.audit_deadlines(session, self.store.rules(session), self.today)
        if items:
            item = items[0]
            self.next_due.setText(
                tr("Next independent audit due {day} ({when}).").format(
                    day=item.due.strftime("%d.%m.%Y"), when=item.when(self.today)
                )
            )
        else:
            self.next_due.setText(tr("Set up the firm profile to track the next audit."))

    def _changed(self) -> None:
        for panel in (self.audits, self.findings, self.actions):
            panel.refresh()
        self.refresh_next_due()
        self.changed.emit()

    def refresh(self) -> None:
        for panel in (self.audits, self.findings, self.actions):
            panel.refresh()
        self.refresh_next_due()

    def select_id(self, record_id: int) -> bool:
        """Select an audit (the next-audit deadline points here)."""
        self.tabs.setCurrentWidget(self.audits)
        return record_id == 0 or self.audits.select_id(record_id)
