"""The choices a customer file offers, read from the rule pack (labels by key)."""

from __future__ import annotations

import datetime as dt

from ...i18n import tr
from ...regime.risk import Choice, choices
from ...regime.rulepack import RuleBook

KIND_LABELS = {"individual": "Individual", "entity": "Legal entity"}
STATUS_LABELS = {
    "pending": "Pending decision",
    "approved": "Approved",
    "rejected": "Rejected",
    "exited": "Relationship ended",
}
TIER_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}
SEX_LABELS = {"male": "Male", "female": "Female"}


def labels(rules: RuleBook, key: str, day: dt.date) -> dict[str, str]:
    return {k: tr(c.label) for k, c in choices(rules, key, day).items()}


def pep_kinds(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return labels(rules, "customers.pep.kinds", day)


def id_types(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return labels(rules, "customers.id_document_types", day)


def document_categories(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return labels(rules, "customers.document_categories", day)


def products(rules: RuleBook, day: dt.date) -> dict[str, Choice]:
    return choices(rules, "customers.risk.products", day)


def channels(rules: RuleBook, day: dt.date) -> dict[str, Choice]:
    return choices(rules, "customers.risk.channels", day)


def funds_sources(rules: RuleBook, day: dt.date) -> dict[str, Choice]:
    return choices(rules, "customers.risk.funds_sources", day)


def home_country(rules: RuleBook, day: dt.date) -> str:
    return str(rules.value("customers.home_country", day)).upper()
