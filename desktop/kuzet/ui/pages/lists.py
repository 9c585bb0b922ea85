"""The Watchlists page: every list version with its date, hash and changes; importing a
new edition in the background (then re-screening everyone); the entries of a version,
searchable by name in any script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_date, format_datetime, plural, tr
from ...progress import Progress
from ...registers.errors import RegisterError, ValidationFailed
from ...registers.listing import ListQuery
from ...registers.screening.listing import VersionListing
from ...registers.screening.recording import RunOutcome
from ...registers.screening.watchlists import ListImport, import_warnings
from ..dialogs.list_import_dialog import ListImportDialog
from ..notify import inform, warn
from ..refusals import REFUSALS, error_text
from ..table_view import (
    SearchableTable,
    fit_columns,
    hint_label,
    one_above_other,
    page_layout,
)
from ..tasks import Task, run_task


def _search_row(search: QWidget, choice: QWidget, count: QLabel) -> QHBoxLayout:
    """A table's search box and filter on the left, its count on the right."""
    bar = QHBoxLayout()
    bar.addWidget(search)
    bar.addWidget(choice)
    bar.addStretch(1)
    bar.addWidget(count)
    return bar


class ListsPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.screening = desk.screening
        self.window_ref = window
        self.version_list = SearchableTable(
            self.screening,
            self.screening.version_listing(),
            ListQuery(filters={"state": "active"}),
            tr("Search list, file or hash…"),
            self,
        )
        self.versions, self.version_table = self.version_list.model, self.version_list.table
        self.search, self.state = self.version_list.search, self.version_list.filters["state"]
        self.entry_listing = self.screening.entry_listing()
        self.entry_list = SearchableTable(
            self.screening,
            self.entry_listing,
            ListQuery(sort="name"),
            tr("Search names in any script (Умаров, Umarov), references…"),
            self,
        )
        self.entries, self.entry_table = self.entry_list.model, self.entry_list.table
        self.entry_search, self.kind = self.entry_list.search, self.entry_list.filters["kind"]
        self.task: Task | None = None
        self._entries_sized = False
        self._build()
        self.versions.refreshed.connect(self._versions_refreshed)
        self.entries.refreshed.connect(self._entries_refreshed)
        self.refresh()

    def _build(self) -> None:
        layout, heading = page_layout(self, tr("Watchlists"))
        self.count_label = hint_label(wrap=False)  # shown on the search row, as register pages do
        self.withdraw_button = QPushButton(tr("Stop screening against…"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        heading.addWidget(self.withdraw_button)
        self.import_button = QPushButton(tr("Import list…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(lambda: self.import_dialog())
        heading.addWidget(self.import_button)
        for button in (self.withdraw_button, self.import_button):  # hidden from the auditor
            button.setVisible(self.screening.may())
        hint = hint_label(
            tr(
                "Customers and owners are screened against the lists in force. A new edition "
                "replaces its list's version in one step (the file's SHA-256 and the entries "
                "added, changed and removed are kept), and everyone is re-screened."
            )
        )
        layout.addWidget(hint)
        layout.addLayout(_search_row(self.search, self.state, self.count_label))
        self.version_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_entries()
        )
        layout.addWidget(one_above_other(self.version_table, self._entries_panel(), (1, 3)), 1)

    def _entries_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 6, 0, 0)
        self.entries_title = QLabel(tr("Select a version to see its entries."))
        self.entries_title.setStyleSheet("font-weight: 600;")
        self.entries_title.setWordWrap(True)
        column.addWidget(self.entries_title)
        self.entry_count = hint_label(wrap=False)
        column.addLayout(_search_row(self.entry_search, self.kind, self.entry_count))
        self.entry_table.setSortingEnabled(True)
        self.entry_table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        column.addWidget(self.entry_table, 1)
        return panel

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.versions.refresh()

    def _versions_refreshed(self, count: int) -> None:
        active = len(self.screening.lists_in_force())
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
            fit_columns(self.entry_table, 340)

    def selected_version(self) -> int | None:
        return self.version_list.selected_id()

    def select_id(self, version_id: int) -> bool:
        if self.versions.row_of(version_id) < 0 and self.state.currentData():
            self.version_list.show_any("state")
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
            version = self.screening.list_version(version_id)
            published = format_date(version.published_on) if version.published_on else "—"
            self.entries_title.setText(
                tr(
                    "{list} version #{id} ({state}): published {published}, imported "
                    "{imported} by {who} from {files}; SHA-256 {sha}"
                ).format(
                    list=version.list_name,
                    id=version.id,
                    state=VersionListing.state(version),
                    published=published,
                    imported=format_datetime(version.created_at),
                    who=version.imported_by,
                    files=version.files,
                    sha=version.sha256,
                )
            )
            kept = import_warnings(version)
            if kept:
                self.entries_title.setText(
                    self.entries_title.text()
                    + "\n"
                    + plural(
                        len(kept),
                        tr(
                            "{count} warning at import: {first}|{count} warnings at import: {first}"
                        ),
                    ).format(count=len(kept), first=kept[0] + (" …" if len(kept) > 1 else ""))
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

        def work(progress: Progress) -> list[ListImport]:
            return self.screening.import_lists(list_format, paths, name, progress)

        self.task = run_task(
            self,
            tr("Importing {files}").format(files=", ".join(Path(p).name for p in paths)),
            work,
            on_success=self._imported,
            on_error=self._import_failed,
        )
        return self.task

    def _imported(self, results: list[ListImport]) -> None:
        self.refresh()
        self.changed.emit()
        summary = "\n".join(r.summary() for r in results)
        # What the files held irregular but was kept: shown in the details of the message.
        self.kept_warnings = [w for r in results for w in r.warnings]
        if all(r.already_imported for r in results):
            inform(self, tr("Import"), summary)
            return
        self._rescreen(tr("Re-screening every customer and owner against the new lists"), summary)

    def _rescreen(self, title: str, summary: str) -> None:
        """Re-screen everyone in a task (and a transaction) of its own, then tell both."""

        def work(progress: Progress) -> RunOutcome | None:
            return self.screening.screen_all(progress, trigger="list import")

        self.task = run_task(
            self, title, work, on_success=lambda outcome: self._rescreened(summary, outcome)
        )

    def _rescreened(self, summary: str, outcome: RunOutcome | None) -> None:
        self.changed.emit()
        screening_page = self.window_ref.pages.get("screening") if self.window_ref else None
        if screening_page is not None:
            screening_page.refresh()
        text = f"{summary}\n\n{outcome.summary() if outcome else ''}".strip()
        warnings = getattr(self, "kept_warnings", [])
        if warnings:
            forms = tr(
                "{count} value was kept in another form (see the details): a 10-digit "
                "national identifier is not used as an IIN; an irregular birth date is kept "
                "as its year and as written.|{count} values were kept in another form (see the "
                "details): a 10-digit national identifier is not used as an IIN; an irregular "
                "birth date is kept as its year and as written."
            )
            text += "\n\n" + plural(len(warnings), forms).format(count=len(warnings))
        inform(self, tr("Import"), text, "\n".join(warnings))

    def _import_failed(self, error: Exception) -> None:
        problems = getattr(error, "problems", None)
        if problems:  # ListRejected: each problem inline, naming its file, line and field
            from ..dialogs.import_problems import show_import_problems

            self.problems_dialog = show_import_problems(self, "", problems)
            return
        if isinstance(error, ValidationFailed):  # the officer's words, not field keys
            text = "\n".join(error.field_errors.values())
        else:
            text = tr("Nothing was imported: {error}").format(error=error_text(error))
        warn(self, tr("Import refused"), text)

    def withdraw_selected(self, reason: str | None = None) -> bool:
        version_id = self.selected_version()
        if version_id is None:
            inform(self, tr("Watchlists"), tr("Select the list's version in force first."))
            return False
        version = self.screening.list_version(version_id)
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
            self.screening.withdraw_list(version.list_name, reason)
        except (RegisterError, *REFUSALS) as exc:
            warn(self, tr("Watchlists"), error_text(exc))
            return False
        self.refresh()
        self.changed.emit()
        self._rescreen(
            tr("Re-screening every customer and owner without {list}").format(
                list=version.list_name
            ),
            tr("{list} is no longer screened against.").format(list=version.list_name),
        )
        return True
