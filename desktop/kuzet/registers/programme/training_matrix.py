"""The training matrix: every member of staff by required course, done, due or overdue.

A role's required courses (topics) and frequency come from the rule pack
(``programme.training.roles``); a course counts when the staff member completed a session
of a course with that topic. A new starter is due within ``new_starter_days`` of starting;
after that each course is due ``frequency_months`` after the last completion.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime import programme
from ...regime.rulepack import RuleBook
from ...store.models.staff import StaffMember
from ...store.models.training import Course, TrainingAttendance, TrainingSession
from .. import deadlines as deadline_registry
from ..tabular import write_table
from . import shared as records
from .training import topic_labels

STATES = (programme.DONE, programme.DUE, programme.OVERDUE)


@dataclass(frozen=True)
class MatrixRow:
    staff_id: int
    name: str
    role: str
    start_date: dt.date
    cells: dict[str, programme.TrainingStatus | None]  # topic -> status; None: not required

    def worst(self) -> str | None:
        states = {c.state for c in self.cells.values() if c is not None}
        for state in (programme.OVERDUE, programme.DUE, programme.DONE):
            if state in states:
                return state
        return None


@dataclass
class Matrix:
    topics: list[tuple[str, str]]  # (key, label), the columns
    rows: list[MatrixRow] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        return Counter(
            cell.state for row in self.rows for cell in row.cells.values() if cell is not None
        )


def last_completions(
    session: Session, staff_ids: Iterable[int], today: dt.date
) -> dict[tuple[int, str], dt.date]:
    """(staff id, topic) -> the date of the latest completed session up to ``today``."""
    ids = list(staff_ids)
    if not ids:
        return {}
    a, s, c = TrainingAttendance, TrainingSession, Course
    query = (
        select(a.staff_member_id, c.topic, func.max(s.held_on))
        .join(s, s.id == a.session_id)
        .join(c, c.id == s.course_id)
        .where(
            a.completed.is_(True),
            a.retired_at.is_(None),
            s.retired_at.is_(None),
            s.held_on <= today,
            a.staff_member_id.in_(ids),
        )
        .group_by(a.staff_member_id, c.topic)
    )
    found: dict[tuple[int, str], dt.date] = {}
    for staff_id, topic, held in session.execute(query):
        if not isinstance(held, dt.date):  # max() over a date column comes back as text
            held = dt.date.fromisoformat(held)
        found[(staff_id, topic)] = held
    return found


def _statuses(
    members: Sequence[StaffMember], rules: RuleBook, today: dt.date, session: Session
) -> dict[int, dict[str, programme.TrainingStatus]]:
    done = last_completions(session, (m.id for m in members), today)
    result: dict[int, dict[str, programme.TrainingStatus]] = {}
    for member in members:
        policy = programme.role_policy(rules, member.role, today)
        result[member.id] = {
            topic: programme.training_status(
                member.start_date, done.get((member.id, topic)), policy, today
            )
            for topic in programme.required_topics(rules, member.role, today)
        }
    return result


def staff_in_training(
    session: Session, today: dt.date, search: str = "", role: str = ""
) -> list[StaffMember]:
    """Staff the matrix covers: not retired and not left (future starters included)."""
    t = StaffMember
    query = select(t).where(t.retired_at.is_(None), or_(t.end_date.is_(None), t.end_date >= today))
    if role:
        query = query.where(t.role == role)
    if search.strip():
        query = query.where(records.matches(t.search_text, search))
    return list(session.execute(query.order_by(t.full_name, t.id)).scalars())


def matrix(
    session: Session,
    rules: RuleBook,
    today: dt.date,
    role: str = "",
    state: str = "",
    search: str = "",
) -> Matrix:
    """The matrix, optionally for one role, staff whose worst cell is ``state``, or a name."""
    members = staff_in_training(session, today, search, role)
    statuses = _statuses(members, rules, today, session)
    labels = topic_labels(rules, today)
    used = {topic for cells in statuses.values() for topic in cells}
    columns = [(key, label) for key, label in labels.items() if key in used]
    result = Matrix(columns)
    for member in members:
        cells = {key: statuses[member.id].get(key) for key, _label in columns}
        row = MatrixRow(member.id, member.full_name, member.role, member.start_date, cells)
        if state and row.worst() != state:
            continue
        result.rows.append(row)
    return result


def summary_by_staff(
    session: Session, rules: RuleBook, today: dt.date, members: Sequence[StaffMember]
) -> dict[int, str]:
    """One line per staff member for the staff list: "up to date", "1 overdue, 2 due"."""
    current = [m for m in members if not m.retired and (m.end_date is None or m.end_date >= today)]
    found: dict[int, str] = {}
    for staff_id, cells in _statuses(current, rules, today, session).items():
        counts = Counter(c.state for c in cells.values())
        overdue, due = counts[programme.OVERDUE], counts[programme.DUE]
        parts = [
            tr("{n} overdue").format(n=overdue) if overdue else "",
            tr("{n} due").format(n=due) if due else "",
        ]
        text = ", ".join(p for p in parts if p)
        found[staff_id] = text or (tr("up to date") if cells else tr("none required"))
    return found


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Every required course of every member of staff, with its due date."""
    members = staff_in_training(session, today)
    labels = topic_labels(rules, today)
    found = []
    statuses = _statuses(members, rules, today, session)
    for member in members:
        policy = programme.role_policy(rules, member.role, today)
        for topic, status in statuses[member.id].items():
            if status.last_completed is None:
                detail = tr("new starter: within {n} days of starting").format(
                    n=policy.new_starter_days
                )
            else:
                detail = tr("last completed {day}").format(
                    day=status.last_completed.strftime("%d.%m.%Y")
                )
            found.append(
                deadline_registry.Deadline(
                    register="staff_member",
                    record_id=member.id,
                    kind=tr("Training"),
                    title=f"{labels.get(topic, topic)} — {member.full_name}",
                    due=status.due,
                    remind_from=status.due - dt.timedelta(days=policy.due_soon_days),
                    owner=member.full_name,
                    detail=detail,
                )
            )
    return found


def cell_text(cell: programme.TrainingStatus | None) -> str:
    """A matrix cell in words: "done (next 12.03.2027)", "due 20.12.2026", "overdue since …"."""
    if cell is None:
        return ""
    day = cell.due.strftime("%d.%m.%Y")
    if cell.state == programme.DONE:
        return tr("done (next {day})").format(day=day)
    if cell.state == programme.DUE:
        return tr("due {day}").format(day=day)
    return tr("overdue since {day}").format(day=day)


def export_matrix(session: Session, rules: RuleBook, today: dt.date, path: Path) -> int:
    """Write the matrix to CSV or XLSX: one row per member of staff, one column per course."""
    found = matrix(session, rules, today)
    roles = {row["key"]: row["label"] for row in rules.value("programme.training.roles", today)}
    headers = [tr("Staff"), tr("Role"), tr("Started"), *(label for _key, label in found.topics)]
    rows = (
        [
            row.name,
            roles.get(row.role, row.role),
            row.start_date,
            *(cell_text(row.cells.get(key)) for key, _label in found.topics),
        ]
        for row in found.rows
    )
    return write_table(path, headers, rows, sheet=tr("Training matrix"))
