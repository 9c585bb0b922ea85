"""The lists on the Independent audits page: audits, findings and remediation actions, and
the choices the finding and action dialogs offer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, literal, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.severity import HIGH, MEDIUM
from ...store.models.audits import AuditEngagement, AuditFinding, RemediationAction
from ..listing import Column, Filter, ListQuery, RecordListing
from . import shared as records
from .audits import finding_title, kind_labels, severity_labels


def audit_choices(session: Session) -> tuple[tuple[str, str], ...]:
    """(id, "date auditor") of the audits in force, the latest first."""
    rows = session.execute(
        select(AuditEngagement.id, AuditEngagement.audit_date, AuditEngagement.auditor)
        .where(AuditEngagement.retired_at.is_(None))
        .order_by(AuditEngagement.audit_date.desc())
    ).all()
    return tuple((str(i), f"{day:%d.%m.%Y} {auditor}") for i, day, auditor in rows)


def finding_choices(session: Session) -> list[tuple[int, str]]:
    """(id, "reference title") of the findings in force: open ones first, the latest first."""
    found = session.execute(
        select(AuditFinding)
        .where(AuditFinding.retired_at.is_(None))
        .order_by(AuditFinding.closed_on.is_not(None), AuditFinding.id.desc())
    ).scalars()
    return [(f.id, finding_title(f)) for f in found]


def _audit_filter(session: Session) -> Filter:
    return Filter("audit", "Audit", (("", tr("Every audit")), *audit_choices(session)))


class AuditListing(RecordListing):
    model = AuditEngagement
    columns = (
        Column("audit_date", "Report date", "right"),
        Column("kind", "Kind"),
        Column("auditor", "Auditor"),
        Column("period", "Period covered", sortable=False),
        Column("findings", "Findings", "right", sortable=False),
        Column("open", "Open findings", "right", sortable=False),
        Column("conclusion", "Conclusion"),
    )
    default_sort = ("audit_date", True)
    folded_search = "search_text"
    tie_break = "desc"  # ties: the latest entry first
    default_fixed = True  # before a column is chosen: the latest first, whatever the direction

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.kinds = kind_labels()

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("kind", "Kind", (("", tr("Internal and external")), *self.kinds.items()))]

    def where(self, query: ListQuery) -> list[Any]:
        kind = query.filters.get("kind")
        return [self.table.kind == kind] if kind else []

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "audit_date": t.audit_date,
            "kind": t.kind,
            "auditor": records.folded(t.auditor),
            "conclusion": records.folded(t.conclusion),
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Each audit with its findings: how many, and how many still open."""
        f = AuditFinding
        counts = records.tally(session, f.engagement_id, ids, f.closed_on.is_(None))
        rows = super().rows(session, ids)
        return {i: (*row[:4], *counts.get(i, (0, 0)), row[4]) for i, row in rows.items()}

    def row(self, a: AuditEngagement) -> tuple[Any, ...]:
        """The row without its findings (``rows`` puts them before the conclusion)."""
        period = f"{a.period_from:%d.%m.%Y} – {a.period_to:%d.%m.%Y}"
        return (a.audit_date, self.kinds.get(a.kind, a.kind), a.auditor, period, a.conclusion)

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return MEDIUM if values[5] else None


class FindingListing(RecordListing):
    """Findings, open ones first, the most severe first."""

    model = AuditFinding
    columns = (
        Column("reference", "Ref."),
        Column("title", "Finding"),
        Column("severity", "Severity"),
        Column("audit", "Audit"),
        Column("actions", "Actions (open)", "right", sortable=False),
        Column("status", "Status"),
        Column("closed_on", "Closed", "right"),
    )
    default_sort = ("severity", False)
    folded_search = "search_text"

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.severities = severity_labels()

    def filters(self, session: Session) -> list[Filter]:
        return [
            _audit_filter(session),
            Filter("severity", "Severity", (("", tr("Any severity")), *self.severities.items())),
            Filter(
                "status",
                "Status",
                (("", tr("Open and closed")), ("open", tr("Still open")), ("closed", tr("Closed"))),
            ),
        ]

    def base(self) -> Any:
        audits = AuditEngagement.__table__
        return select(self.table.id).join(audits, audits.c.id == self.table.engagement_id)

    def where(self, query: ListQuery) -> list[Any]:
        t, status = self.table, query.filters.get("status")
        conditions = []
        if query.filters.get("audit"):
            conditions.append(t.engagement_id == int(query.filters["audit"]))
        if query.filters.get("severity"):
            conditions.append(t.severity == query.filters["severity"])
        if status == "open":
            conditions.append(t.closed_on.is_(None))
        elif status == "closed":
            conditions.append(t.closed_on.is_not(None))
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        rank = case(
            (t.severity == "high", literal(0)), (t.severity == "medium", literal(1)), else_=2
        )
        return {
            "reference": t.reference,
            "title": records.folded(t.title),
            "severity": rank,
            "audit": AuditEngagement.__table__.c.audit_date,
            "status": t.closed_on.is_not(None),
            "closed_on": t.closed_on,
        }

    def default_order(self, query: ListQuery) -> list[Any]:
        """Before a column is chosen: open findings first, then by severity."""
        return [self.table.closed_on.is_not(None), *super().default_order(query)]

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Each finding with its audit and its actions: how many, and how many open."""
        a = RemediationAction
        counts = records.tally(session, a.finding_id, ids, a.completed_on.is_(None))
        f = AuditFinding
        found = records.with_parents(session, f, AuditEngagement, f.engagement_id, ids)
        result = {}
        for finding, audit in found:
            total, still_open = counts.get(finding.id, (0, 0))
            result[finding.id] = (
                finding.reference,
                finding.title,
                self.severities.get(finding.severity, finding.severity),
                f"{audit.audit_date:%d.%m.%Y} {audit.auditor}",
                f"{total} ({still_open})",
                tr("closed") if finding.closed_on else tr("open"),
                finding.closed_on,
            )
        return result

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[5] == tr("closed"):
            return "muted"
        return HIGH if values[2] == self.severities["high"] else None


class ActionListing(RecordListing):
    model = RemediationAction
    columns = (
        Column("due_on", "Due", "right"),
        Column("description", "Action"),
        Column("owner", "Owner"),
        Column("finding", "Finding"),
        Column("status", "Status"),
        Column("completed_on", "Completed", "right"),
        Column("evidence", "Evidence"),
    )
    default_sort = ("due_on", False)
    folded_search = "search_text"

    def __init__(self, today: dt.date, reminder_days: int) -> None:
        """``reminder_days``: rule programme.audit.action_reminder_days (amber from then)."""
        self.today = today
        self.reminder_days = reminder_days

    @property
    def finding(self) -> Any:
        return AuditFinding.__table__.c

    def _status(self) -> Any:
        t = self.table
        return case(
            (t.completed_on.is_not(None), literal("done")),
            (t.due_on < self.today, literal("overdue")),
            else_=literal("open"),
        )

    def filters(self, session: Session) -> list[Filter]:
        owners = session.execute(
            select(RemediationAction.owner)
            .where(RemediationAction.retired_at.is_(None))
            .distinct()
            .order_by(RemediationAction.owner)
        ).scalars()
        return [
            Filter(
                "status",
                "Status",
                (
                    ("", tr("Any status")),
                    ("open", tr("Still open")),
                    ("overdue", tr("Overdue")),
                    ("done", tr("Done")),
                ),
            ),
            Filter("owner", "Owner", (("", tr("Any owner")), *((o, o) for o in owners))),
            _audit_filter(session),
        ]

    def base(self) -> Any:
        findings = AuditFinding.__table__
        return select(self.table.id).join(findings, self.finding.id == self.table.finding_id)

    def where(self, query: ListQuery) -> list[Any]:
        chosen = query.filters
        conditions = [self._status() == chosen["status"]] if chosen.get("status") else []
        if chosen.get("owner"):
            conditions.append(self.table.owner == chosen["owner"])
        if chosen.get("audit"):
            conditions.append(self.finding.engagement_id == int(chosen["audit"]))
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "due_on": t.due_on,
            "description": records.folded(t.description),
            "owner": records.folded(t.owner),
            "finding": records.folded(self.finding.title),
            "status": self._status(),
            "completed_on": t.completed_on,
            "evidence": records.folded(t.evidence),
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Each action with the finding it remedies."""
        a = RemediationAction
        found = records.with_parents(session, a, AuditFinding, a.finding_id, ids)
        return {action.id: self._row(action, finding) for action, finding in found}

    def _row(self, action: RemediationAction, finding: AuditFinding) -> tuple[Any, ...]:
        if action.completed_on is not None:
            state = tr("done")
        elif action.due_on < self.today:
            state = tr("overdue")
        else:
            state = tr("open")
        return (
            action.due_on,
            action.description,
            action.owner,
            finding_title(finding),
            state,
            action.completed_on,
            action.evidence,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[4] == tr("done"):
            return "muted"
        if values[4] == tr("overdue"):
            return HIGH
        return MEDIUM if (values[0] - self.today).days <= self.reminder_days else None
