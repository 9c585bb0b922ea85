"""The lists on the Staff & training page: staff, courses and sessions (filtered and sorted
in SQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Float, case, cast, func, literal, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...regime.severity import HIGH, MEDIUM
from ...store.models.staff import StaffMember
from ...store.models.training import Course, TrainingAttendance, TrainingSession
from ..listing import Column, Filter, ListQuery, RecordListing
from . import shared as records
from .staff import role_labels, screening_labels
from .training import course_curriculum, curriculum_labels, topic_labels
from .training_matrix import summary_by_staff


class StaffListing(RecordListing):
    model = StaffMember
    columns = (
        Column("name", "[person] Name"),  # a person's name (i18n.tr drops the sense)
        Column("role", "Role"),
        Column("job_title", "Job title"),
        Column("start_date", "Started", "right"),
        Column("end_date", "Left", "right"),
        Column("screening", "Screening at hiring"),
        Column("screened_on", "Screened", "right"),
        Column("training", "Training", sortable=False),
    )
    default_sort = ("name", False)
    folded_search = "search_text"

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today
        self.roles = {k: tr(v) for k, v in role_labels(rules, today).items()}
        self.results = screening_labels()

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter("role", "Role", (("", tr("Any role")), *self.roles.items())),
            Filter(
                "status",
                "Status",
                (("", tr("Current and left")), ("current", tr("Current")), ("left", tr("Left"))),
            ),
            Filter("screening", "Screening", (("", tr("Any screening")), *self.results.items())),
        ]

    def where(self, query: ListQuery) -> list[Any]:
        t = self.table
        left = case(
            ((t.end_date.is_not(None)) & (t.end_date < self.today), literal("left")),
            else_=literal("current"),
        )
        chosen = query.filters
        wanted = {"role": t.role, "status": left, "screening": t.screening_result}
        return [column == chosen[key] for key, column in wanted.items() if chosen.get(key)]

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "name": records.folded(t.full_name),
            "role": t.role,
            "job_title": records.folded(t.job_title),
            "start_date": t.start_date,
            "end_date": t.end_date,
            "screening": t.screening_result,
            "screened_on": t.screened_on,
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Each row with its training in a word (worked out for the rows shown only)."""
        query = select(StaffMember).where(StaffMember.id.in_(list(ids)))
        members = list(session.execute(query).scalars())
        training = summary_by_staff(session, self.rules, self.today, members)
        return {m.id: (*self.row(m), training.get(m.id, "")) for m in members}

    def row(self, m: StaffMember) -> tuple[Any, ...]:
        """The row without its training column (``rows`` adds it)."""
        return (
            m.full_name,
            self.roles.get(m.role, m.role),
            m.job_title,
            m.start_date,
            m.end_date,
            self.results.get(m.screening_result, m.screening_result),
            m.screened_on,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[4] is not None and values[4] < self.today:
            return "muted"
        if values[5] == self.results["concerns"] or tr("overdue") in str(values[7]):
            return HIGH
        if values[5] == self.results["pending"] or tr("due") in str(values[7]):
            return MEDIUM
        return None


class CourseListing(RecordListing):
    model = Course
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
    folded_search = "search_text"

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.topics = {k: tr(v) for k, v in topic_labels(rules, today).items()}
        self.items = {k: tr(v) for k, v in curriculum_labels(rules, today).items()}

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("topic", "Counts as", (("", tr("Any course")), *self.topics.items()))]

    def where(self, query: ListQuery) -> list[Any]:
        topic = query.filters.get("topic")
        return [self.table.topic == topic] if topic else []

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "title": records.folded(t.title),
            "topic": t.topic,
            "provider": records.folded(t.provider),
            "hours": cast(t.hours, Float),  # ordering only; the value stays a Decimal
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Each course with how many sessions of it were held, and the last one."""
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
        return {c.id: (*self.row(c), *self._held(*stats.get(c.id, (0, None)))) for c in found}

    @staticmethod
    def _held(sessions: int, last: Any) -> tuple[int, dt.date | None]:
        if isinstance(last, str):  # max() over a date column comes back as text
            last = dt.date.fromisoformat(last)
        return sessions, last

    def row(self, c: Course) -> tuple[Any, ...]:
        """The row without its sessions (``rows`` adds them)."""
        items = "; ".join(self.items.get(k, k) for k in course_curriculum(c))
        return (c.title, self.topics.get(c.topic, c.topic), items, c.provider, c.hours)


class SessionListing(RecordListing):
    """Sessions, newest first; the search finds the course or the trainer."""

    model = TrainingSession
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
    tie_break = "desc"  # ties: the latest entry first
    default_fixed = True  # before a column is chosen: the latest first, whatever the direction

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.today = today
        self.topics = {k: tr(v) for k, v in topic_labels(rules, today).items()}

    @property
    def course(self) -> Any:
        return Course.__table__.c

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

    def base(self) -> Any:
        return select(self.table.id).join(Course.__table__, self.course.id == self.table.course_id)

    def where(self, query: ListQuery) -> list[Any]:
        conditions = []
        if query.filters.get("course"):
            conditions.append(self.table.course_id == int(query.filters["course"]))
        if query.filters.get("topic"):
            conditions.append(self.course.topic == query.filters["topic"])
        return conditions

    def search(self, text: str) -> Any:
        return or_(
            records.matches(self.course.search_text, text),
            records.matches(func.lower(self.table.trainer), text),
        )

    def sort_columns(self) -> dict[str, Any]:
        s, c = self.table, self.course
        return {
            "held_on": s.held_on,
            "course": records.folded(c.title),
            "topic": c.topic,
            "trainer": records.folded(s.trainer),
            "location": records.folded(s.location),
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Each session with its course, and how many attended, completed and have a
        certificate file."""
        a = TrainingAttendance
        counts = records.tally(
            session, a.session_id, ids, a.completed.is_(True), a.certificate_blob.is_not(None)
        )
        s = TrainingSession
        found = records.with_parents(session, s, Course, s.course_id, ids)
        return {
            held.id: (
                held.held_on,
                course.title,
                self.topics.get(course.topic, course.topic),
                held.trainer,
                held.location,
                *counts.get(held.id, (0, 0, 0)),
            )
            for held, course in found
        }

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return "muted" if values[0] > self.today else None
