"""The lists on the Risk assessment page: business risk assessment versions, AML Returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session

from ...i18n import tr
from ...regime.severity import HIGH, MEDIUM
from ...store.models.programme import AmlReturn, BusinessRiskAssessment
from ..listing import Column, Filter, ListQuery, RecordListing
from . import shared as records
from .risk_assessment import current_assessment, rating_labels


class AssessmentListing(RecordListing):
    """Versions, the latest first; the one in force says whether its review is overdue."""

    model = BusinessRiskAssessment
    columns = (
        Column("version", "Version"),
        Column("assessed_on", "Assessed", "right"),
        Column("author", "Author"),
        Column("rating", "Overall risk"),
        Column("approved_on", "Approved", "right"),
        Column("approved_by", "Approved by"),
        Column("next_review_on", "Next review", "right"),
        Column("status", "Status", sortable=False),
    )
    default_sort = ("assessed_on", True)
    folded_search = "search_text"
    tie_break = "desc"  # ties: the latest entry first
    default_fixed = True  # before a column is chosen: the latest first, whatever the direction

    def __init__(self, today: dt.date, reminder_days: int) -> None:
        """``reminder_days``: rule programme.risk_assessment.reminder_days."""
        self.today = today
        self.reminder_days = reminder_days
        self.ratings = rating_labels()
        self.current_id: int | None = None

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("rating", "Overall risk", (("", tr("Any rating")), *self.ratings.items()))]

    def where(self, query: ListQuery) -> list[Any]:
        rating = query.filters.get("rating")
        return [self.table.overall_rating == rating] if rating else []

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "version": t.version,
            "assessed_on": t.assessed_on,
            "author": records.folded(t.author),
            "rating": t.overall_rating,
            "approved_on": t.approved_on,
            "approved_by": records.folded(t.approved_by),
            "next_review_on": t.next_review_on,
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """The rows, knowing which version is in force (the latest)."""
        current = current_assessment(session)
        self.current_id = None if current is None else current.id
        return super().rows(session, ids)

    def row(self, a: BusinessRiskAssessment) -> tuple[Any, ...]:
        if a.retired:
            status = tr("retired")
        elif a.id != self.current_id:
            status = tr("superseded")
        elif a.next_review_on < self.today:
            status = tr("review overdue")
        elif a.approved_on is None:
            status = tr("current, not approved")
        else:
            status = tr("current")
        return (
            a.version,
            a.assessed_on,
            a.author,
            self.ratings.get(a.overall_rating, a.overall_rating),
            a.approved_on,
            a.approved_by,
            a.next_review_on,
            status,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        status = values[7]
        if status in (tr("superseded"), tr("retired")):
            return "muted"
        if status == tr("review overdue"):
            return HIGH
        soon = (values[6] - self.today).days <= self.reminder_days
        return MEDIUM if soon or status == tr("current, not approved") else None


class ReturnListing(RecordListing):
    """AML Returns, the latest year first."""

    model = AmlReturn
    columns = (
        Column("year_end", "Year ending", "right"),
        Column("due_on", "Due", "right"),
        Column("filed_on", "Filed", "right"),
        Column("reference", "Reference"),
        Column("status", "Status", sortable=False),
        Column("notes", "Notes"),
    )
    default_sort = ("year_end", True)
    tie_break = "desc"  # ties: the latest entry first
    default_fixed = True  # before a column is chosen: the latest first, whatever the direction

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def search(self, text: str) -> Any:
        t = self.table
        return or_(
            records.matches(func.lower(t.reference), text),
            records.matches(func.lower(t.notes), text),
        )

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {key: t[key] for key in ("year_end", "due_on", "filed_on", "reference", "notes")}

    def row(self, r: AmlReturn) -> tuple[Any, ...]:
        if r.filed_on is not None:
            status = tr("filed late") if r.filed_on > r.due_on else tr("filed")
        else:
            status = tr("overdue") if r.due_on < self.today else tr("to file")
        return (r.year_end, r.due_on, r.filed_on, r.reference, status, r.notes)

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return {tr("overdue"): HIGH, tr("filed late"): MEDIUM, tr("to file"): MEDIUM}.get(values[4])
