"""Pool operators' monthly report of distributions to the tax authority (Qoldau.kz).

A firm whose profile names the activity ``pool_operator`` reports each distribution of
mined assets among its miners (rule ``mining.pool.distribution_report``: the miner's
IIN/BIN and name, licence number and date, wallet, distribution date). The report is
monthly; its due day is not known until an officer enters it from the statute (an override
with ``day`` and ``months_after``). Until then the Dashboard shows the obligation for the
last finished month on the day it arises (the month's first day after it), saying that the
due day is not known, rather than a day Kuzet made up.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from ...i18n import tr
from ...regime.dates import add_months
from ...regime.rulepack import RuleBook
from .. import deadlines as deadline_registry
from ..programme import firm

RULE = "mining.pool.distribution_report"
ACTIVITY = "pool_operator"


def runs_a_pool(session: Session) -> bool:
    profile = firm.profile(session)
    return profile is not None and ACTIVITY in firm.activity_keys(profile)


def due_day(month_start: dt.date, rule: Mapping[str, Any]) -> dt.date | None:
    """The due day of the report for the month from ``month_start`` (None: not known)."""
    if rule.get("day") in (None, ""):
        return None
    month = add_months(month_start, int(rule.get("months_after", 1)))
    last = calendar.monthrange(month.year, month.month)[1]
    return month.replace(day=min(int(rule["day"]), last))


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The report for the last finished month, for a firm that runs a pool."""
    month = add_months(today.replace(day=1), -1)
    rule = rules.value_or(RULE, month)
    if rule is None or not runs_a_pool(session):
        return []
    due = due_day(month, rule)
    label = f"{month:%m.%Y}"
    if due is None:
        arises = add_months(month, 1)
        return [
            deadline_registry.Deadline(
                register="pool_distribution_report",
                record_id=0,
                kind=tr("Pool distribution report"),
                title=tr("{month}: report the month's distributions (due day not known)").format(
                    month=label
                ),
                due=arises,
                remind_from=arises,
                owner=tr("Qoldau.kz"),
                detail=tr(
                    "The due day is not in the rule pack: enter it from the statute (override "
                    "rule {rule}). Shown from the day the obligation arises."
                ).format(rule=RULE),
                finding="deadline.due_soon",  # a date is needed to list it: not overdue
            )
        ]
    lead = int(rules.value_or("mining.fee.reminder_days", today, 0))
    return [
        deadline_registry.Deadline(
            register="pool_distribution_report",
            record_id=0,
            kind=tr("Pool distribution report"),
            title=tr("{month}: report the month's distributions").format(month=label),
            due=due,
            remind_from=due - dt.timedelta(days=lead),
            owner=tr("Qoldau.kz"),
            detail=tr(
                "Each distribution: the miner's IIN/BIN and name, licence number and date, "
                "wallet, distribution date."
            ),
        )
    ]
