"""Add or edit a management response (the finding, the response, its owner from the staff
register, the due date and the status), and pick one of today's critical or high findings
to respond to ("Respond to a finding…")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...regime.severity import severity_label
from ...registers.programme import responses
from ..dialog_frame import cap_to_screen
from ..form import hint_label
from ..list_model import ListModel
from .programme_dialog import RecordDialog, choices


class ResponseDialog(RecordDialog):
    """``finding`` (a ``response_findings.OpenFinding``) pre-fills a new response's key,
    text and severity: the finding picked with "Respond to a finding…"."""

    thing = "management_response"
    titles = ("New management response", "Edit management response")

    def build(self, finding: Any = None, **_extra: Any) -> None:
        self.key = self.add_field(
            "finding_key",
            "Finding key",
            QLineEdit(),
            "kind:record, as the audit pack prints it, e.g. licence_expired:licence/3",
        )
        self.finding_text = QPlainTextEdit()
        self.finding_text.setFixedHeight(56)
        self.add_field("finding_text", "Finding", self.finding_text)
        severities = choices(responses.severity_labels().items())
        self.severity = self.add_field("severity", "Severity", severities)
        self.response = QPlainTextEdit()
        self.response.setFixedHeight(80)
        self.add_field("response", "Response", self.response)
        owners = [(None, tr("Choose…")), *self.programme.response_owners()]
        self.owner = self.add_field(
            "owner_staff_id", "Owner", choices(owners), "A member of staff on the books today."
        )
        self.due_on = self.add_field(
            "due_on", "Due", self.date_field(True), "Required for critical and high findings."
        )
        self.status = self.add_field("status", "Status", choices(responses.status_labels().items()))
        self.closed_on = self.add_field(
            "closed_on", "Closed", self.date_field(True), "The day it was done."
        )
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.add_field("notes", "Notes", self.notes)
        if finding is not None:
            self.key.setText(finding.key)
            self.finding_text.setPlainText(finding.text())
            self.severity.setCurrentIndex(max(0, self.severity.findData(finding.severity)))

    def load(self, record: Any) -> None:
        """An owner who has left since stays shown (the check then asks for another)."""
        if self.owner.findData(record.owner_staff_id) < 0:
            label = tr("staff #{id} (not on the staff today)").format(id=record.owner_staff_id)
            self.owner.addItem(label, record.owner_staff_id)
        super().load(record)


class FindingPickerDialog(QDialog):
    """Today's critical and high findings (the Dashboard's) with their keys and the
    response in force for each; ``chosen`` is the finding picked (an ``OpenFinding``)."""

    def __init__(self, programme: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Respond to a finding"))
        self.setMinimumSize(820, 420)
        self.findings = programme.findings_to_answer()
        self.chosen: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                tr(
                    "The critical and high findings on the Dashboard today. Pick one to write "
                    "management's response; a finding already answered shows its response."
                )
            )
        )
        self.model = ListModel(["Severity", "Finding", "Response in force", "Finding key"])
        rows, tones = [], []
        for item in self.findings:
            answer = item.response
            said = (
                f"{responses.status_label(answer.status)}: {answer.response}"
                if answer is not None
                else tr("no response recorded")
            )
            rows.append((severity_label(item.severity), item.text(), said, item.key))
            tones.append(item.severity)
        self.model.set_rows(rows, list(range(len(rows))), tones)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.pick())
        layout.addWidget(self.table, 1)
        self.empty = hint_label(tr("No critical or high finding today."))
        self.empty.setVisible(not rows)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Respond…"))
        buttons.accepted.connect(self.pick)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        cap_to_screen(self)
        if rows:
            self.table.selectRow(0)
            self.table.resizeColumnsToContents()

    def pick(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        self.chosen = self.findings[selected[0].row()]
        self.accept()
