"""Small pieces the customer view's tabs share: a tab base, tables, reasons, messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError, ValidationFailed
from ..list_model import ListModel
from ..notify import warn
from ..table_model import ID_ROLE


class CustomerTab(QWidget):
    """A tab of the customer view: knows the store, the customer and the view."""

    title = ""

    def __init__(self, view: Any) -> None:
        super().__init__()
        self.view = view
        self.store = view.store
        self.customer_id: int = view.customer_id
        self.today: dt.date = view.today
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(8)

    def refresh(self) -> None:
        raise NotImplementedError

    def changed(self) -> None:
        """Something was written: refresh the whole view and tell the page."""
        self.view.record_changed()

    def run(self, title: str, action: Any) -> bool:
        """Run a register action in a transaction; show what went wrong (nothing written)."""
        try:
            with self.store.transaction() as session:
                action(session, self.store.rules(session))
        except ValidationFailed as exc:
            warn(self, title, "\n".join(exc.field_errors.values()))
            return False
        except RegisterError as exc:
            warn(self, title, str(exc))
            return False
        self.changed()
        return True


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHint")
    label.setWordWrap(True)
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; color: #1d2733;")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    return label


class Table:
    """A read-only table of short rows, with the record id of each row."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = ()) -> None:
        self.model = ListModel([tr(h) for h in headers])
        self.model.right_aligned = set(right)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)

    def set_rows(
        self,
        rows: Sequence[tuple[Any, ...]],
        keys: Sequence[Any],
        tones: Sequence[str | None] | None = None,
    ) -> None:
        self.model.set_rows(rows, keys, tones or [None] * len(rows))
        self.view.resizeColumnsToContents()

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(self.model.index(rows[0].row(), 0), ID_ROLE)

    def select(self, key: Any) -> None:
        if key in self.model.keys:
            self.view.selectRow(self.model.keys.index(key))


def buttons(*items: tuple[str, Any]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    row = QHBoxLayout()
    made = {}
    for label, slot in items:
        button = QPushButton(label)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        row.addWidget(button)
        made[label] = button
    row.addStretch(1)
    return row, made


def ask_text(parent: QWidget, title: str, prompt: str) -> str | None:
    """A reason or note from the officer (None when cancelled)."""
    text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
    return text if ok else None
