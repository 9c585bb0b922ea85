"""The staff register: name, role (which decides the required training), start and end
dates, and employee screening at hiring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.models.staff import SCREENING_RESULTS, StaffMember
from . import shared as records

FIELDS = (
    "full_name",
    "role",
    "job_title",
    "email",
    "start_date",
    "end_date",
    "screened_on",
    "screening_result",
    "screening_notes",
    "notes",
)


def role_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {row["key"]: row["label"] for row in rules.value("programme.training.roles", day)}


def screening_labels() -> dict[str, str]:
    return {"clear": tr("clear"), "concerns": tr("concerns"), "pending": tr("pending")}


def validate(data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not records.text(data.get("full_name")):
        errors["full_name"] = tr("Enter the staff member's full name.")
    if data.get("role") not in role_labels(rules, today):
        errors["role"] = tr("Choose the role: it decides which training is required.")
    records.span(
        data,
        "start_date",
        "end_date",
        errors,
        tr("Enter the start date."),
        tr("The end date cannot be before the start date."),
    )
    result = data.get("screening_result") or "pending"
    if result not in SCREENING_RESULTS:
        errors["screening_result"] = tr("Screening result must be clear, concerns or pending.")
    elif result != "pending" and data.get("screened_on") is None:
        errors["screened_on"] = tr("Enter the date of the screening.")
    records.not_future(data.get("screened_on"), today, "screened_on", errors)
    email = records.text(data.get("email"))
    if email and ("@" not in email or " " in email):
        errors["email"] = tr("Not an e-mail address.")
    return errors


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    texts = ("full_name", "job_title", "email", "screening_notes", "notes")
    cleaned = records.cleaned(data, FIELDS, texts)
    cleaned["full_name"] = " ".join(cleaned["full_name"].split())
    cleaned["screening_result"] = cleaned["screening_result"] or "pending"
    cleaned["search_text"] = records.fold(
        cleaned["full_name"], cleaned["job_title"], cleaned["email"]
    )
    return cleaned


STAFF = records.Register(
    StaffMember,
    FIELDS,
    _clean,
    lambda: tr("staff member"),
    check=lambda data, rules, today, _session, _editing: validate(data, rules, today),
)
create, update, get, retire = STAFF.create, STAFF.update, STAFF.get, STAFF.retire
