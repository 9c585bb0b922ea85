"""The lists on the Staff & training page: courses and sessions (filtered and sorted in SQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Float, case, cast, func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.models.training import Course, TrainingAttendance, TrainingSession
from ..listing import Column, Filter, ListQuery
from . import shared as records
from .training import course_curriculum, curriculum_labels, topic_labels


class CourseListing:
    columns = (
        Column("title", "Course"),
        Column("topic", "Counts as"),
        Column("curriculum", "Curriculum", sortable=False),
        Column("provider", "Provider"),
        Column("hours", "Hours", "right"),
        Column("sessions", "Sessions", "right", sortable=False),
        Column("last_held", "Last held", "right", sortable=False),
    )
    default_sort = ("title", False)

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.topics = {k: tr(v) for k, v in topic_labels(rules, today).items()}
        self.items = {k: tr(v) for k, v in curriculum_labels(rules, today).items()}

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("topic", "Counts as", (("", tr("Any course")), *self.topics.items()))]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = Course.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.filters.get("topic"):
            stmt = stmt.where(t.topic == query.filters["topic"])
        if query.search.strip():
            stmt = stmt.where(records.matches(t.search_text, query.search))
        sort = {
            "title": records.folded(t.title),
            "topic": t.topic,
            "provider": records.folded(t.provider),
            "hours": cast(t.hours, Float),  # ordering only; the value stays a Decimal
        }.get(query.sort, records.folded(t.title))
        stmt = stmt.order_by(*records.order(sort, query.descending), t.id)
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        s = TrainingSession
        stats = {
            course_id: (count, last)
            for course_id, count, last in session.execute(
                select(s.course_id, func.count(s.id), func.max(s.held_on))
                .where(s.retired_at.is_(None), s.course_id.in_(list(ids)))
                .group_by(s.course_id)
            )
        }
        found = session.execute(select(Course).where(Course.id.in_(list(ids)))).scalars()
        return {c.id: self.row(c, *stats.get(c.id, (0, None))) for c in found}

    def row(self, c: Course, sessions: int, last: Any) -> tuple[Any, ...]:
        if isinstance(last, str):
            last = dt.date.fromisoformat(last)
        items = "; ".join(self.items.get(k, k) for k in course_curriculum(c))
        return (
            c.title,
            self.topics.get(c.topic, c.topic),
            items,
            c.provider,
            c.hours,
            sessions,
            last,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return None


class SessionListing:
    columns = (
        Column("held_on", "Held on", "right"),
        Column("course", "Course"),
        Column("topic", "Counts as"),
        Column("trainer", "Trainer"),
        Column("location", "Location"),
        Column("attended", "Attended", "right", sortable=False),
        Column("completed", "Completed", "right", sortable=False),
        Column("certificates", "Certificates", "right", sortable=False),
    )
    default_sort = ("held_on", True)

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.today = today
        self.topics = {k: tr(v) for k, v in topic_labels(rules, today).items()}

    def filters(self, session: Session) -> list[Filter]:
        courses = session.execute(
            select(Course.id, Course.title)
            .where(Course.retired_at.is_(None))
            .order_by(Course.title)
        ).all()
        return [
            Filter(
                "course",
                "Course",
                (("", tr("Any course")), *((str(i), title) for i, title in courses)),
            ),
            Filter("topic", "Counts as", (("", tr("Any required course")), *self.topics.items())),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        s, c = TrainingSession.__table__.c, Course.__table__.c
        stmt = select(s.id).join(Course.__table__, c.id == s.course_id)
        if not query.include_retired:
            stmt = stmt.where(s.retired_at.is_(None))
        if query.filters.get("course"):
            stmt = stmt.where(s.course_id == int(query.filters["course"]))
        if query.filters.get("topic"):
            stmt = stmt.where(c.topic == query.filters["topic"])
        if query.search.strip():
            stmt = stmt.where(
                records.matches(c.search_text, query.search)
                | records.matches(func.lower(s.trainer), query.search)
            )
        sort = {
            "held_on": s.held_on,
            "course": records.folded(c.title),
            "topic": c.topic,
            "trainer": records.folded(s.trainer),
            "location": records.folded(s.location),
        }.get(query.sort, s.held_on)
        descending = query.descending if query.sort else True
        stmt = stmt.order_by(*records.order(sort, descending), s.id.desc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        a = TrainingAttendance
        counts = {
            session_id: (attended, completed, certificates)
            for session_id, attended, completed, certificates in session.execute(
                select(
                    a.session_id,
                    func.count(a.id),
                    func.sum(case((a.completed.is_(True), 1), else_=0)),
                    func.sum(case((a.certificate_blob.is_not(None), 1), else_=0)),
                )
                .where(a.retired_at.is_(None), a.session_id.in_(list(ids)))
                .group_by(a.session_id)
            )
        }
        found = session.execute(
            select(TrainingSession, Course)
            .join(Course, Course.id == TrainingSession.course_id)
            .where(TrainingSession.id.in_(list(ids)))
        ).all()
        result = {}
        for held, course in found:
            attended, completed, certificates = counts.get(held.id, (0, 0, 0))
            result[held.id] = (
                held.held_on,
                course.title,
                self.topics.get(course.topic, course.topic),
                held.trainer,
                held.location,
                attended,
                int(completed or 0),
                int(certificates or 0),
            )
        return result

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return "muted" if values[0] > self.today else None
