"""Transactions, counterparty providers, knowledge tests, monitoring alerts, and reports
to the FIU (suspicious transaction reports and threshold reports).

Revision ID: 5000
Revises: 1000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import customer_key, indexes, record_columns, text

revision = "5000"
down_revision = "1000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transaction",
        *record_columns(),
        customer_key(),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        *(text(n) for n in ("direction", "asset", "amount", "value_kzt", "value_usd")),
        *(text(n) for n in ("counterparty_wallet", "counterparty_provider", "provider_key")),
        *(text(n) for n in ("originator_name", "originator_wallet", "originator_id")),
        *(text(n) for n in ("beneficiary_name", "beneficiary_wallet")),
        sa.Column("reference", sa.String(), nullable=True),
        *(text(n) for n in ("import_batch", "travel_rule", "travel_rule_missing", "search_text")),
    )
    indexes(
        "transaction",
        "customer_id",
        "occurred_on",
        "direction",
        "asset",
        "provider_key",
        "import_batch",
        "travel_rule",
    )
    op.create_index("ux_transaction_reference", "transaction", ["reference"], unique=True)
    op.create_index("ix_transaction_active_date", "transaction", ["retired_at", "occurred_on"])

    op.create_table(
        "counterparty_provider",
        *record_columns(),
        *(text(n) for n in ("name", "name_key", "jurisdiction", "licence_number", "regulator")),
        sa.Column("due_diligence_on", sa.Date(), nullable=True),
        *(text(n) for n in ("due_diligence_by", "notes", "search_text")),
    )
    indexes("counterparty_provider", "name_key", "due_diligence_on")

    op.create_table(
        "knowledge_test",
        *record_columns(),
        customer_key(),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        text("notes"),
    )
    indexes("knowledge_test", "customer_id")

    op.create_table(
        "suspicious_transaction_report",
        *record_columns(),
        customer_key(),
        *(text(n) for n in ("alert_ids", "transaction_ids")),
        sa.Column("detected_on", sa.Date(), nullable=False),
        *(text(n) for n in ("facts", "decision", "decided_by")),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        *(text(n) for n in ("fiu_reference", "status", "notes", "search_text")),
    )
    indexes("suspicious_transaction_report", "customer_id", "decision", "deadline", "status")

    op.create_table(
        "alert",
        *record_columns(),
        *(text(n) for n in ("rule",)),
        customer_key(),
        *(text(n) for n in ("transaction_ids", "anchor")),
        sa.Column("dedupe_key", sa.String(), nullable=False, unique=True),
        text("reason"),
        sa.Column("pattern_on", sa.Date(), nullable=False),
        sa.Column("detected_on", sa.Date(), nullable=False),
        *(text(n) for n in ("status", "decided_by")),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        text("note"),
        sa.Column(
            "report_id",
            sa.Integer(),
            sa.ForeignKey("suspicious_transaction_report.id"),
            nullable=True,
        ),
        text("search_text"),
    )
    indexes("alert", "rule", "customer_id", "detected_on", "status", "report_id")

    op.create_table(
        "threshold_report",
        *record_columns(),
        sa.Column(
            "transaction_id",
            sa.Integer(),
            sa.ForeignKey("transaction.id"),
            nullable=False,
            unique=True,
        ),
        customer_key(),
        sa.Column("transaction_on", sa.Date(), nullable=False),
        *(text(n) for n in ("value_kzt", "threshold_kzt")),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        *(text(n) for n in ("fiu_reference", "status", "notes")),
    )
    indexes("threshold_report", "customer_id", "transaction_on", "deadline", "status")


def downgrade() -> None:
    for table in (
        "threshold_report",
        "alert",
        "suspicious_transaction_report",
        "knowledge_test",
        "counterparty_provider",
        "transaction",
    ):
        op.drop_table(table)
