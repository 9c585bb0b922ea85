"""Small pieces the customer view's tabs share: a tab base, tables, reasons, messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError, ValidationFailed
from ...store.audit import NotSignedIn
from ..approval_notice import sent_for_approval
from ..form import hint_label
from ..list_model import ListModel
from ..notify import inform, warn
from ..refusals import error_text
from ..table_model import ID_ROLE
from ..table_view import record_table


class CustomerTab(QWidget):
    """A tab of the customer view: knows the customers desk, the customer and the view."""

    title = ""

    def __init__(self, view: Any) -> None:
        super().__init__()
        self.view = view
        self.customers = view.customers  # registers/customers/desk.py
        self.customer_id: int = view.customer_id
        self.today: dt.date = view.today
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.setSpacing(8)

    def place(self, widget: Any, stretch: int = 0) -> Any:
        """Add ``widget`` (or a layout) below what the tab shows, and return it."""
        if isinstance(widget, QWidget):
            self.layout_.addWidget(widget, stretch)
        else:
            self.layout_.addLayout(widget, stretch)
        return widget

    def refresh(self) -> None:
        raise NotImplementedError

    def changed(self) -> None:
        """Something was written: refresh the whole view and tell the page."""
        self.view.record_changed()

    def run(self, title: str, action: Callable[[], Any]) -> bool:
        """Run a desk action (one transaction); show what went wrong (nothing written)."""
        try:
            result = action()
        except ValidationFailed as exc:
            warn(self, title, "\n".join(exc.field_errors.values()))
            return False
        except (RegisterError, NotSignedIn) as exc:
            warn(self, title, error_text(exc))
            return False
        sent_for_approval(self, result)  # four-eyes: said so; the change waits
        self.changed()
        return True

    def ask_and_run(
        self, title: str, prompt: str, action: Callable[[str], Any], text: str | None = None
    ) -> bool:
        """Ask for a reason or note (unless ``text`` is given), then ``run`` the action
        with it; False when the officer cancels."""
        if text is None:
            text = ask_text(self, title, prompt)
            if text is None:
                return False
        return self.run(title, lambda: action(text))

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open ``dialog``; when it is accepted, something was written."""
        dialog.finished.connect(
            lambda result: self.changed() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog


class RecordsTab(CustomerTab):
    """A tab that lists records hanging off the customer (owners, PEP records, documents):
    a hint, a summary line, the table, and a row of buttons. Edits open ``editor``;
    retiring asks for the reason first."""

    editor: Any = None  # a dialog taking (customers desk, customer id, record id or None, parent)

    def __init__(
        self,
        view: Any,
        intro: str,
        headers: Sequence[str],
        pick: tuple[str, str],
        retire: tuple[str, str],
        right: Sequence[int] = (),
    ) -> None:
        super().__init__(view)
        self.pick_text = pick  # (message title, "Select ... first.")
        self.retire_text = retire  # (dialog title, the question for the reason)
        self.intro = self.place(hint_label(intro))
        self.summary = self.place(hint_label(""))
        self.table = Table(headers, right)
        self.place(self.table.view, 1)
        self.dialog: Any = None

    def add_buttons(self, *items: tuple[str, Any]) -> None:
        row, self.buttons = buttons(*items)
        self.place(row)

    @property
    def writes(self) -> bool:
        """May the signed-in officer change the customer's records? (The auditor, or
        nobody signed in: the write buttons are hidden.)"""
        return self.customers.may()

    def selected_record(self) -> int | None:
        """The record selected in the table, or None after asking the officer to pick one."""
        record_id = self.table.selected()
        if record_id is None:
            inform(self, *self.pick_text)
        return record_id

    def owner_names(self) -> dict[int, str]:
        """Owner id -> name, retired owners too (their records keep naming them)."""
        owners = self.customers.owners(self.customer_id, include_retired=True)
        return {owner.id: owner.name for owner in owners}

    def add(self) -> Any:
        return self.open_editor(None)

    def edit(self) -> Any:
        record_id = self.selected_record()
        return None if record_id is None else self.open_editor(record_id)

    def open_editor(self, record_id: int | None) -> Any:
        return self.open_dialog(self.editor(self.customers, self.customer_id, record_id, self))

    def retire(self, reason: str | None = None) -> bool:
        record_id = self.selected_record()
        if record_id is None:
            return False
        title, question = self.retire_text
        return self.ask_and_run(
            title, question, lambda text: self.retire_record(record_id, text), reason
        )

    def retire_record(self, record_id: int, reason: str) -> Any:
        raise NotImplementedError


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
        self.view = record_table(self.model)

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

    def pick(self, key: Any) -> None:
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
