"""Add or edit a sale, with its KZT value and whether it counts (AIFC-licensed venue on
the sale date) shown as it is typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.mining import sales, venues
from ...registers.mining.common import KZT, venue_problem
from ..form import DateField, FormDialog
from ..format import amount as format_amount

CURRENCIES = ("KZT", "USDT", "USD", "EUR")


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class SaleDialog(FormDialog):
    def __init__(self, store: Any, sale_id: int | None = None, parent: QWidget | None = None):
        super().__init__(tr("Edit sale") if sale_id else tr("New sale"), parent)
        self.store = store
        self.sale_id = sale_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        with store.reading() as session:
            choices = venues.choices(session)
            self.venues = {v.id: v for v in (venues.get(session, i) for i, _ in choices)}
            known = sales.coins(session)
        self.sale_date = self.add_field("sale_date", tr("Date"), DateField())
        self.coin = QComboBox()
        self.coin.setEditable(True)
        self.coin.addItems(known or ["BTC"])
        self.add_field("coin", tr("Coin"), self.coin)
        self.amount = self.add_field("amount", tr("Amount"), QLineEdit())
        self.amount.setPlaceholderText("0.12345678")
        self.price = self.add_field("price", tr("Price per coin"), QLineEdit())
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.add_field("currency", tr("Price currency"), self.currency)
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
        for venue_id, name in choices:
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
            self.sale_date.edit.dateChanged,
        ):
            signal.connect(self._update_preview)
        self._update_preview()

    def _load(self, sale_id: int) -> None:
        with self.store.reading() as session:
            sale = sales.get(session, sale_id)
        self.sale_date.set_value(sale.sale_date)
        self.coin.setCurrentText(sale.coin)
        self.amount.setText(format(sale.amount, "f"))
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
            value = sales.kzt_value(
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
        venue = self.venues.get(self.venue.currentData())
        day = self.sale_date.value()
        if venue is not None and day is not None:
            problem = venue_problem(venue, day)
            parts.append(
                tr("counts towards the mandatory sale (AIFC-licensed on that date)")
                if not problem
                else tr("does NOT count towards the mandatory sale: {why}").format(why=problem)
            )
        self.preview.setText(" · ".join(parts))

    def values(self) -> dict[str, Any]:
        return {
            "sale_date": self.sale_date.value(),
            "coin": self.coin.currentText(),
            "amount": self.amount.text(),
            "price": self.price.text(),
            "currency": self.currency.currentText(),
            "kzt_rate": self.kzt_rate.text(),
            "value_kzt": self.value_kzt.text(),
            "venue_id": self.venue.currentData(),
            "counterparty": self.counterparty.text(),
            "reference": self.reference.text(),
        }

    def save(self) -> None:
        data = self.values()
        try:
            with self.store.transaction() as session:
                if self.sale_id is None:
                    sale = sales.create(session, data, self.today)
                else:
                    sale = sales.update(session, self.sale_id, data, self.today)
                self.saved_id = sale.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
