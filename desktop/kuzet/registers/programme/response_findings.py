"""The findings management can answer: the critical and high findings the Dashboard shows
today, each with its stable key (``responses.finding_key``) and the response in force for
it, if any ("Respond to a finding…" on the Management responses page, and
``kuzet responses findings``).

They are read from the same core functions the Dashboard's desks call: every register's
deadlines whose reminder window is open (``calendar.reminders``), the screening lists gap
(``screening.coverage.lists_gap``), activity without its licence
(``licensing.activity.inactive_activity``) and closed periods whose mandatory-sale share
was not met (``mining.mandatory_sale.check_periods``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlmodel import Session

from ...i18n import tr
from ...regime import mining
from ...regime.rulepack import RuleBook
from ...regime.severity import CRITICAL, HIGH, severity_key, severity_or
from .. import calendar
from ..licensing import activity
from ..mining import mandatory_sale
from ..screening import coverage
from .responses import ResponseView, finding_key, responses_by_key

ANSWERED_LEVELS = (CRITICAL, HIGH)
CLOSED_PERIODS = 4  # as on the Dashboard: a closed period not met stays for a year of quarters


@dataclass(frozen=True)
class OpenFinding:
    """A finding of today's Dashboard with its key and the response in force for it."""

    key: str
    severity: str
    what: str  # e.g. "Licence expiry"
    item: str  # e.g. "Digital mining licence KZ-1"
    detail: str = ""
    register: str = ""
    record_id: int = 0
    response: ResponseView | None = None

    def text(self) -> str:
        """The finding in one line, as a response records it."""
        line = f"{self.what}: {self.item}"
        return f"{line} ({self.detail})" if self.detail else line


def _deadlines(session: Session, rules: RuleBook, today: dt.date) -> list[OpenFinding]:
    found = []
    for item in calendar.reminders(session, rules, today):
        found.append(
            OpenFinding(
                key=finding_key(item.finding_kind(today), item.register, item.record_id, item.due),
                severity=item.severity,
                what=item.kind,
                item=item.title,
                detail=item.detail,
                register=item.register,
                record_id=item.record_id,
            )
        )
    return found


def _lists_gap(session: Session, rules: RuleBook, today: dt.date) -> list[OpenFinding]:
    gap = coverage.lists_gap(session, rules, today)
    if not gap:
        return []
    return [
        OpenFinding(
            key=finding_key(gap.kind, "watchlist_version"),
            severity=severity_or(rules, gap.kind, today, CRITICAL),
            what=tr("Screening lists"),
            item=str(gap),
            register="watchlist_version",
        )
    ]


def _inactive_activity(session: Session, rules: RuleBook, today: dt.date) -> list[OpenFinding]:
    return [
        OpenFinding(
            key=finding_key(f.kind, "licence", f.licence_id or 0, f.first_day),
            severity=f.severity,
            what=tr("Activity without its licence"),
            item=f.title(),
            detail=f.detail(),
            register="licence",
            record_id=f.licence_id or 0,
        )
        for f in activity.inactive_activity(session, rules, today)
    ]


def _mandatory_sale(session: Session, rules: RuleBook, today: dt.date) -> list[OpenFinding]:
    kind = mining.FINDING_KINDS[mining.NOT_MET]
    level = severity_or(rules, kind, today, CRITICAL)
    found = []
    for coin in mandatory_sale.coins(session):
        checks = mandatory_sale.check_periods(session, rules, today, coin)
        closed = [c for c in checks if not c.running][:CLOSED_PERIODS]
        for check in closed:
            if check.status != mining.NOT_MET:
                continue
            found.append(
                OpenFinding(
                    key=finding_key(kind, "mining_sale", coin, check.period.start),
                    severity=level,
                    what=tr("Mandatory sale not met"),
                    item=f"{check.period.label} {coin}",
                    detail=tr("shortfall {amount} {coin}").format(
                        amount=format(check.shortfall.normalize(), "f"), coin=coin
                    ),
                    register="sale",
                )
            )
    return found


def open_findings(session: Session, rules: RuleBook, today: dt.date) -> list[OpenFinding]:
    """Today's critical and high findings, most serious first, each with its response."""
    answered = responses_by_key(session)
    found = [
        *_lists_gap(session, rules, today),
        *_inactive_activity(session, rules, today),
        *_mandatory_sale(session, rules, today),
        *_deadlines(session, rules, today),
    ]
    chosen = {}
    for item in found:
        if item.severity in ANSWERED_LEVELS and item.key not in chosen:
            chosen[item.key] = replace(item, response=answered.get(item.key))
    return sorted(chosen.values(), key=lambda f: (severity_key(f.severity), f.what, f.item))
