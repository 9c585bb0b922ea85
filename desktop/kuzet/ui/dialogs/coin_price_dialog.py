"""The State Revenue Committee's coin prices: a price entered for a coin and day, and the
list of prices with New… and Import… (the tax value of mined coin on the day of receipt,
rule mining.tax_value.receipt_price)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import plural, tr
from ...registers.errors import RegisterError
from ...registers.listing import ListQuery
from ..dialog_frame import cap_to_screen
from ..form import DateField, FormDialog
from ..list_model import ListModel
from ..notify import inform, warn
from ..table_view import hint_label, record_table
from .sale_dialog import typed_choice


class CoinPriceDialog(FormDialog):
    """One price: the coin, the day, KZT per coin, and where it was read."""

    def __init__(self, mining: Any, coins: list[str], parent: QWidget | None = None):
        super().__init__(tr("New SRC price"), parent)
        self.mining = mining  # registers/mining/desk.py
        self.price_date = self.add_field(
            "price_date",
            tr("Day"),
            DateField(today=mining.today),
            tr("The day of receipt it prices."),
        )
        self.coin = self.add_field("coin", tr("Coin"), typed_choice(coins or ["BTC"]))
        self.price_kzt = self.add_field("price_kzt", tr("Price, KZT per coin"), QLineEdit())
        self.source = self.add_field(
            "source",
            tr("Source"),
            QLineEdit(),
            tr("Where the State Revenue Committee published it, e.g. its list of that day."),
        )
        self.notes = self.add_field("notes", tr("Notes"), QLineEdit())

    def values(self) -> dict[str, Any]:
        return super().values() | {"coin": self.coin.currentText()}

    def save(self) -> None:
        self.submit(lambda data: self.mining.save_price(data))


class CoinPricesDialog(QDialog):
    """The prices, newest day first, with New… and Import…."""

    def __init__(self, mining: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.mining = mining
        self.setWindowTitle(tr("State Revenue Committee prices"))
        self.resize(640, 420)
        column = QVBoxLayout(self)
        column.addWidget(
            hint_label(
                tr(
                    "From 2026 mined coin is valued on the day of receipt at the price the "
                    "State Revenue Committee publishes (Tax Code of 18 Jul 2025, Art. 325(4)). "
                    "Enter each day's price or import a file with the columns "
                    "date,coin,price_kzt (optional: source,notes)."
                )
            )
        )
        bar = QHBoxLayout()
        self.new_button = QPushButton(tr("New price…"))
        self.new_button.clicked.connect(self.new_price)
        self.import_button = QPushButton(tr("Import…"))
        self.import_button.clicked.connect(self.choose_file)
        bar.addWidget(self.new_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        column.addLayout(bar)
        self.model = ListModel(
            [tr("Date"), tr("Coin"), tr("Price, KZT"), tr("Source"), tr("Notes")]
        )
        self.model.right_aligned = {2}
        self.table = record_table(self.model)
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        cap_to_screen(self)
        self.refresh()

    def refresh(self) -> None:
        listing = self.mining.price_listing()
        ids = self.mining.list_ids(listing, ListQuery(sort="price_date", descending=True))
        rows = self.mining.list_rows(listing, ids)
        self.model.set_rows([rows[i] for i in ids], ids, [None] * len(ids))
        self.table.resizeColumnsToContents()

    def new_price(self) -> CoinPriceDialog:
        dialog = CoinPriceDialog(self.mining, self.mining.coins(), self)
        dialog.finished.connect(lambda _r: self.refresh() if dialog.saved_id is not None else None)
        dialog.open()
        return dialog

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import SRC prices"), "", tr("Tables (*.csv *.xlsx)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> Any:
        """Import ``path`` (all rows or none) and say what happened."""
        try:
            result = self.mining.import_prices(path)
        except RegisterError as exc:
            warn(self, tr("Import SRC prices"), tr("Nothing was imported."), str(exc))
            return None
        self.refresh()
        inform(
            self,
            tr("Import SRC prices"),
            plural(
                result.imported,
                tr(
                    "{imported} price imported; {duplicates} already recorded."
                    "|{imported} prices imported; {duplicates} already recorded."
                ),
            ).format(imported=result.imported, duplicates=result.duplicates),
        )
        return result
