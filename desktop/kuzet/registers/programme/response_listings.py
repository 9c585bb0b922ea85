"""The list on the Management responses page: search, sort, and filters by status (with
"overdue"), severity and owner; and the owners the dialog offers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, literal, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.severity import CRITICAL, HIGH, MEDIUM, SEVERITIES
from ...store.models.responses import ManagementResponse
from ...store.models.staff import StaffMember
from ..listing import Column, Filter, ListQuery, RecordListing
from . import shared as records
from .responses import DONE, STILL_OPEN, active_staff, severity_labels, status_labels

OVERDUE = "overdue"  # a status filter: still open and past its due date


def owner_choices(session: Session, today: dt.date) -> list[tuple[int, str]]:
    """(id, "name, job title") of the staff who can own a response today."""
    return [
        (m.id or 0, f"{m.full_name}, {m.job_title}" if m.job_title else m.full_name)
        for m in active_staff(session, today)
    ]


class ResponseListing(RecordListing):
    """Responses: open ones first, the most severe first, then by due date."""

    model = ManagementResponse
    columns = (
        Column("severity", "Severity"),
        Column("finding", "Finding"),
        Column("response", "Response"),
        Column("owner", "Owner"),
        Column("due_on", "Due", "right"),
        Column("status", "Status"),
        Column("closed_on", "Closed", "right"),
        Column("finding_key", "Finding key"),
    )
    default_sort = ("severity", False)
    folded_search = "search_text"

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.severities = severity_labels()
        self.statuses = status_labels()

    @property
    def staff(self) -> Any:
        return StaffMember.__table__.c

    def base(self) -> Any:
        return select(self.table.id).join(
            StaffMember.__table__, self.staff.id == self.table.owner_staff_id
        )

    def filters(self, session: Session) -> list[Filter]:
        owners = session.execute(
            select(StaffMember.id, StaffMember.full_name)
            .join(ManagementResponse, ManagementResponse.owner_staff_id == StaffMember.id)
            .where(ManagementResponse.retired_at.is_(None))
            .distinct()
            .order_by(StaffMember.full_name)
        ).all()
        return [
            Filter(
                "status",
                "Status",
                (
                    ("", tr("Any status")),
                    (OVERDUE, tr("Overdue")),
                    *self.statuses.items(),
                ),
            ),
            Filter("severity", "Severity", (("", tr("Any severity")), *self.severities.items())),
            Filter("owner", "Owner", (("", tr("Any owner")), *((str(i), n) for i, n in owners))),
        ]

    def _overdue(self) -> Any:
        t = self.table
        return t.status.in_(STILL_OPEN) & t.due_on.is_not(None) & (t.due_on < self.today)

    def where(self, query: ListQuery) -> list[Any]:
        t, chosen = self.table, query.filters
        conditions = []
        status = chosen.get("status")
        if status == OVERDUE:
            conditions.append(self._overdue())
        elif status:
            conditions.append(t.status == status)
        if chosen.get("severity"):
            conditions.append(t.severity == chosen["severity"])
        if chosen.get("owner"):
            conditions.append(t.owner_staff_id == int(chosen["owner"]))
        return conditions

    def _rank(self) -> Any:
        t = self.table
        ranks = [(t.severity == level, literal(n)) for n, level in enumerate(SEVERITIES)]
        return case(*ranks, else_=len(SEVERITIES))

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "severity": self._rank(),
            "finding": records.folded(t.finding_text),
            "response": records.folded(t.response),
            "owner": records.folded(self.staff.full_name),
            "due_on": t.due_on,
            "status": case((t.status.in_(STILL_OPEN), literal(0)), else_=1),
            "closed_on": t.closed_on,
            "finding_key": t.finding_key,
        }

    def default_order(self, query: ListQuery) -> list[Any]:
        """Before a column is chosen: open responses first, by severity, then due date."""
        t = self.table
        closed = case((t.status.in_(STILL_OPEN), literal(0)), else_=1)
        return [closed, self._rank(), t.due_on.is_(None), t.due_on]

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        r = ManagementResponse
        found = records.with_parents(session, r, StaffMember, r.owner_staff_id, ids)
        return {response.id: self._row(response, owner) for response, owner in found}

    def _row(self, r: ManagementResponse, owner: StaffMember) -> tuple[Any, ...]:
        status = self.statuses.get(r.status, r.status)
        if r.status in STILL_OPEN and r.due_on is not None and r.due_on < self.today:
            status = tr("{status}, overdue").format(status=status)
        return (
            self.severities.get(r.severity, r.severity),
            r.finding_text,
            r.response,
            owner.full_name,
            r.due_on,
            status,
            r.closed_on,
            r.finding_key,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        status = values[5]
        if status in (self.statuses[DONE], self.statuses["accepted_risk"]):
            return "muted"
        if values[4] is not None and values[4] < self.today:
            return HIGH
        level = {label: key for key, label in self.severities.items()}.get(values[0])
        return CRITICAL if level == CRITICAL else MEDIUM if level == HIGH else None
