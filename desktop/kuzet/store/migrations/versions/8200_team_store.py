"""Team mode's store (issue #18): the chain head, canonical states, and uniqueness.

* ``audit_chain``: one row. Appends on PostgreSQL lock it ``FOR UPDATE`` so the trail's
  ids run on without gaps or forks (``store/audit.py:lock_chain``). ``canonical_from`` is
  the id of the first entry whose states and bulk digests are in canonical form
  (``store/canonical.py``); entries before it keep the driver's raw values and are
  verified as such, so a chain written before this migration still verifies.
* On PostgreSQL, three screening times made without a time zone become ``timestamptz``
  (the models' type; SQLite stores both as the same text).
* Partial unique indexes: one active licence per type and number, one active customer
  per IIN/BIN, enforced by the database (two officers saving at once) and reported with
  the same field messages as the check in Python (``store/unique.py``).

It merges every head before it, so it runs after every migration that may write trail
entries in the raw form.

Revision ID: 8200
Revises: 0003, 6000, 6100, 6300, 6400, 6500, 7200, 8100
"""

import sqlalchemy as sa
from alembic import op

revision = "8200"
down_revision = ("0003", "6000", "6100", "6300", "6400", "6500", "7200", "8100")
branch_labels = None
depends_on = None

ACTIVE = "retired_at IS NULL"
ACTIVE_NUMBER = "retired_at IS NULL AND iin_bin <> ''"


# Columns an older migration made without a time zone while the model has one: the same
# on SQLite (text), a different type on PostgreSQL; values are UTC either way.
NAIVE_UTC = (
    ("screening_hit", "decided_at"),
    ("screening_run", "started_at"),
    ("screening_run", "finished_at"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in NAIVE_UTC:
            op.execute(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE timestamptz'
                f" USING \"{column}\" AT TIME ZONE 'UTC'"
            )
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("canonical_from", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO audit_chain (id, canonical_from)"
        " SELECT 1, COALESCE(MAX(id), 0) + 1 FROM audit_trail"
    )
    op.create_index(
        "ux_licence_active_number",
        "licence",
        ["licence_type", "number"],
        unique=True,
        sqlite_where=sa.text(ACTIVE),
        postgresql_where=sa.text(ACTIVE),
    )
    op.create_index(
        "ux_customer_active_iin_bin",
        "customer",
        ["iin_bin"],
        unique=True,
        sqlite_where=sa.text(ACTIVE_NUMBER),
        postgresql_where=sa.text(ACTIVE_NUMBER),
    )


def downgrade() -> None:
    op.drop_index("ux_customer_active_iin_bin", "customer")
    op.drop_index("ux_licence_active_number", "licence")
    op.drop_table("audit_chain")
