"""Deadlines: what every register owes and when, for the dashboard and the calendar.

A register with deadlines offers a provider: ``(session, rules, today) -> iterable of
Deadline``; ``registers/calendar.py`` lists every provider by name. ``remind_from`` is the
first day a deadline shows on the dashboard; the calendar shows all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
            return f"{-days} day(s) overdue"
        if days == 0:
            return "due today"
        return f"in {days} day(s)"
