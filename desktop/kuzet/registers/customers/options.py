"""The choices a customer file offers, read from the rule pack (labels by key)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...i18n import tr
from ...regime.risk import Choice, choices
from ...regime.rulepack import RuleBook

KIND_LABELS = {"individual": "Individual", "entity": "Legal entity"}
STATUS_LABELS = {
    "pending": "Pending decision",
    "approved": "Approved",
    "rejected": "Rejected",
    "exited": "Relationship ended",
    "frozen": "Frozen",
}
TIER_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}
SEX_LABELS = {"male": "Male", "female": "Female"}
# The file's fields whose answers the risk scores, and the rule that lists their choices.
RISK_CHOICES = {
    "product": "customers.risk.products",
    "channel": "customers.risk.channels",
    "funds_source": "customers.risk.funds_sources",
}


def labels(rules: RuleBook, key: str, day: dt.date) -> dict[str, str]:
    return {k: tr(c.label) for k, c in choices(rules, key, day).items()}


def pep_kinds(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return labels(rules, "customers.pep.kinds", day)


def id_types(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return labels(rules, "customers.id_document_types", day)


def document_categories(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return labels(rules, "customers.document_categories", day)


def risk_choices(rules: RuleBook, day: dt.date) -> dict[str, dict[str, Choice]]:
    """The answers the risk scores, by the file's field: product, channel, source of funds
    (key -> choice, with its label as the rule pack writes it)."""
    return {field: choices(rules, key, day) for field, key in RISK_CHOICES.items()}


def home_country(rules: RuleBook, day: dt.date) -> str:
    return str(rules.value("customers.home_country", day)).upper()


@dataclass(frozen=True)
class FormChoices:
    """What the customer forms offer, key -> label in the UI's language, from the rules in
    force on one day."""

    id_types: dict[str, str]
    products: dict[str, str]
    channels: dict[str, str]
    funds_sources: dict[str, str]
    pep_kinds: dict[str, str]
    document_categories: dict[str, str]


def form_choices(rules: RuleBook, day: dt.date) -> FormChoices:
    return FormChoices(
        id_types=id_types(rules, day),
        products=labels(rules, RISK_CHOICES["product"], day),
        channels=labels(rules, RISK_CHOICES["channel"], day),
        funds_sources=labels(rules, RISK_CHOICES["funds_source"], day),
        pep_kinds=pep_kinds(rules, day),
        document_categories=document_categories(rules, day),
    )
