"""The Mandatory sale & fees page: the running period and its projection, every period's
share against the rule, the monthly charts, and the mining fee and tax per quarter."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...regime.mining import ShareCheck
from ...registers.mining.fees import FeeLine
from ...registers.mining.mandatory_sale import coin_amount, describe_rule, percent
from ..dialogs.output_fee_basis_dialog import FeeBasisDialog
from ..format import amount
from ..list_model import ListModel
from ..mining_charts import MinedSoldChart, ShareChart
from ..notify import inform
from ..table_model import ID_ROLE
from ..table_view import hint_label, page_layout, record_table
from .dashboard import Card

STATUS_TONE = {"short": "bad", "projected short": "bad", "met": "ok", "on track": "ok"}
SPECIAL_LABELS = {
    "own_generation": "own generation",
    "renewable": "renewable",
    "no_meter": "no or faulty meter",
}
STATUS_LABELS = {
    "met": "met",
    "short": "SHORT",
    "no output": "no output",
    "no rule": "no rule in force",
    "on track": "running: on track",
    "projected short": "running: projected SHORT",
}


def short_coin(value: Decimal) -> str:
    """A coin amount to the satoshi without trailing zeros (for the cards)."""
    return format(Decimal(coin_amount(value)).normalize(), "f")


class MiningChecksPage(QWidget):
    """Periods, projection, charts and fees for one coin at a time."""

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.mining = desk.mining
        self.window_ref = window
        self.today = self.mining.today  # shown only: the desk decides with its own clock
        self.history: list[ShareCheck] = []
        self.fee_lines: list[FeeLine] = []
        layout, heading = page_layout(self, tr("Mandatory sale & fees"))
        heading.addWidget(QLabel(tr("Coin")))
        self.coin = QComboBox()
        self.coin.setMinimumContentsLength(6)
        self.coin.currentIndexChanged.connect(lambda _i: self.refresh())
        heading.addWidget(self.coin)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        heading.addWidget(refresh)
        self.rule_hint = hint_label()
        layout.addWidget(self.rule_hint)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._share_tab(), tr("Mandatory sale"))
        self.tabs.addTab(self._charts_tab(), tr("Charts"))
        self.tabs.addTab(self._fees_tab(), tr("Fees && tax"))
        layout.addWidget(self.tabs, 1)
        # filled when shown (showEvent), and again each time the page is shown

    # --- layout -----------------------------------------------------------------------

    def _share_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.running_title = QLabel()
        self.running_title.setObjectName("cardLabel")
        column.addWidget(self.running_title)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards = {
            "mined": Card(tr("Mined so far")),
            "sold": Card(tr("Sold via AIFC-licensed venues")),
            "share": Card(tr("Share so far")),
            "required": Card(tr("Required share")),
            "projected": Card(tr("Projected share at the end")),
            "to_sell": Card(tr("Still to sell by the end")),
        }
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 3, index % 3)
        column.addLayout(grid)
        self.warning = QLabel()
        self.warning.setObjectName("fieldError")
        self.warning.setWordWrap(True)
        column.addWidget(self.warning)
        column.addWidget(hint_label(tr("Every period, newest first"), wrap=False))
        self.history_model = ListModel(
            [
                tr("Period"),
                tr("Mined"),
                tr("Sold via licensed"),
                tr("Sold elsewhere"),
                tr("Share"),
                tr("Required"),
                tr("Shortfall"),
                tr("Shortfall at latest price, KZT"),
                tr("Status"),
            ]
        )
        self.history_model.right_aligned = {1, 2, 3, 4, 5, 6, 7}
        self.history_table = record_table(self.history_model)
        column.addWidget(self.history_table, 1)
        return tab

    def _charts_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.mined_chart = MinedSoldChart()
        self.share_chart = ShareChart()
        column.addWidget(self.mined_chart, 1)
        column.addWidget(self.share_chart, 1)
        return tab

    def _fees_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.fee_hint = hint_label()
        bar.addWidget(self.fee_hint, 1)
        self.basis_button = QPushButton(tr("Fee basis and payment…"))
        self.basis_button.clicked.connect(self.edit_basis)
        bar.addWidget(self.basis_button)
        column.addLayout(bar)
        self.fee_model = ListModel(
            [
                tr("Quarter"),
                tr("kWh"),
                tr("Rate"),
                tr("Fee, KZT"),
                tr("Due"),
                tr("Paid"),
                tr("Sales, KZT"),
                tr("Income-tax estimate, KZT"),
            ]
        )
        self.fee_model.right_aligned = {1, 3, 6, 7}
        self.fee_table = record_table(self.fee_model)
        self.fee_table.doubleClicked.connect(lambda _index: self.edit_basis())
        column.addWidget(self.fee_table, 1)
        self.tax_source = hint_label()
        column.addWidget(self.tax_source)
        return tab

    # --- data -------------------------------------------------------------------------

    def _fill_coins(self) -> None:
        found = self.mining.coins()
        current = self.coin.currentText()
        self.coin.blockSignals(True)
        self.coin.clear()
        self.coin.addItems(found or ["BTC"])
        if current in found:
            self.coin.setCurrentText(current)
        self.coin.blockSignals(False)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fill_coins()
        self.refresh()

    def show_fees(self) -> None:
        self.tabs.setCurrentIndex(2)

    def refresh(self) -> None:
        self.today = self.mining.today
        coin = self.coin.currentText() or "BTC"
        overview = self.mining.share_overview(coin)
        fees = self.mining.fee_report()
        self.history = overview.history
        self.fee_lines = fees.lines
        self.bands_text, self.special, self.due_day = fees.bands, fees.special, fees.due_day
        share_rule = overview.required_share
        self.rule_hint.setText(
            tr(
                "Share = sold through AIFC-licensed venues ÷ mined, per calendar {period}. "
                "Required today: {share} [{mark}] (rule mining.sale.required_share: {source})."
            ).format(
                period=tr(overview.period_kind),
                share=percent(share_rule.value),
                mark=share_rule.confidence,
                source=share_rule.source,
            )
        )
        self._show_running(coin)
        self._show_history()
        self.mined_chart.set_points(overview.months, coin)
        self.share_chart.set_points(overview.months, coin)
        self._show_fees()

    def _show_running(self, coin: str) -> None:
        running = next((c for c in self.history if c.running), None)
        for card in self.cards.values():
            card.value.setText("—")
        self.warning.setText("")
        if running is None:
            self.running_title.setText(tr("No output or sales for {coin} yet.").format(coin=coin))
            return
        p = running.projection
        elapsed = p.elapsed_days if p else (self.today - running.period.start).days + 1
        self.running_title.setText(
            tr("Running period {period}: day {day} of {days}, to {end}").format(
                period=running.period.label,
                day=elapsed,
                days=running.period.days,
                end=f"{running.period.end:%d.%m.%Y}",
            )
        )
        self.cards["mined"].value.setText(f"{short_coin(running.mined)} {coin}")
        self.cards["sold"].value.setText(f"{short_coin(running.sold_licensed)} {coin}")
        self.cards["share"].value.setText(percent(running.share))
        self.cards["required"].value.setText(describe_rule(running))
        if p is None:
            return
        self.cards["projected"].value.setText(percent(p.projected_share))
        self.cards["to_sell"].value.setText(f"{short_coin(p.still_to_sell)} {coin}")
        if p.short:
            money = (
                tr(" (about {kzt} KZT at the latest price)").format(
                    kzt=amount(running.still_to_sell_kzt, 0)
                )
                if running.still_to_sell_kzt is not None
                else ""
            )
            self.warning.setText(
                tr(
                    "Projected to fall short: sell {amount} {coin} more through AIFC-licensed "
                    "venues by {end}{money}. On the Dashboard from {warn}."
                ).format(
                    amount=coin_amount(p.still_to_sell),
                    coin=coin,
                    end=f"{running.period.end:%d.%m.%Y}",
                    money=money,
                    warn=f"{p.warn_from:%d.%m.%Y}",
                )
            )

    def _show_history(self) -> None:
        rows, tones = [], []
        for check in self.history:
            rows.append(
                (
                    check.period.label,
                    coin_amount(check.mined),
                    coin_amount(check.sold_licensed),
                    coin_amount(check.sold_other),
                    percent(check.share),
                    describe_rule(check),
                    coin_amount(check.shortfall) if check.shortfall else "",
                    amount(check.shortfall_kzt, 0) if check.shortfall_kzt else "",
                    tr(STATUS_LABELS.get(check.status, check.status)),
                )
            )
            tones.append(STATUS_TONE.get(check.status))
        self.history_model.set_rows(rows, [c.period.start for c in self.history], tones)
        self.history_table.resizeColumnsToContents()

    def _show_fees(self) -> None:
        rows, tones = [], []
        for line in self.fee_lines:
            overdue = not line.paid and line.fee.due < self.today and line.fee.kwh > 0
            rows.append(
                (
                    line.quarter.label,
                    amount(line.fee.kwh),
                    line.rate_text(),
                    amount(line.fee.fee, 2),
                    line.fee.due,
                    f"{line.basis.paid_on:%d.%m.%Y}"
                    if line.paid and line.basis is not None and line.basis.paid_on
                    else (tr("OVERDUE") if overdue else tr("not yet")),
                    amount(line.income_kzt, 2),
                    amount(line.income_tax, 2) if line.income_tax is not None else tr("off"),
                )
            )
            tones.append("bad" if overdue else None)
        self.fee_model.set_rows(rows, [line.quarter for line in self.fee_lines], tones)
        self.fee_table.resizeColumnsToContents()
        special = ", ".join(
            f"{tr(SPECIAL_LABELS.get(key, key))} {rate}" for key, rate in self.special.items()
        )
        self.fee_hint.setText(
            tr(
                "Fee = kWh used (Mining output) × the rate of the quarter's average electricity "
                "price band (rule mining.fee.bands: {bands}); special rates, KZT/kWh: "
                "{special}; the highest where several apply. Due on day {day} of the month "
                "after the quarter."
            ).format(bands=self.bands_text, special=special, day=self.due_day)
        )
        source = next((x.income_tax_source for x in self.fee_lines if x.income_tax_source), "")
        if source:
            text = tr(
                "Income-tax estimate (optional, not a tax return): rate × the KZT value of "
                "the quarter's sales, before costs. Source: {source}"
            ).format(source=source)
        else:
            text = tr(
                "The income-tax estimate is switched off (rule mining.income_tax.show_estimate)."
            )
        self.tax_source.setText(text)

    def edit_basis(self) -> FeeBasisDialog | None:
        rows = self.fee_table.selectionModel().selectedRows()
        if not rows:
            if not self.fee_lines:
                inform(self, tr("Mining fee"), tr("Record output with kWh first."))
                return None
            quarter = self.fee_lines[0].quarter
        else:
            quarter = self.fee_model.data(rows[0], ID_ROLE)
        dialog = FeeBasisDialog(self.mining, quarter, self)
        dialog.finished.connect(
            lambda _result: self.refresh() if dialog.saved_id is not None else None
        )
        dialog.open()
        return dialog
