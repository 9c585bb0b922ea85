"""Import training attendance from CSV or XLSX: every row valid, or nothing is written.

Header (canonical names; map others with a TOML ``[columns]`` file)::

    date,course,staff,completed,score,certificate,notes

``date`` (YYYY-MM-DD or DD.MM.YYYY), ``course`` (the course title as in Kuzet, or ``#id``)
and ``staff`` (full name, e-mail, or ``#id``) are required. ``completed`` is yes/no (empty
means yes); ``certificate`` is the certificate's number or reference. Rows with the same
course and date are one session: an existing session of that course on that date is used,
otherwise one is created.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...store.models.staff import StaffMember
from ...store.models.training import Course, TrainingAttendance, TrainingSession
from ..errors import FirstLines, ImportRejected, RowProblem
from ..tabular import SourceRow, parse_bool, parse_date, read_rows

IMPORT_FIELDS = ("date", "course", "staff", "completed", "score", "certificate", "notes")
IMPORT_REQUIRED = ("date", "course", "staff")


@dataclass(frozen=True)
class AttendanceImported:
    rows: int
    sessions_created: int


class _Lookup:
    """Find active records by ``#id`` or by a casefolded name (unique, or a clear error)."""

    def __init__(self, noun: str, entries: list[tuple[int, list[str]]]) -> None:
        self.noun = noun
        self.ids = {record_id for record_id, _names in entries}
        self.by_name: dict[str, list[int]] = {}
        for record_id, names in entries:
            for name in names:
                if name:
                    self.by_name.setdefault(" ".join(name.casefold().split()), []).append(record_id)

    def find(self, text: str) -> int:
        text = text.strip()
        if text.startswith("#") and text[1:].isdigit():
            if int(text[1:]) in self.ids:
                return int(text[1:])
            raise ValueError(tr("no {noun} {text} in Kuzet").format(noun=self.noun, text=text))
        found = sorted(set(self.by_name.get(" ".join(text.casefold().split()), [])))
        if not found:
            raise ValueError(
                tr("no {noun} named {text!r} in Kuzet").format(noun=self.noun, text=text)
            )
        if len(found) > 1:
            numbers = ", ".join(f"#{i}" for i in found)
            raise ValueError(
                tr("{count} {noun} records match {text!r} ({numbers}): write the #id").format(
                    count=len(found), noun=self.noun, text=text, numbers=numbers
                )
            )
        return found[0]


def _lookups(session: Session) -> tuple[_Lookup, _Lookup]:
    courses = session.execute(
        select(Course.id, Course.title).where(Course.retired_at.is_(None))
    ).all()
    staff = session.execute(
        select(StaffMember.id, StaffMember.full_name, StaffMember.email).where(
            StaffMember.retired_at.is_(None)
        )
    ).all()
    return (
        _Lookup(tr("course"), [(i, [title]) for i, title in courses]),
        _Lookup(tr("staff member"), [(i, [name, email]) for i, name, email in staff]),
    )


def _parse(
    name: str, row: SourceRow, courses: _Lookup, staff: _Lookup, today: dt.date
) -> tuple[dict[str, Any], list[RowProblem]]:
    problems: list[RowProblem] = []
    data: dict[str, Any] = {
        "score": row.get("score"),
        "certificate_ref": row.get("certificate"),
        "notes": row.get("notes"),
    }
    for field, parse in (
        ("date", parse_date),
        ("course", courses.find),
        ("staff", staff.find),
        ("completed", lambda t: parse_bool(t) if t.strip() else True),
    ):
        try:
            data[field] = parse(row.get(field))
        except ValueError as exc:
            problems.append(RowProblem(name, row.line, field, str(exc)))
    if "date" in data and data["date"] > today and data.get("completed"):
        problems.append(
            RowProblem(name, row.line, "date", tr("in the future: it cannot be completed yet"))
        )
    return data, problems


def import_attendance(
    session: Session,
    path: Path,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> AttendanceImported:
    """Import an attendance sheet; raise ``ImportRejected`` naming every bad row."""
    rows = read_rows(path, IMPORT_FIELDS, IMPORT_REQUIRED, mapping)
    courses, staff = _lookups(session)
    problems: list[RowProblem] = []
    parsed: list[dict[str, Any]] = []
    seen = FirstLines(path.name, "staff")
    for row in progress.each(rows, tr("Checking {name}").format(name=path.name), 500):
        data, row_problems = _parse(path.name, row, courses, staff, today)
        if not row_problems:
            seen.check((data["course"], data["date"], data["staff"]), row.line, row_problems)
            data["line"] = row.line
            parsed.append(data)
        problems.extend(row_problems)
    existing = _existing_sessions(session, {(d["course"], d["date"]) for d in parsed})
    for data in parsed:
        held = existing.get((data["course"], data["date"]))
        if held is not None and data["staff"] in held[1]:
            problems.append(
                RowProblem(
                    path.name,
                    data["line"],
                    "staff",
                    tr("already recorded as attending this session (#{id})").format(id=held[0]),
                )
            )
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: (p.line, p.field)))
    created = 0
    for data in progress.each(parsed, tr("Importing {name}").format(name=path.name), 500):
        key = (data["course"], data["date"])
        if key not in existing:
            held = TrainingSession(
                course_id=data["course"],
                held_on=data["date"],
                notes=tr("imported from {name}").format(name=path.name),
            )
            session.add(held)
            session.flush()
            existing[key] = (held.id, set())
            created += 1
        session.add(
            TrainingAttendance(
                session_id=existing[key][0],
                staff_member_id=data["staff"],
                completed=bool(data["completed"]),
                score=data["score"],
                certificate_ref=data["certificate_ref"],
                notes=data["notes"],
            )
        )
    session.flush()
    return AttendanceImported(len(parsed), created)


def _existing_sessions(
    session: Session, keys: set[tuple[int, dt.date]]
) -> dict[tuple[int, dt.date], tuple[int, set[int]]]:
    """(course, date) -> (the earliest active session, staff already attending it)."""
    if not keys:
        return {}
    courses = {course for course, _day in keys}
    found: dict[tuple[int, dt.date], tuple[int, set[int]]] = {}
    query = (
        select(TrainingSession)
        .where(TrainingSession.retired_at.is_(None), TrainingSession.course_id.in_(courses))
        .order_by(TrainingSession.id)
    )
    for held in session.execute(query).scalars():
        key = (held.course_id, held.held_on)
        if key in keys and key not in found:
            found[key] = (held.id, set())
    if found:
        session_ids = {value[0]: key for key, value in found.items()}
        attending = session.execute(
            select(TrainingAttendance.session_id, TrainingAttendance.staff_member_id).where(
                TrainingAttendance.retired_at.is_(None),
                TrainingAttendance.session_id.in_(list(session_ids)),
            )
        )
        for session_id, staff_id in attending:
            found[session_ids[session_id]][1].add(staff_id)
    return found
