"""PEP status of a customer or of one of its beneficial owners.

The kind (foreign, domestic, international organisation, family member, close associate),
position and dates in office. ``status_ends_on`` comes from the rule pack: a domestic PEP
(and their family and associates) keeps the status 12 months after leaving office; the
other kinds keep it. The PEP rules apply to domestic PEPs from 1 Jan 2022
(``customers.pep.applies_from``): before that day a domestic official was not a PEP.
The records are written here; ``onboarding`` reassesses the customer's risk after each
change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from ...i18n import tr
from ...regime.risk import (
    RiskParameters,
    pep_active,
    pep_rule_start,
    pep_status_ends,
    risk_parameters,
)
from ...regime.rulepack import RuleBook
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.pep import PEP_KINDS, PepStatus
from ..errors import ValidationFailed
from . import parts

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


def create_pep(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    *,
    owner_id: int | None = None,
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
    return record


def get_pep(session: Session, pep_id: int) -> PepStatus:
    return parts.fetch(session, PepStatus, pep_id, tr("PEP record #{id} does not exist"))


def update_pep(
    session: Session, pep_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> PepStatus:
    return parts.edit(
        session,
        get_pep(session, pep_id),
        FIELDS,
        data,
        tr("A retired PEP record cannot be edited."),
        lambda values: validate_pep(values, today),
        lambda values: clean_pep(values, rules, today),
    )


def retire_pep(session: Session, pep_id: int, reason: str) -> PepStatus:
    record = get_pep(session, pep_id)
    return parts.retire(
        session,
        record,
        reason,
        tr("Say why the PEP record is withdrawn."),
        tr("PEP record #{id} is already retired.").format(id=pep_id),
    )


def peps_of(session: Session, customer_id: int, include_retired: bool = False) -> list[PepStatus]:
    return parts.of_customer(session, PepStatus, customer_id, include_retired)


def is_active(record: PepStatus, day: dt.date, params: RiskParameters | None = None) -> bool:
    """Whether the record makes its person a PEP on ``day``; with ``params``, also whether
    the PEP rules applied to its kind by then (domestic PEPs from 1 Jan 2022)."""
    start = pep_rule_start(record.kind, record.related_kind, params) if params else None
    return record.retired_at is None and pep_active(record.status_ends_on, day, start)
