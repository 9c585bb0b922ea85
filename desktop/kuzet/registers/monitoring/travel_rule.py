"""The Travel Rule check over the transaction register.

The rule follows the firm profile's jurisdiction: AIFC AML 11-1.1 for AIFC firms (from
about 10 Sep 2024), the AFM's Order No. 5 of 30 Oct 2024 for firms outside the AIFC (its
threshold and fields entered by the officer from the statute). Every transfer of digital
assets is checked against the fields the rule pack requires for its USD value: for AIFC
firms, at or above the threshold (USD 1,000) the originator's name, wallet and one
identifier and the beneficiary's name and wallet; below it names and wallets.
The status and missing fields are stored on the transaction (the page filters on them)
and brought up to date whenever the rules run, since an officer may override the rule
pack. Each incomplete transfer at or above the threshold raises an alert; transfers with
a counterparty provider not vetted before the transfer raise one per customer and
provider.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session

from ...regime.monitoring import Hit, Tx
from ...regime.rulepack import RuleBook
from ...regime.travel_rule import (
    AIFC,
    INCOMPLETE,
    RULE_CITATIONS,
    TravelRuleCheck,
    check,
    travel_rule_hits,
    unvetted_provider_hits,
)
from ...store.audit import audit_rows, utc_now
from ...store.models.transaction import CustomerTransaction
from .transactions import TRAVEL_RULE_DATA, firm_jurisdiction, travel_rule_params
from .vasps import register_index

ROW_COLUMNS = (
    "id",
    "asset",
    "value_usd",
    "occurred_on",
    "travel_rule",
    "travel_rule_missing",
    *TRAVEL_RULE_DATA,
)


@dataclass(frozen=True)
class TravelRuleOutcome:
    hits: list[Hit]
    changed: int  # transactions whose stored status was brought up to date
    incomplete: int  # incomplete transfers at or above the threshold


def rows_for_check(session: Session, ids: Sequence[int] | None = None) -> list[Mapping[str, Any]]:
    """The columns the check reads, for active transactions (or ``ids``)."""
    t = CustomerTransaction.__table__.c
    stmt = select(*(t[c] for c in ROW_COLUMNS)).where(t.retired_at.is_(None))
    if ids is not None:
        stmt = stmt.where(t.id.in_(list(ids)))
    return [dict(r._mapping) for r in session.execute(stmt)]


def check_rows(
    rows: Iterable[Mapping[str, Any]], rules: RuleBook, jurisdiction: str = AIFC
) -> dict[int, tuple[TravelRuleCheck, Decimal]]:
    """Transaction id -> (the check, the threshold applied; 0 where none applied)."""
    params_for = travel_rule_params(rules, jurisdiction)
    results = {}
    for row in rows:
        params = params_for(row["occurred_on"])
        results[row["id"]] = (
            check(row["asset"], Decimal(row["value_usd"]), row, params),
            params.threshold_usd if params.threshold_usd is not None else Decimal(0),
        )
    return results


def store_statuses(
    session: Session,
    rows: Iterable[Mapping[str, Any]],
    results: Mapping[int, tuple[TravelRuleCheck, Decimal]],
) -> int:
    """Write changed statuses (audited); returns how many changed."""
    table = CustomerTransaction.__table__
    changed: list[tuple[int, str, str]] = []
    for row in rows:
        result = results[row["id"]][0]
        missing = ",".join(result.missing)
        if row["travel_rule"] != result.status or row["travel_rule_missing"] != missing:
            changed.append((row["id"], result.status, missing))
    if not changed:
        return 0
    session.flush()
    conn = session.connection()
    now = utc_now()
    for transaction_id, status, missing in changed:
        conn.execute(
            update(table)
            .where(table.c.id == transaction_id)
            .values(travel_rule=status, travel_rule_missing=missing, updated_at=now)
        )
    ids = [c[0] for c in changed]
    for start in range(0, len(ids), 500):
        audit_rows(conn, table, ids[start : start + 500])
    session.expire_all()  # ORM objects of this session read the rows written here afresh
    return len(changed)


def evaluate(
    session: Session,
    txs: Sequence[Tx],
    rules: RuleBook,
    fiat_assets_on: dt.date,
) -> TravelRuleOutcome:
    """Check every active transfer, store changed statuses, and return the hits:
    incomplete transfers at or above the threshold, and unvetted counterparty providers."""
    rows = rows_for_check(session)
    jurisdiction = firm_jurisdiction(session)
    results = check_rows(rows, rules, jurisdiction)
    changed = store_statuses(session, rows, results)
    by_id = {tx.id: tx for tx in txs}
    checked = [(by_id[i], r[0]) for i, r in results.items() if i in by_id]
    thresholds = {i: r[1] for i, r in results.items()}
    hits = travel_rule_hits(checked, thresholds, RULE_CITATIONS.get(jurisdiction, ""))
    incomplete = sum(1 for _tx, r in checked if r.status == INCOMPLETE and r.at_or_above)
    fiat = frozenset(str(a).upper() for a in rules.value("monitoring.fiat_assets", fiat_assets_on))
    providers = {key: (name, done) for key, (name, done, _c) in register_index(session).items()}
    hits.extend(unvetted_provider_hits(txs, providers, fiat))
    return TravelRuleOutcome(hits, changed, incomplete)


def incomplete_transfers(session: Session, rules: RuleBook) -> list[tuple[int, TravelRuleCheck]]:
    """Active transfers at or above the threshold that lack required data, oldest first."""
    rows = rows_for_check(session)
    results = check_rows(rows, rules, firm_jurisdiction(session))
    order = {row["id"]: (row["occurred_on"], row["id"]) for row in rows}
    found = [(i, r) for i, (r, _t) in results.items() if r.status == INCOMPLETE and r.at_or_above]
    return sorted(found, key=lambda item: order[item[0]])
