"""What the AML programme pages share: ``RegisterPanel``, one register list (appointments,
staff, courses, audits...) told by a ``PanelSpec`` which dialog edits a record and how a
record is retired; and ``PanelsPage``, a page that puts several panels in tabs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from ...registers.listing import Listing
from ..register_page import RegisterPage


@dataclass(frozen=True)
class PanelSpec:
    title: str
    noun: str
    noun_plural: str  # also the export's sheet name
    dialog: Callable[..., QDialog]  # (programme desk, record_id or None, parent, **extra)
    retire: Callable[[int, str], Any]  # a desk method: (record_id, reason)
    hint: str = ""
    search_placeholder: str = "Search…"
    empty_text: str = "Nothing here yet."
    can_create: bool = True


class RegisterPanel(RegisterPage):
    """A register list over the programme's desk whose New and Edit open ``spec.dialog``;
    no import."""

    can_import = False
    edit_writes = True  # Edit opens the record's form (hidden for a role that only reads)

    def __init__(
        self, programme: Any, listing: Listing, spec: PanelSpec, parent: QWidget | None = None
    ) -> None:
        self.spec = spec
        self.title = spec.title
        self.hint = spec.hint
        self.noun = spec.noun
        self.noun_plural = spec.noun_plural
        self.export_sheet = spec.noun_plural
        self.search_placeholder = spec.search_placeholder
        self.empty_text = spec.empty_text
        self.can_create = spec.can_create
        self.programme = programme  # registers/programme/desk.py
        self.dialog_args: dict[str, Any] = {}  # extra keyword arguments for a new record
        super().__init__(programme, listing, parent)

    def new_record(self) -> QDialog:
        return self.open_dialog(None, **self.dialog_args)

    def edit_record(self, record_id: int) -> QDialog:
        return self.open_dialog(record_id)

    def open_dialog(self, record_id: int | None, **extra: Any) -> QDialog:
        """``open_editor`` with keyword arguments for the dialog (a new finding's audit)."""
        self.editor = partial(self.spec.dialog, **extra)
        return self.open_editor(record_id)

    def retire_record(self, record_id: int, reason: str) -> None:
        self.spec.retire(record_id, reason)


class PanelsPage(QWidget):
    """A page of register panels in tabs. When one panel changes a record the others are
    read again (their counts and choices may follow from it), then ``refresh_page``."""

    changed = Signal()

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.programme = desk.programme  # registers/programme/desk.py
        self.window_ref = window
        self.today = self.programme.today  # for display only
        self.panels: list[RegisterPanel] = []
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.page_layout.addWidget(self.tabs, 1)

    def add_panel(self, tab: str, listing: Listing, spec: PanelSpec) -> RegisterPanel:
        """A panel in a tab named ``tab`` (translated)."""
        return self.add_tab(tab, RegisterPanel(self.programme, listing, spec))

    def add_tab(self, tab: str, panel: RegisterPanel) -> RegisterPanel:
        self.tabs.addTab(panel, tab)
        self.panels.append(panel)
        panel.changed.connect(lambda: self._panel_changed(panel))
        return panel

    def _panel_changed(self, changed: RegisterPanel) -> None:
        for panel in self.panels:
            if panel is not changed:  # it has read itself again, keeping its selection
                panel.refresh()
        self.refresh_page()
        self.changed.emit()

    def refresh_page(self) -> None:
        """Read again what the page shows besides its panels (none by default)."""

    def refresh(self) -> None:
        for panel in self.panels:
            panel.refresh()
        self.refresh_page()

    def select_id(self, record_id: int) -> bool:
        """Show the first panel's record (deadlines point here; 0: the register as a whole)."""
        first = self.panels[0]
        self.tabs.setCurrentWidget(first)
        return record_id == 0 or first.select_id(record_id)
