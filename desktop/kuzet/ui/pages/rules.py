"""The Rules page: the pack's version, every rule with its value, source, confidence, when
its source was reviewed and any override (flagged when a newer pack changed its rule); a
filter for rules due for review, and "Update the rule pack…"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_date, tr
from ...registers.errors import RegisterError
from ...registers.system.permissions import CHANGE_RULES
from ..dialogs.override_dialog import OverrideDialog
from ..dialogs.rule_pack_update_dialog import RulePackUpdateDialog
from ..form import hint_label
from ..notify import inform, warn
from ..refusals import REFUSALS, error_text
from ..table_model import ID_ROLE
from ..table_view import ColumnFitter, FittedListModel, record_table

HEADERS = [
    "Rule",
    "Title",
    "Value",
    "Unit",
    "Confidence",
    "Source",
    "From",
    "To",
    "Override",
    "Reviewed",
]
KEY_COLUMNS = (0, 1, 2, 4, 5)  # Rule, Title, Value, Confidence, Source
VALUE_COLUMN = 2


class RulesModel(FittedListModel):
    """The rules, a table of choices' value showing its labels: its raw rows (the keys the
    firm's data stores) are in the value's tooltip."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(headers)
        self.value_details: list[str] = []

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        tip = super().data(index, role)
        if role != Qt.ItemDataRole.ToolTipRole or index.column() != VALUE_COLUMN:
            return tip
        row = index.row()
        detail = self.value_details[row] if row < len(self.value_details) else ""
        return "\n".join(t for t in (tip, detail) if t) or None


class RulesPage(QWidget):
    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.system = desk.system  # registers/system/desk.py
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        title = QLabel(tr("Rules"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = tr(
            "Every number of the law Kuzet uses, with its source and how sure we are of "
            "it: V read in the law, S secondary source, U unverified (check it), P product "
            "default. Overrides apply from their date and are recorded in the audit trail."
        )
        layout.addWidget(hint_label(hint))
        self.pack_label = hint_label()
        layout.addWidget(self.pack_label)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search rules…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        bar.addWidget(self.search)
        self.stale_only = QCheckBox(
            tr("Only rules not reviewed in {months} months").format(
                months=self.system.review_months()
            )
        )
        self.stale_only.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.stale_only)
        bar.addStretch(1)
        update = QPushButton(tr("Update the rule pack…"))
        update.clicked.connect(lambda: self.update_pack())
        bar.addWidget(update)
        override = QPushButton(tr("Override…"))
        override.clicked.connect(lambda: self.override_selected())
        withdraw = QPushButton(tr("Withdraw override…"))
        withdraw.clicked.connect(lambda: self.withdraw_selected())
        bar.addWidget(override)
        bar.addWidget(withdraw)
        for button in (update, override, withdraw):  # hidden from a role that may not
            button.setVisible(self.system.may(CHANGE_RULES))
        layout.addLayout(bar)
        # a row's tooltip gives the values of the columns a narrow window hides
        self.model = RulesModel(HEADERS)
        self.table = record_table(self.model, row_height=None)
        self.table.doubleClicked.connect(lambda _i: self.override_selected())
        layout.addWidget(self.table, 1)
        # In view at 1366 px: the rule, its value, confidence mark and source; the unit,
        # dates, override and review hide first on a narrow window.
        self.column_fitter = ColumnFitter(self.table, KEY_COLUMNS, widest=320)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_key() if hasattr(self, "table") else None
        needle = self.search.text().strip().lower()
        rows, keys, tones, details = [], [], [], []
        self.show_pack()
        for line in self.system.rule_lines():
            text = f"{line.key} {line.title} {line.source}".lower()
            if needle and needle not in text:
                continue
            if self.stale_only.isChecked() and not line.stale:
                continue
            override = line.override_reason if line.overridden else ""
            if line.flag:
                override = tr("FLAGGED: {flag}").format(flag=line.flag) + (
                    f" ({override})" if override else ""
                )
            reviewed = format_date(line.reviewed) if line.reviewed else tr("never")
            if line.stale:
                reviewed = tr("{date} (review due)").format(date=reviewed)
            rows.append(
                (
                    line.key,
                    tr(line.title),
                    line.value,
                    tr(line.unit) if line.unit else "",
                    line.confidence,
                    line.source,
                    line.valid_from,
                    line.valid_to,
                    override,
                    reviewed,
                )
            )
            keys.append(line.key)
            details.append(line.value_detail)
            tone = "warn" if line.overridden else ("muted" if line.confidence == "U" else None)
            tones.append("bad" if line.flag else tone)
        self.model.value_details = details
        self.model.set_rows(rows, keys, tones)
        self.column_fitter.remember()
        if selected is not None:
            self.select_key(selected)

    def show_pack(self) -> None:
        pack = self.system.rule_pack()
        if pack.info is None:
            text = tr("Rule pack: unversioned")
        else:
            text = tr(
                "Rule pack {version}: {title}, published {published}. SHA-256 {sha256}"
            ).format(
                version=pack.info.version,
                title=pack.info.title,
                published=format_date(pack.info.published),
                sha256=pack.sha256,
            )
        problem = self.system.rule_pack_problem()
        if problem:
            text += "\n" + problem
        self.pack_label.setText(text)

    def update_pack(self) -> RulePackUpdateDialog:
        """Open "Update the rule pack…"; the page refreshes once a pack is applied."""
        dialog = RulePackUpdateDialog(self.system, self)
        dialog.finished.connect(
            lambda result: self.refresh() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        return dialog

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def select_key(self, key: str) -> None:
        if key in self.model.keys:
            self.table.selectRow(self.model.keys.index(key))

    def override_selected(self) -> OverrideDialog | None:
        key = self.selected_key()
        if key is None:
            inform(self, tr("Rules"), tr("Select a rule first."))
            return None
        dialog = OverrideDialog(self.system, key, self)
        dialog.finished.connect(
            lambda result: self.refresh() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        return dialog

    def withdraw_selected(self, reason: str | None = None) -> bool:
        key = self.selected_key()
        if key is None:
            inform(self, tr("Rules"), tr("Select an overridden rule first."))
            return False
        active = self.system.overrides(key)
        if not active:
            inform(self, tr("Rules"), tr("{key} has no override.").format(key=key))
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, tr("Withdraw override"), tr("Reason:"))
            if not ok:
                return False
        try:
            self.system.withdraw_override(active[-1].id, reason)
        except (RegisterError, *REFUSALS) as exc:
            warn(self, tr("Withdraw override"), error_text(exc))
            return False
        self.refresh()
        return True
