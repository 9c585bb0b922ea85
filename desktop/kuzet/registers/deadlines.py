"""Deadlines: what every register owes and when, for the dashboard and the calendar.

A register with deadlines offers a provider: ``(session, rules, today) -> iterable of
Deadline``; ``registers/calendar.py`` lists every provider by name. ``remind_from`` is the
first day a deadline shows on the dashboard; the calendar shows all.

Every deadline carries a severity (``regime/severity.py``): a provider may name the kind of
finding it is (``finding``, e.g. ``licence_expired``); otherwise the kind follows its urgency
(``deadline.overdue``, ``deadline.due_soon``, ``deadline.upcoming``). ``calendar.collect``
fills ``severity`` in from the rule ``findings.severity``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..i18n import plural, tr
from ..regime.rulepack import RuleBook
from ..regime.severity import deadline_kind, severity_of


@dataclass(frozen=True)
class Deadline:
    register: str  # e.g. "licence"
    record_id: int
    kind: str  # e.g. "Licence expiry"
    title: str  # e.g. "Digital mining licence KZ-123"
    due: dt.date
    remind_from: dt.date
    owner: str = ""
    detail: str = ""
    finding: str = ""  # the kind of finding, e.g. "licence_expired"; "" follows the urgency
    severity: str = ""  # critical, high, medium or info; filled in by ``rated``

    def finding_kind(self, today: dt.date) -> str:
        return self.finding or deadline_kind(self.urgency(today))

    def rated(self, rules: RuleBook, today: dt.date) -> Deadline:
        """This deadline with its severity from the rule pack (unchanged if it has one)."""
        if self.severity:
            return self
        return replace(self, severity=severity_of(rules, self.finding_kind(today), today))

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days

    def urgency(self, today: dt.date) -> str:
        days = self.days_left(today)
        if days < 0:
            return "overdue"
        if days <= 30:
            return "due soon"
        return "upcoming"

    def when(self, today: dt.date) -> str:
        days = self.days_left(today)
        if days < 0:
            return plural(-days, tr("{days} day overdue|{days} days overdue")).format(days=-days)
        if days == 0:
            return tr("due today")
        return plural(days, tr("in {days} day|in {days} days")).format(days=days)


@dataclass(frozen=True)
class Reminders:
    """How a register reminds of an expiry: the windows of its rule (days before the day,
    e.g. ``licence.reminder_days`` 90, 60, 30). The dashboard shows a deadline from the
    longest window on, and each deadline says which window it has reached, so licences,
    pool accreditations and venue licences remind alike."""

    windows: tuple[int, ...]

    def remind_from(self, due: dt.date) -> dt.date:
        """The first day the deadline ``due`` shows (the day itself with no window)."""
        return due - dt.timedelta(days=max(self.windows, default=0))

    def stage(self, due: dt.date, today: dt.date) -> str:
        """Which window ``due`` is in on ``today``: "expired", "within 30 days", or ""."""
        days = (due - today).days
        if days < 0:
            return tr("expired")
        inside = [w for w in sorted(self.windows) if days <= w]
        return tr("within {days} days").format(days=inside[0]) if inside else ""


def reminders(windows: Iterable[Any]) -> Reminders:
    """The reminders of a rule's value (a list of day counts)."""
    return Reminders(tuple(int(days) for days in windows))
