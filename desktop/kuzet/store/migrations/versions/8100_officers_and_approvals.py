"""Officers, their password hashes and four-eyes approval requests (issue #18).

Revision ID: 8100
Revises: 3000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import indexes, record_columns, texts

revision = "8100"
down_revision = "3000"  # the staff register an officer belongs to
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "officer",
        *record_columns(),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_member.id"), nullable=False),
        *texts("login", "role"),
        sa.Column("password_set_at", sa.DateTime(timezone=True), nullable=True),
    )
    indexes("officer", "staff_id", "login", "role")
    op.create_table(
        "officer_password",
        sa.Column("officer_id", sa.Integer(), sa.ForeignKey("officer.id"), primary_key=True),
        *texts("hash"),
    )
    op.create_table(
        "approval_request",
        *record_columns(),
        *texts("kind", "target", "proposal", "maker", "reason", "state", "checker"),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        *texts("checker_reason"),
    )
    indexes("approval_request", "kind", "maker", "state")


def downgrade() -> None:
    op.drop_table("approval_request")
    op.drop_table("officer_password")
    op.drop_table("officer")
