"""The compliance calendar: every register's deadlines in a month view and a list,
filtered by register and owner, exported to iCalendar (.ics); and the tray notice on start
of what is overdue and due this week."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ...i18n import plural, tr
from ...registers import calendar
from ...registers.deadlines import Deadline
from ..form import from_qdate, hint_label, to_qdate
from ..list_model import ListModel
from ..notify import inform
from ..table_view import heading_row
from ..tasks import Task, run_task
from .dashboard import URGENCY_TONE, deadline_table

DAY_COLOURS = {"overdue": "#f3c9c9", "due soon": "#f7e3b5", "upcoming": "#d6e6f3"}
MONTH, DAY, ALL, OVERDUE = "month", "day", "all", "overdue"


class CalendarPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.programme = desk.programme  # registers/programme/desk.py: the calendar
        self.window_ref = window
        self.today = self.programme.today
        self.items: list[Deadline] = []
        self.shown: list[Deadline] = []
        self.marked: list[QDate] = []
        self._shown_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        heading = heading_row(tr("Calendar"))
        self.summary = hint_label(wrap=False)
        heading.addWidget(self.summary)
        today_button = QPushButton(tr("Today"))
        today_button.clicked.connect(lambda _c=False: self.go_to(self.today))
        heading.addWidget(today_button)
        self.export_button = QPushButton(tr("Export .ics…"))
        self.export_button.setToolTip(tr("For Outlook, Google Calendar or Apple Calendar"))
        self.export_button.clicked.connect(lambda _c=False: self.export_dialog())
        heading.addWidget(self.export_button)
        layout.addLayout(heading)
        hint = tr(
            "Every deadline from every register. Click a day to list it; double-click a "
            "deadline to open its record. The export takes the register and owner filters."
        )
        layout.addWidget(hint_label(hint))
        bar = QHBoxLayout()
        self.register_filter = QComboBox()
        self.owner_filter = QComboBox()
        self.show_filter = QComboBox()
        for value, label in (
            (MONTH, tr("The month shown")),
            (DAY, tr("The day selected")),
            (ALL, tr("All deadlines")),
            (OVERDUE, tr("Overdue only")),
        ):
            self.show_filter.addItem(label, value)
        for box in (self.register_filter, self.owner_filter, self.show_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
            bar.addWidget(box)
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setMinimumWidth(380)
        self.month.clicked.connect(self._day_clicked)
        self.month.currentPageChanged.connect(lambda _y, _m: self.apply_filters())
        splitter.addWidget(self.month)
        self.model = ListModel(["Due", "Days", "Register", "What", "Item", "Owner", "Detail"])
        self.model.right_aligned = {1}
        self.table = deadline_table(self.model, self._open)
        splitter.addWidget(self.table)
        splitter.setSizes([420, 800])
        layout.addWidget(splitter, 1)
        self.empty = hint_label(tr("No deadline here."), wrap=False)
        layout.addWidget(self.empty)
        self.refresh()

    def showEvent(self, event: Any) -> None:
        """Read the deadlines again whenever the page is shown: other pages change them."""
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    # --- data -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.today = self.programme.today
        self.items = self.programme.deadlines()
        self._fill_filter(
            self.register_filter,
            tr("Every register"),
            calendar.registers_in(self.items),
        )
        self._fill_filter(
            self.owner_filter,
            tr("Every owner"),
            [(o, o) for o in calendar.owners_in(self.items)],
        )
        notice = calendar.notice(self.items, self.today)
        self.summary.setText(notice.headline())
        self.apply_filters()

    def _fill_filter(self, box: QComboBox, anyone: str, choices: list[tuple[str, str]]) -> None:
        current = box.currentData() or ""
        box.blockSignals(True)
        box.clear()
        box.addItem(anyone, "")
        for value, label in choices:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def filtered(self) -> list[Deadline]:
        """The deadlines that pass the register and owner filters (every date)."""
        return calendar.select_entries(
            self.items,
            register=self.register_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
        )

    def apply_filters(self) -> None:
        chosen = self.filtered()
        self._mark_month(chosen)
        mode = self.show_filter.currentData()
        if mode == MONTH:
            shown = calendar.in_month(chosen, self.month.yearShown(), self.month.monthShown())
        elif mode == DAY:
            day = from_qdate(self.month.selectedDate())
            shown = calendar.select_entries(chosen, start=day, end=day)
        elif mode == OVERDUE:
            shown = [d for d in chosen if d.due < self.today]
        else:
            shown = chosen
        self.shown = shown
        rows = [
            (
                d.due,
                d.days_left(self.today),
                calendar.register_label(d.register),
                d.kind,
                d.title,
                d.owner,
                d.detail,
            )
            for d in shown
        ]
        self.model.set_rows(
            rows,
            [(d.register, d.record_id) for d in shown],
            [URGENCY_TONE[d.urgency(self.today)] for d in shown],
        )
        self.table.horizontalHeader().setResizeContentsPrecision(100)  # thousands of rows
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not shown)

    def _mark_month(self, chosen: list[Deadline]) -> None:
        """Colour the days of the month shown by their most urgent deadline."""
        for day in self.marked:
            self.month.setDateTextFormat(day, QTextCharFormat())
        self.marked = []
        year, month = self.month.yearShown(), self.month.monthShown()
        first, last = calendar.month_bounds(year, month)
        window = calendar.select_entries(
            chosen, start=first - dt.timedelta(days=7), end=last + dt.timedelta(days=14)
        )
        order = ("overdue", "due soon", "upcoming")
        for day, items in calendar.by_day(window).items():
            worst = min((d.urgency(self.today) for d in items), key=order.index)
            text = QTextCharFormat()
            text.setBackground(QBrush(QColor(DAY_COLOURS[worst])))
            text.setFontWeight(700)
            text.setToolTip("\n".join(f"{d.kind}: {d.title}" for d in items))
            qday = to_qdate(day)
            self.month.setDateTextFormat(qday, text)
            self.marked.append(qday)

    def go_to(self, day: dt.date) -> None:
        self.month.setSelectedDate(to_qdate(day))
        self.month.setCurrentPage(day.year, day.month)
        self.apply_filters()

    def _day_clicked(self, _qdate: QDate) -> None:
        self.show_filter.setCurrentIndex(self.show_filter.findData(DAY))
        self.apply_filters()

    def _open(self, register: str, record_id: int) -> None:
        if self.window_ref is not None:
            self.window_ref.open_record(register, record_id)

    # --- export -----------------------------------------------------------------------

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export the calendar"), "kuzet-deadlines.ics", tr("iCalendar (*.ics)")
        )
        if name:
            self.export_ics(Path(name))

    def export_ics(self, path: Path) -> Task:
        """Write the deadlines that pass the filters, in the background (icalendar takes 1-2
        ms an event)."""
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        items = self.filtered()
        return run_task(
            self,
            tr("Exporting the calendar"),
            lambda progress: self.programme.export_calendar(path, items, progress),
            on_success=lambda count: inform(
                self,
                tr("Calendar exported"),
                plural(
                    count,
                    tr(
                        "{count} deadline written to {path}. Import the file into Outlook or "
                        "Google Calendar; importing a newer export updates the same events."
                        "|{count} deadlines written to {path}. Import the file into Outlook or "
                        "Google Calendar; importing a newer export updates the same events."
                    ),
                ).format(count=count, path=path),
            ),
        )


# --- the tray notice on start -------------------------------------------------------------


def notify_due(window: Any) -> QSystemTrayIcon | None:
    """Show a tray message of what is overdue and due this week (where there is a tray);
    clicking it opens the Calendar. Returns the tray icon, kept on the window."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    programme = window.desk.programme
    dashboard = window.pages.get("dashboard")  # read them once at start: it just did
    fresh = dashboard is not None and dashboard.today == programme.today
    notice = programme.due_notice(dashboard.deadlines if fresh else None)
    if notice.empty:
        return None
    icon = window.windowIcon()
    if icon.isNull():
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip(f"Kuzet: {notice.headline()}")
    tray.messageClicked.connect(lambda: _show_calendar(window))
    tray.activated.connect(lambda _reason: _show_calendar(window))
    tray.show()
    tray.showMessage(
        tr("Kuzet: {headline}").format(headline=notice.headline()),
        notice.text(),
        QSystemTrayIcon.MessageIcon.Warning
        if notice.overdue
        else QSystemTrayIcon.MessageIcon.Information,
        15000,
    )
    window.due_tray = tray
    return tray


def _show_calendar(window: Any) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
    page = window.show_page("calendar")
    if page is not None:
        page.show_filter.setCurrentIndex(page.show_filter.findData(ALL))
