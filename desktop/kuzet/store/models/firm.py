"""The firm's profile and its MLRO and deputy MLRO appointments."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

JURISDICTIONS = ("aifc", "national")  # keys of rule "programme.jurisdictions"


class FirmProfile(RegisterRecord, table=True):
    """Who the firm is and where it is licensed: this decides which rules apply.

    One profile is in force (not retired) at a time; editing it keeps its history in the
    audit trail.
    """

    __tablename__ = "firm_profile"

    legal_name: str
    legal_name_latin: str = ""
    bin: str = Field(index=True)
    jurisdiction: str  # a key of rule "programme.jurisdictions"
    activities: str = "[]"  # JSON list of keys of rule "programme.activities"
    afsa_reference: str = ""  # AFSA firm reference number (AIFC firms)
    nbk_reference: str = ""  # NBK licence or registration reference
    fiu_reference: str = ""  # registration with the Financial Monitoring Agency (AFM)
    address: str = ""
    year_end_month: int = 12  # financial year-end, for the annual AML Return
    year_end_day: int = 31
    notes: str = ""


class MlroAppointment(RegisterRecord, table=True):
    """An MLRO or deputy MLRO appointment: who, in what position, resident or not, when
    appointed, approved and notified to the regulator, and when it ended."""

    __tablename__ = "mlro_appointment"

    role: str = Field(index=True)  # "mlro" or "deputy"
    person_name: str
    position: str  # a key of rule "programme.mlro.positions"
    resident_in_kz: bool = True
    appointed_on: dt.date = Field(index=True)
    approved_on: dt.date | None = None  # approval by the regulator, where required
    notified_on: dt.date | None = None  # notification sent to the regulator
    regulator_reference: str = ""
    ended_on: dt.date | None = Field(default=None, index=True)
    notes: str = ""
    search_text: str = ""  # casefolded name, position and reference, for search
