"""The output register: coin credited by pools, per day or per payout, with electricity used.

Output credited through a pool that was not accredited on that date is flagged, with the
reason (no accreditation, not yet or no longer accredited, suspended or revoked, or the
pool's hardware outside Kazakhstan while rule ``mining.pool.hardware_in_kz_required``
holds). The flag is worked out when shown, so a corrected accreditation clears it.
Imports live in ``mining_imports``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Numeric, cast, func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.mining import period_of
from ...regime.rulepack import RuleBook
from ...store.models.mining import MiningOutput
from .. import records
from ..errors import ValidationFailed
from ..listing import Column, Filter, ListQuery, export_listing, like_pattern
from .common import (
    accreditation_problem,
    accreditations_by_pool,
    accredited_sql,
    decimal_field,
    hardware_required,
    name_key,
    parse_code,
    search_text,
)

FIELDS = ("output_date", "coin", "amount", "pool", "kwh", "reference", "notes")


def validate(
    data: Mapping[str, Any],
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Field-level problems, and the cleaned values (when there are none)."""
    errors: dict[str, str] = {}
    day = data.get("output_date")
    if day is None:
        errors["output_date"] = tr("Enter the day the output was credited.")
    elif day > today:
        errors["output_date"] = tr("The date cannot be in the future.")
    coin = ""
    try:
        coin = parse_code(str(data.get("coin") or ""), tr("coin"))
    except ValueError as exc:
        errors["coin"] = str(exc)
    amount = decimal_field(data, "amount", errors, required=True, positive=True)
    kwh = decimal_field(data, "kwh", errors, required=False, positive=False)
    pool = " ".join(str(data.get("pool") or "").split())
    if not pool:
        errors["pool"] = tr("Enter the pool that credited the output.")
    reference = str(data.get("reference") or "").strip() or None
    if session is not None and pool and reference:
        clash = _same_reference(session, name_key(pool), reference, editing)
        if clash is not None:
            errors["reference"] = tr("Output #{id} already has this pool and reference.").format(
                id=clash
            )
    if errors:
        return errors, {}
    cleaned = {
        "output_date": day,
        "coin": coin,
        "amount": amount,
        "pool": pool,
        "pool_key": name_key(pool),
        "kwh": kwh,
        "reference": reference,
        "notes": str(data.get("notes") or "").strip(),
    }
    cleaned["search_text"] = search_text(pool, reference, cleaned["notes"])
    return {}, cleaned


def _same_reference(
    session: Session, pool_key: str, reference: str, editing: int | None
) -> int | None:
    query = select(MiningOutput.id).where(
        MiningOutput.pool_key == pool_key, MiningOutput.reference == reference
    )
    if editing is not None:
        query = query.where(MiningOutput.id != editing)
    return session.execute(query).scalars().first()


def create(session: Session, data: Mapping[str, Any], today: dt.date) -> MiningOutput:
    errors, cleaned = validate(data, today, session)
    if errors:
        raise ValidationFailed(errors)
    output = MiningOutput(**cleaned)
    session.add(output)
    session.flush()
    return output


def get(session: Session, output_id: int) -> MiningOutput:
    return records.fetch(session, MiningOutput, output_id, tr("output record"))


def update(
    session: Session, output_id: int, data: Mapping[str, Any], today: dt.date
) -> MiningOutput:
    output = records.editable(session, MiningOutput, output_id, tr("output record"))
    merged = {f: getattr(output, f) for f in FIELDS} | dict(data)
    errors, cleaned = validate(merged, today, session, editing=output_id)
    if errors:
        raise ValidationFailed(errors)
    for key, value in cleaned.items():
        setattr(output, key, value)
    session.flush()
    return output


def retire(session: Session, output_id: int, reason: str) -> MiningOutput:
    return records.retire(session, MiningOutput, output_id, reason, tr("output record"))


def pool_flag(session: Session, output: MiningOutput, rules: RuleBook) -> str:
    """Why ``output`` is flagged ("" when its pool was accredited on its date)."""
    records = accreditations_by_pool(session).get(output.pool_key, [])
    return accreditation_problem(
        records, output.output_date, hardware_required(rules, output.output_date)
    )


# --- the list ---------------------------------------------------------------------------


class OutputListing:
    """The Mining output page: each credit, and whether its pool was accredited that day."""

    columns = (
        Column("output_date", "Date", "right"),
        Column("coin", "Coin"),
        Column("amount", "Amount", "right"),
        Column("pool", "Pool"),
        Column("kwh", "kWh", "right"),
        Column("pool_check", "Pool accredited that day", sortable=False),
        Column("reference", "Reference"),
        Column("notes", "Notes"),
    )
    default_sort = ("output_date", True)

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today
        self._pools: dict[str, list] = {}

    def filters(self, session: Session) -> list[Filter]:
        pools = session.execute(
            select(MiningOutput.pool_key, func.min(MiningOutput.pool))
            .where(MiningOutput.retired_at.is_(None))
            .group_by(MiningOutput.pool_key)
            .order_by(MiningOutput.pool_key)
        ).all()
        periods = []
        quarter = period_of(self.today, "quarter")
        for _ in range(8):
            periods.append((quarter.start.isoformat(), quarter.label))
            quarter = period_of(quarter.start - dt.timedelta(days=1), "quarter")
        return [  # coins: sorted by the Coin column (four boxes overflow the toolbar)
            Filter("pool", "Pool", (("", "Any pool"), *((str(k), str(n)) for k, n in pools))),
            Filter(
                "flag",
                "Pool check",
                (("", "Flagged or not"), ("flagged", "Flagged"), ("ok", "Accredited pool")),
            ),
            Filter("quarter", "Quarter", (("", "Any quarter"), *periods)),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = MiningOutput.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        wanted = query.filters
        if wanted.get("coin"):
            stmt = stmt.where(t.coin == wanted["coin"])
        if wanted.get("pool"):
            stmt = stmt.where(t.pool_key == wanted["pool"])
        if wanted.get("flag"):
            accredited = accredited_sql(
                MiningOutput.__table__, hardware_required(self.rules, self.today)
            )
            stmt = stmt.where(~accredited if wanted["flag"] == "flagged" else accredited)
        if wanted.get("quarter"):
            quarter = period_of(dt.date.fromisoformat(wanted["quarter"]), "quarter")
            stmt = stmt.where(t.output_date >= quarter.start, t.output_date <= quarter.end)
        if query.search.strip():
            pattern = like_pattern(query.search.strip().casefold())
            stmt = stmt.where(t.search_text.like(pattern, escape="\\"))
        sort_columns = {
            "output_date": t.output_date,
            "coin": t.coin,
            "amount": cast(t.amount, Numeric),  # ordering only; sums stay Decimal
            "pool": t.pool_key,
            "kwh": cast(t.kwh, Numeric),
            "reference": t.reference,
            "notes": t.notes,
        }
        order = sort_columns.get(query.sort, t.output_date)
        if query.descending:
            stmt = stmt.order_by(order.desc(), t.id.desc())
        else:
            stmt = stmt.order_by(order.asc(), t.id.asc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        self._pools = accreditations_by_pool(session)
        found = session.execute(select(MiningOutput).where(MiningOutput.id.in_(list(ids))))
        return {o.id: self.row(o) for o in found.scalars()}

    def row(self, output: MiningOutput) -> tuple[Any, ...]:
        problem = accreditation_problem(
            self._pools.get(output.pool_key, []),
            output.output_date,
            hardware_required(self.rules, output.output_date),
        )
        check = tr("yes") if not problem else tr("FLAGGED: {why}").format(why=problem)
        if output.retired:
            check = tr("retired: {reason}").format(reason=output.retired_reason or "")
        return (
            output.output_date,
            output.coin,
            output.amount,
            output.pool,
            output.kwh,
            check,
            output.reference,
            output.notes,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        check = str(values[5])
        if check.startswith(tr("retired")):
            return "muted"
        return None if check == tr("yes") else "bad"


def export(session: Session, path: Path, listing: OutputListing, query: ListQuery) -> int:
    return export_listing(session, path, listing, query, sheet="Mining output")
