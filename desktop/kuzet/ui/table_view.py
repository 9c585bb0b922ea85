"""The parts of a page that lists records, built one way: the page's title row and hints,
the table (rows selected whole, no row numbers, columns the officer can widen), a search
box that waits for typing to pause, a filter's drop-down, columns fitted to the rows on
screen, and ``SearchableTable``, a listing's lazy table with its search and filters.

The Screening and Watchlists pages build theirs here; ``RegisterPage`` and the other
table pages could too (they still set up the same table themselves).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
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
