"""The first schema: the audit trail and the licence register.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import record_columns

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_trail",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("register_name", sa.String(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("before", sa.String(), nullable=True),
        sa.Column("after", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
    )
    op.create_index("ix_audit_trail_record", "audit_trail", ["register_name", "record_id", "id"])
    op.create_index("ix_audit_trail_hash", "audit_trail", ["hash"])
    op.create_table(
        "licence",
        *record_columns(),
        sa.Column("licence_type", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("issuer", sa.String(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("conditions", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("suspended_from", sa.Date(), nullable=True),
        sa.Column("suspended_to", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
    )
    op.create_index("ix_licence_retired_at", "licence", ["retired_at"])
    op.create_index("ix_licence_licence_type", "licence", ["licence_type"])
    op.create_index("ix_licence_number", "licence", ["number"])
    op.create_index("ix_licence_expires_on", "licence", ["expires_on"])
    op.create_index("ix_licence_status", "licence", ["status"])


def downgrade() -> None:
    op.drop_table("licence")
    op.drop_table("audit_trail")
