"""Beneficial owners of legal-entity customers.

A natural person owning the threshold share or more (rule
``customers.beneficial_owner.threshold_percent``, 25%), or exercising control otherwise.
Each owner is a person with an IIN (checked against the birth date and sex like a
customer's), PEP status of their own (``peps``) and screening of their own. The records
are written here; ``onboarding`` refreshes the customer's search text, screens it and
reassesses its risk after each change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.countries import is_country
from ...regime.risk import ownership_is_beneficial
from ...regime.rulepack import RuleBook
from ...store.audit import utc_now
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.pep import PepStatus
from ..errors import ValidationFailed
from . import options, parts
from .customer_file import declared_pep_problem, fill_from_iin, fold, get, iin_problem, text_of
from .peps import create_pep

FIELDS = (
    "name",
    "name_latin",
    "iin",
    "birth_date",
    "sex",
    "citizenship",
    "residence",
    "id_type",
    "id_number",
    "id_expires_on",
    "ownership_percent",
    "control",
    "control_note",
    "iin_note",
    "notes",
)
HUNDRED = Decimal(100)


def percent_text(value: Decimal) -> str:
    """25, 12.5 or 100: a share as written (never 1E+2)."""
    return format(value.normalize(), "f")


def share_of(value: Any) -> Decimal:
    """A share as typed ("12,5" or "12.5"); ``ArithmeticError`` when it is no number."""
    return Decimal(str(value).replace(",", "."))


def threshold(rules: RuleBook, day: dt.date) -> Decimal:
    return Decimal(str(rules.value("customers.beneficial_owner.threshold_percent", day)))


def validate_owner(
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    session: Session | None = None,
    *,
    customer_id: int | None = None,
    editing: int | None = None,
) -> dict[str, str]:
    """Field-level problems with a beneficial owner's ``data`` (empty when it can be saved);
    with ``session`` and ``customer_id``, the shares of all owners must stay within 100%."""
    errors: dict[str, str] = {}
    home = options.home_country(rules, today)
    if not str(data.get("name") or "").strip():
        errors["name"] = tr("Enter the owner's full name as in the ID document.")
    number = str(data.get("iin") or "").strip()
    citizenship = str(data.get("citizenship") or "").strip().upper()
    problem = iin_problem(
        number, citizenship, home, tr("This is a BIN: a beneficial owner is a natural person.")
    )
    if problem:
        errors["iin"] = problem
    for code_field in ("citizenship", "residence"):
        code = str(data.get(code_field) or "").strip().upper()
        if code and not is_country(code):
            errors[code_field] = tr("{code} is not an ISO country code.").format(code=code)
    if not citizenship:
        errors["citizenship"] = tr("Enter the citizenship (ISO code, e.g. KZ).")
    birth = data.get("birth_date")
    if birth is not None and birth > today:
        errors["birth_date"] = tr("The date of birth cannot be in the future.")
    percent = data.get("ownership_percent")
    if percent is not None and not isinstance(percent, Decimal):
        try:
            percent = share_of(percent)
        except ArithmeticError:
            errors["ownership_percent"] = tr("Enter the share as a number of percent.")
            percent = None
    if percent is not None and not Decimal(0) <= percent <= HUNDRED:
        errors["ownership_percent"] = tr("The share is between 0 and 100 percent.")
    elif "ownership_percent" not in errors and not ownership_is_beneficial(
        percent, bool(data.get("control")), threshold(rules, today)
    ):
        errors["ownership_percent"] = tr(
            "Below {limit}% and no control: not a beneficial owner. Record control, or the share."
        ).format(limit=percent_text(threshold(rules, today)))
    if data.get("control") and not str(data.get("control_note") or "").strip():
        errors["control_note"] = tr("Say how the person exercises control.")
    if session is not None and customer_id is not None and percent is not None:
        others = _other_shares(session, customer_id, editing)
        if others + percent > HUNDRED:
            errors["ownership_percent"] = tr(
                "The owners' shares would add up to {total}%, more than 100%."
            ).format(total=percent_text(others + percent))
    return errors


def _other_shares(session: Session, customer_id: int, editing: int | None) -> Decimal:
    query = select(BeneficialOwner).where(
        BeneficialOwner.customer_id == customer_id, BeneficialOwner.retired_at.is_(None)
    )
    return sum(
        (
            o.ownership_percent or Decimal(0)
            for o in session.execute(query).scalars()
            if o.id != editing
        ),
        Decimal(0),
    )


def clean_owner(data: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name in FIELDS:
        value = data.get(name)
        if name in ("birth_date", "id_expires_on"):
            cleaned[name] = value
        elif name == "ownership_percent":
            cleaned[name] = None if value in (None, "") else share_of(value)
        elif name == "control":
            cleaned[name] = bool(value)
        else:
            cleaned[name] = str(value or "").strip()
    cleaned["citizenship"] = cleaned["citizenship"].upper()
    cleaned["residence"] = cleaned["residence"].upper()
    cleaned["iin_conflict"] = fill_from_iin(cleaned, cleaned["iin"])
    cleaned["search_text"] = "\n".join(
        fold(p) for p in (cleaned["name"], cleaned["name_latin"], cleaned["iin"]) if p
    )
    return cleaned


def create_owner(
    session: Session, customer_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> BeneficialOwner:
    """Record a beneficial owner; ``pep`` (a kind) and ``pep_position`` in ``data`` record
    the owner's PEP status at the same time."""
    customer = get(session, customer_id)
    if customer.kind != "entity":
        raise ValidationFailed({"": tr("Only a legal entity has beneficial owners.")})
    errors = validate_owner(data, rules, today, session, customer_id=customer_id)
    pep_problem = declared_pep_problem(data)
    if pep_problem:
        errors["pep"] = pep_problem
    if errors:
        raise ValidationFailed(errors)
    owner = BeneficialOwner(customer_id=customer_id, **clean_owner(data))
    session.add(owner)
    session.flush()
    pep = text_of(data, "pep")
    if pep:
        create_pep(
            session,
            customer_id,
            {"kind": pep, "position": str(data.get("pep_position") or "") or tr("declared")},
            rules,
            today,
            owner_id=owner.id,
        )
    return owner


def get_owner(session: Session, owner_id: int) -> BeneficialOwner:
    return parts.fetch(
        session, BeneficialOwner, owner_id, tr("beneficial owner #{id} does not exist")
    )


def update_owner(
    session: Session, owner_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> BeneficialOwner:
    owner = get_owner(session, owner_id)
    return parts.edit(
        session,
        owner,
        FIELDS,
        data,
        tr("A retired owner cannot be edited."),
        lambda values: validate_owner(
            values, rules, today, session, customer_id=owner.customer_id, editing=owner_id
        ),
        clean_owner,
    )


def retire_owner(session: Session, owner_id: int, reason: str) -> BeneficialOwner:
    """Retire the owner, and the owner's PEP records with it."""
    owner = get_owner(session, owner_id)
    now = utc_now()
    parts.retire(
        session,
        owner,
        reason,
        tr("Say why the person is no longer an owner."),
        tr("Owner #{id} is already retired.").format(id=owner_id),
        now,
    )
    for record in session.execute(
        select(PepStatus).where(PepStatus.owner_id == owner_id, PepStatus.retired_at.is_(None))
    ).scalars():
        record.retired_at = now
        record.retired_reason = tr("the person is no longer an owner: {reason}").format(
            reason=reason.strip()
        )
    session.flush()
    return owner


def owners_of(
    session: Session, customer_id: int, include_retired: bool = False
) -> list[BeneficialOwner]:
    return parts.of_customer(session, BeneficialOwner, customer_id, include_retired)
