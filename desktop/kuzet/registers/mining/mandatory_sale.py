"""The mandatory-sale check: per period and coin, mined, sold through AIFC-licensed venues,
the share against the rule, the shortfall, the running period's projection, and the
monthly series the charts (and the audit pack) draw.

The registers are read once into daily totals (``DailyTotals``); the arithmetic is in
``regime.mining``. A sale counts as sold through a licensed venue when its venue was
AIFC-licensed on the sale date (``common.venue_problem``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import String, func, select, type_coerce
from sqlmodel import Session

from ...i18n import tr
from ...regime import mining
from ...regime.dates import add_months
from ...regime.mining import MonthPoint, Period, ShareCheck
from ...regime.rulepack import RuleBook, RuleValue
from ...store.models.mining import MiningOutput, Sale
from .. import deadlines as deadline_registry
from .common import AIFC_ONLY, licensed_on, period_kind_on, qualifying_on, share_on, venues_by_id

ZERO = Decimal(0)


@dataclass
class DailyTotals:
    """One coin's amounts per day: mined, sold through licensed venues, sold elsewhere."""

    coin: str
    mined: dict[dt.date, Decimal] = field(default_factory=dict)
    licensed: dict[dt.date, Decimal] = field(default_factory=dict)
    other: dict[dt.date, Decimal] = field(default_factory=dict)

    @property
    def first_day(self) -> dt.date | None:
        days = [*self.mined, *self.licensed, *self.other]
        return min(days) if days else None


def coins(session: Session) -> list[str]:
    """Coins with output or sales, the most mined first (BTC for most firms)."""
    counts: dict[str, int] = {}
    for coin in session.execute(
        select(MiningOutput.coin).where(MiningOutput.retired_at.is_(None))
    ).scalars():
        counts[coin] = counts.get(coin, 0) + 1
    for coin in session.execute(select(Sale.coin).distinct()).scalars():
        counts.setdefault(coin, 0)
    return sorted(counts, key=lambda c: (-counts[c], c))


def daily_totals(
    session: Session,
    coin: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    rules: RuleBook | None = None,
) -> DailyTotals:
    """``coin``'s daily totals, from ``start`` to ``end`` when given. A sale counts as
    sold through a qualifying venue by rule ``mining.sale.qualifying_venues`` on its day
    (AIFC-licensed venues only without ``rules``)."""
    qualifying = qualifying_on(rules) if rules is not None else (lambda _day: AIFC_ONLY)
    totals = DailyTotals(coin)
    o, s = MiningOutput.__table__.c, Sale.__table__.c
    output_query = select(o.output_date, o.amount).where(o.retired_at.is_(None), o.coin == coin)
    # one row per day and venue (100,000 sales are a few thousand groups): the amounts come
    # back as their exact text and are summed as Decimal here, never as floats in SQL
    sale_query = (
        select(s.sale_date, s.venue_id, func.aggregate_strings(type_coerce(s.amount, String), " "))
        .where(s.retired_at.is_(None), s.coin == coin)
        .group_by(s.sale_date, s.venue_id)
    )
    if start is not None:
        output_query = output_query.where(o.output_date >= start)
        sale_query = sale_query.where(s.sale_date >= start)
    if end is not None:
        output_query = output_query.where(o.output_date <= end)
        sale_query = sale_query.where(s.sale_date <= end)
    mined = session.execute(output_query)
    for day, amount in mined:
        totals.mined[day] = totals.mined.get(day, ZERO) + amount
    venues = venues_by_id(session)
    for day, venue_id, amounts in session.execute(sale_query):
        venue = venues.get(venue_id)
        licensed = venue is not None and licensed_on(venue, day, qualifying(day))
        target = totals.licensed if licensed else totals.other
        target[day] = target.get(day, ZERO) + sum((Decimal(a) for a in amounts.split()), ZERO)
    return totals


def latest_price_kzt(session: Session, coin: str, day: dt.date) -> Decimal | None:
    """KZT per coin in the latest sale with a KZT value on or before ``day``."""
    row = session.execute(
        select(Sale.value_kzt, Sale.amount)
        .where(
            Sale.retired_at.is_(None),
            Sale.coin == coin,
            Sale.value_kzt.is_not(None),
            Sale.sale_date <= day,
        )
        .order_by(Sale.sale_date.desc(), Sale.id.desc())
        .limit(1)
    ).first()
    if row is None or not row[1]:
        return None
    return mining.money(row[0] / row[1])


def periods(rules: RuleBook, first: dt.date, today: dt.date) -> list[Period]:
    return mining.periods_covering(first, today, period_kind_on(rules))


def check_periods(
    session: Session,
    rules: RuleBook,
    today: dt.date,
    coin: str,
    totals: DailyTotals | None = None,
) -> list[ShareCheck]:
    """Every period from the first output or sale to the running one, newest first."""
    totals = totals or daily_totals(session, coin, rules=rules)
    first = totals.first_day
    if first is None:
        return []
    lead = int(rules.value_or("mining.sale.warning_lead_days", today, 0))
    rule = share_on(rules)
    checks = []
    for period in periods(rules, min(first, today), today):
        as_of = min(today, period.end)
        checks.append(
            mining.check_share(
                period,
                coin,
                totals.mined,
                totals.licensed,
                mining.total_in(Period(period.start, as_of, period.kind), totals.other),
                rule,
                today,
                latest_price_kzt(session, coin, as_of),
                lead,
            )
        )
    return list(reversed(checks))


def running_check(session: Session, rules: RuleBook, today: dt.date, coin: str) -> ShareCheck:
    """The period that holds ``today`` (with its projection once anything was mined)."""
    kind = period_kind_on(rules)(today)
    period = mining.period_of(today, kind)
    totals = daily_totals(session, coin, period.start, today, rules)
    lead = int(rules.value_or("mining.sale.warning_lead_days", today, 0))
    return mining.check_share(
        period,
        coin,
        totals.mined,
        totals.licensed,
        mining.total_in(Period(period.start, today, kind), totals.other),
        share_on(rules),
        today,
        latest_price_kzt(session, coin, today),
        lead,
    )


def monthly_series(
    session: Session,
    rules: RuleBook,
    coin: str,
    start: dt.date,
    end: dt.date,
    totals: DailyTotals | None = None,
) -> list[MonthPoint]:
    """Month by month from ``start`` to ``end``: mined, sold through licensed venues and
    elsewhere, the share and the required share (the charts and the audit pack)."""
    totals = totals or daily_totals(session, coin, rules=rules)
    months = mining.periods_covering(start, end, lambda _day: "month")
    return mining.monthly_points(
        months, totals.mined, totals.licensed, totals.other, share_on(rules)
    )


@dataclass(frozen=True)
class ShareOverview:
    """One coin's mandatory sale as the page shows it: every period newest first, the
    monthly series of the charts, and the rule in force today."""

    coin: str
    history: list[ShareCheck]
    months: list[MonthPoint]
    required_share: RuleValue  # rule mining.sale.required_share today, with its source
    period_kind: str  # rule mining.sale.period today: "quarter" or "month"


def overview(
    session: Session, rules: RuleBook, today: dt.date, coin: str, months: int = 12
) -> ShareOverview:
    """``coin``'s periods and its last ``months`` months (the registers read once)."""
    totals = daily_totals(session, coin, rules=rules)
    start = add_months(today.replace(day=1), 1 - months)
    return ShareOverview(
        coin,
        check_periods(session, rules, today, coin, totals),
        monthly_series(session, rules, coin, start, today, totals),
        rules.effective("mining.sale.required_share", today),
        rules.value("mining.sale.period", today),
    )


def coin_amount(value: Decimal | None) -> str:
    """A coin amount to the satoshi (8 places), for messages."""
    return "—" if value is None else str(value.quantize(Decimal("0.00000001")))


def percent(value: Decimal | None, places: int = 1) -> str:
    if value is None:
        return "—"
    return f"{(value * 100).quantize(Decimal(1).scaleb(-places))}%"


def describe_rule(check: ShareCheck) -> str:
    """The required share in words, naming a change of the rule inside the period."""
    parts = [
        tr("{share} from {day}").format(share=percent(value), day=f"{day:%d.%m.%Y}")
        for day, value in check.rule_values
        if value is not None
    ]
    if not parts:
        return tr("no rule in force")
    if len(parts) == 1:
        return percent(check.rule_values[-1][1])
    return ", ".join(parts)


# --- deadlines -----------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """A warning when the running period is projected to fall short (from the lead time)."""
    found = []
    for coin in coins(session):
        check = running_check(session, rules, today, coin)
        projection = check.projection
        if projection is None or not projection.short:
            continue
        found.append(
            deadline_registry.Deadline(
                register="sale",
                record_id=0,  # the Sales page opens the check for record 0
                kind=tr("Mandatory sale shortfall"),
                title=tr("{period} {coin}: projected {share} of {required}").format(
                    period=check.period.label,
                    coin=coin,
                    share=percent(projection.projected_share),
                    required=percent(check.required_share),
                ),
                due=check.period.end,
                remind_from=projection.warn_from,
                owner=tr("AIFC-licensed venues"),
                finding="mandatory_sale_projected_short",
                detail=tr("sell {amount} {coin} more by {day}").format(
                    amount=coin_amount(projection.still_to_sell),
                    coin=coin,
                    day=f"{check.period.end:%d.%m.%Y}",
                ),
            )
        )
    return found
