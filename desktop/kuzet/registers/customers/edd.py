"""Enhanced due diligence and the onboarding decision.

EDD is required for high-risk customers (rule ``customers.edd.required_tiers``) and for
PEPs (the customer's or a beneficial owner's PEP status, while it lasts). It is complete
when the source of wealth is verified with evidence, the source of funds is verified,
senior management approved (who and when) and enhanced monitoring is on.

The decision (approve, reject, exit, freeze, unfreeze) is recorded with who and when.
Approval is blocked while EDD is required and incomplete, while an IIN disagrees with the
file without a written explanation, while the basic CDD of Law 191-IV Art. 5 is missing,
and by the sanctions gates (``sanctions.py``: an open hit, a confirmed match, a freeze).
A frozen customer can be neither rejected nor exited: the freeze stays until lifted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.risk import edd_required, risk_parameters
from ...regime.rulepack import RuleBook
from ...store.audit import current_actor, reason_for_changes, utc_now
from ...store.models.customer import Customer
from ...store.models.customer_document import CustomerDocument
from ...store.models.edd import EddRecord
from .. import records
from ..errors import ValidationFailed
from .customer_file import active_peps, get
from .owners import owners_of
from .risk import apply_summary, latest_assessment
from .sanctions import freeze, sanctions_blockers, unfreeze

FIELDS = (
    "source_of_wealth",
    "wealth_verified",
    "wealth_evidence",
    "funds_verified",
    "funds_evidence",
    "approved_by",
    "approved_on",
    "enhanced_monitoring",
    "notes",
)
FLAGS = ("wealth_verified", "funds_verified", "enhanced_monitoring")
DECISIONS = {"approve": "approved", "reject": "rejected", "exit": "exited"}
FREEZE_DECISIONS = ("freeze", "unfreeze")
WEALTH_CATEGORY = "source_of_wealth"


def edd_of(session: Session, customer_id: int) -> EddRecord | None:
    query = select(EddRecord).where(EddRecord.customer_id == customer_id)
    return session.execute(query).scalars().first()


def has_wealth_document(session: Session, customer_id: int) -> bool:
    query = select(CustomerDocument.id).where(
        CustomerDocument.customer_id == customer_id,
        CustomerDocument.category == WEALTH_CATEGORY,
        CustomerDocument.retired_at.is_(None),
    )
    return session.execute(query.limit(1)).first() is not None


def missing_edd(edd: EddRecord | Mapping[str, Any] | None, wealth_document: bool) -> list[str]:
    """What EDD still lacks, in words (empty when complete)."""

    def value(name: str) -> Any:
        if edd is None:
            return None
        return edd.get(name) if isinstance(edd, Mapping) else getattr(edd, name)

    missing = []
    if not str(value("source_of_wealth") or "").strip():
        missing.append(tr("the source of wealth"))
    if not value("wealth_verified"):
        missing.append(tr("verification of the source of wealth"))
    elif not (str(value("wealth_evidence") or "").strip() or wealth_document):
        missing.append(tr("evidence of the source of wealth (a note or a document)"))
    if not value("funds_verified"):
        missing.append(tr("verification of the source of funds"))
    if not str(value("approved_by") or "").strip() or value("approved_on") is None:
        missing.append(tr("senior management approval (who and when)"))
    if not value("enhanced_monitoring"):
        missing.append(tr("enhanced monitoring"))
    return missing


def validate_edd(data: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    errors = {}
    approved_on = data.get("approved_on")
    if approved_on is not None and approved_on > today:
        errors["approved_on"] = tr("The approval date cannot be in the future.")
    if approved_on is not None and not str(data.get("approved_by") or "").strip():
        errors["approved_by"] = tr("Name the senior manager who approved.")
    if data.get("funds_verified") and not str(data.get("funds_evidence") or "").strip():
        errors["funds_evidence"] = tr("Say how the source of funds was verified.")
    return errors


def save_edd(
    session: Session, customer_id: int, data: Mapping[str, Any], today: dt.date
) -> EddRecord:
    """Create or update the customer's EDD record; ``complete`` follows from its content."""
    customer = get(session, customer_id)
    if customer.retired:
        raise ValidationFailed({"": tr("A retired customer file cannot be edited.")})
    record = edd_of(session, customer_id)
    current = {n: getattr(record, n) for n in FIELDS} if record is not None else {}
    merged = current | {k: v for k, v in data.items() if k in FIELDS}
    errors = validate_edd(merged, today)
    if errors:
        raise ValidationFailed(errors)
    cleaned: dict[str, Any] = {}
    for name in FIELDS:
        value = merged.get(name)
        if name in FLAGS:
            cleaned[name] = bool(value)
        elif name == "approved_on":
            cleaned[name] = value
        else:
            cleaned[name] = str(value or "").strip()
    cleaned["complete"] = not missing_edd(cleaned, has_wealth_document(session, customer_id))
    if record is None:
        record = EddRecord(customer_id=customer_id, **cleaned)
        session.add(record)
    else:
        records.assign(record, cleaned)
    session.flush()
    return record


def refresh_completeness(session: Session, customer_id: int) -> None:
    """Recompute ``complete`` (a source-of-wealth document was attached or retired)."""
    record = edd_of(session, customer_id)
    if record is None:
        return
    complete = not missing_edd(record, has_wealth_document(session, customer_id))
    if record.complete != complete:
        record.complete = complete
        session.flush()


def edd_needed(session: Session, customer: Customer, rules: RuleBook, today: dt.date) -> bool:
    params = risk_parameters(rules, today)
    return edd_required(customer.risk_tier, bool(active_peps(session, customer.id, today)), params)


def approval_blockers(
    session: Session, customer: Customer, rules: RuleBook, today: dt.date
) -> list[str]:
    """Why the customer cannot be approved today (empty when approval is allowed)."""
    blockers = []
    if customer.retired:
        blockers.append(tr("The file is retired."))
    if customer.iin_conflict and not customer.iin_note.strip():
        blockers.append(
            tr("The IIN disagrees with the birth date or sex in the file: explain it first.")
        )
    if not customer.purpose.strip():
        blockers.append(tr("Record the purpose and intended nature of the relationship."))
    if not customer.address.strip():
        blockers.append(tr("Record the address."))
    unanswered = [
        label
        for name, label in (
            ("funds_source", tr("source of funds")),
            ("product", tr("product or service")),
            ("channel", tr("delivery channel")),
        )
        if not getattr(customer, name)
    ]
    if unanswered:
        blockers.append(
            tr("Record the {items} (the risk assessment needs them).").format(
                items=", ".join(unanswered)
            )
        )
    if customer.kind == "entity":
        owners = owners_of(session, customer.id)
        if not owners:
            blockers.append(tr("Record the beneficial owners of the entity."))
        unexplained = [o.name for o in owners if o.iin_conflict and not o.iin_note.strip()]
        if unexplained:
            blockers.append(
                tr("An owner's IIN disagrees with their file: explain it ({names}).").format(
                    names=", ".join(unexplained)
                )
            )
    if not customer.risk_tier:
        blockers.append(tr("The risk has not been assessed."))
    if edd_needed(session, customer, rules, today):
        missing = missing_edd(
            edd_of(session, customer.id), has_wealth_document(session, customer.id)
        )
        if missing:
            why = tr("a PEP") if active_peps(session, customer.id, today) else tr("high risk")
            blockers.append(
                tr("EDD is required ({why}) and incomplete: missing {items}.").format(
                    why=why, items="; ".join(missing)
                )
            )
    return blockers + sanctions_blockers(session, customer, rules, today)


@dataclass(frozen=True)
class EddState:
    """What the EDD tab shows of one customer on one day."""

    customer: Customer
    record: EddRecord | None
    needed: bool
    missing: list[str]  # what EDD still lacks (empty when complete)
    blockers: list[str]  # why approval is blocked (empty when it is allowed)


def edd_state(session: Session, customer_id: int, rules: RuleBook, today: dt.date) -> EddState:
    customer = get(session, customer_id)
    record = edd_of(session, customer_id)
    return EddState(
        customer=customer,
        record=record,
        needed=edd_needed(session, customer, rules, today),
        missing=missing_edd(record, has_wealth_document(session, customer_id)),
        blockers=approval_blockers(session, customer, rules, today),
    )


def decide(
    session: Session,
    customer_id: int,
    decision: str,
    note: str,
    rules: RuleBook,
    today: dt.date,
    by: str | None = None,
) -> Customer:
    """Record the decision (approve, reject, exit, freeze or unfreeze) with who and when."""
    if decision == "freeze":
        return freeze(session, customer_id, note, rules, today, by=by)
    if decision == "unfreeze":
        return unfreeze(session, customer_id, note, by=by)
    if decision not in DECISIONS:
        raise ValidationFailed(
            {"decision": tr("The decision is approve, reject, exit, freeze or unfreeze.")}
        )
    customer = get(session, customer_id)
    if decision != "approve" and customer.status == "frozen":
        raise ValidationFailed(
            {
                "decision": tr(
                    "The customer is frozen: the freeze stays until it is lifted (unfreeze, "
                    "with a reason)."
                )
            }
        )
    if decision == "approve":
        blockers = approval_blockers(session, customer, rules, today)
        if blockers:
            raise ValidationFailed({"decision": "\n".join(blockers)})
    elif not note.strip():
        raise ValidationFailed({"note": tr("Say why (it goes in the file and the audit trail).")})
    if decision == "exit" and customer.status == "exited":
        raise ValidationFailed({"decision": tr("The relationship has already ended.")})
    customer.status = DECISIONS[decision]
    customer.decided_by = (by or current_actor()).strip()
    customer.decided_at = utc_now()
    customer.decision_note = note.strip()
    if decision == "approve" and customer.onboarded_on is None:
        customer.onboarded_on = today
    latest = latest_assessment(session, customer.id)
    with reason_for_changes(session, note.strip() or tr("approved")):
        if latest is not None:
            apply_summary(customer, latest, risk_parameters(rules, today))
        session.flush()
    return customer
