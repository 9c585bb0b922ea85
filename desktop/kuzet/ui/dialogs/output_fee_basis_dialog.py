"""What a quarter's mining fee rests on: the average electricity price, the kWh by energy
source (grid bought at the centralised auction, own generation, own renewable plants,
imported), the meter, and the declaration and payment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...regime.mining import Period
from ..form import DateField, FormDialog

SOURCE_FIELDS = (
    (
        "kwh_grid",
        "kWh from the grid (centralised auction)",
        "From 1 Jul 2023 grid power for mining is bought only at the centralised daily "
        "auctions (KOREM), within the zone quotas. Charged by the price band.",
    ),
    (
        "kwh_own_generation",
        "kWh from own generation",
        "The firm's own power plants (not renewable): special rate.",
    ),
    (
        "kwh_own_renewable",
        "kWh from own renewable plants",
        "Renewable power from the firm's own plants (not renewable power bought): special rate.",
    ),
    ("kwh_imported", "kWh imported", "Imported power: charged by the price band."),
)


def _text(value: Any) -> str:
    return "" if value is None else format(value, "f")


class FeeBasisDialog(FormDialog):
    def __init__(self, mining: Any, quarter: Period, parent: QWidget | None = None):
        super().__init__(tr("Mining fee basis: {quarter}").format(quarter=quarter.label), parent)
        self.mining = mining  # registers/mining/desk.py
        self.quarter = quarter
        self.average_price_kzt = self.add_field(
            "average_price_kzt",
            tr("Average electricity price, KZT/kWh"),
            QLineEdit(),
            tr(
                "Chooses the fee band for grid and imported power (rule mining.fee.bands). "
                "Empty: the fee cannot be computed where a band applies."
            ),
        )
        self.kwh: dict[str, QLineEdit] = {}
        for key, label, hint in SOURCE_FIELDS:
            self.kwh[key] = self.add_field(key, tr(label), QLineEdit(), tr(hint))
        self.no_meter = QCheckBox(tr("No meter, or a faulty one"))
        self.add_field("no_meter", tr("Meter"), self.no_meter)
        self.declared_on = self.add_field(
            "declared_on",
            tr("Declaration filed on"),
            DateField(optional=True, today=mining.today),
        )
        self.paid_on = self.add_field(
            "paid_on", tr("Paid on"), DateField(optional=True, today=mining.today)
        )
        self.paid_kzt = self.add_field("paid_kzt", tr("Amount paid, KZT"), QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.add_field(
            "notes",
            tr("Notes"),
            self.notes,
            tr("The basis covers all of the firm's mining sites: name them here."),
        )
        basis = mining.fee_basis(quarter.start)
        if basis is not None:
            self.average_price_kzt.setText(_text(basis.average_price_kzt))
            for key, field in self.kwh.items():
                field.setText(_text(getattr(basis, key)))
            self.no_meter.setChecked(basis.no_meter)
            self.declared_on.set_value(basis.declared_on)
            self.paid_on.set_value(basis.paid_on)
            self.paid_kzt.setText(_text(basis.paid_kzt))
            self.notes.setPlainText(basis.notes)

    def save(self) -> None:
        """Record the basis (``saved_id`` holds its id once saved)."""
        self.submit(lambda data: self.mining.save_fee_basis(self.quarter.start, data))
