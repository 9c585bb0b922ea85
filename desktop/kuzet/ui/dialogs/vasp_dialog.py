"""Counterparty providers (VASPs): the list, reached from the Transactions page, and the
form to add or edit one with the day its due diligence was done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError
from ...registers.listing import ListQuery
from ..dialog_frame import cap_to_screen
from ..form import DateField, FormDialog, fill_fields, hint_label
from ..notify import inform, warn
from ..table_model import LazyTableModel


class ProviderDialog(FormDialog):
    """Add or edit a counterparty provider."""

    def __init__(
        self,
        monitoring: Any,
        provider_id: int | None = None,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(
            "Edit counterparty provider" if provider_id else "New counterparty provider", parent
        )
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.provider_id = provider_id
        self.name = self.add_field(
            "name", "Name", QLineEdit(name), "As it is written in the transaction files."
        )
        self.jurisdiction = self.add_field(
            "jurisdiction", "Jurisdiction", QLineEdit(), "ISO country code, e.g. KY, AE, KZ."
        )
        self.licence_number = self.add_field("licence_number", "Licence", QLineEdit())
        self.regulator = self.add_field("regulator", "Regulator", QLineEdit())
        self.due_diligence_on = self.add_field(
            "due_diligence_on",
            "Due diligence done",
            DateField(optional=True, today=monitoring.today),
            "AIFC AML 11-1: a counterparty provider is vetted before the first transfer.",
        )
        self.due_diligence_by = self.add_field("due_diligence_by", "Done by", QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.add_field("notes", "Notes", self.notes)
        if provider_id is not None:
            fill_fields(self.fields, monitoring.provider(provider_id))

    def save(self) -> None:
        self.submit(lambda data: self.monitoring.save_provider(data, self.provider_id))


class ProvidersDialog(QDialog):
    """The register of counterparty providers, with those named in transactions but not
    yet in the register."""

    def __init__(self, monitoring: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitoring = monitoring  # registers/monitoring/desk.py
        self.setWindowTitle(tr("Counterparty providers"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        hint = tr(
            "Virtual asset service providers your customers send to or receive from. Each "
            "is vetted before the first transfer (AIFC AML 11-1); transfers through one "
            "not vetted in time raise an alert when monitoring runs."
        )
        layout.addWidget(hint_label(hint))
        self.listing = monitoring.provider_listing()
        self.model = LazyTableModel(monitoring, self.listing, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.missing = QLabel()
        self.missing.setObjectName("fieldError")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("new", tr("New…"), self.new_provider),
            ("edit", tr("Edit…"), self.edit_selected),
            ("retire", tr("Retire…"), self.retire_selected),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        cap_to_screen(self)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_query(ListQuery(sort="name"))
        missing = self.monitoring.unregistered_providers()
        self.missing.setText(
            tr("Named in transactions but not in the register: {names}.").format(
                names=", ".join(f"{n} ({c})" for n, c in missing)
            )
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _open(self, provider_id: int | None) -> ProviderDialog:
        dialog = ProviderDialog(self.monitoring, provider_id, self)
        dialog.finished.connect(
            lambda result: self.refresh() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        return dialog

    def new_provider(self) -> ProviderDialog:
        return self._open(None)

    def edit_selected(self) -> ProviderDialog | None:
        provider_id = self.selected_id()
        if provider_id is None:
            inform(self, tr("Counterparty providers"), tr("Select a provider first."))
            return None
        return self._open(provider_id)

    def retire_selected(self, reason: str | None = None) -> bool:
        provider_id = self.selected_id()
        if provider_id is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, tr("Retire provider"), tr("Why is the provider retired?")
            )
            if not ok:
                return False
        try:
            self.monitoring.retire_provider(provider_id, reason)
        except RegisterError as exc:
            warn(self, tr("Retire provider"), str(exc))
            return False
        self.refresh()
        return True


def open_providers(monitoring: Any, parent: QWidget) -> ProvidersDialog:
    dialog = ProvidersDialog(monitoring, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
