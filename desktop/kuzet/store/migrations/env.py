"""Alembic environment: always given an open connection by ``kuzet.store.schema``."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from kuzet.store import models  # noqa: F401  (registers every table with the metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Kuzet migrations run through kuzet.store.schema.upgrade(), not the CLI")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
