"""The AML programme: firm profile, MLRO appointments, staff, training, independent
audits, the business risk assessment and the AML Returns.

Revision ID: 3000
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.migration_columns import indexes, record_columns

revision = "3000"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "firm_profile",
        *record_columns(),
        sa.Column("legal_name", sa.String(), nullable=False),
        sa.Column("legal_name_latin", sa.String(), nullable=False),
        sa.Column("bin", sa.String(), nullable=False),
        sa.Column("jurisdiction", sa.String(), nullable=False),
        sa.Column("activities", sa.String(), nullable=False),
        sa.Column("afsa_reference", sa.String(), nullable=False),
        sa.Column("nbk_reference", sa.String(), nullable=False),
        sa.Column("fiu_reference", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("year_end_month", sa.Integer(), nullable=False),
        sa.Column("year_end_day", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
    )
    indexes("firm_profile", "bin")
    op.create_table(
        "mlro_appointment",
        *record_columns(),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("person_name", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("resident_in_kz", sa.Boolean(), nullable=False),
        sa.Column("appointed_on", sa.Date(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("regulator_reference", sa.String(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("mlro_appointment", "role", "appointed_on", "ended_on")
    op.create_table(
        "staff_member",
        *record_columns(),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("job_title", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("screened_on", sa.Date(), nullable=True),
        sa.Column("screening_result", sa.String(), nullable=False),
        sa.Column("screening_notes", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("staff_member", "full_name", "role", "start_date", "end_date", "search_text")
    op.create_table(
        "course",
        *record_columns(),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("curriculum", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("hours", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("course", "title", "topic")
    op.create_table(
        "training_session",
        *record_columns(),
        sa.Column("course_id", sa.Integer(), sa.ForeignKey("course.id"), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("trainer", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
    )
    indexes("training_session", "course_id", "held_on")
    op.create_table(
        "training_attendance",
        *record_columns(),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("training_session.id"), nullable=False),
        sa.Column(
            "staff_member_id", sa.Integer(), sa.ForeignKey("staff_member.id"), nullable=False
        ),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("score", sa.String(), nullable=False),
        sa.Column("certificate_ref", sa.String(), nullable=False),
        sa.Column("certificate_file", sa.String(), nullable=False),
        sa.Column("certificate_sha256", sa.String(), nullable=False),
        sa.Column("certificate_blob", sa.String(), nullable=True),
        sa.Column("certificate_vault_id", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
    )
    indexes("training_attendance", "session_id", "staff_member_id")
    op.create_table(
        "audit_engagement",
        *record_columns(),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("auditor", sa.String(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("audit_date", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("conclusion", sa.String(), nullable=False),
        sa.Column("report_ref", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("audit_engagement", "kind", "audit_date")
    op.create_table(
        "audit_finding",
        *record_columns(),
        sa.Column(
            "engagement_id", sa.Integer(), sa.ForeignKey("audit_engagement.id"), nullable=False
        ),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("audit_finding", "engagement_id", "severity", "closed_on")
    op.create_table(
        "remediation_action",
        *record_columns(),
        sa.Column("finding_id", sa.Integer(), sa.ForeignKey("audit_finding.id"), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("remediation_action", "finding_id", "owner", "due_on", "completed_on")
    op.create_table(
        "business_risk_assessment",
        *record_columns(),
        sa.Column("version", sa.String(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("approved_by", sa.String(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=False),
        sa.Column("overall_rating", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("document_ref", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
    )
    indexes("business_risk_assessment", "version", "assessed_on", "next_review_on")
    op.create_table(
        "aml_return",
        *record_columns(),
        sa.Column("year_end", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
    )
    indexes("aml_return", "year_end")


def downgrade() -> None:
    for table in (
        "aml_return",
        "business_risk_assessment",
        "remediation_action",
        "audit_finding",
        "audit_engagement",
        "training_attendance",
        "training_session",
        "course",
        "staff_member",
        "mlro_appointment",
        "firm_profile",
    ):
        op.drop_table(table)
