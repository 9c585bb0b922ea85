"""Customer risk scoring, review intervals and PEP status, from the rule pack.

Pure: the register gathers a ``RiskProfile`` from the customer file and
``risk_parameters`` reads the factors and weights from the rule book; ``score`` adds
each factor's points and shows each contribution; the tier follows from the thresholds.
No number of the scoring lives here: every point, threshold and interval is a rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..i18n import tr
from ..labels import marked
from .dates import add_months, add_years
from .rulepack import RuleBook, RuleNotInForce

TIERS = ("low", "medium", "high")
NO_PEP = "none"


@dataclass(frozen=True)
class Choice:
    """One option of a table rule: a key, its label and (for risk factors) its points."""

    key: str
    label: str
    points: int = 0


@dataclass(frozen=True)
class RiskParameters:
    customer_type: Mapping[str, int]
    pep: Mapping[str, int]
    jurisdiction: Mapping[str, int]
    high_risk: frozenset[str]
    monitored: frozenset[str]
    home: str
    products: Mapping[str, Choice]
    channels: Mapping[str, Choice]
    funds_sources: Mapping[str, Choice]
    open_hit_points: int
    thresholds: Mapping[str, int]
    review_years: Mapping[str, int]
    edd_tiers: frozenset[str]
    pep_months: Mapping[str, int]
    sources: Mapping[str, str] = field(default_factory=dict)  # factor -> "source [mark]"
    # PEP kind -> the first day the PEP rules apply to it (domestic PEPs: 1 Jan 2022)
    pep_from: Mapping[str, dt.date] = field(default_factory=dict)


@dataclass(frozen=True)
class RiskProfile:
    """What the scoring looks at, gathered from the customer file and its owners."""

    kind: str
    pep_kinds: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    product: str = ""
    channel: str = ""
    funds_source: str = ""
    open_hits: int = 0


@dataclass(frozen=True)
class Contribution:
    factor: str  # customer_type, pep, jurisdiction, product, channel, funds_source, open_hits
    title: str
    value: str  # what was seen, in words
    points: int


@dataclass(frozen=True)
class RiskScore:
    score: int
    tier: str
    contributions: tuple[Contribution, ...]


FACTOR_RULES = {
    "customer_type": "customers.risk.customer_type",
    "pep": "customers.risk.pep",
    "jurisdiction": "customers.risk.jurisdiction",
    "product": "customers.risk.products",
    "channel": "customers.risk.channels",
    "funds_source": "customers.risk.funds_sources",
    "open_hits": "customers.risk.open_hit_points",
}


def choices(rules: RuleBook, key: str, day: dt.date) -> dict[str, Choice]:
    """The options of a table rule (products, channels, ID types ...) by key, in order."""
    rows = rules.value_or(key, day, ())
    return {
        str(row["key"]): Choice(
            str(row["key"]), str(row.get("label", row["key"])), int(row.get("points", 0))
        )
        for row in rows
    }


def risk_parameters(rules: RuleBook, day: dt.date) -> RiskParameters:
    """Every factor, weight, list, threshold and interval in force on ``day``."""
    sources = {}
    for factor, key in FACTOR_RULES.items():
        try:
            effective = rules.effective(key, day)
        except RuleNotInForce:
            continue
        sources[factor] = f"{key}: {tr(effective.source)} [{effective.confidence}]"
    return RiskParameters(
        customer_type=_ints(rules.value_or("customers.risk.customer_type", day, {})),
        pep=_ints(rules.value_or("customers.risk.pep", day, {})),
        jurisdiction=_ints(rules.value_or("customers.risk.jurisdiction", day, {})),
        high_risk=frozenset(rules.value_or("customers.fatf.high_risk", day, ())),
        monitored=frozenset(rules.value_or("customers.fatf.monitored", day, ())),
        home=str(rules.value_or("customers.home_country", day, "")),
        products=choices(rules, "customers.risk.products", day),
        channels=choices(rules, "customers.risk.channels", day),
        funds_sources=choices(rules, "customers.risk.funds_sources", day),
        open_hit_points=int(rules.value_or("customers.risk.open_hit_points", day, 0)),
        thresholds=_ints(rules.value_or("customers.risk.tier_thresholds", day, {})),
        review_years=_ints(rules.value_or("customers.review.interval_years", day, {})),
        edd_tiers=frozenset(rules.value_or("customers.edd.required_tiers", day, ())),
        pep_months=_ints(rules.value_or("customers.pep.status_months_after_office", day, {})),
        sources=sources,
        pep_from={
            str(k): v
            for k, v in rules.value_or("customers.pep.applies_from", day, {}).items()
            if isinstance(v, dt.date)
        },
    )


def _ints(mapping: Mapping[str, Any]) -> dict[str, int]:
    return {str(k): int(v) for k, v in mapping.items()}


def jurisdiction_class(code: str, params: RiskParameters) -> str:
    """``fatf_high_risk``, ``fatf_monitored``, ``home`` or ``other`` for a country code."""
    code = code.upper()
    if code in params.high_risk:
        return "fatf_high_risk"
    if code in params.monitored:
        return "fatf_monitored"
    if code == params.home:
        return "home"
    return "other"


_JURISDICTION_WORDS = {
    "fatf_high_risk": "FATF call for action",
    "fatf_monitored": "FATF increased monitoring",
    "home": "home jurisdiction",
    "other": "other jurisdiction",
}
# A factor's value is stored in English; ``factor_value_text`` translates it for display.
NOT_RECORDED = marked("not recorded")
NOT_A_PEP = marked("not a PEP")
JURISDICTION_VALUE = marked("{seen} (worst: {worst}, {kind})")
_JURISDICTION_SEEN = re.compile(r"(?P<seen>.+) \(worst: (?P<worst>\w+), (?P<kind>[^()]+)\)")


def factor_value_text(value: str) -> str:
    """A stored factor value in the UI's language: a word or label, or the jurisdiction
    line "KZ, RU (worst: RU, other jurisdiction)" with its parts translated."""
    seen = _JURISDICTION_SEEN.fullmatch(value)
    if seen is None:
        return tr(value)
    return tr(JURISDICTION_VALUE).format(
        seen=seen["seen"], worst=seen["worst"], kind=tr(seen["kind"])
    )


def score(profile: RiskProfile, params: RiskParameters) -> RiskScore:
    """Add each factor's points; the tier follows from the thresholds."""
    parts = [
        Contribution(
            "customer_type",
            "Customer type",
            profile.kind,
            params.customer_type.get(profile.kind, 0),
        ),
        _pep_part(profile, params),
        _jurisdiction_part(profile, params),
        _choice_part("product", "Product or service", profile.product, params.products),
        _choice_part("channel", "Delivery channel", profile.channel, params.channels),
        _choice_part("funds_source", "Source of funds", profile.funds_source, params.funds_sources),
        Contribution(
            "open_hits",
            "Open screening hits",
            str(profile.open_hits),
            params.open_hit_points if profile.open_hits > 0 else 0,
        ),
    ]
    total = sum(p.points for p in parts)
    return RiskScore(total, tier_for(total, params.thresholds), tuple(parts))


def _pep_part(profile: RiskProfile, params: RiskParameters) -> Contribution:
    if not profile.pep_kinds:
        return Contribution("pep", "PEP", NOT_A_PEP, params.pep.get(NO_PEP, 0))
    worst = max(profile.pep_kinds, key=lambda kind: params.pep.get(kind, 0))
    return Contribution(
        "pep", "PEP", ", ".join(sorted(set(profile.pep_kinds))), params.pep.get(worst, 0)
    )


def _jurisdiction_part(profile: RiskProfile, params: RiskParameters) -> Contribution:
    codes = sorted({c.upper() for c in profile.jurisdictions if c})
    if not codes:
        return Contribution(
            "jurisdiction", "Jurisdiction", NOT_RECORDED, params.jurisdiction.get("other", 0)
        )
    worst = max(codes, key=lambda c: params.jurisdiction.get(jurisdiction_class(c, params), 0))
    kind = jurisdiction_class(worst, params)
    seen = ", ".join(codes)
    return Contribution(
        "jurisdiction",
        "Jurisdiction",
        JURISDICTION_VALUE.format(seen=seen, worst=worst, kind=_JURISDICTION_WORDS[kind]),
        params.jurisdiction.get(kind, 0),
    )


def _choice_part(factor: str, title: str, key: str, options: Mapping[str, Choice]) -> Contribution:
    """An option's points. An answer the file does not give scores nothing here: the
    register blocks approval until it is recorded, rather than guessing a risk."""
    if not key:
        return Contribution(factor, title, NOT_RECORDED, 0)
    option = options.get(key)
    if option is None:
        return Contribution(factor, title, f"{key} (unknown option)", 0)
    return Contribution(factor, title, option.label, option.points)


def tier_for(total: int, thresholds: Mapping[str, int]) -> str:
    """The tier of a score: high at or above ``high``, medium at or above ``medium``."""
    if "high" in thresholds and total >= thresholds["high"]:
        return "high"
    if "medium" in thresholds and total >= thresholds["medium"]:
        return "medium"
    return "low"


def next_review(tier: str, since: dt.date | None, params: RiskParameters) -> dt.date | None:
    """When the next periodic review falls due: ``since`` plus the tier's interval."""
    if since is None or tier not in params.review_years:
        return None
    return add_years(since, params.review_years[tier])


def pep_status_ends(
    kind: str, related_kind: str, left_office: dt.date | None, params: RiskParameters
) -> dt.date | None:
    """The last day of PEP status, or None while it lasts (still in office, or a kind that
    keeps the status). Family and associates follow the kind of their PEP."""
    governing = related_kind if kind in ("family", "associate") and related_kind else kind
    months = params.pep_months.get(governing)
    if left_office is None or months is None:
        return None
    return add_months(left_office, months)


def pep_rule_start(kind: str, related_kind: str, params: RiskParameters) -> dt.date | None:
    """The first day the PEP rules apply to this kind (family and associates follow their
    PEP's kind), or None where they always have (``customers.pep.applies_from``)."""
    governing = related_kind if kind in ("family", "associate") and related_kind else kind
    return params.pep_from.get(governing)


def pep_active(
    status_ends_on: dt.date | None, day: dt.date, applies_from: dt.date | None = None
) -> bool:
    """Whether a PEP status counts on ``day``: the PEP rules applied to its kind by then
    (``applies_from``, e.g. domestic PEPs from 1 Jan 2022) and the status had not ended."""
    if applies_from is not None and day < applies_from:
        return False
    return status_ends_on is None or status_ends_on >= day


def edd_required(tier: str, is_pep: bool, params: RiskParameters) -> bool:
    return is_pep or tier in params.edd_tiers


def ownership_is_beneficial(percent: Decimal | None, control: bool, threshold: Decimal) -> bool:
    """A natural person is a beneficial owner at the threshold share or more, or by control."""
    return control or (percent is not None and percent >= threshold)


def contributions_json(contributions: Sequence[Contribution]) -> list[dict[str, Any]]:
    return [
        {"factor": c.factor, "title": c.title, "value": c.value, "points": c.points}
        for c in contributions
    ]
