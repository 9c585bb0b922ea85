"""Periodic reviews of customer files, and the customers' deadlines on the dashboard.

Recording a review reassesses the risk, stores the review with the tier that results and
sets the next review date (the tier's interval from the rule pack: 5/3/1 years for
low/medium/high). The dashboard shows reviews due or overdue, ID documents expiring or
expired, and domestic PEP status that ends (so the officer reassesses the risk).
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
from .customer_file import get


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


def record_review(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
) -> CustomerReview:
    """Record a periodic review: reassess, store the review, set the next review date.

    An ``exit`` outcome also ends the relationship (decision ``exit``)."""
    customer = get(session, customer_id)
    if customer.retired:
        raise ValidationFailed({"": tr("A retired customer file cannot be reviewed.")})
    errors = validate_review(data, today)
    if customer.status != "approved" and data.get("outcome") != "exit":
        errors.setdefault(
            "", tr("Only approved customers are reviewed; decide on onboarding first.")
        )
    if errors:
        raise ValidationFailed(errors)
    from .risk import assess

    reviewed_on: dt.date = data["reviewed_on"]
    customer.last_review_on = reviewed_on
    assessment = assess(session, customer, rules, today, force=True)
    params = risk_parameters(rules, today)
    review = CustomerReview(
        customer_id=customer_id,
        reviewed_on=reviewed_on,
        reviewer=str(data.get("reviewer") or "").strip() or current_actor(),
        outcome=str(data["outcome"]),
        tier=assessment.tier,
        next_review_on=next_review(assessment.tier, reviewed_on, params),
        notes=str(data.get("notes") or "").strip(),
    )
    session.add(review)
    session.flush()
    if review.outcome == "exit":
        from .edd import decide

        decide(session, customer_id, "exit", review.notes, rules, today, by=review.reviewer)
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
    reviews = session.execute(
        select(c.id, c.name, c.risk_tier, c.next_review_on).where(
            live, c.next_review_on.is_not(None), c.next_review_on <= horizon
        )
    ).all()
    for customer_id, name, tier, due in reviews:
        found.append(
            deadline_registry.Deadline(
                register="customer",
                record_id=customer_id,
                kind=tr("Customer review"),
                title=name,
                due=due,
                remind_from=due - window,
                owner=tr("{tier} risk").format(tier=tier or "?"),
                detail=tr("overdue") if due < today else tr("due"),
            )
        )
    expiring = session.execute(
        select(c.id, c.name, c.id_number, c.id_expires_on).where(
            live, c.id_expires_on.is_not(None), c.id_expires_on <= horizon
        )
    ).all()
    for customer_id, name, number, expires in expiring:
        found.append(
            deadline_registry.Deadline(
                register="customer",
                record_id=customer_id,
                kind=tr("ID document expiry"),
                title=name,
                due=expires,
                remind_from=expires - window,
                owner="",
                detail=(tr("expired") if expires < today else tr("expires")) + f" ({number})",
            )
        )
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
        found.append(
            deadline_registry.Deadline(
                register="customer",
                record_id=customer_id,
                kind=tr("PEP status ends"),
                title=name,
                due=ends,
                remind_from=ends - window,
                owner="",
                detail=tr("reassess the risk once PEP status has ended"),
            )
        )
    return found
