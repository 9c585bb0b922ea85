"""Activity without the licence it needs: mining, selling mined coin or dealing for
customers on days when no licence that covers it was in force.

Which licences cover which activity is a rule (``licence.activity.mining`` for mining
output and sales of mined coin, ``licence.activity.customer_trading`` for customer
transactions). A day of activity is *uncovered* when no licence of those types (not
retired) was in force that day: issued, not expired, not suspended, not revoked. Each
stretch of uncovered days with the same cause (the same licence suspended, expired or
revoked, or none held) is one finding of kind ``licence_inactive_activity`` (critical by
default, rule ``findings.severity``), with its first and last day, the number of days and
of records, so a year of daily output under an expired licence is one line, not 365.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import plural, tr
from ...regime.rulepack import RuleBook
from ...regime.severity import severity_of
from ...store.models import Licence
from ...store.models.mining import MiningOutput, Sale
from ...store.models.transaction import CustomerTransaction
from .licences import type_labels

KIND = "licence_inactive_activity"
MINING, SALES, CUSTOMER_TRADING = "mining", "sales", "customer_trading"
ACTIVITY_RULES = {
    MINING: "licence.activity.mining",
    SALES: "licence.activity.mining",
    CUSTOMER_TRADING: "licence.activity.customer_trading",
}
SUSPENDED, EXPIRED, REVOKED, NOT_YET, NONE = (
    "suspended",
    "expired",
    "revoked",
    "not_yet_issued",
    "none",
)


def activity_label(activity: str) -> str:
    return {
        MINING: tr("mining output"),
        SALES: tr("sales of mined coin"),
        CUSTOMER_TRADING: tr("customer transactions"),
    }.get(activity, activity)


def cause_label(cause: str) -> str:
    return {
        SUSPENDED: tr("suspended"),
        EXPIRED: tr("expired"),
        REVOKED: tr("revoked"),
        NOT_YET: tr("not yet issued"),
        NONE: tr("no licence held"),
    }.get(cause, cause)


@dataclass(frozen=True)
class InactiveActivity:
    """One stretch of days of an activity without the licence it needs."""

    activity: str  # MINING, SALES or CUSTOMER_TRADING
    licence_id: int | None  # the licence that should have covered it (None: none held)
    licence: str  # e.g. "Digital mining licence, subtype I (own data centre) KZ-1"
    cause: str  # SUSPENDED, EXPIRED, REVOKED, NOT_YET or NONE
    first_day: dt.date
    last_day: dt.date
    days: int  # days with activity in the stretch
    records: int  # output credits, sales or transactions on those days
    severity: str

    @property
    def kind(self) -> str:
        return KIND

    def title(self) -> str:
        """One line for the Dashboard and ``kuzet licences``."""
        period = (
            f"{self.first_day:%d.%m.%Y}"
            if self.first_day == self.last_day
            else f"{self.first_day:%d.%m.%Y}–{self.last_day:%d.%m.%Y}"
        )
        if self.licence_id is None:
            forms = tr(
                "{activity} on {days} day ({period}) with no licence held"
                "|{activity} on {days} days ({period}) with no licence held"
            )
        else:
            forms = tr(
                "{activity} on {days} day ({period}) while {licence} was {cause}"
                "|{activity} on {days} days ({period}) while {licence} was {cause}"
            )
        text = plural(self.days, forms)
        return text.format(
            activity=activity_label(self.activity).capitalize(),
            days=self.days,
            period=period,
            licence=self.licence,
            cause=cause_label(self.cause),
        )

    def detail(self) -> str:
        forms = tr(
            "{records} record; stop the activity or restore the licence"
            "|{records} records; stop the activity or restore the licence"
        )
        return plural(self.records, forms).format(records=self.records)


def suspended_on(licence: Licence, day: dt.date) -> bool:
    """Whether ``licence`` was suspended on ``day``: within its recorded suspension (open
    ended while the licence is still marked suspended)."""
    if licence.suspended_from is None and licence.status != "suspended":
        return False
    started = licence.suspended_from is None or licence.suspended_from <= day
    if licence.suspended_to is not None:
        return started and day <= licence.suspended_to
    return started and licence.status == "suspended"


def _revoked_from(licence: Licence) -> dt.date | None:
    """The first day a revoked licence no longer covers (the day it was recorded revoked;
    Kuzet keeps no separate revocation date)."""
    if licence.status != "revoked":
        return None
    stamp = licence.updated_at or licence.created_at
    return stamp.date() if stamp else licence.issued_on


def state_on(licence: Licence, day: dt.date) -> str:
    """ "active", or why ``licence`` did not cover ``day``."""
    if day < licence.issued_on:
        return NOT_YET
    revoked = _revoked_from(licence)
    if revoked is not None and day >= revoked:
        return REVOKED
    if licence.expires_on is not None and day > licence.expires_on:
        return EXPIRED
    if suspended_on(licence, day):
        return SUSPENDED
    return "active"


def _cause(licences: Sequence[Licence], day: dt.date) -> tuple[Licence | None, str]:
    """(None, "active") where a licence covers ``day``; else the licence that comes closest
    (one suspended that day, then the last that expired or was revoked, then the next to be
    issued) and why it did not cover it."""
    states = [(lic, state_on(lic, day)) for lic in licences]
    if any(state == "active" for _lic, state in states):
        return None, "active"
    for wanted in (SUSPENDED, EXPIRED, REVOKED, NOT_YET):
        found = [lic for lic, state in states if state == wanted]
        if found:
            return max(found, key=lambda lic: (lic.issued_on, lic.id or 0)), wanted
    return None, NONE


def _days(session: Session, activity: str) -> list[tuple[dt.date, int]]:
    """(day, records) of an activity, oldest first (retired records left out)."""
    table, column = {
        MINING: (MiningOutput, MiningOutput.output_date),
        SALES: (Sale, Sale.sale_date),
        CUSTOMER_TRADING: (CustomerTransaction, CustomerTransaction.occurred_on),
    }[activity]
    rows = session.execute(
        select(column, func.count())
        .where(table.retired_at.is_(None))
        .group_by(column)
        .order_by(column)
    ).all()
    return [(day, count) for day, count in rows]


def inactive_activity(
    session: Session, rules: RuleBook, today: dt.date, activities: Iterable[str] = ACTIVITY_RULES
) -> list[InactiveActivity]:
    """Every stretch of days of each activity with no licence in force that covers it, the
    most recent first. A day before the activity's rule is in force needs no licence."""
    held = list(session.execute(select(Licence).where(Licence.retired_at.is_(None))).scalars())
    labels = type_labels(rules, today)
    severity = severity_of(rules, KIND, today)
    found: list[InactiveActivity] = []
    for activity in activities:
        marked = []  # (day, records, cause licence, cause) with None cause where covered
        for day, count in _days(session, activity):
            wanted = rules.value_or(ACTIVITY_RULES[activity], day)
            if wanted is None:
                marked.append((day, count, None, None))
                continue
            covering = [lic for lic in held if lic.licence_type in set(wanted)]
            licence, cause = _cause(covering, day)
            marked.append((day, count, licence, None if cause == "active" else cause))
        # consecutive days with the same cause make one stretch
        groups = itertools.groupby(marked, key=lambda m: (m[2].id if m[2] else None, m[3]))
        for (licence_id, cause), group in groups:
            if cause is None:
                continue
            stretch = list(group)
            licence = stretch[0][2]
            found.append(
                InactiveActivity(
                    activity=activity,
                    licence_id=licence_id,
                    licence=(
                        f"{labels.get(licence.licence_type, licence.licence_type)} {licence.number}"
                        if licence is not None
                        else ""
                    ),
                    cause=cause,
                    first_day=stretch[0][0],
                    last_day=stretch[-1][0],
                    days=len(stretch),
                    records=sum(m[1] for m in stretch),
                    severity=severity,
                )
            )
    return sorted(found, key=lambda f: (f.last_day, f.activity), reverse=True)
