"""The Screening page: the queue of hits, the customer and the list entry side by side
with the explanation of the score, the decision, and a run over every customer.

Also the Screening section of the Settings page: the thresholds and the false-positive
memory in force (rule-pack values), each with a button to override it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.listing import ListQuery
from ...registers.screening import review as screening_review
from ...registers.screening import runs as screening
from ...registers.screening.listing import HitListing
from ...screening import settings as screening_rules
from ..dialogs.hit_decision_dialog import HitDecisionDialog
from ..dialogs.hit_detail import HitDetailPanel
from ..notify import inform, warn
from ..style import WARNING
from ..table_model import LazyTableModel
from ..tasks import Task, run_task


class ScreeningPage(QWidget):
    changed = Signal()

    def __init__(self, store: Any, window: Any = None) -> None:
        super().__init__()
        self.store = store
        self.window_ref = window
        self.listing = HitListing()
        self.model = LazyTableModel(store, self.listing, self)
        self.model.query = ListQuery(filters={"status": "open"}, sort="score", descending=True)
        self.filter_boxes: dict[str, QComboBox] = {}
        self._sized = False
        self.task: Task | None = None
        self._build()
        self.model.refreshed.connect(self._on_refreshed)
        self.refresh()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        title = QLabel(tr("Screening"))
        title.setObjectName("pageTitle")
        heading.addWidget(title)
        heading.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageHint")
        heading.addWidget(self.count_label)
        self.screen_button = QPushButton(tr("Screen all customers"))
        self.screen_button.setObjectName("primary")
        self.screen_button.clicked.connect(lambda: self.screen_all())
        heading.addWidget(self.screen_button)
        layout.addLayout(heading)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {WARNING}; font-weight: 600;")
        layout.addWidget(self.banner)
        self.last_run = QLabel()
        self.last_run.setObjectName("pageHint")
        self.last_run.setWordWrap(True)
        layout.addWidget(self.last_run)
        layout.addLayout(self._toolbar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search names, lists, references… (any script)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        bar.addWidget(self.search)
        self._rebuild_filters(bar)
        bar.addStretch(1)
        return bar

    def _rebuild_filters(self, bar: QHBoxLayout) -> None:
        with self.store.reading() as session:
            filters = self.listing.filters(session)
        for spec in filters:
            box = QComboBox()
            box.setToolTip(tr(spec.title))
            for value, label in spec.choices:
                box.addItem(tr(label), value)
            box.currentIndexChanged.connect(lambda _i: self.apply_query())
            self.filter_boxes[spec.key] = box
            bar.addWidget(box)

    def _detail(self) -> QWidget:
        self.detail = HitDetailPanel(self.store, self)
        self.detail.open_customer.clicked.connect(self._open_customer)
        self.detail.true_button.clicked.connect(lambda: self.decide("true_match"))
        self.detail.false_button.clicked.connect(lambda: self.decide("false_positive"))
        return self.detail

    # --- data --------------------------------------------------------------------------

    def apply_query(self) -> None:
        filters = {key: box.currentData() or "" for key, box in self.filter_boxes.items()}
        self.model.set_query(replace(self.model.query, search=self.search.text(), filters=filters))

    def refresh(self) -> None:
        self.model.refresh()
        with self.store.reading() as session:
            stale = screening.needs_rescreen(session)
            lists = screening.watchlists.active_versions(session)
            run = self._last_run(session)
        if not lists:
            self.banner.setText(
                tr("No watchlist imported yet: import the lists on the Watchlists page first.")
            )
        elif stale:
            self.banner.setText(
                tr("The lists changed since the last full screening: screen all customers.")
            )
        self.banner.setVisible(not lists or stale)
        self.last_run.setText(run)

    def _last_run(self, session: Any) -> str:
        from sqlalchemy import select

        from ...store.models.screening import ScreeningRun

        run = (
            session.execute(
                select(ScreeningRun)
                .where(ScreeningRun.scope == "all")
                .order_by(ScreeningRun.id.desc())
            )
            .scalars()
            .first()
        )
        if run is None:
            return tr("No full screening run yet.")
        return tr(
            "Last full run {when} by {who}: {subjects} customers and owners against {lists}."
        ).format(
            when=f"{run.finished_at:%d.%m.%Y %H:%M}",
            who=run.run_by,
            subjects=run.subjects,
            lists=run.lists,
        )

    def _on_refreshed(self, count: int) -> None:
        with self.store.reading() as session:
            counts = screening_review.status_counts(session)
        self.count_label.setText(
            tr("Open hits: {open} · shown: {shown}").format(open=counts.get("open", 0), shown=count)
        )
        if count and not self._sized:
            self._sized = True
            self._fit_columns()
        if self.current_hit is not None and not self.select_id(self.current_hit, widen=False):
            self._show_hit(None)

    def _fit_columns(self, widest: int = 320) -> None:
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, widest))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_id(self, hit_id: int, widen: bool = True) -> bool:
        """Select and show a hit; one the filters hide is shown with any status (when
        the Dashboard or the trail opens it)."""
        row = self.model.row_of(hit_id)
        if row < 0 and widen and self.filter_boxes["status"].currentData():
            self.filter_boxes["status"].setCurrentIndex(self.filter_boxes["status"].findData(""))
            row = self.model.row_of(hit_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_hit(hit_id)
        return True

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
        dialog = HitDecisionDialog(self.store, self.current_hit, decision, self)
        dialog.finished.connect(lambda result: self._decided(dialog) if result else None)
        dialog.open()
        return dialog

    def _decided(self, dialog: HitDecisionDialog) -> None:
        decision = dialog.decision
        assert decision is not None
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
                ).format(date=f"{decision.remembered_until:%d.%m.%Y}"),
            )

    def screen_all(self) -> Task:
        def work(progress: Any) -> Any:
            with self.store.transaction() as session:
                return screening.screen_all(
                    session, self.store.rules(session), dt.date.today(), progress
                )

        self.task = run_task(
            self, tr("Screening every customer and owner"), work, on_success=self._screened
        )
        return self.task

    def _screened(self, outcome: Any) -> None:
        self.refresh()
        self.changed.emit()
        if outcome is None:
            warn(self, tr("Screening"), tr("No watchlist imported yet: nothing was screened."))
        else:
            inform(self, tr("Screening"), outcome.summary())


class ScreeningSettingsSection(QWidget):
    """The Settings page's Screening section: the values in force, and Override…"""

    KEYS = (
        screening_rules.REVIEW_THRESHOLD,
        screening_rules.AUTO_CLEAR_THRESHOLD,
        screening_rules.FALSE_POSITIVE_MEMORY_MONTHS,
        screening_review.HIT_REVIEW_DAYS,
    )

    def __init__(self, store: Any, window: Any = None) -> None:
        super().__init__()
        self.store = store
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for key in self.KEYS:
            rule = store.pack.rule(key)
            line = QHBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            self.values[key] = label
            line.addWidget(label, 1)
            button = QPushButton(tr("Override…"))
            button.clicked.connect(lambda _c=False, k=key: self.override(k))
            line.addWidget(button)
            self.form.addRow(tr(rule.title.removeprefix("Screening: ")), line)
        hint = QLabel(
            tr(
                "Rule-pack values (product defaults, mark P). An override applies from its "
                "date, with your reason, and is kept in the audit trail; the Rules page lists "
                "and withdraws overrides."
            )
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.refresh()

    def refresh(self) -> None:
        rules = self.store.rules()
        today = dt.date.today()
        for key, label in self.values.items():
            value = rules.effective(key, today)
            unit = self.store.pack.rule(key).unit
            note = tr(" (officer override)") if value.overridden else ""
            label.setText(f"{value.value} {unit}{note}")

    def override(self, key: str) -> Any:
        from ..dialogs.override_dialog import OverrideDialog

        dialog = OverrideDialog(self.store, key, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog
