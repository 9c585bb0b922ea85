"""One register list of the AML programme pages (appointments, staff, courses, audits...):
a ``RegisterPage`` told by a ``PanelSpec`` which dialog edits a record, how a record is
retired and what its export sheet is called. The pages put several panels in tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ...progress import Progress
from ...registers.listing import Listing, export_listing
from ..register_page import RegisterPage


@dataclass(frozen=True)
class PanelSpec:
    title: str
    noun: str
    noun_plural: str
    dialog: Callable[..., QDialog]  # (store, record_id or None, parent) -> a FormDialog
    retire: Callable[[Any, int, str], Any]  # (session, record_id, reason)
    hint: str = ""
    search_placeholder: str = "Search…"
    empty_text: str = "Nothing here yet."
    can_create: bool = True


class RegisterPanel(RegisterPage):
    """A register list whose New and Edit open ``spec.dialog``; no import."""

    can_import = False

    def __init__(
        self, store: Any, listing: Listing, spec: PanelSpec, parent: QWidget | None = None
    ) -> None:
        self.spec = spec
        self.title = spec.title
        self.hint = spec.hint
        self.noun = spec.noun
        self.noun_plural = spec.noun_plural
        self.search_placeholder = spec.search_placeholder
        self.empty_text = spec.empty_text
        self.can_create = spec.can_create
        self.today = dt.date.today()
        self.dialog_args: dict[str, Any] = {}  # extra keyword arguments for a new record
        super().__init__(store, listing, parent)

    def new_record(self) -> QDialog:
        return self.open_dialog(None, **self.dialog_args)

    def edit_record(self, record_id: int) -> QDialog:
        return self.open_dialog(record_id)

    def open_dialog(self, record_id: int | None, **extra: Any) -> QDialog:
        dialog = self.spec.dialog(self.store, record_id, self, **extra)
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
        with self.store.transaction() as session:
            self.spec.retire(session, record_id, reason)

    def export_records(self, path: Path, progress: Progress) -> int:
        with self.store.reading() as session:
            return export_listing(
                session, path, self.listing, self.current_query(), self.spec.noun_plural
            )
