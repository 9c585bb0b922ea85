"""The mining fee as pure functions: the band table of the rule pack, the special rates
(the highest wins), the due date after each quarter, the fee of a quarter from the kWh of
each day, and the optional income-tax estimate. Every amount is a ``Decimal``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from .mining import ZERO, Period, add_months, money


@dataclass(frozen=True)
class FeeBand:
    price_from: Decimal  # KZT per kWh, inclusive
    rate: Decimal  # KZT per kWh
    mark: str = ""


def fee_bands(rows: Iterable[Mapping[str, object]]) -> list[FeeBand]:
    """The rule's table as bands, highest price first; a malformed row raises ValueError."""
    bands = []
    for index, row in enumerate(rows, start=1):
        try:
            bands.append(
                FeeBand(
                    Decimal(str(row["price_from"])),
                    Decimal(str(row["rate"])),
                    str(row.get("mark", "")),
                )
            )
        except (KeyError, ArithmeticError, ValueError):
            raise ValueError(f"fee band #{index} needs numbers price_from and rate") from None
    if not bands:
        raise ValueError("the fee band table is empty")
    return sorted(bands, key=lambda b: b.price_from, reverse=True)


@dataclass(frozen=True)
class FeeConditions:
    """What the officer records for a quarter: the average price and special cases."""

    average_price: Decimal | None = None
    own_generation: bool = False
    renewable: bool = False
    no_meter: bool = False


@dataclass(frozen=True)
class FeeRate:
    rate: Decimal
    basis: str  # why this rate, in words
    mark: str = ""
    assumed: bool = False  # no average price entered: the highest band was assumed


def fee_rate(
    bands: list[FeeBand], special: Mapping[str, object], conditions: FeeConditions
) -> FeeRate:
    """The fee per kWh: special rates that apply, else the price band; the highest wins."""
    candidates: list[FeeRate] = []
    if conditions.own_generation and "own_generation" in special:
        candidates.append(FeeRate(Decimal(str(special["own_generation"])), "own generation", "S"))
    if conditions.renewable and "renewable" in special:
        candidates.append(FeeRate(Decimal(str(special["renewable"])), "renewable power", "S"))
    if conditions.no_meter and "no_meter" in special:
        candidates.append(FeeRate(Decimal(str(special["no_meter"])), "no or faulty meter", "S"))
    if not (conditions.own_generation or conditions.renewable):
        candidates.append(_band_rate(bands, conditions.average_price))
    return max(candidates, key=lambda r: r.rate)


def _band_rate(bands: list[FeeBand], price: Decimal | None) -> FeeRate:
    if price is None:
        top = max(bands, key=lambda b: b.rate)
        return FeeRate(top.rate, "average price not entered: highest band assumed", top.mark, True)
    for band in bands:
        if price >= band.price_from:
            return FeeRate(band.rate, f"price band from {band.price_from} KZT/kWh", band.mark)
    lowest = bands[-1]
    return FeeRate(lowest.rate, f"price band from {lowest.price_from} KZT/kWh", lowest.mark)


def fee_due(quarter: Period, due: Mapping[str, object]) -> dt.date:
    """The payment date: ``day`` of the month ``months_after_quarter`` after the quarter."""
    day = int(str(due["day"]))
    months_after = int(str(due["months_after_quarter"]))
    month = add_months(quarter.end.replace(day=1), months_after)
    return month.replace(day=min(day, calendar.monthrange(month.year, month.month)[1]))


@dataclass(frozen=True)
class QuarterFee:
    quarter: Period
    kwh: Decimal
    fee: Decimal  # KZT, to the tiyn
    rates: tuple[FeeRate, ...]  # the distinct rates that applied (one unless a rule changed)
    due: dt.date

    @property
    def rate(self) -> FeeRate | None:
        return self.rates[0] if len(self.rates) == 1 else None


def quarter_fee(
    quarter: Period,
    kwh_by_day: Mapping[dt.date, Decimal],
    rate_on: Callable[[dt.date], FeeRate],
    due: dt.date,
) -> QuarterFee:
    """kWh of each day times the rate in force that day, summed and rounded to the tiyn."""
    fee = ZERO
    kwh = ZERO
    rates: list[FeeRate] = []
    for day, used in sorted(kwh_by_day.items()):
        if not quarter.contains(day):
            continue
        rate = rate_on(day)
        if rate not in rates:
            rates.append(rate)
        kwh += used
        fee += used * rate.rate
    if not rates:
        rates.append(rate_on(quarter.end))
    return QuarterFee(quarter, kwh, money(fee), tuple(rates), due)


def income_tax_estimate(income_kzt: Decimal, rate: Decimal) -> Decimal:
    return money(income_kzt * rate)
