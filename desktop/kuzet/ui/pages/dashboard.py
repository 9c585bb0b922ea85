"""The Dashboard: what needs the officer's attention today, the most serious first.

Every finding has a severity (``regime/severity.py``, levels from rule
``findings.severity``): a gap in screening (no list in force, or lists too old) at the very
top, activity without the licence it needs, closed periods whose mandatory-sale share was
not met, and every register's deadlines inside their reminder window. They are sorted by
severity, then by due date; each row says its level in words and colour, and the counts
per level sit above the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_date, format_number, tr
from ...regime import mining
from ...regime.severity import (
    CRITICAL,
    HIGH,
    MEDIUM,
    SEVERITIES,
    severity_key,
    severity_label,
    severity_or,
)
from ...registers import calendar
from ...registers.listing import ListQuery
from ..form import hint_label
from ..list_model import AnyIndex, ListModel
from ..style import SEVERITY_FILLS, SEVERITY_ON_FILL, severity_badge_css
from ..table_model import ID_ROLE
from ..table_view import ColumnFitter, FittedListModel

# The tone of a deadline by urgency where no severity is known (the Calendar's list).
URGENCY_TONE = {"overdue": HIGH, "due soon": MEDIUM, "upcoming": None}
CLOSED_PERIODS_SHOWN = 4  # a closed period not met stays on the Dashboard for a year of quarters


@dataclass(frozen=True)
class Finding:
    """One row of the Dashboard: a deadline or a finding without a due date."""

    severity: str
    what: str
    item: str
    detail: str = ""
    due: dt.date | None = None
    owner: str = ""
    register: str = ""
    record_id: int = 0
    urgency: str = ""  # a deadline's: overdue, due soon, upcoming

    def sort_key(self) -> tuple[Any, ...]:
        """Most serious first; then findings without a date (they are now), then by due."""
        return (severity_key(self.severity), self.due is not None, self.due or dt.date.min)


class SeverityModel(FittedListModel):
    """The Dashboard's list: the Severity column (0) is a filled badge with its word."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0:
            level = self.tones[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole and level in SEVERITY_FILLS:
                return QBrush(QColor(SEVERITY_FILLS[level]))
            if role == Qt.ItemDataRole.ForegroundRole and level in SEVERITY_ON_FILL:
                return QBrush(QColor(SEVERITY_ON_FILL[level]))
        return super().data(index, role)


def deadline_table(model: ListModel, open_record: Callable[[str, int], None]) -> QTableView:
    """A list of deadlines (the Dashboard's and the Calendar's): whole rows, and a
    double-click opens the deadline's record."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.doubleClicked.connect(lambda index: open_record(*model.data(index, ID_ROLE)))
    return table


class Card(QFrame):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        caption = QLabel(tr(label))
        caption.setObjectName("cardLabel")
        layout.addWidget(self.value)
        layout.addWidget(caption)


class FirstStepsPanel(QFrame):
    """What to do first on a new database, in order; each step a button that opens its
    page and says "done" once it is done. Hidden when every step is done."""

    def __init__(self, open_page: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("card")
        self.open_page = open_page
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(16, 10, 16, 10)
        self.layout_.setHorizontalSpacing(12)
        self.layout_.setVerticalSpacing(4)
        heading = QLabel(tr("First steps — what to do first, in this order"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.layout_.addWidget(heading, 0, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.order: list[str] = []
        self.setVisible(False)

    def show_steps(self, steps: list[Any]) -> None:
        self.setVisible(bool(steps) and not all(step.done for step in steps))
        for row, step in enumerate(steps, start=1):
            button = self.buttons.get(step.key)
            if button is None:
                button = QPushButton()
                button.setObjectName(f"firstStep_{step.key}")
                button.setStyleSheet("text-align: left; padding: 2px 8px;")
                button.clicked.connect(lambda _c=False, page=step.page: self.open_page(page))
                state, hint = QLabel(), hint_label(wrap=True)
                self.layout_.addWidget(button, row, 0)
                self.layout_.addWidget(state, row, 1)
                self.layout_.addWidget(hint, row, 2)
                self.buttons[step.key], self.states[step.key] = button, state
                self.hints[step.key] = hint
                self.order.append(step.key)
            button.setText(f"{row}. {tr(step.title)}")
            self.states[step.key].setText("✓ " + tr("done") if step.done else tr("to do"))
            self.hints[step.key].setText(tr(step.why))
        self.layout_.setColumnStretch(2, 1)


class DashboardPage(QWidget):
    """Cards with counts and the list of open reminders from every register."""

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.programme = desk.programme  # the firm, and every register's deadlines
        self.licensing = desk.licensing
        self.window_ref = window
        self.today = self.programme.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        heading = QHBoxLayout()
        self.title = QLabel(tr("Dashboard"))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long firm name wraps instead of widening the window
        heading.addWidget(self.title)
        heading.addStretch(1)
        self.date_label = hint_label(wrap=False)
        heading.addWidget(self.date_label)
        refresh = QPushButton(tr("Refresh"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.refresh)
        heading.addWidget(refresh)
        layout.addLayout(heading)
        cards = QGridLayout()
        cards.setSpacing(12)
        # why screening cannot be trusted now: above everything else
        self.gap_banner = QLabel()
        self.gap_banner.setObjectName("screeningGap")
        self.gap_banner.setWordWrap(True)
        self.gap_banner.setVisible(False)
        layout.addWidget(self.gap_banner)
        self.first_steps = FirstStepsPanel(self._open_page)
        layout.addWidget(self.first_steps)
        self.cards = {
            "overdue": Card(tr("Overdue or expired")),
            "soon": Card(tr("Due within 30 days")),
            "open": Card(tr("Open reminders")),
            "licences": Card(tr("Licences in force")),
        }
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        layout.addLayout(cards)
        counts = QHBoxLayout()
        counts.setSpacing(8)
        self.level_counts: dict[str, QLabel] = {}
        for level in SEVERITIES:
            badge = QLabel()
            badge.setObjectName(f"count_{level}")
            badge.setStyleSheet(severity_badge_css(level))
            self.level_counts[level] = badge
            counts.addWidget(badge)
        counts.addStretch(1)
        layout.addLayout(counts)
        caption = tr(
            "Findings and reminders — the most serious first, then by due date. "
            "Double-click to open the record."
        )
        layout.addWidget(hint_label(caption, wrap=False))
        self.model = SeverityModel(["Severity", "Due", "Days", "What", "Item", "Detail", "Owner"])
        self.model.right_aligned = {2}
        self.table = deadline_table(self.model, self._open)
        # In view at 1366 px in every language: the Owner hides first (its value then in
        # the row's tooltip), then What, Item and Detail narrow and elide.
        self.column_fitter = ColumnFitter(self.table, (0, 1, 2, 3, 4, 5), widest=380)
        self.empty = QLabel(
            tr(
                "Nothing needs attention: no deadline is inside its reminder window.\n\n"
                "Add your licences on the Licences page (or import them) and their expiries "
                "will show here 90, 60 and 30 days ahead."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # takes the table's room, so the cards keep their size
        self.deadlines: list[calendar.Deadline] = []
        self.reminders: list[calendar.Deadline] = []
        self.findings: list[Finding] = []
        self.desk = desk
        self.refresh()

    def refresh(self) -> None:
        self.today = self.programme.today
        # every register's deadlines, kept for the start-up notice (calendar.notify_due)
        self.deadlines = self.programme.deadlines()
        self.reminders = calendar.open_reminders(self.deadlines, self.today)
        firm = self.programme.firm_name()
        in_force = self._licences_in_force()
        self.title.setText(tr("Dashboard — {firm}").format(firm=firm) if firm else tr("Dashboard"))
        self.date_label.setText(tr("Today {date}").format(date=format_date(self.today)))
        gap = self._screening_gap()
        self.findings = sorted(
            [
                *gap,
                *self._inactive_activity(),
                *self._mandatory_sale_not_met(),
                *(self._from_deadline(d) for d in self.reminders),
            ],
            key=Finding.sort_key,
        )
        self._show_gap(gap[0] if gap else None)
        steps = getattr(self.programme, "first_steps", None)
        self.first_steps.show_steps(steps() if steps is not None else [])
        rows, keys, tones = [], [], []
        for item in self.findings:
            rows.append(
                (
                    severity_label(item.severity),
                    item.due,
                    item.due and (item.due - self.today).days,
                    item.what,
                    item.item,
                    item.detail,
                    item.owner,
                )
            )
            keys.append((item.register, item.record_id))
            tones.append(item.severity)
        self.model.set_rows(rows, keys, tones)
        self.column_fitter.remember()  # sized to the rows on screen, none over 380 px
        overdue = sum(1 for d in self.reminders if d.days_left(self.today) < 0)
        soon = sum(1 for d in self.reminders if 0 <= d.days_left(self.today) <= 30)
        self.cards["overdue"].value.setText(str(overdue))
        self.cards["soon"].value.setText(str(soon))
        self.cards["open"].value.setText(str(len(self.reminders)))
        self.cards["licences"].value.setText(str(in_force))
        for level, badge in self.level_counts.items():
            count = sum(1 for f in self.findings if f.severity == level)
            badge.setText(f"{severity_label(level)}: {count}")
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def counts(self) -> dict[str, int]:
        """How many findings of each level the Dashboard shows."""
        return {lv: sum(1 for f in self.findings if f.severity == lv) for lv in SEVERITIES}

    # --- the findings ---------------------------------------------------------------------

    def _from_deadline(self, item: calendar.Deadline) -> Finding:
        urgency = item.urgency(self.today)
        return Finding(
            severity=item.severity or URGENCY_TONE.get(urgency) or "info",
            what=item.kind,
            item=item.title,
            detail=item.detail,
            due=item.due,
            owner=item.owner,
            register=item.register,
            record_id=item.record_id,
            urgency=urgency,
        )

    def _screening_gap(self) -> list[Finding]:
        screening = getattr(self.desk, "screening", None)
        lists_gap = getattr(screening, "lists_gap", None)  # helper of the screening desk
        gap = lists_gap() if lists_gap is not None else None
        if not gap:
            return []
        kind = getattr(gap, "kind", "screening_lists_missing")
        level = severity_or(self.programme.rules(), kind, self.today, CRITICAL)
        title = (
            tr("Screening lists too old")
            if kind == "screening_lists_stale"
            else tr("No screening list in force")
        )
        return [
            Finding(
                severity=level,
                what=title,
                item=str(gap),
                detail=tr("import the current lists on the Watchlists page"),
                register="watchlist_version",
            )
        ]

    def _show_gap(self, gap: Finding | None) -> None:
        self.gap_banner.setVisible(gap is not None)
        if gap is None:
            return
        self.gap_banner.setText(f"{severity_label(gap.severity).upper()}: {gap.what}. {gap.item}")
        self.gap_banner.setStyleSheet(severity_badge_css(gap.severity) + " padding: 8px 10px;")

    def _inactive_activity(self) -> list[Finding]:
        found = getattr(self.licensing, "inactive_activity", None)
        return [
            Finding(
                severity=f.severity,
                what=tr("Activity without its licence"),
                item=f.title(),
                detail=f.detail(),
                register="licence",
                record_id=f.licence_id or 0,
            )
            for f in (found() if found is not None else [])
        ]

    def _mandatory_sale_not_met(self) -> list[Finding]:
        """Closed periods whose mandatory-sale share was not met (the last year of them)."""
        area = getattr(self.desk, "mining", None)
        if area is None:
            return []
        rules = self.programme.rules()
        level = severity_or(rules, mining.FINDING_KINDS[mining.NOT_MET], self.today, CRITICAL)
        found = []
        for coin in area.coins():
            closed = [c for c in area.share_checks(coin) if not c.running]
            for check in closed[:CLOSED_PERIODS_SHOWN]:
                if check.status != mining.NOT_MET:
                    continue
                found.append(
                    Finding(
                        severity=level,
                        what=tr("Mandatory sale not met"),
                        item=tr("{period} {coin}: sold {share} of {required} required").format(
                            period=check.period.label,
                            coin=coin,
                            share=format_number((check.share or 0) * 100, 1) + "%",
                            required=format_number((check.required_share or 0) * 100, 1) + "%",
                        ),
                        detail=tr("shortfall {amount} {coin}").format(
                            amount=format_number(check.shortfall.normalize()), coin=coin
                        ),
                        register="sale",
                    )
                )
        return found

    def _licences_in_force(self) -> int:
        listing = self.licensing.licence_listing()
        return len(self.licensing.list_ids(listing, ListQuery(filters={"status": "active"})))

    def _open_page(self, key: str) -> None:
        if self.window_ref is not None:
            self.window_ref.show_page(key)

    def _open(self, register: str, record_id: int) -> None:
        if self.window_ref is not None:
            self.window_ref.open_record(register, record_id)
