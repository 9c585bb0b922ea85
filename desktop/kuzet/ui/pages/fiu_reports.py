"""The FIU reports page: suspicious transaction reports and threshold reports, with their
deadlines in business days (Kazakhstan's public holidays), overdue ones in red, a
tipping-off banner, "mark as reported" with the FIU reference, and the STR draft (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import language, tr
from ...progress import Progress
from ...registers.monitoring import fiu_reports
from ...registers.monitoring.freeze import FREEZE
from ...registers.system.permissions import FILE_REPORTS
from ..dialogs.str_activity import ActivityReportDialog
from ..dialogs.str_report import MarkReportedDialog, StrCaseDialog, open_dialog, tipping_off_label
from ..notify import inform
from ..register_page import RegisterPage
from ..tasks import run_task


class _ReportList(RegisterPage):
    """What both lists share: no new or import; Mark as reported."""

    can_create = False
    can_import = False
    edit_writes = True  # Edit marks the report (hidden for a role that only reads)
    kind = ""

    def __init__(self, monitoring: Any, listing: Any) -> None:
        self.monitoring = monitoring  # registers/monitoring/desk.py
        super().__init__(monitoring, listing)
        self.extra = QHBoxLayout()
        self.mark_button = QPushButton(tr("Mark as reported…"))
        self.mark_button.clicked.connect(self.mark_selected)
        self.extra.addWidget(self.mark_button)
        self.mark_button.setVisible(monitoring.may(FILE_REPORTS))  # hidden if the role may not
        outer = self.layout()
        outer.insertLayout(outer.indexOf(self.body), self.extra)

    def retire_record(self, record_id: int, reason: str) -> None:
        self.monitoring.retire_report(self.kind, record_id, reason)

    def mark_selected(self) -> MarkReportedDialog | None:
        record_id = self.selected_id()
        if record_id is None:
            inform(self, tr(self.title), tr("Select a report first."))
            return None
        dialog = MarkReportedDialog(self.monitoring, self.kind, record_id, self)
        self.mark_dialog = open_dialog(dialog, lambda: self.after_change(record_id))
        return dialog


class StrList(_ReportList):
    title = "Suspicious transaction reports"
    hint = (
        "Cases escalated from alerts, and from 1 Apr 2026 reports of a client's suspicious "
        "activity without an operation (the Reports column says which). Once decided "
        "suspicious, the STR is due within the rule pack's business days of the decision "
        "(monitoring.str.deadline_business_days, unconfirmed [U]); business days follow "
        "Kazakhstan's public holidays."
    )
    noun = "STR"
    noun_plural = "STRs"
    search_placeholder = "Search customer, facts, FIU reference…"
    empty_text = "No suspicious transaction reports.\n\nEscalate an alert on the Alerts page."
    kind = fiu_reports.STR
    export_sheet = "STRs"
    editor = StrCaseDialog  # the case facts and the decision

    def __init__(self, monitoring: Any) -> None:
        super().__init__(monitoring, monitoring.str_listing())
        self.pdf_button = QPushButton(tr("STR draft (PDF)…"))
        self.pdf_button.clicked.connect(self.draft_dialog)
        self.extra.addWidget(self.pdf_button)
        # From 1 Apr 2026 a report may concern a client's activity with no transaction.
        self.activity_button = QPushButton(tr("Report client activity…"))
        self.activity_button.setToolTip(
            tr(
                "An STR on a client's suspicious activity without an operation (IP addresses, "
                "devices, behaviour): from 1 Apr 2026 (monitoring.str.covers_activity)."
            )
        )
        self.activity_button.clicked.connect(self.activity_dialog)
        self.extra.addWidget(self.activity_button)
        self.activity_button.setVisible(self.monitoring.may(FILE_REPORTS))
        self.extra.addStretch(1)

    def activity_dialog(self) -> ActivityReportDialog:
        dialog = ActivityReportDialog(self.monitoring, parent=self)
        self.activity = open_dialog(dialog, lambda: self.after_change(dialog.saved_id))
        return dialog

    def draft_dialog(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            inform(self, tr(self.title), tr("Select an STR first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the STR draft"), f"STR-{record_id}-draft.pdf", "PDF (*.pdf)"
        )
        if name:
            self.write_draft(record_id, Path(name))

    def write_draft(self, record_id: int, path: Path):  # -> Task
        def work(progress: Progress) -> Path:
            progress.step(0, 0, tr("Writing {file}").format(file=path.name))
            # in the window's language (the command line chooses with --lang)
            return self.monitoring.write_str_draft(record_id, path, language())

        return run_task(
            self,
            tr("STR draft"),
            work,
            on_success=lambda written: inform(
                self, tr("STR draft"), tr("Written to {path}.").format(path=written)
            ),
        )


class TtrList(_ReportList):
    title = "Threshold reports"
    hint = (
        "Threshold transactions found by the monitoring rules, by the catalogue of Law "
        "No. 191-IV Art. 4 (monitoring.threshold_reports: e.g. 5,000,000 KZT with offshore "
        "zones or anonymous accounts): each is reported no later than the business day after "
        "the transaction (monitoring.ttr.deadline_business_days [V])."
    )
    noun = "threshold report"
    noun_plural = "threshold reports"
    search_placeholder = "Search customer, FIU reference…"
    empty_text = "No threshold reports.\n\nThey are opened when the monitoring rules run."
    kind = fiu_reports.TTR
    export_sheet = "Threshold reports"

    def __init__(self, monitoring: Any) -> None:
        super().__init__(monitoring, monitoring.ttr_listing())
        self.extra.addStretch(1)

    def edit_record(self, record_id: int) -> MarkReportedDialog | None:
        return self.mark_selected()


class FreezeList(_ReportList):
    title = "Freeze notifications"
    hint = (
        "The FIU is told when a customer is frozen (a confirmed sanctions match, or the "
        "officer's freeze) and of any operation of a frozen customer, within the rule pack's "
        "business days (monitoring.freeze_notification.deadline_business_days, unconfirmed [U])."
    )
    noun = "freeze notification"
    noun_plural = "freeze notifications"
    search_placeholder = "Search customer, FIU reference…"
    empty_text = "No freeze notifications.\n\nThey are drafted when a customer is frozen."
    kind = FREEZE
    export_sheet = "Freeze notifications"

    def __init__(self, monitoring: Any) -> None:
        super().__init__(monitoring, monitoring.freeze_listing())
        self.extra.addStretch(1)

    def edit_record(self, record_id: int) -> MarkReportedDialog | None:
        return self.mark_selected()


class FiuReportsPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.window_ref = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 0)
        title = QLabel(tr("Reports to the FIU"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.banner = tipping_off_label()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.strs = StrList(desk.monitoring)
        self.ttrs = TtrList(desk.monitoring)
        self.freezes = FreezeList(desk.monitoring)
        self.tabs.addTab(self.strs, tr("Suspicious transaction reports"))
        self.tabs.addTab(self.ttrs, tr("Threshold reports"))
        self.tabs.addTab(self.freezes, tr("Freeze notifications"))
        for page in (self.strs, self.ttrs, self.freezes):
            page.changed.connect(self.changed.emit)

    def refresh(self) -> None:
        self.strs.refresh()
        self.ttrs.refresh()
        self.freezes.refresh()

    def select_record(self, register: str, record_id: int) -> bool:
        pages = {"threshold_report": self.ttrs, "freeze_notification": self.freezes}
        page = pages.get(register, self.strs)
        self.tabs.setCurrentWidget(page)
        return page.select_id(record_id)

    def select_id(self, record_id: int) -> bool:
        """Select ``record_id`` in the tab shown, else in the other one (the main window
        does not say which register it means; ``select_record`` does)."""
        current = self.tabs.currentWidget()
        others = [p for p in (self.strs, self.ttrs, self.freezes) if p is not current]
        for page in (current, *others):
            if page.select_id(record_id):
                self.tabs.setCurrentWidget(page)
                return True
        return False

    @property
    def show_retired(self) -> Any:
        return self.tabs.currentWidget().show_retired
