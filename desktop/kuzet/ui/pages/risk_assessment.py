"""Risk assessment: versions of the firm's business risk assessment (author, approval,
next review) and the annual AML Returns filed."""

from __future__ import annotations

from typing import Any

from ...i18n import tr
from ..dialogs.aml_return_dialog import AmlReturnDialog
from ..dialogs.risk_assessment_dialog import RiskAssessmentDialog
from .programme_panel import PanelsPage, PanelSpec


class RiskAssessmentPage(PanelsPage):
    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__(desk, window)
        programme = self.programme
        self.assessments = self.add_panel(
            tr("Business risk assessment"),
            programme.assessment_listing(),
            PanelSpec(
                "Business risk assessment",
                "version",
                "versions",
                RiskAssessmentDialog,
                programme.retire_risk_assessment,
                hint="The firm's own assessment of its money-laundering risks. The latest "
                "version is in force; its next review shows on the Dashboard.",
                search_placeholder="Search version, author, summary…",
                empty_text="No business risk assessment recorded.\n\nRecord the current "
                "version with New.",
            ),
        )
        self.returns = self.add_panel(
            tr("AML Returns"),
            programme.return_listing(),
            PanelSpec(
                "AML Returns",
                "return",
                "returns",
                AmlReturnDialog,
                programme.retire_aml_return,
                hint="The annual AML Return to AFSA, due two months after the financial "
                "year-end (rule pack: programme.aifc.aml_return_months). Record each one "
                "when it is filed.",
                search_placeholder="Search reference…",
                empty_text="No AML Return recorded.\n\nRecord the last one filed with New.",
            ),
        )
