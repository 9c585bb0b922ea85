"""Customer transactions, the counterparty providers (VASPs) they go through, and the
knowledge tests retail residents pass before depositing more than the monthly cap.

Transactions are imported from the firm's own systems and are not edited afterwards:
Travel Rule data is kept unalterably (AIFC AML 11-1). The register keeps a few derived
columns (the Travel Rule status and missing fields, the provider's casefolded name and a
casefolded ``search_text``) so the page can filter and sort in SQL over 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index
from sqlmodel import Field

from ..types import DecimalText
from .base import RegisterRecord

TRANSACTION_DIRECTIONS = ("in", "out")


class CustomerTransaction(RegisterRecord, table=True):
    """One transaction of a customer: a deposit (``in``) or a withdrawal (``out``)."""

    __tablename__ = "transaction"
    __table_args__ = (
        Index("ux_transaction_reference", "reference", unique=True),
        # The page's default list (active rows, newest first) read from the index alone.
        Index("ix_transaction_active_date", "retired_at", "occurred_on"),
    )

    customer_id: int = Field(foreign_key="customer.id", index=True)
    occurred_on: dt.date = Field(index=True)
    direction: str = Field(index=True)  # in or out
    asset: str = Field(index=True)  # BTC, USDT, KZT ...
    amount: Decimal = Field(sa_type=DecimalText)
    value_kzt: Decimal = Field(sa_type=DecimalText)
    value_usd: Decimal = Field(sa_type=DecimalText)
    counterparty_wallet: str = ""
    counterparty_provider: str = ""
    provider_key: str = Field(default="", index=True)  # casefolded provider name
    originator_name: str = ""
    originator_wallet: str = ""
    originator_id: str = ""  # address, national ID number, customer ID, or birth date/place
    beneficiary_name: str = ""
    beneficiary_wallet: str = ""
    reference: str | None = None  # the firm's own transaction id: unique when given
    import_batch: str = Field(default="", index=True)
    travel_rule: str = Field(default="", index=True)  # complete, incomplete, not_applicable
    travel_rule_missing: str = ""  # the missing fields, comma-separated
    search_text: str = ""


class CounterpartyProvider(RegisterRecord, table=True):
    """A virtual asset service provider the firm's customers send to or receive from,
    with the day its due diligence was done (it must precede the first transfer)."""

    __tablename__ = "counterparty_provider"

    name: str
    name_key: str = Field(index=True)  # casefolded: what transactions match on
    jurisdiction: str = ""  # ISO 3166-1 alpha-2
    licence_number: str = ""
    regulator: str = ""
    due_diligence_on: dt.date | None = Field(default=None, index=True)
    due_diligence_by: str = ""
    notes: str = ""
    search_text: str = ""


class KnowledgeTest(RegisterRecord, table=True):
    """A knowledge test a retail customer took (passed or not)."""

    __tablename__ = "knowledge_test"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    taken_on: dt.date
    passed: bool = False
    notes: str = ""
