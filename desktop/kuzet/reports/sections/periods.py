"""The period of a record by the date it happened, and late entries (issue #15, item 1).

Sections count a record in the period when it HAPPENED in it (a transaction's day, the
days of an alert's or a report's transactions, the day output was mined or a sale traded),
not when it was entered or detected. A record entered after the period ended (its
``created_at``, in the pack's time zone) but dated inside it is a *late entry*: its date
cell carries the mark ``†`` and the day it was entered, explained by ``late_note`` under
the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable
from sqlalchemy import case, func, select
from sqlmodel import Session

from kuzet.registers.monitoring.fiu_reports import ids_of
from kuzet.reports.blocks import note
from kuzet.reports.formatting import format_date
from kuzet.reports.section import PackContext
from kuzet.reports.sections.common import day_bounds, pack_data
from kuzet.store.models.transaction import CustomerTransaction

LATE_MARK = "†"
NBSP = "\u00a0"
_CHUNK = 900  # ids per IN (...): below SQLite's variable limit


@dataclass(frozen=True)
class TxDay:
    """What a table shows of a transaction a record refers to."""

    id: int
    occurred_on: dt.date
    reference: str


def period_end(ctx: PackContext) -> dt.datetime:
    """The first moment after the period (local midnight after its last day)."""
    return day_bounds(ctx)[1]


def entered_late(ctx: PackContext, created_at: dt.datetime | None) -> dt.date | None:
    """The local day a record was entered, when that was after the period ended."""
    if created_at is None:
        return None
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=dt.UTC)
    if created_at < period_end(ctx):
        return None
    return created_at.astimezone(ctx.local_tz).date()


def late_text(ctx: PackContext, entered: dt.date) -> str:
    """``† 07.12.2026``: the mark and the day of entry, kept on one line."""
    return f"{LATE_MARK}{NBSP}{format_date(entered, ctx.lang)}"


def dated(ctx: PackContext, day: dt.date | None, created_at: dt.datetime | None) -> object:
    """A date cell: the day itself, or the day over ``† <entry day>`` for a late entry."""
    entered = entered_late(ctx, created_at)
    if entered is None or day is None:
        return day
    return f"{format_date(day, ctx.lang)}\n{late_text(ctx, entered)}"


def late_note(ctx: PackContext) -> Flowable:
    return note(ctx.t("periods.late_note", mark=LATE_MARK))


def in_period(ctx: PackContext, day: dt.date | None) -> bool:
    return day is not None and ctx.period.date_from <= day <= ctx.period.date_to


def transaction_days(session: Session, ids: Iterable[int]) -> dict[int, TxDay]:
    """The day and reference of each transaction (retired ones too: a record keeps them)."""
    wanted = sorted(set(ids))
    t = CustomerTransaction.__table__.c
    found: dict[int, TxDay] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = select(t.id, t.occurred_on, t.reference).where(t.id.in_(chunk))
        for tx_id, day, reference in session.execute(query):
            found[tx_id] = TxDay(tx_id, day, reference or f"#{tx_id}")
    return found


def days_of(text: str | None, known: dict[int, TxDay]) -> list[TxDay]:
    """The transactions of a comma-separated id list, in date order."""
    return sorted((known[i] for i in ids_of(text or "") if i in known), key=lambda x: x.occurred_on)


def covers_period(ctx: PackContext, txs: list[TxDay], fallback: dt.date | None) -> bool:
    """Whether a record belongs to the period: one of its transactions occurred in it, or,
    for a record without transactions, its own date (``fallback``) falls in it."""
    if txs:
        return any(in_period(ctx, tx.occurred_on) for tx in txs)
    return in_period(ctx, fallback)


def before_period(ctx: PackContext, txs: list[TxDay], fallback: dt.date | None) -> bool:
    """Whether a record belongs wholly to days before the period (carried forward)."""
    last = txs[-1].occurred_on if txs else fallback
    return last is not None and last < ctx.period.date_from


def transactions_text(ctx: PackContext, txs: list[TxDay]) -> str | None:
    """``TX-000084 (16.10.2026), TX-000095 (27.10.2026)``."""
    if not txs:
        return None
    return ", ".join(f"{tx.reference} ({format_date(tx.occurred_on, ctx.lang)})" for tx in txs)


def late_column(ctx: PackContext, created_at: Any) -> Any:
    """A query column: ``created_at`` of a late entry, else NULL (few values to convert)."""
    return case((created_at >= period_end(ctx), created_at), else_=None)


def late_count(ctx: PackContext, day: Any, created_at: Any, retired_at: Any) -> int:
    """How many records dated in the period (``day``) were entered after it ended."""
    query = select(func.count()).where(
        retired_at.is_(None),
        day >= ctx.period.date_from,
        day <= ctx.period.date_to,
        created_at >= period_end(ctx),
    )
    return int(pack_data(ctx).session.execute(query).scalar_one())
