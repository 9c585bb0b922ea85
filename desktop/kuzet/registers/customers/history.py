"""A customer's history from the audit trail: the file and everything attached to it."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from ...store.models import AuditEntry
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer_document import CustomerDocument
from ...store.models.customer_review import CustomerReview
from ...store.models.edd import EddRecord
from ...store.models.pep import PepStatus
from ...store.models.risk_assessment import RiskAssessment
from ..system.trail import TrailListing

RELATED = (BeneficialOwner, PepStatus, RiskAssessment, EddRecord, CustomerReview, CustomerDocument)
REGISTER_TITLES = {
    "customer": "Customer file",
    "beneficial_owner": "Beneficial owner",
    "pep_status": "PEP status",
    "risk_assessment": "Risk assessment",
    "customer_edd": "EDD",
    "customer_review": "Review",
    "customer_document": "Document",
}


def history(session: Session, customer_id: int) -> list[AuditEntry]:
    """Every trail entry of the customer and of its owners, PEP records, assessments, EDD,
    reviews and documents, oldest first."""
    entries = list(TrailListing().history(session, "customer", customer_id))
    for model in RELATED:
        ids = select(model.id).where(model.customer_id == customer_id)
        query = select(AuditEntry).where(
            AuditEntry.register_name == model.__tablename__, AuditEntry.record_id.in_(ids)
        )
        entries.extend(session.execute(query).scalars())
    return sorted(entries, key=lambda e: e.id)
