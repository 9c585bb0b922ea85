"""Politically exposed persons: a customer's or a beneficial owner's PEP status."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

# foreign and domestic PEPs, people in international organisations, and their family
# members and close associates (Law 191-IV; the rule pack's customers.pep rules).
PEP_KINDS = ("foreign", "domestic", "international", "family", "associate")


class PepStatus(RegisterRecord, table=True):
    __tablename__ = "pep_status"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    owner_id: int | None = Field(default=None, foreign_key="beneficial_owner.id", index=True)
    kind: str = Field(index=True)  # one of PEP_KINDS
    related_kind: str = ""  # family/associate: the PEP's own kind (foreign, domestic, ...)
    related_person: str = ""  # family/associate: who the PEP is and the relation
    position: str = ""
    organisation: str = ""  # the state body, country or international organisation
    took_office: dt.date | None = None
    left_office: dt.date | None = None
    status_ends_on: dt.date | None = Field(default=None, index=True)  # from the rule pack
    identified_by: str = ""  # declaration, screening, public sources ...
    notes: str = ""
