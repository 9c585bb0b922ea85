"""Risk assessment: versions of the firm's business risk assessment (author, approval,
next review) and the annual AML Returns filed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...i18n import tr
from ...registers.programme import risk_assessment
from ...registers.programme.risk_assessment_listings import AssessmentListing, ReturnListing
from ..dialogs.aml_return_dialog import AmlReturnDialog
from ..dialogs.risk_assessment_dialog import RiskAssessmentDialog
from .programme_panel import PanelSpec, RegisterPanel


class RiskAssessmentPage(QWidget):
    changed = Signal()

    def __init__(self, store: Any, window: Any = None) -> None:
        super().__init__()
        self.store = store
        self.window_ref = window
        self.today = dt.date.today()
        rules = store.rules()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.assessments = RegisterPanel(
            store,
            AssessmentListing(
                self.today,
                int(rules.value("programme.risk_assessment.reminder_days", self.today)),
            ),
            PanelSpec(
                "Business risk assessment",
                "version",
                "versions",
                RiskAssessmentDialog,
                risk_assessment.retire_assessment,
                hint="The firm's own assessment of its money-laundering risks. The latest "
                "version is in force; its next review shows on the Dashboard.",
                search_placeholder="Search version, author, summary…",
                empty_text="No business risk assessment recorded.\n\nRecord the current "
                "version with New.",
            ),
        )
        self.returns = RegisterPanel(
            store,
            ReturnListing(self.today),
            PanelSpec(
                "AML Returns",
                "return",
                "returns",
                AmlReturnDialog,
                risk_assessment.retire_return,
                hint="The annual AML Return to AFSA, due two months after the financial "
                "year-end (rule pack: programme.aifc.aml_return_months). Record each one "
                "when it is filed.",
                search_placeholder="Search reference…",
                empty_text="No AML Return recorded.\n\nRecord the last one filed with New.",
            ),
        )
        for title, panel in (
            (tr("Business risk assessment"), self.assessments),
            (tr("AML Returns"), self.returns),
        ):
            self.tabs.addTab(panel, title)
            panel.changed.connect(self.changed.emit)

    def refresh(self) -> None:
        self.assessments.refresh()
        self.returns.refresh()

    def select_id(self, record_id: int) -> bool:
        self.tabs.setCurrentWidget(self.assessments)
        return record_id == 0 or self.assessments.select_id(record_id)
