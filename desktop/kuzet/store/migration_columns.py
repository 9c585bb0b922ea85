"""Columns and indexes the migrations share (``store/migrations/versions/*``).

Every register table starts with the same record columns (``models/base.py``:
``RegisterRecord``); writing them once here keeps each migration to what its tables add.
A helper may gain a parameter but never change what it makes for the migrations already
written: the golden database in the tests upgrades through them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def record_columns() -> list[sa.Column]:
    """id, created/updated/retired times and the reason for retiring (``RegisterRecord``)."""
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_reason", sa.String(), nullable=True),
    ]


def text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=False)


def texts(*names: str) -> list[sa.Column]:
    return [text(name) for name in names]


def counts(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Integer(), nullable=False) for name in names]


def date(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Date(), nullable=nullable)


def flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def customer_key() -> sa.Column:
    return sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False)


def indexes(table: str, *columns: str, retired: bool = True) -> None:
    """One index per column, named as SQLModel names them; ``retired_at`` first unless
    ``retired`` is false."""
    for column in ("retired_at", *columns) if retired else columns:
        op.create_index(f"ix_{table}_{column}", table, [column])
