"""Business days in Kazakhstan, and the report deadlines counted in them.

A business day is a weekday that is not a public holiday, or a weekend day the Government
made a working day when it moved a day off (as on Sunday 5 January 2025, worked so that
Friday 3 January was free). Holidays, their observed days and the known transfers come
from the ``holidays`` package; a decree it does not know yet is added through the rule
pack (``monitoring.calendar.extra_days_off`` / ``extra_working_days``).

Deadlines (``resources/rules/monitoring.toml``):
- threshold report: no later than the business day after the transaction [V];
- suspicious transaction report: within 1 business day of the decision [U].

Pure: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..i18n import tr
from .rulepack import RuleBook

COUNTRY = "KZ"
SATURDAY = 5

TTR_DEADLINE_RULE = "monitoring.ttr.deadline_business_days"
STR_DEADLINE_RULE = "monitoring.str.deadline_business_days"
EXTRA_DAYS_OFF_RULE = "monitoring.calendar.extra_days_off"
EXTRA_WORKING_DAYS_RULE = "monitoring.calendar.extra_working_days"


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    import holidays  # imported when first needed: it is large

    calendar = holidays.country_holidays(COUNTRY, years=year)
    names = {day: str(name) for day, name in calendar.items()}
    working = frozenset(
        day for day in getattr(calendar, "weekend_workdays", ()) if day.year == year
    )
    return names, working


@dataclass(frozen=True)
class BusinessCalendar:
    """Kazakhstan's working calendar, with the officer's extra days from the rule pack."""

    extra_days_off: frozenset[dt.date] = field(default_factory=frozenset)
    extra_working_days: frozenset[dt.date] = field(default_factory=frozenset)

    def holiday_name(self, day: dt.date) -> str:
        """The holiday or day off that falls on ``day`` ("" when there is none)."""
        if day in self.extra_working_days:
            return ""
        if day in self.extra_days_off:
            return tr("Day off (rule pack)")
        return _public_holidays(day.year)[0].get(day, "")

    def is_business_day(self, day: dt.date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off:
            return False
        names, weekend_workdays = _public_holidays(day.year)
        if day in weekend_workdays:
            return True
        return day.weekday() < SATURDAY and day not in names

    def add_business_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th business day after ``start`` (``start`` itself never counts).

        ``count`` 0 gives ``start`` if it is a business day, else the next one.
        """
        if count < 0:
            raise ValueError("count must be 0 or more")
        day = start
        if count == 0:
            while not self.is_business_day(day):
                day += dt.timedelta(days=1)
            return day
        left = count
        while left:
            day += dt.timedelta(days=1)
            if self.is_business_day(day):
                left -= 1
        return day

    def business_days_between(self, start: dt.date, end: dt.date) -> int:
        """Business days after ``start`` up to and including ``end`` (negative if earlier)."""
        if end < start:
            return -self.business_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_business_day(day):
                count += 1
        return count


def _dates(values: Iterable[object], key: str) -> frozenset[dt.date]:
    days = set()
    for value in values:
        if isinstance(value, dt.date):
            days.add(value)
            continue
        try:
            days.add(dt.date.fromisoformat(str(value)))
        except ValueError:
            raise ValueError(
                tr("Rule {key}: {value!r} is not a date (YYYY-MM-DD).").format(key=key, value=value)
            ) from None
    return frozenset(days)


def calendar_from_rules(rules: RuleBook, day: dt.date) -> BusinessCalendar:
    """The calendar with the rule pack's extra days off and working days in force on ``day``."""
    return BusinessCalendar(
        extra_days_off=_dates(rules.value(EXTRA_DAYS_OFF_RULE, day), EXTRA_DAYS_OFF_RULE),
        extra_working_days=_dates(
            rules.value(EXTRA_WORKING_DAYS_RULE, day), EXTRA_WORKING_DAYS_RULE
        ),
    )


def ttr_deadline(transaction_day: dt.date, rules: RuleBook) -> dt.date:
    """When a threshold report is due: the business day after the transaction [V]."""
    days = int(rules.value(TTR_DEADLINE_RULE, transaction_day))
    return calendar_from_rules(rules, transaction_day).add_business_days(transaction_day, days)


def str_deadline(decision_day: dt.date, rules: RuleBook) -> dt.date:
    """When a suspicious transaction report is due: 1 business day after the decision [U]."""
    days = int(rules.value(STR_DEADLINE_RULE, decision_day))
    return calendar_from_rules(rules, decision_day).add_business_days(decision_day, days)
