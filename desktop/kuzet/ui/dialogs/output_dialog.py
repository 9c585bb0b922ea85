"""Add or edit a mining output record, with the pool check for its date shown as typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.licensing import pools
from ...registers.mining import output, sales
from ...registers.mining.common import (
    accreditation_problem,
    accreditations_by_pool,
    hardware_required,
    name_key,
)
from ..form import DateField, FormDialog


class OutputDialog(FormDialog):
    def __init__(self, store: Any, output_id: int | None = None, parent: QWidget | None = None):
        super().__init__(tr("Edit output") if output_id else tr("New output"), parent)
        self.store = store
        self.output_id = output_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.rules = store.rules()
        with store.reading() as session:
            self.accreditations = accreditations_by_pool(session)
            names = pools.pool_names(session)
            known = sales.coins(session)
        self.output_date = self.add_field("output_date", tr("Date"), DateField())
        self.coin = QComboBox()
        self.coin.setEditable(True)
        self.coin.addItems(known or ["BTC"])
        self.add_field("coin", tr("Coin"), self.coin)
        self.amount = self.add_field("amount", tr("Amount credited"), QLineEdit())
        self.pool = QComboBox()
        self.pool.setEditable(True)
        self.pool.addItems(names)
        self.add_field("pool", tr("Pool"), self.pool)
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
        self.output_date.edit.dateChanged.connect(self._update_check)
        self._update_check()

    def _load(self, output_id: int) -> None:
        with self.store.reading() as session:
            record = output.get(session, output_id)
        self.output_date.set_value(record.output_date)
        self.coin.setCurrentText(record.coin)
        self.amount.setText(format(record.amount, "f"))
        self.pool.setCurrentText(record.pool)
        self.kwh.setText("" if record.kwh is None else format(record.kwh, "f"))
        self.reference.setText(record.reference or "")
        self.notes.setPlainText(record.notes)

    def _update_check(self) -> None:
        pool, day = self.pool.currentText(), self.output_date.value()
        if not pool.strip() or day is None:
            self.check.setText("")
            return
        problem = accreditation_problem(
            self.accreditations.get(name_key(pool), []), day, hardware_required(self.rules, day)
        )
        self.check.setObjectName("pageHint" if not problem else "fieldError")
        self.check.setText(
            tr("Pool accredited on that date.")
            if not problem
            else tr("Will be FLAGGED: {why}").format(why=problem)
        )
        self.check.style().unpolish(self.check)
        self.check.style().polish(self.check)

    def values(self) -> dict[str, Any]:
        return {
            "output_date": self.output_date.value(),
            "coin": self.coin.currentText(),
            "amount": self.amount.text(),
            "pool": self.pool.currentText(),
            "kwh": self.kwh.text(),
            "reference": self.reference.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        data = self.values()
        try:
            with self.store.transaction() as session:
                if self.output_id is None:
                    record = output.create(session, data, self.today)
                else:
                    record = output.update(session, self.output_id, data, self.today)
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
