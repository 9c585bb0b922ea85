"""Sanctions gates: a customer can be frozen (the day and the confirmed hit behind it), and
the freeze notifications to the Financial Monitoring Agency (FIU).

Revision ID: 6000
Revises: 5000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.audit import audit_rows
from kuzet.store.migration_columns import customer_key, date, indexes, record_columns, texts

revision = "6000"
down_revision = "5000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(date("frozen_on"))
        batch.add_column(sa.Column("frozen_hit_id", sa.Integer(), nullable=True))
    # The customers' rows gained two columns: the trail records their new state.
    conn = op.get_bind()
    customer = sa.Table("customer", sa.MetaData(), autoload_with=conn)
    ids = [row[0] for row in conn.execute(sa.select(customer.c.id))]
    if ids:
        audit_rows(conn, customer, ids, reason="schema 6000: freeze columns", action="migrate")

    op.create_table(
        "freeze_notification",
        *record_columns(),
        customer_key(),
        sa.Column("hit_id", sa.Integer(), sa.ForeignKey("screening_hit.id"), nullable=True),
        *texts("trigger", "transaction_ids"),
        date("frozen_on", nullable=False),
        date("deadline", nullable=False),
        *texts("status", "fiu_reference"),
        date("reported_on"),
        *texts("notes"),
    )
    indexes("freeze_notification", "customer_id", "hit_id", "trigger", "deadline", "status")


def downgrade() -> None:
    op.drop_table("freeze_notification")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("frozen_hit_id")
        batch.drop_column("frozen_on")
