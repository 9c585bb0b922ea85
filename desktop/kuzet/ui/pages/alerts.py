"""The Alerts page: what the monitoring rules found, open alerts first, with the reason,
the rule's parameters and the transactions; close as explained with a note, or escalate
to a suspicious transaction report (its deadline is shown once decided)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from ...i18n import format_date, plural, tr
from ...progress import Progress
from ...registers.monitoring.fiu_reports import ids_of
from ...registers.monitoring.runs import RunSummary
from ...registers.system.permissions import FILE_REPORTS, RUN_SCREENING
from ..dialogs.alert_knowledge_test import KnowledgeTestDialog
from ..dialogs.alert_review import AlertReviewDialog
from ..dialogs.str_escalate import EscalateDialog
from ..dialogs.str_report import open_dialog, tipping_off_label
from ..form import hint_label
from ..notify import inform
from ..register_page import RegisterPage
from ..tasks import run_task


def run_monitoring(parent: QWidget, monitoring: Any, after: Callable[[], None]) -> Any:
    """Run the rules in the background (``monitoring``: the MonitoringDesk); tell the
    officer what they found."""

    def work(progress: Progress) -> RunSummary:
        return monitoring.run_monitoring(progress)

    def done(summary: RunSummary) -> None:
        after()
        new = sum(summary.new_alerts.values())
        inform(
            parent,
            tr("Monitoring"),
            tr("Monitoring done: {alerts}, {reports} opened.").format(
                alerts=plural(new, tr("{count} new alert|{count} new alerts")).format(count=new),
                reports=plural(
                    summary.threshold_reports,
                    tr("{count} threshold report|{count} threshold reports"),
                ).format(count=summary.threshold_reports),
            ),
            "\n".join(summary.lines()),
        )

    return run_task(parent, tr("Running the monitoring rules"), work, on_success=done)


class AlertsPage(RegisterPage):
    title = "Alerts"
    hint = (
        "What the monitoring rules found. Review each open alert: close it as explained with "
        "a note, or escalate it to a suspicious transaction report (STR)."
    )
    noun = "alert"
    key_columns = (
        "severity",
        "detected_on",
        "rule",
        "customer",
        "reason",
        "status",
    )  # in view at 1366 px
    noun_plural = "alerts"
    export_sheet = "alerts"
    search_placeholder = "Search reason, rule, customer…"
    empty_text = (
        "No alerts.\n\nImport transactions on the Transactions page, then run the monitoring "
        "rules with Run monitoring."
    )
    can_create = False
    can_import = False
    can_retire = False

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.monitoring = desk.monitoring
        super().__init__(self.monitoring, self.monitoring.alert_listing())
        self.window_ref = window
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.body), tipping_off_label())
        row = QHBoxLayout()
        for key, label, slot in (
            ("explain", tr("Close as explained…"), self.explain_selected),
            ("escalate", tr("Escalate to STR…"), self.escalate_selected),
            ("transactions", tr("Show transactions"), self.show_transactions),
            ("knowledge_test", tr("Knowledge test…"), self.knowledge_test),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["monitor"] = QPushButton(tr("Run monitoring"))
        self.buttons["monitor"].clicked.connect(self.run_monitoring)
        row.addWidget(self.buttons["monitor"])
        needs = {"explain": None, "escalate": FILE_REPORTS, "knowledge_test": None}
        needs["monitor"] = RUN_SCREENING
        for key, permission in needs.items():  # not offered to a role that may not
            self.buttons[key].setVisible(self.monitoring.may(permission))
        outer.insertLayout(outer.indexOf(self.body), row)
        self.detail = hint_label()
        self.detail.setMinimumHeight(60)
        outer.addWidget(self.detail)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_detail())
        self.model.modelReset.connect(self.show_detail)
        self.apply_query()  # the status filter starts on "Open alerts"

    # --- the selected alert -----------------------------------------------------------

    def show_detail(self) -> None:
        alert_id = self.selected_id()
        if alert_id is None:
            self.detail.setText(tr("Select an alert to see its rule, reason and transactions."))
            return
        s = self.monitoring.alert_summary(alert_id)
        self.detail.setText(f"{s.rule} — {s.customer}\n{s.reason}\n{s.basis}\n{s.transactions}")

    def _need_selection(self) -> int | None:
        alert_id = self.selected_id()
        if alert_id is None:
            inform(self, tr(self.title), tr("Select an alert first."))
        return alert_id

    def edit_record(self, record_id: int) -> AlertReviewDialog:
        dialog = AlertReviewDialog(self.monitoring, record_id, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.after_change(record_id)
            elif dialog.escalate_requested:
                self.escalate(record_id)

        dialog.finished.connect(finished)
        dialog.open()
        self.review_dialog = dialog
        return dialog

    def explain_selected(self) -> AlertReviewDialog | None:
        alert_id = self._need_selection()
        return None if alert_id is None else self.edit_record(alert_id)

    def escalate_selected(self) -> EscalateDialog | None:
        alert_id = self._need_selection()
        return None if alert_id is None else self.escalate(alert_id)

    def escalate(self, alert_id: int) -> EscalateDialog:
        dialog = EscalateDialog(self.monitoring, alert_id, self)
        self.escalate_dialog = open_dialog(dialog, lambda: self._escalated(dialog))
        return dialog

    def _escalated(self, dialog: EscalateDialog) -> None:
        self.after_change(dialog.alert_id)
        report = dialog.report
        if report.deadline is not None:
            text = tr("STR #{id} opened: report it to the FIU by {date}.").format(
                id=report.id, date=format_date(report.deadline)
            )
        elif dialog.decision.currentData() and not report.decision:  # four-eyes holds it
            text = tr(
                "Case STR #{id} opened. The decision to report waits for a second officer on "
                "the Approvals page."
            ).format(id=report.id)
        else:
            text = tr("Case STR #{id} opened: record the decision on the FIU reports page.").format(
                id=report.id
            )
        inform(self, tr("Escalated"), text)

    def show_transactions(self) -> None:
        alert_id = self._need_selection()
        if alert_id is None or self.window_ref is None:
            return
        ids = ids_of(self.monitoring.alert(alert_id).transaction_ids)
        page = self.window_ref.show_page("transactions")
        if page is not None:
            page.show_ids(ids, tr("Transactions of alert #{id}").format(id=alert_id))

    def knowledge_test(self) -> KnowledgeTestDialog | None:
        alert_id = self._need_selection()
        if alert_id is None:
            return None
        customer_id = self.monitoring.alert(alert_id).customer_id
        dialog = KnowledgeTestDialog(self.monitoring, customer_id, self)
        dialog.open()
        self.knowledge_dialog = dialog
        return dialog

    def run_monitoring(self) -> Any:
        return run_monitoring(self, self.monitoring, self.after_change)
