"""Settings and officer overrides of rule-pack values.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import record_columns

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        *record_columns(),
        sa.Column("key", sa.String(), nullable=False, unique=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_index("ix_setting_retired_at", "setting", ["retired_at"])
    op.create_table(
        "rule_override",
        *record_columns(),
        sa.Column("rule_key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
    )
    op.create_index("ix_rule_override_retired_at", "rule_override", ["retired_at"])
    op.create_index("ix_rule_override_rule_key", "rule_override", ["rule_key"])


def downgrade() -> None:
    op.drop_table("rule_override")
    op.drop_table("setting")
