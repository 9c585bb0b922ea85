"""Deadlines: what every register owes and when, for the dashboard and the calendar.

A register contributes a provider: ``(session, rules, today) -> iterable of Deadline``.
``remind_from`` is the first day a deadline shows on the dashboard; the calendar shows all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..regime.rulepack import RuleBook


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


Provider = Callable[[Any, RuleBook, dt.date], Iterable[Deadline]]
_providers: dict[str, Provider] = {}


def register_provider(name: str, provider: Provider) -> None:
    _providers[name] = provider


def providers() -> dict[str, Provider]:
    _load_builtin()
    return dict(_providers)


def _load_builtin() -> None:
    """Import every register module; each one with deadlines registers its provider."""
    import importlib
    import pkgutil

    from .. import registers

    for module in pkgutil.iter_modules(registers.__path__):
        if not module.name.startswith("demo"):
            importlib.import_module(f"{registers.__name__}.{module.name}")


def collect(session: Any, rules: RuleBook, today: dt.date) -> list[Deadline]:
    """Every deadline of every register, soonest first."""
    found: list[Deadline] = []
    for provider in providers().values():
        found.extend(provider(session, rules, today))
    return sorted(found, key=lambda d: (d.due, d.register, d.record_id))


def reminders(session: Any, rules: RuleBook, today: dt.date) -> list[Deadline]:
    """What the dashboard shows today: deadlines whose reminder window has opened."""
    return [d for d in collect(session, rules, today) if d.remind_from <= today]
