"""What follows a change to a customer file: the one after-change step, and the changes
that need it.

``after_change`` is that step: refresh the file's search text (names, IIN/BIN, owners'
names), screen the customer and its owners against the active watchlists, then reassess
the risk, in that order, because open hits weigh in the risk score. Creating or editing a
file, adding, editing or retiring an owner or a PEP record and recording a review take it
here; many files written at once (an import, the demo) take its bulk form,
``onboard_seeds``. So the window, the commands, the imports and the demo cannot forget it.
(A PEP record or a review changes nothing screening looks at: they reassess only.)

The registers below (``customer_file``, ``owners``, ``peps``, ``risk``, ``reviews``, ...)
write their records and never screen. Only this module and the desk import screening, so
screening may use ``risk.assess`` without a cycle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import RuleBook
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.customer_review import CustomerReview
from ...store.models.pep import PepStatus
from ...store.models.risk_assessment import RiskAssessment
from ..screening.coverage import ListsGap, lists_gap
from ..screening.runs import screen_customers, screen_saved_customer
from . import customer_file, edd, owners, peps, reviews
from .bulk import CustomerSeed, insert_seeds
from .risk import assess

Part = TypeVar("Part", BeneficialOwner, PepStatus)


def after_change(
    session: Session,
    customer: Customer,
    rules: RuleBook,
    today: dt.date,
    rescreen: bool = True,
    force: bool = False,
) -> RiskAssessment:
    """Refresh the search text, screen the customer and its owners (unless ``rescreen`` is
    off: nothing screened changed), and reassess the risk (a new assessment even when
    nothing changed with ``force``, as a review records one)."""
    customer_file.refresh_search_text(session, customer)
    if rescreen:
        screen_saved_customer(session, customer, rules, today)  # first: open hits weigh in risk
    return assess(session, customer, rules, today, force=force)


def _part_changed(
    session: Session, part: Part, rules: RuleBook, today: dt.date, rescreen: bool = True
) -> Part:
    """The after-change step for the customer an owner or a PEP record belongs to."""
    after_change(session, customer_file.get(session, part.customer_id), rules, today, rescreen)
    return part


# --- the file ---------------------------------------------------------------------------


def create_customer(
    session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> Customer:
    """A new customer file, pending a decision; a ``pep`` kind in ``data`` records the
    onboarding PEP declaration (``pep_position`` its position)."""
    customer = customer_file.create_record(session, data, rules, today)
    pep = customer_file.text_of(data, "pep")
    if pep:
        declaration = {
            "kind": pep,
            "position": customer_file.text_of(data, "pep_position") or tr("declared at onboarding"),
            "identified_by": tr("onboarding declaration"),
        }
        peps.create_pep(session, customer.id, declaration, rules, today)
    after_change(session, customer, rules, today)
    return customer


def update_customer(
    session: Session, customer_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> Customer:
    customer = customer_file.update_record(session, customer_id, data, rules, today)
    after_change(session, customer, rules, today)
    return customer


# --- owners and PEP status -------------------------------------------------------------


def save_owner(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    *,
    owner_id: int | None = None,
) -> BeneficialOwner:
    """Add a beneficial owner (``owner_id`` None; with a ``pep`` declaration, as
    ``owners.create_owner``) or edit one; the owners are screened with the customer."""
    if owner_id is None:
        owner = owners.create_owner(session, customer_id, data, rules, today)
    else:
        owner = owners.update_owner(session, owner_id, data, rules, today)
    return _part_changed(session, owner, rules, today)


def add_owner(
    session: Session, customer_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> BeneficialOwner:
    """``save_owner`` of a new owner."""
    return save_owner(session, customer_id, data, rules, today)


def retire_owner(
    session: Session, owner_id: int, reason: str, rules: RuleBook, today: dt.date
) -> BeneficialOwner:
    """Retire the owner and its PEP records; the customer is screened without them."""
    return _part_changed(session, owners.retire_owner(session, owner_id, reason), rules, today)


def save_pep(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    *,
    pep_id: int | None = None,
    owner_id: int | None = None,
) -> PepStatus:
    """Record PEP status (``pep_id`` None) of the customer, or of its owner ``owner_id``,
    or edit a record. Screening looks at names, not PEP status: the risk is reassessed."""
    if pep_id is None:
        record = peps.create_pep(session, customer_id, data, rules, today, owner_id=owner_id)
    else:
        record = peps.update_pep(session, pep_id, data, rules, today)
    return _part_changed(session, record, rules, today, rescreen=False)


def retire_pep(
    session: Session, pep_id: int, reason: str, rules: RuleBook, today: dt.date
) -> PepStatus:
    record = peps.retire_pep(session, pep_id, reason)
    return _part_changed(session, record, rules, today, rescreen=False)


# --- reviews ----------------------------------------------------------------------------


def record_review(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
) -> CustomerReview:
    """Record a periodic review: reassess, store the review, set the next review date.

    An ``exit`` outcome also ends the relationship (decision ``exit``)."""
    customer = customer_file.get(session, customer_id)
    reviews.check_review(customer, data, today)
    customer.last_review_on = data["reviewed_on"]
    assessment = after_change(session, customer, rules, today, rescreen=False, force=True)
    review = reviews.create_review(session, customer_id, data, assessment.tier, rules, today)
    if review.outcome == "exit":
        edd.decide(session, customer_id, "exit", review.notes, rules, today, by=review.reviewer)
    return review


# --- many files at once -----------------------------------------------------------------


def onboard_seeds(
    session: Session,
    seeds: Sequence[CustomerSeed],
    rules: RuleBook,
    today: dt.date,
    *,
    progress: Progress = NO_PROGRESS,
    message: str = "",
    trigger: str = "import",
) -> Onboarded:
    """Write many checked files at once (``bulk.insert_seeds``), then screen them and their
    owners in one run in the same transaction (reassessing those whose hits open), so no
    file escapes screening. Returns the new customers' ids; when screening cannot be
    trusted (no list in force, or one out of date: ``coverage.lists_gap``) they carry the
    gap and the customers it leaves unscreened, so the import can name them."""
    created = insert_seeds(session, seeds, rules, today, progress, message)
    screen_customers(session, created, rules, today, progress, trigger=trigger)
    result = Onboarded(created)
    gap = lists_gap(session, rules, today)
    if gap is not None and created:
        result.gap = gap
        result.not_screened = _names(session, created)
    return result


class Onboarded(list[int]):
    """The new customers' ids. ``gap``: why screening could not be trusted (None when it
    could); ``not_screened``: ``(id, name)`` of each new customer that was not screened, or
    was screened only against out-of-date lists (empty when ``gap`` is None)."""

    gap: ListsGap | None = None
    not_screened: list[tuple[int, str]] = []  # noqa: RUF012 (replaced, never mutated)


def _names(session: Session, customer_ids: Sequence[int]) -> list[tuple[int, str]]:
    found: dict[int, str] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start : start + 500]
        query = select(Customer.id, Customer.name).where(Customer.id.in_(chunk))
        found.update({customer_id: name for customer_id, name in session.execute(query)})
    return [(customer_id, found.get(customer_id, "")) for customer_id in customer_ids]
