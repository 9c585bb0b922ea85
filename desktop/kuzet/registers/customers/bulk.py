"""Writing many customer files at once (imports, the demo): Core ``executemany`` in the
caller's transaction through ``store.bulk.BulkWriter``, one audit-trail entry per table and
chunk of 5,000 customers (the SHA-256 of the rows as stored, which ``kuzet verify``
recomputes), so every record is still in the audit trail.

A ``CustomerSeed`` is a customer already validated and cleaned, with its PEP records,
beneficial owners, EDD and reviews. ``insert_seeds`` scores each one from the rule pack
exactly as ``risk.assess`` would (new files have no screening hits yet), writes
the rows in chunks, reports progress and honours a cancel (the caller's transaction then
rolls back whole).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import Session

from ... import collector
from ...progress import NO_PROGRESS, Progress
from ...regime.risk import (
    RiskParameters,
    RiskProfile,
    RiskScore,
    next_review,
    pep_active,
    risk_parameters,
    score,
)
from ...regime.rulepack import RuleBook
from ...store.bulk import RECORD_COLUMNS, BulkWriter, stored_form
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.customer_review import CustomerReview
from ...store.models.edd import EddRecord
from ...store.models.pep import PepStatus
from ...store.models.risk_assessment import RiskAssessment
from .customer_file import profile_from_values, search_text_of
from .risk import factors_text

CHUNK = 5000  # customers per chunk: one bulk trail entry per table and chunk
# Parents before children (foreign keys).
TABLES = {
    "customer": Customer,
    "owner": BeneficialOwner,
    "pep": PepStatus,
    "risk": RiskAssessment,
    "edd": EddRecord,
    "review": CustomerReview,
}


@dataclass
class OwnerSeed:
    data: dict[str, Any]  # owners.clean_owner output
    peps: list[dict[str, Any]] = field(default_factory=list)  # peps.clean_pep output


@dataclass
class CustomerSeed:
    data: dict[str, Any]  # customer_file.clean output, plus status and decision fields if any
    peps: list[dict[str, Any]] = field(default_factory=list)
    owners: list[OwnerSeed] = field(default_factory=list)
    edd: dict[str, Any] | None = None
    reviews: list[dict[str, Any]] = field(default_factory=list)
    score: RiskScore | None = None  # already computed by the caller from seed_profile


def _defaults(model: Any) -> dict[str, Any]:
    """Each column's default from the model ("" for text, False for flags, else None)."""
    found = {}
    for name in [column.name for column in model.__table__.columns]:
        field_info = model.model_fields.get(name)
        default = getattr(field_info, "default", None)
        found[name] = None if default is None or repr(default) == "PydanticUndefined" else default
    return found


def seed_profile(seed: CustomerSeed, today: dt.date) -> RiskProfile:
    peps = [p for p in seed.peps if pep_active(p.get("status_ends_on"), today)]
    places: list[str] = []
    for owner in seed.owners:
        peps.extend(p for p in owner.peps if pep_active(p.get("status_ends_on"), today))
        places.extend([owner.data.get("citizenship", ""), owner.data.get("residence", "")])
    return profile_from_values(seed.data, [p["kind"] for p in peps], places)


def insert_seeds(
    session: Session,
    seeds: Sequence[CustomerSeed],
    rules: RuleBook,
    today: dt.date,
    progress: Progress = NO_PROGRESS,
    message: str = "",
) -> list[int]:
    """Insert ``seeds`` with their owners, PEP status, risk assessments, EDD and reviews."""
    session.flush()
    conn = session.connection()
    params = risk_parameters(rules, today)
    writers = {key: _Writer(conn, model) for key, model in TABLES.items()}
    created: list[int] = []
    with collector.paused():  # many small rows, no reference cycles
        for start in range(0, len(seeds), CHUNK):
            progress.step(start, len(seeds), message)
            created.extend(_insert_chunk(writers, seeds[start : start + CHUNK], params, today))
    progress.step(len(seeds), len(seeds), message)
    return created


class _Writer:
    """One table's ``BulkWriter`` with the model's column defaults and the rows of the
    chunk being built (their ids handed out in advance, parents before children)."""

    def __init__(self, conn: Connection, model: Any) -> None:
        table = model.__table__
        own = [c.name for c in table.columns if c.name not in RECORD_COLUMNS]
        self.bulk = BulkWriter(conn, table, own)
        self.stored = stored_form(table, own)
        self.defaults = _defaults(model)
        self.rows: list[tuple[Any, ...]] = []

    def add(self, values: dict[str, Any]) -> int:
        new_id = self.bulk.next_id + len(self.rows)
        row = dict(self.defaults)
        row.update((k, v) for k, v in values.items() if k in self.defaults)
        self.rows.append(self.stored(row))
        return new_id

    def write(self) -> list[int]:
        rows, self.rows = self.rows, []
        return self.bulk.add(rows)


def _insert_chunk(
    writers: dict[str, _Writer],
    seeds: Sequence[CustomerSeed],
    params: RiskParameters,
    today: dt.date,
) -> list[int]:
    def add(key: str, values: dict[str, Any]) -> int:
        return writers[key].add(values)

    for seed in seeds:
        result = seed.score or score(seed_profile(seed, today), params)
        data = dict(seed.data)
        data.setdefault("status", "pending")
        owner_names = [n for o in seed.owners for n in (o.data["name"], o.data["name_latin"]) if n]
        data["search_text"] = search_text_of(data, owner_names)
        data["risk_score"] = result.score
        data["risk_tier"] = result.tier
        data["risk_assessed_on"] = today
        since = data.get("last_review_on") or data.get("onboarded_on")
        approved = data["status"] == "approved"
        data["next_review_on"] = next_review(result.tier, since, params) if approved else None
        customer_id = add("customer", data)
        for pep in seed.peps:
            add("pep", {**pep, "customer_id": customer_id, "owner_id": None})
        for owner in seed.owners:
            owner_id = add("owner", {**owner.data, "customer_id": customer_id})
            for pep in owner.peps:
                add("pep", {**pep, "customer_id": customer_id, "owner_id": owner_id})
        add(
            "risk",
            {
                "customer_id": customer_id,
                "assessed_on": today,
                "score": result.score,
                "computed_tier": result.tier,
                "override_tier": "",
                "override_reason": "",
                "tier": result.tier,
                "factors": factors_text(result),
            },
        )
        if seed.edd is not None:
            add("edd", {**seed.edd, "customer_id": customer_id})
        for review in seed.reviews:
            add("review", {**review, "customer_id": customer_id, "tier": result.tier})
    created = writers["customer"].write()
    for key in list(TABLES)[1:]:
        writers[key].write()
    return created
