"""The sales ledger: mined coin sold, where, at what price, and its value in tenge.

A sale counts towards the mandatory-sale share when its venue was AIFC-licensed on the
sale date (``mining_common.venue_problem``). The KZT value is price x amount when the price
is in KZT; otherwise it is the ``value_kzt`` given, or price x amount x ``kzt_rate`` when a
rate is given, or left empty (the share is counted in coin and does not need it).
Imports live in ``mining_imports``; re-importing a trade (same venue and reference) adds
nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Numeric, cast, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.mining import money, period_of
from ...store.models.mining import Sale, Venue
from .. import records
from ..errors import ValidationFailed
from ..listing import Column, Filter, ListQuery, export_listing, like_pattern
from .common import (
    KZT,
    decimal_field,
    licensed_sql,
    parse_code,
    search_text,
    venue_problem,
    venues_by_id,
)

FIELDS = (
    "sale_date",
    "coin",
    "amount",
    "price",
    "currency",
    "kzt_rate",
    "value_kzt",
    "venue_id",
    "counterparty",
    "reference",
)


def kzt_value(
    amount: Decimal,
    price: Decimal,
    currency: str,
    kzt_rate: Decimal | None = None,
    value_kzt: Decimal | None = None,
) -> Decimal | None:
    """The sale's value in tenge, to the tiyn (None when it cannot be known)."""
    if value_kzt is not None:
        return money(value_kzt)
    if currency == KZT:
        return money(amount * price)
    if kzt_rate is not None:
        return money(amount * price * kzt_rate)
    return None


def validate(
    data: Mapping[str, Any],
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Field-level problems, and the cleaned values (when there are none)."""
    errors: dict[str, str] = {}
    day = data.get("sale_date")
    if day is None:
        errors["sale_date"] = tr("Enter the sale date.")
    elif day > today:
        errors["sale_date"] = tr("The sale date cannot be in the future.")
    codes = {}
    for key, what in (("coin", tr("coin")), ("currency", tr("currency"))):
        try:
            codes[key] = parse_code(str(data.get(key) or ""), what)
        except ValueError as exc:
            errors[key] = str(exc)
    amount = decimal_field(data, "amount", errors, required=True, positive=True)
    price = decimal_field(data, "price", errors, required=True, positive=True)
    rate = decimal_field(data, "kzt_rate", errors, required=False, positive=True)
    given = decimal_field(data, "value_kzt", errors, required=False, positive=False)
    venue_id = data.get("venue_id")
    if venue_id is None:
        errors["venue_id"] = tr("Choose the venue the sale went through.")
    elif session is not None and session.get(Venue, int(venue_id)) is None:
        errors["venue_id"] = tr("Venue #{id} does not exist.").format(id=venue_id)
    reference = str(data.get("reference") or "").strip() or None
    if session is not None and reference and venue_id is not None and "venue_id" not in errors:
        clash = _same_reference(session, int(venue_id), reference, editing)
        if clash is not None:
            errors["reference"] = tr("Sale #{id} already has this venue and reference.").format(
                id=clash
            )
    if errors:
        return errors, {}
    assert amount is not None and price is not None
    cleaned = {
        "sale_date": day,
        "coin": codes["coin"],
        "amount": amount,
        "price": price,
        "currency": codes["currency"],
        "kzt_rate": rate,
        "value_kzt": kzt_value(amount, price, codes["currency"], rate, given),
        "venue_id": int(venue_id),
        "counterparty": " ".join(str(data.get("counterparty") or "").split()),
        "reference": reference,
    }
    cleaned["search_text"] = search_text(cleaned["reference"], cleaned["counterparty"])
    return {}, cleaned


def _same_reference(
    session: Session, venue_id: int, reference: str, editing: int | None
) -> int | None:
    query = select(Sale.id).where(Sale.venue_id == venue_id, Sale.reference == reference)
    if editing is not None:
        query = query.where(Sale.id != editing)
    return session.execute(query).scalars().first()


def create(session: Session, data: Mapping[str, Any], today: dt.date) -> Sale:
    errors, cleaned = validate(data, today, session)
    if errors:
        raise ValidationFailed(errors)
    sale = Sale(**cleaned)
    session.add(sale)
    session.flush()
    return sale


def get(session: Session, sale_id: int) -> Sale:
    return records.fetch(session, Sale, sale_id, tr("sale"))


def update(session: Session, sale_id: int, data: Mapping[str, Any], today: dt.date) -> Sale:
    sale = records.editable(session, Sale, sale_id, tr("sale"))
    merged = {f: getattr(sale, f) for f in FIELDS} | dict(data)
    if "value_kzt" not in data and any(k in data for k in ("amount", "price", "kzt_rate")):
        merged["value_kzt"] = None  # derived again from the new amount, price or rate
    errors, cleaned = validate(merged, today, session, editing=sale_id)
    if errors:
        raise ValidationFailed(errors)
    for key, value in cleaned.items():
        setattr(sale, key, value)
    session.flush()
    return sale


def retire(session: Session, sale_id: int, reason: str) -> Sale:
    return records.retire(session, Sale, sale_id, reason, tr("sale"))


def coins(session: Session) -> list[str]:
    """Every coin in the sales ledger and the output register."""
    from ...store.models.mining import MiningOutput

    found = set(session.execute(select(Sale.coin).distinct()).scalars())
    found |= set(session.execute(select(MiningOutput.coin).distinct()).scalars())
    return sorted(found)


# --- the list ---------------------------------------------------------------------------


class SaleListing:
    """The Sales page: each sale, its venue and whether it counts as sold through an
    AIFC-licensed venue on its date."""

    columns = (
        Column("sale_date", "Date", "right"),
        Column("coin", "Coin"),
        Column("amount", "Amount", "right"),
        Column("price", "Price", "right"),
        Column("currency", "Currency"),
        Column("value_kzt", "Value, KZT", "right"),
        Column("venue", "Venue"),
        Column("licensed", "AIFC-licensed venue", sortable=False),
        Column("counterparty", "Counterparty"),
        Column("reference", "Reference"),
    )
    default_sort = ("sale_date", True)

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self._venues: dict[int, Venue] = {}

    def filters(self, session: Session) -> list[Filter]:
        from . import venues

        periods = []
        quarter = period_of(self.today, "quarter")
        for _ in range(8):
            periods.append((quarter.start.isoformat(), quarter.label))
            quarter = period_of(quarter.start - dt.timedelta(days=1), "quarter")
        return [  # coins: sorted by the Coin column (four boxes overflow the toolbar)
            Filter(
                "venue",
                "Venue",
                (("", "Any venue"), *((str(i), n) for i, n in venues.choices(session))),
            ),
            Filter(
                "licensed",
                "Counts",
                (("", "Licensed or not"), ("yes", "AIFC-licensed"), ("no", "Not licensed")),
            ),
            Filter("quarter", "Quarter", (("", "Any quarter"), *periods)),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = Sale.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        wanted = query.filters
        if wanted.get("coin"):
            stmt = stmt.where(t.coin == wanted["coin"])
        if wanted.get("venue"):
            stmt = stmt.where(t.venue_id == int(wanted["venue"]))
        if wanted.get("licensed"):
            licensed = licensed_sql(Sale.__table__)
            stmt = stmt.where(licensed if wanted["licensed"] == "yes" else ~licensed)
        if wanted.get("quarter"):
            quarter = period_of(dt.date.fromisoformat(wanted["quarter"]), "quarter")
            stmt = stmt.where(t.sale_date >= quarter.start, t.sale_date <= quarter.end)
        if query.search.strip():
            pattern = like_pattern(query.search.strip().casefold())
            stmt = stmt.where(t.search_text.like(pattern, escape="\\"))
        venue_name = (
            select(Venue.__table__.c.name_key)
            .where(Venue.__table__.c.id == t.venue_id)
            .scalar_subquery()
        )
        sort_columns = {
            "sale_date": t.sale_date,
            "coin": t.coin,
            "amount": cast(t.amount, Numeric),  # ordering only; sums stay Decimal
            "price": cast(t.price, Numeric),
            "currency": t.currency,
            "value_kzt": cast(t.value_kzt, Numeric),
            "venue": venue_name,
            "counterparty": t.counterparty,
            "reference": t.reference,
        }
        order = sort_columns.get(query.sort, t.sale_date)
        if query.descending:
            stmt = stmt.order_by(order.desc(), t.id.desc())
        else:
            stmt = stmt.order_by(order.asc(), t.id.asc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        self._venues = venues_by_id(session)
        found = session.execute(select(Sale).where(Sale.id.in_(list(ids)))).scalars()
        return {sale.id: self.row(sale) for sale in found}

    def row(self, sale: Sale) -> tuple[Any, ...]:
        venue = self._venues.get(sale.venue_id)
        problem = venue_problem(venue, sale.sale_date) if venue else tr("unknown venue")
        licensed = tr("yes") if not problem else tr("no: {why}").format(why=problem)
        if sale.retired:
            licensed = tr("retired: {reason}").format(reason=sale.retired_reason or "")
        return (
            sale.sale_date,
            sale.coin,
            sale.amount,
            sale.price,
            sale.currency,
            sale.value_kzt,
            venue.name if venue else f"#{sale.venue_id}",
            licensed,
            sale.counterparty,
            sale.reference,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        licensed = str(values[7])
        if licensed.startswith(tr("retired")):
            return "muted"
        return None if licensed == tr("yes") else "warn"


def export(session: Session, path: Path, listing: SaleListing, query: ListQuery) -> int:
    """Write the sales matching ``query`` (in its order) to CSV or XLSX."""
    return export_listing(session, path, listing, query, sheet="Sales")
