"""The AML programme's rules as pure functions: what applies to a firm, MLRO gaps,
training due dates, the next independent audit and the AFSA AML Return.

No database and no Qt: the registers pass plain facts in and get plain answers back.
Every number comes from the rule pack (``resources/rules/programme.toml``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..i18n import tr
from .dates import add_months
from .rulepack import RuleBook

MLRO = "mlro"
DEPUTY = "deputy"
APPOINTMENT_ROLES = (MLRO, DEPUTY)

DONE, DUE, OVERDUE = "done", "due", "overdue"


# --- what applies to the firm -----------------------------------------------------------


@dataclass(frozen=True)
class Requirements:
    """What the firm's profile makes apply, read from the rule pack on one day."""

    jurisdiction: str
    regulator: str
    mlro_required: bool
    deputy_required: bool
    residence_required: bool
    aml_return_months: int  # 0: no annual AML return
    retention_years: int
    mining: bool
    registers: tuple[str, ...]


def jurisdictions(rules: RuleBook, day: dt.date) -> dict[str, dict]:
    return {row["key"]: row for row in rules.value("programme.jurisdictions", day)}


def activities(rules: RuleBook, day: dt.date) -> dict[str, dict]:
    return {row["key"]: row for row in rules.value("programme.activities", day)}


def requirement(rules: RuleBook, jurisdiction: str, name: str, day: dt.date) -> Any:
    """The jurisdiction's rule ``programme.<jurisdiction>.<name>`` on ``day``."""
    return rules.value(f"programme.{jurisdiction}.{name}", day)


def requirements(
    rules: RuleBook, jurisdiction: str, firm_activities: Iterable[str], day: dt.date
) -> Requirements:
    known = jurisdictions(rules, day)
    if jurisdiction not in known:
        raise ValueError(tr("Unknown jurisdiction {key!r}.").format(key=jurisdiction))
    row = known[jurisdiction]
    kinds = activities(rules, day)
    chosen = [kinds[a] for a in firm_activities if a in kinds]
    registers: list[str] = []
    for activity in chosen:
        for name in activity.get("registers", ()):
            if name not in registers:
                registers.append(name)
    return Requirements(
        jurisdiction=jurisdiction,
        regulator=row.get("regulator", ""),
        mlro_required=bool(requirement(rules, jurisdiction, "mlro_required", day)),
        deputy_required=bool(requirement(rules, jurisdiction, "deputy_mlro_required", day)),
        residence_required=bool(requirement(rules, jurisdiction, "mlro_residence_required", day)),
        aml_return_months=int(requirement(rules, jurisdiction, "aml_return_months", day)),
        retention_years=int(rules.value(row["retention_rule"], day)),
        mining=any(bool(a.get("mining")) for a in chosen),
        registers=tuple(registers),
    )


# --- MLRO and deputy --------------------------------------------------------------------


@dataclass(frozen=True)
class Appointment:
    """The facts of one MLRO or deputy appointment the gap rules need."""

    id: int
    role: str  # "mlro" or "deputy"
    person: str
    position: str  # a key of rule "programme.mlro.positions"
    resident: bool
    appointed_on: dt.date
    ended_on: dt.date | None = None

    def current(self, day: dt.date) -> bool:
        return self.appointed_on <= day and (self.ended_on is None or self.ended_on >= day)


@dataclass(frozen=True)
class Gap:
    """Something missing or wrong in the MLRO arrangements, from ``since`` on."""

    code: str  # no_mlro, mlro_not_resident, mlro_position, no_deputy
    message: str
    since: dt.date
    appointment_id: int = 0  # the appointment at fault; 0 when none exists


def eligible_positions(rules: RuleBook, day: dt.date) -> set[str]:
    return {row["key"] for row in rules.value("programme.mlro.positions", day) if row["eligible"]}


def current_holder(
    appointments: Iterable[Appointment], role: str, day: dt.date
) -> Appointment | None:
    """Who holds ``role`` on ``day`` (the latest appointment if several overlap)."""
    holders = [a for a in appointments if a.role == role and a.current(day)]
    return max(holders, key=lambda a: (a.appointed_on, a.id)) if holders else None


def _vacant_since(appointments: Sequence[Appointment], role: str, day: dt.date) -> dt.date:
    ended = [a.ended_on for a in appointments if a.role == role and a.ended_on and a.ended_on < day]
    return max(ended) + dt.timedelta(days=1) if ended else day


def mlro_gaps(
    needs: Requirements,
    appointments: Sequence[Appointment],
    eligible: set[str],
    day: dt.date,
) -> list[Gap]:
    """The MLRO gaps on ``day``: no MLRO; an MLRO who is not resident in Kazakhstan or
    whose position is not one the rules allow; no deputy where one is required."""
    gaps: list[Gap] = []
    mlro = current_holder(appointments, MLRO, day)
    if mlro is None:
        if needs.mlro_required:
            gaps.append(
                Gap("no_mlro", tr("No MLRO is appointed."), _vacant_since(appointments, MLRO, day))
            )
    else:
        if needs.residence_required and not mlro.resident:
            gaps.append(
                Gap(
                    "mlro_not_resident",
                    tr("The MLRO, {name}, does not reside in Kazakhstan.").format(name=mlro.person),
                    mlro.appointed_on,
                    mlro.id,
                )
            )
        if mlro.position not in eligible:
            gaps.append(
                Gap(
                    "mlro_position",
                    tr(
                        "The MLRO, {name}, is not a director, partner, principal "
                        "representative or senior manager."
                    ).format(name=mlro.person),
                    mlro.appointed_on,
                    mlro.id,
                )
            )
    if needs.deputy_required and current_holder(appointments, DEPUTY, day) is None:
        gaps.append(
            Gap(
                "no_deputy",
                tr("No deputy MLRO is appointed; the firm's rules require one."),
                _vacant_since(appointments, DEPUTY, day),
            )
        )
    return gaps


# --- training ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingPolicy:
    frequency_months: int
    new_starter_days: int
    due_soon_days: int


@dataclass(frozen=True)
class TrainingStatus:
    state: str  # done, due, overdue
    due: dt.date  # when the course is (next) due
    last_completed: dt.date | None

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


def training_due_date(
    start_date: dt.date, last_completed: dt.date | None, policy: TrainingPolicy
) -> dt.date:
    """A new starter is due ``new_starter_days`` after starting; after that, the course is
    due ``frequency_months`` after the last completion."""
    if last_completed is None:
        return start_date + dt.timedelta(days=policy.new_starter_days)
    return add_months(last_completed, policy.frequency_months)


def training_status(
    start_date: dt.date,
    last_completed: dt.date | None,
    policy: TrainingPolicy,
    today: dt.date,
) -> TrainingStatus:
    """done: completed and not due within ``due_soon_days``; due: the due date is today or
    within the window (a new starter inside the starter window is due); overdue: past it."""
    due = training_due_date(start_date, last_completed, policy)
    if due < today:
        state = OVERDUE
    elif last_completed is None or (due - today).days <= policy.due_soon_days:
        state = DUE
    else:
        state = DONE
    return TrainingStatus(state, due, last_completed)


def role_policy(rules: RuleBook, role: str, day: dt.date) -> TrainingPolicy:
    roles = {row["key"]: row for row in rules.value("programme.training.roles", day)}
    default = int(rules.value("programme.training.frequency_months", day))
    return TrainingPolicy(
        frequency_months=int(roles.get(role, {}).get("frequency_months", default)),
        new_starter_days=int(rules.value("programme.training.new_starter_days", day)),
        due_soon_days=int(rules.value("programme.training.due_soon_days", day)),
    )


def required_topics(rules: RuleBook, role: str, day: dt.date) -> tuple[str, ...]:
    roles = {row["key"]: row for row in rules.value("programme.training.roles", day)}
    return tuple(roles.get(role, {}).get("topics", ()))


# --- audits, returns, reviews -----------------------------------------------------------


def next_audit_due(last_audit: dt.date | None, interval_years: int, since: dt.date) -> dt.date:
    """The next independent audit: ``interval_years`` after the last one; with none on
    record, it is due from ``since`` (the day the firm's programme was set up)."""
    if last_audit is None:
        return since
    return add_months(last_audit, 12 * interval_years)


def year_end_on_or_before(day: dt.date, month: int, dom: int) -> dt.date:
    """The last financial year-end (``month``/``dom``) on or before ``day``."""
    for year in (day.year, day.year - 1):
        end = dt.date(year, month, min(dom, calendar.monthrange(year, month)[1]))
        if end <= day:
            return end
    raise AssertionError("unreachable")


def next_year_end(end: dt.date, month: int, dom: int) -> dt.date:
    year = end.year + 1
    return dt.date(year, month, min(dom, calendar.monthrange(year, month)[1]))


def aml_return_due(year_end: dt.date, months: int) -> dt.date:
    """The AML Return for the year ending ``year_end`` is due ``months`` months later
    (the last day of that month when the year ends on a month's last day)."""
    due = add_months(year_end, months)
    if year_end.day == calendar.monthrange(year_end.year, year_end.month)[1]:
        due = due.replace(day=calendar.monthrange(due.year, due.month)[1])
    return due
