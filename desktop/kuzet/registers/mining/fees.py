"""The mining fee per quarter, the tax value of the quarter's output, the officer's
income-tax estimate, and what they rest on.

The fee is the kWh of the quarter by energy source times the rate of the rule pack: the
price band of the quarter's average electricity price for grid and imported power, the
special rate for own generation or renewable power from the miner's own plants, and the
no-meter rate where the meter is missing or faulty, the highest where several apply
(``regime.mining_fee.source_rate``). Where the officer has not split the kWh by source,
every kWh of the output register counts as grid power (or, on an older record, as the
one source ticked). Where a band's rate is not in the rule pack, or no average price is
entered, the quarter has no fee figure and says why.

The officer records the price, the kWh by source, the meter, the declaration and the
payment per quarter in a ``MiningFeeBasis`` row (audited like every register). The fee
basis is kept per quarter for all of the firm's mining sites together: the fee is declared
per taxpayer. The payment and declaration dates go to the Dashboard until they are done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlmodel import Session

from ...i18n import grouped, money, tr
from ...regime import mining, mining_fee
from ...regime.mining import Period
from ...regime.mining_fee import BAND_BASIS, FeeConditions, FeeRate, QuarterFee, ReceiptValue
from ...regime.rulepack import RuleBook
from ...store.models.mining import MiningFeeBasis, MiningOutput, Sale
from .. import deadlines as deadline_registry
from .. import records
from ..errors import ValidationFailed
from . import prices
from .common import decimal_field

ZERO = Decimal(0)
KWH_FIELDS = {
    "grid": "kwh_grid",
    "own_generation": "kwh_own_generation",
    "own_renewable": "kwh_own_renewable",
    "imported": "kwh_imported",
}
SOURCE_LABELS = {
    "grid": "grid (centralised auction)",
    "own_generation": "own generation",
    "own_renewable": "own renewable plants",
    "imported": "imported",
}
BASIS_FIELDS = (
    "average_price_kzt",
    *KWH_FIELDS.values(),
    "no_meter",
    "declared_on",
    "paid_on",
    "paid_kzt",
    "notes",
)
BANDS_RULE = "mining.fee.bands"
VALUATION_RULE = "mining.tax_value.receipt_price"
RATE_RULE = "mining.income_tax.estimate_rate"


@dataclass(frozen=True)
class FeeLine:
    """One quarter: the fee, its basis, the output valued at receipt, the officer's
    income-tax estimate and the payment."""

    fee: QuarterFee
    basis: MiningFeeBasis | None
    output_kwh: Decimal  # kWh in the output register for the quarter
    valuation: ReceiptValue | None  # None before rule mining.tax_value.receipt_price
    income_kzt: Decimal  # KZT value of the quarter's sales
    unvalued_sales: int  # sales without a KZT value (not in the estimate)
    income_tax: Decimal | None  # None unless an officer entered a rate
    income_tax_rate: Decimal | None
    income_tax_source: str

    @property
    def quarter(self) -> Period:
        return self.fee.quarter

    @property
    def paid(self) -> bool:
        return self.basis is not None and self.basis.paid_on is not None

    @property
    def declared(self) -> bool:
        return self.basis is not None and self.basis.declared_on is not None

    @property
    def computable(self) -> bool:
        return self.fee.fee is not None

    def why_not_computed(self) -> str:
        """Why the quarter has no fee figure, in the officer's words ("" when it has)."""
        reasons = []
        for part in self.fee.sources:
            if part.fee is not None:
                continue
            reasons.append(
                tr("{source}: {why}").format(
                    source=tr(SOURCE_LABELS.get(part.source, part.source)),
                    why=missing_text(part.missing),
                )
            )
        return "; ".join(reasons)

    def rate_text(self) -> str:
        parts = []
        for part in self.fee.sources:
            if not part.kwh and len(self.fee.sources) > 1:
                continue
            text = "; ".join(rate_words(r) for r in part.rates)
            if len(self.fee.sources) > 1:
                text = f"{tr(SOURCE_LABELS.get(part.source, part.source))}: {text}"
            parts.append(text)
        return " | ".join(parts)

    def kwh_mismatch(self) -> Decimal | None:
        """kWh by source minus the output register's kWh, where the split was entered
        and they differ (None otherwise)."""
        if self.basis is None or not source_kwh(self.basis):
            return None
        difference = self.fee.kwh - self.output_kwh
        return difference or None


def rate_words(rate: FeeRate) -> str:
    mark = f" [{rate.mark}]" if rate.mark else ""
    if rate.rate is None:
        return tr("rate not known ({why}){mark}").format(why=missing_text(rate.missing), mark=mark)
    basis = tr(rate.basis if rate.price_from is None else BAND_BASIS).format(price=rate.price_from)
    return f"{rate.rate} KZT/kWh ({basis}){mark}"


def missing_text(missing: str) -> str:
    if missing == "average electricity price not entered":
        return tr("average electricity price not entered (Fee basis)")
    if missing.startswith("band from "):
        price = missing.removeprefix("band from ").removesuffix(" KZT/kWh: rate not known")
        return tr(
            "the band from {price} KZT/kWh has no rate in the rule pack: enter it from the "
            "statute (override rule mining.fee.bands)"
        ).format(price=price)
    return tr(missing)


def source_kwh(basis: MiningFeeBasis | None) -> dict[str, Decimal]:
    """The kWh by energy source the officer entered ({} where none was)."""
    if basis is None:
        return {}
    found = {
        source: getattr(basis, column)
        for source, column in KWH_FIELDS.items()
        if getattr(basis, column) is not None
    }
    return found


def legacy_source(basis: MiningFeeBasis | None) -> str:
    """An older basis without kWh by source: the one source it ticked (grid otherwise)."""
    if basis is None:
        return "grid"
    if basis.own_generation:
        return "own_generation"
    if basis.renewable:
        return "own_renewable"
    return "grid"


def conditions(basis: MiningFeeBasis | None) -> FeeConditions:
    if basis is None:
        return FeeConditions()
    return FeeConditions(basis.average_price_kzt, basis.no_meter)


def rate_on(rules: RuleBook, basis: MiningFeeBasis | None) -> Any:
    """The fee rate for each day and energy source of a quarter with this basis."""
    held = conditions(basis)
    cache: dict[tuple[Any, ...], FeeRate] = {}

    def lookup(day: dt.date, source: str) -> FeeRate:
        bands_rule = rules.effective(BANDS_RULE, day)
        special = rules.value_or("mining.fee.special_rates", day, {})
        key = (
            source,
            bands_rule.valid_from,
            bands_rule.overridden,
            repr(bands_rule.value),
            tuple(sorted(special.items())),
        )
        if key not in cache:
            bands = mining_fee.fee_bands(bands_rule.value)
            cache[key] = mining_fee.source_rate(bands, special, source, held)
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
    s = Sale.__table__.c
    # the values come back as their exact text in one row and are summed as Decimal here
    values, missing = session.execute(
        select(
            func.aggregate_strings(type_coerce(s.value_kzt, String), " "),
            func.count().filter(s.value_kzt.is_(None)),
        ).where(s.retired_at.is_(None), s.sale_date >= quarter.start, s.sale_date <= quarter.end)
    ).one()
    total = sum((Decimal(v) for v in (values or "").split()), ZERO)
    return total, int(missing or 0)


def valuation(session: Session, rules: RuleBook, quarter: Period) -> ReceiptValue | None:
    """The quarter's output valued on the day of receipt at the published price, where
    rule mining.tax_value.receipt_price is in force at the quarter's end (None before)."""
    if not rules.value_or(VALUATION_RULE, quarter.end, False):
        return None
    o = MiningOutput.__table__.c
    output = session.execute(
        select(o.output_date, o.coin, o.amount).where(
            o.retired_at.is_(None), o.output_date >= quarter.start, o.output_date <= quarter.end
        )
    ).all()
    return mining_fee.value_at_receipt(
        [(d, c, a) for d, c, a in output], prices.price_map(session, quarter.start, quarter.end)
    )


def fee_lines(session: Session, rules: RuleBook, today: dt.date) -> list[FeeLine]:
    """Every quarter from the first kWh recorded to the current one, newest first."""
    kwh = kwh_by_day(session)
    recorded = bases(session)
    if not kwh and not recorded:
        return []
    first = min([*kwh, *recorded])
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
    declaration = rules.value_or("mining.fee.declaration_due", quarter.end)
    split = source_kwh(basis)
    output_kwh = sum((v for d, v in kwh.items() if quarter.contains(d)), ZERO)
    if not split and legacy_source(basis) != "grid":
        split = {legacy_source(basis): output_kwh}
    fee = mining_fee.quarter_fee(
        quarter,
        kwh,
        split,
        rate_on(rules, basis),
        due,
        mining_fee.after_quarter(quarter, declaration) if declaration else None,
    )
    income, missing = sales_income(session, quarter)
    valued = valuation(session, rules, quarter)
    rate, source = officer_rate(rules, quarter.end)
    base = valued.value_kzt if valued is not None else income
    return FeeLine(
        fee=fee,
        basis=basis,
        output_kwh=output_kwh,
        valuation=valued,
        income_kzt=income,
        unvalued_sales=missing,
        income_tax=mining_fee.income_tax_estimate(base, rate) if rate is not None else None,
        income_tax_rate=rate,
        income_tax_source=source,
    )


def officer_rate(rules: RuleBook, day: dt.date) -> tuple[Decimal | None, str]:
    """The income-tax estimate rate an officer entered (an override), and whose it is;
    (None, "") where none was entered or the estimate is switched off."""
    if not rules.value_or("mining.income_tax.show_estimate", day, False):
        return None, ""
    try:
        entered = rules.effective(RATE_RULE, day)
    except LookupError:
        return None, ""
    text = str(entered.value or "").strip()
    if not text:
        return None, ""
    try:
        rate = Decimal(text.replace(",", "."))
    except ArithmeticError:
        return None, ""
    if not rate.is_finite() or rate < 0:
        return None, ""
    whose = tr("the officer's rate") if entered.overridden else tr("the rule pack's rate")
    reason = f": {entered.override_reason}" if entered.override_reason else ""
    return rate, f"{whose} {rate}{reason}"


@dataclass(frozen=True)
class FeeReport:
    """The fees of every quarter, newest first, with the rules they rest on today."""

    lines: list[FeeLine]
    bands: str  # the band table: "≥ price → rate [mark]; …" (unknown rates named)
    special: dict[str, Any]  # special case -> KZT/kWh
    due_day: int  # payment: day of the month
    due_months: int  # payment: months after the quarter
    declaration_day: int | None  # declaration: day of the month (None: no rule in force)
    bands_overridden: bool = False


def report(session: Session, rules: RuleBook, today: dt.date) -> FeeReport:
    bands = rules.effective(BANDS_RULE, today)
    due = rules.value("mining.fee.due", today)
    declaration = rules.value_or("mining.fee.declaration_due", today)
    return FeeReport(
        lines=fee_lines(session, rules, today),
        bands=bands_text(bands.value, bands.confidence),
        special=dict(rules.value("mining.fee.special_rates", today)),
        due_day=int(due["day"]),
        due_months=int(due["months_after_quarter"]),
        declaration_day=int(declaration["day"]) if declaration else None,
        bands_overridden=bands.overridden,
    )


def bands_text(rows: Any, confidence: str) -> str:
    parts = []
    for row in rows:
        rate = row.get("rate")
        shown = tr("enter from the statute") if rate in (None, "") else str(rate)
        parts.append(f"≥ {row['price_from']} → {shown} [{row.get('mark', confidence)}]")
    return "; ".join(parts)


# --- the basis register ------------------------------------------------------------------


def validate_basis(data: Mapping[str, Any], today: dt.date) -> tuple[dict[str, str], dict]:
    errors: dict[str, str] = {}
    price = decimal_field(data, "average_price_kzt", errors, required=False, positive=False)
    split = {
        column: decimal_field(data, column, errors, required=False, positive=False)
        for column in KWH_FIELDS.values()
    }
    paid_kzt = decimal_field(data, "paid_kzt", errors, required=False, positive=False)
    paid_on, declared_on = data.get("paid_on"), data.get("declared_on")
    if paid_on is not None and paid_on > today:
        errors["paid_on"] = tr("The payment date cannot be in the future.")
    if declared_on is not None and declared_on > today:
        errors["declared_on"] = tr("The declaration date cannot be in the future.")
    if paid_kzt is not None and paid_on is None:
        errors["paid_on"] = tr("Enter the day the fee was paid.")
    cleaned = {
        "average_price_kzt": price,
        **split,
        "own_generation": bool(data.get("own_generation")),
        "renewable": bool(data.get("renewable")),
        "no_meter": bool(data.get("no_meter")),
        "declared_on": declared_on,
        "paid_on": paid_on,
        "paid_kzt": paid_kzt,
        "notes": str(data.get("notes") or "").strip(),
    }
    if any(v is not None for v in split.values()):
        cleaned["own_generation"] = cleaned["renewable"] = False  # the split says it
    return errors, cleaned


def save_basis(
    session: Session, quarter_start: dt.date, data: Mapping[str, Any], today: dt.date
) -> MiningFeeBasis:
    """Record (or change) what a quarter's fee rests on, its declaration and payment."""
    quarter = mining.quarter_of(quarter_start)
    basis = bases(session).get(quarter.start)
    if basis is not None:  # an older record's single source stays unless the form says
        data = {"own_generation": basis.own_generation, "renewable": basis.renewable, **data}
    errors, cleaned = validate_basis(data, today)
    if errors:
        raise ValidationFailed(errors)
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
    """The fee payment and the quarterly declaration of every quarter with electricity
    recorded, until they are marked paid and filed."""
    lead = int(rules.value_or("mining.fee.reminder_days", today, 0))
    found = []
    kwh = kwh_by_day(session)
    recorded = bases(session)
    quarters = sorted({mining.quarter_of(day) for day, used in kwh.items() if used > 0})
    for quarter in quarters:
        basis = recorded.get(quarter.start)
        line = fee_line(session, rules, quarter, kwh, basis)
        amount = (
            money(line.fee.fee)
            if line.fee.fee is not None
            else tr("fee not computed ({why})").format(why=line.why_not_computed())
        )
        title = tr("{quarter}: {fee} for {kwh} kWh").format(
            quarter=quarter.label, fee=amount, kwh=grouped(line.fee.kwh)
        )
        if not line.paid:
            found.append(
                deadline_registry.Deadline(
                    register="mining_output",
                    record_id=0,  # the Mining output page opens the fees for record 0
                    kind=tr("Mining fee payment"),
                    title=title,
                    due=line.fee.due,
                    remind_from=line.fee.due - dt.timedelta(days=lead),
                    owner=tr("Tax Code"),
                    detail=line.rate_text(),
                )
            )
        declaration_due = line.fee.declaration_due
        # A quarter marked paid is settled: its declaration (due before the payment) is
        # not asked for again, so a database from before this column does not fill the
        # Dashboard with old declarations.
        if declaration_due is not None and not line.declared and not line.paid:
            found.append(
                deadline_registry.Deadline(
                    register="mining_output",
                    record_id=0,
                    kind=tr("Mining fee declaration"),
                    title=title,
                    due=declaration_due,
                    remind_from=declaration_due - dt.timedelta(days=lead),
                    owner=tr("Tax Code"),
                    detail=tr("quarterly declaration of the mining fee"),
                )
            )
    return found
