"""Decide a screening hit: true match or false positive, with a reason (audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError, ValidationFailed
from ...registers.screening.review import Decision
from ..form import FormDialog
from ..refusals import REFUSALS, error_text
from ..style import DANGER


class HitDecisionDialog(FormDialog):
    """After ``accept``, ``decision`` holds the ``Decision``."""

    def __init__(
        self, screening: Any, hit_id: int, decision: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Decide hit #{id}").format(id=hit_id), parent)
        self.screening = screening  # the screening desk (registers/screening/desk.py)
        self.hit_id = hit_id
        self.decision: Decision | None = None
        detail = screening.hit_detail(hit_id)
        hit = detail.hit
        self.sanctions = detail.sanctions
        about = QLabel(
            tr("<b>{subject}</b> against <b>{entry}</b> ({list} {ref}), score {score}.").format(
                subject=hit.subject_name,
                entry=hit.entry_name,
                list=hit.list_name,
                ref=hit.entry_ref,
                score=hit.score,
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.true_match = QRadioButton(tr("True match"))
        self.false_positive = QRadioButton(tr("False positive"))
        self.group = QButtonGroup(self)
        for button in (self.true_match, self.false_positive):
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.add_field("decision", "Decision", choice)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.form.addRow("", self.consequence)
        self.memory_months = screening.settings().false_positive_memory_months
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(
            tr("What you compared: IIN, date of birth, nationality, documents…")
        )
        self.add_field("reason", "Reason", self.reason, "The reason goes in the audit trail.")
        self.group.buttonToggled.connect(lambda _b, _on: self._explain())
        if decision == "true_match":
            self.true_match.setChecked(True)
        elif decision == "false_positive":
            self.false_positive.setChecked(True)
        self._explain()

    def chosen(self) -> str:
        if self.true_match.isChecked():
            return "true_match"
        if self.false_positive.isChecked():
            return "false_positive"
        return ""

    def _explain(self) -> None:
        chosen = self.chosen()
        if chosen == "true_match":
            self.consequence.setStyleSheet(f"color: {DANGER};" if self.sanctions else "")
            self.consequence.setText(
                tr(
                    "The customer is flagged as a sanctions match. Next: freeze, do not tip "
                    "off, report to the FIU."
                )
                if self.sanctions
                else tr(
                    "The customer is confirmed on the firm's own list: for a domestic PEP, "
                    "record the PEP status and apply enhanced due diligence."
                )
            )
        elif chosen == "false_positive":
            self.consequence.setStyleSheet("")
            self.consequence.setText(
                tr(
                    "Remembered for {months} months for this customer and this list entry: "
                    "re-screens do not raise it again unless either changes."
                ).format(months=self.memory_months)
            )
        else:
            self.consequence.setText("")

    def save(self) -> None:
        try:
            self.decision = self.screening.decide_hit(
                self.hit_id, self.chosen(), self.reason.toPlainText()
            )
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        except (RegisterError, *REFUSALS) as exc:
            self.show_errors({"": error_text(exc)})
            return
        self.accept()
