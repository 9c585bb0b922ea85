"""The customer register: the KYC/CDD file of individuals and legal entities.

``validate`` gives field messages; ``create``, ``update`` and ``retire`` write through the
ORM so the audit trail records every change, and reassess the customer's risk. An IIN
whose birth date or sex disagrees with the file is saved, flagged (``iin_conflict``) and
blocks approval until the officer writes an explanation (``iin_note``).
Owners, PEP status, risk, EDD and decisions, reviews and documents have their own
``customer_*`` modules; the list is ``customer_listing``; import/export ``customer_import``.
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
from ...regime.risk import risk_parameters, score
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


def _text(data: Mapping[str, Any], key: str) -> str:
    return str(data.get(key) or "").strip()


def validate(
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> dict[str, str]:
    """Field-level problems with ``data`` (empty when it can be saved)."""
    errors: dict[str, str] = {}
    kind = data.get("kind")
    home = options.home_country(rules, today)
    if kind not in CUSTOMER_KINDS:
        errors["kind"] = tr("Choose individual or legal entity.")
        return errors
    if not _text(data, "name"):
        errors["name"] = (
            tr("Enter the full name as in the ID document.")
            if kind == "individual"
            else tr("Enter the entity's name as registered.")
        )
    number = _text(data, "iin_bin")
    if kind == "individual":
        _validate_individual(data, number, home, today, errors)
    else:
        _validate_entity(data, number, home, today, errors)
    residence = _text(data, "residence").upper()
    if not residence:
        errors["residence"] = (
            tr("Enter the country of residence (ISO code, e.g. KZ).")
            if kind == "individual"
            else tr("Enter the country of registration (ISO code, e.g. KZ).")
        )
    elif not is_country(residence):
        errors["residence"] = tr("{code} is not an ISO country code.").format(code=residence)
    _validate_choices(data, rules, today, errors)
    email = _text(data, "email")
    if email and not _EMAIL.match(email):
        errors["email"] = tr("{email} is not an e-mail address.").format(email=email)
    pep = _text(data, "pep")
    if pep and pep not in PEP_KINDS:
        errors["pep"] = tr("PEP must be empty or one of: {kinds}.").format(
            kinds=", ".join(PEP_KINDS)
        )
    if session is not None and number and "iin_bin" not in errors:
        clash = same_number(session, number, editing)
        if clash is not None:
            errors["iin_bin"] = tr("Customer #{id} already has this number.").format(id=clash)
    return errors


def _validate_individual(
    data: Mapping[str, Any], number: str, home: str, today: dt.date, errors: dict[str, str]
) -> None:
    citizenship = _text(data, "citizenship").upper()
    if not citizenship:
        errors["citizenship"] = tr("Enter the citizenship (ISO code, e.g. KZ).")
    elif not is_country(citizenship):
        errors["citizenship"] = tr("{code} is not an ISO country code.").format(code=citizenship)
    if number:
        result = check_iin(number)
        if not result.valid:
            other = check_id(number)
            errors["iin_bin"] = (
                tr("This is a BIN; an individual needs an IIN.")
                if other.valid and other.kind == "BIN"
                else tr("Invalid IIN: {reason}.").format(reason=result.reason)
            )
    elif citizenship == home:
        errors["iin_bin"] = tr("A citizen of {home} has an IIN: enter it.").format(home=home)
    elif not (_text(data, "id_type") and _text(data, "id_number")):
        errors["id_number"] = tr("Without an IIN, enter the ID document's type and number.")
    birth = data.get("birth_date")
    if birth is None and not (number and "iin_bin" not in errors):
        errors["birth_date"] = tr("Enter the date of birth.")
    elif birth is not None and birth > today:
        errors["birth_date"] = tr("The date of birth cannot be in the future.")
    if _text(data, "sex") not in ("", "male", "female"):
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
        result = check_bin(number)
        if not result.valid:
            other = check_id(number)
            errors["iin_bin"] = (
                tr("This is an IIN: record an individual entrepreneur as an individual.")
                if other.valid and other.kind == "IIN"
                else tr("Invalid BIN: {reason}.").format(reason=result.reason)
            )
    elif _text(data, "residence").upper() == home:
        errors["iin_bin"] = tr("An entity registered in {home} has a BIN: enter it.").format(
            home=home
        )
    elif not _text(data, "registration_number"):
        errors["registration_number"] = tr("Without a BIN, enter the registration number.")
    registered = data.get("registered_on")
    if registered is not None and registered > today:
        errors["registered_on"] = tr("The registration date cannot be in the future.")


def _validate_choices(
    data: Mapping[str, Any], rules: RuleBook, today: dt.date, errors: dict[str, str]
) -> None:
    lists = {
        "id_type": options.id_types(rules, today),
        "product": options.products(rules, today),
        "channel": options.channels(rules, today),
        "funds_source": options.funds_sources(rules, today),
    }
    for field_name, known in lists.items():
        value = _text(data, field_name)
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
    cleaned["iin_conflict"] = False
    decoded = (
        check_iin(cleaned["iin_bin"]).iin if kind == "individual" and cleaned["iin_bin"] else None
    )
    if decoded is not None:
        cleaned["birth_date"] = cleaned["birth_date"] or decoded.birth_date
        cleaned["sex"] = cleaned["sex"] or decoded.sex
        # The same test as iin_conflicts, without decoding the number again.
        cleaned["iin_conflict"] = (cleaned["birth_date"], cleaned["sex"]) != (
            decoded.birth_date,
            decoded.sex,
        )
    return cleaned


def create(session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> Customer:
    """A new customer file (pending a decision); a ``pep`` kind in ``data`` records the
    onboarding PEP declaration (``pep_position`` its position)."""
    errors = validate(data, rules, today, session)
    if errors:
        raise ValidationFailed(errors)
    from .risk import assess, profile_from_values

    cleaned = clean(data, str(data["kind"]))
    pep = _text(data, "pep")
    # Scored before the first write, so the new file's insert already carries its tier.
    params = risk_parameters(rules, today)
    first = score(profile_from_values(cleaned, [pep] if pep else []), params)
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
    if pep:
        from .peps import add_pep

        add_pep(
            session,
            customer.id,
            {
                "kind": pep,
                "position": _text(data, "pep_position") or tr("declared at onboarding"),
                "identified_by": tr("onboarding declaration"),
            },
            rules,
            today,
            reassess=False,
        )
    from ..screening.runs import screen_saved_customer

    screen_saved_customer(session, customer, rules, today)  # first: open hits weigh in risk
    assess(session, customer, rules, today)
    return customer


def get(session: Session, customer_id: int) -> Customer:
    return records.fetch(session, Customer, customer_id, tr("customer"))


def current_values(customer: Customer) -> dict[str, Any]:
    return {name: getattr(customer, name) for name in FIELDS}


def update(
    session: Session,
    customer_id: int,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
) -> Customer:
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
    for key, value in clean(merged, customer.kind).items():
        if getattr(customer, key) != value:
            setattr(customer, key, value)
    refresh_search_text(session, customer)
    from ..screening.runs import screen_saved_customer
    from .risk import assess

    screen_saved_customer(session, customer, rules, today)  # first: open hits weigh in risk
    assess(session, customer, rules, today)
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
