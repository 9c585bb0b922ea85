"""The mining registers: pool accreditations, sale venues, output, sales, fee basis.

Coin amounts, prices and KZT values are ``Decimal`` in ``DecimalText`` columns. Names that
other records refer to by text (pools) keep a casefolded ``*_key``; every register keeps a
casefolded ``search_text`` for Cyrillic-safe search.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field

from ..types import DecimalText
from .base import RegisterRecord

POOL_STATUSES = ("accredited", "suspended", "revoked", "not_accredited")
VENUE_LICENCE_STATUSES = ("active", "suspended", "revoked", "none")
# Who licensed (or registered) a venue: what rule ``mining.sale.qualifying_venues`` lists.
VENUE_LICENSORS = ("aifc", "nbk_licence", "nbk_registration", "none")
# Where a quarter's electricity came from (the fee basis): grid power bought at the
# centralised auction, the miner's own generation, own renewable plants, imported power.
ENERGY_SOURCES = ("grid", "own_generation", "own_renewable", "imported")


class PoolAccreditation(RegisterRecord, table=True):
    """A mining pool the firm mines through, with its accreditation (one row per
    accreditation; a pool never accredited has a row with status ``not_accredited``)."""

    __tablename__ = "pool_accreditation"

    pool_name: str
    pool_key: str = Field(index=True)  # casefolded name: what output rows match on
    operator_bin: str = ""
    accreditation_number: str = ""
    accredited_on: dt.date | None = None
    expires_on: dt.date | None = Field(default=None, index=True)  # entered: no legal term
    status: str = Field(default="accredited", index=True)
    status_from: dt.date | None = None  # suspended or revoked from this day
    hardware_in_kz: bool = True
    evidence: str = ""  # the documents that show the accreditation, one per line
    notes: str = ""
    search_text: str = ""


class Venue(RegisterRecord, table=True):
    """An exchange the firm sells through, with its AIFC licence (and NBK licence)."""

    __tablename__ = "venue"

    name: str
    name_key: str = Field(index=True)
    jurisdiction: str = ""
    aifc_licence_number: str = ""
    aifc_status: str = Field(default="none")
    aifc_status_from: dt.date | None = None  # suspended or revoked from this day
    nbk_licence: str = ""  # the National Bank licence or registration number
    licensed_by: str = Field(default="none")  # one of VENUE_LICENSORS
    valid_from: dt.date | None = None  # the AIFC licence's validity, as recorded
    valid_to: dt.date | None = None
    notes: str = ""
    search_text: str = ""


class MiningOutput(RegisterRecord, table=True):
    """Coin credited by a pool on a day (a daily total or one payout)."""

    __tablename__ = "mining_output"
    __table_args__ = (
        Index("ux_mining_output_pool_reference", "pool_key", "reference", unique=True),
    )

    output_date: dt.date = Field(index=True)
    coin: str = Field(index=True)
    amount: Decimal = Field(sa_type=DecimalText)
    pool: str
    pool_key: str
    kwh: Decimal | None = Field(default=None, sa_type=DecimalText)
    reference: str | None = None
    notes: str = ""
    search_text: str = ""


class Sale(RegisterRecord, table=True):
    """A sale of mined coin, with the venue it went through."""

    __tablename__ = "sale"
    __table_args__ = (Index("ux_sale_venue_reference", "venue_id", "reference", unique=True),)

    sale_date: dt.date = Field(index=True)
    coin: str = Field(index=True)
    amount: Decimal = Field(sa_type=DecimalText)
    price: Decimal = Field(sa_type=DecimalText)
    currency: str
    kzt_rate: Decimal | None = Field(default=None, sa_type=DecimalText)
    value_kzt: Decimal | None = Field(default=None, sa_type=DecimalText)
    venue_id: int = Field(sa_column=Column(Integer, ForeignKey("venue.id"), nullable=False))
    counterparty: str = ""
    reference: str | None = None
    search_text: str = ""


class MiningFeeBasis(RegisterRecord, table=True):
    """What the fee of one quarter rests on besides kWh: the average electricity price,
    the special cases, and when it was paid."""

    __tablename__ = "mining_fee_basis"

    quarter_start: dt.date = Field(index=True)
    average_price_kzt: Decimal | None = Field(default=None, sa_type=DecimalText)
    own_generation: bool = False  # no kWh by source: all power from own generation
    renewable: bool = False  # no kWh by source: all power from own renewable plants
    no_meter: bool = False
    kwh_grid: Decimal | None = Field(default=None, sa_type=DecimalText)
    kwh_own_generation: Decimal | None = Field(default=None, sa_type=DecimalText)
    kwh_own_renewable: Decimal | None = Field(default=None, sa_type=DecimalText)
    kwh_imported: Decimal | None = Field(default=None, sa_type=DecimalText)
    declared_on: dt.date | None = None  # the quarterly declaration was filed
    paid_on: dt.date | None = None
    paid_kzt: Decimal | None = Field(default=None, sa_type=DecimalText)
    notes: str = ""


class CoinPrice(RegisterRecord, table=True):
    """The State Revenue Committee's published price of a coin on a day: what mined coin
    received that day is worth for tax (one price per coin and day in use)."""

    __tablename__ = "coin_price"

    coin: str = Field(index=True)
    price_date: dt.date = Field(index=True)
    price_kzt: Decimal = Field(sa_type=DecimalText)
    source: str = ""  # where the price was read, e.g. "SRC list of 02.01.2026"
    notes: str = ""
