"""The Watchlists page: every list version with its date, hash and changes; importing a
new edition in the background (then re-screening everyone); the entries of a version,
searchable by name in any script."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...progress import Progress
from ...registers.errors import RegisterError, ValidationFailed
from ...registers.listing import ListQuery
from ...registers.screening import runs as screening
from ...registers.screening import watchlists
from ...registers.screening.listing import EntryListing, VersionListing
from ..dialogs.list_import_dialog import ListImportDialog
from ..notify import inform, warn
from ..table_model import LazyTableModel
from ..tasks import Task, run_task


def _table(model: LazyTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _search_box(placeholder: str, slot: Any, parent: QWidget) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(240)
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(150)
    timer.timeout.connect(slot)
    box.textChanged.connect(lambda _t: timer.start())
    return box


class ListsPage(QWidget):
    changed = Signal()

    def __init__(self, store: Any, window: Any = None) -> None:
        super().__init__()
        self.store = store
        self.window_ref = window
        self.versions = LazyTableModel(store, VersionListing(), self)
        self.versions.query = ListQuery(filters={"state": "active"})
        self.entry_listing = EntryListing()
        self.entries = LazyTableModel(store, self.entry_listing, self)
        self.entries.query = ListQuery(sort="name")
        self.task: Task | None = None
        self._entries_sized = False
        self._build()
        self.versions.refreshed.connect(self._versions_refreshed)
        self.entries.refreshed.connect(self._entries_refreshed)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        title = QLabel(tr("Watchlists"))
        title.setObjectName("pageTitle")
        heading.addWidget(title)
        heading.addStretch(1)
        self.count_label = QLabel()  # on the search row, like the register pages' counts
        self.count_label.setObjectName("pageHint")
        self.withdraw_button = QPushButton(tr("Stop screening against…"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        heading.addWidget(self.withdraw_button)
        self.import_button = QPushButton(tr("Import list…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(lambda: self.import_dialog())
        heading.addWidget(self.import_button)
        layout.addLayout(heading)
        hint = QLabel(
            tr(
                "Customers and owners are screened against the lists in force. A new edition "
                "replaces its list's version in one step (the file's SHA-256 and the entries "
                "added, changed and removed are kept), and everyone is re-screened."
            )
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        bar = QHBoxLayout()
        self.search = _search_box(tr("Search list, file or hash…"), self.apply_query, self)
        bar.addWidget(self.search)
        self.state = QComboBox()
        with self.store.reading() as session:
            (spec,) = self.versions.listing.filters(session)
        for value, label in spec.choices:
            self.state.addItem(tr(label), value)
        self.state.currentIndexChanged.connect(lambda _i: self.apply_query())
        bar.addWidget(self.state)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.version_table = _table(self.versions)
        self.version_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_entries()
        )
        splitter.addWidget(self.version_table)
        splitter.addWidget(self._entries_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

    def _entries_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 6, 0, 0)
        self.entries_title = QLabel(tr("Select a version to see its entries."))
        self.entries_title.setStyleSheet("font-weight: 600;")
        self.entries_title.setWordWrap(True)
        column.addWidget(self.entries_title)
        bar = QHBoxLayout()
        self.entry_search = _search_box(
            tr("Search names in any script (Умаров, Umarov), references…"),
            self.apply_entry_query,
            self,
        )
        bar.addWidget(self.entry_search)
        self.kind = QComboBox()
        with self.store.reading() as session:
            (spec,) = self.entry_listing.filters(session)
        for value, label in spec.choices:
            self.kind.addItem(tr(label), value)
        self.kind.currentIndexChanged.connect(lambda _i: self.apply_entry_query())
        bar.addWidget(self.kind)
        bar.addStretch(1)
        self.entry_count = QLabel()
        self.entry_count.setObjectName("pageHint")
        bar.addWidget(self.entry_count)
        column.addLayout(bar)
        self.entry_table = _table(self.entries)
        self.entry_table.setSortingEnabled(True)
        self.entry_table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        column.addWidget(self.entry_table, 1)
        return panel

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.versions.refresh()

    def apply_query(self) -> None:
        query = replace(
            self.versions.query,
            search=self.search.text(),
            filters={"state": self.state.currentData()},
        )
        self.versions.set_query(query)

    def apply_entry_query(self) -> None:
        query = replace(
            self.entries.query,
            search=self.entry_search.text(),
            filters={"kind": self.kind.currentData() or ""},
        )
        self.entries.set_query(query)

    def _versions_refreshed(self, count: int) -> None:
        with self.store.reading() as session:
            active = len(watchlists.active_versions(session))
        self.count_label.setText(
            tr("Lists in force: {active} · versions shown: {count}").format(
                active=active, count=count
            )
        )
        if count and not self.version_table.selectionModel().selectedRows():
            self.version_table.selectRow(0)
        if count:
            self.version_table.resizeColumnsToContents()

    def _entries_refreshed(self, count: int) -> None:
        self.entry_count.setText(tr("Entries shown: {count}").format(count=count))
        if count and not self._entries_sized:
            self._entries_sized = True
            header = self.entry_table.horizontalHeader()
            header.setResizeContentsPrecision(50)
            self.entry_table.resizeColumnsToContents()
            for column in range(self.entries.columnCount() - 1):
                header.resizeSection(column, min(header.sectionSize(column) + 12, 340))

    def selected_version(self) -> int | None:
        rows = self.version_table.selectionModel().selectedRows()
        return self.versions.id_at(rows[0].row()) if rows else None

    def select_id(self, version_id: int) -> bool:
        row = self.versions.row_of(version_id)
        if row < 0 and self.state.currentData():
            self.state.setCurrentIndex(self.state.findData(""))
            row = self.versions.row_of(version_id)
        if row < 0:
            return False
        self.version_table.selectRow(row)
        return True

    def _show_entries(self) -> None:
        version_id = self.selected_version()
        if version_id != self.entry_listing.version_id:
            self._entries_sized = False  # fit the columns to the new version's entries
        self.entry_listing.version_id = version_id
        if version_id is None:
            self.entries_title.setText(tr("Select a version to see its entries."))
        else:
            with self.store.reading() as session:
                version = watchlists.get_version(session, version_id)
                state = VersionListing.state(version)
            published = f"{version.published_on:%d.%m.%Y}" if version.published_on else "—"
            self.entries_title.setText(
                tr(
                    "{list} version #{id} ({state}): published {published}, imported "
                    "{imported} by {who} from {files}; SHA-256 {sha}"
                ).format(
                    list=version.list_name,
                    id=version.id,
                    state=state,
                    published=published,
                    imported=f"{version.created_at:%d.%m.%Y %H:%M}",
                    who=version.imported_by,
                    files=version.files,
                    sha=version.sha256,
                )
            )
        self.entries.refresh()

    # --- import ------------------------------------------------------------------------

    def import_dialog(self) -> ListImportDialog:
        dialog = ListImportDialog(self)
        dialog.finished.connect(
            lambda result: self._start_from(dialog.values()) if result else None
        )
        dialog.open()
        return dialog

    def _start_from(self, values: dict[str, Any]) -> Task:
        return self.start_import(values["format"], values["paths"], values["name"])

    def start_import(self, list_format: str, paths: list[Path], name: str = "") -> Task:
        """Import in the background; then re-screen every customer (its own task)."""

        def work(progress: Progress) -> list[watchlists.ListImport]:
            with self.store.transaction() as session:
                return watchlists.import_list(session, list_format, paths, progress, name=name)

        self.task = run_task(
            self,
            tr("Importing {files}").format(files=", ".join(Path(p).name for p in paths)),
            work,
            on_success=self._imported,
            on_error=self._import_failed,
        )
        return self.task

    def _imported(self, results: list[watchlists.ListImport]) -> None:
        self.refresh()
        self.changed.emit()
        summary = "\n".join(r.summary() for r in results)
        if all(r.already_imported for r in results):
            inform(self, tr("Import"), summary)
            return
        self.task = run_task(
            self,
            tr("Re-screening every customer and owner against the new lists"),
            self._rescreen,
            on_success=lambda outcome: self._rescreened(summary, outcome),
        )

    def _rescreen(self, progress: Progress) -> Any:
        with self.store.transaction() as session:
            return screening.screen_all(
                session, self.store.rules(session), dt.date.today(), progress, trigger="list import"
            )

    def _rescreened(self, summary: str, outcome: Any) -> None:
        self.changed.emit()
        screening_page = self.window_ref.pages.get("screening") if self.window_ref else None
        if screening_page is not None:
            screening_page.refresh()
        inform(self, tr("Import"), f"{summary}\n\n{outcome.summary() if outcome else ''}".strip())

    def _import_failed(self, error: Exception) -> None:
        problems = getattr(error, "problems", None)
        if problems:  # ListRejected: the count here, each problem in the details
            text = tr(
                "Nothing was imported: {count} problem(s). Correct the file and import it again."
            ).format(count=len(problems))
        elif isinstance(error, ValidationFailed):  # the officer's words, not field keys
            text = "\n".join(error.field_errors.values())
        else:
            text = tr("Nothing was imported: {error}").format(error=error)
        warn(self, tr("Import refused"), text, "\n".join(str(p) for p in problems or ()))

    def withdraw_selected(self, reason: str | None = None) -> bool:
        version_id = self.selected_version()
        if version_id is None:
            inform(self, tr("Watchlists"), tr("Select the list's version in force first."))
            return False
        with self.store.reading() as session:
            version = watchlists.get_version(session, version_id)
        if not version.active:
            inform(self, tr("Watchlists"), tr("This version is not in force."))
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                tr("Stop screening against {list}").format(list=version.list_name),
                tr("The list's versions are kept. Reason (goes in the audit trail):"),
            )
            if not ok:
                return False
        try:
            with self.store.transaction() as session:
                watchlists.withdraw_list(session, version.list_name, reason)
        except RegisterError as exc:
            warn(self, tr("Watchlists"), str(exc))
            return False
        self.refresh()
        self.changed.emit()
        self.task = run_task(
            self,
            tr("Re-screening every customer and owner without {list}").format(
                list=version.list_name
            ),
            self._rescreen,
            on_success=lambda outcome: self._rescreened(
                tr("{list} is no longer screened against.").format(list=version.list_name),
                outcome,
            ),
        )
        return True
