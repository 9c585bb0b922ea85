"""Drop the index on the audit trail's hash column.

Nothing looks entries up by hash (verification streams them by id), and a random B-tree
insert per entry was the largest single cost of bulk imports (one entry per row).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_audit_trail_hash", table_name="audit_trail")


def downgrade() -> None:
    op.create_index("ix_audit_trail_hash", "audit_trail", ["hash"])
