"""Reassessing every customer at once, after the rules change.

A customer is reassessed whenever its file changes; but when the officer overrides a
weight or updates the FATF lists in the rule pack, or as domestic PEP status lapses, the
tiers on file go stale. ``reassess_all`` scores every active customer again from the rules
in force today, in bulk (a few queries per 2,000 customers): a customer whose factors
changed gets a new assessment (an officer's override is carried forward) and its tier,
score and next review date follow; every row written is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlmodel import Session

from ...progress import NO_PROGRESS, Progress
from ...regime.risk import next_review, pep_active, risk_parameters, score
from ...regime.rulepack import RuleBook
from ...store.audit import audit_rows, utc_now
from ...store.bulk import insert_known_rows, new_ids
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.pep import PepStatus
from ...store.models.risk_assessment import RiskAssessment
from .customer_file import profile_from_values
from .risk import RISK_HIT_STATES, factors_text, hit_counts

CHUNK = 2000


def reassess_all(
    session: Session, rules: RuleBook, today: dt.date, progress: Progress = NO_PROGRESS
) -> int:
    """Score every active customer again; return how many got a new assessment."""
    session.flush()
    c = Customer.__table__.c
    ids = list(session.execute(select(c.id).where(c.retired_at.is_(None)).order_by(c.id)).scalars())
    changed = 0
    for start in range(0, len(ids), CHUNK):
        progress.step(start, len(ids), "Reassessing customers")
        changed += _reassess_chunk(session, ids[start : start + CHUNK], rules, today)
    progress.step(len(ids), len(ids), "Reassessing customers")
    return changed


def _reassess_chunk(session: Session, ids: list[int], rules: RuleBook, today: dt.date) -> int:
    params = risk_parameters(rules, today)
    conn = session.connection()
    c, p, o = Customer.__table__.c, PepStatus.__table__.c, BeneficialOwner.__table__.c
    customers = session.execute(select(Customer.__table__).where(c.id.in_(ids))).mappings().all()
    peps: dict[int, list[str]] = {}
    for customer_id, kind, ends in session.execute(
        select(p.customer_id, p.kind, p.status_ends_on).where(
            p.customer_id.in_(ids), p.retired_at.is_(None)
        )
    ):
        if pep_active(ends, today):
            peps.setdefault(customer_id, []).append(kind)
    places: dict[int, list[str]] = {}
    for customer_id, citizenship, residence in session.execute(
        select(o.customer_id, o.citizenship, o.residence).where(
            o.customer_id.in_(ids), o.retired_at.is_(None)
        )
    ):
        places.setdefault(customer_id, []).extend([citizenship, residence])
    hits = hit_counts(session, ids, RISK_HIT_STATES)
    latest = _latest_assessments(session, ids)
    new_rows: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    now = utc_now()
    for row in customers:
        profile = profile_from_values(row, peps.get(row["id"], []), places.get(row["id"], []))
        profile = replace(profile, open_hits=hits.get(row["id"], 0))
        result = score(profile, params)
        factors = factors_text(result)
        last = latest.get(row["id"])
        override = last["override_tier"] if last else ""
        tier = override or result.tier
        fresh = last is None or (last["score"], last["computed_tier"], last["factors"]) != (
            result.score,
            result.tier,
            factors,
        )
        if fresh:
            new_rows.append(
                {
                    "id": None,  # given below (store.bulk.new_ids)
                    "created_at": now,
                    "updated_at": now,
                    "retired_at": None,
                    "retired_reason": None,
                    "customer_id": row["id"],
                    "assessed_on": today,
                    "score": result.score,
                    "computed_tier": result.tier,
                    "override_tier": override,
                    "override_reason": last["override_reason"] if last and override else "",
                    "tier": tier,
                    "factors": factors,
                }
            )
        since = row["last_review_on"] or row["onboarded_on"]
        due = next_review(tier, since, params) if row["status"] == "approved" else None
        assessed_on = today if fresh else row["risk_assessed_on"]
        summary = (result.score, tier, due, assessed_on)
        if summary != (
            row["risk_score"],
            row["risk_tier"],
            row["next_review_on"],
            row["risk_assessed_on"],
        ):
            updates.append(
                {
                    "b_id": row["id"],
                    "b_score": result.score,
                    "b_tier": tier,
                    "b_due": due,
                    "b_on": assessed_on,
                    "b_now": now,
                }
            )
    if new_rows:
        table = RiskAssessment.__table__
        for new, record_id in zip(new_rows, new_ids(conn, table, len(new_rows)), strict=True):
            new["id"] = record_id
        insert_known_rows(conn, table, new_rows)
        audit_rows(conn, RiskAssessment.__table__, [r["id"] for r in new_rows])
    if updates:
        conn.execute(
            Customer.__table__.update()
            .where(c.id == bindparam("b_id"))
            .values(
                risk_score=bindparam("b_score"),
                risk_tier=bindparam("b_tier"),
                next_review_on=bindparam("b_due"),
                risk_assessed_on=bindparam("b_on"),
                updated_at=bindparam("b_now"),
            ),
            updates,
        )
        audit_rows(conn, Customer.__table__, [u["b_id"] for u in updates])
    return len(new_rows)


def _latest_assessments(session: Session, ids: list[int]) -> dict[int, Any]:
    a = RiskAssessment.__table__.c
    newest = (
        select(func.max(a.id))
        .where(a.customer_id.in_(ids), a.retired_at.is_(None))
        .group_by(a.customer_id)
    )
    rows = session.execute(select(RiskAssessment.__table__).where(a.id.in_(newest))).mappings()
    return {row["customer_id"]: row for row in rows}
