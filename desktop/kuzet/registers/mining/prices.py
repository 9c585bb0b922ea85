"""The State Revenue Committee's coin prices: what mined coin is worth for tax on the day
it was received (from 2026, rule ``mining.tax_value.receipt_price``).

One price per coin and day in use, entered in the window or imported from a CSV or XLSX
file (header ``date,coin,price_kzt`` and optionally ``source,notes``), all rows or none.
A price already recorded for a coin and day is skipped when the file gives the same
price, and refuses the file when it gives another (retire the old one first: every change
stays in the trail).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Numeric, cast, select
from sqlmodel import Session

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...store.models.mining import CoinPrice
from ..errors import FirstLines, ImportRejected, RowProblem
from ..listing import Column, Filter, ListQuery, RecordListing
from ..records import Register
from ..tabular import parse_date, parse_decimal, read_rows
from .common import code_field, decimal_field, parse_code

FIELDS = ("coin", "price_date", "price_kzt", "source", "notes")
IMPORT_FIELDS = ("date", "coin", "price_kzt", "source", "notes")
IMPORT_REQUIRED = ("date", "coin", "price_kzt")


def validate(
    data: Mapping[str, Any],
    today: dt.date | None = None,
    session: Session | None = None,
    editing: int | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Field-level problems, and the cleaned values (when there are none)."""
    errors: dict[str, str] = {}
    coin = code_field(data, "coin", errors, tr("coin"))
    day = data.get("price_date")
    if day is None:
        errors["price_date"] = tr("Enter the day the price is for.")
    elif today is not None and day > today:
        errors["price_date"] = tr("The date cannot be in the future.")
    price = decimal_field(data, "price_kzt", errors, required=True, positive=True)
    if session is not None and coin and day is not None:
        PRICES.refuse_duplicate(
            session,
            editing,
            errors,
            "price_date",
            tr("Price #{id} is already recorded for this coin and day."),
            CoinPrice.coin == coin,
            CoinPrice.price_date == day,
            CoinPrice.retired_at.is_(None),
        )
    if errors:
        return errors, {}
    source = " ".join(str(data.get("source") or "").split())
    notes = str(data.get("notes") or "").strip()
    return {}, {
        "coin": coin,
        "price_date": day,
        "price_kzt": price,
        "source": source,
        "notes": notes,
    }


PRICES: Register[CoinPrice] = Register(CoinPrice, "coin price", FIELDS, validate)
create, get, update, retire = PRICES.create, PRICES.get, PRICES.update, PRICES.retire


def price_map(session: Session, start: dt.date, end: dt.date) -> dict[tuple[str, dt.date], Decimal]:
    """(coin, day) -> KZT price of the prices in use from ``start`` to ``end``."""
    query = select(CoinPrice.coin, CoinPrice.price_date, CoinPrice.price_kzt).where(
        CoinPrice.retired_at.is_(None),
        CoinPrice.price_date >= start,
        CoinPrice.price_date <= end,
    )
    return {(c, d): p for c, d, p in session.execute(query)}


# --- import ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PriceImport:
    rows: int
    imported: int
    duplicates: int  # the same price already recorded: skipped


def import_prices(
    session: Session,
    path: Path,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> PriceImport:
    """Every row of ``path`` or none (``ImportRejected`` names every bad row)."""
    name = path.name
    rows = read_rows(path, IMPORT_FIELDS, IMPORT_REQUIRED, mapping)
    known = price_map(session, dt.date.min, dt.date.max)
    problems: list[RowProblem] = []
    first = FirstLines(name, "date")
    wanted: list[dict[str, Any]] = []
    duplicates = 0
    for row in progress.each(rows, tr("Reading prices"), 500):
        try:
            day = parse_date(row.get("date"))
            coin = parse_code(row.get("coin"), tr("coin"))
            price = parse_decimal(row.get("price_kzt"))
        except ValueError as exc:
            problems.append(RowProblem(name, row.line, "", str(exc)))
            continue
        if day > today:
            problems.append(RowProblem(name, row.line, "date", tr("the date is in the future")))
            continue
        if price <= 0:
            problems.append(RowProblem(name, row.line, "price_kzt", tr("must be more than zero")))
            continue
        first.check((coin, day), row.line, problems)
        recorded = known.get((coin, day))
        if recorded is not None:
            if recorded == price:
                duplicates += 1
                continue
            problems.append(
                RowProblem(
                    name,
                    row.line,
                    "price_kzt",
                    tr("{coin} on {day} is already recorded at {price} KZT").format(
                        coin=coin, day=f"{day:%d.%m.%Y}", price=recorded
                    ),
                )
            )
            continue
        wanted.append(
            {
                "coin": coin,
                "price_date": day,
                "price_kzt": price,
                "source": row.get("source"),
                "notes": row.get("notes"),
            }
        )
    if problems:
        raise ImportRejected(problems)
    for data in wanted:
        create(session, data, today)
    return PriceImport(rows=len(rows), imported=len(wanted), duplicates=duplicates)


# --- the list ---------------------------------------------------------------------------


class PriceListing(RecordListing):
    """The SRC prices: newest day first."""

    model = CoinPrice
    columns = (
        Column("price_date", "Date", "right"),
        Column("coin", "Coin"),
        Column("price_kzt", "Price, KZT", "right"),
        Column("source", "Source"),
        Column("notes", "Notes"),
    )
    default_sort = ("price_date", True)
    search_columns = ("coin", "source", "notes")

    def filters(self, session: Session) -> list[Filter]:
        coins = session.execute(
            select(CoinPrice.coin)
            .where(CoinPrice.retired_at.is_(None))
            .distinct()
            .order_by(CoinPrice.coin)
        ).scalars()
        return [Filter("coin", "Coin", (("", "Any coin"), *((c, c) for c in coins)))]

    def where(self, query: ListQuery) -> list[Any]:
        if query.filters.get("coin"):
            return [self.table.coin == query.filters["coin"]]
        return []

    def sort_columns(self) -> dict[str, Any]:
        return dict(super().sort_columns()) | {"price_kzt": cast(self.table.price_kzt, Numeric)}

    def row(self, price: CoinPrice) -> tuple[Any, ...]:
        return (price.price_date, price.coin, price.price_kzt, price.source, price.notes)
