"""Beneficial owners of a legal-entity customer: natural persons owning the threshold share
(rule ``customers.beneficial_owner.threshold_percent``) or more, or exercising control."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Field

from ..types import DecimalText
from .base import RegisterRecord


class BeneficialOwner(RegisterRecord, table=True):
    __tablename__ = "beneficial_owner"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    name: str  # as in the ID document
    name_latin: str = ""
    search_text: str = Field(default="", index=True)
    iin: str = Field(default="", index=True)
    birth_date: dt.date | None = None
    sex: str = ""
    citizenship: str = ""
    residence: str = ""
    id_type: str = ""
    id_number: str = ""
    id_expires_on: dt.date | None = None
    ownership_percent: Decimal | None = Field(default=None, sa_type=DecimalText)
    control: bool = False  # exercises control other than through ownership
    control_note: str = ""
    iin_conflict: bool = False
    iin_note: str = ""
    notes: str = ""
