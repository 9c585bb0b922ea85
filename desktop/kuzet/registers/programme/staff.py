"""The staff register: name, role (which decides the required training), start and end
dates, and employee screening at hiring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import case, literal, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.models.staff import SCREENING_RESULTS, StaffMember
from ..errors import ValidationFailed
from ..listing import Column, Filter, ListQuery
from . import shared as records

FIELDS = (
    "full_name",
    "role",
    "job_title",
    "email",
    "start_date",
    "end_date",
    "screened_on",
    "screening_result",
    "screening_notes",
    "notes",
)


def role_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {row["key"]: row["label"] for row in rules.value("programme.training.roles", day)}


def screening_labels() -> dict[str, str]:
    return {"clear": tr("clear"), "concerns": tr("concerns"), "pending": tr("pending")}


def validate(data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not records.text(data.get("full_name")):
        errors["full_name"] = tr("Enter the staff member's full name.")
    if data.get("role") not in role_labels(rules, today):
        errors["role"] = tr("Choose the role: it decides which training is required.")
    start, end = data.get("start_date"), data.get("end_date")
    if start is None:
        errors["start_date"] = tr("Enter the start date.")
    if start is not None and end is not None and end < start:
        errors["end_date"] = tr("The end date cannot be before the start date.")
    result = data.get("screening_result") or "pending"
    if result not in SCREENING_RESULTS:
        errors["screening_result"] = tr("Screening result must be clear, concerns or pending.")
    elif result != "pending" and data.get("screened_on") is None:
        errors["screened_on"] = tr("Enter the date of the screening.")
    records.not_future(data.get("screened_on"), today, "screened_on", errors)
    email = records.text(data.get("email"))
    if email and ("@" not in email or " " in email):
        errors["email"] = tr("Not an e-mail address.")
    return errors


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {f: data.get(f) for f in FIELDS}
    for key in ("full_name", "job_title", "email", "screening_notes", "notes"):
        cleaned[key] = records.text(cleaned[key])
    cleaned["full_name"] = " ".join(cleaned["full_name"].split())
    cleaned["screening_result"] = cleaned["screening_result"] or "pending"
    cleaned["search_text"] = records.fold(
        cleaned["full_name"], cleaned["job_title"], cleaned["email"]
    )
    return cleaned


def create(
    session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> StaffMember:
    errors = validate(data, rules, today)
    if errors:
        raise ValidationFailed(errors)
    member = StaffMember(**_clean(data))
    session.add(member)
    session.flush()
    return member


def update(
    session: Session, record_id: int, data: Mapping[str, Any], rules: RuleBook, today: dt.date
) -> StaffMember:
    member = records.editable(session, StaffMember, record_id, tr("staff member"))
    merged = {f: getattr(member, f) for f in FIELDS} | dict(data)
    errors = validate(merged, rules, today)
    if errors:
        raise ValidationFailed(errors)
    records.assign(member, _clean(merged))
    session.flush()
    return member


def get(session: Session, record_id: int) -> StaffMember:
    return records.fetch(session, StaffMember, record_id, tr("staff member"))


def retire(session: Session, record_id: int, reason: str) -> StaffMember:
    return records.retire(session, StaffMember, record_id, reason, tr("staff member"))


def employed(session: Session, today: dt.date) -> list[StaffMember]:
    """Staff on the books today (not retired, started, not left), by name."""
    query = (
        select(StaffMember)
        .where(
            StaffMember.retired_at.is_(None),
            StaffMember.start_date <= today,
            (StaffMember.end_date.is_(None)) | (StaffMember.end_date >= today),
        )
        .order_by(StaffMember.full_name, StaffMember.id)
    )
    return list(session.execute(query).scalars())


# --- the list ---------------------------------------------------------------------------


class StaffListing:
    columns = (
        Column("name", "Name"),
        Column("role", "Role"),
        Column("job_title", "Job title"),
        Column("start_date", "Started", "right"),
        Column("end_date", "Left", "right"),
        Column("screening", "Screening at hiring"),
        Column("screened_on", "Screened", "right"),
        Column("training", "Training", sortable=False),
    )
    default_sort = ("name", False)

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

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = StaffMember.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        left = case(
            ((t.end_date.is_not(None)) & (t.end_date < self.today), literal("left")),
            else_=literal("current"),
        )
        if query.filters.get("role"):
            stmt = stmt.where(t.role == query.filters["role"])
        if query.filters.get("status"):
            stmt = stmt.where(left == query.filters["status"])
        if query.filters.get("screening"):
            stmt = stmt.where(t.screening_result == query.filters["screening"])
        if query.search.strip():
            stmt = stmt.where(records.matches(t.search_text, query.search))
        sort = {
            "name": records.folded(t.full_name),
            "role": t.role,
            "job_title": records.folded(t.job_title),
            "start_date": t.start_date,
            "end_date": t.end_date,
            "screening": t.screening_result,
            "screened_on": t.screened_on,
        }.get(query.sort, records.folded(t.full_name))
        stmt = stmt.order_by(*records.order(sort, query.descending), t.id)
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        from .training_matrix import summary_by_staff

        members = list(
            session.execute(select(StaffMember).where(StaffMember.id.in_(list(ids)))).scalars()
        )
        training = summary_by_staff(session, self.rules, self.today, members)
        return {m.id: self.row(m, training.get(m.id, "")) for m in members}

    def row(self, m: StaffMember, training: str) -> tuple[Any, ...]:
        return (
            m.full_name,
            self.roles.get(m.role, m.role),
            m.job_title,
            m.start_date,
            m.end_date,
            self.results.get(m.screening_result, m.screening_result),
            m.screened_on,
            training,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[4] is not None and values[4] < self.today:
            return "muted"
        if values[5] == self.results["concerns"] or tr("overdue") in str(values[7]):
            return "bad"
        if values[5] == self.results["pending"] or tr("due") in str(values[7]):
            return "warn"
        return None
