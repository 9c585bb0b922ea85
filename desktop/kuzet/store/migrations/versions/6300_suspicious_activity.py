"""Reports to the FIU as of 2026: an STR reports operations or, from 1 Apr 2026 (AFM Order
No. 22 of 23 Dec 2025), a client's suspicious activity without an operation (``subject``,
``activity``); a threshold report records the catalogue row it falls under (``kind``).

Existing STRs reported operations; existing threshold reports keep an empty kind (opened
before the catalogue). The new state of every existing row is recorded in the trail.

Revision ID: 6300
Revises: 5000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.audit import audit_rows

revision = "6300"
down_revision = "5000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suspicious_transaction_report") as batch:
        batch.add_column(
            sa.Column("subject", sa.String(), nullable=False, server_default="operation")
        )
        batch.add_column(sa.Column("activity", sa.String(), nullable=False, server_default=""))
        batch.create_index("ix_suspicious_transaction_report_subject", ["subject"])
    with op.batch_alter_table("threshold_report") as batch:
        batch.add_column(sa.Column("kind", sa.String(), nullable=False, server_default=""))
    conn = op.get_bind()
    for name, reason in (
        ("suspicious_transaction_report", "schema 6300: an STR reports an operation or activity"),
        ("threshold_report", "schema 6300: the threshold catalogue's kind of operation"),
    ):
        table = sa.Table(name, sa.MetaData(), autoload_with=conn)
        ids = [row[0] for row in conn.execute(sa.select(table.c.id))]
        if ids:
            audit_rows(conn, table, ids, reason=reason, action="migrate")


def downgrade() -> None:
    with op.batch_alter_table("threshold_report") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("suspicious_transaction_report") as batch:
        batch.drop_index("ix_suspicious_transaction_report_subject")
        batch.drop_column("activity")
        batch.drop_column("subject")
