"""PEP status of a customer or of one of its beneficial owners.

The kind (foreign, domestic, international organisation, family member, close associate),
position and dates in office. ``status_ends_on`` comes from the rule pack: a domestic PEP
(and their family and associates) keeps the status 12 months after leaving office; the
other kinds keep it. Every change reassesses the customer's risk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.risk import RiskParameters, pep_active, pep_status_ends, risk_parameters
from ...regime.rulepack import RuleBook
from ...store.audit import utc_now
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.pep import PEP_KINDS, PepStatus
from ..errors import NotFound, ValidationFailed

FIELDS = (
    "kind",
    "related_kind",
    "related_person",
    "position",
    "organisation",
    "took_office",
    "left_office",
    "identified_by",
    "notes",
)
RELATED_KINDS = ("family", "associate")


def validate_pep(data: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    kind = data.get("kind")
    if kind not in PEP_KINDS:
        errors["kind"] = tr("Choose the PEP category.")
    if kind in RELATED_KINDS:
        if data.get("related_kind") not in ("foreign", "domestic", "international"):
            errors["related_kind"] = tr("Say what kind of PEP the related person is.")
        if not str(data.get("related_person") or "").strip():
            errors["related_person"] = tr("Name the PEP and the relation (e.g. spouse of ...).")
    elif not str(data.get("position") or "").strip():
        errors["position"] = tr("Enter the public position held.")
    took, left = data.get("took_office"), data.get("left_office")
    if took is not None and took > today:
        errors["took_office"] = tr("The start in office cannot be in the future.")
    if left is not None and left > today:
        errors["left_office"] = tr("Leaving office cannot be in the future.")
    if took is not None and left is not None and left < took:
        errors["left_office"] = tr("Leaving office cannot come before taking it.")
    return errors


def clean_pep(
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    params: RiskParameters | None = None,
) -> dict[str, Any]:
    cleaned = {name: data.get(name) for name in FIELDS}
    for name in FIELDS:
        if name not in ("took_office", "left_office"):
            cleaned[name] = str(cleaned[name] or "").strip()
    if cleaned["kind"] not in RELATED_KINDS:
        cleaned["related_kind"] = ""
        cleaned["related_person"] = ""
    params = params or risk_parameters(rules, today)
    cleaned["status_ends_on"] = pep_status_ends(
        cleaned["kind"], cleaned["related_kind"], cleaned["left_office"], params
    )
    return cleaned


def add_pep(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    owner_id: int | None = None,
    reassess: bool = True,
) -> PepStatus:
    """Record PEP status for the customer, or for its owner ``owner_id``."""
    errors = validate_pep(data, today)
    if owner_id is not None:
        owner = session.get(BeneficialOwner, owner_id)
        if owner is None or owner.customer_id != customer_id:
            errors[""] = tr("Owner #{id} is not an owner of this customer.").format(id=owner_id)
    if errors:
        raise ValidationFailed(errors)
    record = PepStatus(customer_id=customer_id, owner_id=owner_id, **clean_pep(data, rules, today))
    session.add(record)
    session.flush()
    if reassess:
        _reassess(session, customer_id, rules, today)
    return record


def get_pep(session: Session, pep_id: int) -> PepStatus:
    record = session.get(PepStatus, pep_id)
    if record is None:
        raise NotFound(tr("PEP record #{id} does not exist").format(id=pep_id))
    return record


def update_pep(
    session: Session, pep_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> PepStatus:
    record = get_pep(session, pep_id)
    if record.retired:
        raise ValidationFailed({"": tr("A retired PEP record cannot be edited.")})
    merged = {name: getattr(record, name) for name in FIELDS} | {
        k: v for k, v in data.items() if k in FIELDS
    }
    errors = validate_pep(merged, today)
    if errors:
        raise ValidationFailed(errors)
    for key, value in clean_pep(merged, rules, today).items():
        if getattr(record, key) != value:
            setattr(record, key, value)
    session.flush()
    _reassess(session, record.customer_id, rules, today)
    return record


def retire_pep(
    session: Session, pep_id: int, reason: str, rules: RuleBook, today: dt.date
) -> PepStatus:
    record = get_pep(session, pep_id)
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the PEP record is withdrawn.")})
    if record.retired:
        raise ValidationFailed({"": tr("PEP record #{id} is already retired.").format(id=pep_id)})
    record.retired_at = utc_now()
    record.retired_reason = reason.strip()
    session.flush()
    _reassess(session, record.customer_id, rules, today)
    return record


def peps_of(session: Session, customer_id: int, include_retired: bool = False) -> list[PepStatus]:
    query = select(PepStatus).where(PepStatus.customer_id == customer_id)
    if not include_retired:
        query = query.where(PepStatus.retired_at.is_(None))
    return list(session.execute(query.order_by(PepStatus.id)).scalars())


def is_active(record: PepStatus, day: dt.date) -> bool:
    return record.retired_at is None and pep_active(record.status_ends_on, day)


def _reassess(session: Session, customer_id: int, rules: RuleBook, today: dt.date) -> None:
    from .customer_file import get
    from .risk import assess

    assess(session, get(session, customer_id), rules, today)
