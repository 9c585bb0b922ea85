"""The Dashboard: what needs the officer's attention today, most urgent first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
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

from ...i18n import tr
from ...registers import calendar
from ...registers.listing import ListQuery
from ..form import hint_label
from ..list_model import ListModel
from ..table_model import ID_ROLE

URGENCY_TONE = {"overdue": "bad", "due soon": "warn", "upcoming": None}


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
        self.cards = {
            "overdue": Card(tr("Overdue or expired")),
            "soon": Card(tr("Due within 30 days")),
            "open": Card(tr("Open reminders")),
            "licences": Card(tr("Licences in force")),
        }
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        layout.addLayout(cards)
        caption = tr("Reminders — most urgent first. Double-click to open the record.")
        layout.addWidget(hint_label(caption, wrap=False))
        self.model = ListModel(["Urgency", "Due", "Days", "What", "Item", "Detail", "Owner"])
        self.model.right_aligned = {2}
        self.table = deadline_table(self.model, self._open)
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
        self.refresh()

    def refresh(self) -> None:
        self.today = self.programme.today
        # every register's deadlines, kept for the start-up notice (calendar.notify_due)
        self.deadlines = self.programme.deadlines()
        self.reminders = calendar.open_reminders(self.deadlines, self.today)
        firm = self.programme.firm_name()
        in_force = self._licences_in_force()
        self.title.setText(tr("Dashboard — {firm}").format(firm=firm) if firm else tr("Dashboard"))
        self.date_label.setText(tr("Today {date}").format(date=f"{self.today:%d.%m.%Y}"))
        urgency_labels = {
            "overdue": tr("overdue"),
            "due soon": tr("due soon"),
            "upcoming": tr("upcoming"),
        }
        rows, keys, tones = [], [], []
        for item in self.reminders:
            urgency = item.urgency(self.today)
            rows.append(
                (
                    urgency_labels.get(urgency, urgency),
                    item.due,
                    item.days_left(self.today),
                    item.kind,
                    item.title,
                    item.detail,
                    item.owner,
                )
            )
            keys.append((item.register, item.record_id))
            tones.append(URGENCY_TONE[urgency])
        self.model.set_rows(rows, keys, tones)
        self.table.horizontalHeader().setResizeContentsPrecision(100)  # thousands of rows
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):  # the last column stretches
            header.resizeSection(column, min(header.sectionSize(column), 380))
        overdue = sum(1 for d in self.reminders if d.days_left(self.today) < 0)
        soon = sum(1 for d in self.reminders if 0 <= d.days_left(self.today) <= 30)
        self.cards["overdue"].value.setText(str(overdue))
        self.cards["soon"].value.setText(str(soon))
        self.cards["open"].value.setText(str(len(self.reminders)))
        self.cards["licences"].value.setText(str(in_force))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _licences_in_force(self) -> int:
        listing = self.licensing.licence_listing()
        return len(self.licensing.list_ids(listing, ListQuery(filters={"status": "active"})))

    def _open(self, register: str, record_id: int) -> None:
        if self.window_ref is not None:
            self.window_ref.open_record(register, record_id)
