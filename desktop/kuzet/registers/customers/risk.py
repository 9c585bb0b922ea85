"""Customer risk assessment: gather the profile, score it from the rule pack, keep history.

``assess`` runs after every change to the file, its owners or PEP status (``onboarding``
calls it, and screening when a customer's hits open or close): when the score
or any factor changes, a new ``RiskAssessment`` is recorded (the history stays), and the
customer's tier, score and next review date follow. An officer's override of the tier is
kept with its reason (in the record and in the audit trail) and carried forward until the
officer clears it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import func, inspect, select, text
from sqlmodel import Session

from ...i18n import tr
from ...regime.risk import (
    TIERS,
    RiskParameters,
    RiskProfile,
    RiskScore,
    contributions_json,
    next_review,
    risk_parameters,
    score,
)
from ...regime.rulepack import RuleBook
from ...store.audit import reason_for_changes
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.risk_assessment import RiskAssessment
from .. import records
from ..errors import ValidationFailed
from .customer_file import active_peps, get

# Screening (another register) keeps its hits in ``screening_hit``; until that table
# exists a customer has no open hits. A hit counts while its status is one of these.
OPEN_HIT_STATES = ("open", "pending", "review", "escalated")
# Hits that weigh in the risk: those waiting for review, and confirmed matches (a true
# match must keep the customer high risk, not drop its points once decided).
RISK_HIT_STATES = (*OPEN_HIT_STATES, "true_match")


def hit_counts(
    session: Session, customer_ids: Sequence[int], states: tuple[str, ...] = OPEN_HIT_STATES
) -> dict[int, int]:
    """Screening hits per customer (its own and its owners') in ``states``, for many at
    once; none until the screening register's ``screening_hit`` table exists."""
    conn = session.connection()
    inspector = inspect(conn)
    if not inspector.has_table("screening_hit"):
        return {}
    columns = {c["name"] for c in inspector.get_columns("screening_hit")}
    if "customer_id" not in columns:
        return {}
    marks = ",".join(str(int(i)) for i in customer_ids)
    sql = f"SELECT customer_id, count(*) FROM screening_hit WHERE customer_id IN ({marks})"
    if "status" in columns:
        sql += " AND status IN (" + ", ".join(f"'{s}'" for s in states) + ")"
    if "retired_at" in columns:
        sql += " AND retired_at IS NULL"
    return {int(k): int(v) for k, v in conn.execute(text(sql + " GROUP BY customer_id"))}


def open_hits(session: Session, customer_id: int, states: tuple[str, ...] = OPEN_HIT_STATES) -> int:
    """Screening hits of the customer (and its owners) waiting for review (or in
    ``states``); 0 until the screening register's ``screening_hit`` table exists."""
    return hit_counts(session, [customer_id], states).get(customer_id, 0)


def profile_for(
    session: Session, customer: Customer, today: dt.date, hits: int | None = None
) -> RiskProfile:
    owners = session.execute(
        select(BeneficialOwner.citizenship, BeneficialOwner.residence).where(
            BeneficialOwner.customer_id == customer.id, BeneficialOwner.retired_at.is_(None)
        )
    ).all()
    places = [customer.citizenship, customer.residence, *(c for row in owners for c in row)]
    peps = active_peps(session, customer.id, today)
    return RiskProfile(
        kind=customer.kind,
        pep_kinds=tuple(p.kind for p in peps),
        jurisdictions=tuple(p for p in places if p),
        product=customer.product,
        channel=customer.channel,
        funds_source=customer.funds_source,
        open_hits=open_hits(session, customer.id, RISK_HIT_STATES) if hits is None else hits,
    )


def latest_assessment(session: Session, customer_id: int) -> RiskAssessment | None:
    query = (
        select(RiskAssessment)
        .where(RiskAssessment.customer_id == customer_id, RiskAssessment.retired_at.is_(None))
        .order_by(RiskAssessment.id.desc())
        .limit(1)
    )
    return session.execute(query).scalars().first()


def assessments_of(session: Session, customer_id: int) -> list[RiskAssessment]:
    query = (
        select(RiskAssessment)
        .where(RiskAssessment.customer_id == customer_id)
        .order_by(RiskAssessment.id.desc())
    )
    return list(session.execute(query).scalars())


def factors_text(result: RiskScore) -> str:
    return json.dumps(contributions_json(result.contributions), ensure_ascii=False)


def new_assessment(
    customer: Customer, result: RiskScore, today: dt.date, override: str, reason: str
) -> RiskAssessment:
    """The assessment of ``result`` on ``today``, with the officer's ``override`` tier
    (``""`` for none) and its reason; the tier in force is the override, else the score's."""
    return RiskAssessment(
        customer_id=customer.id,
        assessed_on=today,
        score=result.score,
        computed_tier=result.tier,
        override_tier=override,
        override_reason=reason,
        tier=override or result.tier,
        factors=factors_text(result),
    )


def apply_summary(customer: Customer, assessment: RiskAssessment, params: RiskParameters) -> None:
    """Copy the tier and score to the customer and set the next review date from them."""
    values = {
        "risk_score": assessment.score,
        "risk_tier": assessment.tier,
        "risk_assessed_on": assessment.assessed_on,
        "next_review_on": review_due(customer, assessment.tier, params),
    }
    records.assign(customer, values)


def review_due(customer: Customer, tier: str, params: RiskParameters) -> dt.date | None:
    """Approved customers are reviewed one interval after their last review (or onboarding)."""
    if customer.status != "approved":
        return None
    return next_review(tier, customer.last_review_on or customer.onboarded_on, params)


def assess(
    session: Session,
    customer: Customer,
    rules: RuleBook,
    today: dt.date,
    force: bool = False,
    hits: int | None = None,
) -> RiskAssessment:
    """Score ``customer`` now; record a new assessment when anything changed (or ``force``).

    The customer's pending changes and its new tier are written in one flush, so one edit
    is one trail entry."""
    params = risk_parameters(rules, today)
    with session.no_autoflush:
        result = score(profile_for(session, customer, today, hits), params)
        latest = latest_assessment(session, customer.id)
    factors = factors_text(result)
    unchanged = (
        latest is not None
        and latest.score == result.score
        and latest.computed_tier == result.tier
        and latest.factors == factors
    )
    if unchanged and not force:
        assert latest is not None
        apply_summary(customer, latest, params)
        session.flush()
        return latest
    override = latest.override_tier if latest is not None else ""
    reason = latest.override_reason if latest is not None and override else ""
    assessment = new_assessment(customer, result, today, override, reason)
    session.add(assessment)
    apply_summary(customer, assessment, params)
    session.flush()
    return assessment


def override_tier(
    session: Session,
    customer_id: int,
    tier: str,
    reason: str,
    rules: RuleBook,
    today: dt.date,
) -> RiskAssessment:
    """The officer sets the tier (``""`` clears the override), with a reason (audited)."""
    errors = {}
    if tier and tier not in TIERS:
        errors["tier"] = tr("The tier is low, medium or high.")
    if not reason.strip():
        errors["reason"] = tr(
            "Say why the computed tier is overridden (it goes in the audit trail)."
        )
    if errors:
        raise ValidationFailed(errors)
    customer = get(session, customer_id)
    params = risk_parameters(rules, today)
    result = score(profile_for(session, customer, today), params)
    with reason_for_changes(session, reason.strip()):
        assessment = new_assessment(customer, result, today, tier, reason.strip() if tier else "")
        session.add(assessment)
        session.flush()
        apply_summary(customer, assessment, params)
        session.flush()
    return assessment


def tier_counts(session: Session) -> dict[str, int]:
    """How many active customers are in each tier (for the dashboard and the pack)."""
    rows = session.execute(
        select(Customer.risk_tier, func.count())
        .where(Customer.retired_at.is_(None))
        .group_by(Customer.risk_tier)
    ).all()
    return {str(tier or ""): int(count) for tier, count in rows}
