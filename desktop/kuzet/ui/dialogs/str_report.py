"""Suspicious transaction reports in the UI: the tipping-off banner, the case dialog (facts
and decision, with the deadline it sets) and "mark as reported" for STRs and threshold
reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import format_date, tr
from ...registers.monitoring import fiu_reports
from ...reports.str_draft import tipping_off_warning
from ..form import DateField, FormDialog
from ..style import DANGER


def tipping_off_label() -> QLabel:
    """The banner every report screen carries."""
    label = QLabel("⚠ " + tipping_off_warning())
    label.setObjectName("tippingOff")
    label.setWordWrap(True)
    label.setStyleSheet(
        f"QLabel#tippingOff {{ background: #fbeaea; color: {DANGER}; border: 1px solid {DANGER};"
        " border-radius: 4px; padding: 6px 10px; font-weight: 600; }"
    )
    return label


def open_dialog(dialog: QDialog, saved: Callable[[], None]) -> QDialog:
    """Open a report's dialog without blocking the window; ``saved`` runs once it is saved."""
    dialog.finished.connect(
        lambda result: saved() if result == QDialog.DialogCode.Accepted else None
    )
    dialog.open()
    return dialog


class StrCaseDialog(FormDialog):
    """The case facts of an STR, and the decision once it is taken."""

    def __init__(self, monitoring: Any, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Suspicious transaction report", parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.report_id = report_id
        self.setMinimumWidth(620)
        report = monitoring.str_report(report_id)
        self.form.addRow(tipping_off_label())
        state = fiu_reports.state_label(fiu_reports.state(report, monitoring.today))
        deadline = format_date(report.deadline) if report.deadline else "—"
        self.form.addRow(
            tr("STR"),
            QLabel(
                tr("#{id}, {state}; deadline {deadline}").format(
                    id=report.id, state=state, deadline=deadline
                )
            ),
        )
        self.form.addRow(tr("Reports"), QLabel(fiu_reports.subject_label(report.subject)))
        if report.subject == "activity":  # no transaction: the activity is what is reported
            activity = QLabel(report.activity)
            activity.setWordWrap(True)
            self.form.addRow(tr("Suspicious activity"), activity)
        self.facts = QPlainTextEdit(report.facts)
        self.facts.setMinimumHeight(140)
        self.add_field("facts", "Case facts", self.facts)
        self.decision = QComboBox()
        for key in ("", "suspicious", "not_suspicious"):
            self.decision.addItem(fiu_reports.decision_label(key).capitalize(), key)
        self.decision.setCurrentIndex(max(0, self.decision.findData(report.decision)))
        self.add_field("decision", "Decision", self.decision)
        self.decided_on = self.add_field(
            "decided_on", "Decided on", DateField(today=monitoring.today)
        )
        if report.decided_on:
            self.decided_on.set_value(report.decided_on)
        self.decided = bool(report.decision)
        if self.decided:  # a decision is recorded once; the facts can still be completed
            self.decision.setEnabled(False)
            self.decided_on.setEnabled(False)
        if report.status == "reported":
            self.facts.setReadOnly(True)

    def save(self) -> None:
        self.submit(lambda data: self.monitoring.save_str(self.report_id, **data))


class MarkReportedDialog(FormDialog):
    """Record that an STR (``kind`` "str") or a threshold report ("ttr") was filed."""

    def __init__(self, monitoring: Any, kind: str, report_id: int, parent: QWidget | None = None):
        super().__init__("Mark as reported to the FIU", parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.kind = kind
        self.report_id = report_id
        what = {
            fiu_reports.STR: tr("STR #{id}"),
            fiu_reports.TTR: tr("Threshold report #{id}"),
        }.get(kind, tr("Freeze notification #{id}"))
        self.form.addRow(tr("Report"), QLabel(what.format(id=report_id)))
        self.reported_on = self.add_field(
            "reported_on", "Filed on", DateField(today=monitoring.today)
        )
        self.reference = self.add_field(
            "fiu_reference", "FIU reference", QLineEdit(), "The number the FIU's system gave it."
        )

    def save(self) -> None:
        self.submit(
            lambda data: self.monitoring.mark_reported(
                self.kind, self.report_id, data["reported_on"], data["fiu_reference"]
            )
        )
