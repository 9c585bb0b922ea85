"""The licence register: licences, registrations and permits, with their expiries.

The pattern every register follows: ``validate`` gives field-level messages; ``create``,
``update`` and ``retire`` write through the ORM (so the audit trail records each change);
``LicenceListing`` filters and sorts in SQL for the page; ``import_file`` is all or
nothing; ``deadlines`` feeds the dashboard and the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case, literal, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.dates import add_years
from ...regime.rulepack import RuleBook, RuleNotInForce
from ...regime.severity import HIGH, MEDIUM
from ...store.models import LICENCE_STATUSES, Licence
from .. import deadlines as deadline_registry
from .. import records
from ..errors import FirstLines, ImportRejected, RowProblem, ValidationFailed
from ..listing import Column, Filter, ListQuery, RecordListing, export_listing
from ..tabular import SourceRow, parse_optional_date, read_rows

FIELDS = (
    "licence_type",
    "number",
    "issuer",
    "issued_on",
    "expires_on",
    "conditions",
    "status",
    "suspended_from",
    "suspended_to",
    "notes",
)
IMPORT_FIELDS = ("type", *FIELDS[1:])
IMPORT_REQUIRED = ("type", "number", "issuer", "issued_on")
DISPLAY_STATUSES = ("active", "suspended", "revoked", "expired")


@dataclass(frozen=True)
class LicenceType:
    key: str
    label: str
    regulator: str
    term_rule: str | None


def licence_types(rules: RuleBook, day: dt.date) -> list[LicenceType]:
    return [
        LicenceType(row["key"], row["label"], row.get("regulator", ""), row.get("term_rule"))
        for row in rules.value("licence.types", day)
    ]


def type_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {t.key: t.label for t in licence_types(rules, day)}


def default_expiry(licence_type: str, issued_on: dt.date, rules: RuleBook) -> dt.date | None:
    """The legal term's end where the law sets one (3 years for mining), else None."""
    for kind in licence_types(rules, issued_on):
        if kind.key == licence_type and kind.term_rule:
            try:
                years = int(rules.value(kind.term_rule, issued_on))
            except RuleNotInForce:
                return None
            return add_years(issued_on, years)
    return None


def status_label(status: str) -> str:
    """A status as the officer reads it, in the UI's language."""
    labels = {
        "active": tr("active"),
        "suspended": tr("suspended"),
        "revoked": tr("revoked"),
        "expired": tr("expired"),
    }
    return labels.get(status, status)


def effective_status(licence: Licence, today: dt.date) -> str:
    if licence.status == "revoked":
        return "revoked"
    if licence.expires_on is not None and licence.expires_on < today:
        return "expired"
    if licence.status == "suspended" and _suspended_on(licence, today):
        return "suspended"
    return "active"


def _suspended_on(licence: Licence, today: dt.date) -> bool:
    started = licence.suspended_from is None or licence.suspended_from <= today
    ended = licence.suspended_to is not None and licence.suspended_to < today
    return started and not ended


def validate(
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> dict[str, str]:
    """Field-level problems with ``data`` (empty when it can be saved)."""
    errors: dict[str, str] = {}
    kinds = {t.key for t in licence_types(rules, today)}
    if not data.get("licence_type"):
        errors["licence_type"] = tr("Choose the licence type.")
    elif data["licence_type"] not in kinds:
        errors["licence_type"] = tr("Unknown licence type {type!r}.").format(
            type=data["licence_type"]
        )
    if not str(data.get("number") or "").strip():
        errors["number"] = tr("Enter the licence number as printed on the licence.")
    if not str(data.get("issuer") or "").strip():
        errors["issuer"] = tr("Enter who issued it (e.g. AFSA, NBK, MDDIAI).")
    issued = data.get("issued_on")
    if issued is None:
        errors["issued_on"] = tr("Enter the issue date.")
    elif issued > today:
        errors["issued_on"] = tr("The issue date cannot be in the future.")
    expires = data.get("expires_on")
    if issued is not None and expires is not None and expires <= issued:
        errors["expires_on"] = tr("The expiry must be after the issue date.")
    status = data.get("status") or "active"
    if status not in LICENCE_STATUSES:
        errors["status"] = tr("Status must be one of {statuses}.").format(
            statuses=", ".join(LICENCE_STATUSES)
        )
    if status == "suspended" and data.get("suspended_from") is None:
        errors["suspended_from"] = tr("A suspension needs its start date.")
    start, end = data.get("suspended_from"), data.get("suspended_to")
    if start is not None and end is not None and end < start:
        errors["suspended_to"] = tr("The suspension cannot end before it starts.")
    if session is not None and "number" not in errors and "licence_type" not in errors:
        clash = _same_number(session, data["licence_type"], str(data["number"]).strip(), editing)
        if clash is not None:
            errors["number"] = tr("Licence #{id} already has this type and number.").format(
                id=clash
            )
    return errors


def _same_number(session: Session, kind: str, number: str, editing: int | None) -> int | None:
    query = select(Licence.id).where(
        Licence.licence_type == kind, Licence.number == number, Licence.retired_at.is_(None)
    )
    if editing is not None:
        query = query.where(Licence.id != editing)
    return session.execute(query).scalars().first()


def _clean(data: Mapping[str, Any], rules: RuleBook) -> dict[str, Any]:
    cleaned = {f: data.get(f) for f in FIELDS}
    for text_field in ("number", "issuer", "conditions", "notes"):
        cleaned[text_field] = str(cleaned[text_field] or "").strip()
    cleaned["status"] = cleaned["status"] or "active"
    if cleaned["status"] != "suspended":
        cleaned["suspended_from"] = cleaned["suspended_to"] = None
    if cleaned["expires_on"] is None and cleaned["issued_on"] is not None:
        cleaned["expires_on"] = default_expiry(cleaned["licence_type"], cleaned["issued_on"], rules)
    return cleaned


def create(session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> Licence:
    errors = validate(data, rules, today, session)
    if errors:
        raise ValidationFailed(errors)
    licence = Licence(**_clean(data, rules))
    session.add(licence)
    session.flush()
    return licence


def get(session: Session, licence_id: int) -> Licence:
    return records.fetch(session, Licence, licence_id, tr("licence"))


def update(
    session: Session, licence_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> Licence:
    licence = records.editable(session, Licence, licence_id, tr("licence"))
    merged = {f: getattr(licence, f) for f in FIELDS} | dict(data)
    errors = validate(merged, rules, today, session, editing=licence_id)
    if errors:
        raise ValidationFailed(errors)
    for key, value in _clean(merged, rules).items():
        setattr(licence, key, value)
    session.flush()
    return licence


def retire(session: Session, licence_id: int, reason: str) -> Licence:
    return records.retire(session, Licence, licence_id, reason, tr("licence"))


# --- the list ---------------------------------------------------------------------------


def _status_sql(today: dt.date) -> Any:
    t = Licence.__table__.c
    suspended_now = (
        (t.status == "suspended")
        & or_(t.suspended_from.is_(None), t.suspended_from <= today)
        & or_(t.suspended_to.is_(None), t.suspended_to >= today)
    )
    return case(
        (t.status == "revoked", literal("revoked")),
        ((t.expires_on.is_not(None)) & (t.expires_on < today), literal("expired")),
        (suspended_now, literal("suspended")),
        else_=literal("active"),
    )


class LicenceListing(RecordListing):
    """The Licences page: filter by status and type, search number, issuer and conditions."""

    model = Licence
    columns = (
        Column("type", "Type"),
        Column("number", "Number"),
        Column("issuer", "Issuer"),
        Column("issued_on", "Issued", "right"),
        Column("expires_on", "Expires", "right"),
        Column("days_left", "Days left", "right"),
        Column("status", "Status"),
        Column("conditions", "Conditions"),
    )
    default_sort = ("expires_on", False)
    search_columns = ("number", "issuer", "conditions", "notes")

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today
        self.labels = {k: tr(v) for k, v in type_labels(rules, today).items()}

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "status",
                "Status",
                (
                    ("", "Any status"),
                    *((s, status_label(s).capitalize()) for s in DISPLAY_STATUSES),
                ),
            ),
            Filter("type", "Type", (("", "Any type"), *self.labels.items())),
        ]

    def where(self, query: ListQuery) -> list[Any]:
        conditions = []
        if query.filters.get("status"):
            conditions.append(_status_sql(self.today) == query.filters["status"])
        if query.filters.get("type"):
            conditions.append(self.table.licence_type == query.filters["type"])
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return super().sort_columns() | {
            "type": t.licence_type,
            "days_left": t.expires_on,
            "status": _status_sql(self.today),
        }

    def tone(self, values: tuple[Any, ...]) -> str | None:
        """How the page colours a row: expired or suspended high, due within 30 days medium
        (the findings ``licence_expired``, ``licence_suspended``, ``licence_expiring``)."""
        days, status = values[5], values[6]
        retired = tr("retired ({status})").partition("{")[0]
        if status.startswith(retired) or status == status_label("revoked"):
            return "muted"
        if status == status_label("expired") or status.startswith(status_label("suspended")):
            return HIGH
        if days is not None and days <= 30:
            return MEDIUM
        return None

    def row(self, licence: Licence) -> tuple[Any, ...]:
        days = (licence.expires_on - self.today).days if licence.expires_on else None
        state = effective_status(licence, self.today)
        status = status_label(state)
        if licence.retired:
            status = tr("retired ({status})").format(status=status)
        elif state == "suspended" and licence.suspended_to:
            status = tr("suspended to {date}").format(date=f"{licence.suspended_to:%d.%m.%Y}")
        return (
            self.labels.get(licence.licence_type, licence.licence_type),
            licence.number,
            licence.issuer,
            licence.issued_on,
            licence.expires_on,
            days,
            status,
            licence.conditions,
        )


def export(session: Session, path: Path, listing: LicenceListing, query: ListQuery) -> int:
    """Write the licences matching ``query`` (in its order) to CSV or XLSX."""
    return export_listing(session, path, listing, query, sheet="Licences")


# --- import ------------------------------------------------------------------------------


def import_file(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
) -> int:
    """Import licences from CSV or XLSX: every row valid, or nothing is written."""
    rows = read_rows(path, IMPORT_FIELDS, IMPORT_REQUIRED, mapping)
    by_label = {t.label.lower(): t.key for t in licence_types(rules, today)}
    problems: list[RowProblem] = []
    parsed: list[dict[str, Any]] = []
    seen = FirstLines(path.name, "number")
    for row in rows:
        data, row_problems = _parse_row(path.name, row, by_label)
        unparsed = {p.field for p in row_problems}
        for field_name, message in validate(data, rules, today, session).items():
            if field_name not in unparsed:
                row_problems.append(
                    RowProblem(path.name, row.line, _import_name(field_name), message)
                )
        if data["number"]:  # a licence is its type and number
            seen.check((data["licence_type"], data["number"]), row.line, row_problems)
        problems.extend(sorted(row_problems, key=lambda p: p.field))
        parsed.append(data)
    if problems:
        raise ImportRejected(problems)
    licences = [Licence(**_clean(data, rules)) for data in parsed]
    session.add_all(licences)
    session.flush()
    return len(licences)


def _import_name(field_name: str) -> str:
    return "type" if field_name == "licence_type" else field_name


def _parse_row(
    filename: str, row: SourceRow, by_label: Mapping[str, str]
) -> tuple[dict[str, Any], list[RowProblem]]:
    problems: list[RowProblem] = []
    kind = row.get("type")
    data: dict[str, Any] = {
        "licence_type": by_label.get(kind.lower(), kind),
        "number": row.get("number"),
        "issuer": row.get("issuer"),
        "conditions": row.get("conditions"),
        "status": row.get("status").lower() or "active",
        "notes": row.get("notes"),
    }
    for field_name in ("issued_on", "expires_on", "suspended_from", "suspended_to"):
        try:
            data[field_name] = parse_optional_date(row.get(field_name))
        except ValueError as exc:
            problems.append(RowProblem(filename, row.line, field_name, str(exc)))
    return data, problems


# --- deadlines ---------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    remind = deadline_registry.reminders(rules.value("licence.reminder_days", today))
    labels = type_labels(rules, today)
    query = select(Licence).where(
        Licence.retired_at.is_(None), Licence.expires_on.is_not(None), Licence.status != "revoked"
    )
    found = []
    for licence in session.execute(query).scalars():
        assert licence.expires_on is not None
        found.append(
            deadline_registry.Deadline(
                register="licence",
                record_id=licence.id,
                kind=tr("Licence expiry"),
                title=f"{labels.get(licence.licence_type, licence.licence_type)} {licence.number}",
                due=licence.expires_on,
                remind_from=remind.remind_from(licence.expires_on),
                owner=licence.issuer,
                detail=remind.stage(licence.expires_on, today),
                finding="licence_expired" if licence.expires_on < today else "licence_expiring",
            )
        )
    return found
