"""Transactions, counterparty providers, knowledge tests, monitoring alerts, and reports
to the FIU (suspicious transaction reports and threshold reports).

Revision ID: 5000
Revises: 1000
"""

import sqlalchemy as sa
from alembic import op

revision = "5000"
down_revision = "1000"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_reason", sa.String(), nullable=True),
    ]


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=False)


def _customer() -> sa.Column:
    return sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False)


def _indexes(table: str, *columns: str) -> None:
    for column in ("retired_at", *columns):
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "transaction",
        *_record_columns(),
        _customer(),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        *(_text(n) for n in ("direction", "asset", "amount", "value_kzt", "value_usd")),
        *(_text(n) for n in ("counterparty_wallet", "counterparty_provider", "provider_key")),
        *(_text(n) for n in ("originator_name", "originator_wallet", "originator_id")),
        *(_text(n) for n in ("beneficiary_name", "beneficiary_wallet")),
        sa.Column("reference", sa.String(), nullable=True),
        *(_text(n) for n in ("import_batch", "travel_rule", "travel_rule_missing", "search_text")),
    )
    _indexes(
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
        *_record_columns(),
        *(_text(n) for n in ("name", "name_key", "jurisdiction", "licence_number", "regulator")),
        sa.Column("due_diligence_on", sa.Date(), nullable=True),
        *(_text(n) for n in ("due_diligence_by", "notes", "search_text")),
    )
    _indexes("counterparty_provider", "name_key", "due_diligence_on")

    op.create_table(
        "knowledge_test",
        *_record_columns(),
        _customer(),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        _text("notes"),
    )
    _indexes("knowledge_test", "customer_id")

    op.create_table(
        "suspicious_transaction_report",
        *_record_columns(),
        _customer(),
        *(_text(n) for n in ("alert_ids", "transaction_ids")),
        sa.Column("detected_on", sa.Date(), nullable=False),
        *(_text(n) for n in ("facts", "decision", "decided_by")),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        *(_text(n) for n in ("fiu_reference", "status", "notes", "search_text")),
    )
    _indexes("suspicious_transaction_report", "customer_id", "decision", "deadline", "status")

    op.create_table(
        "alert",
        *_record_columns(),
        *(_text(n) for n in ("rule",)),
        _customer(),
        *(_text(n) for n in ("transaction_ids", "anchor")),
        sa.Column("dedupe_key", sa.String(), nullable=False, unique=True),
        _text("reason"),
        sa.Column("pattern_on", sa.Date(), nullable=False),
        sa.Column("detected_on", sa.Date(), nullable=False),
        *(_text(n) for n in ("status", "decided_by")),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        _text("note"),
        sa.Column(
            "report_id",
            sa.Integer(),
            sa.ForeignKey("suspicious_transaction_report.id"),
            nullable=True,
        ),
        _text("search_text"),
    )
    _indexes("alert", "rule", "customer_id", "detected_on", "status", "report_id")

    op.create_table(
        "threshold_report",
        *_record_columns(),
        sa.Column(
            "transaction_id",
            sa.Integer(),
            sa.ForeignKey("transaction.id"),
            nullable=False,
            unique=True,
        ),
        _customer(),
        sa.Column("transaction_on", sa.Date(), nullable=False),
        *(_text(n) for n in ("value_kzt", "threshold_kzt")),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        *(_text(n) for n in ("fiu_reference", "status", "notes")),
    )
    _indexes("threshold_report", "customer_id", "transaction_on", "deadline", "status")


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
