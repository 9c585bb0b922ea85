"""Add or edit a version of the business risk assessment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...registers.programme import risk_assessment
from .programme_dialog import RecordDialog, choices


class RiskAssessmentDialog(RecordDialog):
    thing = "risk_assessment"
    titles = ("New business risk assessment", "Edit risk assessment")

    def build(self, **_extra: Any) -> None:
        self.version = self.add_field("version", "Version", QLineEdit())
        self.version.setPlaceholderText(f"{self.today.year}.1")
        self.assessed_on = self.add_field("assessed_on", "Assessed", self.date_field())
        self.author = self.add_field("author", "Author", QLineEdit())
        ratings = choices(risk_assessment.rating_labels().items())
        self.rating = self.add_field("overall_rating", "Overall risk", ratings)
        self.rating.setCurrentIndex(self.rating.findData("medium"))
        self.approved_by = self.add_field("approved_by", "Approved by", QLineEdit())
        self.approved_on = self.add_field("approved_on", "Approved on", self.date_field(True))
        self.next_review_on = self.add_field(
            "next_review_on",
            "Next review",
            self.date_field(True),
            "Leave unticked for the rule pack's default (12 months after the assessment).",
        )
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(80)
        self.add_field("summary", "Summary", self.summary)
        self.document_ref = self.add_field("document_ref", "Document", QLineEdit())
