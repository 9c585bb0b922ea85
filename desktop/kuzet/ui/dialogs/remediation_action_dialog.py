"""Add or edit a remediation action: what, who owns it, when it is due, when done."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from .programme_dialog import RecordDialog, choices


class RemediationActionDialog(RecordDialog):
    """``finding_id`` pre-fills a new action's finding (the one selected on the page)."""

    thing = "remediation_action"
    titles = ("New remediation action", "Edit action")

    def build(self, finding_id: int | None = None, **_extra: Any) -> None:
        findings = choices(self.programme.finding_choices())
        self.finding = self.add_field("finding_id", "Finding", findings)
        self.description = self.add_field("description", "Action", QLineEdit())
        self.owner = self.add_field("owner", "Owner", QLineEdit())
        self.due_on = self.add_field("due_on", "Due", self.date_field())
        self.completed_on = self.add_field("completed_on", "Completed", self.date_field(True))
        self.evidence = self.add_field("evidence", "Evidence", QLineEdit())
        if finding_id:
            self.finding.setCurrentIndex(max(0, self.finding.findData(finding_id)))
