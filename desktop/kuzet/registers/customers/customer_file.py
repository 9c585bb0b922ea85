"""The customer file itself: the KYC/CDD record of an individual or a legal entity.

``validate`` gives field messages; ``create_record``, ``update_record`` and ``retire``
write the record through the ORM, so the audit trail records every change. They neither
screen the customer nor reassess its risk: ``onboarding`` takes that one step after every
change, for the window, the commands, the imports and the demo alike. An IIN whose birth
date or sex disagrees with the file is saved, flagged (``iin_conflict``) and blocks
approval until the officer writes an explanation (``iin_note``).

This module is the bottom of the customers area: owners, PEP status, risk, EDD, reviews
and documents build on it, and it imports none of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.countries import is_country
from ...regime.ids import check_bin, check_id, check_iin, iin_agrees
from ...regime.risk import RiskProfile, risk_parameters, score
from ...regime.rulepack import RuleBook
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import CUSTOMER_KINDS, Customer
from ...store.models.pep import PEP_KINDS, PepStatus
from .. import records
from ..errors import ValidationFailed
from . import options

INDIVIDUAL_FIELDS = (
    "birth_date",
    "sex",
    "citizenship",
    "id_type",
    "id_number",
    "id_issuer",
    "id_issued_on",
    "id_expires_on",
    "occupation",
)
ENTITY_FIELDS = ("registration_number", "registered_on", "directors")
COMMON_FIELDS = (
    "name",
    "name_latin",
    "iin_bin",
    "residence",
    "address",
    "phone",
    "email",
    "purpose",
    "funds_source",
    "source_of_funds",
    "product",
    "channel",
    "iin_note",
    "notes",
)
FIELDS = ("kind", *COMMON_FIELDS, *INDIVIDUAL_FIELDS, *ENTITY_FIELDS)
DATE_FIELDS = tuple(f for f in FIELDS if f.endswith(("_date", "_on")))

# Kazakh letters folded to their Russian look-alikes, so "Касымов" finds "Қасымов".
_FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")
_SPACES = re.compile(r"\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def fold(text: str) -> str:
    """Casefolded, Kazakh letters folded, spaces collapsed: how names are searched."""
    return _SPACES.sub(" ", text.casefold().translate(_FOLD)).strip()


def search_text_of(values: Mapping[str, Any], owner_names: Sequence[str] = ()) -> str:
    """The searchable text of a customer's values (both names, IIN/BIN, registration
    number) and its owners' names."""
    parts = [values.get(k) or "" for k in ("name", "name_latin", "iin_bin", "registration_number")]
    return "\n".join(fold(p) for p in (*parts, *owner_names) if p)


def refresh_search_text(session: Session, customer: Customer) -> None:
    """Recompute the searchable text (both names, IIN/BIN, owners' names)."""
    with session.no_autoflush:  # the caller's pending changes go out with its own flush
        owners = session.execute(
            select(BeneficialOwner.name, BeneficialOwner.name_latin).where(
                BeneficialOwner.customer_id == customer.id, BeneficialOwner.retired_at.is_(None)
            )
        ).all()
    names = [n for row in owners for n in row if n]
    text = search_text_of(current_values(customer), names)
    if customer.search_text != text:
        customer.search_text = text


def text_of(data: Mapping[str, Any], key: str) -> str:
    return str(data.get(key) or "").strip()


# --- validation ------------------------------------------------------------------------


def validate(
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    session: Session | None = None,
    *,
    editing: int | None = None,
) -> dict[str, str]:
    """Field-level problems with a customer file's ``data`` (empty when it can be saved)."""
    kind = data.get("kind")
    if kind not in CUSTOMER_KINDS:
        return {"kind": tr("Choose individual or legal entity.")}
    errors: dict[str, str] = {}
    home = options.home_country(rules, today)
    if not text_of(data, "name"):
        errors["name"] = (
            tr("Enter the full name as in the ID document.")
            if kind == "individual"
            else tr("Enter the entity's name as registered.")
        )
    number = text_of(data, "iin_bin")
    if kind == "individual":
        _validate_individual(data, number, home, today, errors)
    else:
        _validate_entity(data, number, home, today, errors)
    residence = text_of(data, "residence").upper()
    if not residence:
        errors["residence"] = (
            tr("Enter the country of residence (ISO code, e.g. KZ).")
            if kind == "individual"
            else tr("Enter the country of registration (ISO code, e.g. KZ).")
        )
    elif not is_country(residence):
        errors["residence"] = tr("{code} is not an ISO country code.").format(code=residence)
    _validate_choices(data, rules, today, errors)
    email = text_of(data, "email")
    if email and not _EMAIL.match(email):
        errors["email"] = tr("{email} is not an e-mail address.").format(email=email)
    pep_problem = declared_pep_problem(data)
    if pep_problem:
        errors["pep"] = pep_problem
    if session is not None and number and "iin_bin" not in errors:
        clash = same_number(session, number, editing)
        if clash is not None:
            errors["iin_bin"] = tr("Customer #{id} already has this number.").format(id=clash)
    return errors


def declared_pep_problem(data: Mapping[str, Any]) -> str:
    """What is wrong with a PEP declaration (``pep``: empty or a kind), "" when nothing."""
    pep = text_of(data, "pep")
    if pep and pep not in PEP_KINDS:
        return tr("PEP must be empty or one of: {kinds}.").format(kinds=", ".join(PEP_KINDS))
    return ""


def number_problem(number: str, wanted: str, other_kind: str) -> str:
    """Why ``number`` is not a valid IIN (``wanted`` "IIN") or BIN, "" when it is;
    ``other_kind`` is the message for a valid number of the other kind."""
    result = check_iin(number) if wanted == "IIN" else check_bin(number)
    if result.valid:
        return ""
    other = check_id(number)
    if other.valid and other.kind != wanted:
        return other_kind
    if wanted == "IIN":
        return tr("Invalid IIN: {reason}.").format(reason=result.reason)
    return tr("Invalid BIN: {reason}.").format(reason=result.reason)


def iin_problem(number: str, citizenship: str, home: str, other_kind: str) -> str:
    """What is wrong with a person's IIN, "" when nothing: not valid, a BIN, or missing
    for a citizen of the home country (a customer's or a beneficial owner's)."""
    if number:
        return number_problem(number, "IIN", other_kind)
    if citizenship == home:
        return tr("A citizen of {home} has an IIN: enter it.").format(home=home)
    return ""


def _validate_individual(
    data: Mapping[str, Any], number: str, home: str, today: dt.date, errors: dict[str, str]
) -> None:
    citizenship = text_of(data, "citizenship").upper()
    if not citizenship:
        errors["citizenship"] = tr("Enter the citizenship (ISO code, e.g. KZ).")
    elif not is_country(citizenship):
        errors["citizenship"] = tr("{code} is not an ISO country code.").format(code=citizenship)
    problem = iin_problem(
        number, citizenship, home, tr("This is a BIN; an individual needs an IIN.")
    )
    if problem:
        errors["iin_bin"] = problem
    elif not number and not (text_of(data, "id_type") and text_of(data, "id_number")):
        errors["id_number"] = tr("Without an IIN, enter the ID document's type and number.")
    birth = data.get("birth_date")
    if birth is None and not (number and "iin_bin" not in errors):
        errors["birth_date"] = tr("Enter the date of birth.")
    elif birth is not None and birth > today:
        errors["birth_date"] = tr("The date of birth cannot be in the future.")
    if text_of(data, "sex") not in ("", "male", "female"):
        errors["sex"] = tr("Sex is male or female.")
    issued, expires = data.get("id_issued_on"), data.get("id_expires_on")
    if issued is not None and issued > today:
        errors["id_issued_on"] = tr("The issue date cannot be in the future.")
    if issued is not None and expires is not None and expires <= issued:
        errors["id_expires_on"] = tr("The expiry must be after the issue date.")


def _validate_entity(
    data: Mapping[str, Any], number: str, home: str, today: dt.date, errors: dict[str, str]
) -> None:
    if number:
        problem = number_problem(
            number,
            "BIN",
            tr("This is an IIN: record an individual entrepreneur as an individual."),
        )
        if problem:
            errors["iin_bin"] = problem
    elif text_of(data, "residence").upper() == home:
        errors["iin_bin"] = tr("An entity registered in {home} has a BIN: enter it.").format(
            home=home
        )
    elif not text_of(data, "registration_number"):
        errors["registration_number"] = tr("Without a BIN, enter the registration number.")
    registered = data.get("registered_on")
    if registered is not None and registered > today:
        errors["registered_on"] = tr("The registration date cannot be in the future.")


def _validate_choices(
    data: Mapping[str, Any], rules: RuleBook, today: dt.date, errors: dict[str, str]
) -> None:
    lists = {
        "id_type": options.id_types(rules, today),
        **options.risk_choices(rules, today),
    }
    for field_name, known in lists.items():
        value = text_of(data, field_name)
        if value and value not in known:
            errors[field_name] = tr("Unknown choice {value!r}; expected one of {keys}.").format(
                value=value, keys=", ".join(known)
            )


def same_number(session: Session, number: str, editing: int | None = None) -> int | None:
    """The id of another active customer with this IIN/BIN, if any."""
    query = select(Customer.id).where(Customer.iin_bin == number, Customer.retired_at.is_(None))
    if editing is not None:
        query = query.where(Customer.id != editing)
    return session.execute(query).scalars().first()


def iin_conflicts(kind: str, number: str, birth: dt.date | None, sex: str) -> list[str]:
    """Where an individual's valid IIN disagrees with the file's birth date or sex."""
    if kind != "individual" or not number or not check_iin(number).valid:
        return []
    return iin_agrees(number, birth, sex or None)


def fill_from_iin(cleaned: dict[str, Any], number: str) -> bool:
    """Birth date and sex from a valid IIN where ``cleaned`` leaves them empty; True when
    they disagree with what the IIN encodes (a customer's or a beneficial owner's)."""
    decoded = check_iin(number).iin if number else None
    if decoded is None:
        return False
    cleaned["birth_date"] = cleaned["birth_date"] or decoded.birth_date
    cleaned["sex"] = cleaned["sex"] or decoded.sex
    return (cleaned["birth_date"], cleaned["sex"]) != (decoded.birth_date, decoded.sex)


def clean(data: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """The stored form: text stripped, codes upper case, the other kind's fields empty,
    birth date and sex taken from a valid IIN when the file leaves them empty."""
    cleaned: dict[str, Any] = {"kind": kind}
    for name in FIELDS[1:]:
        value = data.get(name)
        cleaned[name] = value if name in DATE_FIELDS else str(value or "").strip()
    for code in ("citizenship", "residence"):
        cleaned[code] = cleaned[code].upper()
    other = ENTITY_FIELDS if kind == "individual" else INDIVIDUAL_FIELDS
    for name in other:
        cleaned[name] = None if name in DATE_FIELDS else ""
    number = cleaned["iin_bin"] if kind == "individual" else ""
    cleaned["iin_conflict"] = fill_from_iin(cleaned, number)
    return cleaned


def profile_from_values(
    values: Mapping[str, Any], pep_kinds: Sequence[str], places: Sequence[str] = ()
) -> RiskProfile:
    """The risk profile of a file not yet in the database (a new customer, an import row)."""
    where = [values.get("citizenship") or "", values.get("residence") or "", *places]
    return RiskProfile(
        kind=str(values["kind"]),
        pep_kinds=tuple(pep_kinds),
        jurisdictions=tuple(p for p in where if p),
        product=str(values.get("product") or ""),
        channel=str(values.get("channel") or ""),
        funds_source=str(values.get("funds_source") or ""),
        open_hits=0,
    )


# --- the record ---------------------------------------------------------------------------


def create_record(
    session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> Customer:
    """A new customer file, pending a decision. A ``pep`` kind in ``data`` counts in its
    first score; ``onboarding.create_customer`` records the declaration itself, screens
    the file and assesses its risk."""
    errors = validate(data, rules, today, session)
    if errors:
        raise ValidationFailed(errors)
    cleaned = clean(data, str(data["kind"]))
    pep = text_of(data, "pep")
    # Scored before the first write, so the new file's insert already carries its tier.
    first = score(profile_from_values(cleaned, [pep] if pep else []), risk_parameters(rules, today))
    customer = Customer(
        **cleaned,
        status="pending",
        search_text=search_text_of(cleaned),
        risk_score=first.score,
        risk_tier=first.tier,
        risk_assessed_on=today,
    )
    session.add(customer)
    session.flush()
    return customer


def get(session: Session, customer_id: int) -> Customer:
    return records.fetch(session, Customer, customer_id, tr("customer"))


def current_values(customer: Customer) -> dict[str, Any]:
    return {name: getattr(customer, name) for name in FIELDS}


def update_record(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
) -> Customer:
    """Change the file's fields (not yet flushed: ``onboarding.update_customer`` refreshes
    its search text, screens and reassesses it, so one edit is one trail entry)."""
    customer = get(session, customer_id)
    if customer.retired:
        raise ValidationFailed({"": tr("A retired customer file cannot be edited.")})
    if data.get("kind", customer.kind) != customer.kind:
        raise ValidationFailed(
            {"kind": tr("An individual cannot become an entity: open a new customer file.")}
        )
    merged = current_values(customer) | {k: v for k, v in data.items() if k in FIELDS}
    errors = validate(merged, rules, today, session, editing=customer_id)
    if errors:
        raise ValidationFailed(errors)
    records.assign(customer, clean(merged, customer.kind))
    return customer


def explain_iin(session: Session, customer_id: int, note: str) -> Customer:
    """Record why the IIN disagrees with the file (unblocks approval)."""
    customer = get(session, customer_id)
    if not note.strip():
        raise ValidationFailed({"iin_note": tr("Write why the IIN and the file disagree.")})
    customer.iin_note = note.strip()
    session.flush()
    return customer


def retire(session: Session, customer_id: int, reason: str) -> Customer:
    return records.retire(session, Customer, customer_id, reason, tr("customer file"))


def active_peps(session: Session, customer_id: int, day: dt.date) -> list[PepStatus]:
    """PEP records of the customer and its owners whose status lasts on ``day`` (an owner's
    records are retired with the owner)."""
    query = select(PepStatus).where(
        PepStatus.customer_id == customer_id,
        PepStatus.retired_at.is_(None),
        (PepStatus.status_ends_on.is_(None)) | (PepStatus.status_ends_on >= day),
    )
    return list(session.execute(query).scalars())
