"""A table model over SQL that stays fast at 100,000 rows (after Anki's browser model).

It holds only the ordered ids of the rows that match (one query) and fetches display
rows in blocks as the view asks for them, keeping a bounded cache. Filtering and sorting
are done by the register's ``Listing`` in SQL, never by a proxy over Python objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..i18n import tr
from ..registers.listing import Listing, ListQuery
from .format import display
from .style import SEVERITY_FILLS, SEVERITY_ON_FILL, TONE_COLOURS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}
AnyIndex = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Rows of a register: ids from the listing's query, rows fetched as shown."""

    BLOCK = 200
    MAX_BLOCKS = 40

    refreshed = Signal(int)  # number of matching rows

    def __init__(self, area: Any, listing: Listing, parent: Any = None) -> None:
        super().__init__(parent)
        self.area = area  # the register's area (registers/area.py): it opens the sessions
        self.listing = listing
        self.query = ListQuery()
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        # Columns the view hides on a narrow window (``table_view.ColumnFitter``): their
        # values are shown in every cell's tooltip instead.
        self.hidden_columns: frozenset[int] = frozenset()

    # --- querying ---------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        ids = self.area.list_ids(self.listing, self.query)
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self.endResetModel()
        self.refreshed.emit(len(ids))

    def ids(self) -> Sequence[int]:
        return self._ids

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def values(self, row: int) -> tuple[Any, ...] | None:
        block_no = row // self.BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            block = self._fetch(block_no)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    def _fetch(self, block_no: int) -> dict[int, tuple[Any, ...]]:
        start = block_no * self.BLOCK
        wanted = self._ids[start : start + self.BLOCK]
        block = self.area.list_rows(self.listing, wanted)
        self._blocks[block_no] = block
        while len(self._blocks) > self.MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.listing.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[self.listing.columns[column].align]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
            RAW_ROLE,
        ):
            return None
        values = self.values(row)
        if values is None:  # the row vanished since the ids were read
            return None
        if role == RAW_ROLE:
            return values[column]
        tone_of = getattr(self.listing, "tone", None)
        if role == Qt.ItemDataRole.BackgroundRole:
            # the severity cell is a filled badge; its text says the level in words
            if self.listing.columns[column].key != "severity":
                return None
            tone = tone_of(values) if tone_of else None
            return QBrush(QColor(SEVERITY_FILLS[tone])) if tone in SEVERITY_FILLS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = tone_of(values) if tone_of else None
            if self.listing.columns[column].key == "severity" and tone in SEVERITY_ON_FILL:
                return QBrush(QColor(SEVERITY_ON_FILL[tone]))
            return QBrush(QColor(TONE_COLOURS[tone])) if tone in TONE_COLOURS else None
        text = display(values[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [text] if len(text) > 30 else []
            own = getattr(self.listing, "tooltip", None)  # e.g. the trail's raw names
            extra = own(values, column) if own is not None else None
            if extra:
                lines.append(extra)
            for other in sorted(self.hidden_columns):
                value = display(values[other])
                if value:
                    title = tr(self.listing.columns[other].title)
                    lines.append(tr("{title}: {value}").format(title=title, value=value))
            return "\n".join(lines) or None
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.listing.columns[section].title)  # titles are kept in English
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no column chosen: the listing's own order
            self.refresh()
            return
        spec = self.listing.columns[column]
        if not spec.sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=spec.key, descending=descending))
