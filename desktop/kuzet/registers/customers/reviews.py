"""Periodic reviews of customer files, and the customers' deadlines on the dashboard.

Recording a review (``onboarding.record_review``) reassesses the risk, stores the review
with the tier that results and sets the next review date (the tier's interval from the
rule pack: 5/3/1 years for low/medium/high). The dashboard shows reviews due or overdue,
ID documents expiring or expired, and domestic PEP status that ends (so the officer
reassesses the risk).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.risk import next_review, risk_parameters
from ...regime.rulepack import RuleBook
from ...store.audit import current_actor
from ...store.models.customer import Customer
from ...store.models.customer_review import REVIEW_OUTCOMES, CustomerReview
from ...store.models.pep import PepStatus
from .. import deadlines as deadline_registry
from ..errors import ValidationFailed


def validate_review(data: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    errors = {}
    reviewed_on = data.get("reviewed_on")
    if reviewed_on is None:
        errors["reviewed_on"] = tr("Enter the date of the review.")
    elif reviewed_on > today:
        errors["reviewed_on"] = tr("A review cannot be dated in the future.")
    if data.get("outcome") not in REVIEW_OUTCOMES:
        errors["outcome"] = tr("Choose the outcome: {choices}.").format(
            choices=", ".join(REVIEW_OUTCOMES)
        )
    if not str(data.get("notes") or "").strip():
        errors["notes"] = tr("Write what was checked and found.")
    return errors


def check_review(customer: Customer, data: Mapping[str, Any], today: dt.date) -> None:
    """``ValidationFailed`` when ``customer`` cannot take the review ``data``: a retired
    file, a customer not approved (unless the review ends the relationship), bad fields."""
    if customer.retired:
        raise ValidationFailed({"": tr("A retired customer file cannot be reviewed.")})
    errors = validate_review(data, today)
    if customer.status != "approved" and data.get("outcome") != "exit":
        errors.setdefault(
            "", tr("Only approved customers are reviewed; decide on onboarding first.")
        )
    if errors:
        raise ValidationFailed(errors)


def create_review(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    tier: str,
    rules: RuleBook,
    today: dt.date,
) -> CustomerReview:
    """Store a checked review with the ``tier`` it resulted in and the next review date
    (``onboarding.record_review`` reassesses the risk first)."""
    reviewed_on: dt.date = data["reviewed_on"]
    review = CustomerReview(
        customer_id=customer_id,
        reviewed_on=reviewed_on,
        reviewer=current_actor(),  # the signed-in officer, never a name typed in
        outcome=str(data["outcome"]),
        tier=tier,
        next_review_on=next_review(tier, reviewed_on, risk_parameters(rules, today)),
        notes=str(data.get("notes") or "").strip(),
    )
    session.add(review)
    session.flush()
    return review


def reviews_of(session: Session, customer_id: int) -> list[CustomerReview]:
    query = (
        select(CustomerReview)
        .where(CustomerReview.customer_id == customer_id)
        .order_by(CustomerReview.reviewed_on.desc(), CustomerReview.id.desc())
    )
    return list(session.execute(query).scalars())


# --- deadlines ---------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Reviews due, ID documents expiring, domestic PEP status ending: within the window."""
    window = dt.timedelta(days=int(rules.value("customers.review.reminder_days", today)))
    horizon = today + window
    c = Customer.__table__.c
    live = (c.retired_at.is_(None)) & (c.status == "approved")
    found: list[deadline_registry.Deadline] = []

    def due(customer_id: int, kind: str, title: str, day: dt.date, owner: str, detail: str):
        found.append(
            deadline_registry.Deadline(
                register="customer",
                record_id=customer_id,
                kind=kind,
                title=title,
                due=day,
                remind_from=day - window,
                owner=owner,
                detail=detail,
            )
        )

    reviews = session.execute(
        select(c.id, c.name, c.risk_tier, c.next_review_on).where(
            live, c.next_review_on.is_not(None), c.next_review_on <= horizon
        )
    ).all()
    for customer_id, name, tier, day in reviews:
        owner = tr("{tier} risk").format(tier=tier or "?")
        detail = tr("overdue") if day < today else tr("due")
        due(customer_id, tr("Customer review"), name, day, owner, detail)
    expiring = session.execute(
        select(c.id, c.name, c.id_number, c.id_expires_on).where(
            live, c.id_expires_on.is_not(None), c.id_expires_on <= horizon
        )
    ).all()
    for customer_id, name, number, expires in expiring:
        detail = (tr("expired") if expires < today else tr("expires")) + f" ({number})"
        due(customer_id, tr("ID document expiry"), name, expires, "", detail)
    p = PepStatus.__table__.c
    ending = session.execute(
        select(p.customer_id, c.name, p.status_ends_on)
        .join(Customer.__table__, c.id == p.customer_id)
        .where(
            p.retired_at.is_(None),
            c.retired_at.is_(None),
            p.status_ends_on.is_not(None),
            p.status_ends_on >= today - window,
            p.status_ends_on <= horizon,
        )
    ).all()
    for customer_id, name, ends in ending:
        detail = tr("reassess the risk once PEP status has ended")
        due(customer_id, tr("PEP status ends"), name, ends, "", detail)
    return found
