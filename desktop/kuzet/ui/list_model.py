"""A small read-only table model for short lists (dashboard reminders, rules)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..i18n import tr
from .format import display
from .style import TONE_COLOURS
from .table_model import ID_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class ListModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Any, ...]] = []
        self.keys: list[Any] = []
        self.tones: list[str | None] = []
        self.right_aligned: set[int] = set()

    def set_rows(
        self, rows: Sequence[tuple[Any, ...]], keys: Sequence[Any], tones: Sequence[str | None]
    ) -> None:
        self.beginResetModel()
        self.rows, self.keys, self.tones = list(rows), list(keys), list(tones)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.rows[row][column])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display(self.rows[row][column])
            return text if len(text) > 30 else None
        if role == ID_ROLE:
            return self.keys[row]
        if role == Qt.ItemDataRole.ForegroundRole and self.tones[row] in TONE_COLOURS:
            return QBrush(QColor(TONE_COLOURS[self.tones[row]]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.headers[section])  # headers are kept in English
        return None
