"""The customers desk: what the window and the commands do with customer files, their
owners, PEP status, risk, EDD, documents and reviews, each call one unit of work (see
``registers/area.py``). Every change that screening or the risk depends on goes through
``onboarding``, which screens and reassesses after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.risk import risk_parameters
from ...store.jobs import REASSESSMENT
from ...store.models import AuditEntry
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.customer_document import CustomerDocument
from ...store.models.customer_review import CustomerReview
from ...store.models.edd import EddRecord
from ...store.models.officer import ApprovalRequest
from ...store.models.pep import PepStatus
from ...store.models.risk_assessment import RiskAssessment
from ...store.models.transaction import KnowledgeTest
from ...store.vault import Vault
from ..area import Area, Work, import_entry
from ..listing import ListQuery
from ..screening.review import is_flagged
from ..system import approvals, four_eyes
from ..system.permissions import DECIDE_CUSTOMERS
from . import (
    customer_file,
    documents,
    edd,
    imports,
    knowledge_tests,
    onboarding,
    options,
    owners,
    peps,
    reassess,
    reviews,
    risk,
)
from .history import history as history_of
from .listing import CustomerListing
from .open_hits import OpenHits, open_hits_of


def _import_customers(
    work: Work, path: Path, mapping: Mapping[str, str] | None, progress: Progress
) -> imports.CustomersImported:
    """The files of ``path``, checked as the form checks them, written and screened: the
    count, with the customers left unscreened (no list in force, or an out-of-date one)."""
    seeds = imports.read_file(work.session, path, work.rules, work.today, mapping, progress)
    message = tr("Importing {name}").format(name=path.name)
    created = onboarding.onboard_seeds(
        work.session, seeds, work.rules, work.today, progress=progress, message=message
    )
    return imports.CustomersImported(created)


class CustomersDesk(Area):
    # --- the register ------------------------------------------------------------------

    def customer_listing(self) -> CustomerListing:
        return CustomerListing(self.rules(), self.today)

    def form_choices(self) -> options.FormChoices:
        return options.form_choices(self.rules(), self.today)

    import_customers = import_entry(
        _import_customers,
        "Every row, screened, or nothing (``ImportRejected`` names each bad row).",
    )

    def export_customers(
        self, path: Path, query: ListQuery, listing: CustomerListing | None = None
    ) -> int:
        listing = listing or self.customer_listing()
        with self.reading() as work:
            return imports.export(work.session, path, listing, query)

    def reassess_all(self, progress: Progress = NO_PROGRESS) -> int:
        """Score every customer again from today's rules; how many got a new assessment."""
        with self.long_job(REASSESSMENT), self.writing() as work:
            return reassess.reassess_all(work.session, work.rules, work.today, progress)

    # --- the file ----------------------------------------------------------------------

    def customer(self, customer_id: int) -> Customer:
        with self.reading() as work:
            return customer_file.get(work.session, customer_id)

    def save_customer(self, data: Mapping[str, Any], customer_id: int | None = None) -> Customer:
        """A new file (``customer_id`` None) or an edit, screened and assessed; on
        ``ValidationFailed`` nothing is written."""
        with self.writing() as work:
            if customer_id is None:
                return onboarding.create_customer(work.session, data, work.rules, work.today)
            return onboarding.update_customer(
                work.session, customer_id, data, work.rules, work.today
            )

    def retire_customer(self, customer_id: int, reason: str) -> Customer:
        with self.writing() as work:
            return customer_file.retire(work.session, customer_id, reason)

    def explain_iin(self, customer_id: int, note: str) -> Customer:
        with self.writing() as work:
            return customer_file.explain_iin(work.session, customer_id, note)

    def sanctions_match(self, customer_id: int) -> bool:
        """A hit of the customer or an owner was confirmed as a sanctions match."""
        with self.reading() as work:
            return is_flagged(work.session, customer_id)

    def open_hits(self, customer_id: int) -> OpenHits | None:
        """The customer's open screening hits (its own and its owners'): how many, the
        best score and that hit; None when none is open."""
        with self.reading() as work:
            return open_hits_of(work.session, customer_id)

    def history(self, customer_id: int) -> list[AuditEntry]:
        with self.reading() as work:
            return history_of(work.session, customer_id)

    # --- beneficial owners -------------------------------------------------------------

    def owner(self, owner_id: int) -> BeneficialOwner:
        with self.reading() as work:
            return owners.get_owner(work.session, owner_id)

    def owners(self, customer_id: int, include_retired: bool = False) -> list[BeneficialOwner]:
        with self.reading() as work:
            return owners.owners_of(work.session, customer_id, include_retired)

    def save_owner(
        self, customer_id: int, data: Mapping[str, Any], owner_id: int | None = None
    ) -> BeneficialOwner:
        """A new beneficial owner (``owner_id`` None) or an edit, screened at once."""
        with self.writing() as work:
            return onboarding.save_owner(
                work.session, customer_id, data, work.rules, work.today, owner_id=owner_id
            )

    def retire_owner(self, owner_id: int, reason: str) -> BeneficialOwner:
        with self.writing() as work:
            return onboarding.retire_owner(work.session, owner_id, reason, work.rules, work.today)

    # --- PEP status --------------------------------------------------------------------

    def pep(self, pep_id: int) -> PepStatus:
        with self.reading() as work:
            return peps.get_pep(work.session, pep_id)

    def peps(self, customer_id: int) -> list[PepStatus]:
        with self.reading() as work:
            return peps.peps_of(work.session, customer_id)

    def save_pep(
        self,
        customer_id: int,
        data: Mapping[str, Any],
        pep_id: int | None = None,
        owner_id: int | None = None,
    ) -> PepStatus:
        """New PEP status of the customer (or of its owner ``owner_id``), or an edit."""
        with self.writing() as work:
            return onboarding.save_pep(
                work.session,
                customer_id,
                data,
                work.rules,
                work.today,
                pep_id=pep_id,
                owner_id=owner_id,
            )

    def retire_pep(self, pep_id: int, reason: str) -> PepStatus:
        with self.writing() as work:
            return onboarding.retire_pep(work.session, pep_id, reason, work.rules, work.today)

    # --- risk --------------------------------------------------------------------------

    def latest_assessment(self, customer_id: int) -> RiskAssessment | None:
        with self.reading() as work:
            return risk.latest_assessment(work.session, customer_id)

    def assessments(self, customer_id: int) -> list[RiskAssessment]:
        """Every assessment of the customer, newest first."""
        with self.reading() as work:
            return risk.assessments_of(work.session, customer_id)

    def risk_sources(self) -> dict[str, str]:
        """Each risk factor's rule in the pack, as the risk tab cites it."""
        return dict(risk_parameters(self.rules(), self.today).sources)

    def reassess(self, customer_id: int) -> RiskAssessment:
        with self.writing() as work:
            customer = customer_file.get(work.session, customer_id)
            return risk.assess(work.session, customer, work.rules, work.today)

    def override_tier(
        self, customer_id: int, tier: str, reason: str
    ) -> RiskAssessment | ApprovalRequest:
        """The officer's tier (``""`` clears it), with the reason for the audit trail.
        Under four-eyes it becomes an approval request (returned)."""
        with self.writing(DECIDE_CUSTOMERS) as work:
            proposal = {"customer_id": customer_id, "tier": tier, "reason": reason}
            kind, target = four_eyes.RISK_TIER_OVERRIDE, f"customer:{customer_id}"
            held = approvals.hold(work, self.store, kind, target, proposal, reason)
            if held is not None:
                return held
            return risk.override_tier(
                work.session, customer_id, tier, reason, work.rules, work.today
            )

    # --- EDD and the onboarding decision -----------------------------------------------

    def edd(self, customer_id: int) -> edd.EddState:
        with self.reading() as work:
            return edd.edd_state(work.session, customer_id, work.rules, work.today)

    def save_edd(self, customer_id: int, data: Mapping[str, Any]) -> EddRecord:
        with self.writing() as work:
            return edd.save_edd(work.session, customer_id, data, work.today)

    def decide(self, customer_id: int, decision: str, note: str = "") -> Customer | ApprovalRequest:
        """Approve, reject, exit, freeze or unfreeze, with who and when
        (``ValidationFailed`` says what blocks the decision: the sanctions gates name the
        hits). Under four-eyes, approving a high-risk or PEP customer becomes an approval
        request (returned)."""
        with self.writing(DECIDE_CUSTOMERS) as work:
            if decision == "approve":
                customer = customer_file.get(work.session, customer_id)
                if edd.edd_needed(work.session, customer, work.rules, work.today):
                    proposal = {"customer_id": customer_id, "decision": decision, "note": note}
                    kind, target = four_eyes.CUSTOMER_APPROVAL, f"customer:{customer_id}"
                    held = approvals.hold(work, self.store, kind, target, proposal, note)
                    if held is not None:
                        return held
            return edd.decide(work.session, customer_id, decision, note, work.rules, work.today)

    # --- documents ---------------------------------------------------------------------

    def documents(self, customer_id: int) -> list[CustomerDocument]:
        with self.reading() as work:
            return documents.documents_of(work.session, customer_id)

    def document_problems(self, data: Mapping[str, Any]) -> dict[str, str]:
        """What is wrong with a document's details, before the vault is opened for it."""
        return documents.validate_document(data, self.rules(), self.today)

    def attach_document(
        self,
        vault: Vault,
        customer_id: int,
        path: Path,
        data: Mapping[str, Any],
        owner_id: int | None = None,
    ) -> CustomerDocument:
        """Encrypt the file at ``path`` into the vault for the customer (or its owner)."""
        with self.writing() as work:
            return documents.attach_file(
                work.session,
                vault,
                customer_id,
                path,
                data,
                work.rules,
                work.today,
                owner_id=owner_id,
            )

    def read_document(self, vault: Vault, document_id: int) -> tuple[CustomerDocument, bytes]:
        """The document's record and its content, decrypted to memory and checked."""
        with self.reading() as work:
            document = documents.get_document(work.session, document_id)
            return document, documents.read(work.session, vault, document_id)

    def retire_document(self, document_id: int, reason: str) -> CustomerDocument:
        with self.writing() as work:
            return documents.retire_document(work.session, document_id, reason)

    # --- reviews and knowledge tests ---------------------------------------------------

    def reviews(self, customer_id: int) -> list[CustomerReview]:
        with self.reading() as work:
            return reviews.reviews_of(work.session, customer_id)

    def record_review(self, customer_id: int, data: Mapping[str, Any]) -> CustomerReview:
        """Reassess, store the review and set the next review date (``exit`` ends the
        relationship)."""
        with self.writing() as work:
            return onboarding.record_review(work.session, customer_id, data, work.rules, work.today)

    def knowledge_tests(self, customer_id: int) -> list[KnowledgeTest]:
        with self.reading() as work:
            return knowledge_tests.tests_of(work.session, customer_id)

    def record_knowledge_test(
        self, customer_id: int, taken_on: dt.date, passed: bool, notes: str = ""
    ) -> KnowledgeTest:
        with self.writing() as work:
            return knowledge_tests.record(
                work.session, customer_id, taken_on, passed, work.today, notes
            )
