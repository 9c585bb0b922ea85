"""The mining fee and the tax value of mined coin as pure functions: the band table of the
rule pack (where a band's rate may be unknown), the special rates by energy source (the
highest wins), the payment and declaration dates after each quarter, the fee of a quarter
from its kWh by source, the output valued at receipt, and the officer's income-tax
estimate. Every amount is a ``Decimal``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from ..labels import marked
from .mining import ZERO, Period, add_months, money

# Where a quarter's electricity came from. Grid power (bought at the centralised auction
# from 1 Jul 2023) and imported power pay the price band; own generation and renewable
# power from the miner's own plants pay their special rates.
ENERGY_SOURCES = ("grid", "own_generation", "own_renewable", "imported")
BAND_SOURCES = ("grid", "imported")
SPECIAL_OF_SOURCE = {"own_generation": "own_generation", "own_renewable": "renewable"}


@dataclass(frozen=True)
class FeeBand:
    price_from: Decimal  # KZT per kWh, inclusive
    rate: Decimal | None  # KZT per kWh; None: not known (enter from the statute)
    mark: str = ""
    note: str = ""


def fee_bands(rows: Iterable[Mapping[str, object]]) -> list[FeeBand]:
    """The rule's table as bands, highest price first; a malformed row raises ValueError.
    A row without ``rate`` (or with an empty one) is a band whose rate is not known."""
    bands = []
    for index, row in enumerate(rows, start=1):
        try:
            raw_rate = row.get("rate")
            rate = None if raw_rate in (None, "") else Decimal(str(raw_rate))
            bands.append(
                FeeBand(
                    Decimal(str(row["price_from"])),
                    rate,
                    str(row.get("mark", "")),
                    str(row.get("note", "")),
                )
            )
        except (KeyError, ArithmeticError, ValueError):
            raise ValueError(f"fee band #{index} needs a number price_from (and a rate)") from None
    if not bands:
        raise ValueError("the fee band table is empty")
    return sorted(bands, key=lambda b: b.price_from, reverse=True)


@dataclass(frozen=True)
class FeeConditions:
    """What the officer records for a quarter besides kWh: the average price, the meter."""

    average_price: Decimal | None = None
    no_meter: bool = False


BAND_BASIS = marked("price band from {price} KZT/kWh")  # the UI translates the template


@dataclass(frozen=True)
class FeeRate:
    rate: Decimal | None  # None: the rate cannot be known (see ``missing``)
    basis: str  # why this rate, in English words
    mark: str = ""
    missing: str = ""  # why there is no rate ("" when there is one)
    price_from: Decimal | None = None  # a price band's lower bound (``BAND_BASIS``)


def band_rate(bands: list[FeeBand], price: Decimal | None) -> FeeRate:
    """The band of ``price``; a single band covers every price (2022's flat rate)."""
    if len(bands) == 1:
        band = bands[0]
    elif price is None:
        return FeeRate(None, marked("price band"), "", "average electricity price not entered")
    else:
        band = next((b for b in bands if price >= b.price_from), bands[-1])
    basis = BAND_BASIS.format(price=band.price_from)
    if band.rate is None:
        return FeeRate(
            None,
            basis,
            band.mark,
            f"band from {band.price_from} KZT/kWh: rate not known",
            band.price_from,
        )
    return FeeRate(band.rate, basis, band.mark, price_from=band.price_from)


def source_rate(
    bands: list[FeeBand], special: Mapping[str, object], source: str, conditions: FeeConditions
) -> FeeRate:
    """The fee per kWh of power from ``source``: its special rate or the price band, and
    the no-meter rate where it applies; the highest wins. Where the band's rate is not
    known the rate is unknown, unless the no-meter rate applies (the top of the scale)."""
    candidates: list[FeeRate] = []
    special_key = SPECIAL_OF_SOURCE.get(source)
    if special_key is not None and special_key in special:
        label = (
            marked("own generation") if source == "own_generation" else marked("renewable power")
        )
        candidates.append(FeeRate(Decimal(str(special[special_key])), label, "S"))
    else:
        candidates.append(band_rate(bands, conditions.average_price))
    if conditions.no_meter and "no_meter" in special:
        meter = FeeRate(Decimal(str(special["no_meter"])), marked("no or faulty meter"), "S")
        return max([meter, *(c for c in candidates if c.rate is not None)], key=_rate_of)
    unknown = [c for c in candidates if c.rate is None]
    return unknown[0] if unknown else max(candidates, key=_rate_of)


def _rate_of(rate: FeeRate) -> Decimal:
    return rate.rate if rate.rate is not None else ZERO


def after_quarter(quarter: Period, due: Mapping[str, object]) -> dt.date:
    """``day`` of the month ``months_after_quarter`` after the quarter (the last day of a
    shorter month)."""
    day = int(str(due["day"]))
    months_after = int(str(due["months_after_quarter"]))
    month = add_months(quarter.end.replace(day=1), months_after)
    return month.replace(day=min(day, calendar.monthrange(month.year, month.month)[1]))


fee_due = after_quarter  # the payment date (rule mining.fee.due)


@dataclass(frozen=True)
class SourceFee:
    """The fee on one energy source's kWh in a quarter."""

    source: str
    kwh: Decimal
    rates: tuple[FeeRate, ...]  # the distinct rates that applied (one unless a rule changed)
    fee: Decimal | None  # None: a rate is not known

    @property
    def missing(self) -> str:
        return next((r.missing for r in self.rates if r.missing), "")


@dataclass(frozen=True)
class QuarterFee:
    quarter: Period
    kwh: Decimal  # the kWh the fee is charged on (by source where recorded)
    fee: Decimal | None  # KZT, to the tiyn; None: cannot be computed (see ``missing``)
    sources: tuple[SourceFee, ...]
    due: dt.date
    declaration_due: dt.date | None = None

    @property
    def rates(self) -> tuple[FeeRate, ...]:
        found: list[FeeRate] = []
        for part in self.sources:
            found.extend(r for r in part.rates if r not in found)
        return tuple(found)

    @property
    def rate(self) -> FeeRate | None:
        return self.rates[0] if len(self.rates) == 1 else None

    @property
    def missing(self) -> list[str]:
        """Why the fee cannot be computed, one reason per source ([] when it can)."""
        return [f"{p.source}: {p.missing}" for p in self.sources if p.fee is None]


def quarter_fee(
    quarter: Period,
    kwh_by_day: Mapping[dt.date, Decimal],
    source_kwh: Mapping[str, Decimal],
    rate_on: Callable[[dt.date, str], FeeRate],
    due: dt.date,
    declaration_due: dt.date | None = None,
) -> QuarterFee:
    """Each source's kWh times the rate in force, summed and rounded to the tiyn.

    The rules are read per day: a source's kWh are spread over the quarter's days in
    proportion to the kWh of each day in the output register (evenly over the quarter
    where the register has none), so a rule that changes inside a quarter is honoured.
    ``source_kwh`` empty: every kWh of the output register is grid power.
    """
    days = {d: v for d, v in kwh_by_day.items() if quarter.contains(d) and v}
    total = sum(days.values(), ZERO)
    if not source_kwh:
        source_kwh = {"grid": total}
    if total:
        weights = {d: v / total for d, v in sorted(days.items())}
    else:
        weights = {quarter.end: Decimal(1)}
    parts = []
    used_sources = [s for s in ENERGY_SOURCES if source_kwh.get(s)] or ["grid"]
    for source in used_sources:
        used = source_kwh.get(source) or ZERO
        rates: list[FeeRate] = []
        fee: Decimal | None = ZERO
        for day, weight in weights.items():
            rate = rate_on(day, source)
            if rate not in rates:
                rates.append(rate)
            if rate.rate is None:
                fee = None
            elif fee is not None:
                fee += used * weight * rate.rate
        if not used:
            fee = ZERO  # no grid power: nothing to charge, whatever its band
        parts.append(SourceFee(source, used, tuple(rates), None if fee is None else money(fee)))
    fees = [p.fee for p in parts]
    total_fee = None if any(f is None for f in fees) else money(sum(fees, ZERO))  # type: ignore[arg-type]
    kwh = sum((p.kwh for p in parts), ZERO)
    return QuarterFee(quarter, kwh, total_fee, tuple(parts), due, declaration_due)


# --- the tax value of mined coin ------------------------------------------------------


@dataclass(frozen=True)
class ReceiptValue:
    """A quarter's output valued on the day of receipt at the published price."""

    value_kzt: Decimal  # of the days with a price
    valued: Decimal  # coin valued (summed over coins)
    unpriced: tuple[tuple[str, dt.date], ...]  # (coin, day) with output but no price


def value_at_receipt(
    output: Iterable[tuple[dt.date, str, Decimal]],
    price_of: Mapping[tuple[str, dt.date], Decimal],
) -> ReceiptValue:
    """Each day's output of each coin times that coin's price that day (no price: named)."""
    value = ZERO
    valued = ZERO
    missing: set[tuple[str, dt.date]] = set()
    for day, coin, amount in output:
        price = price_of.get((coin, day))
        if price is None:
            missing.add((coin, day))
            continue
        value += amount * price
        valued += amount
    return ReceiptValue(money(value), valued, tuple(sorted(missing, key=lambda m: (m[1], m[0]))))


def income_tax_estimate(base_kzt: Decimal, rate: Decimal) -> Decimal:
    return money(base_kzt * rate)
