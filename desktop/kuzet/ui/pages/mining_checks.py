"""The Mandatory sale & fees page: the running period and its projection, every period's
share against the rule, the monthly charts, and the mining fee and tax per quarter."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_date, format_number, tr
from ...regime import mining
from ...regime.mining import ShareCheck
from ...regime.severity import CRITICAL, HIGH, severity_label, severity_or
from ...registers.mining.fees import FeeLine
from ...registers.mining.mandatory_sale import coin_amount, describe_rule
from ..dialogs.output_fee_basis_dialog import FeeBasisDialog
from ..format import amount
from ..list_model import ListModel
from ..mining_charts import MinedSoldChart, ShareChart
from ..table_view import hint_label, page_layout, record_table
from .dashboard import Card
from .mining_fees import FeesTab

# A closed period not met is critical, a running one projected short high (their findings'
# default levels); the page reads the levels from the rule pack (``_tone``).
STATUS_TONE = {
    mining.NOT_MET: CRITICAL,
    mining.PROJECTED_SHORT: HIGH,
    mining.MET: "ok",
    mining.ON_TRACK: "ok",
}
STATUS_LABELS = {
    mining.MET: "met",
    mining.NOT_MET: "not met",
    mining.NO_OUTPUT: "no output",
    mining.NO_RULE: "no rule in force",
    mining.ON_TRACK: "running: on track",
    mining.PROJECTED_SHORT: "running: projected short",
}


def short_coin(value: Decimal) -> str:
    """A coin amount to the satoshi without trailing zeros (for the cards)."""
    return format_number(Decimal(coin_amount(value)).normalize())


def coin_text(value: Decimal | None) -> str:
    """A coin amount to the satoshi (8 places), grouped as the UI's language writes it."""
    return "—" if value is None else format_number(value, 8)


def share_text(value: Decimal | None) -> str:
    """A share as a percentage to one place, in the UI's language's number style."""
    return "—" if value is None else format_number(value * 100, 1) + "%"


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
            "to_sell": Card(tr("Projected shortfall at the end, if no more is sold")),
        }
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 3, index % 3)
        column.addLayout(grid)
        # the running period has two shortfalls: name each (issue: they were unlabelled)
        self.shortfalls = hint_label()
        column.addWidget(self.shortfalls)
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
        self.fees_tab = FeesTab(self.mining, self.refresh)
        self.fee_model, self.fee_table = self.fees_tab.fee_model, self.fees_tab.fee_table
        return self.fees_tab

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
        self.fee_report = fees
        share_rule = overview.required_share
        self.rule_hint.setText(
            tr(
                "Share = sold through AIFC-licensed venues ÷ mined, per calendar {period}. "
                "Required today: {share} [{mark}] (rule mining.sale.required_share: {source})."
            ).format(
                period=tr(overview.period_kind),
                share=share_text(share_rule.value),
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
        self.shortfalls.setText("")
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
                end=format_date(running.period.end),
            )
        )
        self.cards["mined"].value.setText(f"{short_coin(running.mined)} {coin}")
        self.cards["sold"].value.setText(f"{short_coin(running.sold_licensed)} {coin}")
        self.cards["share"].value.setText(share_text(running.share))
        self.cards["required"].value.setText(describe_rule(running))
        if p is None:
            return
        self.cards["projected"].value.setText(share_text(p.projected_share))
        self.cards["to_sell"].value.setText(f"{short_coin(p.still_to_sell)} {coin}")
        self.shortfalls.setText(
            tr(
                "Two shortfalls for {period}: so far, {so_far} {coin} is missing against the "
                'output to date (the table\'s "shortfall so far"); at the end, {at_end} {coin} '
                "must still be sold by {end} if mining goes on at this pace and nothing more "
                "is sold (the projected shortfall)."
            ).format(
                period=running.period.label,
                so_far=short_coin(running.shortfall),
                at_end=short_coin(p.still_to_sell),
                coin=coin,
                end=format_date(running.period.end),
            )
        )
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
                    amount=coin_text(p.still_to_sell),
                    coin=coin,
                    end=format_date(running.period.end),
                    money=money,
                    warn=format_date(p.warn_from),
                )
            )

    def _show_history(self) -> None:
        rows, tones = [], []
        rules, today = self.mining.rules(), self.mining.today
        levels = {
            status: severity_or(rules, kind, today, STATUS_TONE[status])
            for status, kind in mining.FINDING_KINDS.items()
            if status != mining.MET
        }
        for check in self.history:
            rows.append(
                (
                    check.period.label,
                    coin_text(check.mined),
                    coin_text(check.sold_licensed),
                    coin_text(check.sold_other),
                    share_text(check.share),
                    describe_rule(check),
                    self._shortfall_text(check),
                    amount(check.shortfall_kzt, 0) if check.shortfall_kzt else "",
                    self._status_text(check.status, levels.get(check.status)),
                )
            )
            tones.append(levels.get(check.status, STATUS_TONE.get(check.status)))
        self.history_model.set_rows(rows, [c.period.start for c in self.history], tones)
        self.history_table.resizeColumnsToContents()

    @staticmethod
    def _shortfall_text(check: ShareCheck) -> str:
        """The shortfall of a closed period; a running period's says it is so far."""
        if not check.shortfall:
            return ""
        if check.running:
            return tr("{amount} so far").format(amount=short_coin(check.shortfall))
        return short_coin(check.shortfall)

    @staticmethod
    def _status_text(status: str, level: str | None) -> str:
        """The status in words, with the level of a finding (the colour is not the only sign)."""
        text = tr(STATUS_LABELS.get(status, status))
        return f"{text} ({severity_label(level).lower()})" if level else text

    def _show_fees(self) -> None:
        self.fees_tab.show_report(self.fee_report, self.today)

    def edit_basis(self) -> FeeBasisDialog | None:
        return self.fees_tab.edit_basis()
