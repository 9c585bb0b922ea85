"""Customer files: customers, beneficial owners, PEP status, risk assessments, EDD,
reviews, documents in the encrypted vault, and how the vault key is kept.

Revision ID: 1000
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import date, flag, indexes, record_columns, text

revision = "1000"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer",
        *record_columns(),
        *(text(n) for n in ("kind", "name", "name_latin", "search_text", "iin_bin")),
        date("birth_date"),
        *(text(n) for n in ("sex", "citizenship", "residence", "id_type", "id_number")),
        text("id_issuer"),
        date("id_issued_on"),
        date("id_expires_on"),
        text("occupation"),
        text("registration_number"),
        date("registered_on"),
        *(text(n) for n in ("directors", "address", "phone", "email", "purpose")),
        *(text(n) for n in ("funds_source", "source_of_funds", "product", "channel")),
        flag("iin_conflict"),
        text("iin_note"),
        text("status"),
        text("decided_by"),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        text("decision_note"),
        date("onboarded_on"),
        sa.Column("risk_score", sa.Integer(), nullable=True),
        text("risk_tier"),
        date("risk_assessed_on"),
        date("last_review_on"),
        date("next_review_on"),
        text("notes"),
    )
    op.create_index("ix_customer_live_search", "customer", ["retired_at", "search_text"])
    op.create_index("ix_customer_live_review", "customer", ["retired_at", "next_review_on"])
    op.create_index("ix_customer_live_risk", "customer", ["retired_at", "risk_tier", "risk_score"])
    indexes(
        "customer",
        "kind",
        "name_latin",
        "iin_bin",
        "id_expires_on",
        "iin_conflict",
        "status",
    )
    op.create_table(
        "beneficial_owner",
        *record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        *(text(n) for n in ("name", "name_latin", "search_text", "iin")),
        date("birth_date"),
        *(text(n) for n in ("sex", "citizenship", "residence", "id_type", "id_number")),
        date("id_expires_on"),
        sa.Column("ownership_percent", sa.String(), nullable=True),
        flag("control"),
        text("control_note"),
        flag("iin_conflict"),
        text("iin_note"),
        text("notes"),
    )
    indexes("beneficial_owner", "customer_id", "search_text", "iin")
    op.create_table(
        "pep_status",
        *record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *(text(n) for n in ("kind", "related_kind", "related_person", "position")),
        text("organisation"),
        date("took_office"),
        date("left_office"),
        date("status_ends_on"),
        text("identified_by"),
        text("notes"),
    )
    indexes("pep_status", "customer_id", "owner_id", "kind", "status_ends_on")
    op.create_table(
        "risk_assessment",
        *record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        date("assessed_on", nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        *(text(n) for n in ("computed_tier", "override_tier", "override_reason", "tier")),
        text("factors"),
    )
    indexes("risk_assessment", "customer_id")
    op.create_table(
        "customer_edd",
        *record_columns(),
        sa.Column(
            "customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False, unique=True
        ),
        text("source_of_wealth"),
        flag("wealth_verified"),
        text("wealth_evidence"),
        flag("funds_verified"),
        text("funds_evidence"),
        text("approved_by"),
        date("approved_on"),
        flag("enhanced_monitoring"),
        flag("complete"),
        text("notes"),
    )
    indexes("customer_edd", "complete")
    op.create_table(
        "customer_review",
        *record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        date("reviewed_on", nullable=False),
        *(text(n) for n in ("reviewer", "outcome", "tier")),
        date("next_review_on"),
        text("notes"),
    )
    indexes("customer_review", "customer_id")
    op.create_table(
        "customer_document",
        *record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *(text(n) for n in ("category", "file_name", "media_type")),
        sa.Column("size", sa.Integer(), nullable=False),
        text("sha256"),
        text("vault_id"),
        sa.Column("blob_name", sa.String(), nullable=False, unique=True),
        date("uploaded_on", nullable=False),
        date("effective_from"),
        date("effective_to"),
        date("expires_on"),
        text("description"),
    )
    indexes("customer_document", "customer_id", "owner_id", "category", "expires_on")
    op.create_table(
        "vault_key",
        *record_columns(),
        sa.Column("vault_id", sa.String(), nullable=False, unique=True),
        *(text(n) for n in ("key_source", "kdf", "salt")),
        *(sa.Column(n, sa.Integer(), nullable=False) for n in ("kdf_n", "kdf_r", "kdf_p")),
        text("key_check"),
    )
    indexes("vault_key")


def downgrade() -> None:
    for table in (
        "vault_key",
        "customer_document",
        "customer_review",
        "customer_edd",
        "risk_assessment",
        "pep_status",
        "beneficial_owner",
        "customer",
    ):
        op.drop_table(table)
