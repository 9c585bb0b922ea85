"""The output register: coin credited by pools, per day or per payout, with electricity used.

Output credited through a pool that was not accredited on that date is flagged, with the
reason (no accreditation, not yet or no longer accredited, suspended or revoked, or the
pool's hardware outside Kazakhstan while rule ``mining.pool.hardware_in_kz_required``
holds). The flag is worked out when shown, so a corrected accreditation clears it.
Imports live in ``imports``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Numeric, cast, func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...regime.severity import HIGH
from ...store.models.mining import MiningOutput, PoolAccreditation
from ..licensing.pools import pool_names
from ..listing import Column, Filter, ListQuery
from ..records import Register
from .common import (
    accreditation_problem,
    accreditations_by_pool,
    accredited_sql,
    code_field,
    day_field,
    decimal_field,
    hardware_required,
    name_key,
    search_text,
)
from .ledger import LedgerListing
from .sales import coins

FIELDS = ("output_date", "coin", "amount", "pool", "kwh", "reference", "notes")


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
        "output_date",
        errors,
        today,
        tr("Enter the day the output was credited."),
        tr("The date cannot be in the future."),
    )
    coin = code_field(data, "coin", errors, tr("coin"))
    amount = decimal_field(data, "amount", errors, required=True, positive=True)
    kwh = decimal_field(data, "kwh", errors, required=False, positive=False)
    pool = " ".join(str(data.get("pool") or "").split())
    if not pool:
        errors["pool"] = tr("Enter the pool that credited the output.")
    reference = str(data.get("reference") or "").strip() or None
    if session is not None and pool and reference:
        t = MiningOutput.__table__.c
        OUTPUT.refuse_duplicate(
            session,
            editing,
            errors,
            "reference",
            tr("Output #{id} already has this pool and reference."),
            t.pool_key == name_key(pool),
            t.reference == reference,
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


OUTPUT: Register[MiningOutput] = Register(MiningOutput, "output record", FIELDS, validate)
create, get, update, retire = OUTPUT.create, OUTPUT.get, OUTPUT.update, OUTPUT.retire


def pool_flag(session: Session, output: MiningOutput, rules: RuleBook) -> str:
    """Why ``output`` is flagged ("" when its pool was accredited on its date)."""
    records = accreditations_by_pool(session).get(output.pool_key, [])
    return accreditation_problem(
        records, output.output_date, hardware_required(rules, output.output_date)
    )


@dataclass(frozen=True)
class OutputForm:
    """What the output dialog offers (the pools in the register, the coins in use) and
    the pool check it shows as the officer types, read once when it opens."""

    pools: list[str]
    coins: list[str]
    accreditations: Mapping[str, list[PoolAccreditation]]
    rules: RuleBook

    def pool_problem(self, pool: str, day: dt.date) -> str:
        """Why output through ``pool`` on ``day`` would be flagged ("" when it would not)."""
        found = self.accreditations.get(name_key(pool), [])
        return accreditation_problem(found, day, hardware_required(self.rules, day))


def output_form(session: Session, rules: RuleBook) -> OutputForm:
    """The form of the output dialog (coins from the sales ledger too)."""
    return OutputForm(pool_names(session), coins(session), accreditations_by_pool(session), rules)


# --- the list ---------------------------------------------------------------------------


class OutputListing(LedgerListing):
    """The Mining output page: each credit, and whether its pool was accredited that day."""

    model = MiningOutput
    date_column = "output_date"
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
    check_column = 5
    failed_tone = HIGH  # output credited by a pool not accredited that day

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        super().__init__(today)
        self.rules = rules
        self._pools: dict[str, list[PoolAccreditation]] = {}

    def filters(self, session: Session) -> list[Filter]:
        pools = session.execute(
            select(MiningOutput.pool_key, func.min(MiningOutput.pool))
            .where(MiningOutput.retired_at.is_(None))
            .group_by(MiningOutput.pool_key)
            .order_by(MiningOutput.pool_key)
        ).all()
        return [  # coins: sorted by the Coin column (four boxes overflow the toolbar)
            Filter("pool", "Pool", (("", "Any pool"), *((str(k), str(n)) for k, n in pools))),
            Filter(
                "flag",
                "Pool check",
                (("", "Flagged or not"), ("flagged", "Flagged"), ("ok", "Accredited pool")),
            ),
            self.quarter_filter(),
        ]

    def where(self, query: ListQuery) -> list[Any]:
        conditions = super().where(query)
        wanted = query.filters
        if wanted.get("pool"):
            conditions.append(self.table.pool_key == wanted["pool"])
        if wanted.get("flag"):
            accredited = accredited_sql(
                MiningOutput.__table__, hardware_required(self.rules, self.today)
            )
            conditions.append(~accredited if wanted["flag"] == "flagged" else accredited)
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return dict(super().sort_columns()) | {"pool": t.pool_key, "kwh": cast(t.kwh, Numeric)}

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        self._pools = accreditations_by_pool(session)
        return super().rows(session, ids)

    def row(self, output: MiningOutput) -> tuple[Any, ...]:
        problem = accreditation_problem(
            self._pools.get(output.pool_key, []),
            output.output_date,
            hardware_required(self.rules, output.output_date),
        )
        check = self.checked(output, problem, tr("FLAGGED: {why}"))
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
