"""Independent audits: the audits, their findings with severity, and the remediation
actions with owners and due dates (the next audit and open actions reach the dashboard)."""

from __future__ import annotations

from typing import Any

from ...i18n import format_date, tr
from ..dialogs.audit_dialog import AuditDialog
from ..dialogs.finding_dialog import FindingDialog
from ..dialogs.remediation_action_dialog import RemediationActionDialog
from ..form import hint_label
from .programme_panel import PanelsPage, PanelSpec


class AuditsPage(PanelsPage):
    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__(desk, window)
        programme = self.programme
        self.next_due = hint_label(wrap=False)
        self.next_due.setContentsMargins(20, 8, 20, 0)
        self.page_layout.insertWidget(0, self.next_due)
        self.audits = self.add_panel(
            tr("Audits"),
            programme.audit_listing(),
            PanelSpec(
                "Independent audits",
                "audit",
                "audits",
                AuditDialog,
                programme.retire_audit,
                hint="Internal or external audits of the AML systems, at least every two years "
                "(rule pack: programme.audit.interval_years).",
                search_placeholder="Search auditor, scope, reference…",
                empty_text="No audit recorded yet.\n\nRecord the last independent audit with New.",
            ),
        )
        self.findings = self.add_panel(
            tr("Findings"),
            programme.finding_listing(),
            PanelSpec(
                "Findings",
                "finding",
                "findings",
                FindingDialog,
                programme.retire_finding,
                search_placeholder="Search finding, reference…",
                empty_text="No findings recorded.",
            ),
        )
        self.actions = self.add_panel(
            tr("Remediation actions"),
            programme.action_listing(),
            PanelSpec(
                "Remediation actions",
                "action",
                "actions",
                RemediationActionDialog,
                programme.retire_remediation_action,
                hint="Open actions show on the Dashboard and in the Calendar from two weeks "
                "before they are due (rule pack: programme.audit.action_reminder_days).",
                search_placeholder="Search action, owner…",
                empty_text="No remediation actions.",
            ),
        )
        self.audits.table.selectionModel().selectionChanged.connect(self._audit_selected)
        self.findings.table.selectionModel().selectionChanged.connect(self._finding_selected)
        self.refresh_page()

    def _audit_selected(self, *_args: Any) -> None:
        """New findings go to the audit selected on the Audits tab."""
        self.findings.dialog_args = {"engagement_id": self.audits.selected_id()}

    def _finding_selected(self, *_args: Any) -> None:
        self.actions.dialog_args = {"finding_id": self.findings.selected_id()}

    def refresh_page(self) -> None:
        """The next audit's due date, above the tabs."""
        item = self.programme.next_audit()
        if item is None:
            self.next_due.setText(tr("Set up the firm profile to track the next audit."))
            return
        self.next_due.setText(
            tr("Next independent audit due {day} ({when}).").format(
                day=format_date(item.due), when=item.when(self.programme.today)
            )
        )
