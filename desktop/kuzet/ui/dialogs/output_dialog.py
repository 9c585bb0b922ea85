"""Add or edit a mining output record, with the pool check for its date shown as typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from .sale_dialog import LedgerEntryDialog, typed_choice


class OutputDialog(LedgerEntryDialog):
    def __init__(self, mining: Any, output_id: int | None = None, parent: QWidget | None = None):
        title = tr("Edit output") if output_id else tr("New output")
        offer = mining.output_form()
        super().__init__(
            title, mining, output_id, offer, "output_date", tr("Amount credited"), parent
        )
        self.pool = self.add_field("pool", tr("Pool"), typed_choice(self.offer.pools))
        self.kwh = self.add_field(
            "kwh", tr("Electricity used, kWh"), QLineEdit(), tr("Optional; the mining fee uses it.")
        )
        self.reference = self.add_field("reference", tr("Reference"), QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field("notes", tr("Notes"), self.notes)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.form.addRow("", self.check)
        if output_id is not None:
            self._load(output_id)
        self.pool.currentTextChanged.connect(self._update_check)
        self.day.edit.dateChanged.connect(self._update_check)
        self._update_check()

    def _load(self, output_id: int) -> None:
        record = self.mining.output(output_id)
        self.show_entry(record.output_date, record.coin, record.amount)
        self.pool.setCurrentText(record.pool)
        self.kwh.setText("" if record.kwh is None else format(record.kwh, "f"))
        self.reference.setText(record.reference or "")
        self.notes.setPlainText(record.notes)

    def _update_check(self) -> None:
        pool, day = self.pool.currentText(), self.day.value()
        if not pool.strip() or day is None:
            self.check.setText("")
            return
        problem = self.offer.pool_problem(pool, day)
        self.check.setObjectName("pageHint" if not problem else "fieldError")
        self.check.setText(
            tr("Pool accredited on that date.")
            if not problem
            else tr("Will be FLAGGED: {why}").format(why=problem)
        )
        self.check.style().unpolish(self.check)
        self.check.style().polish(self.check)

    def values(self) -> dict[str, Any]:
        return super().values() | {"pool": self.pool.currentText()}

    def save(self) -> None:
        self.submit(lambda data: self.mining.save_output(data, self.record_id))
