"""Sanctions screening: watchlist versions and entries, screening runs, hits and the
false-positive memory.

Revision ID: 4000
Revises: 1000
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import counts, indexes, record_columns, texts

revision = "4000"
down_revision = "1000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watchlist_version",
        *record_columns(),
        *texts("list_name", "list_format"),
        sa.Column("published_on", sa.Date(), nullable=True),
        *texts("sha256", "files", "content_sha256"),
        *counts("entries", "persons", "added", "changed", "removed"),
        sa.Column(
            "previous_id", sa.Integer(), sa.ForeignKey("watchlist_version.id"), nullable=True
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        *texts("imported_by"),
    )
    indexes("watchlist_version", "list_name", "sha256", "active")
    op.create_table(
        "watchlist_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "version_id", sa.Integer(), sa.ForeignKey("watchlist_version.id"), nullable=False
        ),
        *texts("ref", "kind", "name", "names", "dobs", "iins", "nationalities", "programmes"),
        *texts("crypto_addresses"),
        sa.Column("listed_on", sa.Date(), nullable=True),
        *texts("remarks", "fingerprint", "identity_fingerprint", "search_text"),
    )
    indexes("watchlist_entry", "ref", "search_text", retired=False)
    op.create_index(
        "ux_watchlist_entry_version_ref", "watchlist_entry", ["version_id", "ref"], unique=True
    )
    op.create_table(
        "screening_run",
        *record_columns(),
        *texts("scope", "trigger"),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        *texts("run_by", "version_ids", "lists"),
        *counts("review_threshold", "auto_clear_threshold", "subjects", "new_open"),
        *counts("still_open", "auto_cleared", "suppressed", "lapsed"),
    )
    indexes("screening_run", "scope", "customer_id")
    op.create_table(
        "screening_hit",
        *record_columns(),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("screening_run.id"), nullable=False),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *texts("subject_name"),
        sa.Column(
            "version_id", sa.Integer(), sa.ForeignKey("watchlist_version.id"), nullable=False
        ),
        *texts("list_name", "entry_ref", "entry_name", "entry_kind"),
        sa.Column("score", sa.Integer(), nullable=False),
        *texts("explanation", "status", "decided_by"),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *texts("reason", "subject_fingerprint", "entry_fingerprint", "search_text"),
    )
    indexes(
        "screening_hit",
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
        *record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *texts("list_name", "entry_ref", "subject_fingerprint", "entry_fingerprint"),
        sa.Column("hit_id", sa.Integer(), sa.ForeignKey("screening_hit.id"), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        *texts("reason"),
    )
    indexes("false_positive_memory", "hit_id", "expires_on")
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
