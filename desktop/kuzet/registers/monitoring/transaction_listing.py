"""The Transactions page's list: filters and sorting in SQL, fast over 100,000+ rows.

Filters: direction, asset, Travel Rule status and import batch (combo boxes), and three
the page fills from its own fields: ``customer`` (IIN/BIN, ``#number`` or part of a
name), ``from``/``to`` (ISO dates) and ``ids`` (comma-separated transaction ids, to show
an alert's transactions). The search box matches the transaction's own text (reference,
wallets, names, provider) and its customer's names and IIN/BIN.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Numeric, cast, false, func, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.severity import MEDIUM
from ...regime.travel_rule import (
    COMPLETE,
    INCOMPLETE,
    NOT_APPLICABLE,
    NOT_IN_FORCE,
    RULE_NOT_SET,
    field_label,
    status_label,
)
from ...store.models.transaction import CustomerTransaction
from ..customers.customer_file import fold
from ..listing import Column, Filter, ListQuery, as_record_id, like_pattern
from .customer_listing import CUSTOMERS, CustomerRecordListing, matching_customers

DIRECTION_LABELS = {"in": "in (deposit)", "out": "out (withdrawal)"}
SHORT_FIELDS = {
    "originator_name": "originator name",
    "originator_wallet": "originator wallet",
    "originator_id": "originator ID",
    "beneficiary_name": "beneficiary name",
    "beneficiary_wallet": "beneficiary wallet",
}


def direction_label(direction: str) -> str:
    return tr(DIRECTION_LABELS.get(direction, direction))


def travel_rule_text(status: str, missing: str, short: bool = False) -> str:
    """The Travel Rule status as shown; ``short`` names the missing fields briefly."""
    if status == INCOMPLETE and missing:
        names = missing.split(",")
        labels = [tr(SHORT_FIELDS.get(f, f)) if short else field_label(f) for f in names]
        return tr("missing: {fields}").format(fields=", ".join(labels))
    return status_label(status)


def _customer_ids(text: str) -> Any:
    """A subquery of the customers ``text`` names: #number, IIN/BIN, or part of a name."""
    cleaned = text.strip()
    c = CUSTOMERS.c
    if cleaned.startswith("#") and cleaned[1:].strip().isdigit():
        number = as_record_id(cleaned[1:])
        return select(c.id).where(c.id == number if number is not None else false())
    if cleaned.isdigit():
        number = as_record_id(cleaned)
        by_number = c.id == number if number is not None else false()
        return select(c.id).where(or_(c.iin_bin == cleaned.zfill(12), by_number))
    return matching_customers(like_pattern(fold(cleaned)))


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def batches(session: Session, limit: int = 20) -> list[str]:
    """The latest imports, newest first (the page's import filter)."""
    t = CustomerTransaction.__table__.c
    return list(
        session.execute(
            select(t.import_batch)
            .where(t.import_batch != "")
            .group_by(t.import_batch)
            .order_by(func.max(t.id).desc())
            .limit(limit)
        ).scalars()
    )


class TransactionListing(CustomerRecordListing):
    model = CustomerTransaction
    columns = (
        Column("occurred_on", "Date", "right"),
        Column("customer", "Customer"),
        Column("direction", "Direction"),
        Column("asset", "Asset"),
        Column("amount", "Amount", "right"),
        Column("value_kzt", "Value, KZT", "right"),
        Column("value_usd", "Value, USD", "right"),
        Column("travel_rule", "Travel Rule"),
        Column("counterparty", "Counterparty"),
        Column("reference", "Reference"),
    )
    default_sort = ("occurred_on", True)

    def filters(self, session: Session) -> list[Filter]:
        t = self.table
        assets = session.execute(
            select(t.asset).where(t.retired_at.is_(None)).distinct().order_by(t.asset)
        ).scalars()
        return [
            Filter(
                "direction",
                "Direction",
                (("", "Any direction"), ("in", "Deposits (in)"), ("out", "Withdrawals (out)")),
            ),
            Filter("asset", "Asset", (("", "Any asset"), *((a, a) for a in assets))),
            Filter(
                "travel_rule",
                "Travel Rule",
                (
                    ("", "Any Travel Rule"),
                    (INCOMPLETE, "Travel Rule: data missing"),
                    (COMPLETE, "Travel Rule: complete"),
                    (NOT_APPLICABLE, "Money (Travel Rule not applicable)"),
                    (NOT_IN_FORCE, "Before the Travel Rule applied"),
                    (RULE_NOT_SET, "Travel Rule to enter from the statute"),
                ),
            ),
        ]

    def where(self, query: ListQuery) -> list[Any]:
        t, f = self.table, query.filters
        chosen = [key for key in ("direction", "asset", "travel_rule") if f.get(key)]
        conditions = [t[key] == f[key] for key in chosen]
        if f.get("batch"):
            conditions.append(t.import_batch == f["batch"])
        if f.get("customer", "").strip():
            conditions.append(t.customer_id.in_(_customer_ids(f["customer"])))
        if (start := _day(f.get("from"))) is not None:
            conditions.append(t.occurred_on >= start)
        if (end := _day(f.get("to"))) is not None:
            conditions.append(t.occurred_on <= end)
        if f.get("ids"):
            wanted = [int(i) for i in f["ids"].split(",") if i.strip().isdigit()]
            conditions.append(t.id.in_(wanted))
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return super().sort_columns() | {
            "amount": cast(t.amount, Numeric),
            "value_kzt": cast(t.value_kzt, Numeric),
            "value_usd": cast(t.value_usd, Numeric),
            "counterparty": t.provider_key,
        }

    def row(self, r: Any) -> tuple[Any, ...]:
        counterparty = r.counterparty_provider or r.counterparty_wallet
        if r.counterparty_provider and r.counterparty_wallet:
            counterparty = f"{r.counterparty_provider} · {r.counterparty_wallet}"
        travel = travel_rule_text(r.travel_rule, r.travel_rule_missing, short=True)
        if r.retired_at is not None:
            travel = tr("retired: {reason}").format(reason=r.retired_reason or "")
        return (
            r.occurred_on,
            self.customer(r),
            direction_label(r.direction),
            r.asset,
            r.amount,
            r.value_kzt,
            r.value_usd,
            travel,
            counterparty,
            r.reference or "",
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        travel = str(values[7])
        if travel.startswith(tr("retired: {reason}").partition("{")[0]):
            return "muted"
        if travel.startswith(tr("missing: {fields}").partition("{")[0]):
            return MEDIUM
        return None
