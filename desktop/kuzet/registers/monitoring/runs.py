"""Running the monitoring rules over the transaction register.

``run`` reads every active transaction, applies each rule of ``regime.monitoring`` and
the Travel Rule check with the rule pack in force on each transaction's day, stores the
hits as alerts and opens a threshold report for each threshold transaction. It is
idempotent: an alert is identified by its rule, customer and anchor, so running again
finds the alerts already there. An open alert whose pattern grew (a structuring cluster
with one more transaction) is brought up to date; a pattern whose alert was already
decided raises a new alert only for transactions the officer has not seen.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session

from ...i18n import plural, tr
from ...progress import NO_PROGRESS, Progress
from ...regime import monitoring as rules_
from ...regime import monitoring_parties as parties
from ...regime.monitoring import CustomerFacts, Hit, Parameters, Tx
from ...regime.monitoring_parties import normalise_address
from ...regime.rulepack import RuleBook
from ...store.audit import audit_rows, utc_now
from ...store.models.customer import Customer
from ...store.models.monitoring import Alert
from ...store.models.transaction import CustomerTransaction
from ..customers import knowledge_tests
from ..customers.customer_file import fold
from ..screening import watchlists
from . import fiu_reports, freeze, travel_rule
from .fiu_reports import ids_of, ids_text
from .transactions import new_record
from .vasps import register_index


@dataclass
class RunSummary:
    transactions: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    new_alerts: Counter[str] = field(default_factory=Counter)
    updated_alerts: int = 0
    threshold_reports: int = 0
    freeze_notifications: int = 0
    travel_rule_updated: int = 0
    travel_rule_incomplete: int = 0
    listed_addresses: int = 0

    def lines(self) -> list[str]:
        """The summary as the CLI prints it, one rule a line."""
        out = [
            plural(
                self.transactions, tr("Checked {count} transaction.|Checked {count} transactions.")
            ).format(count=self.transactions),
        ]
        for rule in rules_.RULES:
            hits, new = self.hits.get(rule, 0), self.new_alerts.get(rule, 0)
            out.append(
                tr("  {rule:<24} {hits:>6} {hit_word}, {new:>5} {alert_word}").format(
                    rule=rule,
                    hits=hits,
                    new=new,
                    hit_word=plural(hits, tr("hit|hits")),
                    alert_word=plural(new, tr("new alert|new alerts")),
                )
            )
        out.append(tr("Open alerts brought up to date: {n}").format(n=self.updated_alerts))
        out.append(tr("Threshold reports opened: {n}").format(n=self.threshold_reports))
        if self.freeze_notifications:
            out.append(
                tr("Freeze notifications to the FIU drafted: {n}").format(
                    n=self.freeze_notifications
                )
            )
        out.append(
            plural(
                self.travel_rule_incomplete,
                tr(
                    "Travel Rule: {n} transfer at or above the threshold lacks data"
                    "|Travel Rule: {n} transfers at or above the threshold lack data"
                ),
            ).format(n=self.travel_rule_incomplete)
        )
        if not self.listed_addresses:
            out.append(
                tr("Listed wallets: no crypto addresses in the active watchlists (none imported).")
            )
        else:
            out.append(
                tr("Listed wallets: checked against {n} address(es).").format(
                    n=self.listed_addresses
                )
            )
        return out


def load_transactions(session: Session) -> list[Tx]:
    t = CustomerTransaction.__table__.c
    rows = session.execute(
        select(
            t.id,
            t.customer_id,
            t.occurred_on,
            t.direction,
            t.asset,
            t.value_kzt,
            t.value_usd,
            t.counterparty_wallet,
            t.originator_wallet,
            t.beneficiary_wallet,
            t.provider_key,
            t.counterparty_provider,
            t.originator_name,
            t.beneficiary_name,
        )
        .where(t.retired_at.is_(None))
        .order_by(t.occurred_on, t.id)
    )
    return [Tx(*row) for row in rows]


def customer_facts(session: Session, ids: Iterable[int]) -> dict[int, CustomerFacts]:
    wanted = sorted(set(ids))
    passed = knowledge_tests.first_passed(session)
    facts: dict[int, CustomerFacts] = {}
    c = Customer.__table__.c
    for start in range(0, len(wanted), 900):
        rows = session.execute(
            select(c.id, c.kind, c.citizenship, c.residence).where(
                c.id.in_(wanted[start : start + 900])
            )
        )
        for customer_id, kind, citizenship, residence in rows:
            facts[customer_id] = CustomerFacts(
                customer_id, kind, citizenship or "", residence or "", passed.get(customer_id)
            )
    return facts


def listed_addresses(session: Session) -> dict[str, tuple[str, str, str]]:
    """Crypto addresses of listed persons from the active watchlists, normalised (none
    until a list with addresses is imported)."""
    found = watchlists.listed_addresses(session)
    return {normalise_address(k): v for k, v in found.items()}


def _params(rules: RuleBook) -> rules_.ParamSource:
    cache: dict[dt.date, Parameters] = {}

    def at(day: dt.date) -> Parameters:
        if day not in cache:
            cache[day] = rules_.parameters(rules, day)
        return cache[day]

    return at


def run(
    session: Session,
    rules: RuleBook,
    today: dt.date,
    progress: Progress = NO_PROGRESS,
    addresses: Mapping[str, tuple[str, str, str]] | None = None,
) -> RunSummary:
    """Apply every rule to every active transaction; store new alerts and threshold
    reports. ``addresses`` replaces the watchlists' addresses (normalised keys)."""
    summary = RunSummary()
    steps = 8
    progress.step(0, steps, tr("Reading transactions"))
    txs = load_transactions(session)
    summary.transactions = len(txs)
    customers = customer_facts(session, (t.customer_id for t in txs))
    providers = register_index(session)
    provider_countries = {key: country for key, (_n, _d, country) in providers.items()}
    params = _params(rules)
    if addresses is None:
        addresses = listed_addresses(session)
    else:
        addresses = {normalise_address(k): v for k, v in addresses.items()}
    summary.listed_addresses = len(addresses)
    found: list[Hit] = []
    progress.step(1, steps, tr("Threshold transactions"))
    thresholds = parties.threshold_hits(txs, customers, provider_countries, params)
    found.extend(thresholds)
    found.extend(rules_.large_transaction_hits(txs, params))
    progress.step(2, steps, tr("Structuring"))
    found.extend(rules_.structuring_hits(txs, params))
    progress.step(3, steps, tr("Rapid in-and-out"))
    found.extend(rules_.rapid_in_out_hits(txs, params))
    progress.step(4, steps, tr("High-risk jurisdictions"))
    found.extend(parties.high_risk_hits(txs, customers, provider_countries, params))
    found.extend(parties.retail_cap_hits(txs, customers, params))
    progress.step(5, steps, tr("Listed wallets"))
    found.extend(parties.listed_wallet_hits(txs, addresses))
    progress.step(6, steps, tr("Travel Rule"))
    outcome = travel_rule.evaluate(session, txs, rules, today)
    found.extend(outcome.hits)
    summary.travel_rule_updated = outcome.changed
    summary.travel_rule_incomplete = outcome.incomplete
    frozen = freeze.frozen_customers(session)
    frozen_hits = freeze.frozen_customer_hits(txs, frozen, rules)
    found.extend(frozen_hits)
    progress.step(7, steps, tr("Saving alerts"))
    for hit in found:
        summary.hits[hit.rule] += 1
    new, updated = save_hits(session, found, today)
    summary.new_alerts.update(new)
    summary.updated_alerts = updated
    summary.threshold_reports = fiu_reports.open_threshold_reports(session, thresholds, rules)
    summary.freeze_notifications = freeze.draft_for_transactions(
        session, frozen_hits, frozen, rules
    )
    progress.step(steps, steps, tr("Monitoring done"))
    return summary


def check_frozen(session: Session, rules: RuleBook, today: dt.date) -> int:
    """Only the frozen-customer rule, at once (after an import): alerts for a frozen
    customer's operations and their freeze notifications. Returns the new alerts."""
    frozen = freeze.frozen_customers(session)
    if not frozen:
        return 0
    txs = [tx for tx in load_transactions(session) if tx.customer_id in frozen]
    hits = freeze.frozen_customer_hits(txs, frozen, rules)
    if not hits:
        return 0
    new, _updated = save_hits(session, hits, today)
    freeze.draft_for_transactions(session, hits, frozen, rules)
    return sum(new.values())


def dedupe_key(rule: str, customer_id: int, anchor: str) -> str:
    return f"{rule}:{customer_id}:{anchor}"


def save_hits(session: Session, hits: Sequence[Hit], today: dt.date) -> tuple[Counter[str], int]:
    """Store hits as alerts without duplicating any; returns (new alerts per rule, updated).

    Written with Core in bulk and recorded with ``audit_rows`` (a first run over a year of
    transactions may raise thousands of alerts).
    """
    session.flush()
    conn = session.connection()
    table = Alert.__table__
    c = table.c
    existing: dict[str, dict[str, Any]] = {
        row.dedupe_key: dict(row._mapping)
        for row in conn.execute(
            select(c.id, c.dedupe_key, c.status, c.retired_at, c.transaction_ids).where(
                c.rule.in_({h.rule for h in hits})
            )
        )
    }
    next_id = int(conn.execute(select(func.coalesce(func.max(c.id), 0))).scalar() or 0) + 1
    now = utc_now()
    created: list[dict[str, Any]] = []
    created_ids: set[int] = set()
    changed: dict[int, dict[str, Any]] = {}
    new: Counter[str] = Counter()
    for hit in hits:
        key = dedupe_key(hit.rule, hit.customer_id, hit.anchor)
        while True:
            alert = existing.get(key)
            if alert is None:
                row = _new_alert(hit, key, today, next_id, now)
                next_id += 1
                created.append(row)
                created_ids.add(row["id"])
                existing[key] = row
                new[hit.rule] += 1
                break
            seen = set(ids_of(alert["transaction_ids"]))
            if alert["status"] == "open" and alert["retired_at"] is None:
                if seen != set(hit.transaction_ids):
                    values = {
                        "transaction_ids": ids_text(hit.transaction_ids),
                        "reason": hit.reason,
                        "pattern_on": hit.day,
                        "search_text": _search_text(hit),
                        "updated_at": now,
                    }
                    alert.update(values)  # a row created in this run, or one to update
                    if alert["id"] not in created_ids:
                        changed[alert["id"]] = values
                break
            unseen = set(hit.transaction_ids) - seen
            if not unseen:
                break
            key = f"{dedupe_key(hit.rule, hit.customer_id, hit.anchor)}+{min(unseen)}"
    for start in range(0, len(created), 1000):
        chunk = created[start : start + 1000]
        conn.execute(table.insert(), chunk)
        audit_rows(conn, table, [r["id"] for r in chunk])
    for alert_id, values in changed.items():
        conn.execute(update(table).where(c.id == alert_id).values(**values))
    if changed:
        audit_rows(conn, table, sorted(changed))
    if created or changed:
        session.expire_all()  # ORM objects of this session read the rows written here afresh
    return new, len(changed)


def _search_text(hit: Hit) -> str:
    return "\n".join((fold(rules_.rule_title(hit.rule)), fold(hit.reason)))


def _new_alert(hit: Hit, key: str, today: dt.date, new_id: int, now: dt.datetime) -> dict[str, Any]:
    return {
        **new_record(new_id, now),
        "rule": hit.rule,
        "customer_id": hit.customer_id,
        "transaction_ids": ids_text(hit.transaction_ids),
        "anchor": key.split(":", 2)[2],
        "dedupe_key": key,
        "reason": hit.reason,
        "pattern_on": hit.day,
        "detected_on": today,
        "status": "open",
        "decided_by": "",
        "decided_at": None,
        "note": "",
        "report_id": None,
        "search_text": _search_text(hit),
    }
