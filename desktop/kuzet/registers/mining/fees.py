"""The mining fee per quarter, the optional income-tax estimate, and what they rest on.

The fee is the kWh used in the quarter (the output register's ``kwh``) times the rate of
the rule pack: the band for the quarter's average electricity price, or the special rate
for own generation, renewable power or a missing meter, the highest where several apply
(``regime.mining_fee.fee_rate``). The officer records the price, the special cases and the
payment per quarter in a ``MiningFeeBasis`` row (audited like every register). Due dates
(the 20th of the month after the quarter) go to the Dashboard until the fee is marked paid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import grouped, money, tr
from ...regime import mining, mining_fee
from ...regime.mining import Period
from ...regime.mining_fee import FeeConditions, FeeRate, QuarterFee
from ...regime.rulepack import RuleBook
from ...store.models.mining import MiningFeeBasis, MiningOutput, Sale
from .. import deadlines as deadline_registry
from .. import records
from ..errors import ValidationFailed
from .common import decimal_field

ZERO = Decimal(0)
BASIS_FIELDS = (
    "average_price_kzt",
    "own_generation",
    "renewable",
    "no_meter",
    "paid_on",
    "paid_kzt",
    "notes",
)


@dataclass(frozen=True)
class FeeLine:
    """One quarter: the fee, its basis, the income-tax estimate and the payment."""

    fee: QuarterFee
    basis: MiningFeeBasis | None
    income_kzt: Decimal  # KZT value of the quarter's sales
    unvalued_sales: int  # sales without a KZT value (not in the estimate)
    income_tax: Decimal | None  # None when the estimate is switched off
    income_tax_rate: Decimal | None
    income_tax_source: str

    @property
    def quarter(self) -> Period:
        return self.fee.quarter

    @property
    def paid(self) -> bool:
        return self.basis is not None and self.basis.paid_on is not None

    def rate_text(self) -> str:
        rates = self.fee.rates
        text = "; ".join(f"{r.rate} KZT/kWh ({tr(r.basis)})" for r in rates)
        marks = {r.mark for r in rates if r.mark}
        return f"{text} [{''.join(sorted(marks))}]" if marks else text


def conditions(basis: MiningFeeBasis | None) -> FeeConditions:
    if basis is None:
        return FeeConditions()
    return FeeConditions(
        basis.average_price_kzt, basis.own_generation, basis.renewable, basis.no_meter
    )


def rate_on(rules: RuleBook, basis: MiningFeeBasis | None) -> Any:
    """The fee rate for each day of a quarter with this basis (rules read per day)."""
    held = conditions(basis)
    cache: dict[tuple[Any, ...], FeeRate] = {}

    def lookup(day: dt.date) -> FeeRate:
        bands_rule = rules.effective("mining.fee.bands", day)
        special = rules.value_or("mining.fee.special_rates", day, {})
        key = (bands_rule.valid_from, bands_rule.overridden, tuple(sorted(special.items())))
        if key not in cache:
            cache[key] = mining_fee.fee_rate(mining_fee.fee_bands(bands_rule.value), special, held)
        return cache[key]

    return lookup


def bases(session: Session) -> dict[dt.date, MiningFeeBasis]:
    query = select(MiningFeeBasis).where(MiningFeeBasis.retired_at.is_(None))
    return {b.quarter_start: b for b in session.execute(query).scalars()}


def kwh_by_day(session: Session) -> dict[dt.date, Decimal]:
    totals: dict[dt.date, Decimal] = {}
    query = select(MiningOutput.output_date, MiningOutput.kwh).where(
        MiningOutput.retired_at.is_(None), MiningOutput.kwh.is_not(None)
    )
    for day, kwh in session.execute(query):
        totals[day] = totals.get(day, ZERO) + kwh
    return totals


def sales_income(session: Session, quarter: Period) -> tuple[Decimal, int]:
    """KZT value of the quarter's sales, and how many sales had none."""
    total, missing = ZERO, 0
    query = select(Sale.value_kzt).where(
        Sale.retired_at.is_(None), Sale.sale_date >= quarter.start, Sale.sale_date <= quarter.end
    )
    for (value,) in session.execute(query):
        if value is None:
            missing += 1
        else:
            total += value
    return total, missing


def fee_lines(session: Session, rules: RuleBook, today: dt.date) -> list[FeeLine]:
    """Every quarter from the first kWh recorded to the current one, newest first."""
    kwh = kwh_by_day(session)
    recorded = bases(session)
    if not kwh and not recorded:
        return []
    first = min([*kwh, *recorded]) if kwh or recorded else today
    lines = []
    quarter = mining.quarter_of(min(first, today))
    while quarter.start <= today:
        lines.append(fee_line(session, rules, quarter, kwh, recorded.get(quarter.start)))
        quarter = mining.quarter_of(quarter.end + dt.timedelta(days=1))
    return list(reversed(lines))


def fee_line(
    session: Session,
    rules: RuleBook,
    quarter: Period,
    kwh: Mapping[dt.date, Decimal],
    basis: MiningFeeBasis | None,
) -> FeeLine:
    due = mining_fee.fee_due(quarter, rules.value("mining.fee.due", quarter.end))
    fee = mining_fee.quarter_fee(quarter, kwh, rate_on(rules, basis), due)
    income, missing = sales_income(session, quarter)
    show = bool(rules.value_or("mining.income_tax.show_estimate", quarter.end, False))
    rate_rule = None
    if show:
        try:
            rate_rule = rules.effective("mining.income_tax.estimate_rate", quarter.end)
        except LookupError:
            rate_rule = None
    tax_rate = Decimal(rate_rule.value) if rate_rule is not None else None
    return FeeLine(
        fee=fee,
        basis=basis,
        income_kzt=income,
        unvalued_sales=missing,
        income_tax=mining_fee.income_tax_estimate(income, tax_rate)
        if tax_rate is not None
        else None,
        income_tax_rate=tax_rate,
        income_tax_source=(
            f"{rate_rule.source} [{rate_rule.confidence}]" if rate_rule is not None else ""
        ),
    )


@dataclass(frozen=True)
class FeeReport:
    """The fees of every quarter, newest first, with the rules they rest on today."""

    lines: list[FeeLine]
    bands: str  # the band table: "≥ price → rate [mark]; …"
    special: dict[str, Any]  # special case -> KZT/kWh
    due_day: int  # of the month after the quarter


def report(session: Session, rules: RuleBook, today: dt.date) -> FeeReport:
    bands = rules.effective("mining.fee.bands", today)
    return FeeReport(
        lines=fee_lines(session, rules, today),
        bands="; ".join(
            f"≥ {row['price_from']} → {row['rate']} [{row.get('mark', bands.confidence)}]"
            for row in bands.value
        ),
        special=dict(rules.value("mining.fee.special_rates", today)),
        due_day=rules.value("mining.fee.due", today)["day"],
    )


# --- the basis register ------------------------------------------------------------------


def validate_basis(data: Mapping[str, Any], today: dt.date) -> tuple[dict[str, str], dict]:
    errors: dict[str, str] = {}
    price = decimal_field(data, "average_price_kzt", errors, required=False, positive=False)
    paid_kzt = decimal_field(data, "paid_kzt", errors, required=False, positive=False)
    paid_on = data.get("paid_on")
    if paid_on is not None and paid_on > today:
        errors["paid_on"] = tr("The payment date cannot be in the future.")
    if paid_kzt is not None and paid_on is None:
        errors["paid_on"] = tr("Enter the day the fee was paid.")
    cleaned = {
        "average_price_kzt": price,
        "own_generation": bool(data.get("own_generation")),
        "renewable": bool(data.get("renewable")),
        "no_meter": bool(data.get("no_meter")),
        "paid_on": paid_on,
        "paid_kzt": paid_kzt,
        "notes": str(data.get("notes") or "").strip(),
    }
    return errors, cleaned


def save_basis(
    session: Session, quarter_start: dt.date, data: Mapping[str, Any], today: dt.date
) -> MiningFeeBasis:
    """Record (or change) what a quarter's fee rests on, and its payment."""
    quarter = mining.quarter_of(quarter_start)
    errors, cleaned = validate_basis(data, today)
    if errors:
        raise ValidationFailed(errors)
    basis = bases(session).get(quarter.start)
    if basis is None:
        basis = MiningFeeBasis(quarter_start=quarter.start, **cleaned)
        session.add(basis)
    else:
        records.assign(basis, cleaned)
    session.flush()
    return basis


# --- deadlines -----------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The fee of every quarter with electricity recorded, until it is marked paid."""
    lead = int(rules.value_or("mining.fee.reminder_days", today, 0))
    found = []
    kwh = kwh_by_day(session)
    recorded = bases(session)
    quarters = sorted({mining.quarter_of(day) for day, used in kwh.items() if used > 0})
    for quarter in quarters:
        basis = recorded.get(quarter.start)
        if basis is not None and basis.paid_on is not None:
            continue
        line = fee_line(session, rules, quarter, kwh, basis)
        found.append(
            deadline_registry.Deadline(
                register="mining_output",
                record_id=0,  # the Mining output page opens the fees for record 0
                kind=tr("Mining fee payment"),
                title=tr("{quarter}: {fee} for {kwh} kWh").format(
                    quarter=quarter.label, fee=money(line.fee.fee), kwh=grouped(line.fee.kwh)
                ),
                due=line.fee.due,
                remind_from=line.fee.due - dt.timedelta(days=lead),
                owner=tr("Tax Code"),
                detail=line.rate_text(),
            )
        )
    return found
