"""Mining rules as pure functions: periods, the mandatory-sale share and its projection,
the monthly series (the fee is in ``mining_fee``).

No database and no Qt: the registers pass in amounts per day and the rule values (as
callables ``share_on(day)`` etc. so a rule that changes inside a period is applied day by
day). Every amount is a ``Decimal``; nothing goes through float.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .dates import add_months

PERIOD_KINDS = ("quarter", "month")
ZERO = Decimal(0)
TIYN = Decimal("0.01")


# --- periods -----------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    kind: str

    @property
    def label(self) -> str:
        if self.kind == "quarter":
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        if self.kind == "month":
            return f"{self.start.month:02d}.{self.start.year}"
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def period_of(day: dt.date, kind: str) -> Period:
    """The calendar quarter or month that contains ``day``."""
    if kind == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        start = dt.date(day.year, first_month, 1)
        return Period(start, add_months(start, 3) - dt.timedelta(days=1), kind)
    if kind == "month":
        start = day.replace(day=1)
        return Period(start, add_months(start, 1) - dt.timedelta(days=1), kind)
    raise ValueError(f"unknown period {kind!r}: expected one of {', '.join(PERIOD_KINDS)}")


def quarter_of(day: dt.date) -> Period:
    return period_of(day, "quarter")


def periods_covering(
    first: dt.date, last: dt.date, kind_on: Callable[[dt.date], str]
) -> list[Period]:
    """Consecutive periods from the one holding ``first`` to the one holding ``last``.

    The kind (quarter or month) is read on each period's first day, so a change of the
    rule starts the new kind at the next period boundary.
    """
    periods: list[Period] = []
    cursor = first
    while cursor <= last:
        period = period_of(cursor, kind_on(cursor))
        if periods and period.start <= periods[-1].end:  # a kind change mid-period
            period = Period(periods[-1].end + dt.timedelta(days=1), period.end, period.kind)
        periods.append(period)
        cursor = period.end + dt.timedelta(days=1)
    return periods


def total_in(period: Period, by_day: Mapping[dt.date, Decimal]) -> Decimal:
    return sum((v for d, v in by_day.items() if period.contains(d)), ZERO)


def ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    return None if whole == 0 else part / whole


def money(value: Decimal) -> Decimal:
    """KZT rounded to the tiyn, half up."""
    return value.quantize(TIYN, rounding=ROUND_HALF_UP)


# --- the mandatory sale --------------------------------------------------------------------


# The statuses of a period's check. A closed period whose share was not met is "not met"
# (a finding of kind ``mandatory_sale_not_met``, critical by default); a running period
# projected to miss it is "projected short" (``mandatory_sale_projected_short``, high).
MET, NOT_MET, NO_OUTPUT, NO_RULE = "met", "not met", "no output", "no rule"
ON_TRACK, PROJECTED_SHORT = "on track", "projected short"
SHARE_STATUSES = (MET, NOT_MET, NO_OUTPUT, NO_RULE, ON_TRACK, PROJECTED_SHORT)
FINDING_KINDS = {
    NOT_MET: "mandatory_sale_not_met",
    PROJECTED_SHORT: "mandatory_sale_projected_short",
    MET: "mandatory_sale_met",
}


def finding_kind(status: str) -> str:
    """The kind of finding a period's status is (rule ``findings.severity``), or ""."""
    return FINDING_KINDS.get(status, "")


@dataclass(frozen=True)
class Projection:
    """Where a running period ends if mining and sales go on at the pace so far."""

    elapsed_days: int
    total_days: int
    projected_mined: Decimal
    projected_sold: Decimal
    projected_required: Decimal
    projected_share: Decimal | None
    still_to_sell: Decimal  # through licensed venues, by the period's end
    short: bool
    warn_from: dt.date  # the first day the shortfall is a dashboard warning

    def warning(self, today: dt.date) -> bool:
        return self.short and today >= self.warn_from


@dataclass(frozen=True)
class ShareCheck:
    """One period of the mandatory-sale check for one coin."""

    period: Period
    coin: str
    mined: Decimal
    sold_licensed: Decimal
    sold_other: Decimal
    required: Decimal  # coin that had to be sold through licensed venues
    required_share: Decimal | None  # required / mined; the rule's value when nothing mined
    share: Decimal | None  # sold through licensed venues / mined
    shortfall: Decimal  # so far (a running period: against what was mined so far)
    latest_price_kzt: Decimal | None
    shortfall_kzt: Decimal | None  # the shortfall at the latest price
    rule_values: tuple[tuple[dt.date, Decimal | None], ...]  # (first day, value) that applied
    status: str  # one of SHARE_STATUSES: met, not met, no output, no rule, on track, ...
    running: bool
    as_of: dt.date
    projection: Projection | None = None
    still_to_sell_kzt: Decimal | None = None  # the projection's still-to-sell at that price


def _rule_changes(
    period: Period, share_on: Callable[[dt.date], Decimal | None]
) -> tuple[tuple[dt.date, Decimal | None], ...]:
    changes: list[tuple[dt.date, Decimal | None]] = []
    day = period.start
    while day <= period.end:
        value = share_on(day)
        if not changes or changes[-1][1] != value:
            changes.append((day, value))
        day += dt.timedelta(days=1)
    return tuple(changes)


def check_share(
    period: Period,
    coin: str,
    mined_by_day: Mapping[dt.date, Decimal],
    licensed_by_day: Mapping[dt.date, Decimal],
    sold_other: Decimal,
    share_on: Callable[[dt.date], Decimal | None],
    as_of: dt.date,
    latest_price_kzt: Decimal | None = None,
    lead_days: int = 0,
) -> ShareCheck:
    """The mandatory-sale check of ``period`` as it stands on ``as_of``.

    The required amount is the sum over days of the amount mined that day times the share
    in force that day, so a rule that changes inside the period is honoured. A period that
    has not ended gets a linear projection to its end.
    """
    upto = min(as_of, period.end)
    mined_days = {d: v for d, v in mined_by_day.items() if period.start <= d <= upto}
    mined = sum(mined_days.values(), ZERO)
    sold = sum((v for d, v in licensed_by_day.items() if period.start <= d <= upto), ZERO)
    changes = _rule_changes(period, share_on)
    required = ZERO
    ruled = False
    for day, amount in mined_days.items():
        share = share_on(day)
        if share is not None:
            ruled = True
            required += amount * share
    end_share = share_on(period.end)
    required_share = ratio(required, mined) if mined else end_share
    share = ratio(sold, mined)
    shortfall = max(required - sold, ZERO)
    running = as_of < period.end
    projection = None
    if running and mined > 0 and as_of >= period.start:
        projection = _project(period, as_of, mined, sold, required, end_share, lead_days)
    if mined == 0:
        status = NO_OUTPUT
    elif not ruled and (not running or end_share is None):
        status = NO_RULE
    elif running:
        status = PROJECTED_SHORT if projection and projection.short else ON_TRACK
    else:
        status = NOT_MET if shortfall > 0 else MET
    at_price = (
        (lambda coin_amount: money(coin_amount * latest_price_kzt))
        if latest_price_kzt is not None
        else (lambda coin_amount: None)
    )
    return ShareCheck(
        period=period,
        coin=coin,
        mined=mined,
        sold_licensed=sold,
        sold_other=sold_other,
        required=required,
        required_share=required_share,
        share=share,
        shortfall=shortfall,
        latest_price_kzt=latest_price_kzt,
        shortfall_kzt=at_price(shortfall),
        rule_values=changes,
        status=status,
        running=running,
        as_of=as_of,
        projection=projection,
        still_to_sell_kzt=at_price(projection.still_to_sell) if projection else None,
    )


def _project(
    period: Period,
    as_of: dt.date,
    mined: Decimal,
    sold: Decimal,
    required: Decimal,
    end_share: Decimal | None,
    lead_days: int,
) -> Projection:
    elapsed = (as_of - period.start).days + 1
    factor = Decimal(period.days) / Decimal(elapsed)
    projected_mined = mined * factor
    projected_sold = sold * factor
    projected_required = required + (projected_mined - mined) * (end_share or ZERO)
    return Projection(
        elapsed_days=elapsed,
        total_days=period.days,
        projected_mined=projected_mined,
        projected_sold=projected_sold,
        projected_required=projected_required,
        projected_share=ratio(projected_sold, projected_mined),
        still_to_sell=max(projected_required - sold, ZERO),
        short=projected_sold < projected_required,
        warn_from=period.end - dt.timedelta(days=lead_days),
    )


@dataclass(frozen=True)
class MonthPoint:
    """One month of the chart: mined, sold through licensed venues and elsewhere, shares."""

    month: Period
    mined: Decimal
    sold_licensed: Decimal
    sold_other: Decimal
    share: Decimal | None
    required_share: Decimal | None


def monthly_points(
    months: Iterable[Period],
    mined_by_day: Mapping[dt.date, Decimal],
    licensed_by_day: Mapping[dt.date, Decimal],
    other_by_day: Mapping[dt.date, Decimal],
    share_on: Callable[[dt.date], Decimal | None],
) -> list[MonthPoint]:
    points = []
    for month in months:
        mined = total_in(month, mined_by_day)
        licensed = total_in(month, licensed_by_day)
        required = sum(
            (v * (share_on(d) or ZERO) for d, v in mined_by_day.items() if month.contains(d)),
            ZERO,
        )
        points.append(
            MonthPoint(
                month=month,
                mined=mined,
                sold_licensed=licensed,
                sold_other=total_in(month, other_by_day),
                share=ratio(licensed, mined),
                required_share=ratio(required, mined) if mined else share_on(month.end),
            )
        )
    return points
