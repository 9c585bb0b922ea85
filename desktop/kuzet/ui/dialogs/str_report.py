"""Suspicious transaction reports in the UI: the tipping-off banner, the case dialog (facts
and decision, with the deadline it sets) and "mark as reported" for STRs and threshold
reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
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


class StrCaseDialog(FormDialog):
    """The case facts of an STR, and the decision once it is taken."""

    def __init__(self, store: Any, report_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Suspicious transaction report", parent)
        self.store = store
        self.report_id = report_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.setMinimumWidth(620)
        with store.reading() as session:
            report = fiu_reports.get(session, report_id)
        self.form.addRow(tipping_off_label())
        state = fiu_reports.state_label(fiu_reports.state(report, self.today))
        deadline = f"{report.deadline:%d.%m.%Y}" if report.deadline else "—"
        self.form.addRow(
            tr("STR"),
            QLabel(
                tr("#{id}, {state}; deadline {deadline}").format(
                    id=report.id, state=state, deadline=deadline
                )
            ),
        )
        self.facts = QPlainTextEdit(report.facts)
        self.facts.setMinimumHeight(140)
        self.add_field("facts", "Case facts", self.facts)
        self.decision = QComboBox()
        for key in ("", "suspicious", "not_suspicious"):
            self.decision.addItem(fiu_reports.decision_label(key).capitalize(), key)
        self.decision.setCurrentIndex(max(0, self.decision.findData(report.decision)))
        self.add_field("decision", "Decision", self.decision)
        self.decided_on = self.add_field("decided_on", "Decided on", DateField())
        if report.decided_on:
            self.decided_on.set_value(report.decided_on)
        self.decided = bool(report.decision)
        if self.decided:  # a decision is recorded once; the facts can still be completed
            self.decision.setEnabled(False)
            self.decided_on.setEnabled(False)
        if report.status == "reported":
            self.facts.setReadOnly(True)

    def values(self) -> dict[str, Any]:
        return {
            "facts": self.facts.toPlainText(),
            "decision": self.decision.currentData() or "",
            "decided_on": self.decided_on.value(),
        }

    def save(self) -> None:
        data = self.values()
        try:
            with self.store.transaction() as session:
                fiu_reports.update_facts(session, self.report_id, data["facts"])
                if not self.decided and data["decision"]:
                    fiu_reports.decide(
                        session,
                        self.report_id,
                        data["decision"],
                        data["decided_on"],
                        self.store.rules(session),
                        self.today,
                    )
                self.saved_id = self.report_id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()


class MarkReportedDialog(FormDialog):
    """Record that an STR (``kind`` "str") or a threshold report ("ttr") was filed."""

    def __init__(self, store: Any, kind: str, report_id: int, parent: QWidget | None = None):
        super().__init__("Mark as reported to the FIU", parent)
        self.store = store
        self.kind = kind
        self.report_id = report_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        what = tr("STR #{id}") if kind == fiu_reports.STR else tr("Threshold report #{id}")
        self.form.addRow(tr("Report"), QLabel(what.format(id=report_id)))
        self.reported_on = self.add_field("reported_on", "Filed on", DateField())
        self.reference = self.add_field(
            "fiu_reference", "FIU reference", QLineEdit(), "The number the FIU's system gave it."
        )

    def values(self) -> dict[str, Any]:
        return {"reported_on": self.reported_on.value(), "fiu_reference": self.reference.text()}

    def save(self) -> None:
        data = self.values()
        mark = (
            fiu_reports.mark_reported
            if self.kind == fiu_reports.STR
            else fiu_reports.mark_ttr_reported
        )
        try:
            with self.store.transaction() as session:
                reference = data["fiu_reference"]
                mark(session, self.report_id, data["reported_on"], reference, self.today)
                self.saved_id = self.report_id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
