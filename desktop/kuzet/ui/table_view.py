"""The parts of a page that lists records, built one way: the page's title row and hints,
the table (rows selected whole, no row numbers, columns the officer can widen), a search
box that waits for typing to pause, a filter's drop-down, columns fitted to the rows on
screen, and ``SearchableTable``, a listing's lazy table with its search and filters.

The Screening and Watchlists pages build theirs here; ``RegisterPage`` and the other
table pages could too (they still set up the same table themselves).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..registers.listing import Filter, Listing, ListQuery
from .form import hint_label as hint_label  # the pages take their hint style from here too
from .format import display
from .list_model import ListModel
from .table_model import LazyTableModel

SEARCH_DELAY_MS = 150


def heading_row(title: str) -> QHBoxLayout:
    """The row at the top of a page (or of a tab that stands as one): the title in the
    pages' heading style, then room on the right for its buttons and counts."""
    heading = QHBoxLayout()
    label = QLabel(title)
    label.setObjectName("pageTitle")
    heading.addWidget(label)
    heading.addStretch(1)
    return heading


def page_layout(page: QWidget, title: str) -> tuple[QVBoxLayout, QHBoxLayout]:
    """The page's column and, at its top, the heading row: the title, then room on the
    right for the page's buttons."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 16, 20, 12)
    layout.setSpacing(8)
    heading = heading_row(title)
    layout.addLayout(heading)
    return layout, heading


def one_above_other(top: QWidget, bottom: QWidget, shares: tuple[int, int]) -> QSplitter:
    """A list above the detail of its selected row, sharing the height by ``shares``."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    for index, (part, share) in enumerate(zip((top, bottom), shares, strict=True)):
        splitter.addWidget(part)
        splitter.setStretchFactor(index, share)
    return splitter


def record_table(model: QAbstractItemModel, row_height: int | None = 26) -> QTableView:
    """A table of records: a row is selected whole, one at a time; no row numbers; rows
    ``row_height`` pixels high (None: as the style has them)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def search_box(placeholder: str, search: Callable[[], None], width: int = 240) -> QLineEdit:
    """A search field that calls ``search`` once typing pauses (not at every key)."""
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(width)
    timer = QTimer(box)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(search)
    box.textChanged.connect(lambda _text: timer.start())
    return box


def filter_box(spec: Filter, changed: Callable[[], None]) -> QComboBox:
    """A listing's filter as a drop-down: ``currentData()`` is the chosen value."""
    box = QComboBox()
    box.setToolTip(tr(spec.title))
    for value, label in spec.choices:
        box.addItem(tr(label), value)
    box.currentIndexChanged.connect(lambda _index: changed())
    return box


def fit_columns(table: QTableView, widest: int) -> None:
    """Size the columns to the rows on screen (not all 100,000), none wider than ``widest``."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(50)
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount() - 1):
        header.resizeSection(column, min(header.sectionSize(column) + 12, widest))


class FittedListModel(ListModel):
    """A short list whose row tooltip also gives the values of the columns a narrow window
    hides (``ColumnFitter`` sets ``hidden_columns``), as the register tables' does."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.hidden_columns: frozenset[int] = frozenset()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole or not index.isValid():
            return super().data(index, role)
        own = super().data(index, role)
        lines = [own] if own else []
        values = self.rows[index.row()]
        for other in sorted(self.hidden_columns):
            value = display(values[other])
            if value:
                title = tr(self.headers[other])
                lines.append(tr("{title}: {value}").format(title=title, value=value))
        return "\n".join(lines) or None


class ColumnFitter(QObject):
    """Keeps a table's key columns in view on a narrow window (a 1366-pixel laptop, a long
    language): when the columns at their fitted widths are wider than the table, the
    other columns are hidden, the rightmost first (their values join the row's tooltip
    when the model has ``hidden_columns``), then the key columns shrink and their text
    elides. Widening the window shows them again."""

    FLOOR = 70  # a key column is never narrowed below this

    def __init__(self, table: QTableView, key_columns: Sequence[int], widest: int = 360) -> None:
        super().__init__(table)
        self.table = table
        self.key_columns = [c for c in key_columns if c >= 0]
        self.widest = widest
        self.natural: dict[int, int] = {}
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.natural:
            self.apply()
        return False

    def remember(self) -> None:
        """Take each column's width fitted to the rows on screen, then fit the table."""
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)
        for column in range(self.table.model().columnCount()):
            content = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            self.natural[column] = min(content + 12, self.widest)
        self.apply()

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        columns = list(range(self.table.model().columnCount()))
        widths = {c: self.natural.get(c, header.sectionSize(c)) for c in columns}
        total = sum(widths.values())
        hidden: list[int] = []
        for column in reversed(columns):
            if total <= room:
                break
            if column not in self.key_columns:
                hidden.append(column)
                total -= widths[column]
        if total > room:  # the key columns alone are too wide: narrow the widest ones
            shown = [c for c in columns if c not in hidden]
            spare = sum(max(0, widths[c] - self.FLOOR) for c in shown)
            cut = min(spare, total - room)
            for column in shown:
                give = max(0, widths[column] - self.FLOOR)
                widths[column] -= int(cut * give / spare) + (1 if give else 0) if spare else 0
        for column in columns:
            header.setSectionHidden(column, column in hidden)
            if column not in hidden:
                header.resizeSection(column, widths[column])
        model = self.table.model()
        if hasattr(model, "hidden_columns"):
            model.hidden_columns = frozenset(hidden)


class SearchableTable:
    """A listing's lazy table with its search box and filter drop-downs: typing or choosing
    a filter queries again (in SQL, through ``area``, the register's desk). The page lays
    out ``search``, ``filters`` and ``table`` where it wants them."""

    def __init__(
        self,
        area: Any,
        listing: Listing,
        query: ListQuery,
        placeholder: str,
        parent: QWidget,
        search_width: int = 240,
    ) -> None:
        self.model = LazyTableModel(area, listing, parent)
        self.model.query = query
        self.table = record_table(self.model)
        self.search = search_box(placeholder, self.apply, search_width)
        self.filters = {spec.key: filter_box(spec, self.apply) for spec in area.filters(listing)}

    def apply(self) -> None:
        filters = {key: box.currentData() or "" for key, box in self.filters.items()}
        self.model.set_query(replace(self.model.query, search=self.search.text(), filters=filters))

    def show_any(self, key: str) -> None:
        """Set the filter ``key`` to its "any" choice (so a hidden record can be shown)."""
        self.filters[key].setCurrentIndex(self.filters[key].findData(""))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None
