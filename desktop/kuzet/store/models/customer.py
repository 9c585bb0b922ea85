"""The customer file (KYC/CDD): individuals and legal entities.

One row per customer. Besides what the officer records, a few columns are kept by the
register so the list can filter and sort in SQL over 100,000 files: ``search_text`` (both
names, the IIN/BIN and the owners' names, casefolded with Kazakh letters folded), the
effective risk tier and score, the next review date and whether the IIN disagrees with
the file. They are written through the same audited path as everything else.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, text
from sqlmodel import Field

from .base import RegisterRecord

CUSTOMER_KINDS = ("individual", "entity")
# frozen: a sanctions match (or an officer's decision) stopped every operation of the customer.
CUSTOMER_STATUSES = ("pending", "approved", "rejected", "exited", "frozen")
RISK_TIERS = ("low", "medium", "high")


class Customer(RegisterRecord, table=True):
    __tablename__ = "customer"
    # The list reads these indexes alone (covering) for the active files: 100,000 names in
    # order without sorting, the search, and the review-date and risk orders and filters.
    __table_args__ = (
        Index("ix_customer_live_search", "retired_at", "search_text"),
        Index("ix_customer_live_review", "retired_at", "next_review_on"),
        Index("ix_customer_live_risk", "retired_at", "risk_tier", "risk_score"),
        # One active customer per IIN/BIN, held by the database (migration 8200).
        Index(
            "ux_customer_active_iin_bin",
            "iin_bin",
            unique=True,
            sqlite_where=text("retired_at IS NULL AND iin_bin <> ''"),
            postgresql_where=text("retired_at IS NULL AND iin_bin <> ''"),
        ),
    )

    kind: str = Field(index=True)  # individual or entity
    name: str  # as in the ID document / the register of legal entities (sorted: search_text)
    name_latin: str = Field(default="", index=True)
    search_text: str = ""  # indexed with retired_at: ix_customer_live_search
    iin_bin: str = Field(default="", index=True)
    # Individuals
    birth_date: dt.date | None = None
    sex: str = ""  # male, female or "" (entities)
    citizenship: str = ""  # ISO 3166-1 alpha-2
    residence: str = ""  # ISO 3166-1 alpha-2 (entities: country of registration)
    id_type: str = ""  # a key of rule customers.id_document_types
    id_number: str = ""
    id_issuer: str = ""
    id_issued_on: dt.date | None = None
    id_expires_on: dt.date | None = Field(default=None, index=True)
    occupation: str = ""
    # Legal entities
    registration_number: str = ""
    registered_on: dt.date | None = None
    directors: str = ""
    # Both
    address: str = ""
    phone: str = ""
    email: str = ""
    purpose: str = ""  # purpose and intended nature of the relationship
    funds_source: str = ""  # a key of rule customers.risk.funds_sources
    source_of_funds: str = ""  # the officer's description
    product: str = ""  # a key of rule customers.risk.products
    channel: str = ""  # a key of rule customers.risk.channels
    iin_conflict: bool = Field(default=False, index=True)
    iin_note: str = ""  # the written explanation of an IIN that disagrees with the file
    # Onboarding decision
    status: str = Field(default="pending", index=True)  # one of CUSTOMER_STATUSES
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    decision_note: str = ""
    # While frozen: the day the freeze took effect and the confirmed hit behind it (None for
    # an officer's freeze without a hit); who, when and why are the decision's fields.
    frozen_on: dt.date | None = None
    frozen_hit_id: int | None = None
    onboarded_on: dt.date | None = None
    # Kept by the register from the latest risk assessment and review
    risk_score: int | None = None
    risk_tier: str = ""  # indexed: ix_customer_live_risk
    risk_assessed_on: dt.date | None = None
    last_review_on: dt.date | None = None
    next_review_on: dt.date | None = None  # indexed: ix_customer_live_review
    notes: str = ""
