"""MLRO and deputy MLRO appointments, and the gaps the dashboard flags.

Gaps (``regime.programme.mlro_gaps``): no MLRO; an MLRO not resident in Kazakhstan; an
MLRO whose position is not director, partner, principal representative or senior manager;
no deputy where the firm's jurisdiction requires one. They need the firm profile (which
decides what is required); without a profile no gap is reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import case, literal, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime import programme
from ...regime.rulepack import RuleBook
from ...regime.severity import HIGH
from ...store.models.firm import MlroAppointment
from .. import deadlines as deadline_registry
from ..listing import Column, Filter, ListQuery, RecordListing
from . import firm
from . import shared as records

FIELDS = (
    "role",
    "person_name",
    "position",
    "resident_in_kz",
    "appointed_on",
    "approved_on",
    "notified_on",
    "regulator_reference",
    "ended_on",
    "notes",
)


def role_labels() -> dict[str, str]:
    return {programme.MLRO: tr("MLRO"), programme.DEPUTY: tr("Deputy MLRO")}


def position_labels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    return {row["key"]: row["label"] for row in rules.value("programme.mlro.positions", day)}


def validate(
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.get("role") not in programme.APPOINTMENT_ROLES:
        errors["role"] = tr("Choose MLRO or deputy MLRO.")
    if not records.text(data.get("person_name")):
        errors["person_name"] = tr("Enter the person's full name.")
    if data.get("position") not in position_labels(rules, today):
        errors["position"] = tr("Choose the person's position in the firm.")
    appointed, ended = records.span(
        data,
        "appointed_on",
        "ended_on",
        errors,
        tr("Enter the date of appointment."),
        tr("The appointment cannot end before it starts."),
    )
    records.not_future(data.get("notified_on"), today, "notified_on", errors)
    records.not_future(data.get("approved_on"), today, "approved_on", errors)
    if session is not None and not errors:
        clash = _overlapping(session, data["role"], appointed, ended, editing)
        if clash is not None:
            errors["appointed_on"] = tr(
                "Overlaps the appointment of {name} (#{id}): enter the date it ended first."
            ).format(name=clash.person_name, id=clash.id)
    return errors


def _overlapping(
    session: Session, role: str, start: dt.date, end: dt.date | None, editing: int | None
) -> MlroAppointment | None:
    t = MlroAppointment
    query = select(t).where(
        t.retired_at.is_(None),
        t.role == role,
        or_(t.ended_on.is_(None), t.ended_on >= start),
    )
    if end is not None:
        query = query.where(t.appointed_on <= end)
    if editing is not None:
        query = query.where(t.id != editing)
    return session.execute(query.order_by(t.id)).scalars().first()


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    search = ("person_name", "position", "regulator_reference")
    cleaned = records.cleaned(data, FIELDS, ("person_name", "regulator_reference", "notes"), search)
    cleaned["resident_in_kz"] = bool(cleaned["resident_in_kz"])
    return cleaned


APPOINTMENTS = records.Register(
    MlroAppointment, FIELDS, _clean, lambda: tr("appointment"), check=validate
)
create, update = APPOINTMENTS.create, APPOINTMENTS.update
get, retire = APPOINTMENTS.get, APPOINTMENTS.retire


# --- gaps -------------------------------------------------------------------------------


def appointments(session: Session) -> list[programme.Appointment]:
    query = select(MlroAppointment).where(MlroAppointment.retired_at.is_(None))
    return [
        programme.Appointment(
            a.id, a.role, a.person_name, a.position, a.resident_in_kz, a.appointed_on, a.ended_on
        )
        for a in session.execute(query).scalars()
    ]


def gaps(session: Session, rules: RuleBook, today: dt.date) -> list[programme.Gap]:
    """The MLRO gaps today (none while the firm has no profile)."""
    needs = firm.requirements(session, rules, today)
    if needs is None:
        return []
    eligible = programme.eligible_positions(rules, today)
    return programme.mlro_gaps(needs, appointments(session), eligible, today)


def current_mlro_name(session: Session, today: dt.date) -> str:
    holder = programme.current_holder(appointments(session), programme.MLRO, today)
    return holder.person if holder else ""


def mlro_deadline(
    session: Session, today: dt.date, window: int, **fields: Any
) -> deadline_registry.Deadline:
    """A deadline of the programme as a whole (the next audit, the review of the risk
    assessment, an AML Return): owned by the MLRO in office, shown ``window`` days ahead."""
    return deadline_registry.Deadline(
        remind_from=fields["due"] - dt.timedelta(days=window),
        owner=current_mlro_name(session, today),
        **fields,
    )


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    return [
        deadline_registry.Deadline(
            register="mlro_appointment",
            record_id=gap.appointment_id,
            kind=tr("MLRO gap"),
            title=gap.message,
            due=gap.since,
            remind_from=gap.since,
            owner="",
            detail=_advice(gap.code),
        )
        for gap in gaps(session, rules, today)
    ]


def _advice(code: str) -> str:
    return {
        "no_mlro": tr("Appoint an MLRO and notify the regulator."),
        "mlro_not_resident": tr("Appoint a resident MLRO, or record the MLRO's residence."),
        "mlro_position": tr(
            "Eligible positions: director, partner, principal representative, senior manager."
        ),
        "no_deputy": tr("Appoint a deputy MLRO to act when the MLRO is absent."),
    }.get(code, "")


# --- the list ---------------------------------------------------------------------------


class AppointmentListing(RecordListing):
    """MLRO and deputy appointments, current first; ties: the MLRO before the deputy, then
    the latest entry first."""

    model = MlroAppointment
    columns = (
        Column("role", "Role"),
        Column("person", "Person"),
        Column("position", "Position"),
        Column("resident", "Resident in KZ"),
        Column("appointed_on", "Appointed", "right"),
        Column("approved_on", "Approved", "right"),
        Column("notified_on", "Notified", "right"),
        Column("ended_on", "Ended", "right"),
        Column("status", "Status"),
        Column("flags", "Flags", sortable=False),
    )
    default_sort = ("status", False)
    folded_search = "search_text"
    tie_break = "desc"  # ties (after the role, ``ties``): the latest entry first

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today
        self.positions = {k: tr(v) for k, v in position_labels(rules, today).items()}
        self.eligible = programme.eligible_positions(rules, today)
        self.roles = role_labels()
        self.residence_required = True

    def filters(self, session: Session) -> list[Filter]:
        needs = firm.requirements(session, self.rules, self.today)
        self.residence_required = needs.residence_required if needs else True
        return [
            Filter("role", tr("Role"), (("", tr("Any role")), *self.roles.items())),
            Filter(
                "status",
                tr("Status"),
                (("", tr("Any status")), *((s, tr(s.title())) for s in ("current", "ended"))),
            ),
        ]

    def _status_sql(self) -> Any:
        t = self.table
        return case(
            (t.appointed_on > self.today, literal("planned")),
            ((t.ended_on.is_not(None)) & (t.ended_on < self.today), literal("ended")),
            else_=literal("current"),
        )

    def where(self, query: ListQuery) -> list[Any]:
        conditions = []
        if query.filters.get("role"):
            conditions.append(self.table.role == query.filters["role"])
        if query.filters.get("status"):
            conditions.append(self._status_sql() == query.filters["status"])
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return {
            "role": t.role,
            "person": records.folded(t.person_name),
            "position": t.position,
            "resident": t.resident_in_kz,
            "appointed_on": t.appointed_on,
            "approved_on": t.approved_on,
            "notified_on": t.notified_on,
            "ended_on": t.ended_on,
            "status": self._status_sql(),
        }

    def ties(self, query: ListQuery) -> list[Any]:
        """The MLRO before the deputy, then the latest entry first (``tie_break``)."""
        return [self.table.role.desc(), *super().ties(query)]

    def row(self, a: MlroAppointment) -> tuple[Any, ...]:
        if a.appointed_on > self.today:
            status = tr("planned")
        elif a.ended_on is not None and a.ended_on < self.today:
            status = tr("ended")
        else:
            status = tr("current")
        if a.retired:
            status = tr("retired")
        flags = []
        if status == tr("current"):
            if not a.resident_in_kz and self.residence_required:
                flags.append(tr("not resident in Kazakhstan"))
            if a.role == programme.MLRO and a.position not in self.eligible:
                flags.append(tr("position not eligible"))
            if a.notified_on is None:
                flags.append(tr("regulator not notified"))
        return (
            self.roles.get(a.role, a.role),
            a.person_name,
            self.positions.get(a.position, a.position),
            a.resident_in_kz,
            a.appointed_on,
            a.approved_on,
            a.notified_on,
            a.ended_on,
            status,
            "; ".join(flags),
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[8] in (tr("ended"), tr("retired")):
            return "muted"
        if values[9]:
            return HIGH  # a gap in the MLRO or deputy appointment
        return None
