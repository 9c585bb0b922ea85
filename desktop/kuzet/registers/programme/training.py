"""Training: courses (topic, curriculum, provider, hours), sessions held, attendance with
certificates (the file kept encrypted in the document vault).

What is due and when is worked out in ``training_matrix``; attendance sheets are imported
by ``training_import``; the lists are in ``training_listings``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.models.staff import StaffMember
from ...store.models.training import Course, TrainingAttendance, TrainingSession
from ..errors import ValidationFailed
from . import shared as records

COURSE_FIELDS = ("title", "topic", "curriculum", "provider", "hours", "notes")
SESSION_FIELDS = ("course_id", "held_on", "trainer", "location", "notes")


def topics(rules: RuleBook, day: dt.date) -> dict[str, dict]:
    return {row["key"]: row for row in rules.value("programme.training.topics", day)}


def topic_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {k: row["label"] for k, row in topics(rules, day).items()}


def curriculum_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {row["key"]: row["label"] for row in rules.value("programme.training.curriculum", day)}


# --- courses ----------------------------------------------------------------------------


def validate_course(data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not records.text(data.get("title")):
        errors["title"] = tr("Enter the course title.")
    if data.get("topic") not in topics(rules, today):
        errors["topic"] = tr("Choose the required course (topic) this course counts for.")
    known = curriculum_labels(rules, today)
    unknown = [c for c in data.get("curriculum") or () if c not in known]
    if unknown:
        errors["curriculum"] = tr("Unknown curriculum item: {keys}.").format(
            keys=", ".join(unknown)
        )
    try:
        hours = Decimal(str(data.get("hours") if data.get("hours") not in (None, "") else 0))
        if not hours.is_finite() or hours < 0:
            raise InvalidOperation
    except InvalidOperation:
        errors["hours"] = tr("Hours must be a number of 0 or more (e.g. 1.5).")
    return errors


def _clean_course(data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> dict[str, Any]:
    cleaned = records.cleaned(data, COURSE_FIELDS, ("title", "provider", "notes"))
    items = list(dict.fromkeys(data.get("curriculum") or ()))
    if not items:  # the topic's own curriculum
        items = list(topics(rules, today)[cleaned["topic"]].get("curriculum", ()))
    cleaned["curriculum"] = json.dumps(items)
    hours = data.get("hours")
    cleaned["hours"] = Decimal(str(hours)) if hours not in (None, "") else Decimal("0")
    cleaned["search_text"] = records.fold(cleaned["title"], cleaned["provider"])
    return cleaned


def course_curriculum(course: Course) -> list[str]:
    return list(json.loads(course.curriculum or "[]"))


COURSES = records.Register(
    Course,
    COURSE_FIELDS,
    None,  # a course is cleaned with the rules (its topic's curriculum)
    lambda: tr("course"),
    current=lambda course: (
        {f: getattr(course, f) for f in COURSE_FIELDS} | {"curriculum": course_curriculum(course)}
    ),
    check=lambda data, rules, today, _session, _editing: validate_course(data, rules, today),
    clean_by_rules=_clean_course,
)
create_course, update_course = COURSES.create, COURSES.update
get_course, retire_course = COURSES.get, COURSES.retire


def active_courses(session: Session) -> list[Course]:
    query = select(Course).where(Course.retired_at.is_(None)).order_by(Course.title, Course.id)
    return list(session.execute(query).scalars())


# --- sessions and attendance --------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    """One line of a session's attendance as the officer enters it."""

    staff_member_id: int
    completed: bool = True
    score: str = ""
    certificate_ref: str = ""
    notes: str = ""


def validate_session(session: Session, data: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    course = session.get(Course, data.get("course_id") or 0)
    if course is None or course.retired:
        errors["course_id"] = tr("Choose the course that was held.")
    if data.get("held_on") is None:
        errors["held_on"] = tr("Enter the date the session was held.")
    return errors


def _check_attendees(
    session: Session, attendees: list[Attendee], held_on: dt.date | None, today: dt.date
) -> dict[str, str]:
    seen: set[int] = set()
    for attendee in attendees:
        member = session.get(StaffMember, attendee.staff_member_id)
        if member is None or member.retired:
            return {
                "attendees": tr("Staff member #{id} does not exist.").format(
                    id=attendee.staff_member_id
                )
            }
        if attendee.staff_member_id in seen:
            return {"attendees": tr("{name} is listed twice.").format(name=member.full_name)}
        seen.add(attendee.staff_member_id)
    if held_on is not None and held_on > today and any(a.completed for a in attendees):
        return {"attendees": tr("A session in the future cannot be completed yet.")}
    return {}


SESSIONS = records.Register(
    TrainingSession,
    SESSION_FIELDS,
    lambda data: records.cleaned(data, SESSION_FIELDS, ("trainer", "location", "notes")),
    lambda: tr("session"),
)


def save_session(
    session: Session,
    data: Mapping[str, Any],
    attendees: list[Attendee],
    today: dt.date,
    session_id: int | None = None,
) -> TrainingSession:
    """Create or edit a session with its attendance. Staff no longer listed are taken
    off it (their attendance retired, kept in the trail); the others are added or updated."""

    def check(merged: dict[str, Any]) -> dict[str, str]:
        errors = validate_session(session, merged, today)
        return errors | _check_attendees(session, attendees, merged.get("held_on"), today)

    held = SESSIONS.save(session, session_id, data, check)
    current = {a.staff_member_id: a for a in attendance(session, held.id)}
    wanted = {a.staff_member_id: a for a in attendees}
    for staff_id, row in current.items():
        if staff_id not in wanted:
            records.retire(
                session, TrainingAttendance, row.id, tr("taken off the session"), tr("attendance")
            )
    for staff_id, attendee in wanted.items():
        fields = {
            "completed": bool(attendee.completed),
            "score": records.text(attendee.score),
            "certificate_ref": records.text(attendee.certificate_ref),
            "notes": records.text(attendee.notes),
        }
        if staff_id in current:
            records.assign(current[staff_id], fields)
        else:
            session.add(TrainingAttendance(session_id=held.id, staff_member_id=staff_id, **fields))
    session.flush()
    return held


def get_session(session: Session, session_id: int) -> TrainingSession:
    return SESSIONS.get(session, session_id)


def retire_session(session: Session, session_id: int, reason: str) -> TrainingSession:
    """Retire a session; its attendance stops counting (kept, like everything, in the trail)."""
    return SESSIONS.retire(session, session_id, reason)


def attendance(session: Session, session_id: int) -> list[TrainingAttendance]:
    query = (
        select(TrainingAttendance)
        .where(TrainingAttendance.session_id == session_id, TrainingAttendance.retired_at.is_(None))
        .order_by(TrainingAttendance.id)
    )
    return list(session.execute(query).scalars())


def attendance_sheet(
    session: Session, session_id: int
) -> tuple[TrainingSession, list[tuple[TrainingAttendance, str]]]:
    """A session with who attended it: each attendance with the staff member's name."""
    held = get_session(session, session_id)
    rows = attendance(session, session_id)
    return held, [(row, session.get(StaffMember, row.staff_member_id).full_name) for row in rows]


# --- certificates in the document vault -------------------------------------------------


def attach_certificates(
    session: Session, session_id: int, files: Mapping[int, Path], passphrase: str | None = None
) -> None:
    """Attach certificate files (staff id -> file) to the staff's attendance of a session
    (a file for someone not attending it is left out)."""
    attending = {a.staff_member_id: a.id for a in attendance(session, session_id)}
    for staff_id, path in files.items():
        if staff_id in attending:
            attach_certificate(session, attending[staff_id], path, passphrase)


def attach_certificate(
    session: Session, attendance_id: int, path: Path, passphrase: str | None = None
) -> TrainingAttendance:
    """Encrypt the certificate file into the document vault and record it on the
    attendance. The vault's key is made on first use (OS keyring, or ``passphrase`` where
    there is none); a locked vault needs ``passphrase`` (``VaultLocked`` otherwise)."""
    # Imported here for start-up time: the Dashboard reads training through this module,
    # and the vault loads the cryptography library.
    from ...store import vault
    from ...store.keys import VaultNotSetUp

    row = records.editable(session, TrainingAttendance, attendance_id, tr("attendance"))
    data = path.read_bytes()
    database = vault.database_of(session)
    try:
        opened = vault.open_vault(session, database, passphrase)
    except VaultNotSetUp:
        # a team database's first vault is a team vault, as the desk's (issue #18)
        opened = vault.create_vault(session, database, passphrase, vault.team_database(session))
    stored = opened.put(data)
    try:
        records.assign(
            row,
            {
                "certificate_file": path.name,
                "certificate_sha256": stored.sha256,
                "certificate_blob": stored.blob_name,
                "certificate_vault_id": opened.vault_id,
            },
        )
        session.flush()
    except BaseException:
        opened.discard(stored.blob_name)
        raise
    return row


def certificate(
    session: Session, attendance_id: int, passphrase: str | None = None
) -> tuple[str, bytes]:
    """The certificate's file name and content, decrypted to memory and checked."""
    from ...store import vault  # here for start-up time (see attach_certificate)

    row = records.fetch(session, TrainingAttendance, attendance_id, tr("attendance"))
    if not row.certificate_blob:
        raise ValidationFailed({"": tr("No certificate file is attached.")})
    opened = vault.open_vault(session, vault.database_of(session), passphrase)
    return row.certificate_file, opened.get(row.certificate_blob, row.certificate_sha256)
