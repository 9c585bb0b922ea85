"""Customer files: customers, beneficial owners, PEP status, risk assessments, EDD,
reviews, documents in the encrypted vault, and how the vault key is kept.

Revision ID: 1000
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "1000"
down_revision = "0002"
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


def _date(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Date(), nullable=nullable)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _indexes(table: str, *columns: str) -> None:
    for column in ("retired_at", *columns):
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "customer",
        *_record_columns(),
        *(_text(n) for n in ("kind", "name", "name_latin", "search_text", "iin_bin")),
        _date("birth_date"),
        *(_text(n) for n in ("sex", "citizenship", "residence", "id_type", "id_number")),
        _text("id_issuer"),
        _date("id_issued_on"),
        _date("id_expires_on"),
        _text("occupation"),
        _text("registration_number"),
        _date("registered_on"),
        *(_text(n) for n in ("directors", "address", "phone", "email", "purpose")),
        *(_text(n) for n in ("funds_source", "source_of_funds", "product", "channel")),
        _flag("iin_conflict"),
        _text("iin_note"),
        _text("status"),
        _text("decided_by"),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        _text("decision_note"),
        _date("onboarded_on"),
        sa.Column("risk_score", sa.Integer(), nullable=True),
        _text("risk_tier"),
        _date("risk_assessed_on"),
        _date("last_review_on"),
        _date("next_review_on"),
        _text("notes"),
    )
    op.create_index("ix_customer_live_search", "customer", ["retired_at", "search_text"])
    op.create_index("ix_customer_live_review", "customer", ["retired_at", "next_review_on"])
    op.create_index("ix_customer_live_risk", "customer", ["retired_at", "risk_tier", "risk_score"])
    _indexes(
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
        *_record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        *(_text(n) for n in ("name", "name_latin", "search_text", "iin")),
        _date("birth_date"),
        *(_text(n) for n in ("sex", "citizenship", "residence", "id_type", "id_number")),
        _date("id_expires_on"),
        sa.Column("ownership_percent", sa.String(), nullable=True),
        _flag("control"),
        _text("control_note"),
        _flag("iin_conflict"),
        _text("iin_note"),
        _text("notes"),
    )
    _indexes("beneficial_owner", "customer_id", "search_text", "iin")
    op.create_table(
        "pep_status",
        *_record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *(_text(n) for n in ("kind", "related_kind", "related_person", "position")),
        _text("organisation"),
        _date("took_office"),
        _date("left_office"),
        _date("status_ends_on"),
        _text("identified_by"),
        _text("notes"),
    )
    _indexes("pep_status", "customer_id", "owner_id", "kind", "status_ends_on")
    op.create_table(
        "risk_assessment",
        *_record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        _date("assessed_on", nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        *(_text(n) for n in ("computed_tier", "override_tier", "override_reason", "tier")),
        _text("factors"),
    )
    _indexes("risk_assessment", "customer_id")
    op.create_table(
        "customer_edd",
        *_record_columns(),
        sa.Column(
            "customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False, unique=True
        ),
        _text("source_of_wealth"),
        _flag("wealth_verified"),
        _text("wealth_evidence"),
        _flag("funds_verified"),
        _text("funds_evidence"),
        _text("approved_by"),
        _date("approved_on"),
        _flag("enhanced_monitoring"),
        _flag("complete"),
        _text("notes"),
    )
    _indexes("customer_edd", "complete")
    op.create_table(
        "customer_review",
        *_record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        _date("reviewed_on", nullable=False),
        *(_text(n) for n in ("reviewer", "outcome", "tier")),
        _date("next_review_on"),
        _text("notes"),
    )
    _indexes("customer_review", "customer_id")
    op.create_table(
        "customer_document",
        *_record_columns(),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customer.id"), nullable=False),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("beneficial_owner.id"), nullable=True),
        *(_text(n) for n in ("category", "file_name", "media_type")),
        sa.Column("size", sa.Integer(), nullable=False),
        _text("sha256"),
        _text("vault_id"),
        sa.Column("blob_name", sa.String(), nullable=False, unique=True),
        _date("uploaded_on", nullable=False),
        _date("effective_from"),
        _date("effective_to"),
        _date("expires_on"),
        _text("description"),
    )
    _indexes("customer_document", "customer_id", "owner_id", "category", "expires_on")
    op.create_table(
        "vault_key",
        *_record_columns(),
        sa.Column("vault_id", sa.String(), nullable=False, unique=True),
        *(_text(n) for n in ("key_source", "kdf", "salt")),
        *(sa.Column(n, sa.Integer(), nullable=False) for n in ("kdf_n", "kdf_r", "kdf_p")),
        _text("key_check"),
    )
    _indexes("vault_key")


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
