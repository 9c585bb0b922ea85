"""The compliance calendar: every deadline of every register in one place.

It collects the deadlines of every register listed in ``PROVIDERS`` (licences, customers,
screening, mining, monitoring, the AML programme), filters by register, owner and dates, groups
by day for the month view, sums up what is overdue and due this week for the start-up
notice, and writes an iCalendar (.ics) file for Outlook or Google Calendar.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from ..i18n import tr
from ..progress import NO_PROGRESS, Progress
from ..regime.rulepack import RuleBook
from ..regime.severity import severity_key
from ..store.files import atomic_write_bytes
from .customers import reviews as customer_reviews
from .deadlines import Deadline
from .licensing import licences, pools
from .mining import fees as mining_fees
from .mining import mandatory_sale, pool_reports, venues
from .monitoring import fiu_reports
from .programme import audits, mlro, responses, risk_assessment, training_matrix
from .screening import review as screening_review
from .system import trail_labels

NOTICE_DAYS = 7  # "due this week": today and the six days after (a display choice)
PRODID = "-//Kuzet//Compliance calendar//EN"

Provider = Callable[[Session, RuleBook, dt.date], Iterable[Deadline]]

# Every register with deadlines, by name. A register with new deadlines is added here: a
# provider missing from this list would be missing from the Dashboard and the calendar.
PROVIDERS: dict[str, Provider] = {
    "licence": licences.deadlines,
    "pool_accreditation": pools.deadlines,
    "customer": customer_reviews.deadlines,
    "screening_hit": screening_review.deadlines,
    "fiu_reports": fiu_reports.deadlines,
    "venue": venues.deadlines,
    "mining_sale": mandatory_sale.deadlines,
    "mining_fee": mining_fees.deadlines,
    "pool_distribution_report": pool_reports.deadlines,
    "mlro_appointment": mlro.deadlines,
    "training": training_matrix.deadlines,
    "audit": audits.audit_deadlines,
    "remediation_action": audits.action_deadlines,
    "business_risk_assessment": risk_assessment.assessment_deadlines,
    "aml_return": risk_assessment.return_deadlines,
    "management_response": responses.deadlines,
}


def collect(session: Session, rules: RuleBook, today: dt.date) -> list[Deadline]:
    """Every deadline of every register, soonest first, each with its severity."""
    found: list[Deadline] = []
    for provider in PROVIDERS.values():
        found.extend(d.rated(rules, today) for d in provider(session, rules, today))
    return sorted(found, key=lambda d: (d.due, d.register, d.record_id))


def by_severity(items: Iterable[Deadline]) -> list[Deadline]:
    """Most serious first, then soonest due (the Dashboard's order)."""
    return sorted(items, key=lambda d: (severity_key(d.severity), d.due, d.register, d.record_id))


def reminders(session: Session, rules: RuleBook, today: dt.date) -> list[Deadline]:
    """What the dashboard shows today: deadlines whose reminder window has opened."""
    return open_reminders(collect(session, rules, today), today)


def open_reminders(items: Iterable[Deadline], today: dt.date) -> list[Deadline]:
    """Those of ``items`` whose reminder window has opened by ``today``."""
    return [d for d in items if d.remind_from <= today]


def register_labels() -> dict[str, str]:
    """Readable names for the registers that contribute deadlines."""
    return {
        "licence": tr("Licences"),
        "pool_accreditation": tr("Pool accreditations"),
        "customer": tr("Customers"),
        "customer_review": tr("Customer reviews"),
        "customer_document": tr("Customer documents"),
        "mlro_appointment": tr("MLRO"),
        "staff_member": tr("Training"),
        "audit_engagement": tr("Independent audits"),
        "remediation_action": tr("Remediation actions"),
        "business_risk_assessment": tr("Business risk assessment"),
        "aml_return": tr("AML Returns"),
        "pool_distribution_report": tr("Pool distribution reports"),
    }


def register_label(name: str) -> str:
    return register_labels().get(name) or tr(trail_labels.register_label(name))


def entries(
    session: Session,
    rules: RuleBook,
    today: dt.date,
    register: str = "",
    owner: str = "",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Deadline]:
    """Deadlines of every register, soonest first, filtered by register name, owner and
    due date (``start`` and ``end`` included)."""
    return select_entries(collect(session, rules, today), register, owner, start, end)


def select_entries(
    items: Iterable[Deadline],
    register: str = "",
    owner: str = "",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Deadline]:
    return [
        d
        for d in items
        if (not register or d.register == register)
        and (not owner or d.owner == owner)
        and (start is None or d.due >= start)
        and (end is None or d.due <= end)
    ]


def registers_in(items: Iterable[Deadline]) -> list[tuple[str, str]]:
    """(register name, label) of the registers present, by label."""
    names = {d.register for d in items}
    return sorted(((n, register_label(n)) for n in names), key=lambda pair: pair[1].casefold())


def owners_in(items: Iterable[Deadline]) -> list[str]:
    return sorted({d.owner for d in items if d.owner}, key=str.casefold)


def by_day(items: Iterable[Deadline]) -> dict[dt.date, list[Deadline]]:
    days: dict[dt.date, list[Deadline]] = defaultdict(list)
    for item in items:
        days[item.due].append(item)
    return dict(days)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def in_month(items: Iterable[Deadline], year: int, month: int) -> list[Deadline]:
    start, end = month_bounds(year, month)
    return select_entries(items, start=start, end=end)


# --- the start-up notice ----------------------------------------------------------------


@dataclass(frozen=True)
class Notice:
    overdue: tuple[Deadline, ...]
    this_week: tuple[Deadline, ...]

    @property
    def empty(self) -> bool:
        return not self.overdue and not self.this_week

    def headline(self) -> str:
        return tr("{overdue} overdue, {week} due this week").format(
            overdue=len(self.overdue), week=len(self.this_week)
        )

    def text(self, limit: int = 5) -> str:
        """A few lines for a tray message: the most urgent first."""
        lines = [f"{d.due:%d.%m} {d.kind}: {d.title}" for d in (*self.overdue, *self.this_week)]
        more = len(lines) - limit
        shown = lines[:limit]
        if more > 0:
            shown.append(tr("… and {n} more").format(n=more))
        return "\n".join(shown)


def notice(items: Sequence[Deadline], today: dt.date, days: int = NOTICE_DAYS) -> Notice:
    """What is overdue, and what falls due from today through the next ``days`` - 1 days."""
    last = today + dt.timedelta(days=days - 1)
    return Notice(
        overdue=tuple(d for d in items if d.due < today),
        this_week=tuple(d for d in items if today <= d.due <= last),
    )


# --- iCalendar --------------------------------------------------------------------------


def event_uid(item: Deadline) -> str:
    """Stable across exports (register, record, kind, title), so importing a newer file
    into the same calendar updates events instead of adding copies."""
    key = f"{item.register}|{item.record_id}|{item.kind}|{item.title}"
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}@kuzet"


def to_ics(
    items: Sequence[Deadline],
    today: dt.date,
    calendar_name: str,
    progress: Progress = NO_PROGRESS,
) -> bytes:
    """An iCalendar file: one all-day event per deadline, with an alarm when its
    reminder window opens (for deadlines still ahead). icalendar takes 1-2 ms an event."""
    from icalendar import Alarm, Calendar, Event  # loaded on export only: start-up time

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in progress.each(items, tr("Writing the calendar"), 250):
        event = Event()
        event.add("uid", event_uid(item))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + dt.timedelta(days=1))
        event.add("summary", f"{item.kind}: {item.title}")
        lines = [register_label(item.register)]
        if item.detail:
            lines.append(item.detail)
        if item.owner:
            lines.append(tr("Owner: {owner}").format(owner=item.owner))
        lines.append(
            tr("Kuzet record: {register} #{id}").format(register=item.register, id=item.record_id)
        )
        event.add("description", "\n".join(lines))
        event.add("categories", [register_label(item.register)])
        event.add("transp", "TRANSPARENT")
        lead = (item.due - item.remind_from).days
        if item.due >= today and lead > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{item.kind}: {item.title}")
            alarm.add("trigger", -dt.timedelta(days=lead))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(
    path: Path,
    items: Sequence[Deadline],
    today: dt.date,
    calendar_name: str,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write ``items`` to ``path`` as iCalendar, atomically; return how many events."""
    atomic_write_bytes(path, to_ics(items, today, calendar_name, progress))
    return len(items)


def calendar_name(firm_name: str) -> str:
    return tr("Kuzet — {firm}").format(firm=firm_name) if firm_name else tr("Kuzet deadlines")
