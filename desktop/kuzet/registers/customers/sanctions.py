"""Sanctions gates on a customer: what blocks approval, and the freeze.

Approval is blocked while the customer or one of its beneficial owners has an open
screening hit scoring at or above the review threshold (rule ``screening.review_threshold``:
the officer decides it first), and while a hit is confirmed a true match on a sanctions
list whose version is in force (the firm's own lists, format "csv", are not sanctions
lists: a domestic PEP match calls for EDD, not a freeze).

A confirmed sanctions match freezes the customer (``registers/screening/review.py``); an
officer may also freeze a customer without a hit, with a reason. Frozen: status
``frozen``, who, when and why in the decision fields, the freeze day, the hit behind it, and
a freeze notification to the FIU drafted (``registers/monitoring/freeze.py``). Unfreezing
needs a reason and returns the customer to ``pending``: a fresh decision is needed, and
approval stays blocked while a true match on a list in force remains.

The hits are read through the screening tables, not the screening register, so the
customers' modules import nothing of ``registers/screening``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.audit import current_actor, reason_for_changes, utc_now
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.screening import ScreeningHit, WatchlistVersion
from ..errors import ValidationFailed
from ..monitoring import freeze as freeze_notices
from .customer_file import get

REVIEW_THRESHOLD = "screening.review_threshold"
# The firm's own lists (domestic PEPs, in-house): every other list format is a sanctions list.
OWN_LIST_FORMATS = ("csv",)


@dataclass(frozen=True)
class BlockingHit:
    """A screening hit that blocks approval, as the refusal names it."""

    hit_id: int
    status: str  # open or true_match
    list_name: str
    entry_ref: str
    entry_name: str
    score: int
    owner_name: str  # "" when the hit is the customer's own

    def text(self) -> str:
        whose = tr(" (beneficial owner {name})").format(name=self.owner_name)
        values = {
            "id": self.hit_id,
            "list": self.list_name,
            "ref": self.entry_ref,
            "name": self.entry_name,
            "score": self.score,
            "whose": whose if self.owner_name else "",
        }
        if self.status == "true_match":
            return tr(
                "Hit #{id} is a confirmed sanctions match{whose}: {list} entry {ref} "
                '"{name}", score {score}. A sanctions match cannot be approved.'
            ).format(**values)
        return tr(
            'Hit #{id} is open{whose}: {list} entry {ref} "{name}", score {score}. '
            "Decide it on the Screening page first."
        ).format(**values)


def blocking_hits(
    session: Session, customer_id: int, rules: RuleBook, today: dt.date
) -> list[BlockingHit]:
    """The open hits at or above the review threshold and the confirmed sanctions matches
    on a list version in force, of the customer and its owners, by hit number."""
    threshold = int(rules.value(REVIEW_THRESHOLD, today))
    h, v, o = ScreeningHit, WatchlistVersion, BeneficialOwner
    query = (
        select(h.id, h.status, h.list_name, h.entry_ref, h.entry_name, h.score, o.name)
        .join(v, v.id == h.version_id)
        .outerjoin(o, o.id == h.owner_id)
        .where(
            h.customer_id == customer_id,
            h.retired_at.is_(None),
            or_(
                (h.status == "open") & (h.score >= threshold),
                (h.status == "true_match")
                & v.active.is_(True)
                & v.retired_at.is_(None)
                & v.list_format.not_in(OWN_LIST_FORMATS),
            ),
        )
        .order_by(h.id)
    )
    return [
        BlockingHit(hit_id, status, listed, ref, name, int(score), owner or "")
        for hit_id, status, listed, ref, name, score, owner in session.execute(query)
    ]


def sanctions_blockers(
    session: Session, customer: Customer, rules: RuleBook, today: dt.date
) -> list[str]:
    """Why sanctions screening blocks approval (empty when it does not)."""
    blockers = []
    if customer.status == "frozen":
        blockers.append(tr("The customer is frozen: unfreeze it first, with a reason."))
    blockers += [hit.text() for hit in blocking_hits(session, customer.id, rules, today)]
    return blockers


def freeze(
    session: Session,
    customer_id: int,
    reason: str,
    rules: RuleBook,
    today: dt.date,
    hit_id: int | None = None,
    by: str | None = None,
) -> Customer:
    """Freeze the customer (audited) and draft the freeze notification to the FIU.

    With ``hit_id`` the freeze follows a confirmed sanctions match; without, it is the
    officer's own decision. A customer already frozen keeps its freeze day; a further
    confirmed match drafts its own notification.
    """
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the customer is frozen.")})
    customer = get(session, customer_id)
    if customer.status == "frozen" and hit_id is None:
        raise ValidationFailed({"decision": tr("The customer is already frozen.")})
    with reason_for_changes(session, tr("frozen: {reason}").format(reason=reason.strip())):
        if customer.status != "frozen":
            customer.status = "frozen"
            customer.frozen_on = today
            customer.frozen_hit_id = hit_id
            customer.decided_by = (by or current_actor()).strip()
            customer.decided_at = utc_now()
            customer.decision_note = reason.strip()
        session.flush()
        notes = "" if hit_id is not None else tr("Frozen by the officer's decision, without a hit.")
        freeze_notices.draft_on_freeze(session, customer.id, today, hit_id, rules, notes)
    return customer


def unfreeze(session: Session, customer_id: int, reason: str, by: str | None = None) -> Customer:
    """Lift the freeze (audited): the customer waits for a fresh decision."""
    if not reason.strip():
        raise ValidationFailed(
            {"reason": tr("Say why the freeze is lifted (it goes in the audit trail).")}
        )
    customer = get(session, customer_id)
    if customer.status != "frozen":
        raise ValidationFailed({"decision": tr("The customer is not frozen.")})
    with reason_for_changes(session, tr("unfrozen: {reason}").format(reason=reason.strip())):
        customer.status = "pending"
        customer.frozen_on = None
        customer.frozen_hit_id = None
        customer.decided_by = (by or current_actor()).strip()
        customer.decided_at = utc_now()
        customer.decision_note = reason.strip()
        session.flush()
    return customer
