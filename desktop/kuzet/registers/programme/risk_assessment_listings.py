"""The lists on the Risk assessment page: business risk assessment versions, AML Returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import tr
from ...store.models.programme import AmlReturn, BusinessRiskAssessment
from ..listing import Column, Filter, ListQuery
from . import shared as records
from .risk_assessment import rating_labels


class AssessmentListing:
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

    def __init__(self, today: dt.date, reminder_days: int) -> None:
        """``reminder_days``: rule programme.risk_assessment.reminder_days."""
        self.today = today
        self.reminder_days = reminder_days
        self.ratings = rating_labels()
        self.current_id: int | None = None

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("rating", "Overall risk", (("", tr("Any rating")), *self.ratings.items()))]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = BusinessRiskAssessment.__table__.c
        latest = session.execute(
            select(t.id)
            .where(t.retired_at.is_(None))
            .order_by(t.assessed_on.desc(), t.id.desc())
            .limit(1)
        ).scalar()
        self.current_id = latest
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.filters.get("rating"):
            stmt = stmt.where(t.overall_rating == query.filters["rating"])
        if query.search.strip():
            stmt = stmt.where(records.matches(t.search_text, query.search))
        sort = {
            "version": t.version,
            "assessed_on": t.assessed_on,
            "author": records.folded(t.author),
            "rating": t.overall_rating,
            "approved_on": t.approved_on,
            "approved_by": records.folded(t.approved_by),
            "next_review_on": t.next_review_on,
        }.get(query.sort, t.assessed_on)
        descending = query.descending if query.sort else True
        stmt = stmt.order_by(*records.order(sort, descending), t.id.desc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = session.execute(
            select(BusinessRiskAssessment).where(BusinessRiskAssessment.id.in_(list(ids)))
        ).scalars()
        return {a.id: self.row(a) for a in found}

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
            return "bad"
        soon = (values[6] - self.today).days <= self.reminder_days
        return "warn" if soon or status == tr("current, not approved") else None


class ReturnListing:
    columns = (
        Column("year_end", "Year ending", "right"),
        Column("due_on", "Due", "right"),
        Column("filed_on", "Filed", "right"),
        Column("reference", "Reference"),
        Column("status", "Status", sortable=False),
        Column("notes", "Notes"),
    )
    default_sort = ("year_end", True)

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def filters(self, session: Session) -> list[Filter]:
        return []

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = AmlReturn.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.search.strip():
            needle = query.search.strip().casefold()
            stmt = stmt.where(
                records.matches(func.lower(t.reference), needle)
                | records.matches(func.lower(t.notes), needle)
            )
        sort = {
            "year_end": t.year_end,
            "due_on": t.due_on,
            "filed_on": t.filed_on,
            "reference": t.reference,
            "notes": t.notes,
        }.get(query.sort, t.year_end)
        descending = query.descending if query.sort else True
        stmt = stmt.order_by(*records.order(sort, descending), t.id.desc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = session.execute(select(AmlReturn).where(AmlReturn.id.in_(list(ids)))).scalars()
        result = {}
        for r in found:
            if r.filed_on is not None:
                status = tr("filed late") if r.filed_on > r.due_on else tr("filed")
            else:
                status = tr("overdue") if r.due_on < self.today else tr("to file")
            result[r.id] = (r.year_end, r.due_on, r.filed_on, r.reference, status, r.notes)
        return result

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return {tr("overdue"): "bad", tr("filed late"): "warn", tr("to file"): "warn"}.get(
            values[4]
        )
