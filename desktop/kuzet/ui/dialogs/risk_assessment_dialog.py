"""Add or edit a version of the business risk assessment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...registers.errors import ValidationFailed
from ...registers.programme import risk_assessment
from ..form import DateField, FormDialog


class RiskAssessmentDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **_extra
    ) -> None:
        super().__init__(
            "Edit risk assessment" if record_id else "New business risk assessment", parent
        )
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.version = self.add_field("version", "Version", QLineEdit())
        self.version.setPlaceholderText(f"{self.today.year}.1")
        self.assessed_on = self.add_field("assessed_on", "Assessed", DateField())
        self.author = self.add_field("author", "Author", QLineEdit())
        self.rating = QComboBox()
        for key, label in risk_assessment.rating_labels().items():
            self.rating.addItem(label, key)
        self.rating.setCurrentIndex(self.rating.findData("medium"))
        self.add_field("overall_rating", "Overall risk", self.rating)
        self.approved_by = self.add_field("approved_by", "Approved by", QLineEdit())
        self.approved_on = self.add_field("approved_on", "Approved on", DateField(optional=True))
        self.next_review_on = self.add_field(
            "next_review_on",
            "Next review",
            DateField(optional=True),
            "Leave unticked for the rule pack's default (12 months after the assessment).",
        )
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(80)
        self.add_field("summary", "Summary", self.summary)
        self.document_ref = self.add_field("document_ref", "Document", QLineEdit())
        if record_id is not None:
            with store.reading() as session:
                a = risk_assessment.get_assessment(session, record_id)
            self.version.setText(a.version)
            self.assessed_on.set_value(a.assessed_on)
            self.author.setText(a.author)
            self.rating.setCurrentIndex(max(0, self.rating.findData(a.overall_rating)))
            self.approved_by.setText(a.approved_by)
            self.approved_on.set_value(a.approved_on)
            self.next_review_on.set_value(a.next_review_on)
            self.summary.setPlainText(a.summary)
            self.document_ref.setText(a.document_ref)

    def values(self) -> dict[str, Any]:
        return {
            "version": self.version.text(),
            "assessed_on": self.assessed_on.value(),
            "author": self.author.text(),
            "overall_rating": self.rating.currentData(),
            "approved_by": self.approved_by.text(),
            "approved_on": self.approved_on.value(),
            "next_review_on": self.next_review_on.value(),
            "summary": self.summary.toPlainText(),
            "document_ref": self.document_ref.text(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                record = risk_assessment.save_assessment(
                    session, self.values(), self.store.rules(session), self.today, self.record_id
                )
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
