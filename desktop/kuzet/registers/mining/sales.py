"""The sales ledger: mined coin sold, where, at what price, and its value in tenge.

A sale counts towards the mandatory-sale share when its venue held a licence of a kind
rule ``mining.sale.qualifying_venues`` lists (AIFC by default) on the sale date
(``common.venue_problem``). The KZT value is price x amount when the price is in
KZT; otherwise it is the ``value_kzt`` given, or price x amount x ``kzt_rate`` when a rate
is given, or left empty (the share is counted in coin and does not need it).
Imports live in ``imports``; re-importing a trade (same venue and reference) adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Numeric, cast, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.mining import money
from ...regime.rulepack import RuleBook
from ...regime.severity import MEDIUM
from ...store.models.mining import MiningOutput, Sale, Venue
from ..listing import Column, Filter, ListQuery
from ..records import Register
from . import venues
from .common import (
    AIFC_ONLY,
    KZT,
    code_field,
    day_field,
    decimal_field,
    licensed_sql,
    qualifying_on,
    search_text,
    venue_problem,
    venues_by_id,
)
from .ledger import LedgerListing

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
    day = day_field(
        data,
        "sale_date",
        errors,
        today,
        tr("Enter the sale date."),
        tr("The sale date cannot be in the future."),
    )
    coin = code_field(data, "coin", errors, tr("coin"))
    currency = code_field(data, "currency", errors, tr("currency"))
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
        t = Sale.__table__.c
        SALES.refuse_duplicate(
            session,
            editing,
            errors,
            "reference",
            tr("Sale #{id} already has this venue and reference."),
            t.venue_id == int(venue_id),
            t.reference == reference,
        )
    if errors:
        return errors, {}
    assert amount is not None and price is not None
    cleaned = {
        "sale_date": day,
        "coin": coin,
        "amount": amount,
        "price": price,
        "currency": currency,
        "kzt_rate": rate,
        "value_kzt": kzt_value(amount, price, currency, rate, given),
        "venue_id": int(venue_id),
        "counterparty": " ".join(str(data.get("counterparty") or "").split()),
        "reference": reference,
    }
    cleaned["search_text"] = search_text(cleaned["reference"], cleaned["counterparty"])
    return {}, cleaned


def derived_again(changes: Mapping[str, Any]) -> Mapping[str, Any]:
    """A new amount, price or rate derives the KZT value again, unless it is given too."""
    if "value_kzt" not in changes and any(k in changes for k in ("amount", "price", "kzt_rate")):
        return {**changes, "value_kzt": None}
    return changes


SALES: Register[Sale] = Register(Sale, "sale", FIELDS, validate, derived_again)
create, get, update, retire = SALES.create, SALES.get, SALES.update, SALES.retire


def coins(session: Session) -> list[str]:
    """Every coin in the sales ledger and the output register."""
    found = set(session.execute(select(Sale.coin).distinct()).scalars())
    found |= set(session.execute(select(MiningOutput.coin).distinct()).scalars())
    return sorted(found)


@dataclass(frozen=True)
class SaleForm:
    """What the sale dialog offers (the venues in use, the coins) and whether a sale on a
    day would count, shown as the officer types, read once when it opens."""

    venues: list[tuple[int, str]]  # (id, name), by name
    coins: list[str]
    records: Mapping[int, Venue]
    qualifying: Callable[[dt.date], tuple[str, ...]] = lambda _day: AIFC_ONLY

    def venue_problem(self, venue_id: int | None, day: dt.date) -> str | None:
        """Why a sale through the venue on ``day`` would not count ("" when it would;
        None when no venue is chosen)."""
        venue = self.records.get(venue_id) if venue_id is not None else None
        return None if venue is None else venue_problem(venue, day, self.qualifying(day))


def sale_form(session: Session, rules: RuleBook | None = None) -> SaleForm:
    """The form of the sale dialog (which venues count: rule mining.sale.qualifying_venues)."""
    qualifying = qualifying_on(rules) if rules is not None else (lambda _day: AIFC_ONLY)
    return SaleForm(
        venues.choices(session), coins(session), venues_by_id(session, False), qualifying
    )


# --- the list ---------------------------------------------------------------------------


class SaleListing(LedgerListing):
    """The Sales page: each sale, its venue and whether it counts as sold through an
    AIFC-licensed venue on its date."""

    model = Sale
    date_column = "sale_date"
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
    check_column = 7
    failed_tone = MEDIUM  # a sale on a venue that does not count toward the share

    def __init__(self, today: dt.date, rules: RuleBook | None = None) -> None:
        super().__init__(today)
        self._venues: dict[int, Venue] = {}
        self.qualifying = qualifying_on(rules) if rules is not None else (lambda _d: AIFC_ONLY)

    def filters(self, session: Session) -> list[Filter]:
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
            self.quarter_filter(),
        ]

    def where(self, query: ListQuery) -> list[Any]:
        conditions = super().where(query)
        wanted = query.filters
        if wanted.get("venue"):
            conditions.append(self.table.venue_id == int(wanted["venue"]))
        if wanted.get("licensed"):
            licensed = licensed_sql(Sale.__table__, self.qualifying(self.today))
            conditions.append(licensed if wanted["licensed"] == "yes" else ~licensed)
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t, v = self.table, Venue.__table__.c
        return dict(super().sort_columns()) | {
            "price": cast(t.price, Numeric),  # ordering only; sums stay Decimal
            "value_kzt": cast(t.value_kzt, Numeric),
            "venue": select(v.name_key).where(v.id == t.venue_id).scalar_subquery(),
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        self._venues = venues_by_id(session)
        return super().rows(session, ids)

    def row(self, sale: Sale) -> tuple[Any, ...]:
        venue = self._venues.get(sale.venue_id)
        problem = (
            venue_problem(venue, sale.sale_date, self.qualifying(sale.sale_date))
            if venue
            else tr("unknown venue")
        )
        licensed = self.checked(sale, problem, tr("no: {why}"))
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
