"""The monitoring desk: what the window and the commands do with transactions, the
monitoring rules and their alerts, the Travel Rule, counterparty providers and the reports
to the FIU, each call one unit of work (see ``registers/area.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ...progress import NO_PROGRESS, Progress
from ...regime.travel_rule import TravelRuleCheck
from ...store.jobs import MONITORING
from ...store.models.monitoring import Alert, SuspiciousTransactionReport, ThresholdReport
from ...store.models.officer import ApprovalRequest
from ...store.models.transaction import CounterpartyProvider, KnowledgeTest
from ..area import Area, Work, import_entry
from ..customers import knowledge_tests
from ..listing import ListQuery
from ..system import approvals, four_eyes
from ..system.permissions import FILE_REPORTS, RUN_SCREENING
from . import alerts, fiu_report_listing, fiu_reports, runs, transactions, travel_rule, vasps
from .alert_listing import AlertListing, alert_levels
from .customer_listing import label_of
from .transaction_listing import TransactionListing, batches


def _import_transactions(
    work: Work, path: Path, mapping: Mapping[str, str] | None, progress: Progress
) -> transactions.ImportResult:
    """The import, then the frozen-customer rule at once (the other rules wait for a run)."""
    result = transactions.import_file(work.session, path, work.rules, work.today, mapping, progress)
    runs.check_frozen(work.session, work.rules, work.today)
    return result


class MonitoringDesk(Area):
    # --- transactions -------------------------------------------------------------------

    def transaction_listing(self) -> TransactionListing:
        return TransactionListing()

    def transaction_batches(self) -> list[str]:
        """The latest imports, newest first (the Transactions page's import filter)."""
        with self.reading() as work:
            return batches(work.session)

    def transaction(self, transaction_id: int) -> transactions.TransactionDetail:
        """A transaction with its customer and the alerts it is part of."""
        with self.reading() as work:
            return transactions.detail(work.session, transaction_id)

    def retire_transaction(self, transaction_id: int, reason: str) -> None:
        with self.writing() as work:
            transactions.retire(work.session, transaction_id, reason)

    import_transactions = import_entry(
        _import_transactions,
        "All rows or none; a row dated after today is refused; a frozen customer's "
        "operation raises its alert and freeze notification at once.",
    )

    def export_transactions(
        self, path: Path, query: ListQuery, listing: TransactionListing | None = None
    ) -> int:
        """The transactions ``query`` finds, in its order, in the import layout."""
        with self.reading() as work:
            ids = (listing or self.transaction_listing()).ids(work.session, query)
            return transactions.export(work.session, path, ids)

    # --- monitoring -----------------------------------------------------------------------

    def run_monitoring(
        self,
        progress: Progress = NO_PROGRESS,
        addresses: Mapping[str, tuple[str, str, str]] | None = None,
    ) -> runs.RunSummary:
        """Apply every rule to every active transaction; alerts are raised as of today."""
        with self.long_job(MONITORING), self.writing(RUN_SCREENING) as work:
            return runs.run(work.session, work.rules, work.today, progress, addresses)

    def incomplete_transfers(self) -> list[tuple[int, TravelRuleCheck]]:
        """Transfers at or above the Travel Rule threshold that lack required data."""
        with self.reading() as work:
            return travel_rule.incomplete_transfers(work.session, work.rules)

    # --- alerts -------------------------------------------------------------------------

    def alert_listing(self) -> AlertListing:
        """The Alerts list, each alert with its severity from the rule pack today."""
        with self.reading() as work:
            return AlertListing(alert_levels(work.rules, work.today))

    def alert(self, alert_id: int) -> Alert:
        with self.reading() as work:
            return alerts.get(work.session, alert_id)

    def alert_summary(self, alert_id: int) -> alerts.AlertSummary:
        """What the review shows: the rule and its values, the customer, the transactions."""
        with self.reading() as work:
            return alerts.summary(work.session, alert_id, work.rules)

    def open_alerts(self) -> list[dict[str, Any]]:
        with self.reading() as work:
            return alerts.open_alerts(work.session)

    def explain_alert(self, alert_id: int, note: str) -> Alert:
        """Close an open alert as explained; the note says why it is not suspicious."""
        with self.writing() as work:
            return alerts.explain(work.session, alert_id, note)

    def escalate_alert(
        self,
        alert_id: int,
        facts: str = "",
        decision: str = "suspicious",
        decided_on: dt.date | None = None,
        report_id: int | None = None,
    ) -> SuspiciousTransactionReport:
        """Escalate an alert to a new STR, or to ``report_id`` of the same customer; a
        suspicious decision starts the deadline. Under four-eyes the case is opened and
        the decision waits for a second officer (an approval request)."""
        with self.writing(FILE_REPORTS) as work:
            held = decision and self._str_decision_needs_second(work)
            report = alerts.escalate(
                work.session,
                alert_id,
                work.rules,
                work.today,
                facts=facts,
                decision="" if held else decision,
                decided_on=decided_on,
                report_id=report_id,
            )
            if held:
                self._hold_str_decision(work, report, decision, decided_on)
                # the request's trial ran in a savepoint whose rollback expired the case:
                # load it again while the session is open, so the caller can read it
                work.session.refresh(report)
            return report

    def open_cases(self, customer_id: int) -> list[SuspiciousTransactionReport]:
        """The customer's STRs still open or to report (an alert can join one)."""
        with self.reading() as work:
            return alerts.open_cases_of(work.session, customer_id)

    # --- knowledge tests (the customers area's register, for the retail cap) ---------------

    def customer_label(self, customer_id: int) -> str:
        with self.reading() as work:
            return label_of(work.session, customer_id)

    def knowledge_tests(self, customer_id: int) -> list[KnowledgeTest]:
        with self.reading() as work:
            return knowledge_tests.tests_of(work.session, customer_id)

    def record_knowledge_test(
        self, customer_id: int, taken_on: dt.date | None, passed: bool, notes: str = ""
    ) -> KnowledgeTest:
        with self.writing() as work:
            return knowledge_tests.record(
                work.session, customer_id, taken_on, passed, work.today, notes
            )

    # --- reports to the FIU -------------------------------------------------------------

    def str_listing(self) -> fiu_report_listing.StrListing:
        return fiu_report_listing.StrListing(self.rules(), self.today)

    def ttr_listing(self) -> fiu_report_listing.TtrListing:
        return fiu_report_listing.TtrListing(self.rules(), self.today)

    def freeze_listing(self) -> fiu_report_listing.FreezeListing:
        """Freeze notifications to the FIU (a frozen customer, or its later operation)."""
        return fiu_report_listing.FreezeListing(self.rules(), self.today)

    def str_report(self, report_id: int) -> SuspiciousTransactionReport:
        with self.reading() as work:
            return fiu_reports.get(work.session, report_id)

    def open_activity_report(
        self,
        customer_id: int,
        detected_on: dt.date | None,
        activity: str,
        facts: str = "",
        decision: str = "",
        decided_on: dt.date | None = None,
    ) -> SuspiciousTransactionReport:
        """A report of a client's suspicious activity with no transaction (from 1 Apr 2026,
        rule ``monitoring.str.covers_activity``); refused for earlier activity, naming it.
        Under four-eyes the decision waits for a second officer."""
        with self.writing(FILE_REPORTS) as work:
            held = decision and self._str_decision_needs_second(work)
            report = fiu_reports.open_activity_case(
                work.session,
                customer_id,
                detected_on,
                activity,
                facts,
                work.rules,
                work.today,
                decision="" if held else decision,
                decided_on=decided_on,
            )
            if held:
                self._hold_str_decision(work, report, decision, decided_on)
                # the request's trial ran in a savepoint whose rollback expired the case:
                # load it again while the session is open, so the caller can read it
                work.session.refresh(report)
            return report

    def activity_reports_allowed(self, day: dt.date | None = None) -> bool:
        """Whether reports of client activity without an operation apply on ``day`` (today)."""
        return fiu_reports.activity_reports_allowed(self.rules(), day or self.today)

    def save_str(
        self,
        report_id: int,
        facts: str,
        decision: str = "",
        decided_on: dt.date | None = None,
    ) -> SuspiciousTransactionReport:
        """The case facts, and the decision if the STR has none yet (a decision is taken
        once: a later one given here is ignored). Under four-eyes the decision waits
        for a second officer (an approval request)."""
        with self.writing(FILE_REPORTS) as work:
            report = fiu_reports.update_facts(work.session, report_id, facts)
            if decision and not report.decision:
                if self._str_decision_needs_second(work):
                    self._hold_str_decision(work, report, decision, decided_on)
                else:
                    fiu_reports.decide(
                        work.session, report_id, decision, decided_on, work.rules, work.today
                    )
            return report

    def _str_decision_needs_second(self, work: Work) -> bool:
        team = four_eyes.team_mode(self.store)
        return four_eyes.needs_second(work.session, four_eyes.STR_DECISION, team)

    def _hold_str_decision(
        self,
        work: Work,
        report: SuspiciousTransactionReport,
        decision: str,
        decided_on: dt.date | None,
    ) -> ApprovalRequest | None:
        proposal = {
            "report_id": report.id,
            "decision": decision,
            "decided_on": (decided_on or work.today).isoformat(),
        }
        target = f"suspicious_transaction_report:{report.id}"
        return approvals.hold(work, self.store, four_eyes.STR_DECISION, target, proposal, "")

    def mark_reported(
        self, kind: str, report_id: int, reported_on: dt.date | None, reference: str
    ) -> SuspiciousTransactionReport | ThresholdReport | ApprovalRequest:
        """An STR (``kind`` "str") or a threshold report ("ttr") filed with the FIU. Under
        four-eyes, filing an STR becomes an approval request (returned)."""
        with self.writing(FILE_REPORTS) as work:
            if kind == "str":
                proposal = {
                    "report_id": report_id,
                    "reported_on": reported_on.isoformat() if reported_on else None,
                    "reference": reference,
                }
                target = f"suspicious_transaction_report:{report_id}"
                held = approvals.hold(
                    work, self.store, four_eyes.STR_FILING, target, proposal, reference
                )
                if held is not None:
                    return held
            return fiu_reports.mark_reported(
                work.session, kind, report_id, reported_on, reference, work.today
            )

    def retire_report(self, kind: str, report_id: int, reason: str) -> None:
        with self.writing() as work:
            fiu_reports.retire(work.session, kind, report_id, reason)

    def all_reports(self) -> list[dict[str, Any]]:
        """Every active STR and threshold report as plain data, by deadline."""
        with self.reading() as work:
            return fiu_report_listing.all_reports(work.session, work.rules, work.today)

    def write_str_draft(self, report_id: int, path: Path, lang: str = "en") -> Path:
        """The STR's draft for the FIU's form, as a PDF (labels in ``lang``: en, ru, kk)."""
        # Imported here: the PDF library loads only when a draft is written (start-up time).
        from ...reports.str_draft import write_str_draft

        with self.reading() as work:
            return write_str_draft(work.session, report_id, path, work.rules, work.today, lang)

    # --- counterparty providers -----------------------------------------------------------

    def provider_listing(self) -> vasps.ProviderListing:
        return vasps.ProviderListing()

    def provider(self, provider_id: int) -> CounterpartyProvider:
        with self.reading() as work:
            return vasps.get(work.session, provider_id)

    def save_provider(
        self, data: Mapping[str, Any], provider_id: int | None = None
    ) -> CounterpartyProvider:
        """A new provider (``provider_id`` None) or an edit; ``ValidationFailed`` names the
        fields that are wrong and nothing is written."""
        with self.writing() as work:
            return vasps.save(work.session, data, work.today, provider_id)

    def retire_provider(self, provider_id: int, reason: str) -> CounterpartyProvider:
        with self.writing() as work:
            return vasps.retire(work.session, provider_id, reason)

    def unregistered_providers(self) -> list[tuple[str, int]]:
        """Providers named in transactions but not in the register, with their transfers."""
        with self.reading() as work:
            return vasps.unregistered_names(work.session)
