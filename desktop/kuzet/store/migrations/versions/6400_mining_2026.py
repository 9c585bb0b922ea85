"""Mining as of 2026: who licensed each sale venue (what the mandatory sale counts), the
kWh of each quarter by energy source and the day its fee declaration was filed, and the
State Revenue Committee's coin prices (the tax value of mined coin on the day of receipt).

Revision ID: 6400
Revises: 5000, 2000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.audit import audit_rows
from kuzet.store.migration_columns import date, indexes, record_columns, texts

revision = "6400"
down_revision = ("5000", "2000")  # 2000: the mining tables it alters
branch_labels = None
depends_on = None

KWH_COLUMNS = ("kwh_grid", "kwh_own_generation", "kwh_own_renewable", "kwh_imported")


def upgrade() -> None:
    with op.batch_alter_table("venue") as batch:
        batch.add_column(
            sa.Column("licensed_by", sa.String(), nullable=False, server_default="none")
        )
    conn = op.get_bind()
    venue = sa.Table("venue", sa.MetaData(), autoload_with=conn)
    # A venue with an AIFC licence recorded was AIFC-licensed; one with only a National
    # Bank number was licensed by the National Bank; the others: none.
    conn.execute(
        venue.update()
        .where(venue.c.aifc_status != "none", venue.c.aifc_licence_number != "")
        .values(licensed_by="aifc")
    )
    conn.execute(
        venue.update()
        .where(venue.c.licensed_by == "none", venue.c.nbk_licence != "")
        .values(licensed_by="nbk_licence")
    )
    ids = [row[0] for row in conn.execute(sa.select(venue.c.id))]
    if ids:
        audit_rows(conn, venue, ids, reason="schema 6400: who licensed the venue", action="migrate")

    with op.batch_alter_table("mining_fee_basis") as batch:
        for name in KWH_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(), nullable=True))
        batch.add_column(date("declared_on"))
    basis = sa.Table("mining_fee_basis", sa.MetaData(), autoload_with=conn)
    ids = [row[0] for row in conn.execute(sa.select(basis.c.id))]
    if ids:
        audit_rows(conn, basis, ids, reason="schema 6400: kWh by energy source", action="migrate")

    op.create_table(
        "coin_price",
        *record_columns(),
        sa.Column("coin", sa.String(), nullable=False),
        date("price_date", nullable=False),
        *texts("price_kzt", "source", "notes"),
    )
    indexes("coin_price", "coin", "price_date")


def downgrade() -> None:
    op.drop_table("coin_price")
    with op.batch_alter_table("mining_fee_basis") as batch:
        batch.drop_column("declared_on")
        for name in reversed(KWH_COLUMNS):
            batch.drop_column(name)
    with op.batch_alter_table("venue") as batch:
        batch.drop_column("licensed_by")
