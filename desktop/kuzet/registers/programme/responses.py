"""The management response register: what management answers to each finding of the audit
pack (issue #15, "Findings first"): the finding as it read, the response, the member of
staff who owns it, when it is due and where it stands (open, in progress, done, risk
accepted). The pack prints the newest response in force beside its finding
(``responses_by_key``), matched by the finding's stable key; an open response past its due
date is a deadline on the Dashboard and in the Calendar (``deadlines``).

A finding key is ``"<kind>:<record>"``: the kind of finding of the rule pack
(``resources/rules/findings.toml``), then the record it is about, with a date where the
same record can give the same finding again (``finding_key``), e.g.
``licence_inactive_activity:licence/3:2026-07-01``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...regime.severity import CRITICAL, HIGH, SEVERITIES, severity_label
from ...store.models.responses import RESPONSE_STATUSES, ManagementResponse
from ...store.models.staff import StaffMember
from .. import deadlines as deadline_registry
from . import shared as records

OPEN, IN_PROGRESS, DONE, ACCEPTED_RISK = RESPONSE_STATUSES
STILL_OPEN = (OPEN, IN_PROGRESS)  # a response not yet closed: its due date still counts
NEEDS_DUE_DATE = (CRITICAL, HIGH)
FIELDS = (
    "finding_key",
    "finding_text",
    "severity",
    "response",
    "owner_staff_id",
    "due_on",
    "status",
    "closed_on",
    "notes",
)
TEXTS = ("finding_key", "finding_text", "severity", "response", "status", "notes")


def finding_key(kind: str, register: str, record_id: int | str = 0, *qualifiers: Any) -> str:
    """A finding's stable key: ``kind:register/record[:qualifier...]`` (dates as ISO), so a
    response written for a finding still matches it in the next pack."""
    parts = [kind, f"{register}/{record_id}"]
    parts += [q.isoformat() if isinstance(q, dt.date) else str(q) for q in qualifiers]
    return ":".join(parts)


def status_labels() -> dict[str, str]:
    return {
        OPEN: tr("Open"),
        IN_PROGRESS: tr("In progress"),
        DONE: tr("Done"),
        ACCEPTED_RISK: tr("Risk accepted"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status, status)


def severity_labels() -> dict[str, str]:
    return {level: severity_label(level) for level in SEVERITIES}


@dataclass(frozen=True)
class ResponseView:
    """A response as the pack prints it beside its finding."""

    id: int
    finding_key: str
    finding_text: str
    severity: str
    response: str
    owner_staff_id: int
    owner: str  # the staff member's full name
    owner_title: str  # their job title ("" when none is recorded)
    due_on: dt.date | None
    status: str
    closed_on: dt.date | None
    notes: str

    @property
    def is_open(self) -> bool:
        return self.status in STILL_OPEN

    def overdue(self, today: dt.date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


def _view(record: ManagementResponse, owner: StaffMember | None) -> ResponseView:
    return ResponseView(
        id=record.id or 0,
        finding_key=record.finding_key,
        finding_text=record.finding_text,
        severity=record.severity,
        response=record.response,
        owner_staff_id=record.owner_staff_id,
        owner=owner.full_name if owner else "",
        owner_title=owner.job_title if owner else "",
        due_on=record.due_on,
        status=record.status,
        closed_on=record.closed_on,
        notes=record.notes,
    )


# --- checking and writing -----------------------------------------------------------------


def active_staff(session: Session, today: dt.date) -> list[StaffMember]:
    """The staff who can own a response today: in force, started, not yet left; by name."""
    query = (
        select(StaffMember)
        .where(StaffMember.retired_at.is_(None), StaffMember.start_date <= today)
        .where((StaffMember.end_date.is_(None)) | (StaffMember.end_date >= today))
        .order_by(StaffMember.full_name, StaffMember.id)
    )
    return list(session.execute(query).scalars())


def _owner_problem(session: Session, staff_id: Any, today: dt.date) -> str:
    if not staff_id:
        return tr("Choose the member of staff who owns the response.")
    member = session.get(StaffMember, int(staff_id))
    if member is None:
        return tr("No member of staff #{id} in the staff register.").format(id=staff_id)
    if member.retired or member.start_date > today:
        return tr("{name} is not on the staff today: choose someone who is.").format(
            name=member.full_name
        )
    if member.end_date is not None and member.end_date < today:
        return tr("{name} left the firm on {day}: choose someone still on the staff.").format(
            name=member.full_name, day=f"{member.end_date:%d.%m.%Y}"
        )
    return ""


def check(
    data: Mapping[str, Any],
    rules: RuleBook | None,
    today: dt.date,
    session: Session,
    record_id: int | None = None,
) -> dict[str, str]:
    """What is wrong with a response (field -> message in the officer's words)."""
    errors: dict[str, str] = {}
    key = records.text(data.get("finding_key"))
    kind, _sep, record = key.partition(":")
    if not key:
        errors["finding_key"] = tr("Name the finding the response answers (its key).")
    elif not kind.strip() or not record.strip():
        errors["finding_key"] = tr(
            "A finding key reads kind:record, e.g. licence_expired:licence/3."
        )
    severity = records.text(data.get("severity"))
    if severity not in SEVERITIES:
        errors["severity"] = tr("Choose the severity: critical, high, medium or info.")
    if not records.text(data.get("response")):
        errors["response"] = tr("Write management's response to the finding.")
    owner = _owner_problem(session, data.get("owner_staff_id"), today)
    if owner:
        errors["owner_staff_id"] = owner
    if severity in NEEDS_DUE_DATE and data.get("due_on") is None:
        errors["due_on"] = tr("A {level} finding needs a due date for its response.").format(
            level=severity_label(severity).lower()
        )
    status = records.text(data.get("status")) or OPEN
    closed = data.get("closed_on")
    if status not in RESPONSE_STATUSES:
        errors["status"] = tr("Choose the status: open, in progress, done or risk accepted.")
    elif status == DONE and closed is None:
        errors["closed_on"] = tr("Enter the day the response was done.")
    elif status in STILL_OPEN and closed is not None:
        errors["closed_on"] = tr("An open response has no closing day: clear it or close it.")
    records.not_future(closed, today, "closed_on", errors)
    return errors


def _cleaned(session: Session, data: Mapping[str, Any]) -> dict[str, Any]:
    values = records.cleaned(data, FIELDS, TEXTS)
    values["status"] = values["status"] or OPEN
    values["owner_staff_id"] = int(values["owner_staff_id"])
    owner = session.get(StaffMember, values["owner_staff_id"])
    values["search_text"] = records.fold(
        values["finding_key"],
        values["finding_text"],
        values["response"],
        values["notes"],
        owner.full_name if owner else "",
    )
    return values


RESPONSES = records.Register(ManagementResponse, FIELDS, None, lambda: tr("management response"))


def save(
    session: Session,
    record_id: int | None,
    data: Mapping[str, Any],
    rules: RuleBook | None,
    today: dt.date,
) -> ManagementResponse:
    """Add a response (``record_id`` None) or edit one; ``ValidationFailed`` names every
    wrong field and nothing is written."""
    return RESPONSES.save(
        session,
        record_id,
        data,
        lambda merged: check(merged, rules, today, session, record_id),
        lambda merged: _cleaned(session, merged),
    )


def create(
    session: Session, data: Mapping[str, Any], rules: RuleBook | None, today: dt.date
) -> ManagementResponse:
    return save(session, None, data, rules, today)


def get(session: Session, record_id: int) -> ManagementResponse:
    return RESPONSES.get(session, record_id)


def retire(session: Session, record_id: int, reason: str) -> ManagementResponse:
    return RESPONSES.retire(session, record_id, reason)


def view(session: Session, record_id: int) -> ResponseView:
    record = get(session, record_id)
    return _view(record, session.get(StaffMember, record.owner_staff_id))


# --- for the audit pack ---------------------------------------------------------------------


def responses_by_key(session: Session) -> dict[str, ResponseView]:
    """The newest response in force for each finding key (the pack prints it beside its
    finding; a retired response is replaced by the one before it, if any)."""
    query = (
        select(ManagementResponse, StaffMember)
        .join(StaffMember, StaffMember.id == ManagementResponse.owner_staff_id)
        .where(ManagementResponse.retired_at.is_(None))
        .order_by(ManagementResponse.id.desc())
    )
    found: dict[str, ResponseView] = {}
    for record, owner in session.execute(query):
        found.setdefault(record.finding_key, _view(record, owner))
    return found


def all_views(session: Session) -> list[ResponseView]:
    """Every response in force, oldest first (the export)."""
    query = (
        select(ManagementResponse, StaffMember)
        .join(StaffMember, StaffMember.id == ManagementResponse.owner_staff_id)
        .where(ManagementResponse.retired_at.is_(None))
        .order_by(ManagementResponse.id)
    )
    return [_view(record, owner) for record, owner in session.execute(query)]


# --- deadlines --------------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Every open response with a due date; it reaches the Dashboard the day after it was
    due (the Calendar shows it ahead)."""
    query = (
        select(ManagementResponse, StaffMember)
        .join(StaffMember, StaffMember.id == ManagementResponse.owner_staff_id)
        .where(
            ManagementResponse.retired_at.is_(None),
            ManagementResponse.status.in_(STILL_OPEN),
            ManagementResponse.due_on.is_not(None),
        )
    )
    found = []
    for record, owner in session.execute(query):
        due = record.due_on
        assert due is not None
        found.append(
            deadline_registry.Deadline(
                register="management_response",
                record_id=record.id or 0,
                kind=tr("Management response"),
                title=record.response,
                due=due,
                remind_from=due + dt.timedelta(days=1),
                owner=owner.full_name,
                detail=tr("finding {key} ({severity}): {text}").format(
                    key=record.finding_key,
                    severity=severity_label(record.severity),
                    text=record.finding_text,
                ),
            )
        )
    return found
