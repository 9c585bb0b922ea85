"""Sanctions screening: watchlist versions and entries, screening runs, hits and the
false-positive memory.

Revision ID: 4000
Revises: 1000
"""

import sqlalchemy as sa
from alembic import op

revision = "4000"
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


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.String(), nullable=False) for name in names]


def _count(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Integer(), nullable=False) for name in names]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "watchlist_version",
        *_record_columns(),
        *_text("list_name", "list_format"),
        sa.Column("published_on", sa.Date(), nullable=True),
        *_text("sha256", "files", "content_sha256"),
        *_count("entries", "persons", "added", "changed", "removed"),
        sa.Column(
            "previous_id", sa.Integer(), sa.ForeignKey("watchlist_version.id"), nullable=True
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_text("imported_by"),
    )
    _indexes("watchlist_version", "retired_at", "list_name", "sha256", "active")
    op.create_table(
        "watchlist_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "version_id", sa.Integer(), sa.ForeignKey("watchlist_version.id"), nullable=False
        ),
        *_text("ref", "kind", "name", "names", "dobs", "iins", "nationalities", "programmes"),
        *_text("crypto_addresses"),
        sa.Column("listed_on", sa.Date(), nullable=True),
        *_text("remarks", "fingerprint", "identity_fingerprint", "search_text"),
    )
    _indexes("watchlist_entry", "ref", "search_text")
    op.create_index(
        "ux_watchlist_entry_version_ref", "watchlist_entry", ["version_id", "ref"], unique=True
    )
    op.create_table(
        "screening_run",
        *_record_columns(),
        *_text("scope", "trigger"),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        *_text("run_by", "version_ids", "lists"),
        *_count("review_threshold", "auto_clear_threshold", "subjects", "new_open"),
        *_count("still_open", "auto_cleared", "suppressed", "lapsed"),
    )
    _indexes("screening_run", "retired_at", "scope", "customer_id")
    op.create_table(
        "screening_hit",
        *_record_columns(),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("screening_run.id"), nullable=False),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *_text("subject_name"),
        sa.Column(
            "version_id", sa.Integer(), sa.ForeignKey("watchlist_version.id"), nullable=False
        ),
        *_text("list_name", "entry_ref", "entry_name", "entry_kind"),
        sa.Column("score", sa.Integer(), nullable=False),
        *_text("explanation", "status", "decided_by"),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *_text("reason", "subject_fingerprint", "entry_fingerprint", "search_text"),
    )
    _indexes(
        "screening_hit",
        "retired_at",
        "run_id",
        "customer_id",
        "owner_id",
        "version_id",
        "list_name",
        "score",
        "status",
        "search_text",
    )
    op.create_index(
        "ix_screening_hit_subject",
        "screening_hit",
        ["customer_id", "owner_id", "list_name", "entry_ref"],
    )
    op.create_table(
        "false_positive_memory",
        *_record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *_text("list_name", "entry_ref", "subject_fingerprint", "entry_fingerprint"),
        sa.Column("hit_id", sa.Integer(), sa.ForeignKey("screening_hit.id"), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        *_text("reason"),
    )
    _indexes("false_positive_memory", "retired_at", "hit_id", "expires_on")
    op.create_index(
        "ix_false_positive_memory_subject",
        "false_positive_memory",
        ["customer_id", "owner_id", "list_name", "entry_ref"],
    )


def downgrade() -> None:
    for table in (
        "false_positive_memory",
        "screening_hit",
        "screening_run",
        "watchlist_entry",
        "watchlist_version",
    ):
        op.drop_table(table)
