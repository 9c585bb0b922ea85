"""Add or edit a sale, with its KZT value and whether it counts (AIFC-licensed venue on
the sale date) shown as it is typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...i18n import tr
from ...registers.mining.common import KZT
from ...registers.mining.sales import kzt_value
from ..form import DateField, FormDialog
from ..format import amount as format_amount

CURRENCIES = ("KZT", "USDT", "USD", "EUR")


def typed_choice(items: Sequence[str]) -> QComboBox:
    """A drop-down the officer can also type into (a coin, a currency, a pool): its value
    is the text shown."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(items))
    return box


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class LedgerEntryDialog(FormDialog):
    """An entry of a ledger (a sale, an output record): its day, coin and amount come
    first; ``offer`` is what the desk offers the dialog (``coins`` among it)."""

    def __init__(
        self,
        title: str,
        mining: Any,
        record_id: int | None,
        offer: Any,
        day_field: str,
        amount_label: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(title, parent)
        self.mining = mining  # registers/mining/desk.py
        self.record_id = record_id
        self.offer = offer
        self.day = self.add_field(day_field, tr("Date"), DateField(today=mining.today))
        self.coin = self.add_field("coin", tr("Coin"), typed_choice(offer.coins or ["BTC"]))
        self.amount = self.add_field("amount", amount_label, QLineEdit())

    def show_entry(self, day: dt.date, coin: str, amount: Decimal) -> None:
        """The entry's day, coin and amount, as it was saved."""
        self.day.set_value(day)
        self.coin.setCurrentText(coin)
        self.amount.setText(format(amount, "f"))

    def values(self) -> dict[str, Any]:
        return super().values() | {"coin": self.coin.currentText()}


class SaleDialog(LedgerEntryDialog):
    def __init__(self, mining: Any, sale_id: int | None = None, parent: QWidget | None = None):
        title = tr("Edit sale") if sale_id else tr("New sale")
        super().__init__(
            title, mining, sale_id, mining.sale_form(), "sale_date", tr("Amount"), parent
        )
        self.amount.setPlaceholderText("0.12345678")
        self.price = self.add_field("price", tr("Price per coin"), QLineEdit())
        self.currency = self.add_field("currency", tr("Price currency"), typed_choice(CURRENCIES))
        self.kzt_rate = self.add_field(
            "kzt_rate",
            tr("KZT per unit of the currency"),
            QLineEdit(),
            tr("Optional: for a price in another currency, gives the KZT value."),
        )
        self.value_kzt = self.add_field(
            "value_kzt",
            tr("Value in KZT"),
            QLineEdit(),
            tr("Optional: leave empty to derive it from the price (and rate)."),
        )
        self.venue = QComboBox()
        for venue_id, name in self.offer.venues:
            self.venue.addItem(name, venue_id)
        self.add_field("venue_id", tr("Venue"), self.venue)
        self.counterparty = self.add_field("counterparty", tr("Counterparty"), QLineEdit())
        self.reference = self.add_field(
            "reference", tr("Reference"), QLineEdit(), tr("The trade id at the venue.")
        )
        self.preview = QLabel()
        self.preview.setObjectName("pageHint")
        self.preview.setWordWrap(True)
        self.form.addRow("", self.preview)
        if sale_id is not None:
            self._load(sale_id)
        for signal in (
            self.amount.textChanged,
            self.price.textChanged,
            self.kzt_rate.textChanged,
            self.value_kzt.textChanged,
            self.currency.currentTextChanged,
            self.venue.currentIndexChanged,
            self.day.edit.dateChanged,
        ):
            signal.connect(self._update_preview)
        self._update_preview()

    def _load(self, sale_id: int) -> None:
        sale = self.mining.sale(sale_id)
        self.show_entry(sale.sale_date, sale.coin, sale.amount)
        self.price.setText(format(sale.price, "f"))
        self.currency.setCurrentText(sale.currency)
        self.kzt_rate.setText("" if sale.kzt_rate is None else format(sale.kzt_rate, "f"))
        derived = sale.currency == KZT or sale.kzt_rate is not None
        if sale.value_kzt is not None and not derived:
            self.value_kzt.setText(format(sale.value_kzt, "f"))
        self.venue.setCurrentIndex(max(0, self.venue.findData(sale.venue_id)))
        self.counterparty.setText(sale.counterparty)
        self.reference.setText(sale.reference or "")

    def _update_preview(self) -> None:
        parts = []
        amount, price = _decimal(self.amount.text()), _decimal(self.price.text())
        if amount is not None and price is not None:
            value = kzt_value(
                amount,
                price,
                self.currency.currentText().strip().upper(),
                _decimal(self.kzt_rate.text()),
                _decimal(self.value_kzt.text()),
            )
            parts.append(
                tr("Value {value} KZT").format(value=format_amount(value, 2))
                if value is not None
                else tr("No KZT value: give a rate or the value")
            )
        day = self.day.value()
        problem = None if day is None else self.offer.venue_problem(self.venue.currentData(), day)
        if problem is not None:
            parts.append(
                tr("counts towards the mandatory sale (AIFC-licensed on that date)")
                if not problem
                else tr("does NOT count towards the mandatory sale: {why}").format(why=problem)
            )
        self.preview.setText(" · ".join(parts))

    def values(self) -> dict[str, Any]:
        return super().values() | {"currency": self.currency.currentText()}

    def save(self) -> None:
        self.submit(lambda data: self.mining.save_sale(data, self.record_id))
