"""Mining: pool accreditations, venues, output, sales and the fee basis per quarter.

Revision ID: 2000
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import record_columns

revision = "2000"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pool_accreditation",
        *record_columns(),
        sa.Column("pool_name", sa.String(), nullable=False),
        sa.Column("pool_key", sa.String(), nullable=False),
        sa.Column("operator_bin", sa.String(), nullable=False),
        sa.Column("accreditation_number", sa.String(), nullable=False),
        sa.Column("accredited_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_from", sa.Date(), nullable=True),
        sa.Column("hardware_in_kz", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    op.create_index("ix_pool_accreditation_retired_at", "pool_accreditation", ["retired_at"])
    op.create_index("ix_pool_accreditation_pool_key", "pool_accreditation", ["pool_key"])
    op.create_index("ix_pool_accreditation_expires_on", "pool_accreditation", ["expires_on"])
    op.create_index("ix_pool_accreditation_status", "pool_accreditation", ["status"])

    op.create_table(
        "venue",
        *record_columns(),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("jurisdiction", sa.String(), nullable=False),
        sa.Column("aifc_licence_number", sa.String(), nullable=False),
        sa.Column("aifc_status", sa.String(), nullable=False),
        sa.Column("aifc_status_from", sa.Date(), nullable=True),
        sa.Column("nbk_licence", sa.String(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    op.create_index("ix_venue_retired_at", "venue", ["retired_at"])
    op.create_index("ix_venue_name_key", "venue", ["name_key"])

    op.create_table(
        "mining_output",
        *record_columns(),
        sa.Column("output_date", sa.Date(), nullable=False),
        sa.Column("coin", sa.String(), nullable=False),
        sa.Column("amount", sa.String(), nullable=False),
        sa.Column("pool", sa.String(), nullable=False),
        sa.Column("pool_key", sa.String(), nullable=False),
        sa.Column("kwh", sa.String(), nullable=True),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    op.create_index("ix_mining_output_retired_at", "mining_output", ["retired_at"])
    op.create_index("ix_mining_output_output_date", "mining_output", ["output_date"])
    op.create_index("ix_mining_output_coin", "mining_output", ["coin"])
    op.create_index(
        "ux_mining_output_pool_reference",
        "mining_output",
        ["pool_key", "reference"],
        unique=True,
    )

    op.create_table(
        "sale",
        *record_columns(),
        sa.Column("sale_date", sa.Date(), nullable=False),
        sa.Column("coin", sa.String(), nullable=False),
        sa.Column("amount", sa.String(), nullable=False),
        sa.Column("price", sa.String(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("kzt_rate", sa.String(), nullable=True),
        sa.Column("value_kzt", sa.String(), nullable=True),
        sa.Column("venue_id", sa.Integer(), sa.ForeignKey("venue.id"), nullable=False),
        sa.Column("counterparty", sa.String(), nullable=False),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    op.create_index("ix_sale_retired_at", "sale", ["retired_at"])
    op.create_index("ix_sale_sale_date", "sale", ["sale_date"])
    op.create_index("ix_sale_coin", "sale", ["coin"])
    op.create_index("ux_sale_venue_reference", "sale", ["venue_id", "reference"], unique=True)

    op.create_table(
        "mining_fee_basis",
        *record_columns(),
        sa.Column("quarter_start", sa.Date(), nullable=False),
        sa.Column("average_price_kzt", sa.String(), nullable=True),
        sa.Column("own_generation", sa.Boolean(), nullable=False),
        sa.Column("renewable", sa.Boolean(), nullable=False),
        sa.Column("no_meter", sa.Boolean(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_kzt", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
    )
    op.create_index("ix_mining_fee_basis_retired_at", "mining_fee_basis", ["retired_at"])
    op.create_index("ix_mining_fee_basis_quarter_start", "mining_fee_basis", ["quarter_start"])


def downgrade() -> None:
    op.drop_table("mining_fee_basis")
    op.drop_table("sale")
    op.drop_table("mining_output")
    op.drop_table("venue")
    op.drop_table("pool_accreditation")
