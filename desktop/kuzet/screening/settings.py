"""Screening parameters as the rule pack holds them (``resources/rules/screening.toml``).

The matcher takes plain values; this helper reads them from a ``RulePack`` (or a
``RuleBook`` with the officer's overrides) for a given day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kuzet.regime.rulepack import RuleBook, RulePack

REVIEW_THRESHOLD = "screening.review_threshold"
AUTO_CLEAR_THRESHOLD = "screening.auto_clear_threshold"
FALSE_POSITIVE_MEMORY_MONTHS = "screening.false_positive_memory_months"
LEGAL_FORMS = "screening.legal_forms"


@dataclass(frozen=True)
class ScreeningSettings:
    review_threshold: int
    auto_clear_threshold: int
    false_positive_memory_months: int
    legal_forms: tuple[str, ...]

    def thresholds(self) -> dict[str, int]:
        """Keyword arguments for ``matcher.screen``."""
        return {
            "review_threshold": self.review_threshold,
            "auto_clear_threshold": self.auto_clear_threshold,
        }


def screening_settings(rules: RulePack | RuleBook, day: dt.date) -> ScreeningSettings:
    """The screening parameters in force on ``day``."""
    return ScreeningSettings(
        review_threshold=rules.value(REVIEW_THRESHOLD, day),
        auto_clear_threshold=rules.value(AUTO_CLEAR_THRESHOLD, day),
        false_positive_memory_months=rules.value(FALSE_POSITIVE_MEMORY_MONTHS, day),
        legal_forms=tuple(rules.value(LEGAL_FORMS, day)),
    )
