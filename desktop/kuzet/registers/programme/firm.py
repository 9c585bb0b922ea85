"""The firm profile: legal name, BIN, jurisdiction and activities, which decide what
applies (MLRO and deputy, the AML Return, retention, the mining registers).

One profile is in force at a time; ``save`` creates it the first time and edits it after,
so the audit trail keeps every earlier state.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import plural, tr
from ...regime import programme
from ...regime.ids import check_bin
from ...regime.rulepack import RuleBook
from ...store.models.firm import FirmProfile
from .shared import Register, text

FIELDS = (
    "legal_name",
    "legal_name_latin",
    "bin",
    "jurisdiction",
    "activities",
    "afsa_reference",
    "nbk_reference",
    "fiu_reference",
    "address",
    "year_end_month",
    "year_end_day",
    "notes",
)


# The registration number with the Financial Monitoring Agency, as the officer copies it
# from the FIU's notice (e.g. "АФМ-СФМ-2023-04518"): it must hold a digit.
FIU_NUMBER = re.compile(r"(?=.*\d)[\w\s./№-]{1,40}")


def profile(session: Session) -> FirmProfile | None:
    """The profile in force, or None before the first-run wizard has run."""
    query = (
        select(FirmProfile).where(FirmProfile.retired_at.is_(None)).order_by(FirmProfile.id.desc())
    )
    return session.execute(query).scalars().first()


def activity_keys(record: FirmProfile) -> list[str]:
    return list(json.loads(record.activities or "[]"))


def jurisdiction_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {k: row["label"] for k, row in programme.jurisdictions(rules, day).items()}


def activity_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {k: row["label"] for k, row in programme.activities(rules, day).items()}


def validate(data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> dict[str, str]:
    """Field-level problems with ``data`` (empty when it can be saved)."""
    errors: dict[str, str] = {}
    if not text(data.get("legal_name")):
        errors["legal_name"] = tr("Enter the firm's legal name as registered.")
    number = text(data.get("bin"))
    if not number:
        errors["bin"] = tr("Enter the firm's BIN (12 digits).")
    else:
        result = check_bin(number)
        if not result.valid:
            errors["bin"] = tr("Not a valid BIN: {reason}.").format(reason=result.reason)
    fiu = text(data.get("fiu_reference"))
    if fiu and not FIU_NUMBER.fullmatch(fiu):
        errors["fiu_reference"] = tr(
            "Enter the registration number the FIU (AFM) gave the firm, as it is written: "
            "digits, letters, spaces and - / . №, at most 40 characters; or leave it empty "
            "until the firm is registered."
        )
    if data.get("jurisdiction") not in programme.jurisdictions(rules, today):
        errors["jurisdiction"] = tr("Choose where the firm is licensed: AIFC or national.")
    chosen = list(data.get("activities") or [])
    known = programme.activities(rules, today)
    if not chosen:
        errors["activities"] = tr("Tick at least one activity.")
    elif any(a not in known for a in chosen):
        unknown = ", ".join(a for a in chosen if a not in known)
        errors["activities"] = tr("Unknown activity: {keys}.").format(keys=unknown)
    month, day = data.get("year_end_month", 12), data.get("year_end_day", 31)
    try:
        if not 1 <= int(day) <= calendar.monthrange(2001, int(month))[1]:
            raise ValueError
    except (TypeError, ValueError, calendar.IllegalMonthError):
        errors["year_end_day"] = tr("The financial year-end is not a date (day and month).")
    return errors


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {f: data.get(f) for f in FIELDS}
    for key in FIELDS:
        if key not in ("activities", "year_end_month", "year_end_day"):
            cleaned[key] = text(cleaned[key])
    cleaned["activities"] = json.dumps(list(dict.fromkeys(data.get("activities") or [])))
    cleaned["year_end_month"] = int(data.get("year_end_month") or 12)
    cleaned["year_end_day"] = int(data.get("year_end_day") or 31)
    return cleaned


PROFILE = Register(
    FirmProfile,
    FIELDS,
    _clean,
    lambda: tr("Firm profile"),
    current=lambda record: (
        {f: getattr(record, f) for f in FIELDS} | {"activities": activity_keys(record)}
    ),
)


def save(session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> FirmProfile:
    """Create the profile, or update the one in force (fields not given keep their value)."""
    current = profile(session)
    record_id = None if current is None else current.id
    return PROFILE.save(session, record_id, data, lambda merged: validate(merged, rules, today))


def requirements(session: Session, rules: RuleBook, day: dt.date) -> programme.Requirements | None:
    """What applies to the firm on ``day``, or None while it has no profile."""
    record = profile(session)
    if record is None:
        return None
    return programme.requirements(rules, record.jurisdiction, activity_keys(record), day)


@dataclass(frozen=True)
class Applies:
    """One thing the profile makes apply, with the rule it comes from."""

    what: str
    value: str
    rule: str
    source: str
    confidence: str


def what_applies(needs: programme.Requirements, rules: RuleBook, day: dt.date) -> list[Applies]:
    """The profile's consequences, each with its rule, source and confidence mark."""
    j = needs.jurisdiction
    retention_rule = programme.jurisdictions(rules, day)[j]["retention_rule"]
    yes, no = tr("required"), tr("not required")
    audit_years = rules.value("programme.audit.interval_years", day)
    items: list[tuple[str, str, str]] = [
        (tr("MLRO"), yes if needs.mlro_required else no, f"programme.{j}.mlro_required"),
        (
            tr("Deputy MLRO"),
            yes if needs.deputy_required else no,
            f"programme.{j}.deputy_mlro_required",
        ),
        (
            tr("MLRO resident in Kazakhstan"),
            yes if needs.residence_required else no,
            f"programme.{j}.mlro_residence_required",
        ),
        (
            tr("Annual AML Return"),
            tr("due {n} months after the year-end").format(n=needs.aml_return_months)
            if needs.aml_return_months
            else tr("none"),
            f"programme.{j}.aml_return_months",
        ),
        (
            tr("Record retention"),
            plural(needs.retention_years, tr("{n} year|{n} years")).format(n=needs.retention_years),
            retention_rule,
        ),
        (
            tr("Independent audit"),
            plural(audit_years, tr("every year|every {n} years")).format(n=audit_years),
            "programme.audit.interval_years",
        ),
    ]
    found = []
    for what, value, key in items:
        effective = rules.effective(key, day)
        found.append(Applies(what, value, key, tr(effective.source), effective.confidence))
    return found


def relevant_registers(needs: programme.Requirements | None) -> Sequence[str]:
    """The register pages the firm's activities need (all of them without a profile)."""
    return () if needs is None else needs.registers
