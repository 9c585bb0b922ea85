"""The page every register shares: search, filters, a lazy table, and the record actions.

A register page subclasses ``RegisterPage`` and supplies its listing and what New, Edit,
Retire, Import and Export do. Search, filtering and sorting run in SQL through the
listing; import and export run in the background with progress and cancel.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ..i18n import format_number, tr
from ..progress import Progress
from ..registers.errors import ImportRejected, RegisterError
from ..registers.listing import Listing, ListQuery
from ..store.audit import NotSignedIn
from .notify import inform, warn
from .refusals import error_text
from .table_model import LazyTableModel
from .table_view import ColumnFitter, heading_row, hint_label, record_table
from .tasks import run_task

SEARCH_DELAY_MS = 150


class FilterBox(QComboBox):
    """A filter's choices: as wide as its longest choice where there is room, down to a
    few letters where there is not (so a row of filters never makes the window wider
    than a laptop screen)."""

    SHORTEST = 8  # characters shown at the least
    LONGEST = 28  # and at the most (the open list shows every choice whole)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _width_for(self, characters: int) -> int:
        return self.fontMetrics().averageCharWidth() * characters + 36  # + the arrow

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._width_for(self.LONGEST)), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._width_for(self.SHORTEST)), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The choice as the style draws it, but ending in "…" where the box is narrower
        than the text (not cut off mid-letter); the tooltip names the filter."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current choice as the closed box shows it: whole, or ending in "…"."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(0, field.width() - 4)
        )


class RegisterPage(QWidget):
    """A register's list with its toolbar. Subclasses fill in the record actions.

    The text attributes below are written in English and translated when shown
    (``packaging/translations.py`` extracts them from every page class).
    """

    changed = Signal()  # a record was added, edited, retired or imported

    title = "Register"
    hint = ""
    noun = "record"
    noun_plural = "records"
    export_sheet = "Records"  # the XLSX sheet's name
    search_placeholder = "Search…"
    empty_text = "Nothing here yet."
    can_create = True
    can_import = True
    can_retire = True
    edit_writes = False  # True: Edit opens a form that saves (hidden when the role may not)
    # The listing's columns that stay in view on a narrow window (a 1366-pixel laptop);
    # the others hide there, the rightmost first, and show in the row's tooltip.
    key_columns: tuple[str, ...] = ()

    def __init__(self, area: Any, listing: Listing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area  # the register's area desk (registers/area.py)
        self.listing = listing
        self.model = LazyTableModel(self.area, listing, self)
        self.filter_boxes: dict[str, QComboBox] = {}
        self._build()
        self.model.refreshed.connect(self._on_refreshed)
        self._sized = False
        self._set_default_sort()
        self.table.setSortingEnabled(True)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        heading = heading_row(tr(self.title))
        # The actions sit beside the title; the search, the filters and the count on a row
        # of their own: in one row they made the window wider than a 1366-pixel laptop
        # screen in Kazakh.
        toolbar = self._toolbar()
        heading.addLayout(self.action_row)
        self.count_label = hint_label(wrap=False)
        toolbar.addWidget(self.count_label)
        layout.addLayout(heading)
        if self.hint:
            layout.addWidget(hint_label(tr(self.hint)))
        layout.addLayout(toolbar)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        keys = [c.key for c in self.listing.columns]
        self.column_fitter = ColumnFitter(
            self.table, [keys.index(k) for k in self.key_columns if k in keys]
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(tr(self.empty_text))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Return"), self.table, activated=self.edit_selected)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr(self.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        bar.addWidget(self.search)
        for spec in self.area.filters(self.listing):
            box = FilterBox()
            box.setAccessibleName(tr(spec.title))
            box.setToolTip(tr(spec.title))
            for value, label in spec.choices:
                box.addItem(tr(label), value)
            box.currentIndexChanged.connect(lambda _i: self.apply_query())
            self.filter_boxes[spec.key] = box
            bar.addWidget(box)
        self.show_retired = QCheckBox(tr("Show retired"))
        self.show_retired.toggled.connect(lambda _on: self.apply_query())
        bar.addWidget(self.show_retired)
        bar.addStretch(1)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        actions = [
            ("new", tr("New"), self.new_record, self.can_create),
            ("edit", tr("Edit"), self.edit_selected, True),  # "Open" for a role that reads
            ("retire", tr("Retire…"), self.retire_selected, self.can_retire),
            ("import", tr("Import…"), self.import_dialog, self.can_import),
            ("export", tr("Export…"), self.export_dialog, True),
        ]
        writes = self.area.may()  # the signed-in officer's role (the auditor only reads)
        for key, label, slot, enabled in actions:
            if not enabled or (key in ("new", "retire", "import") and not writes):
                continue
            if key == "edit" and self.edit_writes and not writes:
                continue  # Edit opens a form that saves: hidden, as New is
            if key == "edit" and not writes:
                label = tr("Open")  # the record opens to be read
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            if key == "new":
                button.setObjectName("primary")
                button.setShortcut(QKeySequence.StandardKey.New)
                button.setToolTip(tr("New (Ctrl+N)"))
            self.buttons[key] = button
            self.action_row.addWidget(button)
        return bar

    def _set_default_sort(self) -> None:
        """Show the listing's own default order in the header, and query in that order."""
        key, descending = getattr(self.listing, "default_sort", ("", False))
        keys = [c.key for c in self.listing.columns]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if key in keys:
            self.table.horizontalHeader().setSortIndicator(keys.index(key), order)
        else:
            self.model.query = replace(self.model.query, sort=key, descending=descending)
            self.table.horizontalHeader().setSortIndicator(-1, order)

    # --- query ------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        filters = {key: box.currentData() or "" for key, box in self.filter_boxes.items()}
        return replace(
            self.model.query,
            search=self.search.text(),
            filters=filters,
            include_retired=self.show_retired.isChecked(),
        )

    def apply_query(self) -> None:
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        self.model.refresh()

    def _on_refreshed(self, count: int) -> None:
        nouns = tr(self.noun_plural)
        self.count_label.setText(
            tr("{nouns}: {count}").format(
                nouns=nouns[:1].upper() + nouns[1:], count=format_number(count)
            )
        )
        filtered = bool(self.search.text().strip()) or any(
            box.currentData() for box in self.filter_boxes.values()
        )
        if count == 0 and not filtered:
            self.body.setCurrentWidget(self.empty)
        else:
            self.body.setCurrentWidget(self.table)
        if count and not self._sized:
            self._sized = True
            self.fit_columns()

    def fit_columns(self, widest: int = 360) -> None:
        """Size columns to the rows on screen (not all 100,000), within a sensible width;
        on a narrow window the key columns stay in view (``ColumnFitter``)."""
        self.column_fitter.widest = widest
        self.column_fitter.remember()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.id_at(rows[0].row())

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def after_change(self, record_id: int | None = None) -> None:
        self.model.refresh()
        if record_id is not None:
            self.select_id(record_id)
        self.changed.emit()

    # --- actions (subclasses implement the record-specific parts) --------------------

    editor: Any = None  # a dialog class taking (area, record_id or None, parent), with saved_id

    def new_record(self) -> Any:
        return self.open_editor(None)

    def edit_record(self, record_id: int) -> Any:
        return self.open_editor(record_id)

    def open_editor(self, record_id: int | None) -> Any:
        """Open ``editor`` on a record (None: a new one); refresh and select it when saved."""
        if self.editor is None:
            raise NotImplementedError(f"{type(self).__name__} has no editor")
        dialog = self.editor(self.area, record_id, self)
        dialog.finished.connect(
            lambda result: (
                self.after_change(dialog.saved_id)
                if result == QDialog.DialogCode.Accepted
                else None
            )
        )
        dialog.open()
        return dialog

    def retire_record(self, record_id: int, reason: str) -> None:
        raise NotImplementedError

    def import_records(self, path: Path, progress: Progress) -> int:
        raise NotImplementedError

    def export_records(self, path: Path, progress: Progress) -> int:
        """The rows the page shows (its search, filters and order) to CSV or XLSX."""
        return self.area.export_list(self.listing, self.current_query(), path, self.export_sheet)

    def edit_selected(self) -> None:
        if self.edit_writes and not self.area.may():
            return  # a double-click or Return of a role that only reads: no editor
        record_id = self.selected_id()
        if record_id is None:
            inform(self, tr(self.title), tr("Select a {noun} first.").format(noun=tr(self.noun)))
            return
        self.edit_record(record_id)

    def retire_selected(self, reason: str | None = None) -> bool:
        record_id = self.selected_id()
        if record_id is None:
            inform(
                self, tr(self.title), tr("Select a {noun} to retire.").format(noun=tr(self.noun))
            )
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                tr("Retire {noun}").format(noun=tr(self.noun)),
                tr(
                    "Retired {nouns} are kept, never deleted, and marked with your reason.\nReason:"
                ).format(nouns=tr(self.noun_plural)),
            )
            if not ok:
                return False
        try:
            self.retire_record(record_id, reason)
        except (RegisterError, NotSignedIn) as exc:
            warn(self, tr("Retire {noun}").format(noun=tr(self.noun)), error_text(exc))
            return False
        self.after_change()
        return True

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import {nouns}").format(nouns=tr(self.noun_plural)),
            "",
            tr("Tables (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path):  # -> Task
        return run_task(
            self,
            tr("Importing {file}").format(file=path.name),
            lambda progress: self.import_records(path, progress),
            on_success=lambda count: self._imported(path, count),
            on_error=lambda error: self._import_failed(path, error),
        )

    def _imported(self, path: Path, count: int) -> None:
        self.after_change()
        inform(
            self,
            tr("Import"),
            tr("Imported from {file}: {count} {nouns}.").format(
                file=path.name, count=count, nouns=tr(self.noun_plural)
            ),
        )

    def _import_failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, ImportRejected):  # each problem inline: file, line, field
            from .dialogs.import_problems import show_import_problems

            self.problems_dialog = show_import_problems(self, path.name, error.problems)
        else:
            warn(
                self,
                tr("Import refused"),
                tr("Nothing was imported from {file}: {error}").format(
                    file=path.name, error=error_text(error)
                ),
            )

    def export_dialog(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Export {nouns}").format(nouns=tr(self.noun_plural)),
            f"{tr(self.noun_plural)}.xlsx",
            tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self.start_export(path)

    def start_export(self, path: Path):  # -> Task
        return run_task(
            self,
            tr("Exporting to {file}").format(file=path.name),
            lambda progress: self.export_records(path, progress),
            on_success=lambda count: inform(
                self,
                tr("Export"),
                tr("Written to {path}: {count} {nouns}.").format(
                    path=path, count=count, nouns=tr(self.noun_plural)
                ),
            ),
        )
