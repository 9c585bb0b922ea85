"""Management responses to the audit pack's findings (issue #15).

Revision ID: 7200
Revises: 5000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import date, indexes, record_columns, texts

revision = "7200"
down_revision = "5000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "management_response",
        *record_columns(),
        *texts("finding_key", "finding_text", "severity", "response"),
        sa.Column("owner_staff_id", sa.Integer(), sa.ForeignKey("staff_member.id"), nullable=False),
        date("due_on"),
        *texts("status"),
        date("closed_on"),
        *texts("notes", "search_text"),
    )
    indexes("management_response", "finding_key", "severity", "owner_staff_id", "due_on", "status")


def downgrade() -> None:
    op.drop_table("management_response")
