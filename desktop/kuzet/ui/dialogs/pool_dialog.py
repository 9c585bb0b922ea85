"""Add or edit a pool accreditation, with a message under each wrong field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...regime.ids import check_bin
from ...registers.licensing import pools
from ..form import DateField, FormDialog, fill_fields


class PoolDialog(FormDialog):
    def __init__(self, licensing: Any, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(
            tr("Edit pool accreditation") if record_id else tr("New pool accreditation"), parent
        )
        self.licensing = licensing  # registers/licensing/desk.py
        self.record_id = record_id
        self.saved_id: int | None = None
        self.pool_name = self.add_field(
            "pool_name", tr("Pool"), QLineEdit(), tr("As the pool's payout files write it.")
        )
        self.status = QComboBox()
        for key, label in pools.STATUS_LABELS.items():
            self.status.addItem(tr(label), key)
        self.add_field("status", tr("Status"), self.status)
        self.operator_bin = self.add_field("operator_bin", tr("Operator BIN"), QLineEdit())
        self.operator_bin.setMaxLength(12)
        self.bin_info = QLabel()
        self.bin_info.setObjectName("pageHint")
        self.form.addRow("", self.bin_info)
        self.accreditation_number = self.add_field(
            "accreditation_number", tr("Accreditation number"), QLineEdit()
        )
        self.accredited_on = self.add_field(
            "accredited_on", tr("Accredited on"), DateField(optional=True)
        )
        self.expires_on = self.add_field(
            "expires_on",
            tr("Expires"),
            DateField(optional=True),
            tr("The law gives no term: enter the date on the accreditation, if any."),
        )
        self.status_from = self.add_field(
            "status_from", tr("Suspended or revoked from"), DateField(optional=True)
        )
        self.hardware_in_kz = QCheckBox(tr("The pool's hardware and software are in Kazakhstan"))
        self.hardware_in_kz.setChecked(True)
        self.add_field("hardware_in_kz", tr("Hardware"), self.hardware_in_kz)
        self.evidence = QPlainTextEdit()
        self.evidence.setFixedHeight(60)
        self.evidence.setPlaceholderText(tr("One document per line (order, certificate, letter)"))
        self.add_field("evidence", tr("Evidence"), self.evidence)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field("notes", tr("Notes"), self.notes)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.operator_bin.textChanged.connect(self._bin_changed)
        if record_id is not None:
            self._load(record_id)
        else:
            self.accredited_on.set_value(None)
        self._status_changed()

    def _load(self, record_id: int) -> None:
        fill_fields(self.fields, self.licensing.pool(record_id))

    def _status_changed(self) -> None:
        status = self.status.currentData()
        accredited = status != "not_accredited"
        for widget in (self.accreditation_number, self.accredited_on, self.expires_on):
            widget.setEnabled(accredited)
        self.status_from.setEnabled(status in ("suspended", "revoked"))

    def _bin_changed(self, text: str) -> None:
        text = text.strip()
        result = check_bin(text) if len(text) == 12 else None
        if result is None:
            self.bin_info.setText("")
        elif result.valid:
            self.bin_info.setText(f"{text}: {result.shown()}")
        else:
            self.bin_info.setText(tr("Not a valid BIN: {reason}.").format(reason=result.reason))

    def save(self) -> None:
        self.submit(lambda data: self.licensing.save_pool(data, self.record_id))
