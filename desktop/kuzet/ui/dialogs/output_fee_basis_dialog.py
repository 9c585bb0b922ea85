"""What a quarter's mining fee rests on: the average electricity price, the special cases
(own generation, renewable power, no or faulty meter) and the payment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...regime.mining import Period
from ..form import DateField, FormDialog


class FeeBasisDialog(FormDialog):
    def __init__(self, mining: Any, quarter: Period, parent: QWidget | None = None):
        super().__init__(tr("Mining fee basis: {quarter}").format(quarter=quarter.label), parent)
        self.mining = mining  # registers/mining/desk.py
        self.quarter = quarter
        self.average_price_kzt = self.add_field(
            "average_price_kzt",
            tr("Average electricity price, KZT/kWh"),
            QLineEdit(),
            tr("Chooses the fee band (rule mining.fee.bands). Empty: the highest band is assumed."),
        )
        self.own_generation = QCheckBox(tr("Power from the firm's own generation"))
        self.add_field("own_generation", tr("Own generation"), self.own_generation)
        self.renewable = QCheckBox(tr("Renewable power"))
        self.add_field("renewable", tr("Renewable"), self.renewable)
        self.no_meter = QCheckBox(tr("No meter, or a faulty one"))
        self.add_field("no_meter", tr("Meter"), self.no_meter)
        self.paid_on = self.add_field(
            "paid_on", tr("Paid on"), DateField(optional=True, today=mining.today)
        )
        self.paid_kzt = self.add_field("paid_kzt", tr("Amount paid, KZT"), QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field("notes", tr("Notes"), self.notes)
        basis = mining.fee_basis(quarter.start)
        if basis is not None:
            price = basis.average_price_kzt
            self.average_price_kzt.setText("" if price is None else format(price, "f"))
            self.own_generation.setChecked(basis.own_generation)
            self.renewable.setChecked(basis.renewable)
            self.no_meter.setChecked(basis.no_meter)
            self.paid_on.set_value(basis.paid_on)
            self.paid_kzt.setText("" if basis.paid_kzt is None else format(basis.paid_kzt, "f"))
            self.notes.setPlainText(basis.notes)

    def save(self) -> None:
        """Record the basis (``saved_id`` holds its id once saved)."""
        self.submit(lambda data: self.mining.save_fee_basis(self.quarter.start, data))
