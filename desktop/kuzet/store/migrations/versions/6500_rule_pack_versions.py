"""Rule packs imported from a file (``kuzet rules update``).

Revision ID: 6500
Revises: 5000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import indexes, record_columns, texts

revision = "6500"
down_revision = "5000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rule_pack_version",
        *record_columns(),
        *texts("version", "title"),
        sa.Column("published", sa.Date(), nullable=False),
        *texts("sha256", "source_name", "files", "summary", "changes", "imported_by"),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    indexes("rule_pack_version", "version")


def downgrade() -> None:
    op.drop_table("rule_pack_version")
