"""The Screening page: the queue of hits, the customer and the list entry side by side
with the explanation of the score, the decision, and a run over every customer.

Also the Screening section of the Settings page: the thresholds and the false-positive
memory in force (rule-pack values), each with a button to override it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...i18n import format_date, format_datetime, tr
from ...progress import Progress
from ...registers.listing import ListQuery
from ...registers.screening.recording import RunOutcome
from ...registers.system.permissions import DECIDE_HITS
from ..approval_notice import sent_for_approval
from ..dialogs.hit_decision_dialog import HitDecisionDialog
from ..dialogs.hit_detail import HitDetailPanel
from ..dialogs.override_dialog import OverrideDialog
from ..notify import inform, warn
from ..style import WARNING
from ..table_view import (
    SearchableTable,
    fit_columns,
    hint_label,
    one_above_other,
    page_layout,
)
from ..tasks import Task, run_task


class ScreeningPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.screening = desk.screening
        self.window_ref = window
        self.listing = self.screening.hit_listing()
        self.queue = SearchableTable(
            self.screening,
            self.listing,
            ListQuery(filters={"status": "open"}, sort="score", descending=True),
            tr("Search names, lists, references… (any script)"),
            self,
            search_width=260,
        )
        self.model, self.table = self.queue.model, self.queue.table
        self.search, self.filter_boxes = self.queue.search, self.queue.filters
        self._sized = False
        self.task: Task | None = None
        self._build()
        self.model.refreshed.connect(self._on_refreshed)
        self.refresh()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout, heading = page_layout(self, tr("Screening"))
        self.count_label = hint_label(wrap=False)
        heading.addWidget(self.count_label)
        self.screen_button = QPushButton(tr("Screen all customers"))
        self.screen_button.setObjectName("primary")
        self.screen_button.clicked.connect(lambda: self.screen_all())
        heading.addWidget(self.screen_button)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {WARNING}; font-weight: 600;")
        layout.addWidget(self.banner)
        self.last_run = hint_label()
        layout.addWidget(self.last_run)
        layout.addLayout(self._toolbar())
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(one_above_other(self.table, self._detail(), (2, 3)), 1)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for widget in (self.search, *self.filter_boxes.values()):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _detail(self) -> QWidget:
        self.detail = HitDetailPanel(self.screening, self)
        self.detail.open_customer.clicked.connect(self._open_customer)
        self.detail.true_button.clicked.connect(lambda: self.decide("true_match"))
        self.detail.false_button.clicked.connect(lambda: self.decide("false_positive"))
        # what the signed-in officer's role may not do is not offered (the auditor reads)
        for button in (self.detail.true_button, self.detail.false_button):
            button.setVisible(self.screening.may(DECIDE_HITS))
        self.screen_button.setVisible(self.screening.may())
        return self.detail

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh()
        stale = self.screening.needs_rescreen()
        lists = self.screening.lists_in_force()
        if not lists:
            self.banner.setText(
                tr("No watchlist imported yet: import the lists on the Watchlists page first.")
            )
        elif stale:
            self.banner.setText(
                tr("The lists changed since the last full screening: screen all customers.")
            )
        self.banner.setVisible(not lists or stale)
        self.last_run.setText(self._last_run())

    def _last_run(self) -> str:
        run = self.screening.last_full_run()
        if run is None:
            return tr("No full screening run yet.")
        return tr(
            "Last full run {when} by {who}: {subjects} customers and owners against {lists}."
        ).format(
            when=format_datetime(run.finished_at),
            who=run.run_by,
            subjects=run.subjects,
            lists=run.lists,
        )

    def _on_refreshed(self, count: int) -> None:
        counts = self.screening.hit_counts()
        self.count_label.setText(
            tr("Open hits: {open} · shown: {shown}").format(open=counts.get("open", 0), shown=count)
        )
        if count and not self._sized:
            self._sized = True
            fit_columns(self.table, 320)
        if self.current_hit is not None and not self.select_id(self.current_hit, widen=False):
            self._show_hit(None)

    def select_id(self, hit_id: int, widen: bool = True) -> bool:
        """Select and show a hit; one the filters hide is shown with any status (when
        the Dashboard or the trail opens it)."""
        if self.model.row_of(hit_id) < 0 and widen and self.filter_boxes["status"].currentData():
            self.queue.show_any("status")
        row = self.model.row_of(hit_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_hit(hit_id)
        return True

    def selected_id(self) -> int | None:
        return self.queue.selected_id()

    def _show_selected(self) -> None:
        self._show_hit(self.selected_id())

    def _show_hit(self, hit_id: int | None) -> None:
        self.detail.show_hit(hit_id)

    @property
    def current_hit(self) -> int | None:
        return self.detail.current_hit

    # --- actions -----------------------------------------------------------------------

    def _open_customer(self) -> None:
        if self.detail.customer_id is not None and self.window_ref is not None:
            self.window_ref.open_record("customer", self.detail.customer_id)

    def decide(self, decision: str) -> HitDecisionDialog | None:
        if self.current_hit is None:
            inform(self, tr("Screening"), tr("Select a hit first."))
            return None
        dialog = HitDecisionDialog(self.screening, self.current_hit, decision, self)
        dialog.finished.connect(lambda result: self._decided(dialog) if result else None)
        dialog.open()
        return dialog

    def _decided(self, dialog: HitDecisionDialog) -> None:
        decision = dialog.decision
        assert decision is not None
        if sent_for_approval(self, decision):  # four-eyes: the hit stays open until approved
            self.changed.emit()
            return
        self.model.refresh()
        if not self.select_id(decision.hit_id, widen=False):
            self._show_hit(decision.hit_id)
        self.changed.emit()
        if decision.status == "true_match":
            steps = "\n".join(f"{n}. {s}" for n, s in enumerate(decision.next_steps, start=1))
            if decision.sanctions:
                title = tr("True match: act now")
                text = tr("Customer #{id} is flagged as a sanctions match.")
            else:
                title = tr("Confirmed list match")
                text = tr("Customer #{id} is confirmed on the firm's own list.")
            warn(
                self,
                title,
                text.format(id=decision.customer_id) + "\n\n" + steps,
                decision.version_note,
            )
        else:
            inform(
                self,
                tr("False positive"),
                tr(
                    "Remembered until {date} for this customer and this list entry, unless "
                    "either changes."
                ).format(date=format_date(decision.remembered_until)),
            )

    def screen_all(self) -> Task:
        def work(progress: Progress) -> RunOutcome | None:
            return self.screening.screen_all(progress)

        self.task = run_task(
            self, tr("Screening every customer and owner"), work, on_success=self._screened
        )
        return self.task

    def _screened(self, outcome: RunOutcome | None) -> None:
        self.refresh()
        self.changed.emit()
        if outcome is None:
            warn(self, tr("Screening"), tr("No watchlist imported yet: nothing was screened."))
        else:
            inform(self, tr("Screening"), outcome.summary())


class ScreeningSettingsSection(QWidget):
    """The Settings page's Screening section: the values in force, and Override…

    Built with the whole desk: the values come from its screening area, an override from
    the system area (the rules' desk, as on the Rules page)."""

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.screening = desk.screening
        self.system = desk.system
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for rule, _value in self.screening.settings_in_force():
            line = QHBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            self.values[rule.key] = label
            line.addWidget(label, 1)
            button = QPushButton(tr("Override…"))
            button.clicked.connect(lambda _c=False, k=rule.key: self.override(k))
            line.addWidget(button)
            title = tr(rule.title)  # "Screening: …" in any language: the section says it
            self.form.addRow(title.partition(": ")[2] or title, line)
        hint = hint_label(
            tr(
                "Rule-pack values (product defaults, mark P). An override applies from its "
                "date, with your reason, and is kept in the audit trail; the Rules page lists "
                "and withdraws overrides."
            )
        )
        self.form.addRow("", hint)
        self.refresh()

    def refresh(self) -> None:
        for rule, value in self.screening.settings_in_force():
            note = tr(" (officer override)") if value.overridden else ""
            self.values[rule.key].setText(f"{value.value} {tr(rule.unit)}{note}")

    def override(self, key: str) -> OverrideDialog:
        dialog = OverrideDialog(self.system, key, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog
