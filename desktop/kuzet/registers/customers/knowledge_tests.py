"""Knowledge tests of retail customers.

A retail resident of Kazakhstan may deposit more than the monthly cap (USD 1,000, rule
``monitoring.retail.cap_usd``) with an AIFC digital-asset provider only after passing a
knowledge test. The customer file has no field for it, so the tests are kept here, one
row per test taken; the monitoring rule reads the first passed test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import tr
from ...store.models.customer import Customer
from ...store.models.transaction import KnowledgeTest
from .. import records
from ..errors import ValidationFailed


def validate(customer_id: int | None, taken_on: dt.date | None, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if customer_id is None:
        errors["customer"] = tr("Choose the customer.")
    if taken_on is None:
        errors["taken_on"] = tr("Enter the day the test was taken.")
    elif taken_on > today:
        errors["taken_on"] = tr("The test cannot be dated in the future.")
    return errors


def record(
    session: Session,
    customer_id: int,
    taken_on: dt.date,
    passed: bool,
    today: dt.date,
    notes: str = "",
) -> KnowledgeTest:
    errors = validate(customer_id, taken_on, today)
    if not errors and session.get(Customer, customer_id) is None:
        errors["customer"] = tr("Customer #{id} does not exist.").format(id=customer_id)
    if errors:
        raise ValidationFailed(errors)
    test = KnowledgeTest(
        customer_id=customer_id, taken_on=taken_on, passed=passed, notes=notes.strip()
    )
    session.add(test)
    session.flush()
    return test


def retire(session: Session, test_id: int, reason: str) -> KnowledgeTest:
    return records.retire(session, KnowledgeTest, test_id, reason, tr("knowledge test"))


def tests_of(session: Session, customer_id: int) -> list[KnowledgeTest]:
    return list(
        session.execute(
            select(KnowledgeTest)
            .where(KnowledgeTest.customer_id == customer_id, KnowledgeTest.retired_at.is_(None))
            .order_by(KnowledgeTest.taken_on, KnowledgeTest.id)
        ).scalars()
    )


def first_passed(session: Session, customer_ids: Iterable[int] | None = None) -> dict[int, dt.date]:
    """Customer id -> the day of the first passed test (customers with none are left out)."""
    stmt = (
        select(KnowledgeTest.customer_id, func.min(KnowledgeTest.taken_on))
        .where(KnowledgeTest.passed.is_(True), KnowledgeTest.retired_at.is_(None))
        .group_by(KnowledgeTest.customer_id)
    )
    if customer_ids is not None:
        stmt = stmt.where(KnowledgeTest.customer_id.in_(list(customer_ids)))
    return {customer_id: day for customer_id, day in session.execute(stmt)}
