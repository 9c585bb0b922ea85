"""Management responses: management's answer to each finding of the audit pack (the pack
prints the response beside its finding); an open response past its due date reaches the
Dashboard and the Calendar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton

from ...i18n import tr
from ...progress import Progress
from ..dialogs.response_dialog import FindingPickerDialog, ResponseDialog
from ..register_page import RegisterPage


class ResponsesPage(RegisterPage):
    title = "Management responses"
    hint = (
        "Management's response to each critical or high finding: who owns it, when it is "
        "due and where it stands. The audit pack prints it beside its finding; an open "
        "response past its due date shows on the Dashboard."
    )
    noun = "management response"
    edit_writes = True  # hidden for a role that only reads
    noun_plural = "management responses"
    export_sheet = "Management responses"
    editor = ResponseDialog
    search_placeholder = "Search finding, response, owner, key…"
    empty_text = (
        "No management response yet.\n\nUse Respond to a finding… to answer a critical or "
        "high finding of the Dashboard, or New (Ctrl+N), or import a CSV/XLSX file."
    )

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.programme = desk.programme
        super().__init__(self.programme, self.programme.response_listing())
        self.window_ref = window
        respond = QPushButton(tr("Respond to a finding…"))
        respond.clicked.connect(lambda _checked=False: self.respond_to_finding())
        respond.setVisible(self.programme.may())  # hidden if the role may not
        self.buttons["respond"] = respond
        self.action_row.insertWidget(0, respond)
        self.picker: FindingPickerDialog | None = None

    def respond_to_finding(self) -> FindingPickerDialog:
        """Pick one of today's critical or high findings, then write its response."""
        self.picker = FindingPickerDialog(self.programme, self)
        self.picker.finished.connect(self._picked)
        self.picker.open()
        return self.picker

    def _picked(self, result: int) -> None:
        picker = self.picker
        if picker is None or result != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        self.new_response_for(picker.chosen)

    def new_response_for(self, finding: Any) -> QDialog:
        """A new response dialog filled in with ``finding`` (its key, text and severity)."""
        dialog = ResponseDialog(self.programme, None, self, finding=finding)
        dialog.finished.connect(
            lambda result: (
                self.after_change(dialog.saved_id)
                if result == QDialog.DialogCode.Accepted
                else None
            )
        )
        dialog.open()
        return dialog

    def retire_record(self, record_id: int, reason: str) -> None:
        self.programme.retire_management_response(record_id, reason)

    def import_records(self, path: Path, progress: Progress) -> int:
        progress.step(0, 0, tr("Checking {file}").format(file=path.name))
        return self.programme.import_management_responses(path, progress=progress).rows
