"""The Fees & tax tab of the Mandatory sale & fees page: the mining fee per quarter (or why
it cannot be computed), its payment and declaration dates, the quarter's output valued at
receipt at the State Revenue Committee's price, and the officer's income-tax estimate."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...i18n import format_date, plural, tr
from ...regime.severity import HIGH, MEDIUM
from ...registers.mining.fees import FeeLine, FeeReport
from ..dialogs.coin_price_dialog import CoinPricesDialog
from ..dialogs.output_fee_basis_dialog import FeeBasisDialog
from ..format import amount
from ..list_model import ListModel
from ..notify import inform
from ..table_model import ID_ROLE
from ..table_view import hint_label, record_table

SPECIAL_LABELS = {
    "own_generation": "own generation",
    "renewable": "own renewable plants",
    "no_meter": "no or faulty meter",
}


def _day(day: dt.date | None) -> str:
    return format_date(day) if day else ""


class FeesTab(QWidget):
    """One row per quarter, newest first; double-click edits the quarter's basis."""

    def __init__(self, mining: Any, on_change: Any = None) -> None:
        super().__init__()
        self.mining = mining  # registers/mining/desk.py
        self.on_change = on_change  # called after a basis or a price was saved
        self.lines: list[FeeLine] = []
        self.today = mining.today
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.fee_hint = hint_label()
        bar.addWidget(self.fee_hint, 1)
        self.basis_button = QPushButton(tr("Fee basis and payment…"))
        self.basis_button.clicked.connect(self.edit_basis)
        bar.addWidget(self.basis_button)
        self.prices_button = QPushButton(tr("SRC prices…"))
        self.prices_button.clicked.connect(self.open_prices)
        bar.addWidget(self.prices_button)
        for button in (self.basis_button, self.prices_button):
            button.setVisible(mining.may())  # hidden if the role may not
        column.addLayout(bar)
        self.fee_model = ListModel(
            [
                tr("Quarter"),
                tr("kWh"),
                tr("Rate"),
                tr("Fee, KZT"),
                tr("Due"),
                tr("Paid"),
                tr("Declaration"),
                tr("Output at receipt, KZT"),
                tr("Income-tax estimate, KZT"),
            ]
        )
        self.fee_model.right_aligned = {1, 3, 7, 8}
        self.fee_table = record_table(self.fee_model)
        self.fee_table.doubleClicked.connect(
            lambda _index: self.edit_basis() if self.mining.may() else None
        )
        column.addWidget(self.fee_table, 1)
        self.problems = hint_label()
        column.addWidget(self.problems)
        self.tax_source = hint_label()
        column.addWidget(self.tax_source)

    def show_report(self, report: FeeReport, today: dt.date) -> None:
        self.today = today
        self.lines = report.lines
        rows, tones, problems = [], [], []
        for line in self.lines:
            fee = line.fee
            overdue = not line.paid and fee.due < today and fee.kwh > 0
            computed = fee.fee is not None
            if not computed and fee.kwh > 0:
                problems.append(
                    tr("{quarter}: no fee figure: {why}").format(
                        quarter=line.quarter.label, why=line.why_not_computed()
                    )
                )
            declaration = (
                _day(line.basis.declared_on)
                if line.declared and line.basis is not None
                else tr("due {day}").format(day=_day(fee.declaration_due))
                if fee.declaration_due
                else ""
            )
            rows.append(
                (
                    line.quarter.label,
                    amount(fee.kwh),
                    line.rate_text(),
                    amount(fee.fee, 2) if computed else tr("not computed"),
                    fee.due,
                    _day(line.basis.paid_on)
                    if line.paid and line.basis is not None
                    else (tr("overdue (high)") if overdue else tr("not yet")),
                    declaration,
                    self._valued(line),
                    amount(line.income_tax, 2) if line.income_tax is not None else tr("none"),
                )
            )
            tones.append(HIGH if overdue else (MEDIUM if not computed and fee.kwh > 0 else None))
        self.fee_model.set_rows(rows, [line.quarter for line in self.lines], tones)
        self.fee_table.resizeColumnsToContents()
        special = ", ".join(
            f"{tr(SPECIAL_LABELS.get(key, key))} {rate}" for key, rate in report.special.items()
        )
        declaration = (
            tr(
                " The quarterly declaration is due on day {day} (rule mining.fee.declaration_due)."
            ).format(day=report.declaration_day)
            if report.declaration_day
            else ""
        )
        self.fee_hint.setText(
            tr(
                "Fee = kWh by energy source × its rate: grid and imported power by the "
                "quarter's average electricity price band (rule mining.fee.bands: {bands}); "
                "special rates, KZT/kWh: {special}; the highest where several apply. Paid by "
                "day {day} of month {months} after the quarter.{declaration}"
            ).format(
                bands=report.bands,
                special=special,
                day=report.due_day,
                months=report.due_months,
                declaration=declaration,
            )
        )
        self.problems.setText("\n".join(problems))
        source = next((x.income_tax_source for x in self.lines if x.income_tax_source), "")
        if source:
            text = tr(
                "Income-tax estimate (not a tax assessment): {source} × the quarter's output "
                "valued at receipt (before 2026: the KZT value of its sales), before costs."
            ).format(source=source)
        else:
            text = tr(
                "No income-tax estimate: no source sets a rate. An officer may enter one of "
                "the firm's own (override rule mining.income_tax.estimate_rate)."
            )
        self.tax_source.setText(text)

    def _valued(self, line: FeeLine) -> str:
        value = line.valuation
        if value is None:
            return ""
        text = amount(value.value_kzt, 2)
        if value.unpriced:
            days = len({day for _coin, day in value.unpriced})
            forms = tr(" ({days} day without a price)| ({days} days without a price)")
            text += plural(days, forms).format(days=days)
        return text

    def edit_basis(self) -> FeeBasisDialog | None:
        rows = self.fee_table.selectionModel().selectedRows()
        if not rows:
            if not self.lines:
                inform(self, tr("Mining fee"), tr("Record output with kWh first."))
                return None
            quarter = self.lines[0].quarter
        else:
            quarter = self.fee_model.data(rows[0], ID_ROLE)
        dialog = FeeBasisDialog(self.mining, quarter, self)
        dialog.finished.connect(lambda _result: self._changed() if dialog.saved_id else None)
        dialog.open()
        return dialog

    def open_prices(self) -> CoinPricesDialog:
        dialog = CoinPricesDialog(self.mining, self)
        dialog.finished.connect(lambda _result: self._changed())
        dialog.open()
        return dialog

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
